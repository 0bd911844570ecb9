#include "models/articlelistmodel.h"
#include "ui/carddelegate.h"

#include <QImage>
#include <QPainter>
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

QImage paintCard(const QString &highlight, bool selected)
{
    QStandardItemModel model(1, 1);
    const QModelIndex index = model.index(0, 0);
    model.setData(index, QStringLiteral("Harbour bridge reopens"), ArticleListModel::TitleRole);
    model.setData(index, QStringLiteral("Harbour News"), ArticleListModel::SourceTitleRole);
    model.setData(index, 1, ArticleListModel::SourceIdRole);
    model.setData(index, true, ArticleListModel::ReadRole);
    model.setData(index, highlight, ArticleListModel::HighlightRole);

    Ui::CardDelegate delegate(nullptr);
    delegate.setColors(Face, Outline);
    delegate.setCellSize(Cell);
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

QTEST_MAIN(TestCardDelegate)
#include "tst_carddelegate.moc"
