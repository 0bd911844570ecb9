// The fixtures of tests/data/feeds/<group>/: every document there is parsed and compared field
// by field with the hand-written <name>.expected.json beside it. Rows are named <group>/<name>;
// a failure names its group.
//
// Expected keys: feed fields ("format", "title", ... "updated") compared exactly; "ttl";
// "item_count"; "items": objects compared by position, each key exactly or, with a "~" suffix,
// as a substring ("!~": must not contain); "no_warnings"; "warnings~": substrings that some
// warning must contain; "error~": the document must be refused with an error containing it;
// "options": {"contentType", "documentUrl"}; "proves": what the fixture is for.

#include "feeds/feedjsonwriter.h"
#include "feeds/feedparser.h"
#include "html/sanitizer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

QString show(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isNull())
        return QStringLiteral("null");
    return value.toVariant().toString();
}

QJsonObject toJson(const Feeds::ParseResult &result)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Feeds::FeedJsonWriter writer(buffer);
    writer.write(result);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
    return document.object();
}

// Compares every expected key of one object; returns false (after a QVERIFY2 failure) on the
// first difference.
bool compareObject(const QString &where, const QJsonObject &actual, const QJsonObject &expected)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QString key = it.key();
        if (key.endsWith(QLatin1String("!~"))) {
            key.chop(2);
            const QString text = actual.value(key).toString();
            const QString unwanted = it.value().toString();
            if (text.contains(unwanted)) {
                QTest::qFail(qPrintable(where + key + QLatin1String(" contains ") + unwanted +
                                        QLatin1String(": ") + text),
                             __FILE__, __LINE__);
                return false;
            }
        } else if (key.endsWith(u'~')) {
            key.chop(1);
            const QString text = actual.value(key).toString();
            if (!text.contains(it.value().toString())) {
                QTest::qFail(qPrintable(where + key + QLatin1String(" = ") + show(text) +
                                        QLatin1String(" does not contain ") + show(it.value())),
                             __FILE__, __LINE__);
                return false;
            }
        } else {
            if (!actual.contains(key)) {
                QTest::qFail(qPrintable(where + key + QLatin1String(" missing")), __FILE__,
                             __LINE__);
                return false;
            }
            if (actual.value(key) != it.value()) {
                QTest::qFail(qPrintable(where + key + QLatin1String(" = ") +
                                        show(actual.value(key)) + QLatin1String(", expected ") +
                                        show(it.value())),
                             __FILE__, __LINE__);
                return false;
            }
        }
    }
    return true;
}

const QStringList feedKeys = {QStringLiteral("format"),   QStringLiteral("title"),
                              QStringLiteral("link"),     QStringLiteral("subtitle"),
                              QStringLiteral("language"), QStringLiteral("author"),
                              QStringLiteral("icon"),     QStringLiteral("updated")};

} // namespace

class FeedFixtures final : public QObject
{
    Q_OBJECT

private slots:
    void fixture_data();
    void fixture();
};

void FeedFixtures::fixture_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("expectation");
    const QDir feeds(QStringLiteral(TIDINGS_TEST_DATA_DIR "/feeds"));
    const QStringList groups = feeds.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(groups.size() >= 8, qPrintable(feeds.path()));
    for (const QString &group : groups) {
        const QDir dir(feeds.filePath(group));
        const QStringList expectations =
            dir.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
        QVERIFY2(!expectations.isEmpty(), qPrintable(dir.path()));
        for (const QString &expectation : expectations) {
            const QString name = expectation.chopped(int(qstrlen(".expected.json")));
            const QStringList documents =
                dir.entryList({name + QLatin1String(".*")}, QDir::Files, QDir::Name)
                    .filter(QRegularExpression(QStringLiteral("^(?!.*\\.expected\\.json$)")));
            QCOMPARE(documents.size(), 1);
            QTest::newRow(qPrintable(group + QLatin1Char('/') + name))
                << dir.filePath(documents.constFirst()) << dir.filePath(expectation);
        }
    }
}

void FeedFixtures::fixture()
{
    QFETCH(QString, document);
    QFETCH(QString, expectation);
    QFile documentFile(document);
    QVERIFY(documentFile.open(QIODevice::ReadOnly));
    QFile expectationFile(expectation);
    QVERIFY(expectationFile.open(QIODevice::ReadOnly));
    QJsonParseError jsonError{};
    const QJsonObject expected =
        QJsonDocument::fromJson(expectationFile.readAll(), &jsonError).object();
    QVERIFY2(jsonError.error == QJsonParseError::NoError, qPrintable(jsonError.errorString()));
    QVERIFY2(expected.contains(QLatin1String("proves")), "every fixture says what it proves");

    Feeds::ParseOptions options;
    options.htmlFilter = {&Html::sanitize, &Html::firstImageUrl};
    const QJsonObject optionValues = expected.value(QLatin1String("options")).toObject();
    options.contentType = optionValues.value(QLatin1String("contentType")).toString().toLatin1();
    options.documentUrl = QUrl(optionValues.value(QLatin1String("documentUrl")).toString());
    const Feeds::ParseResult result = Feeds::parseFeed(documentFile.readAll(), options);

    if (expected.contains(QLatin1String("error~"))) {
        QVERIFY2(!result.ok(), "the document must be refused");
        const QString wanted = expected.value(QLatin1String("error~")).toString();
        QVERIFY2(result.error.contains(wanted), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QJsonObject actual = toJson(result);

    QJsonObject feedExpected;
    for (const QString &key : feedKeys) {
        if (expected.contains(key))
            feedExpected.insert(key, expected.value(key));
    }
    QVERIFY(compareObject(QStringLiteral("feed."), actual, feedExpected));
    if (expected.contains(QLatin1String("ttl")))
        QCOMPARE(result.feed.ttlMinutes, expected.value(QLatin1String("ttl")).toInt());
    const QJsonArray items = actual.value(QLatin1String("items")).toArray();
    if (expected.contains(QLatin1String("item_count")))
        QCOMPARE(items.size(), expected.value(QLatin1String("item_count")).toInt());
    const QJsonArray expectedItems = expected.value(QLatin1String("items")).toArray();
    QVERIFY2(items.size() >= expectedItems.size(),
             qPrintable(QStringLiteral("only %1 items").arg(items.size())));
    for (qsizetype i = 0; i < expectedItems.size(); ++i) {
        QVERIFY(compareObject(QStringLiteral("items[%1].").arg(i), items.at(i).toObject(),
                              expectedItems.at(i).toObject()));
    }

    const QString warnings = result.warnings.join(QLatin1Char('\n'));
    if (expected.value(QLatin1String("no_warnings")).toBool())
        QVERIFY2(result.warnings.isEmpty(), qPrintable(warnings));
    for (const QJsonValue &wanted : expected.value(QLatin1String("warnings~")).toArray())
        QVERIFY2(warnings.contains(wanted.toString()), qPrintable(warnings));
}

QTEST_GUILESS_MAIN(FeedFixtures)
#include "tst_feedparser_fixtures.moc"
