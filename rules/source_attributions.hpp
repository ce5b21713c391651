#pragma once
// What the source-list rules share: the attributions of a file, once each, and where a
// name lies inside the words an attribution credits.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/analysis/file_analysis.hpp"
#include "src/core/span.hpp"
#include "src/lexicon/lexicon.hpp"
#include "src/sources/normalize.hpp"
#include "src/sources/source_list.hpp"

namespace citecheck::rules {

// Every attribution of the file once, by position: the quotations' (several quotations
// often share one, `“A,” she said. “B.”`) and the credits that attribute no quotation.
std::vector<const Attribution*> distinct_attributions(const FileAnalysis& file);

// The name inside a speaker's words: the trailing run of capitalised words (lower-case
// particles such as "van" inside it), without a possessive, leading honorifics or a
// description ("presidential candidate Donald Trump" → "Donald Trump"), at most its last
// `max_words` words. Nullopt when no word is capitalised: "officials", "a spokeswoman"
// name nobody.
std::optional<Span> name_span(std::string_view file_bytes, Span speaker,
                              const NameNormalizer& normalizer,
                              std::size_t max_words = static_cast<std::size_t>(-1));

// Words separated by spaces: "C. K. Prahalad" has three.
std::size_t count_words(std::string_view text);

// How often `word` stands in `text` as a whole word.
std::size_t occurrences(std::string_view text, std::string_view word);

// A speaker the list nearly knows: the misspelt name and the list's spelling for it.
struct Misspelling {
  Span name;
  std::string suggestion;
};

// The misspelling a near person match stands for, or nullopt: no name written (a resolved
// pronoun, "officials"), a plural of the listed word, a spelling the article uses at least
// twice and the list's never, or equally near to several people and the article does not
// say which (see person_misspelling below). A slip happens once; a name written the same
// way throughout an article is the writer's spelling of someone else (McGinley /
// McKinley), and is source-unknown's.
std::optional<Misspelling> person_misspelling(const FileAnalysis& file,
                                              const Attribution& attribution,
                                              const AttributionMatch& match);

// The same for a name written anywhere: `words` ends with the name ("the senator Ted
// Crus’s"), `match` is what the list makes of them. A name equally near to several people
// is the one whose spelling the article uses elsewhere, with the given name it writes if
// it writes one ("Harry Ried" with "Harry Reid" and "Jack Reed" in the text).
std::optional<Misspelling> person_misspelling(const FileAnalysis& file, Span words,
                                              const PersonMatch& match);

// The list's verdict on the quotation's words against the `candidates`' recorded texts,
// its diffs in offsets of `quotation.text`. Recorded quotes are excerpts, and a quotation
// may span several:
//   - words past the ends of the excerpt it is found in are checked on their own, and a
//     misquotation of another excerpt among them is the verdict;
//   - a quotation that quotes someone else (`he said, ‘…’, and …`) may be recorded in
//     two excerpts, the speaker's words before and after the inner quotation: when the
//     whole is not found, the pieces around its inner quotations are checked on their
//     own; a misquoted piece is the verdict, and when each piece is found in an excerpt
//     of its own, the quotation is found.
// Otherwise the verdict on the whole text.
QuoteCheck check_own_words(const FileAnalysis& file, const Quotation& quotation,
                           std::span<const std::size_t> candidates);

// The entry, other than the ones the quotation is credited to (`match.candidates`), whose
// recorded words hold the quotation verbatim and whom the article names near it outside
// quote marks (by a name the list resolves to it, or its outlet), or null. The article
// then says itself whose words they are, and the credit to someone else is the linker's
// doubt, not the writer's error. Near is the quotation's sentence for a credit made in
// that sentence (`While Lind argued that …, Berg said only that “…”`, Berg's words linked
// to Lind; `“…,” Lind said, according to the Courier`), and also the sentences before and
// after it for a credit drawn from elsewhere (a resolved pronoun, `Berg said …. “…”
// Lind disagreed.`).
const Source* named_source_holding(const FileAnalysis& file, const Quotation& quotation,
                                   const AttributionMatch& match);

// An outlet's words without a leading "the"/"The", which lists and articles use freely:
// "The Wall Street Journal" → "Wall Street Journal".
std::string_view without_leading_article(std::string_view outlet);
Span without_leading_article(std::string_view file_bytes, Span outlet);

}  // namespace citecheck::rules
