#include "ai/openaiprovider.h"
#include "ai/prompts.h"
#include "httpserver.h"
#include "openaichunks.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using Ai::OpenAiConfig;
using Ai::OpenAiProvider;
using TestSupport::chunk;
using TestSupport::HttpResponse;
using TestSupport::HttpServer;

Q_DECLARE_METATYPE(TestSupport::HttpResponse)

namespace {

using Pieces = QList<HttpResponse::Piece>;

const QByteArray ChatPath = "/v1/chat/completions";
const QByteArray ModelsPath = "/v1/models";
const QString Model = QStringLiteral("harbour-7b");
const QString ArticleTitle = QStringLiteral("Ferry timetable changes");
const QString ArticleText =
    QStringLiteral("The island ferry will run every forty minutes from June. Night crossings "
                   "stay as they are. Tickets bought before May remain valid.");

QByteArray completion(const QString &content, const QString &finishReason)
{
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), content}};
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("finish_reason"), finishReason}};
    return QJsonDocument(QJsonObject{{QStringLiteral("choices"), QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

Ai::Request summaryRequest()
{
    return {Ai::Feature::Summary, ArticleTitle, ArticleText, {}};
}

struct Outcome
{
    bool ended = false;
    bool finished = false;
    QString text;
    QString error;
    QStringList partials;
};

// Runs the reply to its end (or 20 s), recording every signal.
Outcome runToEnd(Ai::Reply *reply)
{
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(reply, &Ai::Reply::partial, &loop,
                     [&](const QString &text) { outcome.partials.append(text); });
    QObject::connect(reply, &Ai::Reply::finished, &loop, [&](const QString &text) {
        outcome.ended = true;
        outcome.finished = true;
        outcome.text = text;
        loop.quit();
    });
    QObject::connect(reply, &Ai::Reply::failed, &loop, [&](const QString &message) {
        outcome.ended = true;
        outcome.error = message;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return outcome;
}

} // namespace

class TestOpenAiProvider final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void endpointAppendsToTheBasePath_data();
    void endpointAppendsToTheBasePath();

    void streamedAnswerArrivesInParts();
    void answerWithoutStreamingIsAccepted();
    void requestCarriesModelMessagesAndKey_data();
    void requestCarriesModelMessagesAndKey();
    void translationNamesTheLanguage();
    void longArticleIsCutBeforeSending();
    void failuresBecomeSentences_data();
    void failuresBecomeSentences();
    void connectionRefusedIsExplained();
    void silentServerTimesOut_data();
    void silentServerTimesOut();
    void cancelStopsTheAnswer();
    void deletingARunningReplyIsSafe();
    void missingSettingsFailWithoutARequest();

    void listModelsReturnsIds();
    void listModelsFailures_data();
    void listModelsFailures();
    void testConnectionReportsInWords_data();
    void testConnectionReportsInWords();

private:
    [[nodiscard]] OpenAiConfig config(const QString &apiKey = {}) const;

    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestOpenAiProvider::init()
{
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
}

OpenAiConfig TestOpenAiProvider::config(const QString &apiKey) const
{
    OpenAiConfig config;
    config.baseUrl = m_server->url(QStringLiteral("/v1"));
    config.model = Model;
    config.apiKey = apiKey;
    config.timeoutMs = 10000;
    return config;
}

void TestOpenAiProvider::endpointAppendsToTheBasePath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Ollama") << QStringLiteral("http://localhost:11434/v1")
                            << QStringLiteral("http://localhost:11434/v1/models");
    QTest::newRow("trailing slash") << QStringLiteral("https://api.example.org/v1/")
                                    << QStringLiteral("https://api.example.org/v1/models");
    QTest::newRow("server root") << QStringLiteral("http://127.0.0.1:8080")
                                 << QStringLiteral("http://127.0.0.1:8080/models");
}

void TestOpenAiProvider::endpointAppendsToTheBasePath()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QCOMPARE(OpenAiProvider::endpoint(QUrl(base), QStringLiteral("models")), QUrl(expected));
}

void TestOpenAiProvider::streamedAnswerArrivesInParts()
{
    // JSON, a CRLF and a UTF-8 character split across packets that arrive apart.
    const QByteArray second = chunk(QStringLiteral("runs every forty minutes "));
    const QByteArray third = chunk(QStringLiteral("from June, café open."), QStringLiteral("stop"));
    const qsizetype accent = third.indexOf("\xC3\xA9") + 1;
    m_server->route(ChatPath, HttpResponse::stream({
                                  {0, ": ping\r\n\r\n" + chunk(QStringLiteral("The ferry "))},
                                  {60, second.left(20)},
                                  {60, second.mid(20, second.size() - 21) + "\r"},
                                  {60, "\n" + third.left(accent)},
                                  {60, third.mid(accent)},
                                  {60, "data: [DONE]\n\n"},
                              }));
    OpenAiProvider provider(m_network.get(), config());
    std::unique_ptr<Ai::Reply> reply(provider.start(summaryRequest(), nullptr));
    const Outcome outcome = runToEnd(reply.get());

    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    const QString expected =
        QStringLiteral("The ferry runs every forty minutes from June, café open.");
    QCOMPARE(outcome.text, expected);
    QCOMPARE(reply->state(), Ai::Reply::State::Finished);
    QVERIFY2(outcome.partials.size() >= 3, qPrintable(outcome.partials.join(QLatin1Char('|'))));
    QCOMPARE(outcome.partials.first(), QStringLiteral("The ferry "));
    for (qsizetype i = 1; i < outcome.partials.size(); ++i)
        QVERIFY(outcome.partials.at(i).startsWith(outcome.partials.at(i - 1)));
    QCOMPARE(outcome.partials.last(), expected);
}

void TestOpenAiProvider::answerWithoutStreamingIsAccepted()
{
    m_server->route(ChatPath, HttpResponse::ok(completion(QStringLiteral("  Ferries every "
                                                                         "forty minutes.\n"),
                                                          QStringLiteral("stop")),
                                               "application/json"));
    OpenAiProvider provider(m_network.get(), config());
    std::unique_ptr<Ai::Reply> reply(provider.start(summaryRequest(), nullptr));
    const Outcome outcome = runToEnd(reply.get());
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    QCOMPARE(outcome.text, QStringLiteral("Ferries every forty minutes."));
}

void TestOpenAiProvider::requestCarriesModelMessagesAndKey_data()
{
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("with a key") << QStringLiteral("sk-test-123")
                                << QByteArray("Bearer sk-test-123");
    QTest::newRow("without a key no Authorization header") << QString() << QByteArray();
}

void TestOpenAiProvider::requestCarriesModelMessagesAndKey()
{
    QFETCH(QString, apiKey);
    QFETCH(QByteArray, authorization);
    m_server->route(ChatPath,
                    HttpResponse::stream({{0, chunk(QStringLiteral("Ok."), QStringLiteral("stop"))},
                                          {0, "data: [DONE]\n\n"}}));
    OpenAiProvider provider(m_network.get(), config(apiKey));
    std::unique_ptr<Ai::Reply> reply(provider.start(summaryRequest(), nullptr));
    QVERIFY(runToEnd(reply.get()).finished);

    const QList<TestSupport::HttpRequest> requests = m_server->requestsFor(ChatPath);
    QCOMPARE(requests.size(), 1);
    const TestSupport::HttpRequest &request = requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.header("Authorization"), authorization);
    QCOMPARE(request.hasHeader("Authorization"), !authorization.isEmpty());

    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), Model);
    QCOMPARE(body.value(QStringLiteral("stream")).toBool(false), true);
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    const QJsonObject system = messages.at(0).toObject();
    QCOMPARE(system.value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    QVERIFY(system.value(QStringLiteral("content")).toString().contains(QStringLiteral("summar")));
    const QJsonObject user = messages.at(1).toObject();
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    QCOMPARE(user.value(QStringLiteral("content")).toString(),
             ArticleTitle + QStringLiteral("\n\n") + ArticleText);
}

