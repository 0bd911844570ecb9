#include "ai/builtinprovider.h"
#include "ai/summarizer.h"
#include "base/settingskeys.h"
#include "httpserver.h"
#include "nokeyring.h"
#include "secrets/keyring.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/sourcerepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using TestSupport::HttpResponse;
using TestSupport::HttpServer;

namespace {

const QByteArray ChatPath = "/v1/chat/completions";

const QString ArticleHtml = QStringLiteral(
    "<p>The island ferry will leave every forty minutes from the first of June, the harbour "
    "office announced on Monday. Until now the boats ran once an hour.</p>"
    "<p>Two new crews have been hired for the summer timetable. Night crossings stay as they "
    "are, with the last boat at half past eleven.</p>"
    "<p>Tickets bought before May remain valid on every crossing. The harbour office expects "
    "queues at the pier to shrink by a third.</p>"
    "<p>Residents of the island had asked for more frequent boats for years.</p>");

QByteArray chunk(const QString &content, const QString &finishReason = {})
{
    QJsonObject choice{
        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), content}}}};
    if (!finishReason.isEmpty())
        choice.insert(QStringLiteral("finish_reason"), finishReason);
    return "data: " +
           QJsonDocument(QJsonObject{{QStringLiteral("choices"), QJsonArray{choice}}})
               .toJson(QJsonDocument::Compact) +
           "\n\n";
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList outPieces; ///< Standard output as it was read, piece by piece.
};

} // namespace

class TestSummarize final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void builtinProviderSummarizesOffTheUiThread();
    void builtinProviderListsKeyPoints();
    void builtinProviderCannotTranslate();
    void keyringWithoutServiceFailsInWords_data();
    void keyringWithoutServiceFailsInWords();

    void summarizeRefusesWhileAiIsOff_data();
    void summarizeRefusesWhileAiIsOff();
    void builtinByNameWorksWhileAiIsOff();
    void summarizeStreamsTheServersAnswer();
    void savedAnswerIsShownWithoutARequest();
    void withoutKeyringNoAuthorizationIsSent();
    void serverErrorIsReportedInWords();
    void unknownArticleAndBadOptions_data();
    void unknownArticleAndBadOptions();

private:
    void writeSettings(bool enabled, const QString &provider = QStringLiteral("remote"));
    Run tidings(const QStringList &arguments, const QString &apiKey = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpServer> m_server;
    qint64 m_articleId = 0;
};

void TestSummarize::init()
{
    QVERIFY(TestSupport::NoKeyringService);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_server->route(ChatPath,
                    HttpResponse::stream({{0, chunk(QStringLiteral("The ferry "))},
                                          {700, chunk(QStringLiteral("runs every forty minutes."),
                                                      QStringLiteral("stop"))},
                                          {0, "data: [DONE]\n\n"}}));

    QString error;
    const auto library = Storage::Library::open(Storage::Profile(m_dir->path()), &error);
    QVERIFY2(library, qPrintable(error));
    Storage::SourceRepository sources(library->database().connection());
    const qint64 sourceId = sources
                                .add({QUrl(QStringLiteral("https://harbour.example/feed.xml")),
                                      QStringLiteral("Harbour News"),
                                      {},
                                      0})
                                .id;
    QVERIFY(sourceId > 0);
    Feeds::Item item;
    item.id = QStringLiteral("ferry-1");
    item.title = QStringLiteral("Ferries every forty minutes from June");
    item.link = QStringLiteral("https://harbour.example/ferry");
    item.content = ArticleHtml;
    Feeds::Feed feed;
    feed.items = {item};
    Storage::ArticleRepository articles(library->database().connection());
    const auto stored = articles.store(sourceId, feed, QDateTime::currentDateTimeUtc());
    QVERIFY(stored && stored->addedIds.size() == 1);
    m_articleId = stored->addedIds.first();
}

void TestSummarize::writeSettings(bool enabled, const QString &provider)
{
    QSettings settings(Storage::Profile(m_dir->path()).settingsPath(), QSettings::IniFormat);
    settings.setValue(QLatin1String(SettingsKeys::AiEnabled), enabled);
    settings.setValue(QLatin1String(SettingsKeys::AiProvider), provider);
    settings.setValue(QLatin1String(SettingsKeys::AiBaseUrl),
                      m_server->url(QStringLiteral("/v1")).toString());
    settings.setValue(QLatin1String(SettingsKeys::AiModel), QStringLiteral("harbour-7b"));
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

// The server lives in this process, so wait for the child with the event loop running.
Run TestSummarize::tidings(const QStringList &arguments, const QString &apiKey)
{
    Run run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!apiKey.isEmpty())
        environment.insert(QLatin1String(SettingsKeys::AiApiKeyEnvironmentVariable), apiKey);
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        const QString piece = QString::fromUtf8(process.readAllStandardOutput());
        run.outPieces.append(piece);
        run.out += piece;
    });
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(TIDINGS_BINARY),
                  arguments + QStringList{QStringLiteral("--profile"), m_dir->path()});
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.out += QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

