#pragma once

#include <memory>
#include <span>
#include <vector>

#include "src/attribution/attribution.hpp"
#include "src/document/article.hpp"
#include "src/lexicon/lexicon.hpp"
#include "src/quotes/quotation.hpp"

namespace citecheck {

// Fills Quotation::attribution for every quotation it can attribute. Per quotation, first
// match wins: (1) the phrase right after the closing mark (`“…,” X said`, `said X`, `— X`,
// `[@key]`); (2) an explicit phrase before it in the same sentence (`X said:`, `according
// to X`), then (3) one later in the sentence (`X's term`); (4) a `(Source: …)` in the
// paragraph; (5) weak evidence in the sentence: a person with an unlisted past tense, the
// sentence's subject; (6) a `— Name` line under the paragraph; (7) the speaker so far in
// the paragraph (`“A,” said X. “B.”`); (8) the next sentence; (9) an action beat, a
// person's name or a pronoun acting in the sentence before (`She set down her pen. “…”`).
// A quotation opening its paragraph with nothing found continues the previous paragraph's
// speaker or the one its last sentence introduces (`Caddell continued:`); a paragraph that
// is only a quotation, after two short lines of dialogue by two speakers, answers the
// earlier one. A nested
// quotation uses only explicit phrases inside its outer quotation, else the outer
// quotation's attribution. Pronoun speakers (`he said`, `sagte er`) resolve to the nearest
// earlier speaker, else the nearest earlier name of a person; `he` and `she` pass over
// people whose title or given name tells the other gender, and over organisations (`The
// Post`). Markup credits (`— Name` under a blockquote, <cite>) attach to their quotation.
//
// Returns what attributes no quotation: credits (`Courtesy X`, figure captions) and source
// notes that no quotation used, so that they can still be matched against the source list.
// Cost: linear in the paragraphs that hold quotations, plus one pass over the bytes for
// credits and source notes.
std::vector<Attribution> link_attributions(const Article& article, const Lexicon& lexicon,
                                           std::vector<Quotation>& quotations);

// The same linking a part of the prose at a time, in text order, for a file too long to
// hold all its quotations at once. What a paragraph needs from before it (the speaker it
// continues, the people its pronouns may stand for) is carried from part to part, so the
// result is the one link_attributions gives, provided no part boundary cuts a quotation
// or a paragraph (QuotationFinder::stretch_end).
class AttributionLinker {
 public:
  AttributionLinker(const Article& article, const Lexicon& lexicon);
  ~AttributionLinker();
  AttributionLinker(const AttributionLinker&) = delete;
  AttributionLinker& operator=(const AttributionLinker&) = delete;

  // Links the quotations that start in `part` (Article::text() offsets); returns the
  // credits and unused source notes that start there.
  std::vector<Attribution> link(std::span<Quotation> quotations, Span part);

 private:
  class Linker;
  std::unique_ptr<Linker> linker_;
};

}  // namespace citecheck
