// quote-not-in-source: the quotation is not in the credited source's recorded text, not
// even nearly. What counts as proof:
//   - a snapshot (custom.snapshot) is the whole source document: a quotation found nowhere
//     in it is reported;
//   - custom.quotes are excerpts, what the editor chose to record; a quotation missing
//     from them is reported only when another entry of the list has it (then the message
//     names that entry: a likely misattribution).
// A misattribution needs words that tell whose they are: a quotation of fewer than
// kMinAttributableWords words ("Make America Great Again", "pants on fire") is a phrase
// many people say, and another source saying it too proves nothing. Nor is it one when
// the article names that other source near the quotation (its sentence, or the sentences
// around it for a credit drawn from elsewhere; see named_source_holding): the article
// then says itself whose words they are, and the credit is the linker's doubtful reading
// (`While Lind argued …, Berg said only that “…”`), not the writer's error.
// Quotations inside quotations (someone else's words, quoted) are not checked.

#include <string>

#include "rules/rule_factories.hpp"
#include "rules/source_attributions.hpp"
#include "src/sources/align.hpp"
#include "src/sources/source_list.hpp"

namespace citecheck::rules {

namespace {

std::string describe(const Source& source) {
  return display_name(source) + " (" + source.id + ")";
}

class QuoteNotInSource final : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "quote-not-in-source", "The source's recorded text does not contain the quotation at all",
        Severity::warning};
    return kInfo;
  }

  void check(const FileAnalysis& file, const RuleOptions&,
             std::vector<Diagnostic>& out) const override {
    if (file.sources == nullptr)
      return;
    for (const Quotation& quotation : file.quotations) {
      if (!quotation.attribution || quotation.depth > 0)
        continue;
      const AttributionMatch match = file.sources->match(*quotation.attribution);
      const QuoteCheck verdict = check_own_words(file, quotation, match.candidates);
      if (verdict.kind != QuoteCheck::Kind::not_found &&
          verdict.kind != QuoteCheck::Kind::not_recorded) {
        continue;
      }
      if (named_source_holding(file, quotation, match) != nullptr)
        continue;
      const std::string credited =
          match.source != nullptr ? describe(*match.source) : quotation.attribution->speaker;
      const bool attributable = count_quote_words(quotation.text) >= kMinAttributableWords;
      const std::vector<const Source*> others =
          attributable ? file.sources->sources_containing(quotation.text, match.candidates, 1)
                       : std::vector<const Source*>{};
      if (!others.empty()) {
        Diagnostic diagnostic = make_diagnostic(
            "quotation is not in the recorded words of " + credited + " but in those of " +
                describe(*others.front()) + ": likely misattribution",
            quotation.span);
        diagnostic.help = "check who said it";
        out.push_back(std::move(diagnostic));
      } else if (verdict.kind == QuoteCheck::Kind::not_found) {
        Diagnostic diagnostic = make_diagnostic(
            "quotation is not in the source document of " + credited, quotation.span);
        diagnostic.help = "check the quotation against the source";
        out.push_back(std::move(diagnostic));
      }
    }
  }
};

}  // namespace

const Rule& quote_not_in_source() {
  static const QuoteNotInSource rule;
  return rule;
}

}  // namespace citecheck::rules
