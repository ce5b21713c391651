#pragma once
// An index of every text the source list records (custom.quotes and snapshots), so that
// a quotation is checked against the few passages that share its wording instead of
// against every text.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/sources/align.hpp"
#include "src/sources/source.hpp"

namespace citecheck {

struct IndexedText {
  enum class Kind : std::uint8_t { quote, snapshot };
  Kind kind = Kind::quote;
  std::size_t source_index = 0;  // into the source list
  std::string text;
};

// A passage that shares word shingles with a quotation.
struct TextCandidate {
  std::size_t text = 0;  // index of the IndexedText
  std::size_t source_index = 0;
  std::size_t begin = 0, end = 0;  // byte span in the text, with some slack either side
  std::size_t shared_shingles = 0;
};

struct QuoteVerdict {
  enum class Kind : std::uint8_t {
    found,      // the quotation is in one of the texts
    misquoted,  // a passage differs in a few words (match.alignment says which)
    not_found,  // nothing close
  };
  Kind kind = Kind::not_found;
  std::size_t text = 0;  // index of the IndexedText holding the passage
  TextMatch match;       // passage span is in texts()[text].text
};

// Word 3-gram shingles (hashes of three consecutive folded words) → the byte offsets where
// they start, in one bucket table over all texts. Built once per run; lookups are
// read-only and thread-safe.
class SourceTextIndex {
 public:
  // Indexes each source's custom.quotes and, when `snapshot_texts` has an entry for it
  // (same order as `sources`; empty string or a short vector = no snapshot), its snapshot.
  SourceTextIndex(const std::vector<Source>& sources, std::vector<std::string> snapshot_texts);

  const std::vector<IndexedText>& texts() const { return texts_; }

  // Passages sharing shingles with the quotation, most shared first. Quotations shorter
  // than three consecutive words have no shingles and no candidates.
  std::vector<TextCandidate> lookup(std::string_view quote, std::size_t max_candidates = 8) const;

  // Checks the quotation against the texts of the given sources (the entries its speaker
  // matched): their recorded quotes directly, their snapshots through the index.
  QuoteVerdict verify(std::string_view quote, std::span<const std::size_t> source_indices) const;

  // Sources other than `except` whose texts contain the quotation (a likely
  // misattribution), in list order, at most `limit`.
  std::vector<std::size_t> sources_containing(std::string_view quote,
                                              std::span<const std::size_t> except,
                                              std::size_t limit = 3) const;

 private:
  template <typename Visit>
  void for_each_shingle(Visit&& visit) const;
  std::size_t text_at(std::uint32_t global_offset) const;
  TextMatch check_window(std::string_view quote, const std::vector<QuoteToken>& tokens,
                         const IndexedText& text, std::size_t begin, std::size_t end) const;

  std::vector<IndexedText> texts_;
  std::vector<std::uint32_t> text_starts_;  // global offset of each text
  std::vector<std::vector<std::size_t>> texts_of_source_;
  unsigned bucket_bits_ = 0;
  std::vector<std::uint32_t> bucket_starts_;  // size 2^bits + 1, into postings_
  std::vector<std::uint32_t> postings_;       // global offsets of shingle starts
};

}  // namespace citecheck
