// quote-mixed-style: a quotation whose marks are of different styles (“…"), and a file
// that mixes straight and typographic double marks.

#include <string>

#include "rules/rule_factories.hpp"

namespace citecheck::rules {

namespace {

bool is_straight(MarkStyle style) {
  return style == MarkStyle::straight_double || style == MarkStyle::double_apostrophe;
}

class QuoteMixedStyle final : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "quote-mixed-style",
        "Straight and curly quote marks mixed in one file, or in one quotation", Severity::info};
    return kInfo;
  }

  void check(const FileAnalysis& file, const RuleOptions&,
             std::vector<Diagnostic>& out) const override {
    std::size_t straight = 0;
    std::size_t curly = 0;
    const Quotation* first_straight = nullptr;
    const Quotation* first_curly = nullptr;
    for (const Quotation& quotation : file.quotations) {
      if (!quotation.open || !quotation.close || !is_double_style(quotation.open->style)) {
        continue;
      }
      if (is_straight(quotation.open->style) != is_straight(quotation.close->style)) {
        Diagnostic diagnostic =
            make_diagnostic("quotation opens with " + std::string(quotation.open->glyph) +
                                " but closes with " + std::string(quotation.close->glyph),
                            quotation.close->span);
        if (quotation.open->glyph == "\xE2\x80\x9C")
          diagnostic.suggestion = "\xE2\x80\x9D";
        if (quotation.open->glyph == "\"")
          diagnostic.suggestion = "\"";
        out.push_back(std::move(diagnostic));
        continue;
      }
      if (is_straight(quotation.open->style)) {
        if (straight++ == 0)
          first_straight = &quotation;
      } else if (quotation.open->style == MarkStyle::curly_double) {
        if (curly++ == 0)
          first_curly = &quotation;
      }
    }
    if (straight == 0 || curly == 0)
      return;
    // Point at the first quotation of the less common style: that is the odd one out.
    const bool straight_is_odd = straight <= curly;
    const Quotation& odd = straight_is_odd ? *first_straight : *first_curly;
    out.push_back(make_diagnostic(std::string(straight_is_odd ? "straight" : "curly") +
                                      " quote marks in a file that mostly uses " +
                                      (straight_is_odd ? "curly" : "straight") + " ones (" +
                                      std::to_string(curly) + " curly, " +
                                      std::to_string(straight) + " straight quotations)",
                                  odd.open->span));
  }
};

}  // namespace

const Rule& quote_mixed_style() {
  static const QuoteMixedStyle rule;
  return rule;
}

}  // namespace citecheck::rules
