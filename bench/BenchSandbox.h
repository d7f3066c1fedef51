#pragma once

/// The console's Sandbox profile in a benchmark, composed as app/merchant-console.cpp does (ui/
/// does not link the simulator). Call before the first MainWindow.
void installBenchSandbox();
