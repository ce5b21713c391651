#include "src/walk/glob.hpp"

#include <algorithm>
#include <string>
#include <system_error>

namespace citecheck {

namespace {

// Matches a `[...]` class at the start of `pattern` against `byte`. Sets `length` to the
// class's size in the pattern; returns false (length 0) for an unterminated class.
bool match_class(std::string_view pattern, char byte, std::size_t& length) {
  std::size_t i = 1;
  const bool negated = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
  if (negated)
    ++i;
  bool matched = false;
  bool first = true;
  for (; i < pattern.size() && (first || pattern[i] != ']'); first = false) {
    char low = pattern[i];
    if (low == '\\' && i + 1 < pattern.size())
      low = pattern[++i];
    char high = low;
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      high = pattern[i + 2];
      i += 2;
    }
    if (byte >= low && byte <= high)
      matched = true;
    ++i;
  }
  if (i >= pattern.size()) {
    length = 0;
    return false;
  }
  length = i + 1;
  return matched != negated;
}

bool match_from(std::string_view pattern, std::string_view path, bool segment_start) {
  while (!pattern.empty()) {
    const bool double_star =
        pattern.starts_with("**") && segment_start && (pattern.size() == 2 || pattern[2] == '/');
    if (double_star) {
      if (pattern.size() == 2)
        return true;  // `dir/**`: everything below
      const std::string_view rest = pattern.substr(3);
      if (match_from(rest, path, true))
        return true;
      for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '/' && match_from(rest, path.substr(i + 1), true))
          return true;
      }
      return false;
    }
    const char c = pattern.front();
    if (c == '*') {
      while (!pattern.empty() && pattern.front() == '*')
        pattern.remove_prefix(1);
      for (std::size_t i = 0;; ++i) {
        if (match_from(pattern, path.substr(i), false))
          return true;
        if (i == path.size() || path[i] == '/')
          return false;
      }
    }
    if (path.empty())
      return false;
    if (c == '?') {
      if (path.front() == '/')
        return false;
      pattern.remove_prefix(1);
    } else if (c == '[') {
      std::size_t length = 0;
      const bool matched = match_class(pattern, path.front(), length);
      if (length == 0) {  // no closing bracket: a literal `[`
        if (path.front() != '[')
          return false;
        length = 1;
      } else if (!matched || path.front() == '/') {
        return false;
      }
      pattern.remove_prefix(length);
    } else {
      std::size_t length = 1;
      char literal = c;
      if (c == '\\' && pattern.size() > 1) {
        literal = pattern[1];
        length = 2;
      }
      if (path.front() != literal)
        return false;
      pattern.remove_prefix(length);
    }
    segment_start = path.front() == '/';
    path.remove_prefix(1);
  }
  return path.empty();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  return match_from(pattern, path, true);
}

bool has_glob_characters(std::string_view pattern) {
  return pattern.find_first_of("*?[") != std::string_view::npos;
}

std::vector<std::filesystem::path> expand_glob(const std::filesystem::path& base,
                                               std::string_view pattern) {
  if (!has_glob_characters(pattern))
    return {base / std::filesystem::path(pattern)};
  // An empty base is the working directory; the directory iterator needs it spelled out.
  const std::filesystem::path walk_base = base.empty() ? std::filesystem::path(".") : base;

  // Walk only below the literal directories the pattern starts with.
  std::size_t literal_end = 0;
  for (std::size_t slash = pattern.find('/'); slash != std::string_view::npos;
       slash = pattern.find('/', slash + 1)) {
    if (has_glob_characters(pattern.substr(0, slash)))
      break;
    literal_end = slash + 1;
  }
  const std::filesystem::path root =
      walk_base / std::filesystem::path(pattern.substr(0, literal_end));

  std::vector<std::filesystem::path> matches;
  std::error_code error;
  for (auto it = std::filesystem::recursive_directory_iterator(root, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (!it->is_regular_file(error))
      continue;
    const std::string relative = it->path().lexically_relative(walk_base).generic_string();
    if (glob_match(pattern, relative))
      matches.push_back(it->path());
  }
  std::sort(matches.begin(), matches.end());
  return matches;
}

}  // namespace citecheck
