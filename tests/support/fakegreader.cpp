#include "fakegreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace TestSupport {

namespace {

const QString ItemPrefix = QStringLiteral("tag:google.com,2005:reader/item/");

HttpResponse json(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return HttpResponse::ok(document.toJson(QJsonDocument::Compact),
                            "application/json; charset=UTF-8");
}

HttpResponse text(const QByteArray &body, int status = 200)
{
    HttpResponse response = HttpResponse::withStatus(status, body);
    response.withHeader("Content-Type", "text/plain; charset=UTF-8");
    return response;
}

QUrlQuery formOf(const QByteArray &body)
{
    // Forms come percent-encoded; '+' would be a space, which Tidings never sends.
    return QUrlQuery(QString::fromLatin1(body));
}

QString value(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

// "user/1/label/News" and "user/-/label/News" both name the label "News".
QString labelOf(const QString &stream)
{
    const qsizetype at = stream.indexOf(QLatin1String("/label/"));
    return stream.startsWith(QLatin1String("user/")) && at > 0 ? stream.mid(at + 7) : QString();
}

bool isState(const QString &stream, const char *state)
{
    return stream.startsWith(QLatin1String("user/")) &&
           stream.endsWith(QLatin1String("/state/com.google/") + QLatin1String(state));
}

} // namespace

FakeGReader::FakeGReader(Flavour flavour) : m_flavour(flavour)
{
    const QByteArray base = flavour == Flavour::FreshRss ? "/api/greader.php" : "";
    const QStringList calls{
        QStringLiteral("token"),
        QStringLiteral("tag/list"),
        QStringLiteral("subscription/list"),
        QStringLiteral("subscription/edit"),
        QStringLiteral("subscription/quickadd"),
        QStringLiteral("stream/items/ids"),
        QStringLiteral("stream/items/contents"),
        QStringLiteral("edit-tag"),
        QStringLiteral("mark-all-as-read"),
    };
    m_server.route(base + "/accounts/ClientLogin", [this](const HttpRequest &request) {
        return respond(request, QStringLiteral("accounts/ClientLogin"));
    });
    for (const QString &call : calls) {
        m_server.route(base + "/reader/api/0/" + call.toLatin1(),
                       [this, call](const HttpRequest &request) { return respond(request, call); });
    }
}

QUrl FakeGReader::serverUrl() const
{
    return m_server.url(m_flavour == Flavour::FreshRss ? QStringLiteral("/api/greader.php")
                                                       : QStringLiteral("/"));
}

QString FakeGReader::longId(qint64 id)
{
    return ItemPrefix + QStringLiteral("%1").arg(quint64(id), 16, 16, QLatin1Char('0'));
}

std::optional<qint64> FakeGReader::parseItemId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.startsWith(ItemPrefix)
                          ? qint64(text.mid(ItemPrefix.size()).toULongLong(&ok, 16))
                          : text.toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

QString FakeGReader::addFeed(const QString &title, const QString &folder)
{
    const QString id = QStringLiteral("feed/%1").arg(m_nextFeed++);
    m_feeds.append(
        {id, title, QStringLiteral("https://example.org/%1.xml").arg(id.mid(5)), folder});
    return id;
}

QList<qint64> FakeGReader::addItems(const QString &feedId, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Item item;
        item.id = m_nextId++;
        item.feedId = feedId;
        item.title = QStringLiteral("Item %1 of %2").arg(item.id).arg(feedId);
        item.content =
            QStringLiteral("<p>Text of item %1.</p><script>alert(1)</script>").arg(item.id);
        item.published = 1'700'000'000 + (item.id % 1'000'000);
        m_items.insert(item.id, item);
        ids.append(item.id);
    }
    return ids;
}

void FakeGReader::populate(int feeds, int items)
{
    for (int feed = 0; feed < feeds; ++feed) {
        const QString id = addFeed(QStringLiteral("Feed %1").arg(feed + 1),
                                   QStringLiteral("Folder %1").arg(feed / 10 + 1));
        addItems(id, items);
    }
}

void FakeGReader::setRead(qint64 id, bool read)
{
    if (m_items.contains(id))
        m_items[id].read = read;
}

