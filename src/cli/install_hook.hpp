#pragma once
// `citecheck --install-hook`: a plain git pre-commit hook for repositories that do not
// use the pre-commit framework.

#include <filesystem>
#include <string>

namespace citecheck {

// The hook: checks the staged .md, .markdown, .html, .htm and .txt files with the
// citecheck on PATH (or $CITECHECK) and fails the commit on findings or errors.
std::string pre_commit_hook_script();

// Writes the hook into the hooks directory of the git repository that contains
// `working_directory` and returns its path. Replaces an earlier citecheck hook; refuses
// (UsageError) to replace another hook unless `force`, and outside a repository.
std::filesystem::path install_pre_commit_hook(const std::filesystem::path& working_directory,
                                              bool force);

}  // namespace citecheck
