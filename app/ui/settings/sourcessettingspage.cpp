#include "ui/settings/sourcessettingspage.h"

#include "models/databaseworker.h"
#include "models/sourcetreemodel.h"
#include "storage/folderrepository.h"
#include "storage/sourcerepository.h"
#include "ui/appearance.h"
#include "ui/libraryremoval.h"
#include "ui/sourceeditdialog.h"
#include "ui/subscriptioncontroller.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <optional>

namespace Ui {

namespace {

using Models::SourceTreeModel;
using Models::SourceTreeNode;
using Models::ViewKey;

// The window's tree without its smart views: only folders and sources can be managed.
class SubscriptionsOnly final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(SourceTreeModel::KindRole).toInt() !=
               static_cast<int>(SourceTreeNode::Kind::SmartView);
    }
};

QLabel *detailLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString linkText(const QUrl &url)
{
    if (url.isEmpty())
        return SourcesSettingsPage::tr("—");
    const QString shown = url.toDisplayString();
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), shown.toHtmlEscaped());
}

} // namespace

SourcesSettingsPage::SourcesSettingsPage(const Services &services, QWidget *parent)
    : SettingsPage(parent), m_services(services)
{
    m_proxy = new SubscriptionsOnly(this);
    m_proxy->setSourceModel(m_services.model);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("sourcesTree"));
    m_tree->setAccessibleName(tr("Folders and sources"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(SourceTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SourceTreeModel::UnreadColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->expandAll();

    const auto button = [this](const QString &text, const QString &name, const QString &help) {
        auto *result = new QPushButton(text, this);
        result->setObjectName(name);
        result->setAccessibleDescription(help);
        result->setToolTip(help);
        return result;
    };
    m_add = button(tr("&Add…"), QStringLiteral("addSourceButton"), tr("Subscribe to a feed"));
    m_edit = button(tr("&Edit…"), QStringLiteral("editSourceButton"),
                    tr("Change the selected source (Enter)"));
    m_remove = button(tr("&Remove"), QStringLiteral("removeSourceButton"),
                      tr("Unsubscribe from the selected source, or delete the selected folder "
                         "(Delete)"));
    m_newFolder = button(tr("New &Folder…"), QStringLiteral("newFolderButton"),
                         tr("Make a folder inside the selected one, or at the top"));
    m_import = button(tr("&Import OPML…"), QStringLiteral("importOpmlButton"),
                      tr("Subscribe to the feeds of a subscription list"));
    m_export = button(tr("E&xport OPML…"), QStringLiteral("exportOpmlButton"),
                      tr("Save your subscriptions as a subscription list"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *each : {m_add, m_edit, m_remove, m_newFolder})
        buttons->addWidget(each);
    buttons->addSpacing(12);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addStretch(1);

    m_detailsHint = new QLabel(tr("Select a source to see its details."), this);
    m_detailsHint->setObjectName(QStringLiteral("sourceDetailsHint"));
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("sourceDetails"));
    m_feedUrl = detailLabel(QStringLiteral("detailFeedUrl"), m_details);
    m_siteUrl = detailLabel(QStringLiteral("detailSiteUrl"), m_details);
    for (QLabel *link : {m_feedUrl, m_siteUrl}) {
        link->setTextFormat(Qt::RichText);
        link->setTextInteractionFlags(Qt::TextBrowserInteraction);
        link->setOpenExternalLinks(true);
    }
    m_lastFetch = detailLabel(QStringLiteral("detailLastFetch"), m_details);
    m_lastError = detailLabel(QStringLiteral("detailLastError"), m_details);
    m_paused = detailLabel(QStringLiteral("detailPaused"), m_details);
    m_interval = detailLabel(QStringLiteral("detailInterval"), m_details);
    m_fullArticle = detailLabel(QStringLiteral("detailFullArticle"), m_details);
    m_username = detailLabel(QStringLiteral("detailUsername"), m_details);
    auto *details = new QFormLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addRow(tr("Feed:"), m_feedUrl);
    details->addRow(tr("Website:"), m_siteUrl);
    details->addRow(tr("Last fetched:"), m_lastFetch);
    details->addRow(tr("Last error:"), m_lastError);
    details->addRow(tr("Refresh:"), m_interval);
    details->addRow(tr("Paused:"), m_paused);
    details->addRow(tr("Full article:"), m_fullArticle);
    details->addRow(tr("User name:"), m_username);
    m_details->hide();

    auto *note =
        new QLabel(tr("Changes on this page are made at once; Cancel does not undo them."), this);
    note->setObjectName(QStringLiteral("sourcesImmediateNote"));
    note->setWordWrap(true);
    note->setEnabled(false); // the quiet, greyed look of a side remark

    auto *top = new QHBoxLayout;
    top->addWidget(m_tree, 1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top, 1);
    layout->addWidget(m_detailsHint);
    layout->addWidget(m_details);
    layout->addWidget(note);

    connect(m_add, &QPushButton::clicked, this, &SourcesSettingsPage::addSource);
    connect(m_edit, &QPushButton::clicked, this, &SourcesSettingsPage::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &SourcesSettingsPage::removeCurrent);
    connect(m_newFolder, &QPushButton::clicked, this, &SourcesSettingsPage::newFolder);
    connect(m_import, &QPushButton::clicked, this, &SourcesSettingsPage::importOpml);
    connect(m_export, &QPushButton::clicked, this, &SourcesSettingsPage::exportOpml);
    // Double-click and Enter edit a source. Enter is a shortcut of the tree's own: the view
    // would pass the key on to the settings dialog, whose default button closes it.
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (currentKey().kind == ViewKey::Kind::Source)
            editCurrent();
    });
    for (const int key : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
        auto *edit = new QShortcut(QKeySequence(key), m_tree, nullptr, nullptr, Qt::WidgetShortcut);
        connect(edit, &QShortcut::activated, this, [this] {
            const QModelIndex current = m_tree->currentIndex();
            if (currentKey().kind == ViewKey::Kind::Source)
                editCurrent();
            else if (current.isValid())
                m_tree->setExpanded(current, !m_tree->isExpanded(current));
        });
    }
    auto *remove =
        new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &SourcesSettingsPage::removeCurrent);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        showDetails();
    });
    // Edits, refreshes and reloads of the window's tree show here too.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_tree->currentIndex();
                if (current.isValid() && current.parent() == topLeft.parent() &&
                    current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                    showDetails();
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        updateButtons();
        showDetails();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent) { m_tree->expand(parent); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateButtons();
        showDetails();
    });
    updateButtons();
}

