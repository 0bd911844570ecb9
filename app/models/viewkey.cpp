#include "models/viewkey.h"

#include <QStringList>

#include <iterator>

namespace Models {

namespace {

constexpr const char *SmartNames[] = {"all", "unread", "today", "bookmarks", "briefing", "hidden"};
constexpr qint64 SmartCount = qint64(std::size(SmartNames));

} // namespace

ViewKey ViewKey::smart(SmartView view)
{
    return {Kind::Smart, static_cast<qint64>(view)};
}

ViewKey ViewKey::folder(qint64 id)
{
    return {Kind::Folder, id};
}

ViewKey ViewKey::source(qint64 id)
{
    return {Kind::Source, id};
}

ViewKey ViewKey::search(qint64 id)
{
    return {Kind::Search, id};
}

ViewKey ViewKey::tag(qint64 id)
{
    return {Kind::Tag, id};
}

bool ViewKey::isSmart(SmartView view) const
{
    return kind == Kind::Smart && id == static_cast<qint64>(view);
}

QString ViewKey::toString() const
{
    switch (kind) {
    case Kind::Smart:
        return id >= 0 && id < SmartCount ? QLatin1String(SmartNames[id]) : QString();
    case Kind::Folder:
        return QStringLiteral("folder:%1").arg(id);
    case Kind::Source:
        return QStringLiteral("source:%1").arg(id);
    case Kind::Search:
        return QStringLiteral("search:%1").arg(id);
    case Kind::Tag:
        return QStringLiteral("tag:%1").arg(id);
    case Kind::None:
        break;
    }
    return {};
}

ViewKey ViewKey::fromString(const QString &text)
{
    for (qint64 i = 0; i < SmartCount; ++i) {
        if (text == QLatin1String(SmartNames[i]))
            return {Kind::Smart, i};
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {};
    bool ok = false;
    const qint64 id = text.mid(colon + 1).toLongLong(&ok);
    if (!ok || id <= 0)
        return {};
    const QStringView kindName = QStringView(text).left(colon);
    if (kindName == QLatin1String("folder"))
        return folder(id);
    if (kindName == QLatin1String("source"))
        return source(id);
    if (kindName == QLatin1String("search"))
        return search(id);
    if (kindName == QLatin1String("tag"))
        return tag(id);
    return {};
}

Storage::ArticleFilter ViewKey::filter(const QString &search) const
{
    Storage::ArticleFilter result;
    result.search = search;
    switch (kind) {
    case Kind::Smart:
        result.unreadOnly = isSmart(SmartView::Unread);
        result.today = isSmart(SmartView::Today) || isSmart(SmartView::Briefing);
        result.bookmarkedOnly = isSmart(SmartView::Bookmarks);
        result.hiddenOnly = isSmart(SmartView::Hidden);
        break;
    case Kind::Folder:
        result.folderId = id;
        break;
    case Kind::Source:
        result.sourceId = id;
        break;
    case Kind::Search: // Every article; the saved text narrows it.
        break;
    case Kind::Tag:
        result.tagId = id;
        break;
    case Kind::None:
        // Nothing selected: an empty list rather than everything.
        result.limit = 0;
        break;
    }
    return result;
}

} // namespace Models
