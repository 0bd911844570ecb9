#include "sync/accountpresets.h"

#include "sync/greaderserver.h"

#include <QStringList>

namespace Sync {

QUrl AccountPreset::serverUrl(const QString &typed) const
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return hostedUrl;
    QUrl url = QUrl::fromUserInput(text);
    if (name == QLatin1String("freshrss") && !url.path().contains(QLatin1String("greader.php"))) {
        QString path = url.path();
        // FreshRSS's web pages are under /i/; its API beside them under /api/.
        if (path.endsWith(QLatin1String("/i/")) || path.endsWith(QLatin1String("/i")))
            path.chop(path.endsWith(QLatin1Char('/')) ? 2 : 1);
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        url.setPath(path + QLatin1String("api/greader.php"));
    }
    return url;
}

QList<AccountPreset> AccountPresets::all()
{
    using Storage::AccountType;
    return {
        {QStringLiteral("ttrss"),
         tr("Tiny Tiny RSS"),
         AccountType::TinyTinyRss,
         {},
         QStringLiteral("https://example.org/tt-rss/")},
        {QStringLiteral("freshrss"),
         tr("FreshRSS"),
         AccountType::GoogleReader,
         {},
         QStringLiteral("https://example.org/freshrss/")},
        {QStringLiteral("miniflux"),
         tr("Miniflux"),
         AccountType::GoogleReader,
         {},
         QStringLiteral("https://miniflux.example.org/")},
        {QStringLiteral("inoreader"),
         tr("Inoreader"),
         AccountType::GoogleReader,
         QUrl(QStringLiteral("https://www.inoreader.com")),
         {}},
        {QStringLiteral("theoldreader"),
         tr("The Old Reader"),
         AccountType::GoogleReader,
         QUrl(QStringLiteral("https://theoldreader.com")),
         {}},
        {QStringLiteral("bazqux"),
         tr("BazQux Reader"),
         AccountType::GoogleReader,
         QUrl(QStringLiteral("https://www.bazqux.com")),
         {}},
        {QStringLiteral("greader"),
         tr("Other Google Reader API server"),
         AccountType::GoogleReader,
         {},
         QStringLiteral("https://example.org/")},
    };
}

std::optional<AccountPreset> AccountPresets::named(const QString &name)
{
    for (const AccountPreset &preset : all()) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

QString AccountPresets::names()
{
    QStringList names;
    for (const AccountPreset &preset : all())
        names.append(preset.name);
    return names.join(QLatin1String(", "));
}

QString AccountPresets::serverName(Storage::AccountType type, const QUrl &serverUrl)
{
    switch (type) {
    case Storage::AccountType::TinyTinyRss:
        return tr("Tiny Tiny RSS");
    case Storage::AccountType::GoogleReader:
        break;
    case Storage::AccountType::Local:
        return {};
    }
    switch (greaderServerOf(serverUrl)) {
    case GReaderServer::FreshRss:
        return tr("FreshRSS");
    case GReaderServer::Inoreader:
        return tr("Inoreader");
    case GReaderServer::TheOldReader:
        return tr("The Old Reader");
    case GReaderServer::BazQux:
        return tr("BazQux Reader");
    case GReaderServer::Generic:
        break;
    }
    return tr("Google Reader API");
}

} // namespace Sync
