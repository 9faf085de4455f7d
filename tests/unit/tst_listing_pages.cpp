// The account lists' pages on both engines (initTestCase_data): the name filter across word
// starts, and PostgreSQL's page statements prepared once per connection.
#include "rulesfixture.h"
#include "services/accountsearch.h"
#include "services/listingservice.h"

#include <QTest>

using namespace ad;
using namespace ad::test;

class TstListingPages : public QObject, public RulesFixture {
    Q_OBJECT
private slots:
    void initTestCase_data() { addEngineRows(); }
    void init()
    {
        AD_REQUIRE_ENGINE();
        QVERIFY(openDesks());
    }
    void cleanup() { closeDesks(); }

    // The name filter pages through the names starting with the text, then those with a later
    // word starting with it, on both engines; the count of the first kind stops at the end of
    // the page asked for (a page of one row out of three starting names).
    void nameFilterPagesAcrossWordStarts()
    {
        int n = 4800;
        for (const char *name : {"Novak Cyril", "Jana Novak", "novak anna", "Petr Novak",
                                 "Novakova Bea", "Ovak Not", "Janovak Not"}) {
            ExtensionRequest r = ext(QString::number(++n));
            r.name = QString::fromUtf8(name);
            QVERIFY_OK(m_admin->accounts.addExtension(46170, r, nullptr));
        }
        const QStringList expected{QStringLiteral("novak anna"), QStringLiteral("Novak Cyril"),
                                   QStringLiteral("Novakova Bea"), QStringLiteral("Jana Novak"),
                                   QStringLiteral("Petr Novak")};
        AccountSearch search(*m_db);
        QList<AccountInfo> page;
        QVERIFY_OK(search.accountsPage(46170, QStringLiteral("Novak"), 0, 50, &page));
        QStringList names;
        for (const AccountInfo &a : page)
            names << a.name;
        QCOMPARE(names, expected);
        for (int limit : {1, 2}) {
            names.clear();
            for (int offset = 0; offset < 8; offset += limit) {
                QVERIFY_OK(
                    search.accountsPage(46170, QStringLiteral("novak"), offset, limit, &page));
                QVERIFY(page.size() <= limit);
                for (const AccountInfo &a : page)
                    names << a.name;
            }
            QCOMPARE(names, expected);
        }
    }

    // PostgreSQL keeps the list pages' statements prepared on the connection (Database::eachRow:
    // planned once, not on every page), and an unfiltered accounts page does not ask whether the
    // customer has extensions (during an import that question walks its uncommitted rows).
    // Reused statements take each page's own values, on both engines.
    void listPagesPreparedOnce()
    {
        for (const char *number : {"4901", "4902", "4903"})
            QVERIFY_OK(
                m_admin->accounts.addExtension(46170, ext(QString::fromLatin1(number)), nullptr));
        ListingService listing(*m_db);
        QList<AccountInfo> all, page;
        QVERIFY_OK(listing.accountsPage(46170, QString(), 0, 1000, &all));
        QVERIFY(all.size() >= 3);
        for (int offset = 0; offset < all.size(); ++offset) {
            QVERIFY_OK(listing.accountsPage(46170, QString(), offset, 1, &page));
            QCOMPARE(page.size(), 1);
            QCOMPARE(page.first().id, all.at(offset).id);
        }
        QList<CustomerInfo> customers;
        QVERIFY_OK(listing.customersPage(QString(), CustomerOrder::Id, true, 1, 1, &customers));
        QCOMPARE(customers.size(), 1);
        if (!m_db->isPostgres())
            return;
        auto kept = [this](const char *text) {
            return scalar(*m_db,
                          QStringLiteral("SELECT count(*) FROM pg_prepared_statements"
                                         " WHERE strpos(statement, ?) > 0"),
                          {QString::fromLatin1(text)});
        };
        QCOMPARE(kept("ORDER BY a.id LIMIT"), 1); // every page above, whatever its values
        QCOMPARE(kept("FROM customer c ORDER BY"), 1);
        QCOMPARE(kept("SELECT 1 FROM extension"), 0);
        QVERIFY_OK(listing.accountsPage(46170, QStringLiteral("4"), 0, 10, &page));
        QCOMPARE(kept("SELECT 1 FROM extension"), 1);
    }
};

QTEST_GUILESS_MAIN(TstListingPages)
#include "tst_listing_pages.moc"
