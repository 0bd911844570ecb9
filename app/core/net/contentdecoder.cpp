#include "net/contentdecoder.h"

#include <zlib.h>

#include <algorithm>

namespace Net {

namespace {

enum class Wrapper { Gzip, Zlib, Raw };

int windowBitsFor(Wrapper wrapper)
{
    switch (wrapper) {
    case Wrapper::Gzip:
        return MAX_WBITS + 16;
    case Wrapper::Zlib:
        return MAX_WBITS;
    case Wrapper::Raw:
        break;
    }
    return -MAX_WBITS;
}

QByteArray normalized(const QByteArray &contentEncoding)
{
    return contentEncoding.trimmed().toLower();
}

ContentDecoder::Result inflateAll(const QByteArray &body, Wrapper wrapper, qint64 maxBytes)
{
    ContentDecoder::Result result;
    z_stream stream{};
    if (inflateInit2(&stream, windowBitsFor(wrapper)) != Z_OK)
        return result;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    stream.avail_in = uInt(body.size());
    QByteArray out;
    constexpr qsizetype Chunk = 256 * 1024;
    int status = Z_OK;
    while (true) {
        const qsizetype used = out.size();
        if (used >= maxBytes) {
            // Output that would reach past the limit: a bomb, or simply too large.
            result.outcome = ContentDecoder::Outcome::TooLarge;
            break;
        }
        const qsizetype room = std::min<qsizetype>(Chunk, qsizetype(maxBytes) - used + 1);
        out.resize(used + room);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        stream.avail_out = uInt(room);
        status = inflate(&stream, Z_NO_FLUSH);
        out.resize(used + room - qsizetype(stream.avail_out));
        if (out.size() > maxBytes) {
            result.outcome = ContentDecoder::Outcome::TooLarge;
            break;
        }
        if (status == Z_STREAM_END) {
            // A gzip body may hold several members, one after the other.
            if (wrapper == Wrapper::Gzip && stream.avail_in > 0 && inflateReset(&stream) == Z_OK)
                continue;
            result.outcome = ContentDecoder::Outcome::Decoded;
            break;
        }
        if (status != Z_OK && !(status == Z_BUF_ERROR && stream.avail_out == 0))
            break; // damaged, or cut off before its end
    }
    inflateEnd(&stream);
    if (result.outcome == ContentDecoder::Outcome::Decoded)
        result.body = std::move(out);
    return result;
}

} // namespace

bool ContentDecoder::handles(const QByteArray &contentEncoding)
{
    const QByteArray encoding = normalized(contentEncoding);
    return encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate";
}

ContentDecoder::Result ContentDecoder::decode(const QByteArray &body,
                                              const QByteArray &contentEncoding, qint64 maxBytes)
{
    if (body.isEmpty())
        return {Outcome::Decoded, {}};
    const QByteArray encoding = normalized(contentEncoding);
    if (encoding == "deflate") {
        // RFC 9110 means a zlib stream; some servers send raw deflate data instead.
        Result zlib = inflateAll(body, Wrapper::Zlib, maxBytes);
        return zlib.outcome == Outcome::Corrupt ? inflateAll(body, Wrapper::Raw, maxBytes) : zlib;
    }
    return inflateAll(body, Wrapper::Gzip, maxBytes);
}

} // namespace Net
