#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/core/span.hpp"

namespace citecheck {

class SourceText;

// Maps offsets in an Article's prose text back to byte offsets in the original file.
// The prose is built from runs copied from the file and short replacements (a decoded
// entity, a blanked tag); each anchor starts one of those pieces.
class OffsetMap {
 public:
  struct Anchor {
    std::size_t text_offset;
    std::size_t original_offset;
    bool verbatim;  // offsets inside the piece advance with the file; else they stay put
  };

  // Identity map: the prose is the file itself.
  OffsetMap() = default;
  void add(Anchor anchor) { anchors_.push_back(anchor); }
  bool is_identity() const { return anchors_.empty(); }
  // Requires anchors added in increasing text_offset order.
  std::size_t to_original(std::size_t text_offset) const;
  // Maps a prose span [start, end) to the smallest original span that covers it.
  Span to_original(Span text_span) const;

 private:
  std::vector<Anchor> anchors_;
};

// A quotation that the markup itself declares (Markdown `>` blockquote, HTML <blockquote>
// or <q>), so it has no quote marks.
struct MarkupQuotation {
  enum class Kind { blockquote, inline_quote };
  Kind kind = Kind::blockquote;
  Span span;                        // the element in the original file
  Span content_text;                // its words, as offsets into Article::text()
  std::optional<std::string> cite;  // HTML cite="" attribute
};

// A credit line the markup ties to nearby content: `— Name` under a blockquote,
// <cite>, <figcaption>. Offsets into Article::text().
struct MarkupCredit {
  enum class Kind { blockquote_signature, cite_element, figure_caption };
  Kind kind = Kind::blockquote_signature;
  Span text;
  std::optional<std::size_t> quotation;  // index into markup_quotations it belongs to
};

// What a document loader makes of a file: the prose citecheck analyses, with the way
// back to original offsets. Paragraphs in the prose end at blank lines.
class Article {
 public:
  // Plain text: the prose is the file's bytes, offsets are identical.
  explicit Article(const SourceText& source);
  // Markup: the loader built its own prose.
  Article(const SourceText& source, std::string prose, OffsetMap map);

  const SourceText& source() const { return *source_; }
  std::string_view text() const { return owned_ ? std::string_view(prose_) : view_; }
  const OffsetMap& map() const { return map_; }
  // Plain text with one paragraph per line: a single line break ends a paragraph (see
  // text::lines_are_paragraphs). Markup marks its paragraphs itself.
  bool lines_are_paragraphs() const { return lines_are_paragraphs_; }
  std::size_t to_original(std::size_t text_offset) const { return map_.to_original(text_offset); }
  Span to_original(Span text_span) const { return map_.to_original(text_span); }

  std::vector<MarkupQuotation> markup_quotations;
  std::vector<MarkupCredit> markup_credits;
  // CSL-YAML `references:` from Markdown front matter, with its offset in the file.
  std::optional<std::string> front_matter_references;
  std::size_t front_matter_offset = 0;

 private:
  const SourceText* source_;
  bool owned_ = false;
  std::string_view view_;
  std::string prose_;
  OffsetMap map_;
  bool lines_are_paragraphs_ = false;
};

}  // namespace citecheck