void FakeGReader::setStarred(qint64 id, bool starred)
{
    if (m_items.contains(id))
        m_items[id].starred = starred;
}

const FakeGReader::Item *FakeGReader::item(qint64 id) const
{
    const auto found = m_items.constFind(id);
    return found == m_items.cend() ? nullptr : &found.value();
}

QString FakeGReader::authToken() const
{
    return QStringLiteral("%1/a%2b").arg(username).arg(m_loginGeneration);
}

QString FakeGReader::writeToken() const
{
    if (m_flavour == Flavour::Miniflux)
        return authToken(); // Miniflux's T is the Auth token.
    return QStringLiteral("t%1-%2")
        .arg(m_loginGeneration)
        .arg(m_tokenGeneration)
        .leftJustified(57, QLatin1Char('Z'));
}

HttpResponse FakeGReader::unauthorized(bool atLogin) const
{
    switch (m_flavour) {
    case Flavour::FreshRss:
        return text("Unauthorized!", 401).withHeader("Google-Bad-Token", "true");
    case Flavour::Miniflux:
        if (atLogin) {
            HttpResponse refused = json(QJsonObject{{"error_message", "Access Unauthorized"}});
            refused.status = 401;
            return refused;
        }
        return text("Unauthorized", 401).withHeader("X-Reader-Google-Bad-Token", "true");
    case Flavour::Google:
        break;
    }
    return atLogin ? text("Error=BadAuthentication\n", 403)
                   : text("Unauthorized", 401).withHeader("X-Reader-Google-Bad-Token", "true");
}

bool FakeGReader::authorized(const HttpRequest &request, const QUrlQuery &form, bool write) const
{
    const QString token = value(form, "T");
    if (m_flavour == Flavour::Miniflux && request.method == "POST")
        return token == authToken(); // Miniflux checks T instead of the header on a POST.
    const QByteArray header = request.header("Authorization");
    if (header != "GoogleLogin auth=" + authToken().toUtf8())
        return false;
    return !write || token == writeToken();
}

HttpResponse FakeGReader::respond(const HttpRequest &request, const QString &call)
{
    const QUrlQuery query(QUrl(QString::fromLatin1(request.path)).query());
    const QUrlQuery form = formOf(request.body);
    ++m_calls[call];
    m_callLog[call].append(request.method == "POST" ? form : query);
    if (intercept) {
        if (std::optional<HttpResponse> answer = intercept(request, call))
            return *answer;
    }
    if (call == QLatin1String("accounts/ClientLogin"))
        return clientLogin(request.method == "POST" ? form : query);
    const bool write = request.method == "POST" && call != QLatin1String("stream/items/contents");
    if (!authorized(request, form, write))
        return unauthorized(false);
    if (call == QLatin1String("token"))
        return text(writeToken().toUtf8() + '\n');
    if (call == QLatin1String("tag/list"))
        return tagList();
    if (call == QLatin1String("subscription/list"))
        return subscriptionList();
    if (call == QLatin1String("stream/items/ids"))
        return itemIds(query);
    if (call == QLatin1String("stream/items/contents"))
        return contents(form);
    if (call == QLatin1String("edit-tag"))
        return editTag(form);
    if (call == QLatin1String("subscription/edit"))
        return subscriptionEdit(form);
    if (call == QLatin1String("subscription/quickadd"))
        return quickAdd(query);
    return markAllAsRead(form);
}

HttpResponse FakeGReader::clientLogin(const QUrlQuery &form)
{
    if (value(form, "Email") != username || value(form, "Passwd") != password)
        return unauthorized(true);
    const QByteArray auth = authToken().toUtf8();
    return text("SID=" + auth + "\nLSID=null\nAuth=" + auth + "\n");
}

HttpResponse FakeGReader::tagList() const
{
    QJsonArray tags{QJsonObject{{"id", "user/-/state/com.google/starred"}}};
    QSet<QString> seen;
    for (const Feed &feed : m_feeds) {
        if (feed.folder.isEmpty() || seen.contains(feed.folder))
            continue;
        seen.insert(feed.folder);
        QJsonObject tag{
            {"id", QString((m_flavour == Flavour::Miniflux ? "user/1/label/" : "user/-/label/") +
                           feed.folder)}};
        if (m_flavour != Flavour::Google)
            tag.insert("type", "folder");
        tags.append(tag);
    }
    return json(QJsonObject{{"tags", tags}});
}

