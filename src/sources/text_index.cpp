#include "src/sources/text_index.hpp"

#include <algorithm>
#include <bit>
#include <limits>
#include <stdexcept>

namespace citecheck {
namespace {

constexpr std::size_t kShingleWords = 3;
// Shingles this common ("one of the") say little about where a quotation comes from.
constexpr std::size_t kMaxPostingsPerShingle = 1000;
// Slack around a candidate passage, in bytes.
constexpr std::int64_t kWindowSlack = 64;
// How far apart the parts of a quotation with an ellipsis may lie in its source.
constexpr std::int64_t kEllipsisReach = 4096;

std::uint64_t finalize(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  h ^= h >> 33;
  return h;
}

std::uint64_t shingle_hash(std::uint64_t first, std::uint64_t second, std::uint64_t third) {
  std::uint64_t h = first * 0x9E3779B97F4A7C15ULL;
  h = std::rotl(h, 23) ^ (second * 0xC2B2AE3D27D4EB4FULL);
  h = std::rotl(h, 23) ^ (third * 0x165667B19E3779F9ULL);
  return finalize(h);
}

struct QuoteShingle {
  std::uint64_t hash;
  std::uint32_t quote_offset;  // where its first word starts in the quotation
};

// Shingles never span an ellipsis or a bracket: the source has other words there.
std::vector<QuoteShingle> quote_shingles(const std::vector<QuoteToken>& tokens) {
  std::vector<QuoteShingle> shingles;
  std::size_t run = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != QuoteToken::Kind::word) {
      run = 0;
      continue;
    }
    if (++run < kShingleWords)
      continue;
    shingles.push_back(
        {shingle_hash(tokens[i - 2].word.hash, tokens[i - 1].word.hash, tokens[i].word.hash),
         tokens[i - 2].word.begin});
  }
  return shingles;
}

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9');
}

bool contains(std::span<const std::size_t> values, std::size_t value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

}  // namespace

SourceTextIndex::SourceTextIndex(const std::vector<Source>& sources,
                                 std::vector<std::string> snapshot_texts) {
  texts_of_source_.resize(sources.size());
  for (std::size_t s = 0; s < sources.size(); ++s) {
    for (const std::string& quote : sources[s].quotes) {
      texts_of_source_[s].push_back(texts_.size());
      texts_.push_back({IndexedText::Kind::quote, s, quote});
    }
    if (s < snapshot_texts.size() && !snapshot_texts[s].empty()) {
      texts_of_source_[s].push_back(texts_.size());
      texts_.push_back({IndexedText::Kind::snapshot, s, std::move(snapshot_texts[s])});
    }
  }
  // One global offset space; a separator byte keeps texts apart.
  std::uint64_t total = 0;
  text_starts_.reserve(texts_.size());
  for (const IndexedText& text : texts_) {
    text_starts_.push_back(static_cast<std::uint32_t>(total));
    total += text.text.size() + 1;
    if (total > std::numeric_limits<std::uint32_t>::max()) {
      throw std::length_error("source texts exceed 4 GB");
    }
  }

  // Tokenise once into (top hash bits, offset) pairs split by their top byte, then
  // counting-sort each part into its own range of buckets. Every scattered write then
  // stays within a cache-sized range; over the whole table each would be a cache miss.
  constexpr unsigned kPartBits = 8;
  std::vector<std::vector<std::uint64_t>> parts(std::size_t{1} << kPartBits);
  std::size_t shingles = 0;
  for_each_shingle([&](std::uint64_t hash, std::uint32_t offset) {
    parts[hash >> (64 - kPartBits)].push_back((hash >> 32 << 32) | offset);
    ++shingles;
  });
  // About two shingles per bucket.
  bucket_bits_ =
      std::clamp(static_cast<unsigned>(std::bit_width(shingles)), kPartBits + 1, 33U) - 1;
  const std::size_t buckets = std::size_t{1} << bucket_bits_;
  const std::size_t buckets_per_part = buckets >> kPartBits;
  const unsigned shift = 64 - bucket_bits_;
  bucket_starts_.assign(buckets + 1, 0);
  postings_.resize(shingles);
  std::uint32_t running = 0;
  for (std::size_t part = 0; part < parts.size(); ++part) {
    std::vector<std::uint64_t>& pairs = parts[part];
    for (const std::uint64_t pair : pairs)
      ++bucket_starts_[pair >> shift];
    const std::size_t first = part * buckets_per_part;
    for (std::size_t b = first; b < first + buckets_per_part; ++b) {
      running += bucket_starts_[b];
      bucket_starts_[b] = running;  // the end of bucket b, until the fill moves it to its start
    }
    for (const std::uint64_t pair : pairs) {
      postings_[--bucket_starts_[pair >> shift]] = static_cast<std::uint32_t>(pair);
    }
    std::vector<std::uint64_t>().swap(pairs);
  }
  bucket_starts_[buckets] = running;
}

