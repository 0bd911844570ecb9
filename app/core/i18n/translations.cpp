#include "i18n/translations.h"

#include "base/settingskeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace I18n {

namespace {

// Translations compiled in by qt_add_translations(... RESOURCE_PREFIX "/i18n").
constexpr const char *ResourceDirectory = ":/i18n";

bool loadInto(QTranslator &translator, const QLocale &locale, const QString &name,
              const QStringList &directories)
{
    for (const QString &directory : directories) {
        if (translator.load(locale, name, QStringLiteral("_"), directory))
            return true;
    }
    return false;
}

} // namespace

QList<Language> availableLanguages()
{
    // Names in their own language, so a person can find theirs whatever is shown now.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString configuredLanguage(const QSettings &settings)
{
    const QString code = settings.value(QLatin1String(SettingsKeys::InterfaceLanguage)).toString();
    for (const Language &language : availableLanguages()) {
        if (language.code == code)
            return code;
    }
    return {};
}

QLocale localeFor(const QString &languageCode)
{
    return languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);
}

QString installedTranslationsDirectory()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/tidings/translations"));
}

bool install(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(&app);
    if (loadInto(*qtTranslator, locale, QStringLiteral("qtbase"),
                 {QLibraryInfo::path(QLibraryInfo::TranslationsPath)}))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    // Without a translation for the locale, English still needs its plural forms.
    const QStringList directories{installedTranslationsDirectory(),
                                  QLatin1String(ResourceDirectory)};
    auto *translator = new QTranslator(&app);
    const bool translated = loadInto(*translator, locale, QStringLiteral("tidings"), directories);
    if (!translated &&
        !loadInto(*translator, QLocale(QLocale::English), QStringLiteral("tidings"), directories)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return translated;
}

} // namespace I18n
