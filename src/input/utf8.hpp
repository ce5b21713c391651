#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace citecheck::utf8 {

// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points past U+10FFFF count as ill-formed), or nullopt.
std::optional<std::size_t> find_invalid(std::string_view bytes);

// Number of code points in well-formed UTF-8 text.
std::size_t count_code_points(std::string_view text);

// Decodes the code point starting at `offset`; `length` receives its byte count.
// The input must be well-formed.
char32_t decode(std::string_view text, std::size_t offset, std::size_t& length);

// Offset of the code point that ends right before `offset`.
std::size_t previous(std::string_view text, std::size_t offset);

}  // namespace citecheck::utf8
