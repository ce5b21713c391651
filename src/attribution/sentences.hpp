#pragma once
// Sentence splitting for attribution linking. Quotations are opaque units: a full stop
// inside one ends the surrounding sentence only when what follows starts a new one
// (`“I’m done.” She left.`, but not `“I’m done,” she said.` or `“Done?” he asked.`).

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "src/lexicon/lexicon.hpp"

namespace citecheck::attribution {

// A quotation inside the text being split, in offsets into that text.
struct QuoteUnit {
  std::size_t start = 0;  // the opening mark
  std::size_t end = 0;    // after the closing mark
  std::size_t content_end = 0;
};

// Offsets where sentences start, ascending; the first is always 0. `quotes` are sorted,
// do not overlap and lie inside `text`.
std::vector<std::size_t> sentence_starts(std::string_view text, std::span<const QuoteUnit> quotes,
                                         const Lexicon& lexicon);

}  // namespace citecheck::attribution
