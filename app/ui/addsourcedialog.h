#pragma once

#include "storage/folderrepository.h"
#include "storage/sourcerepository.h"
#include "subscriptions/feeddiscoverer.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;

namespace Ui {

/// Asks for an address, finds the feed behind it (the address itself, the feeds its page
/// announces, or the usual places), lets the person choose when there are several, and ends
/// with the source to subscribe to.
class AddSourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddSourceDialog)

public:
    AddSourceDialog(QNetworkAccessManager *network, const QList<Storage::Folder> &folders,
                    qint64 folderId, QWidget *parent = nullptr);

    /// Valid once the dialog was accepted.
    [[nodiscard]] Storage::SourceDraft draft() const { return m_draft; }

    void setAddress(const QString &address);
    /// Starts finding feeds, as the Subscribe button does.
    void submit();

private:
    void onDiscovered(const Subscriptions::DiscoveryResult &result);
    void finish(const Subscriptions::FeedCandidate &feed, const QUrl &pageUrl);
    void setBusy(bool busy);
    void showError(const QString &text);

    Subscriptions::FeedDiscoverer *m_discoverer = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_folder = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_candidates = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QUrl m_pageUrl;
    QList<Subscriptions::FeedCandidate> m_found;
    Storage::SourceDraft m_draft;
};

} // namespace Ui
