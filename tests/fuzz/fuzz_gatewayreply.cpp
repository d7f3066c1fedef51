// Fuzz target: how the SDK reads a gateway answer (GatewayReply::classify) and the typed
// responses built on it. The first two bytes pick the HTTP status, the rest is the body.
// Properties checked: only a 200 with a JSON object whose status is text and not "error" is a
// success; a 400 with a JSON object is a refusal; every error has a message.
#include <cstdint>
#include <iterator>

#include <QJsonDocument>

#include "BalanceResponse.h"
#include "FuzzCheck.h"
#include "GatewayReply.h"
#include "InitPaymentResponse.h"
#include "StatusPaymentResponse.h"
#include "StatusWithdrawalResponse.h"
#include "WithdrawalResponse.h"

using namespace ClientPayment;

namespace {

const int Statuses[] = { 200, 200, 200, 200, 400, 400, 500, 502, 503, 504,
                         301, 302, 307, 404, 401, 403, 413, 429, 201, 204 };

void readAll(const GatewayResponse &response)
{
    (void)response.status();
    (void)response.unknownKeys();
    for (auto it = response.json().begin(); it != response.json().end(); ++it)
        (void)response.text(it.key());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 2)
        return 0;
    // Mostly the statuses a gateway sends, sometimes any 16-bit number.
    const int status = bytes[0] < 0xf0 ? Statuses[bytes[0] % std::size(Statuses)]
                                       : (bytes[0] & 0x0f) << 8 | bytes[1];
    const QByteArray body(reinterpret_cast<const char *>(bytes + 2), qsizetype(size - 2));
    const QString location
        = (bytes[1] & 1) ? QStringLiteral("https://elsewhere.example/x") : QString();

    QJsonObject json;
    const GatewayError error = GatewayReply::classify(status, body, location, &json);

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!error.isError()) {
        FUZZ_CHECK(status == 200);
        FUZZ_CHECK(doc.isObject());
        FUZZ_CHECK(json.value(QLatin1String("status")).isString());
        FUZZ_CHECK(json.value(QLatin1String("status")).toString() != QLatin1String("error"));
        readAll(InitPaymentResponse(json));
        readAll(StatusPaymentResponse(json));
        readAll(BalanceResponse(json));
        readAll(WithdrawalResponse(json));
        readAll(StatusWithdrawalResponse(json));
        (void)InitPaymentResponse(json).formData();
        (void)StatusWithdrawalResponse(json).withdrawalRequest();
    } else {
        FUZZ_CHECK(json.isEmpty());
        FUZZ_CHECK(error.httpStatus() == status);
        FUZZ_CHECK(!error.message().isEmpty()
                   || error.kind() == GatewayError::Kind::GatewayRefusal);
        FUZZ_CHECK(!error.toString().isEmpty());
        if (status == 400 && doc.isObject())
            FUZZ_CHECK(error.kind() == GatewayError::Kind::GatewayRefusal);
        if (status != 200 && status != 400)
            FUZZ_CHECK(error.kind() == GatewayError::Kind::GatewayFailure);
        FUZZ_CHECK(error.detail().size() <= 4096 || !error.body().isEmpty());
    }
    return 0;
}
