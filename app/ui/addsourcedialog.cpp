#include "ui/addsourcedialog.h"

#include "subscriptions/subscriptionurl.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace Ui {

namespace {

// Folder titles indented by depth, parents first (the order FolderRepository::all gives).
void fillFolders(QComboBox *combo, const QList<Storage::Folder> &folders)
{
    QHash<qint64, int> depth;
    combo->addItem(AddSourceDialog::tr("(top level)"), qint64(0));
    for (const Storage::Folder &folder : folders) {
        const int level = folder.parentId > 0 ? depth.value(folder.parentId) + 1 : 0;
        depth.insert(folder.id, level);
        combo->addItem(QString(level * 2, QLatin1Char(' ')) + folder.title, folder.id);
    }
}

} // namespace

AddSourceDialog::AddSourceDialog(QNetworkAccessManager *network,
                                 const QList<Storage::Folder> &folders, qint64 folderId,
                                 QWidget *parent)
    : QDialog(parent), m_discoverer(new Subscriptions::FeedDiscoverer(network, this))
{
    setWindowTitle(tr("Add a Source"));
    setObjectName(QStringLiteral("addSourceDialog"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("sourceAddress"));
    m_address->setPlaceholderText(tr("https://example.org or a feed address"));
    m_address->setAccessibleDescription(
        tr("A website, whose feed Tidings finds, or the address of a feed"));
    m_folder = new QComboBox(this);
    m_folder->setObjectName(QStringLiteral("sourceFolder"));
    fillFolders(m_folder, folders);
    m_folder->setCurrentIndex(std::max(0, m_folder->findData(folderId)));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("addSourceStatus"));
    m_status->setWordWrap(true);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("feedCandidates"));
    m_candidates->setAccessibleName(tr("Feeds found"));
    m_candidates->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Subscribe"));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Address:"), m_address);
    layout->addRow(tr("&Folder:"), m_folder);
    layout->addRow(m_status);
    layout->addRow(m_candidates);
    layout->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddSourceDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_candidates, &QListWidget::itemActivated, this, &AddSourceDialog::submit);
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        // A new address: what was found for the old one no longer applies.
        m_found.clear();
        m_candidates->clear();
        m_candidates->hide();
        m_status->clear();
    });
    connect(m_discoverer, &Subscriptions::FeedDiscoverer::finished, this,
            &AddSourceDialog::onDiscovered);
    resize(560, sizeHint().height());
}

void AddSourceDialog::setAddress(const QString &address)
{
    m_address->setText(address);
}

void AddSourceDialog::submit()
{
    if (m_discoverer->isRunning())
        return;
    if (!m_found.isEmpty()) {
        const int row = std::max(0, m_candidates->currentRow());
        finish(m_found.at(row), m_pageUrl);
        return;
    }
    const Subscriptions::SubscriptionUrl url =
        Subscriptions::parseSubscriptionUrl(m_address->text());
    if (!url.ok()) {
        showError(url.error);
        return;
    }
    setBusy(true);
    m_status->setText(tr("Looking for feeds at %1…").arg(url.url.toDisplayString()));
    m_discoverer->discover(url.url);
}

void AddSourceDialog::onDiscovered(const Subscriptions::DiscoveryResult &result)
{
    setBusy(false);
    if (!result.ok()) {
        showError(result.error);
        return;
    }
    if (result.feeds.isEmpty()) {
        showError(tr("No feed found at this address."));
        return;
    }
    m_pageUrl = result.pageUrl;
    if (result.feeds.size() == 1) {
        finish(result.feeds.constFirst(), result.pageUrl);
        return;
    }
    m_found = result.feeds;
    m_candidates->clear();
    for (const Subscriptions::FeedCandidate &feed : std::as_const(m_found)) {
        const QString title = feed.title.isEmpty() ? feed.url.toDisplayString() : feed.title;
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(title, Feeds::familyName(feed.type)),
                                         m_candidates);
        item->setToolTip(feed.url.toDisplayString());
    }
    m_candidates->setCurrentRow(0);
    m_candidates->show();
    m_candidates->setFocus();
    m_status->setText(tr("This site offers %n feeds. Choose one:", nullptr, int(m_found.size())));
}

void AddSourceDialog::finish(const Subscriptions::FeedCandidate &feed, const QUrl &pageUrl)
{
    m_draft = {};
    m_draft.feedUrl = feed.url;
    m_draft.title = feed.title;
    // The page asked for is the site, unless it was the feed itself.
    if (pageUrl.isValid() && pageUrl != feed.url &&
        (pageUrl.scheme() == QLatin1String("http") || pageUrl.scheme() == QLatin1String("https")))
        m_draft.siteUrl = pageUrl;
    m_draft.folderId = m_folder->currentData().toLongLong();
    QDialog::accept();
}

void AddSourceDialog::setBusy(bool busy)
{
    m_address->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void AddSourceDialog::showError(const QString &text)
{
    m_status->setText(text);
    // A screen reader says the description of the field it lands on: there, the error.
    m_address->setAccessibleDescription(text);
    m_address->setFocus();
}

} // namespace Ui
