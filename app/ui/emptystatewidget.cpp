#include "ui/emptystatewidget.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

constexpr int FeedRole = Qt::UserRole + 1;

QString topicTitle(const QString &id)
{
    if (id == QLatin1String("world"))
        return EmptyStateWidget::tr("World news");
    if (id == QLatin1String("technology"))
        return EmptyStateWidget::tr("Technology");
    if (id == QLatin1String("science"))
        return EmptyStateWidget::tr("Science");
    if (id == QLatin1String("business"))
        return EmptyStateWidget::tr("Business");
    if (id == QLatin1String("culture"))
        return EmptyStateWidget::tr("Culture");
    return id;
}

} // namespace

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
    m_addSourceButton->setAccessibleDescription(tr("Subscribe to a feed or a website"));
    m_importButton = new QPushButton(tr("Import OPML…"), this);
    m_importButton->setObjectName(QStringLiteral("importOpmlButton"));
    m_importButton->setAccessibleDescription(
        tr("Subscribe to the feeds listed in an OPML file from another reader"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addSourceButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch();

    auto *starterLabel = new QLabel(tr("Or start with some well-known feeds:"), this);
    m_starterList = new QTreeWidget(this);
    m_starterList->setObjectName(QStringLiteral("starterFeedList"));
    m_starterList->setAccessibleName(tr("Well-known feeds"));
    m_starterList->setAccessibleDescription(
        tr("Topics and their feeds; Space ticks one, then subscribe to the ticked feeds"));
    m_starterList->setHeaderHidden(true);
    m_starterList->setColumnCount(2);
    m_starterList->header()->setStretchLastSection(false);
    m_starterList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_starterList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    starterLabel->setBuddy(m_starterList);
    m_subscribeButton = new QPushButton(tr("Subscribe to the ticked feeds"), this);
    m_subscribeButton->setObjectName(QStringLiteral("subscribeStarterButton"));
    m_subscribeButton->setAccessibleDescription(tr("Subscribe to the feeds ticked above"));
    fillStarterList();

    // A column of readable width, centred; a word-wrapped label needs a width-constrained
    // parent rather than an alignment flag to get its height right.
    auto *column = new QWidget(this);
    column->setMaximumWidth(460);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(explanation);
    columnLayout->addSpacing(16);
    columnLayout->addLayout(buttons);
    columnLayout->addSpacing(24);
    columnLayout->addWidget(starterLabel);
    columnLayout->addWidget(m_starterList, 1);
    columnLayout->addWidget(m_subscribeButton, 0, Qt::AlignRight);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row, 6);
    layout->addStretch(1);

    connect(m_addSourceButton, &QPushButton::clicked, this, &EmptyStateWidget::addSourceRequested);
    connect(m_importButton, &QPushButton::clicked, this, &EmptyStateWidget::importOpmlRequested);
    connect(m_starterList, &QTreeWidget::itemChanged, this,
            &EmptyStateWidget::updateSubscribeButton);
    connect(m_subscribeButton, &QPushButton::clicked, this,
            [this] { emit starterFeedsChosen(checkedFeeds()); });
    setTabOrder(m_addSourceButton, m_importButton);
    setTabOrder(m_importButton, m_starterList);
    setTabOrder(m_starterList, m_subscribeButton);
}

void EmptyStateWidget::fillStarterList()
{
    QFile file{QString::fromLatin1(StarterFeedsResource)};
    const QList<Models::StarterTopic> topics = file.open(QIODevice::ReadOnly)
                                                   ? Models::readStarterFeeds(file.readAll())
                                                   : QList<Models::StarterTopic>();
    for (const Models::StarterTopic &topic : topics) {
        auto *topicItem = new QTreeWidgetItem(m_starterList, {topicTitle(topic.id)});
        topicItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        topicItem->setCheckState(0, Qt::Unchecked);
        for (const Models::StarterFeed &feed : topic.feeds) {
            auto *item = new QTreeWidgetItem(topicItem, {feed.title, feed.language});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren);
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0, feed.url.toDisplayString());
            item->setData(0, FeedRole, QVariant::fromValue(feed.url));
            item->setData(1, FeedRole, QVariant::fromValue(feed.siteUrl));
        }
    }
    m_starterList->setVisible(!topics.isEmpty());
    updateSubscribeButton();
}

QList<Models::StarterFeed> EmptyStateWidget::checkedFeeds() const
{
    QList<Models::StarterFeed> feeds;
    for (int t = 0; t < m_starterList->topLevelItemCount(); ++t) {
        const QTreeWidgetItem *topic = m_starterList->topLevelItem(t);
        for (int f = 0; f < topic->childCount(); ++f) {
            const QTreeWidgetItem *item = topic->child(f);
            if (item->checkState(0) != Qt::Checked)
                continue;
            Models::StarterFeed feed;
            feed.title = item->text(0);
            feed.language = item->text(1);
            feed.url = item->data(0, FeedRole).toUrl();
            feed.siteUrl = item->data(1, FeedRole).toUrl();
            feeds.append(feed);
        }
    }
    return feeds;
}

void EmptyStateWidget::updateSubscribeButton()
{
    m_subscribeButton->setEnabled(!checkedFeeds().isEmpty());
    m_subscribeButton->setVisible(m_starterList->topLevelItemCount() > 0);
}

} // namespace Ui
