#pragma once

#include "nokeyring.h"

#include <QAbstractButton>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace TestSupport {

template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (widget == nullptr)
        qFatal("no widget named %s", name);
    return widget;
}

inline void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(4, button->height() / 2));
}

inline void replaceText(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

/// The base of the settings pages' tests: a settings file of its own for each test function,
/// without a keyring service.
class SettingsPageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

protected:
    [[nodiscard]] QString settingsPath() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

inline void SettingsPageTest::init()
{
    QVERIFY(TestSupport::NoKeyringService);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

inline void SettingsPageTest::cleanup()
{
    // A proxy left behind would catch the next test's requests to 127.0.0.1.
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    m_settings.reset();
    m_dir.reset();
}

inline QString SettingsPageTest::settingsPath() const
{
    return m_dir->filePath(QStringLiteral("settings.ini"));
}

} // namespace TestSupport