template <typename Visit>
void SourceTextIndex::for_each_shingle(Visit&& visit) const {
  for (std::size_t t = 0; t < texts_.size(); ++t) {
    const std::string_view text = texts_[t].text;
    const std::uint32_t base = text_starts_[t];
    std::size_t offset = 0;
    Word words[kShingleWords];
    std::size_t seen = 0;
    Word word;
    while (next_word(text, offset, word)) {
      words[seen % kShingleWords] = word;
      if (++seen < kShingleWords)
        continue;
      const Word& first = words[(seen - 3) % kShingleWords];
      const Word& second = words[(seen - 2) % kShingleWords];
      visit(shingle_hash(first.hash, second.hash, word.hash), base + first.begin);
    }
  }
}

std::size_t SourceTextIndex::text_at(std::uint32_t global_offset) const {
  const auto after = std::upper_bound(text_starts_.begin(), text_starts_.end(), global_offset);
  return static_cast<std::size_t>(after - text_starts_.begin()) - 1;
}

std::vector<TextCandidate> SourceTextIndex::lookup(std::string_view quote,
                                                   std::size_t max_candidates) const {
  std::vector<QuoteToken> tokens;
  split_quote(quote, tokens);
  const std::vector<QuoteShingle> shingles = quote_shingles(tokens);
  if (shingles.empty() || postings_.empty())
    return {};

  const unsigned shift = 64 - bucket_bits_;
  const auto bucket_size = [&](const QuoteShingle& shingle) {
    const std::uint64_t b = shingle.hash >> shift;
    return bucket_starts_[b + 1] - bucket_starts_[b];
  };
  // If every shingle is common, the rarest still narrows the search.
  std::size_t rarest = std::numeric_limits<std::size_t>::max();
  for (const QuoteShingle& shingle : shingles) {
    rarest = std::min<std::size_t>(rarest, bucket_size(shingle));
  }
  const std::size_t cap = std::max(kMaxPostingsPerShingle, rarest);

  struct Hit {
    std::int64_t start;  // where the quotation would start, global offset
    std::uint32_t posting;
    std::uint32_t shingle;  // index into `shingles`
  };
  std::vector<Hit> hits;
  for (std::uint32_t s = 0; s < shingles.size(); ++s) {
    const QuoteShingle& shingle = shingles[s];
    if (bucket_size(shingle) > cap)
      continue;
    const std::uint64_t b = shingle.hash >> shift;
    for (std::uint32_t p = bucket_starts_[b]; p < bucket_starts_[b + 1]; ++p) {
      hits.push_back(
          {static_cast<std::int64_t>(postings_[p]) - shingle.quote_offset, postings_[p], s});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.start < b.start; });

  const bool elided = std::any_of(tokens.begin(), tokens.end(), [](const QuoteToken& token) {
    return token.kind != QuoteToken::Kind::word;
  });
  const auto quote_size = static_cast<std::int64_t>(quote.size());
  const std::int64_t reach = quote_size + (elided ? kEllipsisReach : kWindowSlack);
  std::vector<TextCandidate> candidates;
  // A shingle that occurs twice in the quotation ("does in a") counts once per passage.
  std::vector<std::size_t> counted_in(shingles.size(), std::numeric_limits<std::size_t>::max());
  std::size_t i = 0;
  while (i < hits.size()) {
    const std::size_t text = text_at(hits[i].posting);
    const std::int64_t first = hits[i].start;
    std::int64_t last = first;
    std::size_t shared = 0;
    for (; i < hits.size() && hits[i].start - last <= reach && text_at(hits[i].posting) == text;
         ++i) {
      last = hits[i].start;
      if (counted_in[hits[i].shingle] != candidates.size()) {
        counted_in[hits[i].shingle] = candidates.size();
        ++shared;
      }
    }
    const std::int64_t base = text_starts_[text];
    const auto size = static_cast<std::int64_t>(texts_[text].text.size());
    TextCandidate candidate;
    candidate.text = text;
    candidate.source_index = texts_[text].source_index;
    candidate.begin =
        static_cast<std::size_t>(std::clamp(first - base - kWindowSlack, std::int64_t{0}, size));
    candidate.end = static_cast<std::size_t>(
        std::clamp(last - base + quote_size + kWindowSlack, std::int64_t{0}, size));
    candidate.shared_shingles = shared;
    candidates.push_back(candidate);
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const TextCandidate& a, const TextCandidate& b) {
                     return a.shared_shingles > b.shared_shingles;
                   });
  if (candidates.size() > max_candidates)
    candidates.resize(max_candidates);
  return candidates;
}

