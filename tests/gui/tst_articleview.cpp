#include "base/settingskeys.h"
#include "httpserver.h"
#include "models/databaseworker.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "ui/article/aicardcontroller.h"
#include "ui/article/articleextrascontroller.h"
#include "ui/article/articlepane.h"
#include "ui/article/articlepanewiring.h"
#include "ui/webview/webarticleview.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

using TestSupport::HttpResponse;
using TestSupport::HttpServer;

namespace {

// A 1×1 PNG, served where a test wants to see whether an image was fetched.
const QByteArray pixel = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADU"
                                                "lEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

Storage::Article article(qint64 id, const QString &title, const QString &content)
{
    Storage::Article a;
    a.row.id = id;
    a.row.sourceId = 1;
    a.row.sourceTitle = QStringLiteral("Harbour Gazette");
    a.row.title = title;
    a.row.author = QStringLiteral("Ada Tern");
    a.row.link = QStringLiteral("http://127.0.0.1:9/story");
    a.row.date = QDateTime(QDate(2025, 5, 27), QTime(9, 30), Qt::LocalTime);
    a.content = content;
    return a;
}

QWebEnginePage *pageOf(Ui::ArticlePane &pane)
{
    auto *view = qobject_cast<Ui::WebArticleView *>(pane.articleView());
    return view ? view->webView()->page() : nullptr;
}

// Runs our own script in the application's world and returns its result.
QVariant evaluate(Ui::ArticlePane &pane, const QString &script)
{
    QVariant result;
    bool done = false;
    pageOf(pane)->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                [&](const QVariant &value) {
                                    result = value;
                                    done = true;
                                });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("script did not finish: %s", qPrintable(script));
    return result;
}

QString pageText(Ui::ArticlePane &pane)
{
    QString text;
    bool done = false;
    pane.articleView()->toPlainText([&](const QString &value) {
        text = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("no page text");
    return text;
}

// Shows the article and waits for the page to finish loading.
bool showAndWait(Ui::ArticlePane &pane, const Storage::Article &a)
{
    QSignalSpy ready(&pane, &Ui::ArticlePane::webViewReady);
    pane.showArticle(a);
    if (!pane.articleView() && !ready.wait(20000))
        return false;
    QSignalSpy loaded(pane.articleView(), &Ui::ArticleView::pageLoaded);
    return loaded.wait(20000) && loaded.constLast().at(1).toBool();
}

// The centre of the first element matching selector, in view coordinates.
QPoint centreOf(Ui::ArticlePane &pane, const QString &selector)
{
    const QVariantList box =
        evaluate(pane, QStringLiteral("(function(){var r=document.querySelector('%1')"
                                      ".getBoundingClientRect();return [r.left+r.width/2,"
                                      "r.top+r.height/2];})()")
                           .arg(selector))
            .toList();
    if (box.size() != 2)
        return {};
    const qreal zoom = pageOf(pane)->zoomFactor();
    return QPoint(int(box.at(0).toDouble() * zoom), int(box.at(1).toDouble() * zoom));
}

void click(Ui::ArticlePane &pane, const QPoint &at)
{
    auto *view = qobject_cast<Ui::WebArticleView *>(pane.articleView());
    QWidget *target = view->webView()->focusProxy();
    QTest::mouseClick(target, Qt::LeftButton, {}, at);
}

} // namespace

class TestArticleView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void storyWithItsSourceDateAndRelatedCards();
    void hostileArticleRunsNothing_data();
    void hostileArticleRunsNothing();
    void linkClicksOpenOutsideAndCardsOpenArticles();
    void remoteImagesFollowTheSetting_data();
    void remoteImagesFollowTheSetting();
    void commentFeedIsLoadedOnDemand();
    void scrollPositionIsKeptPerArticle();
    void savesTheArticleAsPdf();
    void fullArticleOnRequestOrAlwaysForItsSource_data();
    void fullArticleOnRequestOrAlwaysForItsSource();
    void aiCardIsAHintWhileOffAndSummarizesWhenOn();

private:
    QTemporaryDir m_dir;
    HttpServer m_server;
    std::unique_ptr<Ui::ArticlePane> m_pane;
};

void TestArticleView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
    m_server.route("/pixel.png", HttpResponse::ok(pixel, "image/png"));
}