void TestOpenAiProvider::translationNamesTheLanguage()
{
    m_server->route(ChatPath,
                    HttpResponse::ok(completion(QStringLiteral("Fähre."), QStringLiteral("stop")),
                                     "application/json"));
    OpenAiProvider provider(m_network.get(), config());
    QVERIFY(provider.supports(Ai::Feature::Translate));
    std::unique_ptr<Ai::Reply> reply(provider.start(
        {Ai::Feature::Translate, ArticleTitle, ArticleText, QStringLiteral("German")}, nullptr));
    QVERIFY(runToEnd(reply.get()).finished);
    const QJsonObject body =
        QJsonDocument::fromJson(m_server->requestsFor(ChatPath).first().body).object();
    const QString system = body.value(QStringLiteral("messages"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("content"))
                               .toString();
    QVERIFY(system.contains(QStringLiteral("into German")));
    QVERIFY(!system.contains(QStringLiteral("{language}")));
}

void TestOpenAiProvider::longArticleIsCutBeforeSending()
{
    m_server->route(ChatPath,
                    HttpResponse::ok(completion(QStringLiteral("Short."), QStringLiteral("stop")),
                                     "application/json"));
    OpenAiConfig small = config();
    small.textBudgetChars = 600;
    QString longText;
    for (int i = 0; longText.size() < 5000; ++i)
        longText += QStringLiteral("Sentence number %1 about the harbour. ").arg(i);
    OpenAiProvider provider(m_network.get(), small);
    std::unique_ptr<Ai::Reply> reply(
        provider.start({Ai::Feature::Summary, ArticleTitle, longText, {}}, nullptr));
    QVERIFY(runToEnd(reply.get()).finished);
    const QString user = QJsonDocument::fromJson(m_server->requestsFor(ChatPath).first().body)
                             .object()
                             .value(QStringLiteral("messages"))
                             .toArray()
                             .at(1)
                             .toObject()
                             .value(QStringLiteral("content"))
                             .toString();
    const QString sent = user.mid(ArticleTitle.size() + 2);
    QVERIFY(sent.size() <= 600);
    QVERIFY(sent.size() > 300);
    QVERIFY(sent.endsWith(QStringLiteral("harbour. […]")));
    QVERIFY(longText.startsWith(sent.chopped(4)));
}

void TestOpenAiProvider::failuresBecomeSentences_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<QString>("expected");

    const QByteArray keyError = R"({"error":{"message":"Incorrect API key provided"}})";
    QTest::newRow("401") << HttpResponse::withStatus(401, keyError)
                         << QStringLiteral("The server refused the API key");
    QTest::newRow("401 passes on the server's words")
        << HttpResponse::withStatus(401, keyError) << QStringLiteral("Incorrect API key provided");
    QTest::newRow("403") << HttpResponse::withStatus(403) << QStringLiteral("refused the API key");
    QTest::newRow("404 names the model")
        << HttpResponse::withStatus(404, R"({"error":"model not found"})")
        << QStringLiteral("does not know the model “harbour-7b”");
    QTest::newRow("429 with Retry-After")
        << HttpResponse::withStatus(429).withHeader("Retry-After", "17")
        << QStringLiteral("Try again in 17 second");
    QTest::newRow("429 without Retry-After")
        << HttpResponse::withStatus(429) << QStringLiteral("Try again later");
    QTest::newRow("500") << HttpResponse::withStatus(500, "oops") << QStringLiteral("(HTTP 500)");
    QTest::newRow("503") << HttpResponse::withStatus(503) << QStringLiteral("(HTTP 503)");
    QTest::newRow("redirect") << HttpResponse::redirect(301, "https://elsewhere.example/v1")
                              << QStringLiteral("https://elsewhere.example/v1");
    QTest::newRow("garbage JSON") << HttpResponse::ok("{\"choices\": [ oops", "application/json")
                                  << QStringLiteral("could not be read");
    QTest::newRow("JSON that is no completion")
        << HttpResponse::ok("{\"hello\": 1}", "application/json")
        << QStringLiteral("could not be read");
    QTest::newRow("garbage in the stream")
        << HttpResponse::stream({{0, chunk(QStringLiteral("Fine "))}, {0, "data: {not json\n\n"}})
        << QStringLiteral("could not be read");
    QTest::newRow("an HTML page") << HttpResponse::ok("<html><body>Welcome</body></html>",
                                                      "text/html")
                                  << QStringLiteral("could not be read");
    QTest::newRow("content filter while streaming")
        << HttpResponse::stream({{0, chunk(QStringLiteral("I "))},
                                 {0, chunk({}, QStringLiteral("content_filter"))},
                                 {0, "data: [DONE]\n\n"}})
        << QStringLiteral("declined to answer");
    QTest::newRow("content filter without streaming")
        << HttpResponse::ok(completion({}, QStringLiteral("content_filter")), "application/json")
        << QStringLiteral("declined to answer");
    QTest::newRow("empty answer") << HttpResponse::stream({{0, "data: [DONE]\n\n"}})
                                  << QStringLiteral("empty answer");
    QTest::newRow("only blanks") << HttpResponse::stream(
                                        {{0, chunk(QStringLiteral(" \n "), QStringLiteral("stop"))},
                                         {0, "data: [DONE]\n\n"}})
                                 << QStringLiteral("empty answer");
    QTest::newRow("empty JSON answer")
        << HttpResponse::ok(completion({}, QStringLiteral("stop")), "application/json")
        << QStringLiteral("empty answer");
    QTest::newRow("error object in the stream")
        << HttpResponse::stream({{0, "data: {\"error\":{\"message\":\"model overloaded\"}}\n\n"}})
        << QStringLiteral("reported an error: model overloaded");
    QTest::newRow("stream ends without [DONE] or finish reason")
        << HttpResponse::stream({{0, chunk(QStringLiteral("Half an "))}})
        << QStringLiteral("before the answer was complete");
    HttpResponse truncated = HttpResponse::stream(
        {{0, chunk(QStringLiteral("Half an "))}, {0, chunk(QStringLiteral("answer"))}});
    // The first event arrives whole, the second one only in part.
    truncated.stallAfterBytes = chunk(QStringLiteral("Half an ")).size() + 10;
    truncated.closeConnection = true;
    QTest::newRow("connection dropped mid-stream")
        << truncated << QStringLiteral("before the answer was complete");
}

