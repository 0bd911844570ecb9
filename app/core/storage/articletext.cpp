#include "storage/articletext.h"

#include "text/plaintext.h"

#include <QtEndian>

#include <sqlite3.h>
#include <zlib.h>

namespace Storage::ArticleText {

namespace {

// zlib level 1: on feed HTML about 7% larger than the default level 6, at well under half the
// time (measured with tests/bench/ingest-benchmark).
constexpr int CompressionLevel = 1;

// One deflate stream per thread, reset for each text: setting up a stream (what qCompress()
// does on every call) allocates and clears about 256 KB and costs more than compressing a
// typical article.
class Deflater final
{
public:
    Deflater()
    {
        m_valid = deflateInit2(&m_stream, CompressionLevel, Z_DEFLATED, MAX_WBITS, 8,
                               Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~Deflater()
    {
        if (m_valid)
            deflateEnd(&m_stream);
    }
    Q_DISABLE_COPY_MOVE(Deflater)

    // The format of qCompress(): the length, 4 bytes big-endian, then a zlib stream; so
    // qUncompress() reads it.
    [[nodiscard]] QByteArray compress(const QByteArray &data)
    {
        if (!m_valid || data.size() > MaxInput || deflateReset(&m_stream) != Z_OK)
            return qCompress(data, CompressionLevel);
        const auto size = uLong(data.size());
        QByteArray out(qsizetype(HeaderSize + deflateBound(&m_stream, size)), Qt::Uninitialized);
        qToBigEndian(quint32(size), out.data());
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        m_stream.avail_in = uInt(size);
        m_stream.next_out = reinterpret_cast<Bytef *>(out.data() + HeaderSize);
        m_stream.avail_out = uInt(out.size() - HeaderSize);
        if (deflate(&m_stream, Z_FINISH) != Z_STREAM_END)
            return qCompress(data, CompressionLevel);
        out.truncate(qsizetype(HeaderSize + m_stream.total_out));
        return out;
    }

private:
    static constexpr int HeaderSize = 4;
    static constexpr qsizetype MaxInput = 0x7fffffff / 2; // deflateBound() fits in uInt
    z_stream m_stream = {};
    bool m_valid = false;
};

void articleTextFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QString html[2];
    for (int i = 0; i < qMin(argc, 2); ++i) {
        const auto *bytes = static_cast<const char *>(sqlite3_value_blob(argv[i]));
        const int size = sqlite3_value_bytes(argv[i]);
        if (bytes && size > 0)
            html[i] = decompress(QByteArrayView(bytes, size));
    }
    const QString text = plainText(html[0], html[1]);
    if (text.isEmpty()) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

QVariant compress(const QString &html)
{
    if (html.isEmpty())
        return QVariant(QMetaType::fromType<QByteArray>());
    static thread_local Deflater deflater;
    return deflater.compress(html.toUtf8());
}

QString decompress(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    return decompress(QByteArrayView(stored.toByteArray()));
}

QString decompress(QByteArrayView stored)
{
    // qUncompress() wants at least its four length bytes and returns nothing for damaged data.
    if (stored.size() <= 4)
        return {};
    return QString::fromUtf8(
        qUncompress(reinterpret_cast<const uchar *>(stored.data()), stored.size()));
}

QString plainText(const QString &summary, const QString &content)
{
    return Text::PlainText::fromHtml(content.isEmpty() ? summary : content);
}

QString excerptSource(const QString &plainText)
{
    qsizetype end = 0;
    for (int points = 0; points < ExcerptSourceLength && end < plainText.size(); ++points) {
        const bool pair = plainText.at(end).isHighSurrogate() && end + 1 < plainText.size() &&
                          plainText.at(end + 1).isLowSurrogate();
        end += pair ? 2 : 1;
    }
    return plainText.left(end);
}

bool registerFunctions(sqlite3 *handle, QString *errorMessage)
{
    if (!handle) {
        if (errorMessage)
            *errorMessage = QStringLiteral("not an SQLite connection");
        return false;
    }
    // Deterministic and innocuous: the triggers of the schema may call it.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function_v2(handle, "tidings_article_text", 2, flags, nullptr,
                                   articleTextFunction, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    if (errorMessage)
        *errorMessage = QString::fromUtf8(sqlite3_errmsg(handle));
    return false;
}

} // namespace Storage::ArticleText