void TestArticleView::init()
{
    m_server.clearRequests();
    m_pane = std::make_unique<Ui::ArticlePane>(m_dir.path());
    m_pane->resize(900, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestArticleView::cleanup()
{
    m_pane.reset();
}

void TestArticleView::storyWithItsSourceDateAndRelatedCards()
{
    Storage::Article story = article(3, QStringLiteral("Spring tides return"),
                                     QStringLiteral("<p>The harbour flooded twice.</p>"));
    story.categories = {QStringLiteral("Weather"), QStringLiteral("<b>Coast</b>")};
    QVERIFY(showAndWait(*m_pane, story));
    QCOMPARE(pageOf(*m_pane)->url(), Pages::ArticlePage::articleUrl(3));
    // Its own profile, kept in the profile folder, never the shared default one.
    QWebEngineProfile *webProfile = pageOf(*m_pane)->profile();
    QVERIFY(webProfile != QWebEngineProfile::defaultProfile());
    QVERIFY(!webProfile->isOffTheRecord());
    QVERIFY2(webProfile->persistentStoragePath().startsWith(m_dir.path()),
             qPrintable(webProfile->persistentStoragePath()));
    QString text = pageText(*m_pane);
    QVERIFY2(text.contains(QLatin1String("Spring tides return")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("HARBOUR GAZETTE"), Qt::CaseInsensitive));
    QVERIFY(text.contains(QLatin1String("The harbour flooded twice.")));
    QVERIFY(text.contains(QLatin1String("by Ada Tern")));
    QVERIFY(text.contains(QLatin1String("27-05-2025")));
    QVERIFY(text.contains(QLatin1String("Weather")));
    QVERIFY(text.contains(QLatin1String("<b>Coast</b>"))); // A tag is text, never markup.

    Reading::ArticleCard first{11,
                               QStringLiteral("Neap tides explained"),
                               QStringLiteral("Sea Notes"),
                               QDateTime::currentDateTimeUtc(),
                               QStringLiteral("Why the range shrinks."),
                               {}};
    Reading::ArticleCard second{12,
                                QStringLiteral("Moon and water"),
                                QStringLiteral("Sky Weekly"),
                                QDateTime::currentDateTimeUtc(),
                                QStringLiteral("Gravity at work."),
                                {}};
    Reading::ArticleCard same{
        13, QStringLiteral("Lifeboat drill on Sunday"), QStringLiteral("Harbour Gazette"), {}, {},
        {}};
    m_pane->setRelated(3, {first, second}, {same});
    QTRY_VERIFY(pageText(*m_pane).contains(QLatin1String("Moon and water")));
    text = pageText(*m_pane);
    QVERIFY(text.contains(QLatin1String("Related Articles")));
    QVERIFY(text.contains(QLatin1String("Neap tides explained")));
    QVERIFY(text.contains(QLatin1String("Sky Weekly")));
    QVERIFY(text.contains(QLatin1String("More from Harbour Gazette")));
    QVERIFY(text.contains(QLatin1String("Lifeboat drill on Sunday")));

    // Cards for an article no longer shown are dropped.
    m_pane->setRelated(99, {same}, {});
    QVERIFY(!m_pane->html().contains(QLatin1String("tidings://article/99")));
}

void TestArticleView::hostileArticleRunsNothing_data()
{
    QTest::addColumn<QString>("html");
    // Each would create #pwned, change the title or fetch /evil from the test server if
    // anything in it ran. The sanitizer removes all of this before storage; the page must
    // hold even when handed it raw.
    const QString evil = m_server.url(QStringLiteral("/evil")).toString();
    const QString mark = QStringLiteral(
        "var e=document.createElement('p');e.id='pwned';document.body.appendChild(e);"
        "document.title='pwned';");
    QTest::newRow("script element") << QStringLiteral("<script>%1</script>").arg(mark);
    QTest::newRow("external script") << QStringLiteral("<script src=\"%1.js\"></script>").arg(evil);
    QTest::newRow("onerror handler")
        << QStringLiteral("<img src=\"data:,x\" onerror=\"%1\">").arg(mark);
    QTest::newRow("onload on svg")
        << QStringLiteral("<svg onload=\"%1\"><script>%1</script></svg>").arg(mark);
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"%1.html\"></iframe>").arg(evil);
    QTest::newRow("iframe srcdoc")
        << QStringLiteral("<iframe srcdoc=\"<script>parent.document.title='pwned'</script>\">"
                          "</iframe>");
    QTest::newRow("meta refresh")
        << QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=%1.html\">").arg(evil);
    QTest::newRow("css that fetches")
        << QStringLiteral("<style>@import url(%1.css);@font-face{font-family:x;src:url(%1.woff)}"
                          "p{font-family:x}</style><p>text</p>")
               .arg(evil);
    QTest::newRow("object and embed")
        << QStringLiteral("<object data=\"%1.swf\"></object><embed src=\"%1.swf\">").arg(evil);
    QTest::newRow("self-submitting form")
        << QStringLiteral("<form id=f action=\"%1.form\" method=post><input name=a value=b>"
                          "</form><img src=\"data:,x\" onerror=\"document.forms[0].submit()\">")
               .arg(evil);
    QTest::newRow("javascript link")
        << QStringLiteral("<a id=\"bad\" href=\"javascript:%1\">click</a>").arg(mark);
}

