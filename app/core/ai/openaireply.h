#pragma once

#include "ai/openaiconfig.h"
#include "ai/provider.h"
#include "ai/ssedecoder.h"

#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ai {

namespace OpenAiJson {
struct Choice;
}

/// One chat completion from an OpenAI-compatible server, streamed (server-sent events) or, when
/// the server ignores "stream", as one JSON body. Used by OpenAiProvider.
class OpenAiReply final : public Reply
{
public:
    /// Largest answer accepted; no summary comes near it.
    static constexpr qint64 MaxAnswerBytes = 8 * 1024 * 1024;

    OpenAiReply(QNetworkAccessManager *network, const OpenAiConfig &config, const Request &request,
                QObject *parent);
    ~OpenAiReply() override;

protected:
    void abort() override;

private:
    enum class Body { Unknown, Stream, Json, Error };

    void onReadyRead();
    void onFinished();
    [[nodiscard]] Body detectBody(QByteArrayView firstBytes) const;
    void handleEvent(const SseEvent &event);
    void handleChoice(const OpenAiJson::Choice &choice);
    void complete();
    void fail(const QString &message);
    void stopNetwork();

    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    SseDecoder m_decoder;
    Body m_body = Body::Unknown;
    QByteArray m_buffer; ///< The JSON or error body.
    qint64 m_received = 0;
    bool m_sawEvent = false;
    QByteArray m_start; ///< The first bytes of the body, to tell a stream from anything else.
    QString m_answer;
    QString m_finishReason;
    QString m_refusal;
    QString m_model;
    int m_timeoutMs = 0;
};

} // namespace Ai
