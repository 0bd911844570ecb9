#include "ai/ssedecoder.h"

namespace Ai {

SseDecoder::SseDecoder(qsizetype maxEventBytes) : m_maxEventBytes(maxEventBytes)
{}

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
    if (m_overflowed)
        return events;
    if (m_atStart && !bytes.isEmpty()) {
        // The BOM may itself arrive in pieces: wait until three bytes are there to decide.
        m_line.append(bytes.data(), bytes.size());
        if (m_line.size() < 3 && QByteArrayView("\xEF\xBB\xBF").startsWith(m_line))
            return events;
        m_atStart = false;
        QByteArray pending = m_line.startsWith("\xEF\xBB\xBF") ? m_line.mid(3) : m_line;
        m_line.clear();
        return feed(pending);
    }

    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '\n' && c != '\r') {
            m_afterCarriageReturn = false;
            continue;
        }
        // The LF of a CRLF whose CR ended the previous chunk (or the previous line).
        if (c == '\n' && m_afterCarriageReturn && i == start && m_line.isEmpty()) {
            m_afterCarriageReturn = false;
            start = i + 1;
            continue;
        }
        m_afterCarriageReturn = c == '\r';
        const QByteArrayView piece = bytes.sliced(start, i - start);
        if (m_line.isEmpty()) {
            takeLine(piece, events);
        } else {
            m_line.append(piece.data(), piece.size());
            const QByteArray line = std::exchange(m_line, {});
            takeLine(line, events);
        }
        if (m_overflowed)
            return {};
        start = i + 1;
    }
    m_line.append(bytes.data() + start, bytes.size() - start);
    if (m_line.size() > m_maxEventBytes) {
        m_overflowed = true;
        m_line.clear();
        return {};
    }
    return events;
}

void SseDecoder::takeLine(QByteArrayView line, QList<SseEvent> &events)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            if (m_event.data.endsWith('\n'))
                m_event.data.chop(1);
            events.append(m_event);
        }
        const QByteArray lastId = m_event.id;
        m_event = SseEvent();
        m_event.id = lastId; // the id persists across events
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    if (field == "data") {
        if (m_event.data.size() + value.size() + 1 > m_maxEventBytes) {
            m_overflowed = true;
            return;
        }
        m_event.data.append(value.data(), value.size());
        m_event.data.append('\n');
        m_hasData = true;
    } else if (field == "event") {
        m_event.type = value.isEmpty() ? QByteArray("message") : value.toByteArray();
    } else if (field == "id" && !value.contains('\0')) {
        m_event.id = value.toByteArray();
    }
    // "retry" and unknown fields: nothing to do for a client that does not reconnect.
}

} // namespace Ai
