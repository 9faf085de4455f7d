#pragma once

#include "domain/refusals.h"

// The problems the import planner finds in the rows of an extension file, each code with its
// message (translation context "ad::Refusals"). The planner sets the row, the column and the
// value; refusals.h has those it shares with the services (product unknown, not in the
// agreement, DID not provided, account ID taken, hunt group unknown).
namespace ad::refusal {

Problem rowMalformed(const QString &message);
Problem extensionMissing();
Problem extensionInvalid(const QString &number);
Problem extensionDuplicate(const QString &number, int firstRow);
Problem extensionExists(const QString &customer, const QString &number);
Problem extensionIsHuntGroup(const QString &customer, const QString &number);
Problem rowNameInvalid(const QString &name);
Problem rowDidInvalid(const QString &value);
Problem didTwiceInRow(const QString &did);
Problem didInEarlierRow(const QString &did, int firstRow);
Problem didTakenForRow(const QString &did);
Problem publishedInvalid(const QString &value);
Problem emailInvalid(const QString &email);
Problem rowTimeZoneInvalid(const QString &timeZone, const QString &customerTimeZone);
Problem rowProductMissing();
Problem rowProductNotMain(const QString &product);
Problem rowQuantityExceeded(int quantity, const QString &product, int inUse, int adding);
Problem rowQuantityExceededAfterFrees(int quantity, const QString &product, int inUse, int freed,
                                      int adding);
// Updates and closes (an Action column, or --update-existing).
Problem extensionUnknown(const QString &customer, const QString &number);
Problem actionInvalid(const QString &value);
Problem statusInvalid(const QString &value);
// extension_exists, with the way to update it instead.
Problem updateExistingNeeded(const QString &customer, const QString &number);
// Warnings about the columns.
Problem namesJoined(const QString &firstColumn, const QString &lastColumn);
Problem firstLastIgnored(const QString &column);

} // namespace ad::refusal
