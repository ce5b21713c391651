#pragma once
// Helpers for tests that run the real citecheck binary in a scratch directory.

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace citecheck::testing {

// A directory under /tmp, removed with everything in it at the end of the test.
class ScratchDirectory {
 public:
  ScratchDirectory() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "citecheck-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr)
      throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `content` to `relative`, creating its directories.
  std::filesystem::path write(const std::string& relative, const std::string& content) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

 private:
  std::filesystem::path path_;
};

inline std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct CommandResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `citecheck ARGUMENTS` (a shell fragment) in `directory`, with `environment`
// (`NAME=value ...`) and without the caller's CITECHECK_CONFIG.
inline CommandResult run_citecheck(const std::filesystem::path& directory,
                                   const std::string& arguments,
                                   const std::string& environment = "") {
  const std::filesystem::path out = directory / ".citecheck-test.out";
  const std::filesystem::path err = directory / ".citecheck-test.err";
  const std::string command = "cd '" + directory.string() + "' && env -u CITECHECK_CONFIG " +
                              environment + " '" + CITECHECK_BINARY + "' " + arguments + " >'" +
                              out.string() + "' 2>'" + err.string() + "'";
  const int status = std::system(command.c_str());
  CommandResult result;
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_text(out);
  result.err = read_text(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return result;
}

// Articles with known findings, written for these tests.
// quote-wrong-direction at 1:20 (error) and quote-inner-space at 1:21 (warning).
inline constexpr const char* kWrongDirection =
    "The mayor told us, \u201d We will open the bridge in March.\u201d\n";
// quote-unbalanced at 1:1 (error).
inline constexpr const char* kUnclosed = "\u201cWe will open the bridge in March\n";
// quote-unattributed at 1:1 (warning).
inline constexpr const char* kUnattributed =
    "\u201cWe will open the bridge in March and close the ferry in April.\u201d\n";
// quote-mixed-style (info).
inline constexpr const char* kMixedStyle =
    "\u201cWe open in March,\u201d the mayor said. \"We close in April,\" she added.\n";
// source-misspelled at 1:1 (error) with kSourceList.
inline constexpr const char* kMisspelledSource =
    "Pat Olsen of the Harbor Gazette said, \u201cWe ship a new ferry every spring.\u201d\n";
inline constexpr const char* kSourceList =
    R"([{"id": "olson-gazette", "type": "article-newspaper",
        "author": [{"family": "Olson", "given": "Pat"}], "container-title": "Harbor Gazette"}])";
inline constexpr const char* kClean = "The bridge opens in March, the mayor said.\n";

}  // namespace citecheck::testing
