#pragma once

#include <QString>

namespace Sandbox {

/// The magic values that make the sandbox misbehave on purpose, for demos and tests.
///
/// An `order` that starts with one of these prefixes triggers the fault on POST /init and
/// POST /withdrawal_request, and on GET /status and GET /withdrawal_request when no payment or
/// withdrawal with that order exists (so that a recorded one can still be looked up):
///
/// | order prefix     | the answer                                     | recorded (POST)? |
/// |------------------|------------------------------------------------|------------------|
/// | `fault-500`      | HTTP 500 `{"message": ...}`                    | no               |
/// | `fault-html`     | HTTP 200, text/html, not JSON                  | no               |
/// | `fault-nostatus` | HTTP 200 JSON without `status`                 | no               |
/// | `fault-drop`     | connection closed after reading, no answer     | yes              |
/// | `fault-slow`     | the normal answer, after SandboxConfig::slowDelayMs (5 s) | yes   |
///
/// GET /balance has no order; its `currency` does it instead: `ERR` (500), `HTM` (html),
/// `NST` (no status), `DRP` (drop), `SLW` (slow).
class SandboxFault
{
public:
    enum class Kind { None, Http500, Html, NoStatus, Drop, Slow };

    /// The fault an order number asks for.
    static Kind fromOrder(const QString &order);
    /// The fault a balance currency asks for.
    static Kind fromCurrency(const QString &currency);
    /// Whether the request is still processed and recorded before the fault shows.
    static bool isRecorded(Kind kind) { return kind == Kind::Drop || kind == Kind::Slow; }
};

} // namespace Sandbox
