#pragma once

#include <vector>

#include "src/document/article.hpp"
#include "src/quotes/quotation.hpp"

namespace citecheck {

struct QuotationScan {
  std::vector<Quotation> quotations;  // ordered by start; attributions not yet linked
  std::vector<StrayMark> stray_marks;
};

// Pairs the quote marks of an article's prose into quotations, and adds the quotations its
// markup declares. Apostrophes, primes and elisions are recognised and left alone; a lone
// single mark is taken for an apostrophe, never reported.
QuotationScan find_quotations(const Article& article);

}  // namespace citecheck
