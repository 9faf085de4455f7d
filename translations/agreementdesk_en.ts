<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ad::AccountWriter</name>
    <message numerus="yes">
        <source>%n of them</source>
        <translation>
            <numerusform>%n of them</numerusform>
            <numerusform>%n of them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::AgreementModel</name>
    <message numerus="yes">
        <source>%n in use of Unlimited</source>
        <translation>
            <numerusform>%n in use of Unlimited</numerusform>
            <numerusform>%n in use of Unlimited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in use, no limit</source>
        <translation>
            <numerusform>%n in use, no limit</numerusform>
            <numerusform>%n in use, no limit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::AgreementPane</name>
    <message numerus="yes">
        <source>%n change(s) not applied</source>
        <translation>
            <numerusform>%n change not applied</numerusform>
            <numerusform>%n changes not applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n quantity change(s)</source>
        <translation>
            <numerusform>Applying %n quantity change</numerusform>
            <numerusform>Applying %n quantity changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n quantity change(s).</source>
        <translation>
            <numerusform>Applied %n quantity change.</numerusform>
            <numerusform>Applied %n quantity changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) use %1; close them or change their product before removing it.</source>
        <translation>
            <numerusform>%n account uses %1; close it or change its product before removing it.</numerusform>
            <numerusform>%n accounts use %1; close them or change their product before removing it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::AuditWords</name>
    <message numerus="yes">
        <source>%n account(s) created from %1 rows</source>
        <translation>
            <numerusform>%n account created from %1 rows</numerusform>
            <numerusform>%n accounts created from %1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n updated</source>
        <translation>
            <numerusform>; %n updated</numerusform>
            <numerusform>; %n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n closed</source>
        <translation>
            <numerusform>; %n closed</numerusform>
            <numerusform>; %n closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unchanged</source>
        <translation>
            <numerusform>; %n unchanged</numerusform>
            <numerusform>; %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) skipped as invalid</source>
        <translation>
            <numerusform>; %n row skipped as invalid</numerusform>
            <numerusform>; %n rows skipped as invalid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::CommitPage</name>
    <message numerus="yes">
        <source>Importing %n extension(s)</source>
        <translation>
            <numerusform>Importing %n extension</numerusform>
            <numerusform>Importing %n extensions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s) for %1…</source>
        <translation>
            <numerusform>Importing %n row for %1…</numerusform>
            <numerusform>Importing %n rows for %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) created</source>
        <translation>
            <numerusform>%n extension created</numerusform>
            <numerusform>%n extensions created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n closed</numerusform>
            <numerusform>%n closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::CustomerPage</name>
    <message numerus="yes">
        <source>Subscriptions %1
Main products of %n active, unblocked account(s) %2
Add-ons %3
Total %4</source>
        <translation>
            <numerusform>Subscriptions %1
Main products of %n active, unblocked account %2
Add-ons %3
Total %4</numerusform>
            <numerusform>Subscriptions %1
Main products of %n active, unblocked accounts %2
Add-ons %3
Total %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::DidInventoryWindow</name>
    <message numerus="yes">
        <source>%n number(s) added to the inventory.</source>
        <translation>
            <numerusform>%n number added to the inventory.</numerusform>
            <numerusform>%n numbers added to the inventory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n number(s)</source>
        <translation>
            <numerusform>Give %n number</numerusform>
            <numerusform>Give %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) given to %1.</source>
        <translation>
            <numerusform>%n number given to %1.</numerusform>
            <numerusform>%n numbers given to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) back in the inventory.</source>
        <translation>
            <numerusform>%n number back in the inventory.</numerusform>
            <numerusform>%n numbers back in the inventory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::DidsPane</name>
    <message numerus="yes">
        <source>Numbers from the provider&apos;s inventory (%n free there), separated by spaces or commas;
a range as FIRST..LAST:</source>
        <translation>
            <numerusform>Numbers from the provider&apos;s inventory (%n free there), separated by spaces or commas;
a range as FIRST..LAST:</numerusform>
            <numerusform>Numbers from the provider&apos;s inventory (%n free there), separated by spaces or commas;
