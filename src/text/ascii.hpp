#pragma once
// ASCII character tests for markup and data formats (HTML, Markdown, BibTeX, directives),
// whose syntax is ASCII whatever the text around it: no locale, no table lookups.

#include <cstddef>
#include <string_view>

namespace citecheck::ascii {

constexpr bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_alnum(char c) {
  return is_letter(c) || is_digit(c);
}
// HTML's "ASCII whitespace" (and Markdown's, with the form feed).
constexpr bool is_white(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
constexpr char to_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// `text` has `lower_case_prefix` at `at`, in any letter case.
constexpr bool starts_with_ignoring_case(std::string_view text, std::size_t at,
                                         std::string_view lower_case_prefix) {
  if (at > text.size() || text.size() - at < lower_case_prefix.size())
    return false;
  for (std::size_t i = 0; i < lower_case_prefix.size(); ++i) {
    if (to_lower(text[at + i]) != lower_case_prefix[i])
      return false;
  }
  return true;
}

}  // namespace citecheck::ascii
