#include "src/report/json_escape.hpp"

#include <array>

namespace citecheck {

namespace {

// Bytes that JSON strings cannot hold as they are: quotes, backslashes, control characters.
constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> table{};
  for (int byte = 0; byte < 0x20; ++byte)
    table[byte] = true;
  table['"'] = true;
  table['\\'] = true;
  return table;
}();

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t plain_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (!kNeedsEscape[byte])
      continue;
    out.append(text.substr(plain_start, i - plain_start));
    plain_start = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out.push_back(kHex[byte >> 4]);
        out.push_back(kHex[byte & 0xF]);
    }
  }
  out.append(text.substr(plain_start));
  out.push_back('"');
}

}  // namespace citecheck