HttpResponse FakeGReader::subscriptionList() const
{
    QJsonArray subscriptions;
    for (const Feed &feed : m_feeds) {
        QJsonArray categories;
        if (!feed.folder.isEmpty())
            categories.append(QJsonObject{{"id", QString("user/-/label/" + feed.folder)},
                                          {"label", feed.folder}});
        subscriptions.append(QJsonObject{{"id", feed.id},
                                         {"title", feed.title},
                                         {"categories", categories},
                                         {"url", feed.url},
                                         {"htmlUrl", "https://example.org/"}});
    }
    return json(QJsonObject{{"subscriptions", subscriptions}});
}

HttpResponse FakeGReader::itemIds(const QUrlQuery &query)
{
    const QString stream = value(query, "s");
    const bool excludeRead = isState(value(query, "xt"), "read");
    const bool oldestFirst = value(query, "r") == QLatin1String("o");
    const int count = qMax(1, value(query, "n").isEmpty() ? 20 : value(query, "n").toInt());
    const QString continuation = value(query, "c");
    QList<qint64> matching;
    for (const Item &item : std::as_const(m_items)) {
        const auto feed = std::find_if(m_feeds.cbegin(), m_feeds.cend(),
                                       [&item](const Feed &f) { return f.id == item.feedId; });
        const bool inStream = isState(stream, "reading-list") ||
                              (isState(stream, "starred") && item.starred) ||
                              (isState(stream, "read") && item.read) || stream == item.feedId ||
                              (!labelOf(stream).isEmpty() && feed != m_feeds.cend() &&
                               feed->folder == labelOf(stream));
        if (inStream && !(excludeRead && item.read))
            matching.append(item.id);
    }
    if (!oldestFirst)
        std::reverse(matching.begin(), matching.end());
    qsizetype start = 0;
    switch (m_flavour) {
    case Flavour::FreshRss: // The last id sent.
        if (!continuation.isEmpty()) {
            const qint64 last = continuation.toLongLong();
            start = std::find_if(matching.cbegin(), matching.cend(),
                                 [&](qint64 id) { return oldestFirst ? id > last : id < last; }) -
                    matching.cbegin();
        }
        break;
    case Flavour::Miniflux: // An offset.
        start = continuation.toLongLong();
        break;
    case Flavour::Google: // Opaque text.
        start = continuation.mid(1).toLongLong();
        break;
    }
    const QList<qint64> page = matching.mid(start, count);
    QJsonArray refs;
    for (const qint64 id : page)
        refs.append(QJsonObject{{"id", QString::number(id)}});
    if (duplicateIds && !page.isEmpty())
        refs.append(QJsonObject{{"id", QString::number(page.first())}});
    QJsonObject answer{{"itemRefs", refs}};
    const bool more = start + page.size() < matching.size();
    switch (m_flavour) {
    case Flavour::FreshRss:
        if (page.size() >= count)
            answer.insert("continuation", page.last());
        break;
    case Flavour::Miniflux:
        answer.insert("continuation", more ? start + page.size() : 0);
        break;
    case Flavour::Google:
        if (more)
            answer.insert("continuation", QStringLiteral("C%1").arg(start + page.size()));
        break;
    }
    return json(answer);
}

