#pragma once

class ConsoleSession;

namespace Sandbox {
class SandboxGateway;
}

/// The console's Sandbox profile in tests, composed as app/merchant-console.cpp does: the
/// simulator in this process, started for each session that chooses the profile.
class EmbeddedSandbox
{
public:
    /// Makes every ConsoleSession of this test process start its own sandbox (call before the
    /// first MainWindow).
    static void install();
    /// The sandbox `session` started; nullptr before.
    static Sandbox::SandboxGateway *of(const ConsoleSession *session);
};
