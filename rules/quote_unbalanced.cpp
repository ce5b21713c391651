// quote-unbalanced: an opening mark that is never closed, or a closing mark with no
// opening. The pairing itself happens in find_quotations; this rule reports what is left.

#include <string>

#include "rules/rule_factories.hpp"

namespace citecheck::rules {

namespace {

class QuoteUnbalanced final : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "quote-unbalanced",
        "An opening quote mark is never closed, or a closing mark has no opening", Severity::error};
    return kInfo;
  }

  void check(const FileAnalysis& file, const RuleOptions&,
             std::vector<Diagnostic>& out) const override {
    for (const StrayMark& stray : file.stray_marks) {
      const std::string glyph(stray.mark.glyph);
      if (stray.problem == StrayMark::Problem::never_closed) {
        Diagnostic diagnostic = make_diagnostic(
            "quotation mark " + glyph + " opens a quotation that is never closed", stray.mark.span);
        diagnostic.help = "add the closing mark where the quotation ends";
        out.push_back(std::move(diagnostic));
      } else {
        Diagnostic diagnostic =
            make_diagnostic("quotation mark " + glyph + " closes a quotation that was never opened",
                            stray.mark.span);
        diagnostic.help = "add the opening mark where the quotation starts, or remove this one";
        out.push_back(std::move(diagnostic));
      }
    }
  }
};

}  // namespace

const Rule& quote_unbalanced() {
  static const QuoteUnbalanced rule;
  return rule;
}

}  // namespace citecheck::rules