void TestSummarize::builtinProviderSummarizesOffTheUiThread()
{
    Ai::BuiltinProvider provider;
    QCOMPARE(provider.id(), QStringLiteral("builtin"));
    QVERIFY(provider.model().isEmpty());
    QVERIFY(provider.supports(Ai::Feature::Summary));
    const QString text = QStringLiteral(
        "The island ferry will leave every forty minutes from the first of June. Until now the "
        "boats ran once an hour. Two new crews have been hired for the summer timetable. Night "
        "crossings stay as they are. Tickets bought before May remain valid on every crossing. "
        "The harbour office expects queues at the pier to shrink by a third. Residents had "
        "asked for more frequent boats for years.");
    std::unique_ptr<Ai::Reply> reply(
        provider.start({Ai::Feature::Summary, QStringLiteral("Ferries"), text, {}}, nullptr));
    QSignalSpy finished(reply.get(), &Ai::Reply::finished);
    QSignalSpy failed(reply.get(), &Ai::Reply::failed);
    QCOMPARE(finished.size(), 0); // the work runs on the thread pool
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.size(), 0);
    const QString summary = finished.first().first().toString();
    QVERIFY(!summary.isEmpty());
    QVERIFY(summary.size() < text.size());
    for (const QString &sentence : Ai::splitSentences(summary))
        QVERIFY2(text.contains(sentence), qPrintable(sentence));
    QCOMPARE(reply->text(), summary);
}

void TestSummarize::builtinProviderListsKeyPoints()
{
    Ai::BuiltinProvider provider;
    QVERIFY(provider.supports(Ai::Feature::KeyPoints));
    const QString text = QStringLiteral(
        "The market hall opens at seven from Monday. Fishmongers move to the north wing. The "
        "car park by the quay closes for repairs until August. Buses stop at the square "
        "instead. The café on the first floor keeps its hours. A new bicycle rack stands by "
        "the east door.");
    std::unique_ptr<Ai::Reply> reply(
        provider.start({Ai::Feature::KeyPoints, QStringLiteral("Market"), text, {}}, nullptr));
    QSignalSpy finished(reply.get(), &Ai::Reply::finished);
    QVERIFY(finished.wait(10000));
    const QStringList lines = finished.first().first().toString().split(QLatin1Char('\n'));
    QVERIFY(!lines.isEmpty() && lines.size() <= 5);
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(QStringLiteral("• ")), qPrintable(line));
        QVERIFY2(text.contains(line.mid(2)), qPrintable(line));
    }
}

void TestSummarize::builtinProviderCannotTranslate()
{
    Ai::BuiltinProvider provider;
    QVERIFY(!provider.supports(Ai::Feature::Translate));
    std::unique_ptr<Ai::Reply> reply(
        provider.start({Ai::Feature::Translate, QStringLiteral("T"), QStringLiteral("Some text."),
                        QStringLiteral("German")},
                       nullptr));
    QSignalSpy failed(reply.get(), &Ai::Reply::failed);
    QCOMPARE(failed.size(), 0);
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("cannot translate")));
    QCOMPARE(reply->state(), Ai::Reply::State::Failed);
}

void TestSummarize::keyringWithoutServiceFailsInWords_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("read") << 0;
    QTest::newRow("write") << 1;
    QTest::newRow("remove") << 2;
}

void TestSummarize::keyringWithoutServiceFailsInWords()
{
    QFETCH(int, operation);
    Secrets::Keyring keyring(QStringLiteral("org.tidings.Tidings.Tests"));
    keyring.setTimeoutMs(5000);
    QSignalSpy failed(&keyring, &Secrets::Keyring::failed);
    QSignalSpy read(&keyring, &Secrets::Keyring::secretRead);
    QSignalSpy written(&keyring, &Secrets::Keyring::secretWritten);
    QSignalSpy removed(&keyring, &Secrets::Keyring::secretRemoved);
    const QString key = QStringLiteral("ai/apiKey");
    if (operation == 0)
        keyring.read(key);
    else if (operation == 1)
        keyring.write(key, QStringLiteral("sk-never-stored"));
    else
        keyring.remove(key);
    QCOMPARE(failed.size(), 0); // never from inside the call
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), key);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("keyring"), Qt::CaseInsensitive), qPrintable(message));
    // A later request fails after anything the first could still report.
    keyring.read(QStringLiteral("probe"));
    QVERIFY(failed.wait(15000));
    QCOMPARE(read.size() + written.size() + removed.size(), 0);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(0).toString(), QStringLiteral("probe"));
}

void TestSummarize::summarizeRefusesWhileAiIsOff_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("provider from the settings") << QStringList{};
    QTest::newRow("remote by name")
        << QStringList{QStringLiteral("--provider"), QStringLiteral("remote")};
    QTest::newRow("key points") << QStringList{QStringLiteral("--key-points")};
}

