#pragma once
// How machine formats name files: relative to the working directory (the repository root
// in CI), with `/` separators.

#include <filesystem>
#include <string>

namespace citecheck {

// `path` relative to `working_directory` when it lies inside it; else absolute. Both
// with `/` separators.
std::string relative_report_path(const std::string& path,
                                 const std::filesystem::path& working_directory);

// A URI reference (RFC 3986) for a file: a percent-encoded relative reference inside
// `working_directory`, a file:// URI outside it.
std::string report_uri(const std::string& path, const std::filesystem::path& working_directory);

}  // namespace citecheck
