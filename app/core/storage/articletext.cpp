#include "storage/articletext.h"

#include "text/plaintext.h"

#include <QStringDecoder>
#include <QtEndian>

#include <libdeflate.h>
#include <sqlite3.h>

namespace Storage::ArticleText {

namespace {

// libdeflate level 1 writes a zlib stream that zlib reads (libraries written before it and
// qUncompress() stay compatible) at about half the time of zlib's level 1, and a little smaller
// (measured with tests/bench/ingest-benchmark). Higher levels cost much more for 1-2% less.
constexpr int CompressionLevel = 1;

// The format of qCompress(): the length, 4 bytes big-endian, then a zlib stream.
constexpr qsizetype HeaderSize = 4;

// The most a deflate stream expands: a length header above this is damaged.
constexpr qsizetype MaxDeflateRatio = 1032;

// Shorter texts (summaries of a sentence) are stored in the stream as they are: compressing
// them costs about 5 µs each, mostly building the Huffman codes, and saves under 20 bytes.
constexpr qsizetype MinCompressedInput = 128;

// One compressor per thread: allocating one costs more than compressing a typical article.
class Compressor final
{
public:
    Compressor()
        : m_compressor(libdeflate_alloc_compressor(CompressionLevel)),
          m_storer(libdeflate_alloc_compressor(0))
    {}
    ~Compressor()
    {
        libdeflate_free_compressor(m_compressor);
        libdeflate_free_compressor(m_storer);
    }
    Q_DISABLE_COPY_MOVE(Compressor)

    [[nodiscard]] QByteArray compress(const QByteArray &data)
    {
        libdeflate_compressor *const compressor =
            data.size() < MinCompressedInput ? m_storer : m_compressor;
        if (!compressor || data.size() > MaxInput)
            return qCompress(data, CompressionLevel);
        const auto size = std::size_t(data.size());
        const std::size_t bound = libdeflate_zlib_compress_bound(compressor, size);
        QByteArray out(HeaderSize + qsizetype(bound), Qt::Uninitialized);
        qToBigEndian(quint32(size), out.data());
        const std::size_t written = libdeflate_zlib_compress(compressor, data.constData(), size,
                                                             out.data() + HeaderSize, bound);
        if (written == 0)
            return qCompress(data, CompressionLevel);
        out.truncate(HeaderSize + qsizetype(written));
        return out;
    }

private:
    static constexpr qsizetype MaxInput = 0x7fffffff / 2; // the length fits the header
    libdeflate_compressor *m_compressor = nullptr;
    libdeflate_compressor *m_storer = nullptr; // level 0
};

class Decompressor final
{
public:
    Decompressor() : m_decompressor(libdeflate_alloc_decompressor()) {}
    ~Decompressor() { libdeflate_free_decompressor(m_decompressor); }
    Q_DISABLE_COPY_MOVE(Decompressor)

    // Empty for damaged data. qUncompress() reads what libdeflate refuses, such as a stream
    // whose header understates its length.
    [[nodiscard]] QByteArray decompress(QByteArrayView stored)
    {
        const auto *bytes = reinterpret_cast<const uchar *>(stored.data());
        const qsizetype size = qFromBigEndian<quint32>(bytes);
        // No stream expands this much: the header is damaged, and qUncompress() would allocate
        // what it claims (up to 4 GB).
        if (size > (stored.size() - HeaderSize) * MaxDeflateRatio)
            return {};
        if (!m_decompressor || size == 0)
            return qUncompress(bytes, stored.size());
        QByteArray out(size, Qt::Uninitialized);
        std::size_t written = 0;
        if (libdeflate_zlib_decompress(m_decompressor, bytes + HeaderSize,
                                       std::size_t(stored.size() - HeaderSize), out.data(),
                                       std::size_t(size), &written) != LIBDEFLATE_SUCCESS ||
            written != std::size_t(size))
            return qUncompress(bytes, stored.size());
        return out;
    }

private:
    libdeflate_decompressor *m_decompressor = nullptr;
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
    static thread_local Compressor compressor;
    return compressor.compress(html.toUtf8());
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
    if (stored.size() <= HeaderSize)
        return {};
    static thread_local Decompressor decompressor;
    // Texts are written from QStrings, so always as valid UTF-8. Damage that zlib's checksum
    // misses (Adler-32 is weak on short, repetitive texts) mostly leaves invalid UTF-8 behind.
    QStringDecoder toText(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                    QStringDecoder::Flag::ConvertInitialBom);
    QString text = toText(decompressor.decompress(stored));
    return toText.hasError() ? QString() : text;
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
