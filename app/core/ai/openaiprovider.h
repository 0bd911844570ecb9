#pragma once

#include "ai/openaiconfig.h"
#include "ai/provider.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace Ai {

/// The outcome of OpenAiProvider::listModels().
struct ModelList
{
    bool ok = false;
    QStringList models; ///< Model ids as the server names them.
    QString errorMessage;
};

/// The outcome of OpenAiProvider::testConnection().
struct ConnectionTest
{
    bool ok = false; ///< The server answered with a model list.
    int modelCount = 0;
    bool modelAvailable = false; ///< The configured model is among them.
    QString message;             ///< A sentence for the settings page, success or not.
};

/// A language model behind any OpenAI-compatible server: Ollama, llama.cpp's server, LocalAI,
/// vLLM or a hosted service. Answers are streamed (POST {baseUrl}/chat/completions with
/// "stream": true) and arrive as Reply::partial(); every failure is a sentence.
class OpenAiProvider final : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(Ai::OpenAiProvider)

public:
    static constexpr const char *Id = "openai";

    /// \a network must outlive the provider and every reply it started.
    OpenAiProvider(QNetworkAccessManager *network, OpenAiConfig config);

    [[nodiscard]] const OpenAiConfig &config() const { return m_config; }
    void setConfig(const OpenAiConfig &config) { m_config = config; }

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString model() const override { return m_config.model; }
    [[nodiscard]] bool supports(Feature feature) const override;
    [[nodiscard]] Reply *start(const Request &request, QObject *parent) override;

    /// GET {baseUrl}/models. \a done runs once, on \a context's thread, unless \a context is
    /// destroyed first.
    void listModels(QObject *context, std::function<void(const ModelList &)> done) const;
    /// Lists the models and says in words whether the server and the model are usable.
    void testConnection(QObject *context, std::function<void(const ConnectionTest &)> done) const;

    /// \a baseUrl with \a path appended to its path ("…/v1" + "models" → "…/v1/models").
    [[nodiscard]] static QUrl endpoint(const QUrl &baseUrl, const QString &path);

private:
    QNetworkAccessManager *m_network = nullptr;
    OpenAiConfig m_config;
};

} // namespace Ai
