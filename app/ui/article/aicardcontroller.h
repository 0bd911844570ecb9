#pragma once

#include "ai/aisettings.h"
#include "pages/aicard.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Ai {
class BuiltinProvider;
class OpenAiProvider;
class Reply;
} // namespace Ai
namespace Secrets {
class Keyring;
}
namespace Storage {
class Library;
}

namespace Ui {

class ArticleDisplay;

/// The AI card above the story. While AI features are off nothing AI runs and nothing is
/// sent: the card is a small opt-in hint (until dismissed for good). When on, it offers the
/// features the person enabled and the provider supports, streams the answer into the card,
/// and keeps answers per article, feature and provider in the library.
class AiCardController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AiCardController)

public:
    AiCardController(Storage::Library &library, ArticleDisplay *display,
                     QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AiCardController() override;

    /// Reads the AI settings again (after the settings dialog) and redraws the card.
    void reloadSettings();
    /// The display started showing the page of \a articleId (0: a page of no article).
    void onLoadStarted(qint64 articleId);
    /// An action of the page, by name: the card's buttons.
    void onAction(const QString &action);

signals:
    /// The person asked to turn AI features on.
    void settingsRequested();

private:
    void showInitialCard(qint64 articleId);
    void run(Ai::Feature feature);
    void showAnswer(Ai::Feature feature, const QString &text, bool running);
    [[nodiscard]] QList<Pages::AiCard::Action> actions() const;
    [[nodiscard]] bool hintDismissed() const;
    /// The provider the settings choose, or null when it cannot run.
    [[nodiscard]] Ai::Provider *provider();

    Storage::Library &m_library;
    ArticleDisplay *m_display = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    Ai::Settings m_settings;
    std::unique_ptr<Ai::BuiltinProvider> m_builtin;
    std::unique_ptr<Ai::OpenAiProvider> m_remote;
    Secrets::Keyring *m_keyring = nullptr;
    QString m_apiKey;
    QPointer<Ai::Reply> m_reply;
    qint64 m_articleId = 0;
};

} // namespace Ui
