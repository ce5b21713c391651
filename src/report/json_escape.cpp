#include "src/report/json_escape.hpp"

#include <array>
#include <bit>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// How many bytes at the start of `text` need no escaping.
std::size_t plain_prefix(std::string_view text) {
  std::size_t plain = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: a byte is a control character when max(byte, 0x1F) == 0x1F.
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i last_control = _mm_set1_epi8(0x1F);
  for (; plain + 16 <= text.size(); plain += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + plain));
    const __m128i special =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash)),
                     _mm_cmpeq_epi8(_mm_max_epu8(block, last_control), last_control));
    if (const int found = _mm_movemask_epi8(special); found != 0)
      return plain + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(found)));
  }
#endif
  while (plain < text.size() && !kNeedsEscape[static_cast<unsigned char>(text[plain])])
    ++plain;
  return plain;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (std::size_t plain = plain_prefix(text); plain < text.size(); plain = plain_prefix(text)) {
    out.append(text.substr(0, plain));
    const char c = text[plain];
    text.remove_prefix(plain + 1);
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
        out.push_back(kHex[static_cast<unsigned char>(c) >> 4]);
        out.push_back(kHex[static_cast<unsigned char>(c) & 0xF]);
    }
  }
  out.append(text);
  out.push_back('"');
}

}  // namespace citecheck
