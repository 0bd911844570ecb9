#include "ai/openaiprovider.h"

#include "ai/openaierrors.h"
#include "ai/openaijson.h"
#include "ai/openaireply.h"
#include "net/feedfetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace Ai {

namespace {

constexpr qint64 MaxModelListBytes = 4 * 1024 * 1024;

} // namespace

OpenAiProvider::OpenAiProvider(QNetworkAccessManager *network, OpenAiConfig config)
    : m_network(network), m_config(std::move(config))
{}

QString OpenAiProvider::id() const
{
    return QString::fromLatin1(Id);
}

QString OpenAiProvider::displayName() const
{
    const QString host = m_config.baseUrl.host();
    if (host.isEmpty())
        return tr("Language model server");
    return m_config.model.isEmpty() ? tr("Language model server at %1").arg(host)
                                    : tr("%1 at %2").arg(m_config.model, host);
}

bool OpenAiProvider::supports(Feature) const
{
    return true;
}

Reply *OpenAiProvider::start(const Request &request, QObject *parent)
{
    return new OpenAiReply(m_network, m_config, request, parent);
}

QUrl OpenAiProvider::endpoint(const QUrl &baseUrl, const QString &path)
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void OpenAiProvider::listModels(QObject *context, std::function<void(const ModelList &)> done) const
{
    const QUrl base = m_config.baseUrl;
    if (!base.isValid() || base.isEmpty()) {
        QTimer::singleShot(0, context, [done] {
            done({false, {}, OpenAiErrors::missingSetting()});
        });
        return;
    }
    if (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")) {
        const QString message =
            OpenAiErrors::network(QNetworkReply::ProtocolUnknownError, base, {});
        QTimer::singleShot(0, context, [done, message] { done({false, {}, message}); });
        return;
    }

    QNetworkRequest request(endpoint(base, QStringLiteral("models")));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, Net::FeedFetcher::userAgent());
    if (!m_config.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);

    // The timer and the flags live with the reply and go when it does.
    auto *idle = new QTimer(reply);
    idle->setSingleShot(true);
    const int timeoutMs = qMax(1, m_config.timeoutMs);
    QObject::connect(idle, &QTimer::timeout, reply, [reply] {
        reply->setProperty("tidingsTimedOut", true);
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, idle,
                     [idle, timeoutMs, reply](qint64 received) {
                         if (received > MaxModelListBytes) {
                             reply->setProperty("tidingsTooLarge", true);
                             reply->abort();
                             return;
                         }
                         idle->start(timeoutMs);
                     });
    idle->start(timeoutMs);

    const QString model = m_config.model;
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done, model, timeoutMs] {
        ModelList result;
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (reply->property("tidingsTimedOut").toBool())
            result.errorMessage = OpenAiErrors::timeout(timeoutMs);
        else if (reply->property("tidingsTooLarge").toBool())
            result.errorMessage = OpenAiErrors::tooLarge();
        else
            result.errorMessage = OpenAiErrors::fromReply(*reply, body, model);
        if (result.errorMessage.isEmpty()) {
            result.models = OpenAiJson::parseModels(body, &result.ok);
            if (!result.ok)
                result.errorMessage = OpenAiErrors::malformed();
        }
        done(result);
    });
}

void OpenAiProvider::testConnection(QObject *context,
                                    std::function<void(const ConnectionTest &)> done) const
{
    const QString model = m_config.model;
    const QString host = m_config.baseUrl.host();
    listModels(context, [done, model, host](const ModelList &list) {
        ConnectionTest test;
        test.ok = list.ok;
        if (!list.ok) {
            test.message = list.errorMessage;
            done(test);
            return;
        }
        test.modelCount = int(list.models.size());
        test.modelAvailable = !model.isEmpty() && list.models.contains(model);
        if (model.isEmpty())
            test.message =
                tr("Connected to %1. It offers %n model(s); choose one.", nullptr, test.modelCount)
                    .arg(host);
        else if (test.modelAvailable)
            test.message = tr("Connected to %1. It offers %n model(s), “%2” among them.", nullptr,
                              test.modelCount)
                               .arg(host, model);
        else
            test.message = tr("Connected to %1, but it does not offer the model “%2” (it "
                              "offers %n model(s)).",
                              nullptr, test.modelCount)
                               .arg(host, model);
        done(test);
    });
}

} // namespace Ai
