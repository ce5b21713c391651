#pragma once
// Character classes the grammars' callers need around quote marks. Unicode-aware for the
// few ranges that matter (spaces, letters beyond ASCII) without a full ICU lookup per mark.

#include <cstddef>
#include <string_view>
#include <vector>

namespace citecheck::text {

// White space, including U+00A0 and the other Unicode spaces (thin, narrow no-break,
// ideographic) and a stray byte order mark.
bool is_space(char32_t c);
// Letters and digits. Any code point above U+00BF that is not punctuation or a space
// counts as a letter: names like Müller or 習近平 are words.
bool is_word_char(char32_t c);
bool is_digit(char32_t c);

// How many bytes of white space (is_space) `text` starts / ends with.
std::size_t leading_spaces(std::string_view text);
std::size_t trailing_spaces(std::string_view text);

// The code point before `offset` (0 at the start of the text) and at `offset`
// (0 at the end).
char32_t code_point_before(std::string_view text, std::size_t offset);
char32_t code_point_at(std::string_view text, std::size_t offset);

// Whether plain text writes one paragraph per line: its lines run on past any wrapping
// width (as text from a word processor or a CMS does), so a single line break ends a
// paragraph. Hard-wrapped text keeps paragraphs apart with blank lines.
bool lines_are_paragraphs(std::string_view text);

// Where the paragraph holding `offset` ends (the line break before its blank line, or the
// text's end) and starts (not before `floor`), paragraphs ending at blank lines only. For
// one place; ParagraphIndex indexes them all.
std::size_t paragraph_end(std::string_view text, std::size_t offset);
std::size_t paragraph_start(std::string_view text, std::size_t offset, std::size_t floor);

// Paragraphs end at blank lines (lines holding nothing but spaces and tabs), or, when the
// text writes one paragraph per line, at every line break but the one before a short line
// that closes its block (the credit under a pull quote).
class ParagraphIndex {
 public:
  explicit ParagraphIndex(std::string_view text, bool one_per_line = false);
  // 0-based index of the paragraph holding `offset`.
  std::size_t paragraph_of(std::size_t offset) const;
  // Offset of the first non-space byte of paragraph `index` (the end of the text if
  // there is no such paragraph).
  std::size_t first_char_of(std::size_t index) const;
  // End of paragraph `index`: the start of the blank line after it, or the text's end.
  std::size_t end_of(std::size_t index) const;
  std::size_t count() const { return starts_.size(); }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;  // first byte of each paragraph
  std::vector<std::size_t> ends_;
};

}  // namespace citecheck::text
