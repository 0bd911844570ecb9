#include "ai/ssedecoder.h"
#include "openaichunks.h"

#include <QRandomGenerator>
#include <QTest>

using TestSupport::chunk;

namespace {

using EventList = QList<QPair<QByteArray, QByteArray>>; // type, data

EventList decodeInPieces(const QList<QByteArray> &pieces)
{
    Ai::SseDecoder decoder;
    EventList events;
    for (const QByteArray &piece : pieces) {
        for (const Ai::SseEvent &event : decoder.feed(piece))
            events.append({event.type, event.data});
    }
    return events;
}

} // namespace

/// The text/event-stream decoder behind streamed answers of OpenAI-compatible servers.
class TestSseDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void sseDecoding_data();
    void sseDecoding();
    void sseDecodingIsIndependentOfPacketBoundaries();
    void sseDecoderSurvivesArbitraryBytes();
};

void TestSseDecoder::sseDecoding_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<EventList>("expected");

    QTest::newRow("one event") << QList<QByteArray>{"data: hello\n\n"}
                               << EventList{{"message", "hello"}};
    QTest::newRow("data lines are joined by LF")
        << QList<QByteArray>{"data: one\ndata: two\n\n"} << EventList{{"message", "one\ntwo"}};
    QTest::newRow("CRLF line ends") << QList<QByteArray>{"data: a\r\n\r\ndata: b\r\n\r\n"}
                                    << EventList{{"message", "a"}, {"message", "b"}};
    QTest::newRow("CRLF split between packets")
        << QList<QByteArray>{"data: a\r", "\n\r", "\ndata: b\r\n\r\n"}
        << EventList{{"message", "a"}, {"message", "b"}};
    QTest::newRow("CR alone ends lines") << QList<QByteArray>{"data: a\r\rdata: b\r\r"}
                                         << EventList{{"message", "a"}, {"message", "b"}};
    QTest::newRow("comments are ignored")
        << QList<QByteArray>{": keep-alive\n\ndata: x\n: between\n\n"}
        << EventList{{"message", "x"}};
    QTest::newRow("only one space after the colon is dropped")
        << QList<QByteArray>{"data:  two spaces\ndata:none\n\n"}
        << EventList{{"message", " two spaces\nnone"}};
    QTest::newRow("event type and reset after dispatch")
        << QList<QByteArray>{"event: error\ndata: e\n\ndata: m\n\n"}
        << EventList{{"error", "e"}, {"message", "m"}};
    QTest::newRow("field without colon")
        << QList<QByteArray>{"data\n\n"} << EventList{{"message", ""}};
    QTest::newRow("blank lines without data dispatch nothing")
        << QList<QByteArray>{"\n\n\nid: 4\n\n"} << EventList{};
    QTest::newRow("BOM split over packets is ignored")
        << QList<QByteArray>{"\xEF", "\xBB\xBF"
                                     "data: after bom\n\n"}
        << EventList{{"message", "after bom"}};
    QTest::newRow("a line split inside a UTF-8 character")
        << QList<QByteArray>{"data: caf\xC3", "\xA9\n\n"} << EventList{{"message", "caf\xC3\xA9"}};
    QTest::newRow("an unfinished event at the end is dropped")
        << QList<QByteArray>{"data: done\n\ndata: cut"} << EventList{{"message", "done"}};
}

void TestSseDecoder::sseDecoding()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(EventList, expected);
    QCOMPARE(decodeInPieces(pieces), expected);
}

void TestSseDecoder::sseDecodingIsIndependentOfPacketBoundaries()
{
    const QByteArray stream = ": hi\r\n" + chunk(QStringLiteral("Ferries ")).replace("\n", "\r\n") +
                              chunk(QStringLiteral("run.")) + "data: [DONE]\r\n\r\n";
    const EventList whole = decodeInPieces({stream});
    QCOMPARE(whole.size(), 3);
    QCOMPARE(whole.last().second, QByteArray("[DONE]"));
    for (qsizetype size = 1; size <= 7; ++size) {
        QList<QByteArray> pieces;
        for (qsizetype at = 0; at < stream.size(); at += size)
            pieces.append(stream.mid(at, size));
        QCOMPARE(decodeInPieces(pieces), whole);
    }
}

void TestSseDecoder::sseDecoderSurvivesArbitraryBytes()
{
    QRandomGenerator random(20260527);
    const QByteArray alphabet("data: \r\n:{}event\xEF\xBB\xBF\0x", 21);
    for (int round = 0; round < 300; ++round) {
        Ai::SseDecoder decoder(64);
        qsizetype fed = 0;
        qsizetype decoded = 0;
        for (int piece = 0; piece < 20; ++piece) {
            QByteArray bytes(random.bounded(1, 40), '\0');
            for (char &c : bytes)
                c = alphabet.at(random.bounded(int(alphabet.size())));
            fed += bytes.size();
            for (const Ai::SseEvent &event : decoder.feed(bytes)) {
                QVERIFY(event.data.size() <= 64);
                decoded += event.data.size();
            }
        }
        QVERIFY(decoded <= fed); // data only ever comes from the input
    }
    Ai::SseDecoder small(16);
    const QByteArray longLine = QByteArray("data: ") + QByteArray(40, 'x');
    QVERIFY(small.feed(longLine).isEmpty());
    QVERIFY(small.overflowed());
    QVERIFY(small.feed("\n\ndata: ok\n\n").isEmpty());
}

QTEST_APPLESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
