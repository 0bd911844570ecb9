#include "temporarylibrary.h"

#include "storage/articlerepository.h"
#include "storage/searchquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using Storage::SearchQuery;
using TestSupport::TemporaryLibrary;

class TestSearchQuery final : public QObject
{
    Q_OBJECT

private slots:
    void translation_data();
    void translation();
    void hostileInputIsNeverAnError_data();
    void hostileInputIsNeverAnError();
};

void TestSearchQuery::translation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("include");
    QTest::addColumn<QString>("exclude");
    QTest::addColumn<QString>("match");

    QTest::newRow("empty") << ""
                           << ""
                           << ""
                           << "";
    QTest::newRow("only spaces") << "  \t\n "
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("word is a prefix") << "news"
                                      << "\"news\"*"
                                      << ""
                                      << "\"news\"*";
    QTest::newRow("words are all needed") << "  harbour   cranes "
                                          << "\"harbour\"* \"cranes\"*"
                                          << ""
                                          << "\"harbour\"* \"cranes\"*";
    QTest::newRow("phrase stays a phrase") << "\"world cup\" final"
                                           << "\"world cup\" \"final\"*"
                                           << ""
                                           << "\"world cup\" \"final\"*";
    QTest::newRow("unclosed phrase runs to the end") << "\"open ended"
                                                     << "\"open ended\""
                                                     << ""
                                                     << "\"open ended\"";
    QTest::newRow("minus excludes") << "football -cup"
                                    << "\"football\"*"
                                    << "\"cup\"*"
                                    << "\"football\"* NOT (\"cup\"*)";
    QTest::newRow("several exclusions") << "a -b -\"c d\""
                                        << "\"a\"*"
                                        << "\"b\"* OR \"c d\""
                                        << "\"a\"* NOT (\"b\"* OR \"c d\")";
    QTest::newRow("only exclusions have no match expression") << "-sport"
                                                              << ""
                                                              << "\"sport\"*"
                                                              << "";
    QTest::newRow("a lone minus is nothing") << "news - today"
                                             << "\"news\"* \"today\"*"
                                             << ""
                                             << "\"news\"* \"today\"*";
    QTest::newRow("hyphen inside a word is no exclusion") << "e-mail"
                                                          << "\"e-mail\"*"
                                                          << ""
                                                          << "\"e-mail\"*";
    QTest::newRow("operators are words")
        << "cats AND NOT dogs OR NEAR"
        << "\"cats\"* \"AND\"* \"NOT\"* \"dogs\"* \"OR\"* \"NEAR\"*"
        << ""
        << "\"cats\"* \"AND\"* \"NOT\"* \"dogs\"* \"OR\"* \"NEAR\"*";
    QTest::newRow("quote inside a word is doubled") << "say\"what"
                                                    << "\"say\"\"what\"*"
                                                    << ""
                                                    << "\"say\"\"what\"*";
    QTest::newRow("unknown operator names are text") << "rowid:1"
                                                     << "\"rowid:1\"*"
                                                     << ""
                                                     << "\"rowid:1\"*";
    QTest::newRow("punctuation-only terms are dropped") << "* ( ) \"\" - ^ \"!!\""
                                                        << ""
                                                        << ""
                                                        << "";
    QTest::newRow("letters outside ASCII") << "Zürich 東京"
                                           << "\"Zürich\"* \"東京\"*"
                                           << ""
                                           << "\"Zürich\"* \"東京\"*";
}

void TestSearchQuery::translation()
{
    QFETCH(QString, text);
    QFETCH(QString, include);
    QFETCH(QString, exclude);
    QFETCH(QString, match);

    const SearchQuery query(text);
    QCOMPARE(query.includeExpression(), include);
    QCOMPARE(query.excludeExpression(), exclude);
    QCOMPARE(query.matchExpression(), match);
    QCOMPARE(SearchQuery::toMatchExpression(text), match);
    QCOMPARE(query.isEmpty(), include.isEmpty() && exclude.isEmpty());
}

void TestSearchQuery::hostileInputIsNeverAnError_data()
{
    QTest::addColumn<QString>("text");

    for (const char *text : {"\"",
                             "\"\"",
                             "\"\"\"",
                             "NEAR(",
                             "NEAR(a b",
                             "*",
                             "a*b",
                             "^",
                             "^a",
                             "(",
                             ")",
                             "a)",
                             "{a b}: c",
                             "a:",
                             ":",
                             "-",
                             "--",
                             "-\"",
                             "- -a",
                             "AND",
                             "OR",
                             "NOT",
                             "a OR",
                             "NOT a",
                             "'",
                             "a'b",
                             "\\",
                             "%",
                             "_",
                             "a + b",
                             "+",
                             "\"a\" * \"b\"",
                             "col:\"x\"",
                             "\x7f",
                             "rowid:1",
                             "NEAR(\"a\" \"b\", 2)",
                             "a; DROP TABLE articles; --"})
        QTest::newRow(text) << QString::fromUtf8(text);
    QTest::newRow("lone surrogate") << QString(QChar(0xd800));
    QTest::newRow("emoji only") << QString::fromUtf8("\xf0\x9f\x8e\x89");
    QTest::newRow("combining mark only") << QString(QChar(0x0301));
    QTest::newRow("very long") << QString(5000, QLatin1Char('a'));
    QTest::newRow("many terms") << QStringLiteral("w ").repeated(500);
}

void TestSearchQuery::hostileInputIsNeverAnError()
{
    QFETCH(QString, text);

    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource("https://example.org/feed");
    Storage::ArticleRepository articles(library.connection());
    QVERIFY(articles.store(source,
                           TestSupport::makeFeed({TestSupport::makeItem(
                               "1", {}, "Anything", "<p>a b c with some words</p>")}),
                           QDateTime::currentDateTimeUtc()));

    // Straight to FTS5, and through the article list.
    const SearchQuery query(text);
    for (const QString &expression : {query.matchExpression(), query.excludeExpression()}) {
        if (expression.isEmpty())
            continue;
        QSqlQuery match(library.connection());
        match.prepare(
            QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"));
        match.addBindValue(expression);
        QVERIFY2(match.exec(),
                 qPrintable(expression + QLatin1String(": ") + match.lastError().text()));
    }
    Storage::ArticleFilter filter;
    filter.search = text;
    const QList<Storage::ArticleRow> rows = articles.list(filter);
    QVERIFY2(articles.errorMessage().isEmpty(), qPrintable(articles.errorMessage()));
    QVERIFY(rows.size() <= 1);
    QVERIFY(articles.count(filter) >= 0);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
