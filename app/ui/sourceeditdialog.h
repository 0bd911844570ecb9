#pragma once

#include "models/modelsfwd.h"
#include "storage/sourcerepository.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Secrets {
class Store;
}

namespace Ui {

/// Edits a source: title, feed address, HTTP user name and password, refresh interval, paused,
/// and whether to load the full article; shows the last error. The password goes to the
/// password store (the system keyring) when OK is pressed, before the dialog closes, and
/// nowhere else: when the store fails the dialog says so and stays open.
class SourceEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceEditDialog)

public:
    /// \a passwords must outlive the dialog; without one the system keyring is used.
    explicit SourceEditDialog(const Storage::Source &source, QWidget *parent = nullptr,
                              Secrets::Store *passwords = nullptr);

    /// Reads source \a sourceId, opens the dialog and, on OK, stores the edits and tells
    /// \a model. The one way to edit a source, from the tree and from the settings.
    static void editSource(qint64 sourceId, Models::DatabaseWorker *worker,
                           Models::SourceTreeModel *model, QWidget *parent,
                           Secrets::Store *passwords = nullptr);

    /// The source as edited (the password is not part of it).
    [[nodiscard]] Storage::Source source() const;

public slots:
    void accept() override;

private:
    void validate();
    void fitHeight();
    void finishPasswordChange(bool ok, const QString &problem);

    Storage::Source m_source;
    Secrets::Store *m_passwords = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_feedUrl = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_paused = nullptr;
    QCheckBox *m_loadFullArticle = nullptr;
    QLabel *m_keyringWarning = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;          ///< Waiting for the keyring before closing.
    bool m_storingPassword = false; ///< Writing (not removing) the password.
};

} // namespace Ui
