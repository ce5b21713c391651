#include "src/text/characters.hpp"

#include <algorithm>
#include <cstring>

#include "src/input/utf8.hpp"

namespace citecheck::text {

bool is_space(char32_t c) {
  switch (c) {
    case U' ':
    case U'\t':
    case U'\n':
    case U'\r':
    case U'\f':
    case U'\v':
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200B;
  }
}

bool is_digit(char32_t c) {
  return c >= U'0' && c <= U'9';
}

bool is_word_char(char32_t c) {
  if (c < 0x80) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || is_digit(c);
  }
  if (c < 0xC0)
    return false;  // Latin-1 punctuation and symbols
  if (c == 0xD7 || c == 0xF7)
    return false;  // × ÷
  if (c >= 0x2000 && c <= 0x2BFF)
    return false;  // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F)
    return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F)
    return false;
  return !is_space(c);
}

char32_t code_point_before(std::string_view text, std::size_t offset) {
  if (offset == 0)
    return 0;
  std::size_t length = 0;
  return utf8::decode(text, utf8::previous(text, offset), length);
}

char32_t code_point_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size())
    return 0;
  std::size_t length = 0;
  return utf8::decode(text, offset, length);
}

namespace {

// Offset just past a blank line starting at `line_start`, or npos if the line has text.
std::size_t skip_blank_line(std::string_view text, std::size_t line_start) {
  std::size_t i = line_start;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
    ++i;
  if (i == text.size())
    return i;
  return text[i] == '\n' ? i + 1 : std::string_view::npos;
}

}  // namespace

ParagraphIndex::ParagraphIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  std::size_t position = 0;
  while (true) {
    const void* found = std::memchr(text.data() + position, '\n', text.size() - position);
    if (!found)
      break;
    const std::size_t newline =
        static_cast<std::size_t>(static_cast<const char*>(found) - text.data());
    std::size_t next = newline + 1;
    std::size_t after_blank = skip_blank_line(text, next);
    if (after_blank == std::string_view::npos) {
      position = next;
      continue;
    }
    // One or more blank lines end the paragraph.
    ends_.push_back(newline);
    while (after_blank != std::string_view::npos && after_blank < text.size()) {
      next = after_blank;
      after_blank = skip_blank_line(text, next);
    }
    if (after_blank == text.size())
      next = text.size();
    starts_.push_back(next);
    position = next;
    if (next >= text.size())
      break;
  }
  ends_.push_back(text.size());
}

std::size_t ParagraphIndex::paragraph_of(std::size_t offset) const {
  const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::size_t>(after - starts_.begin()) - 1;
}

std::size_t ParagraphIndex::first_char_of(std::size_t index) const {
  if (index >= starts_.size())
    return text_.size();
  std::size_t i = starts_[index];
  while (i < ends_[index]) {
    std::size_t length = 0;
    if (!is_space(utf8::decode(text_, i, length)))
      break;
    i += length;
  }
  return i;
}

std::size_t ParagraphIndex::end_of(std::size_t index) const {
  return index < ends_.size() ? ends_[index] : text_.size();
}

}  // namespace citecheck::text
