#pragma once

#include <stdexcept>
#include <string>

namespace citecheck {

// Thrown for bad command-line usage; run_cli prints it and exits with 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A file citecheck cannot check (unreadable, not UTF-8, broken source list). The message
// already names the file and, where known, the line and column. run_cli reports it, exits
// with 2 at the end, and goes on with the other files.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace citecheck
