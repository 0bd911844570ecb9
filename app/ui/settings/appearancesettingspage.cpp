#include "ui/settings/appearancesettingspage.h"

#include "ui/appearance.h"
#include "ui/windowsettingskeys.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace Ui {

namespace {

QString storedDensity(const QSettings &settings)
{
    return settings
        .value(QLatin1String(SettingsKeys::ListDensity),
               QLatin1String(SettingsKeys::ListDensityDefault))
        .toString();
}

// The stored theme as the settings file spells it, unknown values read as the default.
QString storedTheme(const QSettings &settings)
{
    return Appearance::themeName(Appearance::theme(settings));
}

int storedFontSize(const QSettings &settings)
{
    return settings
        .value(QLatin1String(SettingsKeys::ListFontPointSize),
               SettingsKeys::ListFontPointSizeDefault)
        .toInt();
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(130));
    painter.drawEllipse(QRectF(2, 2, 28, 28));
    return QIcon(pixmap);
}

} // namespace

AppearanceSettingsPage::AppearanceSettingsPage(QSettings &settings, QWidget *parent)
    : SettingsFilePage(settings, parent)
{
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Same as the system"), Appearance::themeName(Appearance::Theme::System));
    m_theme->addItem(tr("Light"), Appearance::themeName(Appearance::Theme::Light));
    m_theme->addItem(tr("Dark"), Appearance::themeName(Appearance::Theme::Dark));

    m_density = new QComboBox(this);
    m_density->setObjectName(QStringLiteral("listDensity"));
    m_density->addItem(tr("Comfortable: title, source, excerpt and picture"),
                       QStringLiteral("comfortable"));
    m_density->addItem(tr("Compact: one line per article"), QStringLiteral("compact"));
    m_fontSize = new QSpinBox(this);
    m_fontSize->setObjectName(QStringLiteral("listFontSize"));
    m_fontSize->setRange(0, 32);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setSpecialValueText(tr("System size"));
    m_accentButton = new QPushButton(this);
    m_accentButton->setObjectName(QStringLiteral("accentColor"));
    m_accentButton->setAccessibleName(tr("Accent colour"));
    auto *resetAccent = new QPushButton(tr("Default"), this);

    auto *accentRow = new QHBoxLayout;
    accentRow->addWidget(m_accentButton);
    accentRow->addWidget(resetAccent);
    accentRow->addStretch();

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Theme"), m_theme);
    layout->addRow(tr("Article list"), m_density);
    layout->addRow(tr("List font size"), m_fontSize);
    layout->addRow(tr("Accent colour"), accentRow);

    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    connect(m_density, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_accentButton, &QPushButton::clicked, this, &AppearanceSettingsPage::chooseAccent);
    connect(resetAccent, &QPushButton::clicked, this,
            [this] { setAccent(QColor(QLatin1String(SettingsKeys::AccentColorDefault))); });
}

QString AppearanceSettingsPage::title() const
{
    return tr("Appearance");
}

void AppearanceSettingsPage::setAccent(const QColor &color)
{
    if (!color.isValid())
        return;
    const bool changed = color != m_accent;
    m_accent = color;
    m_accentButton->setIcon(swatch(color));
    m_accentButton->setText(color.name());
    if (changed)
        emit SettingsPage::changed();
}

void AppearanceSettingsPage::chooseAccent()
{
    auto *dialog = new QColorDialog(m_accent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, &AppearanceSettingsPage::setAccent);
    dialog->open();
}

void AppearanceSettingsPage::load()
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(storedTheme(settings()))));
    m_density->setCurrentIndex(std::max(0, m_density->findData(storedDensity(settings()))));
    m_fontSize->setValue(storedFontSize(settings()));
    setAccent(Appearance::accentColor(settings()));
}

void AppearanceSettingsPage::save()
{
    settings().setValue(QLatin1String(SettingsKeys::Theme), m_theme->currentData());
    settings().setValue(QLatin1String(SettingsKeys::ListDensity), m_density->currentData());
    settings().setValue(QLatin1String(SettingsKeys::ListFontPointSize), m_fontSize->value());
    settings().setValue(QLatin1String(SettingsKeys::AccentColor), m_accent.name());
}

bool AppearanceSettingsPage::isDirty() const
{
    return m_theme->currentData().toString() != storedTheme(settings()) ||
           m_density->currentData().toString() != storedDensity(settings()) ||
           m_fontSize->value() != storedFontSize(settings()) ||
           m_accent != Appearance::accentColor(settings());
}

} // namespace Ui
