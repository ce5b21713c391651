#include "src/walk/ignore_rules.hpp"

#include <fstream>
#include <system_error>

#include "src/core/errors.hpp"
#include "src/walk/glob.hpp"

namespace citecheck {

namespace {

std::filesystem::path absolute_normal(const std::filesystem::path& path) {
  std::filesystem::path normal = std::filesystem::absolute(path).lexically_normal();
  if (!normal.has_filename() && normal != normal.root_path())
    normal = normal.parent_path();  // "dir/" -> "dir"
  return normal;
}

// Trailing spaces end a gitignore line unless a backslash escapes them.
std::string_view trim_line(std::string_view line) {
  if (!line.empty() && line.back() == '\r')
    line.remove_suffix(1);
  while (!line.empty() && line.back() == ' ' &&
         !(line.size() >= 2 && line[line.size() - 2] == '\\')) {
    line.remove_suffix(1);
  }
  return line;
}

}  // namespace

void IgnoreRules::add(std::string_view line, const std::filesystem::path& base) {
  line = trim_line(line);
  if (line.empty() || line.front() == '#')
    return;
  Pattern pattern;
  pattern.base = absolute_normal(base);
  if (line.front() == '!') {
    pattern.negated = true;
    line.remove_prefix(1);
  }
  if (!line.empty() && line.back() == '/') {
    pattern.directory_only = true;
    line.remove_suffix(1);
  }
  if (line.empty())
    return;
  // A slash anywhere but at the end anchors the pattern to the base; otherwise it names
  // a file or directory at any depth.
  if (line.find('/') == std::string_view::npos) {
    pattern.glob = "**/" + std::string(line);
  } else {
    if (line.front() == '/')
      line.remove_prefix(1);
    pattern.glob = std::string(line);
  }
  patterns_.push_back(std::move(pattern));
}

void IgnoreRules::add_file(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in)
    throw InputError(file.string() + ": cannot read ignore file");
  const std::filesystem::path base = absolute_normal(file).parent_path();
  std::string line;
  while (std::getline(in, line))
    add(line, base);
}

bool IgnoreRules::decides_ignored(const std::filesystem::path& absolute, bool is_directory) const {
  bool result = false;
  for (const Pattern& pattern : patterns_) {
    if (pattern.directory_only && !is_directory)
      continue;
    const std::filesystem::path relative = absolute.lexically_relative(pattern.base);
    const std::string text = relative.generic_string();
    if (text.empty() || text == "." || text.starts_with(".."))
      continue;
    if (glob_match(pattern.glob, text))
      result = !pattern.negated;
  }
  return result;
}

bool IgnoreRules::ignored(const std::filesystem::path& path, bool is_directory) const {
  if (patterns_.empty())
    return false;
  const std::filesystem::path absolute = absolute_normal(path);
  // As in git, nothing below an ignored directory can be re-included.
  std::filesystem::path ancestor;
  for (auto it = absolute.begin(); it != absolute.end(); ++it) {
    if (std::next(it) == absolute.end())
      break;
    ancestor /= *it;
    if (decides_ignored(ancestor, true))
      return true;
  }
  return decides_ignored(absolute, is_directory);
}

std::filesystem::path find_upwards(const std::filesystem::path& start, std::string_view name) {
  std::error_code error;
  for (std::filesystem::path directory = absolute_normal(start);;
       directory = directory.parent_path()) {
    const std::filesystem::path candidate = directory / name;
    if (std::filesystem::is_regular_file(candidate, error))
      return candidate;
    if (directory == directory.parent_path())
      return {};
  }
}

}  // namespace citecheck
