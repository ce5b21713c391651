#pragma once
// Word-level comparison of a quotation with what the source recorded.
//
// Words are compared case-folded (NFKC case folding) everywhere, not only at the first
// letter: a quotation moved into a headline or a sentence start changes case, and case
// alone never changes what someone said. Punctuation, quote-mark and apostrophe style,
// white space, hyphens and dashes (—, –, --) are not words, so they never differ. In the
// article's quotation an ellipsis (…, ..., . . ., [...]) stands for any number of
// recorded words, and a [bracketed] insertion for up to its own length plus two.
// Diacritics are kept: "resume" and "résumé" are different words.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck {

// One word of a text: where it is, and a hash of its folded form that stands for it.
struct Word {
  std::uint64_t hash = 0;
  std::uint32_t begin = 0;  // byte offsets into the scanned text
  std::uint32_t end = 0;
};

// A token of an article's quotation: a word, an ellipsis, or a [bracketed] insertion.
struct QuoteToken {
  enum class Kind : std::uint8_t { word, ellipsis, bracket };
  Kind kind = Kind::word;
  std::uint16_t bracket_words = 0;  // words inside the brackets
  // For ellipses only the span is set; for brackets the hash is of the words inside.
  Word word;
};

// Reads the next word at or after `offset` and moves `offset` past it; false at the end.
// Recorded side: brackets and ellipses are punctuation.
bool next_word(std::string_view text, std::size_t& offset, Word& word);
// Appends the words of `text`.
void split_words(std::string_view text, std::vector<Word>& out);
// Appends the tokens of an article's quotation.
void split_quote(std::string_view quote, std::vector<QuoteToken>& out);

struct WordDiff {
  enum class Kind : std::uint8_t {
    substituted,  // the article has other words where the source has these
    added,        // words in the article that the source did not say
    omitted,      // words the source said that the article drops without an ellipsis
  };
  Kind kind = Kind::substituted;
  std::string article_words;   // as written, joined by single spaces ("" for omitted)
  std::string recorded_words;  // as recorded ("" for added)
  // Byte spans: into the article's quotation, and into the recorded text (empty spans
  // sit where the missing words would go).
  std::size_t article_begin = 0, article_end = 0;
  std::size_t recorded_begin = 0, recorded_end = 0;
};

struct AlignResult {
  bool matches = false;  // no differences
  std::vector<WordDiff> diffs;
  // The diffs for a reader, joined by ", ": "\"in\" should be \"at\"", "\"not\" was
  // added", "\"very\" was left out".
  std::string message;
  std::size_t edits = 0;  // words substituted, added or left out
  // The recorded words the quotation was aligned with (byte span in the recorded text).
  std::size_t recorded_begin = 0, recorded_end = 0;
  // The part of the quotation the passage covers (byte span in the quotation): all of it,
  // unless the quotation runs past an excerpt's ends.
  std::size_t covered_begin = 0, covered_end = 0;
};

// Aligns the article's quotation with the whole recorded quote.
AlignResult align_quote(std::string_view article_quote, std::string_view recorded);

// What a recorded text is: a whole document, whose first and last words are where the
// source begins and ends, or an excerpt (custom.quotes) of what the source said, which
// says nothing of the words before and after it. A quotation may run past an excerpt's
// ends: those words are not recorded, not added.
enum class Extent : std::uint8_t { document, excerpt };

struct TextMatch {
  enum class Kind : std::uint8_t {
    found,   // the text contains the quotation (within the tolerances above)
    near,    // a passage differs in a few words: a misquotation of it
    absent,  // nothing close
  };
  Kind kind = Kind::absent;
  // The passage (byte span in the text) for found and near; `alignment.message` says how
  // the quotation differs from it.
  std::size_t begin = 0, end = 0;
  AlignResult alignment;
};

// Looks for the quotation anywhere in a longer text (a snapshot, or a source's quotes).
// A passage is near (a misquotation) when the quotation has kMinAttributableWords words
// or more, at least two thirds of them are found in order, and there are at most
// near_edit_limit() edits. A quotation running past an excerpt's ends is found when the
// rest matches and is at least two thirds of it.
TextMatch find_in_text(std::string_view quote, std::string_view text,
                       Extent extent = Extent::document);

// Pre-split variant for callers that keep the words of their texts (the source index).
TextMatch find_in_words(std::string_view quote, const std::vector<QuoteToken>& quote_tokens,
                        std::string_view text, const std::vector<Word>& text_words, Extent extent);

// Quotations shorter than this are phrases many people say: slogans, labels, scare quotes,
// "It's just not true". Their words do not tell whose they are, so a passage differing
// in one of them is no evidence of a misquotation ("a lot of sacrifices" is not a
// misquote of "a lot of votes"), and finding them in another source's words is no
// evidence of a misattribution.
constexpr std::size_t kMinAttributableWords = 5;

// The words of an article's quotation, as the aligner counts them (ellipses and
// [bracketed] insertions are no words).
std::size_t count_quote_words(std::string_view quote);

// Edits allowed for a near passage, given the number of the quotation's words: none
// under kMinAttributableWords words, else a third of them and at least two (a word
// replaced by a hyphenated pair is two edits).
std::size_t near_edit_limit(std::size_t quote_words);

}  // namespace citecheck
