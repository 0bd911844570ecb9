#include "feeds/feedjsonwriter.h"

#include <QIODevice>

namespace Feeds {

namespace {
constexpr qsizetype chunkSize = 256 * 1024;
}

FeedJsonWriter::FeedJsonWriter(QIODevice &device) : m_device(device)
{
    m_buffer.reserve(chunkSize + 4096);
}

FeedJsonWriter::~FeedJsonWriter() = default;

void FeedJsonWriter::raw(const char *text)
{
    m_buffer.append(text);
}

void FeedJsonWriter::key(const char *name)
{
    m_buffer.append('"').append(name).append("\":");
}

void FeedJsonWriter::string(const QString &value)
{
    // Encode into a reused buffer, then copy with escapes: no allocation per string.
    m_utf8.resize(m_encoder.requiredSpace(value.size()));
    const char *end = m_encoder.appendToBuffer(m_utf8.data(), value);
    const char *p = m_utf8.constData();
    m_buffer.append('"');
    while (p < end) {
        const char *run = p;
        while (run < end && uchar(*run) >= 0x20 && *run != '"' && *run != '\\')
            ++run;
        m_buffer.append(p, run - p);
        if (run >= end)
            break;
        const uchar c = uchar(*run);
        switch (c) {
        case '"':
            m_buffer.append("\\\"");
            break;
        case '\\':
            m_buffer.append("\\\\");
            break;
        case '\n':
            m_buffer.append("\\n");
            break;
        case '\r':
            m_buffer.append("\\r");
            break;
        case '\t':
            m_buffer.append("\\t");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            m_buffer.append(escape, 6);
        }
        }
        p = run + 1;
    }
    m_buffer.append('"');
}

void FeedJsonWriter::field(const char *name, const QString &value)
{
    key(name);
    string(value);
    m_buffer.append(',');
}

void FeedJsonWriter::dateField(const char *name, const QDateTime &value)
{
    key(name);
    date(value);
    m_buffer.append(',');
}

void FeedJsonWriter::date(const QDateTime &value)
{
    if (!value.isValid()) {
        raw("null");
        return;
    }
    m_buffer.append('"').append(value.toUTC().toString(Qt::ISODate).toLatin1()).append('"');
}

void FeedJsonWriter::number(qint64 value)
{
    m_buffer.append(QByteArray::number(value));
}

void FeedJsonWriter::flushIfFull()
{
    if (m_buffer.size() < chunkSize)
        return;
    if (!m_failed && m_device.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
}

void FeedJsonWriter::writeItem(const Item &item)
{
    raw("{");
    field("id", item.id);
    field("title", item.title);
    field("link", item.link);
    field("author", item.author);
    dateField("published", item.published);
    dateField("updated", item.updated);
    field("summary", item.summary);
    field("content", item.content);
    key("categories");
    raw("[");
    for (qsizetype i = 0; i < item.categories.size(); ++i) {
        if (i > 0)
            raw(",");
        string(item.categories.at(i));
    }
    raw("],");
    key("enclosures");
    raw("[");
    for (qsizetype i = 0; i < item.enclosures.size(); ++i) {
        const Enclosure &enclosure = item.enclosures.at(i);
        raw(i > 0 ? ",{" : "{");
        field("url", enclosure.url);
        field("type", enclosure.type);
        key("length");
        number(enclosure.length);
        raw("}");
    }
    raw("],");
    field("comments", item.commentsUrl);
    field("comment_feed", item.commentFeedUrl);
    key("comment_count");
    if (item.commentCount >= 0)
        number(item.commentCount);
    else
        raw("null");
    raw(",");
    field("image", item.image);
    key("duration");
    if (item.duration >= 0)
        number(item.duration);
    else
        raw("null");
    raw("}");
}

bool FeedJsonWriter::write(const ParseResult &result)
{
    const Feed &feed = result.feed;
    raw("{");
    key("format");
    raw("\"");
    raw(formatName(feed.format));
    raw("\",");
    field("title", feed.title);
    field("link", feed.link);
    field("subtitle", feed.subtitle);
    field("language", feed.language);
    field("author", feed.author);
    field("icon", feed.icon);
    dateField("updated", feed.updated);
    key("items");
    raw("[");
    for (qsizetype i = 0; i < feed.items.size(); ++i) {
        if (i > 0)
            raw(",\n");
        writeItem(feed.items.at(i));
        flushIfFull();
    }
    raw("],");
    key("warnings");
    raw("[");
    for (qsizetype i = 0; i < result.warnings.size(); ++i) {
        if (i > 0)
            raw(",");
        string(result.warnings.at(i));
    }
    raw("]}\n");
    if (!m_failed && m_device.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

} // namespace Feeds