SourcesSettingsPage::~SourcesSettingsPage() = default;

QString SourcesSettingsPage::title() const
{
    return tr("Sources");
}

ViewKey SourcesSettingsPage::currentKey() const
{
    return m_services.model->keyOf(m_proxy->mapToSource(m_tree->currentIndex()));
}

void SourcesSettingsPage::select(const ViewKey &key)
{
    m_tree->setCurrentIndex(m_proxy->mapFromSource(m_services.model->indexOf(key)));
}

void SourcesSettingsPage::addSource()
{
    const ViewKey key = currentKey();
    m_services.subscriptions->addSource(key.kind == ViewKey::Kind::Folder ? key.id : 0);
}

void SourcesSettingsPage::editCurrent()
{
    const ViewKey key = currentKey();
    if (key.kind != ViewKey::Kind::Source)
        return;
    SourceEditDialog::editSource(key.id, m_services.worker, m_services.model, this,
                                 m_services.passwords);
}

void SourcesSettingsPage::removeCurrent()
{
    LibraryRemoval::confirmAndRemove(currentKey(), m_services.worker, m_services.model, this, {},
                                     m_services.passwords);
}

void SourcesSettingsPage::newFolder()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Folder"));
    dialog->setLabelText(tr("Name of the new folder:"));
    connect(dialog, &QInputDialog::textValueSelected, this, &SourcesSettingsPage::addFolder);
    dialog->open();
}

void SourcesSettingsPage::addFolder(const QString &title)
{
    const QString name = title.trimmed();
    if (name.isEmpty())
        return;
    const ViewKey key = currentKey();
    const qint64 parentId = key.kind == ViewKey::Kind::Folder ? key.id : 0;
    m_services.worker->run<std::optional<Storage::Folder>>(
        this,
        [name, parentId](const QSqlDatabase &database) -> std::optional<Storage::Folder> {
            Storage::FolderRepository folders(database);
            const std::optional<qint64> id = folders.add(name, parentId);
            return id ? folders.find(*id) : std::nullopt;
        },
        [this](const std::optional<Storage::Folder> &folder) {
            if (!folder)
                return;
            m_services.model->addFolder(*folder);
            select(ViewKey::folder(folder->id));
        });
}

void SourcesSettingsPage::importOpml()
{
    m_services.subscriptions->importOpml();
}

void SourcesSettingsPage::exportOpml()
{
    m_services.subscriptions->exportOpml();
}

void SourcesSettingsPage::updateButtons()
{
    const ViewKey key = currentKey();
    m_edit->setEnabled(key.kind == ViewKey::Kind::Source);
    m_remove->setEnabled(key.kind == ViewKey::Kind::Source || key.kind == ViewKey::Kind::Folder);
    m_export->setEnabled(m_services.model->sourceCount() > 0);
}

void SourcesSettingsPage::showDetails()
{
    const ViewKey key = currentKey();
    if (key.kind != ViewKey::Kind::Source) {
        m_detailsId = 0;
        m_details->hide();
        m_detailsHint->show();
        return;
    }
    m_detailsId = key.id;
    // The repository has the fields the tree does not (times, interval, paused).
    m_services.worker->run<std::optional<Storage::Source>>(
        this,
        [id = key.id](const QSqlDatabase &database) {
            return Storage::SourceRepository(database).find(id);
        },
        [this](const std::optional<Storage::Source> &source) {
            if (source && source->id == m_detailsId)
                fillDetails(*source);
        });
}

void SourcesSettingsPage::fillDetails(const Storage::Source &source)
{
    const QLocale locale;
    m_feedUrl->setText(linkText(source.feedUrl));
    m_siteUrl->setText(linkText(source.siteUrl));
    m_lastFetch->setText(source.lastFetch.isValid()
                             ? locale.toString(source.lastFetch.toLocalTime(), QLocale::ShortFormat)
                             : tr("Never"));
    m_lastError->setText(source.lastError.isEmpty() ? tr("None") : source.lastError);
    m_lastError->setStyleSheet(source.lastError.isEmpty() ? QString()
                                                          : Appearance::errorTextStyle(palette()));
    m_interval->setText(
        source.refreshIntervalSeconds > 0
            ? tr("Every %n minute(s)", nullptr, qMax(1, source.refreshIntervalSeconds / 60))
            : tr("As set under General"));
    m_paused->setText(source.paused ? tr("Yes: not refreshed until resumed") : tr("No"));
    m_fullArticle->setText(source.loadFullArticle ? tr("Loaded from the website")
                                                  : tr("As the feed gives it"));
    m_username->setText(source.username.isEmpty() ? tr("None") : source.username);
    m_detailsHint->hide();
    m_details->show();
}

} // namespace Ui
