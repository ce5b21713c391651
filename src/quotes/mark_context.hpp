#pragma once
// Decides from the surrounding characters what a quote-mark candidate does.

#include <string_view>

#include "grammars/quote_marks.hpp"

namespace citecheck {

enum class MarkRole {
  not_a_mark,  // apostrophe, elision, prime
  opens,
  closes,
  either,  // context cannot tell: close if something is open, else open
};

// `innermost_opener` is the innermost open mark of the same family, if any; guillemets,
// whose direction differs between languages, are read against it.
MarkRole classify_mark(std::string_view text, const grammars::MarkToken& token,
                       const grammars::MarkToken* innermost_opener);

// A straight double mark right after a digit (5'10", a 12" record) measures, not quotes.
bool is_probably_prime(std::string_view text, const grammars::MarkToken& token);

}  // namespace citecheck
