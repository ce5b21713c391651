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

std::size_t leading_spaces(std::string_view text) {
  std::size_t offset = 0;
  while (offset < text.size()) {
    std::size_t length = 0;
    if (!is_space(utf8::decode(text, offset, length)))
      break;
    offset += length;
  }
  return offset;
}

std::size_t trailing_spaces(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0) {
    const std::size_t previous = utf8::previous(text, end);
    std::size_t length = 0;
    if (!is_space(utf8::decode(text, previous, length)))
      break;
    end = previous;
  }
  return text.size() - end;
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

// Hard wrapping stays under 80 columns; a line that goes on into the next one is longer
// than this only where lines are not wrapped at all.
constexpr std::size_t kWrapWidth = 100;

// Whether the line at `line_start` is short and the last of its block (a blank line or the
// end follows): the credit under a pull quote (`"…⏎Dean Baker, CEPR."`).
bool is_closing_short_line(std::string_view text, std::size_t line_start) {
  const std::size_t line_end = std::min(text.find('\n', line_start), text.size());
  return line_end - line_start <= kWrapWidth &&
         (line_end == text.size() || skip_blank_line(text, line_end + 1) != std::string_view::npos);
}

// A paragraph ends at a line holding only spaces and tabs.
bool blank_line_at(std::string_view text, std::size_t newline) {
  std::size_t next = newline + 1;
  while (next < text.size() && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r')) {
    ++next;
  }
  return next < text.size() && text[next] == '\n';
}

}  // namespace

bool lines_are_paragraphs(std::string_view text) {
  std::vector<std::size_t> running_on;  // lengths of lines followed by a line of text
  std::size_t before_blank = 0;         // lines of text followed by a blank line
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos)
      break;
    const std::size_t next = line_end + 1;
    if (skip_blank_line(text, line_start) == std::string_view::npos && next < text.size()) {
      if (skip_blank_line(text, next) == std::string_view::npos) {
        running_on.push_back(line_end - line_start);
      } else {
        ++before_blank;
      }
    }
    line_start = next;
  }
  // Where blank lines separate most paragraphs, they are the convention, and a few long
  // lines running on (a pull quote and its credit) do not change it.
  if (running_on.empty() || running_on.size() <= before_blank)
    return false;
  const auto middle = running_on.begin() + static_cast<std::ptrdiff_t>(running_on.size() / 2);
  std::nth_element(running_on.begin(), middle, running_on.end());
  return *middle > kWrapWidth;
}

std::size_t paragraph_end(std::string_view text, std::size_t offset) {
  for (std::size_t newline = text.find('\n', offset); newline != std::string_view::npos;
       newline = text.find('\n', newline + 1)) {
    if (blank_line_at(text, newline))
      return newline;
  }
  return text.size();
}

std::size_t paragraph_start(std::string_view text, std::size_t offset, std::size_t floor) {
  std::size_t line_start = offset;
  while (line_start > floor) {
    const std::size_t newline = text.rfind('\n', line_start - 1);
    if (newline == std::string_view::npos || newline < floor)
      return floor;
    // The line before this newline is blank: the paragraph starts after it.
    std::size_t previous = newline;
    while (previous > floor && (text[previous - 1] == ' ' || text[previous - 1] == '\t' ||
                                text[previous - 1] == '\r')) {
      --previous;
    }
    if (previous == floor || text[previous - 1] == '\n')
      return newline + 1;
    line_start = newline;
  }
  return floor;
}

ParagraphIndex::ParagraphIndex(std::string_view text, bool one_per_line) : text_(text) {
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
    if (after_blank == std::string_view::npos && one_per_line && next < text.size() &&
        !is_closing_short_line(text, next)) {
      ends_.push_back(newline);
      starts_.push_back(next);
      position = next;
      continue;
    }
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
