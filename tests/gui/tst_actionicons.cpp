// The tool bar's and menus' icons: the desktop theme's when there is one, else Tidings' own,
// drawn dark on a light palette and light on a dark one.

#include "ui/actionicons.h"
#include "ui/mainactions.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace {

/// The mean lightness of the icon's opaque pixels at 24 px; -1 when it has none.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor color = image.pixelColor(x, y);
            if (color.alpha() > 128) {
                sum += color.lightness();
                ++count;
            }
        }
    }
    return count > 0 ? int(sum / count) : -1;
}

} // namespace

class TestActionIcons final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void withoutAThemeEveryIconIsOurs_data();
    void withoutAThemeEveryIconIsOurs();
    void ourIconsComeLightAndDark();
    void aThemeIconWinsOverOurs();
};

void TestActionIcons::cleanup()
{
    QIcon::setThemeName(QString());
}

void TestActionIcons::withoutAThemeEveryIconIsOurs_data()
{
    QTest::addColumn<QString>("themeName");
    QTest::newRow("no theme") << QString();
    QTest::newRow("a theme that is not installed") << QStringLiteral("no-such-theme");
}

void TestActionIcons::withoutAThemeEveryIconIsOurs()
{
    QFETCH(QString, themeName);
    QIcon::setThemeName(themeName);
    QWidget window;
    Ui::MainActions actions(&window);
    // Every action of the tool bar, and every one the menus give an icon.
    const QList<QAction *> withIcons{
        actions.addSource,   actions.addFolder,      actions.importOpml,
        actions.exportOpml,  actions.refreshAll,     actions.quit,
        actions.fullScreen,  actions.focusSearch,    actions.layoutThreePanes,
        actions.layoutCards, actions.layoutWide,     actions.focusMode,
        actions.next,        actions.previous,       actions.nextUnread,
        actions.toggleRead,  actions.toggleBookmark, actions.openInBrowser,
        actions.copyLink,    actions.shareByEmail,   actions.loadFullArticle,
        actions.print,       actions.saveAsPdf,      actions.zoomIn,
        actions.zoomOut,     actions.resetZoom,      actions.markAllRead,
        actions.undo,        actions.settings,       actions.keyboardShortcuts,
        actions.about};
    for (QAction *action : withIcons) {
        QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
        QVERIFY2(inkLightness(action->icon()) >= 0, qPrintable(action->objectName()));
    }
}

void TestActionIcons::ourIconsComeLightAndDark()
{
    QIcon::setThemeName(QString());
    const QIcon forLight = Ui::ActionIcons::own(QStringLiteral("view-refresh"), false);
    const QIcon forDark = Ui::ActionIcons::own(QStringLiteral("view-refresh"), true);
    QVERIFY(!forLight.isNull());
    QVERIFY(!forDark.isNull());
    QVERIFY2(inkLightness(forLight) < 100, qPrintable(QString::number(inkLightness(forLight))));
    QVERIFY2(inkLightness(forDark) > 155, qPrintable(QString::number(inkLightness(forDark))));
    QVERIFY(Ui::ActionIcons::own(QStringLiteral("no-such-icon"), false).isNull());

    // The palette decides which.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    QVERIFY(Ui::ActionIcons::isDark(dark));
    QPalette light;
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    QVERIFY(!Ui::ActionIcons::isDark(light));

    // MainActions swaps them when the palette changes.
    QWidget window;
    Ui::MainActions actions(&window);
    actions.applyIcons(true);
    QVERIFY(inkLightness(actions.refreshAll->icon()) > 155);
    actions.applyIcons(false);
    QVERIFY(inkLightness(actions.refreshAll->icon()) < 100);
}

void TestActionIcons::aThemeIconWinsOverOurs()
{
    // A minimal icon theme holding one icon, a plain red square.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("testtheme/24x24/actions")));
    QFile index(dir.filePath(QStringLiteral("testtheme/index.theme")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=testtheme\nDirectories=24x24/actions\n\n"
                "[24x24/actions]\nSize=24\nType=Fixed\n");
    index.close();
    QImage red(24, 24, QImage::Format_ARGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(dir.filePath(QStringLiteral("testtheme/24x24/actions/view-refresh.png"))));
    QIcon::setThemeSearchPaths({dir.path()});
    QIcon::setThemeName(QStringLiteral("testtheme"));

    QWidget window;
    Ui::MainActions actions(&window);
    QCOMPARE(actions.refreshAll->icon().name(), QStringLiteral("view-refresh"));
    const QImage shown = actions.refreshAll->icon().pixmap(24, 24).toImage();
    QCOMPARE(shown.pixelColor(12, 12), QColor(Qt::red));
    // What the theme lacks is still ours.
    QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("view-grid")));
    QVERIFY(!actions.layoutCards->icon().isNull());
    QVERIFY(inkLightness(actions.layoutCards->icon()) >= 0);
}

QTEST_MAIN(TestActionIcons)
#include "tst_actionicons.moc"
