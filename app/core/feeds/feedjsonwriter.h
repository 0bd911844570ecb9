#pragma once

#include "feeds/feedparser.h"

#include <QByteArray>
#include <QStringEncoder>

class QIODevice;

namespace Feeds {

/// Writes a parse result as the JSON object `tidings parse` prints, streaming it to a device in
/// chunks (a feed of 50,000 items never exists as one JSON document in memory). Dates are ISO
/// 8601 in UTC with "Z", unknown dates and counts are null, unknown text is "".
class FeedJsonWriter final
{
public:
    explicit FeedJsonWriter(QIODevice &device);
    ~FeedJsonWriter();
    FeedJsonWriter(const FeedJsonWriter &) = delete;
    FeedJsonWriter &operator=(const FeedJsonWriter &) = delete;

    /// Returns false when the device refused to write.
    bool write(const ParseResult &result);

private:
    void writeItem(const Item &item);
    void key(const char *name);
    void field(const char *name, const QString &value);
    void dateField(const char *name, const QDateTime &value);
    void string(const QString &value);
    void date(const QDateTime &value);
    void number(qint64 value);
    void raw(const char *text);
    void flushIfFull();

    QIODevice &m_device;
    QByteArray m_buffer;
    QByteArray m_utf8;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    bool m_failed = false;
};

} // namespace Feeds
