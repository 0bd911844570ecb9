#include "emptystatewidget.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

EmptyStateWidget::EmptyStateWidget(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Welcome to Tidings"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *explanation = new QLabel(
        tr("Add the news sites and feeds you follow, and their new articles will gather here. "
           "Give Tidings a website's address and it finds the feed for you."),
        this);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);
    explanation->setForegroundRole(QPalette::PlaceholderText);

    m_addSourceButton = new QPushButton(tr("Add a source…"), this);
    m_addSourceButton->setObjectName(QStringLiteral("addSourceButton"));
    m_addSourceButton->setDefault(true);
    m_addSourceButton->setAutoDefault(true);
    m_importButton = new QPushButton(tr("Import OPML…"), this);
    m_importButton->setObjectName(QStringLiteral("importOpmlButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addSourceButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch();

    // A column of readable width, centred; a word-wrapped label needs a width-constrained
    // parent rather than an alignment flag to get its height right.
    auto *column = new QWidget(this);
    column->setMaximumWidth(440);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(explanation);
    columnLayout->addSpacing(16);
    columnLayout->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch();

    connect(m_addSourceButton, &QPushButton::clicked, this, &EmptyStateWidget::addSourceRequested);
    connect(m_importButton, &QPushButton::clicked, this, &EmptyStateWidget::importOpmlRequested);
}

} // namespace Ui
