#include "net/proxysettings.h"

#include "base/settingskeys.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>

namespace Net {

void applyProxySettings(const QSettings &settings)
{
    using namespace SettingsKeys;
    const QString mode =
        settings.value(QLatin1String(NetworkProxyMode), QLatin1String(NetworkProxyModeDefault))
            .toString();
    const QString host = settings.value(QLatin1String(NetworkProxyHost)).toString().trimmed();
    bool portOk = false;
    const int port =
        settings.value(QLatin1String(NetworkProxyPort), NetworkProxyPortDefault).toInt(&portOk);
    const bool manual =
        mode == QLatin1String("manual") && !host.isEmpty() && portOk && port > 0 && port <= 65535;

    if (manual) {
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, host, quint16(port)));
    } else if (mode == QLatin1String("none")) {
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    } else {
        // Setting an application proxy turns the system configuration off: clear it first.
        // A manual proxy without a host also ends here rather than cutting the network off.
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    }
}

} // namespace Net
