#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Ai {

/// One server-sent event.
struct SseEvent
{
    QByteArray type = "message"; ///< The "event:" field.
    QByteArray data;             ///< The "data:" lines joined by "\n".
    QByteArray id;
};

/// Decodes a text/event-stream incrementally, following the WHATWG rules: lines end in CRLF,
/// LF or CR (also when a CRLF is split between two chunks), ":" starts a comment, one space
/// after the colon is dropped, a blank line dispatches the event, a leading BOM is ignored.
/// Bytes may arrive split anywhere. An event still open when the stream ends is dropped.
class SseDecoder final
{
public:
    /// Longest line or event kept (bytes); beyond it the stream counts as broken.
    static constexpr qsizetype DefaultMaxEventBytes = 4 * 1024 * 1024;

    explicit SseDecoder(qsizetype maxEventBytes = DefaultMaxEventBytes);

    /// The events completed by \a bytes.
    [[nodiscard]] QList<SseEvent> feed(QByteArrayView bytes);
    /// True once a line or an event outgrew the limit; feed() returns nothing after that.
    [[nodiscard]] bool overflowed() const { return m_overflowed; }

private:
    void takeLine(QByteArrayView line, QList<SseEvent> &events);

    qsizetype m_maxEventBytes;
    QByteArray m_line;
    SseEvent m_event;
    bool m_hasData = false;
    bool m_afterCarriageReturn = false;
    bool m_atStart = true;
    bool m_overflowed = false;
};

} // namespace Ai
