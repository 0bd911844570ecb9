#include "ui/settings/networksettingspage.h"

#include "base/settingskeys.h"
#include "net/feedfetcher.h"
#include "refresh/refreshsettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace Ui {

namespace {

QString storedMode(const QSettings &settings)
{
    const QString mode = settings
                             .value(QLatin1String(SettingsKeys::NetworkProxyMode),
                                    QLatin1String(SettingsKeys::NetworkProxyModeDefault))
                             .toString();
    if (mode == QLatin1String("none") || mode == QLatin1String("manual"))
        return mode;
    return QStringLiteral("system");
}

QString storedHost(const QSettings &settings)
{
    return settings.value(QLatin1String(SettingsKeys::NetworkProxyHost)).toString().trimmed();
}

int storedPort(const QSettings &settings)
{
    bool ok = false;
    const int port = settings
                         .value(QLatin1String(SettingsKeys::NetworkProxyPort),
                                SettingsKeys::NetworkProxyPortDefault)
                         .toInt(&ok);
    return ok && port > 0 && port <= 65535 ? port : SettingsKeys::NetworkProxyPortDefault;
}

// The values the refresh uses, so the page shows what is in effect.
int storedTimeout(const QSettings &settings)
{
    return Refresh::fetchOptionsFrom(settings).timeoutMs / 1000;
}

QString storedUserAgent(const QSettings &settings)
{
    return QString::fromUtf8(Refresh::fetchOptionsFrom(settings).userAgent);
}

} // namespace

NetworkSettingsPage::NetworkSettingsPage(QSettings &settings, QWidget *parent)
    : SettingsFilePage(settings, parent)
{
    m_proxyMode = new QComboBox(this);
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyMode->addItem(tr("Use the system's proxy settings"), QStringLiteral("system"));
    m_proxyMode->addItem(tr("No proxy"), QStringLiteral("none"));
    m_proxyMode->addItem(tr("Manual HTTP proxy"), QStringLiteral("manual"));

    m_proxyHost = new QLineEdit(this);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.org"));
    m_proxyPort = new QSpinBox(this);
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setRange(1, 65535);

    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("networkTimeout"));
    m_timeout->setRange(SettingsKeys::NetworkTimeoutSecondsMin,
                        SettingsKeys::NetworkTimeoutSecondsMax);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A download that receives nothing for this long is given up."));

    m_userAgent = new QLineEdit(this);
    m_userAgent->setObjectName(QStringLiteral("userAgent"));
    m_userAgent->setPlaceholderText(QString::fromLatin1(Net::FeedFetcher::userAgent()));
    m_userAgent->setToolTip(
        tr("Sent to every site as the name of the program. Leave empty for Tidings' own."));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Proxy"), m_proxyMode);
    layout->addRow(tr("Proxy host"), m_proxyHost);
    layout->addRow(tr("Proxy port"), m_proxyPort);
    layout->addRow(tr("Give up a silent download after"), m_timeout);
    layout->addRow(tr("User-Agent"), m_userAgent);

    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emit changed();
    });
    connect(m_proxyHost, &QLineEdit::textChanged, this, &SettingsPage::changed);
    connect(m_proxyPort, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_timeout, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_userAgent, &QLineEdit::textChanged, this, &SettingsPage::changed);
    updateEnabled();
}

QString NetworkSettingsPage::title() const
{
    return tr("Network");
}

void NetworkSettingsPage::load()
{
    m_proxyMode->setCurrentIndex(qMax(0, m_proxyMode->findData(storedMode(settings()))));
    m_proxyHost->setText(storedHost(settings()));
    m_proxyPort->setValue(storedPort(settings()));
    m_timeout->setValue(storedTimeout(settings()));
    m_userAgent->setText(storedUserAgent(settings()));
    updateEnabled();
}

void NetworkSettingsPage::save()
{
    settings().setValue(QLatin1String(SettingsKeys::NetworkProxyMode),
                        m_proxyMode->currentData().toString());
    settings().setValue(QLatin1String(SettingsKeys::NetworkProxyHost),
                        m_proxyHost->text().trimmed());
    settings().setValue(QLatin1String(SettingsKeys::NetworkProxyPort), m_proxyPort->value());
    settings().setValue(QLatin1String(SettingsKeys::NetworkTimeoutSeconds), m_timeout->value());
    settings().setValue(QLatin1String(SettingsKeys::NetworkUserAgent),
                        m_userAgent->text().trimmed());
}

bool NetworkSettingsPage::isDirty() const
{
    return m_proxyMode->currentData().toString() != storedMode(settings()) ||
           m_proxyHost->text().trimmed() != storedHost(settings()) ||
           m_proxyPort->value() != storedPort(settings()) ||
           m_timeout->value() != storedTimeout(settings()) ||
           m_userAgent->text().trimmed() != storedUserAgent(settings());
}

void NetworkSettingsPage::updateEnabled()
{
    const bool manual = m_proxyMode->currentData().toString() == QLatin1String("manual");
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
}

} // namespace Ui