HttpResponse FakeGReader::contents(const QUrlQuery &form)
{
    QJsonArray items;
    const QString user = m_flavour == Flavour::Miniflux ? "user/1" : "user/-";
    for (const QString &text : form.allQueryItemValues("i", QUrl::FullyDecoded)) {
        const std::optional<qint64> id = parseItemId(text);
        const Item *item = id ? this->item(*id) : nullptr;
        if (!item)
            continue;
        const auto feed = std::find_if(m_feeds.cbegin(), m_feeds.cend(),
                                       [item](const Feed &f) { return f.id == item->feedId; });
        QJsonArray categories{QString(user + "/state/com.google/reading-list")};
        if (feed != m_feeds.cend() && !feed->folder.isEmpty())
            categories.append(QString(user + "/label/" + feed->folder));
        if (item->read)
            categories.append(QString(user + "/state/com.google/read"));
        if (item->starred)
            categories.append(QString(user + "/state/com.google/starred"));
        QJsonObject entry{
            {"id", longId(item->id)},
            {"crawlTimeMsec", QString::number(item->published * 1000)},
            {"timestampUsec", QString::number(item->published * 1000000)},
            {"published", item->published},
            {"title", item->title},
            {"alternate", QJsonArray{QJsonObject{
                              {"href", QStringLiteral("https://example.org/item/%1").arg(item->id)},
                              {"type", "text/html"}}}},
            {"categories", categories},
            {"origin", QJsonObject{{"streamId", item->feedId}}},
        };
        // FreshRSS sends the body as summary, Miniflux as both.
        entry.insert(m_flavour == Flavour::FreshRss ? "summary" : "content",
                     QJsonObject{{"content", item->content}});
        items.append(entry);
    }
    if (items.isEmpty() && m_flavour == Flavour::Miniflux) {
        HttpResponse none = json(QJsonObject{{"error_message", "no items returned"}});
        none.status = 400;
        return none;
    }
    if (duplicateIds && !items.isEmpty())
        items.append(items.first());
    return json(QJsonObject{{"id", "user/-/state/com.google/reading-list"}, {"items", items}});
}

HttpResponse FakeGReader::editTag(const QUrlQuery &form)
{
    const QString add = value(form, "a");
    const QString remove = value(form, "r");
    if (add.isEmpty() && remove.isEmpty())
        return text("add or/and remove tags should be supplied", 500);
    for (const QString &text : form.allQueryItemValues("i", QUrl::FullyDecoded)) {
        const std::optional<qint64> id = parseItemId(text);
        if (!id || !m_items.contains(*id))
            continue;
        Item &item = m_items[*id];
        if (isState(add, "read"))
            item.read = true;
        if (isState(remove, "read"))
            item.read = false;
        if (isState(add, "starred"))
            item.starred = true;
        if (isState(remove, "starred"))
            item.starred = false;
    }
    return text("OK");
}

HttpResponse FakeGReader::subscriptionEdit(const QUrlQuery &form)
{
    const QString action = value(form, "ac");
    const QString stream = value(form, "s");
    const auto feed = std::find_if(m_feeds.begin(), m_feeds.end(),
                                   [&stream](const Feed &f) { return f.id == stream; });
    if (action == QLatin1String("subscribe") && stream.startsWith(QLatin1String("feed/"))) {
        const QString id = addFeed(stream.mid(5), labelOf(value(form, "a")));
        m_feeds.last().url = stream.mid(5);
        Q_UNUSED(id)
        return text("OK");
    }
    if (feed == m_feeds.end())
        return text("Bad Request!", 400);
    if (action == QLatin1String("unsubscribe")) {
        m_items.removeIf([&stream](const auto &entry) { return entry.value().feedId == stream; });
        m_feeds.erase(feed);
        return text("OK");
    }
    if (action != QLatin1String("edit"))
        return text("Bad Request!", 400);
    if (!value(form, "t").isEmpty())
        feed->title = value(form, "t");
    if (!labelOf(value(form, "a")).isEmpty())
        feed->folder = labelOf(value(form, "a"));
    return text("OK");
}

HttpResponse FakeGReader::quickAdd(const QUrlQuery &query)
{
    const QString url = value(query, "quickadd");
    if (url.isEmpty() || url.contains(QLatin1String("bad")))
        return json(QJsonObject{{"numResults", 0}, {"error", "HTTP 404 Not Found"}});
    const QString id = addFeed(url);
    m_feeds.last().url = url;
    return json(QJsonObject{{"numResults", 1}, {"query", url}, {"streamId", id}});
}

HttpResponse FakeGReader::markAllAsRead(const QUrlQuery &form)
{
    if (m_flavour == Flavour::Miniflux)
        return json(QJsonArray()); // Its catch-all for calls it does not implement.
    const QString stream = value(form, "s");
    const qint64 olderThan = value(form, "ts").toLongLong();
    for (Item &item : m_items) {
        if ((item.feedId == stream || isState(stream, "reading-list")) && item.id <= olderThan)
            item.read = true;
    }
    return text("OK");
}

} // namespace TestSupport
