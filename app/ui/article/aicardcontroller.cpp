#include "ui/article/aicardcontroller.h"

#include "ai/builtinprovider.h"
#include "ai/openaiprovider.h"
#include "ai/reply.h"
#include "ai/resultcache.h"
#include "base/logging.h"
#include "base/settingskeys.h"
#include "secrets/keyring.h"
#include "storage/library.h"
#include "text/plaintext.h"
#include "ui/article/articledisplay.h"
#include "ui/windowsettingskeys.h"

#include <QSettings>

namespace Ui {

namespace {

const QString actionPrefix = QStringLiteral("ai-");

QString actionName(Ai::Feature feature)
{
    return actionPrefix + Ai::featureName(feature);
}

QString heading(Ai::Feature feature)
{
    switch (feature) {
    case Ai::Feature::Summary:
        return AiCardController::tr("Summary");
    case Ai::Feature::KeyPoints:
        return AiCardController::tr("Key points");
    case Ai::Feature::Translate:
        return AiCardController::tr("Translation");
    }
    return {};
}

} // namespace

AiCardController::AiCardController(Storage::Library &library, ArticleDisplay *display,
                                   QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_library(library), m_display(display), m_network(network),
      m_builtin(std::make_unique<Ai::BuiltinProvider>()), m_keyring(new Secrets::Keyring(this))
{
    connect(m_keyring, &Secrets::Keyring::secretRead, this,
            [this](const QString &, const QString &secret) {
                m_apiKey = secret;
                if (m_remote)
                    m_remote->setConfig(m_settings.openAiConfig(m_apiKey));
            });
    reloadSettings();
}

AiCardController::~AiCardController() = default;

void AiCardController::reloadSettings()
{
    m_settings = Ai::Settings::load(m_library.settings());
    m_remote.reset();
    if (m_settings.enabled && m_settings.provider == Ai::Settings::ProviderKind::Remote) {
        const QByteArray fromEnvironment = qgetenv(SettingsKeys::AiApiKeyEnvironmentVariable);
        if (!fromEnvironment.isEmpty())
            m_apiKey = QString::fromUtf8(fromEnvironment);
        else
            m_keyring->read(QLatin1String(SettingsKeys::AiApiKeyKeyringKey));
        m_remote =
            std::make_unique<Ai::OpenAiProvider>(m_network, m_settings.openAiConfig(m_apiKey));
    }
    if (m_articleId != 0)
        showInitialCard(m_articleId);
}

Ai::Provider *AiCardController::provider()
{
    if (!m_settings.enabled)
        return nullptr;
    if (m_settings.provider == Ai::Settings::ProviderKind::Remote)
        return m_remote.get();
    return m_builtin.get();
}

bool AiCardController::hintDismissed() const
{
    return m_library.settings().value(QLatin1String(SettingsKeys::AiHintDismissed), false).toBool();
}

QList<Pages::AiCard::Action> AiCardController::actions() const
{
    QList<Pages::AiCard::Action> list;
    Ai::Provider *current = const_cast<AiCardController *>(this)->provider();
    if (!current)
        return list;
    const struct
    {
        Ai::Feature feature;
        QString label;
    } features[] = {{Ai::Feature::Summary, tr("Summarize")},
                    {Ai::Feature::KeyPoints, tr("Key points")},
                    {Ai::Feature::Translate, tr("Translate")}};
    for (const auto &entry : features) {
        if (m_settings.allows(entry.feature) && current->supports(entry.feature))
            list.append({actionName(entry.feature), entry.label});
    }
    return list;
}

void AiCardController::onLoadStarted(qint64 articleId)
{
    // The same article drawn again (full article, new style) keeps its card.
    if (articleId == m_articleId)
        return;
    if (m_reply)
        m_reply->cancel();
    m_articleId = articleId;
    // 0: the daily briefing, which has no card.
    if (articleId != 0)
        showInitialCard(articleId);
}

void AiCardController::showInitialCard(qint64 articleId)
{
    if (!m_settings.enabled) {
        m_display->setAiCard(articleId, hintDismissed() ? QString() : Pages::AiCard::optInHint());
        return;
    }
    const QList<Pages::AiCard::Action> offered = actions();
    if (offered.isEmpty()) {
        m_display->setAiCard(articleId, {});
        return;
    }
    // An answer made before is shown at once, without asking again.
    Ai::Provider *current = provider();
    const Ai::ResultCache cache(m_library.database().connection());
    for (const Ai::Feature feature : {Ai::Feature::Summary, Ai::Feature::KeyPoints}) {
        const auto cached = cache.find({articleId, feature, current->id(), current->model(), {}});
        if (cached) {
            showAnswer(feature, cached->text, false);
            return;
        }
    }
    m_display->setAiCard(articleId, Pages::AiCard::offer(offered));
}

void AiCardController::onAction(const QString &action)
{
    if (action == QLatin1String("ai-settings")) {
        emit settingsRequested();
    } else if (action == QLatin1String("ai-dismiss")) {
        m_library.settings().setValue(QLatin1String(SettingsKeys::AiHintDismissed), true);
        m_display->setAiCard(m_articleId, {});
    } else {
        for (const Ai::Feature feature :
             {Ai::Feature::Summary, Ai::Feature::KeyPoints, Ai::Feature::Translate}) {
            if (action == actionName(feature))
                run(feature);
        }
    }
}

void AiCardController::run(Ai::Feature feature)
{
    Ai::Provider *current = provider();
    const Storage::Article &article = m_display->article();
    if (!current || !m_settings.allows(feature) || article.row.id != m_articleId)
        return;
    const QString language = feature == Ai::Feature::Translate
                                 ? (m_settings.targetLanguage.isEmpty()
                                        ? QLocale().nativeLanguageName()
                                        : QLocale(m_settings.targetLanguage).nativeLanguageName())
                                 : QString();
    const Ai::ResultKey key{m_articleId, feature, current->id(), current->model(), language};
    Ai::ResultCache cache(m_library.database().connection());
    if (const auto cached = cache.find(key)) {
        showAnswer(feature, cached->text, false);
        return;
    }
    if (m_reply)
        m_reply->cancel();
    showAnswer(feature, QString(), true);
    m_reply = current->start(
        {feature, article.row.title, Text::PlainText::fromHtml(article.body()), language}, this);
    const qint64 articleId = m_articleId;
    connect(m_reply, &Ai::Reply::partial, this, [this, feature, articleId](const QString &text) {
        if (articleId == m_articleId)
            showAnswer(feature, text, true);
    });
    connect(m_reply, &Ai::Reply::finished, this, [this, feature, key](const QString &text) {
        Ai::ResultCache cache(m_library.database().connection());
        if (!cache.store(key, text))
            qCWarning(lcUi) << "AI answer not kept:" << cache.errorMessage();
        if (key.articleId == m_articleId)
            showAnswer(feature, text, false);
    });
    connect(m_reply, &Ai::Reply::failed, this, [this, articleId](const QString &message) {
        if (articleId == m_articleId && m_reply && !m_reply->isCancelled())
            m_display->setAiCard(articleId, Pages::AiCard::failure(actions(), message));
    });
}

void AiCardController::showAnswer(Ai::Feature feature, const QString &text, bool running)
{
    Ai::Provider *current = provider();
    m_display->setAiCard(
        m_articleId, Pages::AiCard::answer(actions(), heading(feature), text,
                                           current ? current->displayName() : QString(), running));
}

} // namespace Ui
