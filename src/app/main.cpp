// ordo: the trader's desktop. With no configuration it trades against an
// in-process paper venue, so a first run shows a live market at once.

#include "configloader.h"
#include "enginehost.h"
#include "mainwindow.h"
#ifdef ORDO_SIMULATED_VENUES
#include "simulatedvenues.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include "theme.h"

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ordo"));
    QApplication::setApplicationName(QStringLiteral("ordo"));
    QApplication::setApplicationVersion(QStringLiteral(ORDO_VERSION));
    ordo::applyTheme(ordo::savedTheme());

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("ordo"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Ordo order and execution management system"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCommandLineOption configOption(QStringLiteral("config"),
                                    QApplication::translate("main", "Configuration file (default %1).")
                                        .arg(QDir(configDir).filePath(QStringLiteral("ordo.json"))),
                                    QStringLiteral("file"), QDir(configDir).filePath(QStringLiteral("ordo.json")));
    QCommandLineOption journalOption(QStringLiteral("journal"),
                                     QApplication::translate("main", "Journal database (default %1).")
                                         .arg(QDir(dataDir).filePath(QStringLiteral("journal.sqlite"))),
                                     QStringLiteral("file"));
    QCommandLineOption userOption(QStringLiteral("user"), QApplication::translate("main", "Log in as this user."),
                                  QStringLiteral("name"));
    QCommandLineOption roleOption(QStringLiteral("role"),
                                  QApplication::translate("main", "Role: trader, supervisor or analyst."),
                                  QStringLiteral("role"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a screenshot of the main window to "
                                                                        "this PNG after a few seconds, then quit."),
                                        QStringLiteral("png"));
    parser.addOptions({configOption, journalOption, userOption, roleOption, screenshotOption});
    parser.process(app);

    ordo::ConfigLoadResult loaded = ordo::loadConfig(parser.value(configOption));
    ordo::HostConfig config = loaded.config;
    if (parser.isSet(journalOption))
        config.journalPath = parser.value(journalOption);
    else if (config.journalPath.isEmpty())
        config.journalPath = QDir(dataDir).filePath(QStringLiteral("journal.sqlite"));
    if (parser.isSet(userOption))
        config.user = parser.value(userOption);
    if (parser.isSet(roleOption)) {
        const QString role = parser.value(roleOption).toLower();
        if (role == QLatin1String("supervisor"))
            config.role = ordo::Role::Supervisor;
        else if (role == QLatin1String("analyst"))
            config.role = ordo::Role::Analyst;
        else if (role == QLatin1String("trader"))
            config.role = ordo::Role::Trader;
        else
            loaded.errors << QApplication::translate("main", "Unknown role '%1'; using the configured role.").arg(role);
    }

#ifdef ORDO_SIMULATED_VENUES
    // No venue configured: start simulated exchanges on loopback and trade
    // with them over FIX, so a first run shows a live market.
    ordo::SimulatedVenues simulated;
    if (!config.venuesConfigured) {
        config.paperVenue = false;
        loaded.errors << simulated.start(config, QFileInfo(config.journalPath).absoluteDir().filePath(
                                                     QStringLiteral("simulated-venues")));
    }
#endif
    ordo::EngineHost host(config);
    ordo::MainWindow window(host, loaded.errors);
    window.show();
    host.start();

    if (parser.isSet(screenshotOption)) {
        const QString png = parser.value(screenshotOption);
        QTimer::singleShot(4000, &window, [&window, png] {
            window.grab().save(png);
            QApplication::quit();
        });
    }
    const int rc = QApplication::exec();
    host.stop();
#ifdef ORDO_SIMULATED_VENUES
    simulated.stop();
#endif
    return rc;
}