TextMatch SourceTextIndex::check_window(std::string_view quote,
                                        const std::vector<QuoteToken>& tokens,
                                        const IndexedText& text, std::size_t begin,
                                        std::size_t end) const {
  const std::string_view whole = text.text;
  // Widen to whole words so that the window does not cut one in half.
  while (begin > 0 && is_word_byte(whole[begin - 1]))
    --begin;
  while (end < whole.size() && is_word_byte(whole[end]))
    ++end;
  const std::string_view window = whole.substr(begin, end - begin);
  std::vector<Word> words;
  split_words(window, words);
  // Only a whole recorded quote has an excerpt's open ends; a window's edges are cuts.
  const bool whole_excerpt =
      text.kind == IndexedText::Kind::quote && begin == 0 && end == whole.size();
  TextMatch match = find_in_words(quote, tokens, window, words,
                                  whole_excerpt ? Extent::excerpt : Extent::document);
  if (match.kind == TextMatch::Kind::absent)
    return match;
  match.begin += begin;
  match.end += begin;
  match.alignment.recorded_begin += begin;
  match.alignment.recorded_end += begin;
  for (WordDiff& diff : match.alignment.diffs) {
    diff.recorded_begin += begin;
    diff.recorded_end += begin;
  }
  return match;
}

QuoteVerdict SourceTextIndex::verify(std::string_view quote,
                                     std::span<const std::size_t> source_indices) const {
  std::vector<QuoteToken> tokens;
  split_quote(quote, tokens);
  QuoteVerdict best;
  const auto consider = [&best](std::size_t text, TextMatch&& match) {
    if (match.kind == TextMatch::Kind::found) {
      best = {QuoteVerdict::Kind::found, text, std::move(match)};
      return true;
    }
    if (match.kind == TextMatch::Kind::near &&
        (best.kind == QuoteVerdict::Kind::not_found ||
         match.alignment.edits < best.match.alignment.edits)) {
      best = {QuoteVerdict::Kind::misquoted, text, std::move(match)};
    }
    return false;
  };

  bool has_snapshot = false;
  for (std::size_t source : source_indices) {
    if (source >= texts_of_source_.size())
      continue;
    for (std::size_t t : texts_of_source_[source]) {
      const IndexedText& text = texts_[t];
      if (text.kind == IndexedText::Kind::snapshot) {
        has_snapshot = true;
        continue;
      }
      if (consider(t, check_window(quote, tokens, text, 0, text.text.size())))
        return best;
    }
  }
  if (!has_snapshot)
    return best;

  if (quote_shingles(tokens).empty()) {
    // Too short for shingles: search the snapshots themselves.
    for (std::size_t source : source_indices) {
      if (source >= texts_of_source_.size())
        continue;
      for (std::size_t t : texts_of_source_[source]) {
        const IndexedText& text = texts_[t];
        if (text.kind != IndexedText::Kind::snapshot)
          continue;
        if (consider(t, find_in_text(quote, text.text)))
          return best;
      }
    }
    return best;
  }
  for (const TextCandidate& candidate : lookup(quote, std::numeric_limits<std::size_t>::max())) {
    const IndexedText& text = texts_[candidate.text];
    if (text.kind != IndexedText::Kind::snapshot || !contains(source_indices, text.source_index)) {
      continue;
    }
    if (consider(candidate.text,
                 check_window(quote, tokens, text, candidate.begin, candidate.end))) {
      return best;
    }
  }
  return best;
}

std::vector<std::size_t> SourceTextIndex::sources_containing(std::string_view quote,
                                                             std::span<const std::size_t> except,
                                                             std::size_t limit) const {
  std::vector<QuoteToken> tokens;
  split_quote(quote, tokens);
  std::vector<std::size_t> found;
  for (const TextCandidate& candidate : lookup(quote, 16)) {
    if (found.size() >= limit)
      break;
    if (contains(except, candidate.source_index) || contains(found, candidate.source_index)) {
      continue;
    }
    const IndexedText& text = texts_[candidate.text];
    if (check_window(quote, tokens, text, candidate.begin, candidate.end).kind ==
        TextMatch::Kind::found) {
      found.push_back(candidate.source_index);
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace citecheck
