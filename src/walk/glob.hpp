#pragma once
// Glob patterns in gitignore syntax, matched against `/`-separated relative paths.

#include <filesystem>
#include <string_view>
#include <vector>

namespace citecheck {

// `*` and `?` stay inside one path segment, `**` as a whole segment spans any number of
// directories, `[a-z]` / `[!a-z]` are byte classes, and a backslash escapes the next byte.
bool glob_match(std::string_view pattern, std::string_view path);

bool has_glob_characters(std::string_view pattern);

// The regular files under `base` whose `/`-separated path relative to `base` matches
// `pattern`, sorted. A pattern without glob characters names one path, which is returned
// whether or not it exists (the caller reports a missing file where it opens it).
std::vector<std::filesystem::path> expand_glob(const std::filesystem::path& base,
                                               std::string_view pattern);

}  // namespace citecheck
