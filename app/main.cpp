// SPDX-License-Identifier: GPL-3.0-or-later
// One binary: `nameplan COMMAND ...` runs a headless job, anything else opens the workbench.

#include "commandregistry.h"
#include "consoleoutput.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace nameplan;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Nameplan"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("nameplan.org"));
    QCoreApplication::setApplicationName(QStringLiteral("nameplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NAMEPLAN_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Nameplan"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.nameplan.Nameplan"));
}

int runCommand(const Command& command, int& argc, char** argv)
{
    if (command.needsWidgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a headless job must not need a display
    std::unique_ptr<QCoreApplication> app;
    if (command.needsWidgets)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    setIdentity();
    return command.run(QCoreApplication::arguments());
}

QString commandList()
{
    QString text = QStringLiteral("\nCommands (nameplan COMMAND --help for each):\n");
    for (const Command& command : CommandRegistry::commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(16), QString::fromLatin1(command.summary));
    return text;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// --screenshot, --help and --version need no display; decide before QApplication picks a
// platform. Returns false when the workbench cannot be shown at all.
bool choosePlatform(int argc, char** argv)
{
    if (hasDisplay())
        return true;
    for (int i = 1; i < argc; ++i) {
        for (const char* headless : { "--screenshot", "--help", "-h", "--version", "-v", "--help-all" }) {
            if (qstrcmp(argv[i], headless) == 0 || QByteArray(argv[i]).startsWith("--screenshot=")) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                return true;
            }
        }
    }
    return false;
}

int runWorkbench(int& argc, char** argv)
{
    if (!choosePlatform(argc, argv)) {
        ConsoleOutput::err(QStringLiteral("nameplan: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
                                          "workbench cannot open. Headless commands still work: nameplan --help"));
        return 2;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.nameplan.Nameplan")));
    // The catalogues are compiled into the binary (:/i18n). Any language without one gets the
    // English text, and with it the English plural forms ("1 page", not "1 page(s)").
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("nameplan"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("nameplan_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Nameplan — DNS resilience planning workbench.") + commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Render the main window offscreen to OUT.png and exit."), QStringLiteral("OUT.png"));
    const QCommandLineOption outage(QStringLiteral("outage"),
        QStringLiteral("With --screenshot: mark these components out (comma-separated ids)."),
        QStringLiteral("ID,..."));
    parser.addOptions({ screenshot, outage });
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("Model file to open (*.nameplan.json)."), QStringLiteral("[FILE]"));
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    MainWindow window;
    if (!files.isEmpty() && !window.openFile(files.first()) && parser.isSet(screenshot))
        return 1;
    if (parser.isSet(screenshot)) {
        const QStringList outages = parser.value(outage).split(u',', Qt::SkipEmptyParts);
        const QString error = window.saveScreenshot(parser.value(screenshot), outages);
        if (!error.isEmpty())
            ConsoleOutput::err(error);
        return error.isEmpty() ? 0 : 1;
    }
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1) {
        if (const Command* command = CommandRegistry::find(QString::fromLocal8Bit(argv[1])))
            return runCommand(*command, argc, argv);
    }
    return runWorkbench(argc, argv);
}
