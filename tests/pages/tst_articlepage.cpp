#include "pages/articlepage.h"
#include "reading/articlecard.h"
#include "storage/articlerepository.h"

#include <QTest>

/// The article page names an article as the list does: by its title, or for an article
/// without one by the first sentence of its text, never by an empty heading.
class TestArticlePage final : public QObject
{
    Q_OBJECT

private slots:
    void headingNamesTheArticle_data();
    void headingNamesTheArticle();
    void relatedCardsNameTheirArticles();
};

namespace {

Pages::ArticlePageOptions options()
{
    Pages::ArticlePageOptions options;
    options.now = QDateTime(QDate(2026, 12, 8), QTime(9, 0));
    options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return options;
}

} // namespace

void TestArticlePage::headingNamesTheArticle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("excerpt");
    QTest::addColumn<QString>("heading");

    QTest::newRow("a title") << QStringLiteral("Harbour & bridge") << QStringLiteral("Repairs.")
                             << QStringLiteral("<h1 dir=\"auto\">Harbour &amp; bridge</h1>");
    QTest::newRow("a microblog post")
        << QString()
        << QStringLiteral("Low tide at noon! The causeway is open for two hours either side, so "
                          "walkers can cross to the island and be back before the water returns.")
        << QStringLiteral("<h1 dir=\"auto\">Low tide at noon!</h1>");
    QTest::newRow("nothing to go by")
        << QString() << QString() << QStringLiteral("<h1 dir=\"auto\">(untitled)</h1>");
}

void TestArticlePage::headingNamesTheArticle()
{
    QFETCH(QString, title);
    QFETCH(QString, excerpt);
    QFETCH(QString, heading);
    Storage::Article article;
    article.row.id = 7;
    article.row.sourceId = 1;
    article.row.sourceTitle = QStringLiteral("Harbour News");
    article.row.title = title;
    article.row.excerpt = excerpt;
    const QString page = Pages::ArticlePage::render(article, options());
    QVERIFY2(page.contains(heading), qPrintable(page));
}

void TestArticlePage::relatedCardsNameTheirArticles()
{
    Reading::ArticleCard titled;
    titled.id = 1;
    titled.title = QStringLiteral("Bridge reopens");
    titled.excerpt = QStringLiteral("Traffic crossed on Monday.");
    Reading::ArticleCard untitled;
    untitled.id = 2;
    untitled.excerpt = QStringLiteral("Fog on the estuary this morning. The pilot boats stayed in "
                                      "harbour until ten, and the ferry ran late all day long.");
    const QString html = Pages::ArticlePage::relatedSection({titled, untitled}, options());
    QVERIFY2(html.contains(QLatin1String("<p class=\"card-title\">Bridge reopens</p>")),
             qPrintable(html));
    QVERIFY2(
        html.contains(QLatin1String("<p class=\"card-excerpt\">Traffic crossed on Monday.</p>")),
        qPrintable(html));
    QVERIFY2(html.contains(
                 QLatin1String("<p class=\"card-title\">Fog on the estuary this morning.</p>")),
             qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<p class=\"card-excerpt\">The pilot boats stayed")),
             qPrintable(html));
}

QTEST_GUILESS_MAIN(TestArticlePage)
#include "tst_articlepage.moc"
