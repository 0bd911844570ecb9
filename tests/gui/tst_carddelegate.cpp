#include "models/articlelistmodel.h"
#include "ui/carddelegate.h"

#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

using Models::ArticleListModel;

namespace {

const QColor Face(250, 250, 250);
const QColor Outline(200, 200, 200);
const QSize Cell(300, 320);

// The rule's bar along the card's left edge, inside the selection's 3 px outline, and a point
// of the text area away from the text and the rounded corners (Ui::CardDelegate: a 6 px margin,
// a 5 px bar, 12 px of padding).
const QPoint LeftEdge(6 + 4, 260);
const QPoint TextArea(300 - 6 - 6, 320 - 6 - 6);
// Below the picture band, which is 9/20 as tall as the card is wide.
const int TextTop = 6 + (300 - 2 * 6) * 9 / 20;

QImage paintCard(const QString &highlight, bool selected, const QStringList &terms = {})
{
    QStandardItemModel model(1, 1);
    const QModelIndex index = model.index(0, 0);
    model.setData(index, QStringLiteral("Harbour bridge reopens"), ArticleListModel::TitleRole);
    model.setData(index, QStringLiteral("Harbour News"), ArticleListModel::SourceTitleRole);
    model.setData(index, 1, ArticleListModel::SourceIdRole);
    model.setData(index, true, ArticleListModel::ReadRole);
    model.setData(index, highlight, ArticleListModel::HighlightRole);
    model.setData(index, QStringLiteral("The cables were replaced over the winter."),
                  ArticleListModel::ExcerptRole);

    Ui::CardDelegate delegate(nullptr);
    delegate.setColors(Face, Outline);
    delegate.setCellSize(Cell);
    delegate.setHighlightTerms(terms);
    QImage image(Cell, QImage::Format_RGB32);
    image.fill(Qt::white);
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), Cell);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    if (selected)
        option.state |= QStyle::State_Selected;
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

} // namespace

class TestCardDelegate final : public QObject
{
    Q_OBJECT

private slots:
    void ruleHighlightIsPainted_data();
    void ruleHighlightIsPainted();
    void searchMatchesAreMarked_data();
    void searchMatchesAreMarked();
};

void TestCardDelegate::ruleHighlightIsPainted_data()
{
    QTest::addColumn<QString>("highlight");
    QTest::addColumn<bool>("selected");
    QTest::newRow("no rule") << QString() << false;
    QTest::newRow("no rule, selected") << QString() << true;
    QTest::newRow("a rule's colour") << QStringLiteral("#cc3300") << false;
    QTest::newRow("a rule's colour, selected") << QStringLiteral("#2266dd") << true;
    QTest::newRow("not a colour") << QStringLiteral("nonsense") << false;
}

void TestCardDelegate::ruleHighlightIsPainted()
{
    QFETCH(QString, highlight);
    QFETCH(bool, selected);
    const QImage card = paintCard(highlight, selected);
    const QColor rule(highlight);

    if (!rule.isValid()) {
        QCOMPARE(card.pixelColor(TextArea), Face);
        QVERIFY(card.pixelColor(LeftEdge) != QColor(Qt::white));
        return;
    }
    // The bar along the left edge, in the rule's colour.
    QCOMPARE(card.pixelColor(LeftEdge), rule);
    // The text area tinted with it: between the face and the rule's colour, nearer the face.
    const QColor tinted = card.pixelColor(TextArea);
    QVERIFY2(tinted != Face, qPrintable(tinted.name()));
    for (const auto channel : {&QColor::red, &QColor::green, &QColor::blue}) {
        const int face = (Face.*channel)();
        const int colour = (rule.*channel)();
        const int value = (tinted.*channel)();
        QVERIFY2(value >= std::min(face, colour) && value <= std::max(face, colour),
                 qPrintable(tinted.name()));
        QVERIFY2(std::abs(value - face) <= std::abs(colour - face) / 4 + 1,
                 qPrintable(tinted.name()));
    }
}

void TestCardDelegate::searchMatchesAreMarked_data()
{
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<bool>("marked");
    QTest::newRow("in the title") << QStringList{QStringLiteral("bridge")} << true;
    QTest::newRow("in the excerpt") << QStringList{QStringLiteral("winter")} << true;
    QTest::newRow("a word's beginning") << QStringList{QStringLiteral("harb")} << true;
    QTest::newRow("nowhere") << QStringList{QStringLiteral("zebra")} << false;
}

void TestCardDelegate::searchMatchesAreMarked()
{
    QFETCH(QStringList, terms);
    QFETCH(bool, marked);
    const QImage plain = paintCard({}, false);
    const QImage searched = paintCard({}, false, terms);
    QCOMPARE(searched != plain, marked);
    if (!marked)
        return;
    // A mark is a tint of the accent colour behind the word: some pixels of the text area
    // lean towards it, none of the picture band changes.
    const QColor accent = QPalette().color(QPalette::Active, QPalette::Highlight);
    int tinted = 0;
    for (int y = 0; y < Cell.height(); ++y) {
        for (int x = 0; x < Cell.width(); ++x) {
            const QColor before = plain.pixelColor(x, y);
            const QColor after = searched.pixelColor(x, y);
            if (before == after)
                continue;
            QVERIFY2(y > TextTop, "the picture band changed");
            if (before == Face && std::abs(after.hue() - accent.hue()) <= 10)
                ++tinted;
        }
    }
    QVERIFY2(tinted > 20, qPrintable(QString::number(tinted)));
}

QTEST_MAIN(TestCardDelegate)
#include "tst_carddelegate.moc"
