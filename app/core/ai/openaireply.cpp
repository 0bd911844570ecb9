#include "ai/openaireply.h"

#include "ai/openaierrors.h"
#include "ai/openaijson.h"
#include "ai/openaiprovider.h"
#include "ai/prompts.h"
#include "base/logging.h"
#include "net/feedfetcher.h"
#include "net/weburl.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Ai {

namespace {

constexpr qsizetype MaxErrorBodyBytes = 64 * 1024;

// An event stream starts with a field name or a comment (possibly after blank lines).
bool looksLikeEventStream(const QByteArray &start)
{
    const QByteArray trimmed = start.trimmed();
    for (const char *field : {"data:", "event:", "id:", "retry:", ":"}) {
        if (trimmed.startsWith(field))
            return true;
    }
    return false;
}

} // namespace

OpenAiReply::OpenAiReply(QNetworkAccessManager *network, const OpenAiConfig &config,
                         const Request &request, QObject *parent)
    : Reply(parent), m_model(config.model), m_timeoutMs(config.timeoutMs)
{
    if (!config.baseUrl.isValid() || config.baseUrl.isEmpty() || config.model.isEmpty()) {
        reportFailedLater(OpenAiErrors::missingSetting());
        return;
    }
    if (!Net::isWebUrl(config.baseUrl)) {
        reportFailedLater(
            OpenAiErrors::network(QNetworkReply::ProtocolUnknownError, config.baseUrl, {}));
        return;
    }
    if (request.text.trimmed().isEmpty()) {
        reportFailedLater(OpenAiErrors::noText());
        return;
    }

    QNetworkRequest http(
        OpenAiProvider::endpoint(config.baseUrl, QStringLiteral("chat/completions")));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setRawHeader("Accept", "text/event-stream, application/json");
    http.setHeader(QNetworkRequest::UserAgentHeader, Net::FeedFetcher::userAgent());
    if (!config.apiKey.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + config.apiKey.toUtf8());
    // A POST must not silently turn into a GET somewhere else.
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);

    const QByteArray body = OpenAiJson::chatRequest(
        config.model, Prompts::system(request.feature, request.targetLanguage),
        Prompts::user(request, config.textBudgetChars), true);
    m_reply = network->post(http, body);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::readyRead, this, &OpenAiReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &OpenAiReply::onFinished);

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this,
            [this] { fail(OpenAiErrors::timeout(m_timeoutMs)); });
    m_idleTimer.start(qMax(1, m_timeoutMs));
}

OpenAiReply::~OpenAiReply()
{
    stopNetwork();
}

void OpenAiReply::abort()
{
    stopNetwork();
}

void OpenAiReply::stopNetwork()
{
    m_idleTimer.stop();
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
}

OpenAiReply::Body OpenAiReply::detectBody(QByteArrayView firstBytes) const
{
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 300)
        return Body::Error;
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (type.contains("event-stream"))
        return Body::Stream;
    if (type.contains("json"))
        return Body::Json;
    // No telling type: a stream starts with a field or a comment, JSON with a brace.
    const QByteArray start = firstBytes.trimmed().toByteArray();
    return start.startsWith('{') ? Body::Json : Body::Stream;
}

void OpenAiReply::onReadyRead()
{
    if (!isRunning() || !m_reply)
        return;
    m_idleTimer.start(qMax(1, m_timeoutMs));
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    if (m_body == Body::Unknown)
        m_body = detectBody(bytes);
    if (m_start.size() < 16)
        m_start += bytes.left(16 - m_start.size());
    m_received += bytes.size();
    if (m_received > MaxAnswerBytes && m_body != Body::Error) {
        fail(OpenAiErrors::tooLarge());
        return;
    }
    switch (m_body) {
    case Body::Stream: {
        const QList<SseEvent> events = m_decoder.feed(bytes);
        if (m_decoder.overflowed()) {
            fail(OpenAiErrors::malformed());
            return;
        }
        for (const SseEvent &event : events) {
            handleEvent(event);
            if (!isRunning())
                return;
        }
        break;
    }
    case Body::Error:
        // Only the start matters for the message; keep reading so the timer sees progress.
        if (m_buffer.size() < MaxErrorBodyBytes)
            m_buffer += bytes.left(MaxErrorBodyBytes - m_buffer.size());
        break;
    case Body::Json:
    case Body::Unknown:
        m_buffer += bytes;
        break;
    }
}

void OpenAiReply::handleEvent(const SseEvent &event)
{
    m_sawEvent = true;
    const QByteArray data = event.data.trimmed();
    if (data.isEmpty())
        return;
    if (data == "[DONE]") {
        complete();
        return;
    }
    const OpenAiJson::Choice choice = OpenAiJson::parseChunk(data);
    handleChoice(choice);
}

void OpenAiReply::handleChoice(const OpenAiJson::Choice &choice)
{
    if (!choice.valid) {
        fail(OpenAiErrors::malformed());
        return;
    }
    if (!choice.errorMessage.isEmpty()) {
        fail(OpenAiErrors::serverError(choice.errorMessage));
        return;
    }
    if (!choice.refusal.isEmpty())
        m_refusal += choice.refusal;
    if (!choice.finishReason.isEmpty())
        m_finishReason = choice.finishReason;
    if (m_finishReason == QLatin1String("content_filter")) {
        fail(OpenAiErrors::refused(m_refusal));
        return;
    }
    if (!choice.content.isEmpty()) {
        m_answer += choice.content;
        reportPartial(m_answer);
    }
}

void OpenAiReply::onFinished()
{
    if (!isRunning() || !m_reply)
        return;
    onReadyRead();
    if (!isRunning())
        return;
    m_idleTimer.stop();

    const QString error = OpenAiErrors::fromReply(*m_reply, m_buffer, m_model);
    const bool cutShort = m_reply->error() != QNetworkReply::NoError;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 || status == 0) {
        fail(error);
        return;
    }
    if (m_body == Body::Json) {
        if (cutShort) {
            fail(OpenAiErrors::cutOff());
            return;
        }
        handleChoice(OpenAiJson::parseCompletion(m_buffer));
        if (isRunning())
            complete();
        return;
    }
    // Bytes, but not one event in them: an HTML page or some other API, not a stream.
    if (m_body == Body::Stream && !m_sawEvent) {
        fail(looksLikeEventStream(m_start) ? OpenAiErrors::cutOff() : OpenAiErrors::malformed());
        return;
    }
    // A stream that ended without [DONE]: complete when the model said it had finished.
    if (m_finishReason.isEmpty()) {
        fail(m_body == Body::Unknown && !cutShort ? OpenAiErrors::emptyAnswer()
                                                  : OpenAiErrors::cutOff());
        return;
    }
    complete();
}

void OpenAiReply::complete()
{
    stopNetwork();
    const QString answer = m_answer.trimmed();
    if (answer.isEmpty()) {
        reportFailed(m_refusal.isEmpty() ? OpenAiErrors::emptyAnswer()
                                         : OpenAiErrors::refused(m_refusal));
        return;
    }
    qCDebug(lcNet) << "AI answer complete:" << answer.size() << "characters, finish reason"
                   << m_finishReason;
    reportFinished(answer);
}

void OpenAiReply::fail(const QString &message)
{
    stopNetwork();
    reportFailed(message);
}

} // namespace Ai