void TestOpenAiProvider::failuresBecomeSentences()
{
    QFETCH(HttpResponse, response);
    QFETCH(QString, expected);
    m_server->route(ChatPath, response);
    OpenAiProvider provider(m_network.get(), config());
    std::unique_ptr<Ai::Reply> reply(provider.start(summaryRequest(), nullptr));
    const Outcome outcome = runToEnd(reply.get());
    QVERIFY(outcome.ended);
    QVERIFY2(!outcome.finished, qPrintable(outcome.text));
    QVERIFY2(outcome.error.contains(expected), qPrintable(outcome.error));
    QCOMPARE(reply->state(), Ai::Reply::State::Failed);
    QCOMPARE(reply->errorMessage(), outcome.error);
}

void TestOpenAiProvider::connectionRefusedIsExplained()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    OpenAiConfig refused = config();
    refused.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    OpenAiProvider provider(m_network.get(), refused);
    std::unique_ptr<Ai::Reply> reply(provider.start(summaryRequest(), nullptr));
    const Outcome outcome = runToEnd(reply.get());
    QVERIFY(outcome.ended && !outcome.finished);
    QVERIFY2(outcome.error.contains(QStringLiteral("connection refused")),
             qPrintable(outcome.error));
    QVERIFY(outcome.error.contains(QString::number(port)));
}

