// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifyevidencecommand.h"

#include "consoleoutput.h"
#include "evidencesigner.h"
#include "evidenceverifier.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace nameplan {

namespace {

std::optional<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// The model hash a JSON evidence bundle records, compared with the model file's. Returns
// the failure, or an empty string when they match.
QString checkModelHash(const QString& bundlePath, const QString& modelPath)
{
    const auto bundle = readFile(bundlePath);
    const auto model = readFile(modelPath);
    if (!bundle || !model)
        return QStringLiteral("cannot read %1").arg(!bundle ? bundlePath : modelPath);
    const QString recorded = QJsonDocument::fromJson(*bundle)
                                 .object()
                                 .value(QStringLiteral("model"))
                                 .toObject()
                                 .value(QStringLiteral("sha256"))
                                 .toString();
    if (recorded.isEmpty())
        return QStringLiteral("%1 records no model hash (is it a Nameplan evidence bundle?)").arg(bundlePath);
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(*model, QCryptographicHash::Sha256).toHex());
    if (recorded != actual)
        return QStringLiteral("the evidence was made from a different model: recorded SHA-256 %1, %2 has %3")
            .arg(recorded, modelPath, actual);
    return {};
}

} // namespace

int VerifyEvidenceCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check signed Nameplan evidence."));
    parser.addHelpOption();
    const QCommandLineOption ca(
        QStringLiteral("ca"), QStringLiteral("Trust signers certified by this CA."), QStringLiteral("CA.pem"));
    const QCommandLineOption signer(QStringLiteral("signer"),
        QStringLiteral("Trust only this signer certificate (self-signed or pinned)."), QStringLiteral("CERT.pem"));
    const QCommandLineOption signature(QStringLiteral("signature"),
        QStringLiteral("The detached signature (default: FILE.p7s)."), QStringLiteral("SIG"));
    const QCommandLineOption model(QStringLiteral("model"),
        QStringLiteral("For a JSON bundle: check that it was made from this model file."), QStringLiteral("MODEL"));
    parser.addOptions({ ca, signer, signature, model });
    parser.addPositionalArgument(QStringLiteral("verify-evidence"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The signed PDF or JSON bundle."));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1 || parser.isSet(ca) == parser.isSet(signer)) {
        ConsoleOutput::err(QStringLiteral("usage: nameplan verify-evidence FILE (--ca CA.pem | --signer CERT.pem) "
                                          "[--signature SIG] [--model MODEL]"));
        return 2;
    }
    const QString file = positional[0];
    const QString signatureFile
        = parser.isSet(signature) ? parser.value(signature) : EvidenceSigner::signatureFileFor(file);
    const EvidenceVerdict verdict = parser.isSet(ca)
        ? EvidenceVerifier::verifyFile(file, signatureFile, parser.value(ca), EvidenceVerifier::Trust::CaCertificate)
        : EvidenceVerifier::verifyFile(
            file, signatureFile, parser.value(signer), EvidenceVerifier::Trust::SignerCertificate);
    if (!verdict.isValid()) {
        ConsoleOutput::err(QStringLiteral("%1: NOT verified: %2").arg(file, verdict.detail));
        return 1;
    }
    if (parser.isSet(model)) {
        if (const QString problem = checkModelHash(file, parser.value(model)); !problem.isEmpty()) {
            ConsoleOutput::err(QStringLiteral("%1: NOT verified: %2").arg(file, problem));
            return 1;
        }
    }
    ConsoleOutput::out(QStringLiteral("%1: signature valid, signed by %2").arg(file, verdict.signer));
    return 0;
}

} // namespace nameplan
