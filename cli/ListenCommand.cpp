#include "ListenCommand.h"

#include <cstdio>
#include <string>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include "DiagnoseOptions.h"
#include "TerminalText.h"
#include "VerbParser.h"
#include "WebhookDiagnoser.h"
#include "WebhookListener.h"

using namespace ClientPayment;

namespace {

enum ExitCode { ExitOk = 0, ExitUsage = 2 };

constexpr qsizetype HumanValueMax = 200;
// The fields shown on a line for people; --json prints every field.
const char *const ShownFields[]
    = { "webhook_type", "order", "amount", "currency", "status", "webhook_id" };

void writeLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

QJsonValue jsonValue(const WebhookData &data, const char *key)
{
    const std::optional<QString> v = data.value(QString::fromLatin1(key));
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QByteArray ListenCommand::formatEvent(const WebhookEvent &event, bool json,
                                      const QList<WebhookHint> *diagnosis)
{
    const bool diagnosed = diagnosis != nullptr;
    const QList<WebhookHint> hints = diagnosed ? *diagnosis : QList<WebhookHint>();
    const QString time = event.receivedAt.toString(Qt::ISODateWithMs);
    if (json) {
        QJsonObject o { { QStringLiteral("received_at"), time },
                        { QStringLiteral("peer"), event.peer },
                        { QStringLiteral("http_status"), event.httpStatus },
                        { QStringLiteral("valid"), event.isValid() },
                        { QStringLiteral("reason"), event.reasonCode() } };
        if (event.isParsed()) {
            o.insert(QStringLiteral("history"),
                     WebhookHistory::classificationCode(event.classification));
            for (const char *key : ShownFields)
                o.insert(QLatin1String(key), jsonValue(event.data, key));
            QJsonObject fields;
            for (const WebhookData::Field &f : event.data.fields()) {
                fields.insert(QString::fromUtf8(f.key),
                              f.isNull ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(QString::fromUtf8(f.value)));
            }
            o.insert(QStringLiteral("fields"), fields);
        } else {
            o.insert(QStringLiteral("error"), event.parseError);
        }
        if (diagnosed) {
            QJsonArray list;
            for (const WebhookHint &h : hints)
                list.append(QJsonObject {
                    { QStringLiteral("kind"), QLatin1String(WebhookHint::kindCode(h.kind())) },
                    { QStringLiteral("subject"), h.subject() },
                    { QStringLiteral("message"), h.message() } });
            o.insert(QStringLiteral("diagnosis"), list);
        }
        return TerminalText::json(QJsonDocument(o).toJson(QJsonDocument::Compact)) + '\n';
    }
    std::string out;
    out += time.toStdString();
    out += ' ';
    TerminalText::append(out, event.peer.toUtf8(), HumanValueMax);
    out += " HTTP ";
    out += std::to_string(event.httpStatus);
    out += ' ';
    if (!event.isParsed()) {
        out += tr("malformed:").toStdString();
        out += ' ';
        TerminalText::append(out, event.parseError.toUtf8(), HumanValueMax);
        out += '\n';
        return QByteArray::fromStdString(out);
    }
    out += (event.isValid() ? tr("valid") : tr("invalid (%1)").arg(event.reasonCode()))
               .toStdString();
    out += ' ';
    out += WebhookHistory::classificationText(event.classification).toStdString();
    for (const char *key : ShownFields) {
        out += ' ';
        out += key;
        out += '=';
        const WebhookData::Field *f = event.data.field(key);
        if (f && !f->isNull)
            TerminalText::append(out, f->value, HumanValueMax);
        else
            out += tr("(none)").toStdString();
    }
    if (diagnosed) {
        out += ' ';
        out += tr("diagnosis:").toStdString();
        out += ' ';
        if (hints.isEmpty())
            out += tr("no likely cause found").toStdString();
        for (qsizetype i = 0; i < hints.size(); ++i) {
            if (i)
                out += "; ";
            TerminalText::append(out, hints.at(i).message().toUtf8(), 1000);
        }
    }
    out += '\n';
    return QByteArray::fromStdString(out);
}

int ListenCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Receives webhooks on 127.0.0.1 and verifies each as it arrives: 200 for a valid "
           "one, 400 for an invalid one, 413 for a body over 64 KiB. Point the sandbox's "
           "notification_url at the printed URL."));
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("port"), tr("Port to listen on; 0 picks a free one."), tr("N") });
    parser.addOption({ QStringLiteral("endpoint"),
                       tr("Path that receives the webhooks (the path they are signed for), "
                          "e.g. /webhooks."),
                       tr("PATH") });
    parser.addOption({ QStringLiteral("method"), tr("HTTP method (default POST)."), tr("METHOD"),
                       QStringLiteral("POST") });
    parser.addOption({ QStringLiteral("json"), tr("Print one JSON object per webhook.") });
    DiagnoseOptions::addTo(parser);
    parser.addOption({ QStringLiteral("exit-after"),
                       tr("Exit after N requests at the endpoint (default: run until killed)."),
                       tr("N") });
    VerbParser::addSecretOptions(parser);
    if (const std::optional<int> exitCode = VerbParser::parse(parser, arguments))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        VerbParser::printError(tr("listen takes no file"));
        return ExitUsage;
    }
    bool portOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    if (!parser.isSet(QStringLiteral("port")) || !portOk || port > 65535) {
        VerbParser::printError(tr("--port N is required: a port from 0 (any free port) to 65535"));
        return ExitUsage;
    }
    const QString path = parser.value(QStringLiteral("endpoint"));
    const QString method = parser.value(QStringLiteral("method")).toUpper();
    if (!path.startsWith(QLatin1Char('/')) || method.isEmpty()) {
        VerbParser::printError(
            tr("--endpoint PATH is required and starts with '/', e.g. /webhooks"));
        return ExitUsage;
    }
    qint64 exitAfter = -1;
    if (parser.isSet(QStringLiteral("exit-after"))) {
        bool ok = false;
        exitAfter = parser.value(QStringLiteral("exit-after")).toLongLong(&ok);
        if (!ok || exitAfter < 1) {
            VerbParser::printError(tr("--exit-after takes a positive number"));
            return ExitUsage;
        }
    }
    const std::optional<QByteArray> secret = VerbParser::loadSecret(parser);
    if (!secret)
        return ExitUsage;
    QString error;
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool diagnose = DiagnoseOptions::isSet(parser);
    const std::optional<WebhookDiagnoser::Candidates> candidates
        = DiagnoseOptions::candidates(parser, &error);
    if (!candidates) {
        VerbParser::printError(error);
        return ExitUsage;
    }

    WebhookListener listener;
    listener.setEndpoint(path, method);
    listener.setSecret(*secret);
    if (!listener.listen(QHostAddress(QHostAddress::LocalHost), quint16(port))) {
        VerbParser::printError(listener.errorString());
        return ExitUsage;
    }
    const QString url = listener.url().toString();
    if (json)
        writeLine(QJsonDocument(QJsonObject { { QStringLiteral("listening"), url } })
                      .toJson(QJsonDocument::Compact)
                  + '\n');
    else
        writeLine(tr("listening on %1").arg(url).toUtf8() + '\n');

    qint64 seen = 0;
    QObject::connect(
        &listener, &WebhookListener::webhookReceived, &listener, [&](const WebhookEvent &event) {
            if (diagnose && event.isParsed() && !event.isValid()) {
                const QList<WebhookHint> hints
                    = WebhookDiagnoser::diagnose(event.data, path, method, *secret, *candidates);
                writeLine(formatEvent(event, json, &hints));
            } else {
                writeLine(formatEvent(event, json, nullptr));
            }
            if (exitAfter > 0 && ++seen >= exitAfter)
                QTimer::singleShot(0, &listener, []() { QCoreApplication::exit(ExitOk); });
        });
    return QCoreApplication::exec();
}
