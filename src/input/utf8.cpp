#include "src/input/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace citecheck::utf8 {

namespace {

constexpr bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// Length of the well-formed sequence at `i`, or 0 (Unicode Table 3-7).
std::size_t sequence_length(const unsigned char* p, std::size_t remaining) {
  const unsigned char lead = p[0];
  if (lead < 0x80)
    return 1;
  if (lead < 0xC2)
    return 0;
  if (lead < 0xE0)
    return remaining >= 2 && is_continuation(p[1]) ? 2 : 0;
  if (lead < 0xF0) {
    if (remaining < 3 || !is_continuation(p[1]) || !is_continuation(p[2]))
      return 0;
    if (lead == 0xE0 && p[1] < 0xA0)
      return 0;  // overlong
    if (lead == 0xED && p[1] >= 0xA0)
      return 0;  // surrogates
    return 3;
  }
  if (lead < 0xF5) {
    if (remaining < 4 || !is_continuation(p[1]) || !is_continuation(p[2]) || !is_continuation(p[3]))
      return 0;
    if (lead == 0xF0 && p[1] < 0x90)
      return 0;  // overlong
    if (lead == 0xF4 && p[1] >= 0x90)
      return 0;  // past U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

std::optional<std::size_t> find_invalid(std::string_view bytes) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t size = bytes.size();
  std::size_t i = 0;
  while (i < size) {
    // Fast path: eight ASCII bytes at a time.
    if (i + 8 <= size) {
      std::uint64_t chunk;
      std::memcpy(&chunk, data + i, 8);
      if ((chunk & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const std::size_t length = sequence_length(data + i, size - i);
    if (length == 0)
      return i;
    i += length;
  }
  return std::nullopt;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if (!is_continuation(static_cast<unsigned char>(c)))
      ++count;
  }
  return count;
}

char32_t decode(std::string_view text, std::size_t offset, std::size_t& length) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + offset;
  if (p[0] < 0x80) {
    length = 1;
    return p[0];
  }
  if (p[0] < 0xE0) {
    length = 2;
    return static_cast<char32_t>(((p[0] & 0x1F) << 6) | (p[1] & 0x3F));
  }
  if (p[0] < 0xF0) {
    length = 3;
    return static_cast<char32_t>(((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
  }
  length = 4;
  return static_cast<char32_t>(((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
                               ((p[2] & 0x3F) << 6) | (p[3] & 0x3F));
}

std::size_t previous(std::string_view text, std::size_t offset) {
  if (offset == 0)
    return 0;
  --offset;
  while (offset > 0 && is_continuation(static_cast<unsigned char>(text[offset])))
    --offset;
  return offset;
}

}  // namespace citecheck::utf8
