#include "src/document/html_entities.hpp"
#include "src/text/ascii.hpp"

#include <libxml/HTMLparser.h>

#include <string>

namespace citecheck {
namespace {

constexpr char32_t kMaxCodePoint = 0x10FFFF;
constexpr char32_t kReplacementCharacter = 0xFFFD;

bool is_hex_digit(char c) {
  return ascii::is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int hex_value(char c) {
  if (ascii::is_digit(c))
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return c - 'A' + 10;
}

// XML's Char production, which libxml2 applies to numeric references.
bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= kMaxCodePoint);
}

// `&name;` with a name from libxml2's HTML 4 entity table (which has `apos` too).
std::optional<DecodedReference> decode_named(std::string_view at_ampersand) {
  std::size_t end = 1;
  if (end >= at_ampersand.size())
    return std::nullopt;
  if (!ascii::is_letter(at_ampersand[end]))
    return std::nullopt;
  // Entity names are short; a longer run cannot be one.
  constexpr std::size_t kLongestName = 32;
  while (end < at_ampersand.size() && end <= kLongestName &&
         (ascii::is_letter(at_ampersand[end]) || ascii::is_digit(at_ampersand[end]))) {
    ++end;
  }
  if (end >= at_ampersand.size() || at_ampersand[end] != ';')
    return std::nullopt;
  const std::string name(at_ampersand.substr(1, end - 1));
  const htmlEntityDesc* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
  if (entity == nullptr)
    return std::nullopt;
  DecodedReference decoded{end + 1, {}};
  append_utf8(decoded.text, static_cast<char32_t>(entity->value));
  return decoded;
}

}  // namespace

void append_utf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

std::optional<DecodedReference> decode_markdown_reference(std::string_view at_ampersand) {
  if (at_ampersand.size() < 3 || at_ampersand[0] != '&')
    return std::nullopt;
  if (at_ampersand[1] != '#')
    return decode_named(at_ampersand);
  const bool hex = at_ampersand[2] == 'x' || at_ampersand[2] == 'X';
  const std::size_t digits_start = hex ? 3 : 2;
  const std::size_t max_digits = hex ? 6 : 7;
  std::size_t end = digits_start;
  char32_t value = 0;
  while (end < at_ampersand.size() && end - digits_start < max_digits &&
         (hex ? is_hex_digit(at_ampersand[end]) : ascii::is_digit(at_ampersand[end]))) {
    value = value * (hex ? 16 : 10) + static_cast<char32_t>(hex_value(at_ampersand[end]));
    ++end;
  }
  if (end == digits_start || end >= at_ampersand.size() || at_ampersand[end] != ';') {
    return std::nullopt;
  }
  const bool is_character =
      value != 0 && value <= kMaxCodePoint && !(value >= 0xD800 && value <= 0xDFFF);
  DecodedReference decoded{end + 1, {}};
  append_utf8(decoded.text, is_character ? value : kReplacementCharacter);
  return decoded;
}

std::optional<DecodedReference> decode_html_reference(std::string_view at_ampersand) {
  if (at_ampersand.size() < 2 || at_ampersand[0] != '&')
    return std::nullopt;
  if (at_ampersand[1] != '#')
    return decode_named(at_ampersand);
  const bool hex = at_ampersand.size() > 2 && (at_ampersand[2] == 'x' || at_ampersand[2] == 'X');
  std::size_t end = hex ? 3 : 2;
  char32_t value = 0;
  // libxml2 stops accumulating past the Unicode range but keeps consuming digits.
  while (end < at_ampersand.size() &&
         (hex ? is_hex_digit(at_ampersand[end]) : ascii::is_digit(at_ampersand[end]))) {
    if (value <= kMaxCodePoint) {
      value = value * (hex ? 16 : 10) + static_cast<char32_t>(hex_value(at_ampersand[end]));
    }
    ++end;
  }
  if (end < at_ampersand.size() && at_ampersand[end] == ';')
    ++end;
  DecodedReference decoded{end, {}};
  if (is_xml_char(value))
    append_utf8(decoded.text, value);
  return decoded;
}

}  // namespace citecheck
