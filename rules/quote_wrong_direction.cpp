// quote-wrong-direction: a closing-shaped mark that opens a quotation (” Xiaomi …”) or an
// opening-shaped mark that closes one (“Mostly False.“).

#include <string>

#include "rules/rule_factories.hpp"

namespace citecheck::rules {

namespace {

bool is_low(MarkStyle style) {
  return style == MarkStyle::low_double || style == MarkStyle::low_single;
}

// The mark a quotation should have opened with, given the one it has.
std::string_view opening_for(const Mark& mark) {
  if (mark.glyph == "\xE2\x80\x9D")
    return "\xE2\x80\x9C";  // ” -> “
  if (mark.glyph == "\xE2\x80\x99")
    return "\xE2\x80\x98";  // ’ -> ‘
  if (mark.glyph == "\xE3\x80\x8D")
    return "\xE3\x80\x8C";  // 」 -> 「
  if (mark.glyph == "\xE3\x80\x8F")
    return "\xE3\x80\x8E";  // 』 -> 『
  return {};
}

// The mark a quotation should have closed with. German „…“ and ‚…‘ close with the
// glyph that opens in English.
std::string_view closing_for(const Mark& open, const Mark& close) {
  const bool double_mark = is_double_style(close.style);
  if (is_low(open.style)) {
    if (close.glyph == "\xE2\x80\x9E")
      return "\xE2\x80\x9C";  // „…„ -> „…“
    if (close.glyph == "\xE2\x80\x9A")
      return "\xE2\x80\x98";  // ‚…‚ -> ‚…‘
    return {};
  }
  if (close.shape != MarkShape::opening)
    return {};
  if (close.style == MarkStyle::corner)
    return "\xE3\x80\x8D";
  if (close.style == MarkStyle::white_corner)
    return "\xE3\x80\x8F";
  return double_mark ? "\xE2\x80\x9D" : "\xE2\x80\x99";
}

class QuoteWrongDirection final : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"quote-wrong-direction",
                                    "A closing-shaped mark opens a quotation, or the reverse",
                                    Severity::error};
    return kInfo;
  }

  void check(const FileAnalysis& file, const RuleOptions&,
             std::vector<Diagnostic>& out) const override {
    for (const Quotation& quotation : file.quotations) {
      if (!quotation.open || !quotation.close)
        continue;
      report(quotation.open->glyph, opening_for(*quotation.open), "opens", quotation.open->span,
             out);
      for (const Mark& continuation : quotation.continuation_marks) {
        report(continuation.glyph, opening_for(continuation), "opens", continuation.span, out);
      }
      report(quotation.close->glyph, closing_for(*quotation.open, *quotation.close), "closes",
             quotation.close->span, out);
    }
  }

 private:
  void report(std::string_view glyph, std::string_view fix, std::string_view verb, Span span,
              std::vector<Diagnostic>& out) const {
    if (fix.empty())
      return;
    const bool opens = verb == "opens";
    Diagnostic diagnostic =
        make_diagnostic("quotation " + std::string(verb) + " with " +
                            (opens ? "a closing" : "an opening") + " mark " + std::string(glyph),
                        span);
    diagnostic.suggestion = std::string(fix);
    diagnostic.help =
        "use " + std::string(fix) + " to " + (opens ? "open" : "close") + " the quotation";
    out.push_back(std::move(diagnostic));
  }
};

}  // namespace

const Rule& quote_wrong_direction() {
  static const QuoteWrongDirection rule;
  return rule;
}

}  // namespace citecheck::rules
