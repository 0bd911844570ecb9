#include "sourceeditdialog.h"

#include "subscriptions/subscriptionurl.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Ui {

SourceEditDialog::SourceEditDialog(const Storage::Source &source, QWidget *parent)
    : QDialog(parent), m_source(source)
{
    setWindowTitle(tr("Edit Source"));
    m_title = new QLineEdit(source.title, this);
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_feedUrl = new QLineEdit(source.feedUrl.toString(), this);
    m_feedUrl->setObjectName(QStringLiteral("sourceFeedUrl"));
    m_loadFullArticle = new QCheckBox(tr("Load the full article from the website"), this);
    m_loadFullArticle->setChecked(source.loadFullArticle);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Title:"), m_title);
    layout->addRow(tr("&Feed address:"), m_feedUrl);
    layout->addRow(m_loadFullArticle);
    layout->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &SourceEditDialog::validate);
    connect(m_feedUrl, &QLineEdit::textChanged, this, &SourceEditDialog::validate);
    resize(520, sizeHint().height());
}

void SourceEditDialog::validate()
{
    const auto url =
        Subscriptions::parseSubscriptionUrl(m_feedUrl->text(), Subscriptions::UrlInput::Absolute);
    const bool ok = url.ok() && !m_title->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_feedUrl->setToolTip(url.ok() ? QString() : url.error);
}

Storage::Source SourceEditDialog::source() const
{
    Storage::Source result = m_source;
    result.title = m_title->text().trimmed();
    const auto url =
        Subscriptions::parseSubscriptionUrl(m_feedUrl->text(), Subscriptions::UrlInput::Absolute);
    if (url.ok())
        result.feedUrl = url.url;
    result.loadFullArticle = m_loadFullArticle->isChecked();
    return result;
}

} // namespace Ui
