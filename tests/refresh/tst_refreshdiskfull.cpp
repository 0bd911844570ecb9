// The disk filling up during a refresh, made real with a file-size limit (RLIMIT_FSIZE), which
// binds root as well: writes past it fail as they do on a full disk.
#include "httpserver.h"
#include "refresh/refreshservice.h"
#include "storage/database.h"
#include "storage/integritycheck.h"
#include "storage/sourcerepository.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using Refresh::RefreshService;
using Refresh::Summary;
using TestSupport::HttpResponse;
using TestSupport::HttpServer;

namespace {

QByteArray rss(const QString &prefix, int items)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                                 "<title>%1</title><link>http://example.org/</link>")
                      .arg(prefix);
    const QString paragraph = QStringLiteral("&lt;p&gt;Ferries, tides and cargo %1.&lt;/p&gt;");
    for (int i = 0; i < items; ++i) {
        QString body;
        for (int p = 0; p < 40; ++p)
            body += paragraph.arg(prefix + QString::number(i * 100 + p));
        xml += QStringLiteral("<item><guid>%1-%2</guid><title>Harbour story %2</title>"
                              "<description>%3</description></item>")
                   .arg(prefix)
                   .arg(i)
                   .arg(body);
    }
    return (xml + QStringLiteral("</channel></rss>")).toUtf8();
}

// Lets this process write files up to \a bytes long (RLIM_INFINITY: no limit).
bool limitFileSize(rlim_t bytes)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0)
        return false;
    limit.rlim_cur = bytes;
    return setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

} // namespace

class TestRefreshDiskFull final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullDiskStopsTheRefreshAndLosesNothing();

private:
    Summary refresh(QStringList *errors);
    qint64 articleCount() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_database;
    HttpServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<RefreshService> m_service;
};

void TestRefreshDiskFull::initTestCase()
{
    // Past the limit a write fails with EFBIG instead of the process being killed.
    std::signal(SIGXFSZ, SIG_IGN);
    QVERIFY(m_server.listen());
    m_database =
        std::make_unique<Storage::Database>(m_dir.filePath(QStringLiteral("tidings.sqlite")));
    QVERIFY2(m_database->open(), qPrintable(m_database->errorMessage()));
    Net::FetchOptions options;
    options.timeoutMs = 5000;
    m_service = std::make_unique<RefreshService>(m_database->filePath(), &m_network, options);
}

void TestRefreshDiskFull::cleanupTestCase()
{
    limitFileSize(RLIM_INFINITY);
    m_service.reset();
    m_database.reset();
}

Summary TestRefreshDiskFull::refresh(QStringList *errors)
{
    QSignalSpy finished(m_service.get(), &RefreshService::finished);
    const auto connection = connect(m_service.get(), &RefreshService::databaseError, this,
                                    [errors](const QString &message) { errors->append(message); });
    m_service->refreshAll();
    const bool done = finished.wait(30000);
    disconnect(connection);
    return done ? finished.takeFirst().at(0).value<Summary>() : Summary{};
}

qint64 TestRefreshDiskFull::articleCount() const
{
    QSqlQuery query(m_database->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

void TestRefreshDiskFull::fullDiskStopsTheRefreshAndLosesNothing()
{
    Storage::SourceRepository sources(m_database->connection());
    m_server.route("/first.xml",
                   HttpResponse::ok(rss(QStringLiteral("first"), 5), "application/rss+xml"));
    QVERIFY(sources.add({m_server.url("/first.xml"), {}, {}, 0}).id > 0);
    QStringList errors;
    QCOMPARE(refresh(&errors).succeeded, 1);
    QVERIFY(errors.isEmpty());
    QCOMPARE(articleCount(), qint64(5));

    for (int i = 0; i < 6; ++i) {
        const QByteArray path = "/big" + QByteArray::number(i) + ".xml";
        m_server.route(path, HttpResponse::ok(rss(QStringLiteral("big%1-").arg(i), 200),
                                              "application/rss+xml"));
        QVERIFY(sources.add({m_server.url(QString::fromLatin1(path)), {}, {}, 0}).id > 0);
    }
    // The disk is nearly full: the library may grow by 64 KiB, the new articles need megabytes.
    const QString path = m_database->filePath();
    const qint64 largest =
        std::max(QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size());
    QVERIFY(limitFileSize(rlim_t(largest + 64 * 1024)));
    const Summary full = refresh(&errors);
    QVERIFY(limitFileSize(RLIM_INFINITY));

    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.constFirst().contains(QLatin1String("disk")), qPrintable(errors.constFirst()));
    QVERIFY(full.failed + full.cancelled > 0);
    // Nothing stored before was lost, and the library is sound.
    QVERIFY(articleCount() >= 5);
    QVERIFY(Storage::checkIntegrity(path).intact());

    // Space is back: the next refresh stores everything.
    errors.clear();
    const Summary again = refresh(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(again.failed, 0);
    QCOMPARE(articleCount(), qint64(5 + 6 * 200));
}

QTEST_GUILESS_MAIN(TestRefreshDiskFull)
#include "tst_refreshdiskfull.moc"
