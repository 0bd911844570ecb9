// The search index's tokenizer: tokens found ahead on the pool (pretokenized()) must be the
// very tokens unicode61 finds in the plain text, at the same positions, or a search would miss
// articles and removing one with its plain values would leave terms behind.

#include "storage/searchtokenizer.h"
#include "storage/sqliteconnection.h"

#include <QStringList>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

#include <sqlite3.h>

using Storage::SqliteConnection;
using Storage::SqliteStatement;
namespace SearchTokenizer = Storage::SearchTokenizer;

namespace {

// A connection with two contentless tables, one tokenized as the index was up to schema 2
// ("plain"), one as it is now ("ours"), and every term instance of each.
class TwoIndexes final
{
public:
    TwoIndexes() : m_connection(QStringLiteral(":memory:"), SqliteConnection::Mode::Create)
    {
        m_ready = m_connection.execute(
            "CREATE VIRTUAL TABLE plain USING fts5(text, content = '',"
            " tokenize = 'unicode61 remove_diacritics 2');"
            "CREATE VIRTUAL TABLE ours USING fts5(text, content = '', tokenize = 'tidings');"
            "CREATE VIRTUAL TABLE plain_terms USING fts5vocab(plain, 'instance');"
            "CREATE VIRTUAL TABLE our_terms USING fts5vocab(ours, 'instance');");
    }

    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] QString error() const { return m_connection.errorMessage(); }

    // Inserts, or with \a remove takes out, \a value as row \a row of \a table.
    bool write(const char *table, qint64 row, const QByteArray &value, bool remove = false)
    {
        const QByteArray into = QByteArray("INSERT INTO ") + table;
        const QByteArray sql =
            remove ? QByteArray(into + "(" + table + ", rowid, text) VALUES ('delete', ?, ?)")
                   : QByteArray(into + "(rowid, text) VALUES (?, ?)");
        SqliteStatement statement(m_connection, sql);
        statement.bind(1, row);
        statement.bindUtf8(2, value);
        return statement.step() == SQLITE_DONE;
    }

    // "term@row:position" for every token of \a terms, in order.
    [[nodiscard]] QStringList instances(const char *terms) const
    {
        SqliteStatement query(m_connection, QByteArray("SELECT term, doc, offset FROM ") + terms +
                                                " ORDER BY doc, offset, term");
        QStringList found;
        while (query.step() == SQLITE_ROW) {
            found.append(QStringLiteral("%1@%2:%3")
                             .arg(query.text(0))
                             .arg(query.integer(1))
                             .arg(query.integer(2)));
        }
        return found;
    }

    // The rows a search for \a match finds in \a table, or the error.
    [[nodiscard]] QString matches(const char *table, const QString &match) const
    {
        SqliteStatement query(m_connection, QByteArray("SELECT rowid FROM ") + table + " WHERE " +
                                                table + " MATCH ? ORDER BY rowid");
        query.bind(1, match);
        QStringList rows;
        int status = SQLITE_ROW;
        while ((status = query.step()) == SQLITE_ROW)
            rows.append(QString::number(query.integer(0)));
        return status == SQLITE_DONE ? rows.join(QLatin1Char(' ')) : error();
    }

    [[nodiscard]] bool integrityCheck(const char *table)
    {
        return m_connection.execute(QByteArray("INSERT INTO ") + table + "(" + table +
                                    ", rank) VALUES ('integrity-check', 0)");
    }

private:
    SqliteConnection m_connection;
    bool m_ready = false;
};

