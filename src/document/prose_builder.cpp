#include "src/document/prose_builder.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace citecheck {

void ProseBuilder::append_verbatim(std::string_view text, std::size_t original_offset) {
  if (text.empty())
    return;
  if (!pieces_.empty() && pieces_.back().verbatim &&
      pieces_.back().original_end == original_offset) {
    pieces_.back().original_end += text.size();
  } else {
    pieces_.push_back({text_.size(), original_offset, original_offset + text.size(), true});
  }
  text_.append(text);
}

void ProseBuilder::append_replacement(std::string_view text, Span original) {
  if (text.empty())
    return;
  pieces_.push_back({text_.size(), original.start, original.end, false});
  text_.append(text);
}

std::size_t ProseBuilder::piece_text_end(std::size_t index) const {
  return index + 1 < pieces_.size() ? pieces_[index + 1].text_start : text_.size();
}

std::size_t ProseBuilder::piece_at(std::size_t text_offset) const {
  auto after = std::upper_bound(
      pieces_.begin(), pieces_.end(), text_offset,
      [](std::size_t offset, const Piece& piece) { return offset < piece.text_start; });
  return after == pieces_.begin() ? 0 : static_cast<std::size_t>(after - pieces_.begin()) - 1;
}

std::size_t ProseBuilder::original_offset_of(std::size_t text_offset) const {
  if (pieces_.empty())
    return text_offset;
  if (text_offset >= text_.size())
    return pieces_.back().original_end;
  const Piece& piece = pieces_[piece_at(text_offset)];
  return piece.verbatim ? piece.original_start + (text_offset - piece.text_start)
                        : piece.original_start;
}

std::size_t ProseBuilder::original_end_of(std::size_t text_end) const {
  if (pieces_.empty() || text_end == 0)
    return text_end;
  const Piece& piece = pieces_[piece_at(text_end - 1)];
  return piece.verbatim ? piece.original_start + (text_end - piece.text_start) : piece.original_end;
}

std::size_t ProseBuilder::text_offset_of(std::size_t original_offset) const {
  // The last piece that starts at or before the offset; among pieces that start at the same
  // place (an inserted break before copied text), the later one.
  auto after = std::upper_bound(
      pieces_.begin(), pieces_.end(), original_offset,
      [](std::size_t offset, const Piece& piece) { return offset < piece.original_start; });
  if (after == pieces_.begin())
    return 0;
  const std::size_t index = static_cast<std::size_t>(after - pieces_.begin()) - 1;
  const Piece& piece = pieces_[index];
  if (original_offset >= piece.original_end && piece.original_end > piece.original_start) {
    return piece_text_end(index);
  }
  if (!piece.verbatim)
    return piece.original_end == piece.original_start ? piece_text_end(index) : piece.text_start;
  return piece.text_start + (original_offset - piece.original_start);
}

Article ProseBuilder::finish(const SourceText& source) && {
  OffsetMap map;
  for (std::size_t index = 0; index < pieces_.size(); ++index) {
    const Piece& piece = pieces_[index];
    map.add({piece.text_start, piece.original_start, piece.verbatim});
    // A replacement ends where its original span ends, not where the next piece starts:
    // OffsetMap takes the end of a span from the anchor that follows.
    if (!piece.verbatim)
      map.add({piece_text_end(index), piece.original_end, true});
  }
  return Article(source, std::move(text_), std::move(map));
}

}  // namespace citecheck