void TestOpenAiProvider::silentServerTimesOut_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<QString>("partial");

    HttpResponse late = HttpResponse::ok(completion(QStringLiteral("late"), QStringLiteral("stop")),
                                         "application/json");
    late.delayMs = 5000;
    QTest::newRow("silent before the headers") << late << QString();
    QTest::newRow("silent in the middle of the stream")
        << HttpResponse::stream({{0, chunk(QStringLiteral("Partial "))},
                                 {5000, chunk(QStringLiteral("late"), QStringLiteral("stop"))}})
        << QStringLiteral("Partial ");
}

void TestOpenAiProvider::silentServerTimesOut()
{
    QFETCH(HttpResponse, response);
    QFETCH(QString, partial);
    m_server->route(ChatPath, response);
    OpenAiConfig impatient = config();
    impatient.timeoutMs = 400;
    OpenAiProvider provider(m_network.get(), impatient);
    std::unique_ptr<Ai::Reply> reply(provider.start(summaryRequest(), nullptr));
    const Outcome outcome = runToEnd(reply.get());
    QVERIFY(outcome.ended && !outcome.finished);
    QVERIFY2(outcome.error.contains(QStringLiteral("sent nothing for 1 second")),
             qPrintable(outcome.error));
    QCOMPARE(outcome.partials.value(0), partial);
}

