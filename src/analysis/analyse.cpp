#include "src/analysis/analyse.hpp"

#include "src/attribution/link_attributions.hpp"
#include "src/quotes/find_quotations.hpp"

namespace citecheck {

FileAnalysis analyse(const Article& article, const Lexicon& lexicon) {
  FileAnalysis analysis;
  analysis.source = &article.source();
  analysis.article = &article;
  QuotationScan scan = find_quotations(article, lexicon);
  analysis.quotations = std::move(scan.quotations);
  analysis.stray_marks = std::move(scan.stray_marks);
  analysis.credits = link_attributions(article, lexicon, analysis.quotations);
  return analysis;
}

}  // namespace citecheck