void TestSummarize::summarizeRefusesWhileAiIsOff()
{
    QFETCH(QStringList, options);
    writeSettings(false);
    const Run run =
        tidings(QStringList{QStringLiteral("summarize"), QString::number(m_articleId)} + options,
                QStringLiteral("sk-cli"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("AI features are turned off")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("--provider builtin")));
    QVERIFY(run.out.isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void TestSummarize::builtinByNameWorksWhileAiIsOff()
{
    writeSettings(false);
    const Run run = tidings({QStringLiteral("summarize"), QString::number(m_articleId),
                             QStringLiteral("--provider"), QStringLiteral("builtin")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QString summary = run.out.trimmed();
    QVERIFY(!summary.isEmpty());
    QVERIFY(summary.contains(QStringLiteral("ferry")) ||
            summary.contains(QStringLiteral("harbour")));
    QVERIFY(m_server->requests().isEmpty());
}

void TestSummarize::summarizeStreamsTheServersAnswer()
{
    writeSettings(true);
    const Run run = tidings({QStringLiteral("summarize"), QString::number(m_articleId)},
                            QStringLiteral("sk-cli"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("The ferry runs every forty minutes.\n"));
    // The first words were printed while the server still held back the rest.
    QVERIFY2(run.outPieces.size() >= 2, qPrintable(run.outPieces.join(QLatin1Char('|'))));
    QCOMPARE(run.outPieces.first(), QStringLiteral("The ferry "));

    const QList<TestSupport::HttpRequest> requests = m_server->requestsFor(ChatPath);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().header("Authorization"), QByteArray("Bearer sk-cli"));
    const QJsonObject body = QJsonDocument::fromJson(requests.first().body).object();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("harbour-7b"));
    QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
    const QString user = body.value(QStringLiteral("messages"))
                             .toArray()
                             .at(1)
                             .toObject()
                             .value(QStringLiteral("content"))
                             .toString();
    QVERIFY(user.startsWith(QStringLiteral("Ferries every forty minutes from June\n\n")));
    QVERIFY(user.contains(QStringLiteral("Two new crews have been hired")));
}

void TestSummarize::savedAnswerIsShownWithoutARequest()
{
    writeSettings(true);
    const QStringList arguments{QStringLiteral("summarize"), QString::number(m_articleId)};
    QCOMPARE(tidings(arguments, QStringLiteral("sk-cli")).exitCode, 0);
    QCOMPARE(m_server->requestsFor(ChatPath).size(), 1);

    const Run again = tidings(arguments, QStringLiteral("sk-cli"));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QStringLiteral("The ferry runs every forty minutes.\n"));
    QCOMPARE(m_server->requestsFor(ChatPath).size(), 1);

    const Run fresh =
        tidings(arguments + QStringList{QStringLiteral("--fresh")}, QStringLiteral("sk-cli"));
    QCOMPARE(fresh.exitCode, 0);
    QCOMPARE(m_server->requestsFor(ChatPath).size(), 2);

    // Key points are another question, and the built-in summarizer another provider.
    QCOMPARE(
        tidings(arguments + QStringList{QStringLiteral("--key-points")}, QStringLiteral("sk-cli"))
            .exitCode,
        0);
    QCOMPARE(m_server->requestsFor(ChatPath).size(), 3);
    const Run builtin =
        tidings(arguments + QStringList{QStringLiteral("--provider"), QStringLiteral("builtin")});
    QCOMPARE(builtin.exitCode, 0);
    QVERIFY(builtin.out != again.out);
    QCOMPARE(m_server->requestsFor(ChatPath).size(), 3);
}

void TestSummarize::withoutKeyringNoAuthorizationIsSent()
{
    writeSettings(true);
    const Run run = tidings({QStringLiteral("summarize"), QString::number(m_articleId)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("The ferry runs every forty minutes.\n"));
    const QList<TestSupport::HttpRequest> requests = m_server->requestsFor(ChatPath);
    QCOMPARE(requests.size(), 1);
    QVERIFY(!requests.first().hasHeader("Authorization"));
}

void TestSummarize::serverErrorIsReportedInWords()
{
    writeSettings(true);
    m_server->route(ChatPath, HttpResponse::withStatus(401, R"({"error":{"message":"bad key"}})"));
    const Run run = tidings({QStringLiteral("summarize"), QString::number(m_articleId)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("The server refused the API key")),
             qPrintable(run.err));
    // Without a key in the environment the keyring was asked, and its failure is explained.
    QVERIFY2(run.err.contains(QStringLiteral("could not be read from the keyring")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestSummarize::unknownArticleAndBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no such article")
        << QStringList{QStringLiteral("summarize"), QStringLiteral("999999")} << 1
        << QStringLiteral("there is no article 999999");
    QTest::newRow("not an id") << QStringList{QStringLiteral("summarize"), QStringLiteral("ferry")}
                               << 2 << QStringLiteral("give one article id");
    QTest::newRow("unknown provider")
        << QStringList{QStringLiteral("summarize"), QStringLiteral("1"),
                       QStringLiteral("--provider"), QStringLiteral("oracle")}
        << 2 << QStringLiteral("--provider is builtin or remote");
}

void TestSummarize::unknownArticleAndBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    writeSettings(true);
    const Run run = tidings(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestSummarize)
#include "tst_summarize.moc"
