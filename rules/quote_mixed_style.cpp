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
    for (const Quotation& quotation : file.quotations) {
      if (!quotation.open || !quotation.close || !is_double_style(quotation.open->style) ||
          is_straight(quotation.open->style) == is_straight(quotation.close->style)) {
        continue;
      }
      Diagnostic diagnostic =
          make_diagnostic("quotation opens with " + std::string(quotation.open->glyph) +
                              " but closes with " + std::string(quotation.close->glyph),
                          quotation.close->span);
      // The closing mark that matches the opening one; a std::string, not a literal:
      // assigning a literal here trips GCC 12's false -Wrestrict alarm.
      if (quotation.open->glyph == "\xE2\x80\x9C")
        diagnostic.suggestion = std::string("\xE2\x80\x9D");
      if (quotation.open->glyph == "\"")
        diagnostic.suggestion = std::string("\"");
      out.push_back(std::move(diagnostic));
    }
    check_file_style(file, out);
  }

 private:
  // The whole file's quotations decide (the census), and the part that holds the odd one
  // out reports it.
  void check_file_style(const FileAnalysis& file, std::vector<Diagnostic>& out) const {
    StyleCount straight;
    StyleCount curly;
    for (std::size_t open = 0; open < kMarkStyleCount; ++open) {
      const auto open_style = static_cast<MarkStyle>(open);
      if (!is_double_style(open_style))
        continue;
      for (std::size_t close = 0; close < kMarkStyleCount; ++close) {
        const auto close_style = static_cast<MarkStyle>(close);
        if (is_straight(open_style) != is_straight(close_style))
          continue;
        const StyleCensus::Entry& entry = file.census.of(open_style, close_style);
        if (is_straight(open_style)) {
          straight.add(entry);
        } else if (open_style == MarkStyle::curly_double) {
          curly.add(entry);
        }
      }
    }
    if (straight.count == 0 || curly.count == 0)
      return;
    // Point at the first quotation of the less common style: that is the odd one out.
    const bool straight_is_odd = straight.count <= curly.count;
    const Span odd = straight_is_odd ? straight.first_open : curly.first_open;
    if (!file.part.contains(odd.start))
      return;
    out.push_back(make_diagnostic(std::string(straight_is_odd ? "straight" : "curly") +
                                      " quote marks in a file that mostly uses " +
                                      (straight_is_odd ? "curly" : "straight") + " ones (" +
                                      std::to_string(curly.count) + " curly, " +
                                      std::to_string(straight.count) + " straight quotations)",
                                  odd));
  }

  struct StyleCount {
    std::size_t count = 0;
    Span first_open;
    void add(const StyleCensus::Entry& entry) {
      if (entry.count == 0)
        return;
      if (count == 0 || entry.first_open.start < first_open.start)
        first_open = entry.first_open;
      count += entry.count;
    }
  };
};

}  // namespace

const Rule& quote_mixed_style() {
  static const QuoteMixedStyle rule;
  return rule;
}

}  // namespace citecheck::rules