void TestOpenAiProvider::cancelStopsTheAnswer()
{
    m_server->route(ChatPath, HttpResponse::stream(
                                  {{0, chunk(QStringLiteral("First words "))},
                                   {3000, chunk(QStringLiteral("never"), QStringLiteral("stop"))},
                                   {0, "data: [DONE]\n\n"}}));
    OpenAiProvider provider(m_network.get(), config());
    std::unique_ptr<Ai::Reply> reply(provider.start(summaryRequest(), nullptr));
    QSignalSpy finished(reply.get(), &Ai::Reply::finished);
    QSignalSpy failed(reply.get(), &Ai::Reply::failed);
    QSignalSpy partial(reply.get(), &Ai::Reply::partial);
    QVERIFY(partial.wait(10000));
    QSignalSpy closed(m_server.get(), &HttpServer::connectionClosed);
    reply->cancel();
    QCOMPARE(failed.size(), 1);
    QVERIFY(reply->isCancelled());
    QCOMPARE(reply->text(), QStringLiteral("First words "));
    reply->cancel(); // a second cancel changes nothing
    // The request is torn down; whatever the reply would still say has been said by then.
    QVERIFY(closed.count() > 0 || closed.wait(5000));
    QCoreApplication::processEvents();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(partial.size(), 1);
}

void TestOpenAiProvider::deletingARunningReplyIsSafe()
{
    m_server->route(ChatPath, HttpResponse::stream(
                                  {{0, chunk(QStringLiteral("Some "))},
                                   {3000, chunk(QStringLiteral("more"), QStringLiteral("stop"))}}));
    OpenAiProvider provider(m_network.get(), config());
    QObject owner;
    Ai::Reply *reply = provider.start(summaryRequest(), &owner);
    QCOMPARE(reply->parent(), &owner);
    QSignalSpy partial(reply, &Ai::Reply::partial);
    QVERIFY(partial.wait(10000));
    QSignalSpy closed(m_server.get(), &HttpServer::connectionClosed);
    delete reply;
    // Nothing may touch the deleted reply, up to and past the end of its request.
    QVERIFY(closed.count() > 0 || closed.wait(5000));
    QCoreApplication::processEvents();
    QVERIFY(owner.children().isEmpty());
}

void TestOpenAiProvider::missingSettingsFailWithoutARequest()
{
    OpenAiConfig noModel = config();
    noModel.model.clear();
    OpenAiProvider provider(m_network.get(), noModel);
    std::unique_ptr<Ai::Reply> reply(provider.start(summaryRequest(), nullptr));
    QSignalSpy failed(reply.get(), &Ai::Reply::failed);
    QCOMPARE(failed.size(), 0); // never from inside start()
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("AI settings")));

    OpenAiProvider fine(m_network.get(), config());
    std::unique_ptr<Ai::Reply> empty(
        fine.start({Ai::Feature::Summary, ArticleTitle, QStringLiteral("  "), {}}, nullptr));
    QSignalSpy emptyFailed(empty.get(), &Ai::Reply::failed);
    QVERIFY(emptyFailed.wait(5000));
    QVERIFY(m_server->requests().isEmpty());
}