void TestArticleView::hostileArticleRunsNothing()
{
    QFETCH(QString, html);
    QVERIFY(showAndWait(*m_pane, article(5, QStringLiteral("Hostile"), html)));
    // Feed script never runs, so nothing in the page can say that its timers had their turn:
    // this wait is the one fixed wait left on purpose, the chance a hostile timer, refresh or
    // late load would need. What it guards is checked both in the page and at the server.
    QTest::qWait(300);
    if (html.contains(QLatin1String("id=\"bad\""))) {
        click(*m_pane, centreOf(*m_pane, QStringLiteral("#bad")));
        QTest::qWait(300);
    }
    QCOMPARE(evaluate(*m_pane, QStringLiteral("document.getElementById('pwned') === null")),
             QVariant(true));
    QCOMPARE(pageOf(*m_pane)->title(), QStringLiteral("Hostile"));
    QCOMPARE(pageOf(*m_pane)->url(), Pages::ArticlePage::articleUrl(5));
    const QList<TestSupport::HttpRequest> requests = m_server.requests();
    QVERIFY2(requests.isEmpty(), requests.isEmpty() ? "" : requests.constFirst().path.constData());
}

void TestArticleView::linkClicksOpenOutsideAndCardsOpenArticles()
{
    const QUrl outside = m_server.url(QStringLiteral("/elsewhere"));
    QVERIFY(showAndWait(*m_pane, article(6, QStringLiteral("Links"),
                                         QStringLiteral("<p><a id=\"out\" href=\"%1\">more</a></p>")
                                             .arg(outside.toString()))));
    QSignalSpy links(m_pane.get(), &Ui::ArticlePane::linkClicked);
    click(*m_pane, centreOf(*m_pane, QStringLiteral("#out")));
    QTRY_COMPARE(links.count(), 1);
    QCOMPARE(links.constFirst().at(0).toUrl(), outside);
    QCOMPARE(pageOf(*m_pane)->url(), Pages::ArticlePage::articleUrl(6));
    QVERIFY(m_server.requestsFor("/elsewhere").isEmpty());

    m_pane->setRelated(6, {{21, QStringLiteral("A related one"), {}, {}, {}, {}}}, {});
    QTRY_VERIFY(pageText(*m_pane).contains(QLatin1String("A related one")));
    QSignalSpy opened(m_pane.get(), &Ui::ArticlePane::articleRequested);
    click(*m_pane, centreOf(*m_pane, QStringLiteral("#related .card")));
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.constFirst().at(0).toLongLong(), 21);
    QCOMPARE(links.count(), 1);
}

void TestArticleView::remoteImagesFollowTheSetting_data()
{
    QTest::addColumn<bool>("load");
    QTest::newRow("on") << true;
    QTest::newRow("off") << false;
}

void TestArticleView::remoteImagesFollowTheSetting()
{
    QFETCH(bool, load);
    m_pane->setLoadRemoteImages(load);
    const QString image = m_server.url(QStringLiteral("/pixel.png")).toString();
    QVERIFY(showAndWait(*m_pane, article(7, QStringLiteral("Pictures"),
                                         QStringLiteral("<p><img src=\"%1\"></p>").arg(image))));
    if (load) {
        QTRY_COMPARE(m_server.requestsFor("/pixel.png").size(), 1);
        const TestSupport::HttpRequest request = m_server.requestsFor("/pixel.png").constFirst();
        QVERIFY(request.header("Referer").isEmpty());
        QVERIFY(request.header("Cookie").isEmpty());
    } else {
        // loadFinished, which showAndWait() waited for, comes after every subresource the
        // page asked for: a request for the image would have reached the server by then.
        QVERIFY(m_server.requestsFor("/pixel.png").isEmpty());
    }
}

