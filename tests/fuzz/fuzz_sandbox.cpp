// Fuzz target: the sandbox gateway's request handling without sockets: SandboxRequest (form and
// query decoding, UTF-8, duplicates, signature, field validation) and SandboxGateway::process()
// (the five operations and the ledger). Each input line is one request on the same gateway:
// its first byte picks the operation, its second whether the fuzz target signs the parameters
// (so that the fields past the signature check get fuzzed too); the rest is the parameters.
// Properties checked: form encoding round-trips; every answer is 200, 400, 404 or 405 with the
// fields PROTOCOL.md promises; an unsigned or badly signed request never reaches the ledger;
// the balance never goes below zero.
#include <cstdint>
#include <memory>

#include <QCoreApplication>

#include "FormCodec.h"
#include "FuzzCheck.h"
#include "MinorUnits.h"
#include "ResponseShape.h"
#include "SandboxGateway.h"
#include "SandboxRequest.h"
#include "Signature.h"

using namespace Sandbox;
using StatusCode = QHttpServerResponder::StatusCode;

namespace {

const QByteArray Secret = "sandbox-fuzz-secret";

struct Endpoint
{
    const char *method;
    const char *path;
};
const Endpoint Endpoints[] = {
    { "POST", "/init" },
    { "GET", "/status" },
    { "GET", "/balance" },
    { "POST", "/withdrawal_request" },
    { "GET", "/withdrawal_request" },
    { "PUT", "/init" },
    { "GET", "/nowhere" },
    { "POST", "/status" },
};

// The parameters with a correct signature for `method` `path`, or nothing when they do not
// decode.
std::optional<QByteArray> signedParams(const Endpoint &e, QByteArrayView params)
{
    auto fields = FormCodec::decode(params);
    if (!fields)
        return std::nullopt;
    fields->removeIf([](const FormCodec::Field &f) { return f.first == "signature"; });
    QList<FormCodec::Field> toSign = *fields;
    const QByteArray signature = ClientPayment::Signature::signPayload(
        ClientPayment::Signature::canonicalPayload(e.path, e.method, toSign), Secret);
    fields->append({ QByteArrayLiteral("signature"), signature });
    return FormCodec::encode(*fields);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // timers and QObject need an application
    // The sandbox logs every refusal; millions of lines would only slow the fuzzer down.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(bytes), qsizetype(size));

    SandboxConfig config;
    config.secret = Secret;
    config.balance = QStringLiteral("100.00"); // small, so that overdrafts are within reach
    config.withdrawalDelayMs = 3600 * 1000; // nothing settles while the input runs
    config.webhookResends = 0;
    auto gateway = std::make_unique<SandboxGateway>(config);

    int lines = 0;
    for (qsizetype start = 0; start < input.size() && lines < 8; ++lines) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        const QByteArrayView line = input.sliced(start, end - start);
        start = end + 1;
        if (line.size() < 2)
            continue;
        const Endpoint &e = Endpoints[uchar(line[0]) % std::size(Endpoints)];
        const bool sign = line[1] & 1;
        QByteArrayView params = line.sliced(2);

        // Round trip of the codec on whatever decodes.
        if (const auto fields = FormCodec::decode(params)) {
            const auto again = FormCodec::decode(FormCodec::encode(*fields));
            FUZZ_CHECK(again.has_value());
            QList<FormCodec::Field> expected;
            for (const auto &f : *fields)
                if (!f.first.isEmpty() || !f.second.isEmpty())
                    expected.append(f);
            FUZZ_CHECK(*again == expected || *again == *fields);
        }

        QByteArray signedBody;
        if (sign) {
            const auto s = signedParams(e, params);
            if (s) {
                signedBody = *s;
                params = signedBody;
            }
        }
        const QString balanceBefore = gateway->balance();
        SandboxRequest request
            = SandboxRequest::fromParts(e.method, QString::fromLatin1(e.path), params);
        const bool parsed = request.isValid();
        const SandboxGateway::Answer answer = gateway->process(request);

        const QJsonObject &body = answer.body;
        switch (answer.status) {
        case StatusCode::Ok:
            if (answer.fault == SandboxFault::Kind::None)
                FUZZ_CHECK(body.value(QLatin1String("status")).isString());
            break;
        case StatusCode::BadRequest:
            FUZZ_CHECK(!body.value(QLatin1String("code")).toString().isEmpty());
            FUZZ_CHECK(!body.value(QLatin1String("message")).toString().isEmpty());
            FUZZ_CHECK(gateway->balance() == balanceBefore);
            break;
        case StatusCode::InternalServerError:
            FUZZ_CHECK(answer.fault == SandboxFault::Kind::Http500);
            FUZZ_CHECK(!body.value(QLatin1String("message")).toString().isEmpty());
            break;
        case StatusCode::NotFound:
        case StatusCode::MethodNotAllowed:
            FUZZ_CHECK(
                gateway->requestCount(QString::fromLatin1(e.method), QString::fromLatin1(e.path))
                == 0);
            break;
        default:
            FUZZ_CHECK(false);
        }
        // Only the keys the protocol documents for this answer (fault-nostatus: a subset).
        const QStringList documented = ResponseShape::documentedKeys(
            QString::fromLatin1(e.path), e.method, int(answer.status), body);
        for (auto it = body.begin(); it != body.end(); ++it)
            FUZZ_CHECK(documented.contains(it.key())
                       || (answer.fault == SandboxFault::Kind::NoStatus
                           && ResponseShape::successKeys(QString::fromLatin1(e.path), e.method)
                                  .contains(it.key())));
        if (!sign || !parsed)
            FUZZ_CHECK(answer.status != StatusCode::Ok || gateway->balance() == balanceBefore);
        FUZZ_CHECK(!gateway->balance().startsWith(u'-'));
    }
    gateway.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
