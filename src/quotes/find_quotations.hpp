#pragma once

#include <vector>

#include "src/document/article.hpp"
#include "src/lexicon/lexicon.hpp"
#include "src/quotes/quotation.hpp"

namespace citecheck {

struct QuotationScan {
  std::vector<Quotation> quotations;  // ordered by start; attributions not yet linked
  std::vector<StrayMark> stray_marks;
};

// Pairs the quote marks of an article's prose into quotations, and adds the quotations its
// markup declares. Apostrophes, primes and elisions are recognised and left alone; a lone
// single mark is taken for an apostrophe, never reported. Where double marks are the
// file's main style, single marks pair only inside them (headline 'scare' quotes are not
// quotations). The lexicon's speech verbs tell a quotation that runs on into the next
// paragraph from one whose closing mark is missing (`“A, he said.`).
QuotationScan find_quotations(const Article& article, const Lexicon& lexicon);

}  // namespace citecheck
