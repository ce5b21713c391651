#pragma once
// Runs the built citecheck binary the way a user would, for end-to-end tests.

#include <string>

namespace citecheck::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `citecheck ARGUMENTS` through the shell from `directory` (relative to the source
// tree), with colour off. ARGUMENTS may hold redirections such as `- < file`.
CommandResult run_citecheck(const std::string& arguments, const std::string& directory = ".");

// The bytes of a file in the source tree.
std::string read_source_file(const std::string& path);

}  // namespace citecheck::testing
