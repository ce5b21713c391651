#include "tests/support/run_citecheck.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace citecheck::testing {

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw std::runtime_error("cannot read " + path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A new empty file in the temporary directory, for the command's output.
std::string make_temp_file() {
  std::string name = "/tmp/citecheck-test-XXXXXX";
  const int descriptor = mkstemp(name.data());
  if (descriptor < 0)
    throw std::runtime_error("cannot create a temporary file");
  close(descriptor);
  return name;
}

}  // namespace

CommandResult run_citecheck(const std::string& arguments, const std::string& directory) {
  const std::string out_file = make_temp_file();
  const std::string err_file = make_temp_file();
  const std::string command = "cd '" + std::string(CITECHECK_SOURCE_DIR) + "/" + directory +
                              "' && NO_COLOR=1 '" + CITECHECK_BINARY + "' " + arguments + " >" +
                              out_file + " 2>" + err_file;
  const int status = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_all(out_file);
  result.err = read_all(err_file);
  std::remove(out_file.c_str());
  std::remove(err_file.c_str());
  return result;
}

std::string read_source_file(const std::string& path) {
  return read_all(std::string(CITECHECK_SOURCE_DIR) + "/" + path);
}

}  // namespace citecheck::testing
