// A TT-RSS account of 10,000 articles (100 feeds of 100 items, fetched by TT-RSS itself): the
// first sync stores them all, a second adds nothing, and 1,000 articles marked read on the
// server arrive through the state pass. The times are printed, as a first measure; the
// benchmark against RSS Guard is tests/bench's. Skipped without the packages, a failure in CI.
#include "ttrssserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using TestSupport::ProcessRun;

class TestTtRssLargeSync final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tenThousandArticles();

private:
    TestSupport::TtRssServer m_server;
    TestSupport::TidingsProfile m_tidings;
};

void TestTtRssLargeSync::initTestCase()
{
    TIDINGS_REQUIRE_TTRSS_SERVER();
    QElapsedTimer timer;
    timer.start();
    const QString error = m_server.start(100, 100);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("server ready with its articles in %lld s", timer.elapsed() / 1000);
    QCOMPARE(m_server.sqlValue("SELECT count(*) FROM ttrss_user_entries"), "10000");
    m_tidings.setAccountPassword(m_server.env("TTRSS_PASSWORD"));
    const ProcessRun added = m_tidings.run({"account", "add", "ttrss", m_server.env("TTRSS_URL"),
                                            "--user", m_server.env("TTRSS_USER")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestTtRssLargeSync::tenThousandArticles()
{
    QElapsedTimer timer;
    timer.start();
    const ProcessRun first = m_tidings.run({"sync"});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    qInfo("first sync of 10,000 articles: %lld ms", timer.restart());
    QVERIFY2(first.err.contains("10000 new"), qPrintable(first.err));
    QCOMPARE(m_tidings.json({"sources"}).size(), 100);
    QCOMPARE(m_tidings.json({"articles", "--limit", "0"}).size(), 10000);

    // 1,000 read elsewhere, in one call as another client.
    const QString ids = m_server.sqlValue(
        "SELECT string_agg(ref_id::text, ',') FROM (SELECT ref_id FROM ttrss_user_entries"
        " ORDER BY ref_id LIMIT 1000) AS first");
    const QJsonValue marked =
        m_server.api({{"op", "updateArticle"}, {"article_ids", ids}, {"field", 2}, {"mode", 0}});
    QCOMPARE(marked.toObject().value("updated").toInt(), 1000);
    timer.restart();
    const ProcessRun second = m_tidings.run({"sync"});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    qInfo("second sync with 1,000 states changed elsewhere: %lld ms", timer.elapsed());
    QVERIFY2(second.err.contains("0 new"), qPrintable(second.err));
    QCOMPARE(m_tidings.json({"articles", "--unread", "--limit", "0"}).size(), 9000);
    QCOMPARE(m_tidings.json({"articles", "--limit", "0"}).size(), 10000);
}

QTEST_GUILESS_MAIN(TestTtRssLargeSync)
#include "tst_ttrsslargesync.moc"
