#pragma once

#include <QString>
#include <QUrl>

namespace Ai {

/// Where and how to reach an OpenAI-compatible server.
struct OpenAiConfig
{
    QUrl baseUrl;                 ///< The API root, e.g. http://localhost:11434/v1 (Ollama).
    QString model;                ///< As the server names it, e.g. "llama3.2:3b".
    QString apiKey;               ///< Sent as "Authorization: Bearer" when not empty.
    int timeoutMs = 60'000;       ///< No byte for this long ends the request.
    int textBudgetChars = 12'000; ///< Longer article texts are cut to this.
};

} // namespace Ai
