#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// The JSON of the OpenAI chat-completions and models APIs, as OpenAI-compatible servers
/// (Ollama, llama.cpp, LocalAI, vLLM, hosted services) speak it. Every parser takes arbitrary
/// bytes and reports what it could not understand instead of failing loudly.
namespace Ai::OpenAiJson {

/// What one streamed chunk (choices[0].delta) or one whole completion (choices[0].message)
/// carried.
struct Choice
{
    bool valid = false; ///< False: not JSON, or not shaped like a completion.
    QString content;
    QString finishReason; ///< "stop", "length", "content_filter", ... or empty.
    QString refusal;      ///< The model's own refusal text, when the server sends one.
    QString errorMessage; ///< An error object sent instead of a completion.
};

/// {"model":…, "messages":[system, user], "stream":…} as UTF-8 JSON.
[[nodiscard]] QByteArray chatRequest(const QString &model, const QString &systemPrompt,
                                     const QString &userText, bool stream);

/// One "data:" payload of a streamed answer.
[[nodiscard]] Choice parseChunk(const QByteArray &json);
/// The body of an answer that was not streamed.
[[nodiscard]] Choice parseCompletion(const QByteArray &json);

/// The ids of GET /models ({"data":[{"id":…}, …]}, or Ollama's {"models":[{"name":…}]}).
/// Sets *ok to false when the body is not such a list.
[[nodiscard]] QStringList parseModels(const QByteArray &json, bool *ok);

/// The message of an error body ({"error":{"message":…}}, {"error":"…"}, {"message":"…"}),
/// on one line and at most 300 characters; empty when there is none.
[[nodiscard]] QString errorMessage(const QByteArray &body);

} // namespace Ai::OpenAiJson