void TestArticleView::commentFeedIsLoadedOnDemand()
{
    m_server.route("/comments.xml",
                   HttpResponse::ok("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                                    "<title>Comments</title><item><title>Re</title>"
                                    "<author>gull@example.org (Gulliver)</author>"
                                    "<description>&lt;p&gt;Saw it from the pier.&lt;/p&gt;"
                                    "</description></item></channel></rss>",
                                    "application/rss+xml"));
    const Storage::Profile profile(m_dir.filePath(QStringLiteral("library")));
    QString error;
    auto library = Storage::Library::open(profile, &error);
    QVERIFY2(library, qPrintable(error));
    Models::DatabaseWorker worker(library->database().filePath());
    QNetworkAccessManager network;
    Ui::ArticleExtrasController extras(*library, m_pane.get(), &worker, &network);
    Ui::connectPane(m_pane.get(), &extras);

    Storage::Article a = article(8, QStringLiteral("Storm"), QStringLiteral("<p>Wind.</p>"));
    a.commentFeedUrl = m_server.url(QStringLiteral("/comments.xml")).toString();
    a.commentCount = 1;
    QVERIFY(showAndWait(*m_pane, a));
    QVERIFY(pageText(*m_pane).contains(QLatin1String("Show comments")));
    QVERIFY(m_server.requestsFor("/comments.xml").isEmpty());

    click(*m_pane, centreOf(*m_pane, QStringLiteral("#comments .action")));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(*m_pane).contains(QLatin1String("Saw it from the pier.")),
                             10000);
    QVERIFY(pageText(*m_pane).contains(QLatin1String("Gulliver")));
    QCOMPARE(m_server.requestsFor("/comments.xml").size(), 1);
}

void TestArticleView::scrollPositionIsKeptPerArticle()
{
    const QString longText = QStringLiteral("<p>Line of the long story.</p>").repeated(300);
    QVERIFY(showAndWait(*m_pane, article(9, QStringLiteral("Long"), longText)));
    evaluate(*m_pane, QStringLiteral("window.scrollTo(0, 1500)"));
    QTRY_VERIFY(pageOf(*m_pane)->scrollPosition().y() > 1000);
    QVERIFY(showAndWait(*m_pane, article(10, QStringLiteral("Short"), QStringLiteral("<p>x</p>"))));
    QVERIFY(showAndWait(*m_pane, article(9, QStringLiteral("Long"), longText)));
    QTRY_VERIFY(pageOf(*m_pane)->scrollPosition().y() > 1000);
}

void TestArticleView::savesTheArticleAsPdf()
{
    QVERIFY(showAndWait(*m_pane, article(12, QStringLiteral("For the archive"),
                                         QStringLiteral("<p>Kept on paper.</p>"))));
    const QString path = m_dir.filePath(QStringLiteral("article.pdf"));
    QSignalSpy saved(m_pane->articleView(), &Ui::ArticleView::pdfSaved);
    m_pane->articleView()->saveAsPdf(path);
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.constFirst().at(0).toString(), path);
    QVERIFY(saved.constFirst().at(1).toBool());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TestArticleView::fullArticleOnRequestOrAlwaysForItsSource_data()
{
    QTest::addColumn<bool>("always");
    QTest::newRow("on request") << false;
    QTest::newRow("always for the source") << true;
}

