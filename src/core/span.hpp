#pragma once

#include <cstddef>

namespace citecheck {

// A half-open range of byte offsets into the ORIGINAL file. Every stage of the pipeline
// speaks in these; lines and columns exist only in reporters.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;

  constexpr std::size_t size() const { return end - start; }
  constexpr bool empty() const { return start == end; }
  constexpr bool contains(std::size_t offset) const { return start <= offset && offset < end; }
  constexpr bool overlaps(Span other) const { return start < other.end && other.start < end; }
  friend constexpr bool operator==(Span, Span) = default;
};

}  // namespace citecheck
