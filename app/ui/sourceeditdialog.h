#pragma once

#include "storage/sourcerepository.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace Ui {

/// Edits a source's title, feed address and whether to load the full article.
class SourceEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceEditDialog)

public:
    explicit SourceEditDialog(const Storage::Source &source, QWidget *parent = nullptr);

    /// The source as edited.
    [[nodiscard]] Storage::Source source() const;

private:
    void validate();

    Storage::Source m_source;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_feedUrl = nullptr;
    QCheckBox *m_loadFullArticle = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Ui
