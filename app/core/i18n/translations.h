#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;
class QSettings;

/// The interface language: which translations exist, which one a person chose, and installing
/// them. Shared by the window and the command line.
namespace I18n {

/// A language Tidings is translated into.
struct Language
{
    QString code;       ///< As in the translation file name: "de", "zh_CN".
    QString nativeName; ///< In the language itself: "Deutsch", "简体中文".
};

/// English and the translated languages, in the order a language menu shows them.
[[nodiscard]] QList<Language> availableLanguages();

/// The language chosen in the settings (SettingsKeys::InterfaceLanguage); empty means the
/// system's. Codes that Tidings has no translation for are ignored.
[[nodiscard]] QString configuredLanguage(const QSettings &settings);

/// The locale for \a languageCode, or the system locale when the code is empty.
[[nodiscard]] QLocale localeFor(const QString &languageCode);

/// Makes \a locale the default QLocale (so dates and numbers follow it) and installs the
/// translators for Tidings' own texts and for Qt's (dialog buttons and the like) on \a app.
/// Tidings' translation is looked for next to the executable (share/tidings/translations),
/// then in the copy compiled into the binary; without one for \a locale, the English file (only
/// plural forms: "1 article", "3 articles") is installed. Returns true when one for \a locale
/// was found.
bool install(QCoreApplication &app, const QLocale &locale);

/// The folder of installed translations relative to the executable: ../share/tidings/translations.
[[nodiscard]] QString installedTranslationsDirectory();

} // namespace I18n
