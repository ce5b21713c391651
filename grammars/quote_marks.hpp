#pragma once
// Quote-mark lexer: finds every byte sequence that can be a quotation mark. Whether a
// candidate opens, closes or is an apostrophe is decided by the caller from context.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "src/quotes/quotation.hpp"

namespace citecheck::grammars {

struct MarkGlyph {
  MarkStyle style = MarkStyle::straight_double;
  MarkShape shape = MarkShape::either;
};

struct MarkToken {
  std::size_t offset = 0;  // into the scanned text
  std::uint8_t length = 0;
  MarkGlyph glyph;
};

// Every quote-mark candidate in `text`, in order. Two apostrophes `''` are one token.
std::vector<MarkToken> scan_quote_marks(std::string_view text);

}  // namespace citecheck::grammars
