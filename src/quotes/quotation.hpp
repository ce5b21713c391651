#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/attribution/attribution.hpp"
#include "src/core/span.hpp"

namespace citecheck {

enum class MarkStyle : std::uint8_t {
  straight_double,    // "
  straight_single,    // '
  curly_double,       // “ ”
  curly_single,       // ‘ ’
  low_double,         // „
  low_single,         // ‚
  guillemet,          // « »
  single_guillemet,   // ‹ ›
  corner,             // 「 」
  white_corner,       // 『 』
  double_apostrophe,  // ''
};
inline constexpr std::size_t kMarkStyleCount =
    static_cast<std::size_t>(MarkStyle::double_apostrophe) + 1;

// The glyph's own direction, before context decides what the mark does.
enum class MarkShape : std::uint8_t {
  opening,  // “ ‘ „ ‚ 「 『
  closing,  // ” ’ 」 』
  either,   // " ' '' « » ‹ › (direction depends on language and context)
};

// A quote mark found in the prose, located in the original file.
struct Mark {
  Span span;
  MarkStyle style = MarkStyle::straight_double;
  MarkShape shape = MarkShape::either;
  std::string_view glyph;  // the mark's bytes as they appear in the prose
};

bool is_double_style(MarkStyle style);
bool is_curly_style(MarkStyle style);  // typographic marks (everything but " ' '')
std::string_view style_name(MarkStyle style);

struct Quotation {
  enum class Kind { marked, blockquote, inline_quote };
  Kind kind = Kind::marked;
  Span span;                 // covers the marks (or the markup element)
  Span content;              // between the marks
  std::string text;          // the quoted words, without the spaces around them; paragraphs
                             // joined by one space
  std::optional<Mark> open;  // absent for markup quotations
  std::optional<Mark> close;
  // Opening marks that restart the quotation on each continued paragraph.
  std::vector<Mark> continuation_marks;
  int depth = 0;  // 0 for an outermost quotation, 1 inside another, ...
  Span prose;     // the quotation in Article::text() offsets (for analysis only)
  std::optional<Attribution> attribution;
};

// How a file's quotations combine opening and closing mark styles, counted over the whole
// file: a rule that judges the file's style still sees all of it when it is given the
// file a part at a time.
class StyleCensus {
 public:
  struct Entry {
    std::size_t count = 0;
    Span first_open;  // the opening mark of the first such quotation
  };
  void add(const Mark& open, const Mark& close);
  const Entry& of(MarkStyle open, MarkStyle close) const {
    return entries_[static_cast<std::size_t>(open)][static_cast<std::size_t>(close)];
  }

 private:
  std::array<std::array<Entry, kMarkStyleCount>, kMarkStyleCount> entries_{};
};

// A mark that found no partner.
struct StrayMark {
  enum class Problem { never_closed, never_opened };
  Mark mark;
  Problem problem = Problem::never_closed;
};

}  // namespace citecheck
