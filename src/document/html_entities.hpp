#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace citecheck {

// A character reference found at an `&`: how many bytes it takes in the file and the
// UTF-8 text it stands for (empty when the reference stands for nothing).
struct DecodedReference {
  std::size_t length = 0;
  std::string text;
};

// CommonMark's rules: `&name;` for a known HTML entity name, `&#1234;`, `&#x1F4A9;`; the
// semicolon is required, and a code point that is not a character becomes U+FFFD.
std::optional<DecodedReference> decode_markdown_reference(std::string_view at_ampersand);

// The rules of libxml2 2.9's HTML parser (htmlParseReference), so that a loader can find the
// parser's decoded text again in the raw bytes: named references need the semicolon and are
// case-sensitive; numeric ones end at the first non-digit, and one whose value is not an XML
// character stands for nothing.
std::optional<DecodedReference> decode_html_reference(std::string_view at_ampersand);

void append_utf8(std::string& out, char32_t code_point);

}  // namespace citecheck
