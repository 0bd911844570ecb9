#include "net/contentdecoder.h"

#include <QTest>

#include <zlib.h>

using Net::ContentDecoder;

/// Bodies sent with Content-Encoding gzip or deflate, decoded by the fetcher off the network's
/// thread: every wrapper servers use, several gzip members, damage, and the size limit.
class TestContentDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void handlesWhatItAdvertises_data();
    void handlesWhatItAdvertises();
    void decodes_data();
    void decodes();
};

namespace {

enum class Wrapper { Gzip, Zlib, Raw };

QByteArray compressed(const QByteArray &data, Wrapper wrapper)
{
    const int windowBits = wrapper == Wrapper::Gzip   ? MAX_WBITS + 16
                           : wrapper == Wrapper::Zlib ? MAX_WBITS
                                                      : -MAX_WBITS;
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size())) + 32), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

const QByteArray Feed = QByteArrayLiteral(
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour news</title>"
    "<item><title>Ferry timetable changes</title></item></channel></rss>");

} // namespace

void TestContentDecoder::handlesWhatItAdvertises_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("handled");
    QTest::newRow("gzip") << QByteArray("gzip") << true;
    QTest::newRow("x-gzip") << QByteArray("x-gzip") << true;
    QTest::newRow("deflate") << QByteArray("deflate") << true;
    QTest::newRow("upper case, spaces") << QByteArray(" GZIP ") << true;
    QTest::newRow("identity") << QByteArray("identity") << false;
    QTest::newRow("brotli, never asked for") << QByteArray("br") << false;
    QTest::newRow("none") << QByteArray() << false;
}

void TestContentDecoder::handlesWhatItAdvertises()
{
    QFETCH(QByteArray, encoding);
    QFETCH(bool, handled);
    QCOMPARE(ContentDecoder::handles(encoding), handled);
    for (const QByteArray &advertised : QByteArray(ContentDecoder::acceptEncoding).split(','))
        QVERIFY(ContentDecoder::handles(advertised));
}

void TestContentDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QByteArray>("expected");

    const auto decoded = int(ContentDecoder::Outcome::Decoded);
    const auto tooLarge = int(ContentDecoder::Outcome::TooLarge);
    const auto corrupt = int(ContentDecoder::Outcome::Corrupt);
    const qint64 limit = 1 << 20;
    const QByteArray gzip = compressed(Feed, Wrapper::Gzip);

    QTest::newRow("gzip") << gzip << QByteArray("gzip") << limit << decoded << Feed;
    QTest::newRow("x-gzip") << gzip << QByteArray("x-gzip") << limit << decoded << Feed;
    QTest::newRow("deflate as RFC 9110 says: zlib")
        << compressed(Feed, Wrapper::Zlib) << QByteArray("deflate") << limit << decoded << Feed;
    QTest::newRow("deflate as some servers send it: raw")
        << compressed(Feed, Wrapper::Raw) << QByteArray("deflate") << limit << decoded << Feed;
    QTest::newRow("two gzip members")
        << gzip + compressed(QByteArrayLiteral("<!-- more -->"), Wrapper::Gzip)
        << QByteArray("gzip") << limit << decoded << Feed + QByteArrayLiteral("<!-- more -->");
    QTest::newRow("empty body") << QByteArray() << QByteArray("gzip") << limit << decoded
                                << QByteArray();
    QTest::newRow("exactly the limit")
        << gzip << QByteArray("gzip") << qint64(Feed.size()) << decoded << Feed;
    QTest::newRow("one byte over the limit")
        << gzip << QByteArray("gzip") << qint64(Feed.size() - 1) << tooLarge << QByteArray();
    QTest::newRow("bomb: 64 MiB of zeros")
        << compressed(QByteArray(64 << 20, '\0'), Wrapper::Gzip) << QByteArray("gzip")
        << qint64(32 << 20) << tooLarge << QByteArray();
    QTest::newRow("cut off") << gzip.left(gzip.size() / 2) << QByteArray("gzip") << limit << corrupt
                             << QByteArray();
    QTest::newRow("not compressed at all")
        << Feed << QByteArray("gzip") << limit << corrupt << QByteArray();
    QTest::newRow("garbage as deflate")
        << QByteArray("\xff\xfe\xfd not deflate", 15) << QByteArray("deflate") << limit << corrupt
        << QByteArray();
}

void TestContentDecoder::decodes()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, encoding);
    QFETCH(qint64, maxBytes);
    QFETCH(int, outcome);
    QFETCH(QByteArray, expected);
    const ContentDecoder::Result result = ContentDecoder::decode(body, encoding, maxBytes);
    QCOMPARE(int(result.outcome), outcome);
    QCOMPARE(result.body, expected);
}

QTEST_APPLESS_MAIN(TestContentDecoder)
#include "tst_contentdecoder.moc"
