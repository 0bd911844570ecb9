#pragma once

#include "sync/accountclient.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

/// Reading Google Reader API answers into the account's values, and the protocol's ids. Pure
/// functions on copies: they may run on the work pool.
namespace Sync::GReaderJson {

/// One page of stream/items/ids.
struct IdPage
{
    QStringList ids;      ///< Canonical item ids (see itemId()), in the server's order.
    QString continuation; ///< Empty: the last page.
};

/// The Auth token of a ClientLogin answer ("SID=…\nLSID=…\nAuth=…", or its JSON form);
/// empty when there is none.
[[nodiscard]] QString authToken(const QByteArray &answer);

/// An item id in the one form Tidings keeps: the long form
/// ("tag:google.com,2005:reader/item/000000000000001f") and the short decimal form ("31") of
/// the same item both become the signed decimal ("31"), as stream/items/ids gives it. Ids
/// that are no 64-bit number (The Old Reader's 24-digit hex ObjectIds) keep their hex digits.
/// Empty for anything else.
[[nodiscard]] QString itemId(const QString &id);
/// The long form of a canonical id, which every server takes in edit-tag and
/// stream/items/contents (older Miniflux reads a short id as hex).
[[nodiscard]] QString longItemId(const QString &id);

/// A stream id with the user's number replaced by "-": Miniflux lists labels as
/// "user/1/label/News", FreshRSS as "user/-/label/News"; both name the same folder.
[[nodiscard]] QString streamId(const QString &id);
/// Whether \a category ("user/-/state/com.google/read") names that state, for any user.
[[nodiscard]] bool isState(const QString &category, QLatin1String state);

/// stream/items/ids: the ids (duplicates dropped) and the continuation, a text or a number
/// (Miniflux sends an offset, FreshRSS the last id; 0 or nothing ends the stream).
[[nodiscard]] IdPage idPage(const QJsonObject &answer);
/// tag/list: the labels that are folders (labels of type "tag" mark articles, not feeds).
[[nodiscard]] QList<Storage::RemoteFolder> folders(const QJsonObject &tagList);
/// subscription/list: the feeds, each in its first folder.
[[nodiscard]] QList<Storage::RemoteSource> sources(const QJsonObject &subscriptionList);
/// Folders that subscriptions name but tag/list left out (some servers list only labels).
[[nodiscard]] QList<Storage::RemoteFolder> foldersOf(const QList<Storage::RemoteSource> &sources,
                                                     const QList<Storage::RemoteFolder> &known);
/// stream/items/contents: the items, their HTML sanitized like a feed's; an item twice in
/// the answer is taken once.
[[nodiscard]] QList<Storage::RemoteArticle> articles(const QJsonObject &contents);

} // namespace Sync::GReaderJson
