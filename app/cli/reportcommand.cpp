// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "consoleoutput.h"
#include "evidencesigner.h"
#include "modelfile.h"
#include "outageoptions.h"
#include "progresssink.h"
#include "reportbuilder.h"
#include "reportdrills.h"
#include "reportlive.h"
#include "reportrenderer.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace nameplan {

namespace {

struct Request {
    QString modelPath;
    QString pdfPath;
    QString jsonPath;
    QString keyPath;
    QString certPath;
    bool withLive = false;
    ReportBuilder::Options options;
};

// Empty when the arguments make a request, otherwise the usage problem.
QString parse(const QStringList& arguments, Request& request)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write the evidence report for a model."));
    parser.addHelpOption();
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Write the PDF to OUT."), QStringLiteral("OUT.pdf"));
    OutageOptions outage(OutageOptions::Outage | OutageOptions::Duration | OutageOptions::MaxOrder);
    outage.addTo(parser);
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("A4 (default) or Letter."),
        QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("Also write the evidence bundle (same content, machine-readable) to OUT.json."),
        QStringLiteral("OUT.json"));
    const QCommandLineOption sign(QStringLiteral("sign"),
        QStringLiteral("Sign the PDF and the bundle with this PEM private key (detached CMS, FILE.p7s)."),
        QStringLiteral("KEY.pem"));
    const QCommandLineOption cert(
        QStringLiteral("cert"), QStringLiteral("The PEM certificate of the signing key."), QStringLiteral("CERT.pem"));
    const QCommandLineOption withLive(QStringLiteral("with-live"),
        QStringLiteral("Also run the live checks on every zone (DNSSEC too when the model has trust anchors) "
                       "and a failover drill for every scenario of the report (queries the model's "
                       "authorities and walks from settings.roots; without it the report stays off the network)."));
    parser.addOptions({ output, pageSize, json, sign, cert, withLive });
    parser.addPositionalArgument(QStringLiteral("report"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The model file."));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1 || !parser.isSet(output))
        return QStringLiteral("usage: nameplan report FILE [--outage ID,...] [--with-live] -o evidence.pdf");
    request.modelPath = positional[0];
    request.pdfPath = parser.value(output);
    request.jsonPath = parser.value(json);
    request.keyPath = parser.value(sign);
    request.certPath = parser.value(cert);
    request.withLive = parser.isSet(withLive);
    if (request.keyPath.isEmpty() != request.certPath.isEmpty())
        return QStringLiteral("--sign and --cert go together");
    if (const QString error = outage.read(parser); !error.isEmpty())
        return error;
    request.options.outages = outage.outages;
    request.options.duration = outage.durationSeconds;
    request.options.maxOrder = outage.maxOrder;
    request.options.pageSize = parser.value(pageSize);
    if (request.options.pageSize != u"A4" && request.options.pageSize != u"Letter")
        return QStringLiteral("--page-size is A4 or Letter");
    return {};
}

int writeEvidence(const Request& request)
{
    const ModelFile::LoadResult model = ModelFile::load(request.modelPath);
    ConsoleOutput::problems(request.modelPath, model.problems);
    if (!model.usable())
        return 1;
    NoProgress progress;
    QString scenarioError;
    ReportData data = ReportBuilder::build(
        model.model, model.bytes, QFileInfo(request.modelPath).fileName(), request.options, progress, &scenarioError);
    if (!scenarioError.isEmpty()) {
        ConsoleOutput::err(scenarioError);
        return 1;
    }
    if (request.withLive) {
        ReportLive::run(model.model, data, progress);
        ReportDrills::run(model.model, request.options, data, progress);
    }
    if (const QString error = ReportRenderer::writePdf(data, model.model, request.pdfPath); !error.isEmpty()) {
        ConsoleOutput::err(error);
        return 1;
    }
    QStringList written { request.pdfPath };
    if (!request.jsonPath.isEmpty()) {
        const QByteArray bundle = QJsonDocument(data.toJson()).toJson(QJsonDocument::Indented);
        if (const QString error = ModelFile::saveBytes(request.jsonPath, bundle); !error.isEmpty()) {
            ConsoleOutput::err(error);
            return 1;
        }
        written.append(request.jsonPath);
    }
    if (!request.keyPath.isEmpty()) {
        if (const QString error = EvidenceSigner::signFiles(written, request.keyPath, request.certPath);
            !error.isEmpty()) {
            ConsoleOutput::err(error);
            return 1;
        }
        QStringList signatures;
        for (const QString& file : std::as_const(written))
            signatures.append(EvidenceSigner::signatureFileFor(file));
        written += signatures;
    }
    for (const QString& file : std::as_const(written))
        ConsoleOutput::out(QStringLiteral("wrote %1").arg(file));
    return 0;
}

} // namespace

int ReportCommand::run(const QStringList& arguments)
{
    Request request;
    if (const QString usage = parse(arguments, request); !usage.isEmpty()) {
        ConsoleOutput::err(QStringLiteral("nameplan report: ") + usage);
        return 2;
    }
    return writeEvidence(request);
}

} // namespace nameplan