// Texts that stress what unicode61 does: folding, diacritics, scripts without spaces, digits
// and the characters it splits on.
void addTexts()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain English") << QStringLiteral("The harbour ferry leaves at dawn.");
    QTest::newRow("punctuation only") << QStringLiteral("... -- !! ?? «» “”");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces, tabs and lines") << QStringLiteral("  gulls\t\tcry\n\nloud  \r\n");
    QTest::newRow("diacritics") << QStringLiteral("Crème brûlée à la façon de Noël, naïve");
    QTest::newRow("combining marks") << QStringLiteral("cafe\u0301 Zo\u0308e");
    QTest::newRow("upper case and sharp s") << QStringLiteral("STRASSE Straße ÄÖÜ äöü");
    QTest::newRow("Turkish dotted i") << QStringLiteral("İstanbul ılık IĞDIR");
    QTest::newRow("Greek") << QStringLiteral("Αθήνα ΑΘΗΝΑ ἀρχή");
    QTest::newRow("Cyrillic") << QStringLiteral("Москва ЁЛКА ёлка");
    QTest::newRow("Japanese, no spaces") << QStringLiteral("東京都の天気は晴れ。明日も");
    QTest::newRow("emoji and symbols") << QStringLiteral("🚢 ferry⛴boats ©2026 ™ ★★★");
    QTest::newRow("numbers") << QStringLiteral("COVID-19 3.14 2026-12-07 1,000,000 v6.4.2");
    QTest::newRow("apostrophes") << QStringLiteral("l'été don’t it's");
    QTest::newRow("zero-width characters")
        << QStringLiteral("zero\u200Bwidth join\u200Ded soft\u00ADhyphen");
    QTest::newRow("y with diaeresis, the marker's Latin-1 look-alike")
        << QStringLiteral("ÿ starts this ÿÿ");
    QTest::newRow("one very long token") << QString(5000, QLatin1Char('a'));
    QTest::newRow("many tokens") << QStringLiteral("tide pool ").repeated(2000);
    QTest::newRow("ill-formed UTF-16")
        << QStringView(u"lone \xD800 surrogate \xDC00 here").toString();
}

} // namespace

class TestSearchTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void tokensAreUnicode61s_data() { addTexts(); }
    void tokensAreUnicode61s();
    void removingWithThePlainTextLeavesNothing_data() { addTexts(); }
    void removingWithThePlainTextLeavesNothing();
    void searchesFindWhatUnicode61Finds_data();
    void searchesFindWhatUnicode61Finds();
    void everyThreadFindsTheSameTokens();
    void optionsAreRefused();
};

void TestSearchTokenizer::tokensAreUnicode61s()
{
    QFETCH(QString, text);
    const QByteArray tokens = SearchTokenizer::pretokenized(text);
    TwoIndexes indexes;
    QVERIFY2(indexes.isReady(), qPrintable(indexes.error()));
    // Row 1 as the pool hands it over, row 2 as the indexer reads it back from the library.
    QVERIFY(indexes.write("plain", 1, text.toUtf8()));
    QVERIFY(indexes.write("ours", 1, tokens));
    QVERIFY(indexes.write("plain", 2, text.toUtf8()));
    QVERIFY(indexes.write("ours", 2, text.toUtf8()));

    const QStringList expected = indexes.instances("plain_terms");
    QCOMPARE(indexes.instances("our_terms"), expected);
    // The pool did the work, unless there are no tokens to hand over.
    QCOMPARE(tokens.isEmpty(), expected.isEmpty());
    QVERIFY(tokens.isEmpty() || tokens.startsWith('\xff'));
}

void TestSearchTokenizer::removingWithThePlainTextLeavesNothing()
{
    // A contentless index removes an article by tokenizing the values it was added with;
    // the library keeps only the plain ones.
    QFETCH(QString, text);
    TwoIndexes indexes;
    QVERIFY2(indexes.isReady(), qPrintable(indexes.error()));
    QVERIFY(indexes.write("ours", 1, SearchTokenizer::pretokenized(text)));
    QVERIFY(indexes.write("ours", 2, QByteArrayLiteral("a neighbour stays")));
    QVERIFY(indexes.write("ours", 1, text.toUtf8(), true));
    QCOMPARE(indexes.instances("our_terms"),
             (QStringList{QStringLiteral("a@2:0"), QStringLiteral("neighbour@2:1"),
                          QStringLiteral("stays@2:2")}));
    QVERIFY2(indexes.integrityCheck("ours"), qPrintable(indexes.error()));
}

