#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "src/core/span.hpp"
#include "src/document/article.hpp"

namespace citecheck {

// Builds a loader's prose piece by piece and keeps, for every piece, where it came from in
// the original file, so that the OffsetMap of the finished Article is exact.
class ProseBuilder {
 public:
  struct Piece {
    std::size_t text_start = 0;
    std::size_t original_start = 0;
    std::size_t original_end = 0;
    // Each byte of a verbatim piece stands for the byte at the same distance in the file
    // (copied text, or blanked markup of the same length). A replacement piece (a decoded
    // entity, an inserted paragraph break) stands as a whole for [original_start, original_end).
    bool verbatim = true;
  };

  void append_verbatim(std::string_view text, std::size_t original_offset);
  void append_replacement(std::string_view text, Span original);

  std::string_view text() const { return text_; }
  std::size_t size() const { return text_.size(); }
  bool empty() const { return text_.empty(); }
  const std::vector<Piece>& pieces() const { return pieces_; }
  // End (exclusive) in the prose of pieces_[index].
  std::size_t piece_text_end(std::size_t index) const;
  // Index of the piece that holds prose offset `text_offset` (< size()).
  std::size_t piece_at(std::size_t text_offset) const;
  // The original offset of prose offset `text_offset`, as Article::to_original would give.
  std::size_t original_offset_of(std::size_t text_offset) const;
  // The original offset just after the byte at prose offset `text_end` - 1 (the end of its
  // replacement when it is one).
  std::size_t original_end_of(std::size_t text_end) const;
  // The prose offset where original offset `original_offset` ends up, for loaders whose
  // pieces are in file order (Markdown): an offset inside a replacement gives its start,
  // an offset that was dropped gives the next prose position.
  std::size_t text_offset_of(std::size_t original_offset) const;

  Article finish(const SourceText& source) &&;

 private:
  std::string text_;
  std::vector<Piece> pieces_;
};

}  // namespace citecheck
