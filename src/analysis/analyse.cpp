#include "src/analysis/analyse.hpp"

#include <algorithm>
#include <optional>

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

void analyse_in_parts(const Article& article, const Lexicon& lexicon, std::size_t part_bytes,
                      const std::function<void(FileAnalysis&)>& each_part) {
  // Both are let go before the last part's call: a file analysed in one part holds only
  // its analysis while the rules run.
  std::optional<QuotationFinder> finder(std::in_place, article, lexicon);
  std::optional<AttributionLinker> linker(std::in_place, article, lexicon);
  const std::string_view prose = article.text();
  const StyleCensus census = finder->census();
  std::vector<StrayMark> stray_marks = finder->take_stray_marks();
  auto stray = stray_marks.begin();
  std::size_t begin = 0;
  do {
    const std::size_t end = part_bytes == 0 ? prose.size() : finder->stretch_end(begin, part_bytes);
    const bool last = end >= prose.size();
    FileAnalysis part;
    part.source = &article.source();
    part.article = &article;
    part.lexicon = &lexicon;
    part.census = census;
    part.part = {begin == 0 ? 0 : article.to_original(begin),
                 last ? article.source().bytes().size() : article.to_original(end)};
    part.quotations = finder->quotations_in(Span{begin, end});
    part.credits = linker->link(part.quotations, Span{begin, end});
    if (last) {
      finder.reset();
      linker.reset();
    }
    credit_cited_markup_quotations(article, part.quotations);
    if (begin == 0 && last) {
      part.stray_marks = std::move(stray_marks);
    } else {
      const auto first_stray = stray;
      while (stray != stray_marks.end() && (last || stray->mark.span.start < part.part.end))
        ++stray;
      part.stray_marks.assign(first_stray, stray);
    }
    each_part(part);
    begin = end;
  } while (begin < prose.size());
}

FileAnalysis analyse(const Article& article, const Lexicon& lexicon) {
  FileAnalysis analysis;
  analyse_in_parts(article, lexicon, 0, [&](FileAnalysis& whole) { analysis = std::move(whole); });
  return analysis;
}

}  // namespace citecheck
