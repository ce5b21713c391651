#include "src/analysis/analyse.hpp"

#include <algorithm>

#include "src/attribution/link_attributions.hpp"
#include "src/quotes/find_quotations.hpp"

namespace citecheck {

namespace {

// <blockquote cite="URL"> and <q cite="URL"> name their source themselves: the URL is the
// attribution of a quotation the text around it does not attribute.
void credit_cited_markup_quotations(const Article& article, std::vector<Quotation>& quotations) {
  for (const MarkupQuotation& markup : article.markup_quotations) {
    if (!markup.cite || markup.cite->empty())
      continue;
    // Quotations are ordered by start, the markup one before a marked one that shares it.
    const auto found = std::lower_bound(
        quotations.begin(), quotations.end(), markup.span.start,
        [](const Quotation& quotation, std::size_t start) { return quotation.span.start < start; });
    for (auto it = found; it != quotations.end() && it->span.start == markup.span.start; ++it) {
      if (it->kind == Quotation::Kind::marked || it->span != markup.span)
        continue;
      if (it->attribution)
        break;
      Attribution attribution;
      attribution.kind = Attribution::Kind::citation;
      attribution.speaker = *markup.cite;
      attribution.cue = "cite";
      attribution.span = markup.span;
      it->attribution = std::move(attribution);
      break;
    }
  }
}

}  // namespace

FileAnalysis analyse(const Article& article, const Lexicon& lexicon) {
  FileAnalysis analysis;
  analysis.source = &article.source();
  analysis.article = &article;
  analysis.lexicon = &lexicon;
  QuotationScan scan = find_quotations(article, lexicon);
  analysis.quotations = std::move(scan.quotations);
  analysis.stray_marks = std::move(scan.stray_marks);
  analysis.credits = link_attributions(article, lexicon, analysis.quotations);
  credit_cited_markup_quotations(article, analysis.quotations);
  return analysis;
}

}  // namespace citecheck
