#pragma once

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>

#include "src/document/article.hpp"
#include "src/input/source_text.hpp"

namespace citecheck::testing {

// The prose with blanked runs collapsed: spaces and tabs become one space, lines are
// trimmed, and runs of blank lines become one, so that tests can spell out the words and
// the paragraph structure.
inline std::string collapsed(std::string_view prose) {
  std::string lines;
  std::string line;
  const auto end_line = [&](bool newline) {
    const std::size_t first = line.find_first_not_of(' ');
    const std::size_t last = line.find_last_not_of(' ');
    if (first != std::string::npos)
      lines += line.substr(first, last - first + 1);
    if (newline)
      lines += '\n';
    line.clear();
  };
  for (char c : prose) {
    if (c == '\n') {
      end_line(true);
    } else if (c == ' ' || c == '\t') {
      if (line.empty() || line.back() != ' ')
        line += ' ';
    } else {
      line += c;
    }
  }
  end_line(false);
  std::string result;
  for (char c : lines) {
    if (c == '\n' && result.ends_with("\n\n"))
      continue;
    if (c == '\n' && result.empty())
      continue;
    result += c;
  }
  while (result.ends_with('\n'))
    result.pop_back();
  return result;
}

inline std::string collapsed(const Article& article) {
  return collapsed(article.text());
}

// The bytes of the original file that a piece of the prose comes from.
inline std::string_view original_of(const Article& article, std::size_t prose_offset,
                                    std::size_t length) {
  const Span span = article.to_original(Span{prose_offset, prose_offset + length});
  return article.source().bytes().substr(span.start, span.size());
}

// Offset in the prose of the `occurrence`-th (0-based) `needle`; fails the test if absent.
inline std::size_t prose_offset(const Article& article, std::string_view needle,
                                std::size_t occurrence = 0) {
  std::size_t at = article.text().find(needle);
  for (std::size_t i = 0; i < occurrence && at != std::string_view::npos; ++i) {
    at = article.text().find(needle, at + 1);
  }
  INFO("looking for: " << needle);
  REQUIRE(at != std::string_view::npos);
  return at;
}

// Every byte of the prose that is not white space maps to a byte that is the same, or to
// the `&` of the entity it was decoded from.
inline void check_map_is_exact(const Article& article) {
  const std::string_view text = article.text();
  const std::string_view bytes = article.source().bytes();
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t')
      continue;
    const std::size_t original = article.to_original(i);
    if (original >= bytes.size() || (bytes[original] != c && bytes[original] != '&')) {
      if (wrong++ == 0) {
        UNSCOPED_INFO("first wrong byte: prose offset " << i << " maps to " << original);
      }
    }
  }
  CHECK(wrong == 0);
}

inline std::string_view prose_of(const Article& article, Span text) {
  return article.text().substr(text.start, text.size());
}

inline std::string_view original_span(const Article& article, Span span) {
  return article.source().bytes().substr(span.start, span.size());
}

}  // namespace citecheck::testing
