#include "src/quotes/mark_context.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "src/data/embedded.hpp"
#include "src/input/utf8.hpp"
#include "src/text/characters.hpp"

namespace citecheck {

namespace {

using grammars::MarkToken;

// Characters after which a mark starts a quotation: `(“`, `—“`, `“‘`.
bool can_precede_opening(char32_t c) {
  if (c == 0 || text::is_space(c))
    return true;
  switch (c) {
    case U'(':
    case U'[':
    case U'{':
    case U'/':
    case U'-':
    case 0x2013:
    case 0x2014:
    case U'"':
    case U'\'':
    case 0x201C:
    case 0x2018:
    case 0x201E:
    case 0x201A:
    case 0xAB:
    case 0xBB:
    case 0x2039:
    case 0x203A:
    case 0x300C:
    case 0x300E:
      return true;
    default:
      return false;
  }
}

// Punctuation that ends a clause: no quotation opens right before it (`dimanche ”.`).
bool ends_clause(char32_t c) {
  switch (c) {
    case U'.':
    case U',':
    case U';':
    case U':':
    case U'!':
    case U'?':
    case U')':
    case U']':
    case U'}':
    case 0x2026:
      return true;
    default:
      return false;
  }
}

// Characters before which a mark ends a quotation: `”.`, `”—`, `’”`.
bool can_follow_closing(char32_t c) {
  if (c == 0 || text::is_space(c) || ends_clause(c))
    return true;
  switch (c) {
    case U'/':
    case U'-':
    case 0x2013:
    case 0x2014:
    case U'"':
    case U'\'':
    case 0x201D:
    case 0x2019:
    case 0xAB:
    case 0xBB:
    case 0x2039:
    case 0x203A:
    case 0x300D:
    case 0x300F:
      return true;
    default:
      return false;
  }
}

// Words that start with an apostrophe standing for dropped letters: ’n’, ’em, ’til.
const std::vector<std::string>& elisions() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> list;
    const std::string_view data = find_embedded_file("elisions.txt").value_or("");
    std::size_t start = 0;
    while (start < data.size()) {
      std::size_t end = data.find('\n', start);
      if (end == std::string_view::npos)
        end = data.size();
      std::string_view line = data.substr(start, end - start);
      start = end + 1;
      if (line.empty() || line.front() == '#')
        continue;
      list.emplace_back(line);
    }
    return list;
  }();
  return words;
}

bool starts_elision(std::string_view text, std::size_t offset) {
  for (const std::string& word : elisions()) {
    if (text.compare(offset, word.size(), word) != 0)
      continue;
    if (!text::is_word_char(text::code_point_at(text, offset + word.size())))
      return true;
  }
  return false;
}

bool is_glyph(const MarkToken& token, std::string_view text, std::string_view glyph) {
  return text.substr(token.offset, token.length) == glyph;
}

// « and » (and ‹ ›) open in French and close in German: a mark closes only when its
// mirror image opened.
MarkRole classify_guillemet(std::string_view text, const MarkToken& token,
                            const MarkToken* opener) {
  const bool is_left = is_glyph(token, text, "\xC2\xAB") || is_glyph(token, text, "\xE2\x80\xB9");
  if (opener == nullptr)
    return MarkRole::opens;
  const bool opener_is_left =
      is_glyph(*opener, text, "\xC2\xAB") || is_glyph(*opener, text, "\xE2\x80\xB9");
  return opener_is_left != is_left ? MarkRole::closes : MarkRole::opens;
}

}  // namespace

namespace {

// The inch mark of a height written with quote marks: 6'2" or 6’2”.
bool is_feet_and_inches(std::string_view text, const MarkToken& token) {
  if (token.glyph.style != MarkStyle::straight_double &&
      !(token.glyph.style == MarkStyle::curly_double && token.glyph.shape == MarkShape::closing)) {
    return false;
  }
  std::size_t at = token.offset;
  const std::size_t inches_end = at;
  while (at > 0 && text::is_digit(text::code_point_before(text, at)))
    --at;
  if (at == inches_end || inches_end - at > 2)
    return false;
  const char32_t foot_mark = text::code_point_before(text, at);
  if (foot_mark != U'\'' && foot_mark != 0x2019)
    return false;
  at = utf8::previous(text, at);
  return text::is_digit(text::code_point_before(text, at));
}

}  // namespace

bool is_probably_prime(std::string_view text, const MarkToken& token) {
  if (token.glyph.style != MarkStyle::straight_double)
    return false;
  return text::is_digit(text::code_point_before(text, token.offset));
}

MarkRole classify_mark(std::string_view text, const MarkToken& token,
                       const MarkToken* innermost_opener) {
  const MarkStyle style = token.glyph.style;
  if (style == MarkStyle::guillemet || style == MarkStyle::single_guillemet) {
    return classify_guillemet(text, token, innermost_opener);
  }
  if (style == MarkStyle::corner || style == MarkStyle::white_corner) {
    return token.glyph.shape == MarkShape::opening ? MarkRole::opens : MarkRole::closes;
  }

  if (is_feet_and_inches(text, token))
    return MarkRole::not_a_mark;
  const char32_t before = text::code_point_before(text, token.offset);
  const char32_t after = text::code_point_at(text, token.offset + token.length);
  const bool single = style == MarkStyle::straight_single || style == MarkStyle::curly_single ||
                      style == MarkStyle::low_single;
  if (single) {
    if (text::is_word_char(before) && text::is_word_char(after))
      return MarkRole::not_a_mark;
    if (can_precede_opening(before) &&
        (text::is_digit(after) || starts_elision(text, token.offset + token.length))) {
      return MarkRole::not_a_mark;  // ’90s, rock ’n’ roll
    }
    if (style == MarkStyle::low_single && !text::is_word_char(after)) {
      return MarkRole::not_a_mark;  // a comma-like glyph
    }
  }

  const bool left_flanking =
      after != 0 && !text::is_space(after) && !ends_clause(after) && can_precede_opening(before);
  const bool right_flanking = before != 0 && !text::is_space(before) && can_follow_closing(after);
  if (left_flanking && !right_flanking)
    return MarkRole::opens;
  if (right_flanking && !left_flanking)
    return MarkRole::closes;

  // Context is silent (` ” `, `word“word`): trust the glyph's shape.
  switch (token.glyph.shape) {
    case MarkShape::opening:
      if (innermost_opener != nullptr &&
          (innermost_opener->glyph.style == MarkStyle::low_double ||
           innermost_opener->glyph.style == MarkStyle::low_single) &&
          style != MarkStyle::low_double && style != MarkStyle::low_single) {
        return MarkRole::closes;  // German „…“
      }
      return MarkRole::opens;
    case MarkShape::closing:
      return innermost_opener != nullptr ? MarkRole::closes : MarkRole::opens;
    case MarkShape::either:
      return MarkRole::either;
  }
  return MarkRole::either;
}

}  // namespace citecheck
