#include "src/cli/install_hook.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

#include "src/core/errors.hpp"

namespace citecheck {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMarker = "# citecheck pre-commit hook";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The repository's git directory: `.git` itself, or where a `.git` file (worktrees,
// submodules) points with `gitdir: PATH`.
fs::path find_git_directory(const fs::path& working_directory) {
  std::error_code error;
  for (fs::path directory = fs::absolute(working_directory).lexically_normal();;
       directory = directory.parent_path()) {
    const fs::path dot_git = directory / ".git";
    if (fs::is_directory(dot_git, error))
      return dot_git;
    if (fs::is_regular_file(dot_git, error)) {
      std::string target = read_file(dot_git);
      if (target.starts_with("gitdir:")) {
        target.erase(0, 7);
        const auto first = target.find_first_not_of(" \t");
        const auto last = target.find_last_not_of(" \t\r\n");
        if (first != std::string::npos)
          return (directory / target.substr(first, last - first + 1)).lexically_normal();
      }
    }
    if (directory == directory.parent_path())
      throw UsageError("--install-hook: " + working_directory.string() +
                       " is not inside a git repository");
  }
}

}  // namespace

std::string pre_commit_hook_script() {
  return std::string("#!/bin/sh\n") + std::string(kMarker) +
         ", written by `citecheck --install-hook`.\n"
         "# Checks the staged articles; `git commit --no-verify` skips it. Set CITECHECK to\n"
         "# the citecheck binary when it is not on PATH.\n"
         "set -e\n"
         "if git diff --cached --quiet --diff-filter=ACMR -- \\\n"
         "    '*.md' '*.markdown' '*.html' '*.htm' '*.txt'; then\n"
         "  exit 0\n"
         "fi\n"
         "git diff --cached --name-only -z --diff-filter=ACMR -- \\\n"
         "    '*.md' '*.markdown' '*.html' '*.htm' '*.txt' |\n"
         "  xargs -0 \"${CITECHECK:-citecheck}\" --\n";
}

fs::path install_pre_commit_hook(const fs::path& working_directory, bool force) {
  const fs::path hooks = find_git_directory(working_directory) / "hooks";
  const fs::path hook = hooks / "pre-commit";
  std::error_code error;
  if (fs::exists(hook, error) && !force && read_file(hook).find(kMarker) == std::string::npos) {
    throw UsageError("--install-hook: " + hook.string() +
                     " is another pre-commit hook; use --force to replace it");
  }
  fs::create_directories(hooks, error);
  {
    std::ofstream out(hook, std::ios::binary | std::ios::trunc);
    out << pre_commit_hook_script();
    if (!out)
      throw UsageError("--install-hook: cannot write " + hook.string());
  }
  fs::permissions(hook,
                  fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                      fs::perms::others_read | fs::perms::others_exec,
                  error);
  if (error)
    throw UsageError("--install-hook: cannot make " + hook.string() + " executable");
  return hook;
}

}  // namespace citecheck
