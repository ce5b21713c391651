#pragma once

namespace citecheck {

// The whole command line: parse options, check every path, report, return the exit code
// (0 clean, 1 findings at or above the fail level, 2 citecheck could not do its job).
int run_cli(int argc, char** argv);

}  // namespace citecheck
