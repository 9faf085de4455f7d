-- Agreement Desk schema, version 5: reserved for the provider set-up (branch h-13), which
-- replaces this placeholder at the merge. It changes nothing.
SELECT 1
