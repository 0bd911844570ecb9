// libFuzzer harness: Storage::ArticleText's compression. Arbitrary bytes read as a stored column
// must not crash; read as UTF-8 text they must come back exactly after compress(). A stream with
// one byte changed must read as the text or as nothing, never as other text, unless zlib itself
// reads that text from it: Adler-32, zlib's checksum, misses some damage to short, repetitive
// texts (RFC 1950), and what it misses must not be a gap in decompress()'s own checks.
#include "storage/articletext.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &input, const QString &output)
{
    std::fprintf(stderr, "fuzz_articletext: %s\ninput:  %s\noutput: %s\n", what,
                 input.toUtf8().constData(), output.toUtf8().constData());
    std::abort();
}

// qUncompress() warns about every damaged stream: expected here, and slow. The handler is
// put back after each input, since the regression replay runs this inside a Qt Test.
class QuietMessages final
{
public:
    QuietMessages() : m_previous(qInstallMessageHandler(&drop)) {}
    ~QuietMessages() { qInstallMessageHandler(m_previous); }
    Q_DISABLE_COPY_MOVE(QuietMessages)

private:
    static void drop(QtMsgType, const QMessageLogContext &, const QString &) {}
    QtMessageHandler m_previous;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QuietMessages quiet;
    const auto *bytes = reinterpret_cast<const char *>(data);
    (void)Storage::ArticleText::decompress(QByteArrayView(bytes, qsizetype(size)));

    const QString text = QString::fromUtf8(bytes, qsizetype(size));
    QByteArray stored = Storage::ArticleText::compress(text).toByteArray();
    const QString back = Storage::ArticleText::decompress(QByteArrayView(stored));
    if (back != text)
        fail("round trip changed the text", text, back);

    if (stored.size() > 4) {
        const qsizetype at = qsizetype(size % std::size_t(stored.size()));
        stored[at] = char(stored.at(at) ^ (size > 0 ? (data[0] | 1) : 1));
        const QString damaged = Storage::ArticleText::decompress(QByteArrayView(stored));
        if (!damaged.isEmpty() && damaged != text &&
            damaged != QString::fromUtf8(qUncompress(stored)))
            fail("a damaged stream read as other text than zlib reads", text, damaged);
    }
    return 0;
}