void TestArticleView::fullArticleOnRequestOrAlwaysForItsSource()
{
    QFETCH(bool, always);
    const QByteArray page =
        "<html><head><title>Dredging the channel</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Dredging the "
        "channel</h1><p>The dredger arrived on Monday and will work through the spring, "
        "deepening the approach so that larger ferries can berth at low water.</p><p>Crews "
        "expect to lift forty thousand tonnes of silt, which will be spread on the salt "
        "marsh to help it keep pace with the rising sea.</p></article>"
        "<footer>Copyright the Harbour Gazette</footer></body></html>";
    m_server.route("/dredging", HttpResponse::ok(page, "text/html; charset=utf-8"));
    QTemporaryDir dir;
    const Storage::Profile profile(dir.path());
    QString error;
    auto library = Storage::Library::open(profile, &error);
    QVERIFY2(library, qPrintable(error));
    QSqlQuery query(library->database().connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sources (id, feed_url, title, "
                                      "load_full_article) VALUES (1, 'http://127.0.0.1/f', "
                                      "'Harbour Gazette', %1)")
                           .arg(always ? 1 : 0)));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO articles (id, source_id, identity, title, "
                                         "link) VALUES (40, 1, 'g:40', 'Dredging', ?)")));
    query.addBindValue(m_server.url(QStringLiteral("/dredging")).toString());
    QVERIFY(query.exec());
    const std::optional<Storage::Article> stored =
        Storage::ArticleRepository(library->database().connection()).article(40);
    QVERIFY(stored);
    Models::DatabaseWorker worker(library->database().filePath());
    QNetworkAccessManager network;
    Ui::ArticleExtrasController extras(*library, m_pane.get(), &worker, &network);
    Ui::connectPane(m_pane.get(), &extras);

    QVERIFY(showAndWait(*m_pane, *stored));
    if (!always) {
        QVERIFY(pageText(*m_pane).contains(QLatin1String("Load full article")));
        QVERIFY(m_server.requestsFor("/dredging").isEmpty());
        click(*m_pane, centreOf(*m_pane, QStringLiteral(".full-article .action")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(pageText(*m_pane).contains(QLatin1String("forty thousand tonnes")),
                             10000);
    const QString text = pageText(*m_pane);
    QVERIFY(!text.contains(QLatin1String("Copyright the Harbour Gazette")));
    QVERIFY(!text.contains(QLatin1String("Load full article")));
    QCOMPARE(m_server.requestsFor("/dredging").size(), 1);
    // Kept: the next time the article is read, it comes from the library.
    QVERIFY(Storage::ArticleRepository(library->database().connection())
                .article(40)
                ->fullContent.contains(QLatin1String("forty thousand tonnes")));
}

void TestArticleView::aiCardIsAHintWhileOffAndSummarizesWhenOn()
{
    QTemporaryDir dir;
    const Storage::Profile profile(dir.path());
    QString error;
    auto library = Storage::Library::open(profile, &error);
    QVERIFY2(library, qPrintable(error));
    // A remote server is configured but AI is off: nothing may reach it.
    library->settings().setValue(QLatin1String(SettingsKeys::AiProvider), QStringLiteral("remote"));
    library->settings().setValue(QLatin1String(SettingsKeys::AiBaseUrl),
                                 m_server.url(QStringLiteral("/v1")).toString());
    const QString body = QStringLiteral(
        "<p>The council voted on Tuesday to rebuild the north pier. The old pier was closed in "
        "March after a storm cracked two of its pillars. Engineers say the new pier will stand "
        "on steel piles driven deep into the bedrock. Work starts in May and should take a "
        "year. Fishing boats will use the south quay until then. The ferry timetable does not "
        "change.</p>");
    QSqlQuery query(library->database().connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO sources (id, feed_url, title) VALUES (1, 'http://x/f', 'G')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO articles (id, source_id, identity, title) "
                                      "VALUES (50, 1, 'g:50', 'Pier')")));
    Storage::Article a = article(50, QStringLiteral("Pier"), body);
    QNetworkAccessManager network;
    Ui::AiCardController ai(*library, m_pane.get(), &network);
    Ui::connectPane(m_pane.get(), &ai);
    QSignalSpy settingsWanted(&ai, &Ui::AiCardController::settingsRequested);

    QVERIFY(showAndWait(*m_pane, a));
    QTRY_VERIFY(pageText(*m_pane).contains(QLatin1String("Try AI features")));
    QVERIFY(!pageText(*m_pane).contains(QLatin1String("Summarize")));
    click(*m_pane, centreOf(*m_pane, QStringLiteral("#ai .hint-action")));
    QTRY_COMPARE(settingsWanted.count(), 1);

    library->settings().setValue(QLatin1String(SettingsKeys::AiEnabled), true);
    library->settings().setValue(QLatin1String(SettingsKeys::AiProvider),
                                 QStringLiteral("builtin"));
    ai.reloadSettings();
    QTRY_VERIFY(pageText(*m_pane).contains(QLatin1String("Summarize")));
    QVERIFY(!pageText(*m_pane).contains(QLatin1String("Translate"))); // Not offline.
    click(*m_pane, centreOf(*m_pane, QStringLiteral("#ai .action")));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(*m_pane).contains(QLatin1String("AI output can be wrong")),
                             10000);
    const QString text = pageText(*m_pane);
    QVERIFY(text.contains(QLatin1String("Summary")));
    QVERIFY(text.contains(QLatin1String("rebuild the north pier")));
    QVERIFY(m_server.requests().isEmpty());

    // Kept: reading the article again shows the summary without asking.
    QVERIFY(showAndWait(*m_pane, article(51, QStringLiteral("Other"), QStringLiteral("<p>x</p>"))));
    QVERIFY(showAndWait(*m_pane, a));
    QTRY_VERIFY(pageText(*m_pane).contains(QLatin1String("rebuild the north pier")));
}

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
