#include "src/document/article.hpp"

#include <algorithm>

#include "src/input/source_text.hpp"
#include "src/text/characters.hpp"

namespace citecheck {

std::size_t OffsetMap::to_original(std::size_t text_offset) const {
  if (anchors_.empty())
    return text_offset;
  auto after = std::upper_bound(
      anchors_.begin(), anchors_.end(), text_offset,
      [](std::size_t offset, const Anchor& anchor) { return offset < anchor.text_offset; });
  if (after == anchors_.begin())
    return text_offset;
  const Anchor& anchor = *std::prev(after);
  return anchor.verbatim ? anchor.original_offset + (text_offset - anchor.text_offset)
                         : anchor.original_offset;
}

Span OffsetMap::to_original(Span text_span) const {
  if (anchors_.empty())
    return text_span;
  const std::size_t start = to_original(text_span.start);
  if (text_span.empty())
    return {start, start};
  // The end is the end of the last byte's piece, so that a decoded entity is covered whole.
  const std::size_t last = text_span.end - 1;
  auto after = std::upper_bound(
      anchors_.begin(), anchors_.end(), last,
      [](std::size_t offset, const Anchor& anchor) { return offset < anchor.text_offset; });
  std::size_t end = to_original(last) + 1;
  if (after != anchors_.begin() && !std::prev(after)->verbatim) {
    end = after != anchors_.end() ? after->original_offset : end;
  }
  return {start, std::max(start, end)};
}

Article::Article(const SourceText& source)
    : source_(&source),
      view_(source.bytes()),
      lines_are_paragraphs_(text::lines_are_paragraphs(view_)) {}

Article::Article(const SourceText& source, std::string prose, OffsetMap map)
    : source_(&source), owned_(true), prose_(std::move(prose)), map_(std::move(map)) {}

}  // namespace citecheck