void TestOpenAiProvider::listModelsReturnsIds()
{
    m_server->route(ModelsPath,
                    HttpResponse::ok(R"({"object":"list","data":[)"
                                     R"({"id":"harbour-7b","object":"model","owned_by":"me"},)"
                                     R"({"id":"tiny:1b","object":"model"}]})",
                                     "application/json"));
    OpenAiProvider provider(m_network.get(), config(QStringLiteral("sk-models")));
    QObject context;
    std::optional<Ai::ModelList> result;
    provider.listModels(&context, [&](const Ai::ModelList &list) { result = list; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok, qPrintable(result->errorMessage));
    QCOMPARE(result->models,
             (QStringList{QStringLiteral("harbour-7b"), QStringLiteral("tiny:1b")}));
    QVERIFY(result->errorMessage.isEmpty());
    const QList<TestSupport::HttpRequest> requests = m_server->requestsFor(ModelsPath);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("GET"));
    QCOMPARE(requests.first().header("Authorization"), QByteArray("Bearer sk-models"));
}

void TestOpenAiProvider::listModelsFailures_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("expected");

    QTest::newRow("401") << HttpResponse::withStatus(401) << 10000
                         << QStringLiteral("refused the API key");
    QTest::newRow("not a model list") << HttpResponse::ok("[1, 2, 3]", "application/json") << 10000
                                      << QStringLiteral("could not be read");
    QTest::newRow("garbage") << HttpResponse::ok("\x01\x02 nonsense") << 10000
                             << QStringLiteral("could not be read");
    HttpResponse silent = HttpResponse::ok(R"({"data":[]})", "application/json");
    silent.delayMs = 5000;
    QTest::newRow("timeout") << silent << 300 << QStringLiteral("sent nothing for 1 second");
}

void TestOpenAiProvider::listModelsFailures()
{
    QFETCH(HttpResponse, response);
    QFETCH(int, timeoutMs);
    QFETCH(QString, expected);
    m_server->route(ModelsPath, response);
    OpenAiConfig settings = config();
    settings.timeoutMs = timeoutMs;
    OpenAiProvider provider(m_network.get(), settings);
    QObject context;
    std::optional<Ai::ModelList> result;
    provider.listModels(&context, [&](const Ai::ModelList &list) { result = list; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!result->ok);
    QVERIFY(result->models.isEmpty());
    QVERIFY2(result->errorMessage.contains(expected), qPrintable(result->errorMessage));
}

void TestOpenAiProvider::testConnectionReportsInWords_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("serverUp");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("modelAvailable");
    QTest::addColumn<QString>("expected");

    QTest::newRow("model offered")
        << Model << true << true << true << QStringLiteral("It offers 2 model");
    QTest::newRow("model not offered") << QStringLiteral("missing:70b") << true << true << false
                                       << QStringLiteral("does not offer the model “missing:70b”");
    QTest::newRow("server down") << Model << false << false << false
                                 << QStringLiteral("connection refused");
}

void TestOpenAiProvider::testConnectionReportsInWords()
{
    QFETCH(QString, model);
    QFETCH(bool, serverUp);
    QFETCH(bool, ok);
    QFETCH(bool, modelAvailable);
    QFETCH(QString, expected);
    m_server->route(
        ModelsPath,
        HttpResponse::ok(R"({"data":[{"id":"harbour-7b"},{"id":"tiny:1b"}]})", "application/json"));
    OpenAiConfig settings = config();
    settings.model = model;
    if (!serverUp) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closed.serverPort()));
    }
    OpenAiProvider provider(m_network.get(), settings);
    QObject context;
    std::optional<Ai::ConnectionTest> result;
    provider.testConnection(&context, [&](const Ai::ConnectionTest &test) { result = test; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QCOMPARE(result->ok, ok);
    QCOMPARE(result->modelAvailable, modelAvailable);
    QCOMPARE(result->modelCount, ok ? 2 : 0);
    QVERIFY2(result->message.contains(expected), qPrintable(result->message));
}

QTEST_GUILESS_MAIN(TestOpenAiProvider)
#include "tst_openaiprovider.moc"
