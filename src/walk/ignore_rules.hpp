#pragma once
// Which paths a run skips: `.citecheckignore` files, the config's `ignore:` list and
// --ignore-pattern, all in gitignore syntax.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck {

class IgnoreRules {
 public:
  // Adds one gitignore-syntax line; patterns are relative to `base`. Blank lines and
  // `#` comments are skipped. Later patterns win over earlier ones, as in .gitignore.
  void add(std::string_view line, const std::filesystem::path& base);
  // Adds every line of an ignore file, relative to the file's directory. Throws
  // InputError when the file cannot be read.
  void add_file(const std::filesystem::path& file);

  // True when `path` or one of its parent directories is ignored. Relative paths are
  // taken from the working directory.
  bool ignored(const std::filesystem::path& path, bool is_directory) const;

  bool empty() const { return patterns_.empty(); }

 private:
  struct Pattern {
    std::string glob;
    std::filesystem::path base;  // absolute
    bool negated = false;
    bool directory_only = false;
  };
  // The last pattern matching `path` decides, or false when none does.
  bool decides_ignored(const std::filesystem::path& absolute, bool is_directory) const;

  std::vector<Pattern> patterns_;
};

// Finds the nearest `name` in `start` or one of its parents; empty when there is none.
std::filesystem::path find_upwards(const std::filesystem::path& start, std::string_view name);

}  // namespace citecheck
