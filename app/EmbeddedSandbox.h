#pragma once

/// The console's Sandbox profile composed outside ui/ (ui/ does not link the simulator): makes
/// every ConsoleSession of this process start the simulator in the process, on a free loopback
/// port with a fresh secret (32 random bytes as hex, never stored), when the Sandbox profile is
/// chosen. merchant-console, the console benchmarks and mc-screenshots call it before their
/// first MainWindow.
void installEmbeddedSandbox();