void TestSearchTokenizer::searchesFindWhatUnicode61Finds_data()
{
    QTest::addColumn<QString>("match");
    QTest::addColumn<QString>("found");
    QTest::newRow("a word") << QStringLiteral("ferry") << QStringLiteral("1 3");
    QTest::newRow("upper case, accents") << QStringLiteral("CRÈME") << QStringLiteral("2");
    QTest::newRow("without the accent") << QStringLiteral("creme") << QStringLiteral("2");
    QTest::newRow("prefix") << QStringLiteral("bru*") << QStringLiteral("2");
    QTest::newRow("phrase") << QStringLiteral("\"leaves at dawn\"") << QStringLiteral("1");
    QTest::newRow("phrase across punctuation")
        << QStringLiteral("\"dawn the ferry\"") << QStringLiteral("1");
    QTest::newRow("near") << QStringLiteral("NEAR(harbour dawn, 3)") << QStringLiteral("1");
    QTest::newRow("column and boolean")
        << QStringLiteral("text : ferry NOT harbour") << QStringLiteral("3");
    QTest::newRow("Cyrillic, other case") << QStringLiteral("ЁЛКА") << QStringLiteral("3");
    QTest::newRow("nothing") << QStringLiteral("lighthouse") << QString();
}

void TestSearchTokenizer::searchesFindWhatUnicode61Finds()
{
    QFETCH(QString, match);
    QFETCH(QString, found);
    TwoIndexes indexes;
    QVERIFY2(indexes.isReady(), qPrintable(indexes.error()));
    const QStringList texts{QStringLiteral("The harbour ferry leaves at dawn. The ferry..."),
                            QStringLiteral("Crème brûlée à la façon de Noël"),
                            QStringLiteral("Ferry to Москва, ёлка on board")};
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QVERIFY(indexes.write("plain", i + 1, texts.at(i).toUtf8()));
        QVERIFY(indexes.write("ours", i + 1, SearchTokenizer::pretokenized(texts.at(i))));
    }
    QCOMPARE(indexes.matches("plain", match), found);
    QCOMPARE(indexes.matches("ours", match), found);
}

void TestSearchTokenizer::everyThreadFindsTheSameTokens()
{
    // The pool's threads each have a tokenizer of their own.
    const QStringList texts{QStringLiteral("Crème brûlée, the harbour ferry"),
                            QStringLiteral("東京の天気 ").repeated(50),
                            QStringLiteral("ЁЛКА 2026-12-07 naïve"), QString()};
    QList<QByteArray> expected;
    for (const QString &text : texts)
        expected.append(SearchTokenizer::pretokenized(text));
    std::atomic<int> differences = 0;
    std::vector<std::thread> threads;
    for (int thread = 0; thread < 8; ++thread) {
        threads.emplace_back([&, thread] {
            for (int i = 0; i < 400; ++i) {
                const qsizetype which = (thread + i) % texts.size();
                if (SearchTokenizer::pretokenized(texts.at(which)) != expected.at(which))
                    ++differences;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(differences.load(), 0);
    QVERIFY(expected.first().startsWith('\xff'));
}

void TestSearchTokenizer::optionsAreRefused()
{
    // Options of its own would make the index's tokens differ from the pool's.
    SqliteConnection connection(QStringLiteral(":memory:"), SqliteConnection::Mode::Create);
    QVERIFY(connection.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'tidings')"));
    QVERIFY(!connection.execute(
        "CREATE VIRTUAL TABLE u USING fts5(a, tokenize = 'tidings remove_diacritics 0')"));
}

QTEST_GUILESS_MAIN(TestSearchTokenizer)
#include "tst_searchtokenizer.moc"