a range as FIRST..LAST:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DID(s) given to the customer.</source>
        <translation>
            <numerusform>%n DID given to the customer.</numerusform>
            <numerusform>%n DIDs given to the customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ExtensionsPane</name>
    <message numerus="yes">
        <source>%1 %n account(s)</source>
        <translation>
            <numerusform>%1 %n account</numerusform>
            <numerusform>%1 %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n extension(s) to %1.</source>
        <translation>
            <numerusform>Exported %n extension to %1.</numerusform>
            <numerusform>Exported %n extensions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::FormatPage</name>
    <message numerus="yes">
        <source>%n column(s) will be ignored.</source>
        <translation>
            <numerusform>%n column will be ignored.</numerusform>
            <numerusform>%n columns will be ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n extension(s).</source>
        <translation>
            <numerusform>Imported %n extension.</numerusform>
            <numerusform>Imported %n extensions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quantity change(s) for %1 are not applied. Apply them before switching?</source>
        <translation>
            <numerusform>%n quantity change for %1 is not applied. Apply it before switching?</numerusform>
            <numerusform>%n quantity changes for %1 are not applied. Apply them before switching?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::QuantityDelegate</name>
    <message numerus="yes">
        <source>%n account(s) use this product: the quantity cannot be lower than %n (you typed %1).</source>
        <translation>
            <numerusform>%n account uses this product: the quantity cannot be lower than %n (you typed %1).</numerusform>
            <numerusform>%n accounts use this product: the quantity cannot be lower than %n (you typed %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::Refusals</name>
    <message numerus="yes">
        <source>%n account(s) use %1; close them or change their product before removing it from the agreement.</source>
        <translation>
            <numerusform>%n account uses %1; close it or change its product before removing it from the agreement.</numerusform>
            <numerusform>%n accounts use %1; close them or change their product before removing it from the agreement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) use %1; the quantity cannot be %2.</source>
        <translation>
            <numerusform>%n account uses %1; the quantity cannot be %2.</numerusform>
            <numerusform>%n accounts use %1; the quantity cannot be %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ReviewPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) in the file and press Reload, or go back and choose &quot;Skip invalid rows&quot;.</source>
        <translation>
            <numerusform>Fix the %n problem in the file and press Reload, or go back and choose &quot;Skip invalid rows&quot;.</numerusform>
            <numerusform>Fix the %n problems in the file and press Reload, or go back and choose &quot;Skip invalid rows&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to close</source>
        <translation>
            <numerusform>%n to close</numerusform>
            <numerusform>%n to close</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: select a row to read its problem.</source>
        <translation>
            <numerusform>… and %n more: select a row to read its problem.</numerusform>
            <numerusform>… and %n more: select a row to read their problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid row(s) will be imported; </source>
        <translation>
            <numerusform>%n valid row will be imported; </numerusform>
            <numerusform>%n valid rows will be imported; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will not.</source>
        <translation>
            <numerusform>%n row with problems will not.</numerusform>
            <numerusform>%n rows with problems will not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agreementdesk-cli</name>
    <message numerus="yes">
        <source>%n DID(s) given to %1.</source>
        <translation>
            <numerusform>%n DID given to %1.</numerusform>
            <numerusform>%n DIDs given to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n extension of %1 written to %2.</numerusform>
            <numerusform>%n extensions of %1 written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n account(s)</source>
        <translation>
            <numerusform>%1 (%2): %n account</numerusform>
            <numerusform>%1 (%2): %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n data row(s) · encoding %1 · delimiter %2</source>
        <translation>
            <numerusform>  %n data row · encoding %1 · delimiter %2</numerusform>
            <numerusform>  %n data rows · encoding %1 · delimiter %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n account(s) created.</source>
        <translation>
            <numerusform>Imported: %n account created.</numerusform>
            <numerusform>Imported: %n accounts created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n invalid row(s) (listed above).</source>
        <translation>
            <numerusform>Skipped: %n invalid row (listed above).</numerusform>
            <numerusform>Skipped: %n invalid rows (listed above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: the file is valid; %n account(s) would be created. Nothing was written.</source>
        <translation>
            <numerusform>Dry run: the file is valid; %n account would be created. Nothing was written.</numerusform>
            <numerusform>Dry run: the file is valid; %n accounts would be created. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written. Fix the rows above and import again, or use --skip-invalid to import the %n valid row(s).</source>
        <translation>
            <numerusform>Nothing was written. Fix the rows above and import again, or use --skip-invalid to import the %n valid row.</numerusform>
            <numerusform>Nothing was written. Fix the rows above and import again, or use --skip-invalid to import the %n valid rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n data row(s) · sheet &quot;%1&quot; of %2 in an %3 workbook</source>
        <translation>
            <numerusform>  %n data row · sheet &quot;%1&quot; of %2 in an %3 workbook</numerusform>
            <numerusform>  %n data rows · sheet &quot;%1&quot; of %2 in an %3 workbook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DID(s) added to the provider&apos;s inventory.</source>
        <translation>
            <numerusform>%n DID added to the provider&apos;s inventory.</numerusform>
            <numerusform>%n DIDs added to the provider&apos;s inventory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Main products of %n charged account(s)</source>
        <translation>
            <numerusform>Main products of %n charged account</numerusform>
            <numerusform>Main products of %n charged accounts</numerusform>
        </translation>
    </message>
</context>
</TS>
