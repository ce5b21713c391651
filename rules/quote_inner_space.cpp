// quote-inner-space: white space right inside a quote mark (“ Xiaomi”, “Xiaomi ”). The
// spaces French typography puts inside guillemets, and inside the quotations nested in
// them, are correct and not reported.

#include <algorithm>
#include <string>
#include <vector>

#include "rules/rule_factories.hpp"
#include "src/input/utf8.hpp"
#include "src/text/characters.hpp"

namespace citecheck::rules {

namespace {

// "a no-break space (U+00A0)": the space's name with its article.
std::string describe_space(char32_t c) {
  switch (c) {
    case U' ':
      return "a space";
    case U'\t':
      return "a tab";
    case U'\n':
    case U'\r':
      return "a line break";
    case 0x00A0:
      return "a no-break space (U+00A0)";
    case 0x2009:
      return "a thin space (U+2009)";
    case 0x202F:
      return "a narrow no-break space (U+202F)";
    case 0x200B:
      return "a zero-width space (U+200B)";
    case 0x3000:
      return "an ideographic space (U+3000)";
    default: {
      static constexpr char kHex[] = "0123456789ABCDEF";
      std::string code;
      for (int shift = 12; shift >= 0; shift -= 4)
        code += kHex[(c >> shift) & 0xF];
      return "a Unicode space (U+" + code + ")";
    }
  }
}

// A space that separates two quote marks (`,' "`) or sets off an ellipsis (`“ … what`)
// follows common typographic practice.
bool is_mark_or_ellipsis(std::string_view prose, std::size_t offset) {
  switch (text::code_point_at(prose, offset)) {
    case U'"':
    case U'\'':
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x2026:
      return true;
    case U'.':
      return prose.substr(offset, 3) == "...";
    default:
      return false;
  }
}

class QuoteInnerSpace final : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"quote-inner-space",
                                    "White space (including U+00A0) right inside a quote mark",
                                    Severity::warning};
    return kInfo;
  }

  void check(const FileAnalysis& file, const RuleOptions&,
             std::vector<Diagnostic>& out) const override {
    const std::string_view prose = file.article->text();
    // The quotations enclosing the current one (quotations come ordered by start).
    std::vector<const Quotation*> enclosing;
    for (const Quotation& quotation : file.quotations) {
      while (!enclosing.empty() && enclosing.back()->prose.end <= quotation.prose.start)
        enclosing.pop_back();
      enclosing.push_back(&quotation);
      if (!quotation.open || !quotation.close)
        continue;
      // French spacing holds for guillemets and for the quotations inside them.
      if (std::any_of(enclosing.begin(), enclosing.end(), [](const Quotation* each) {
            return each->open && (each->open->style == MarkStyle::guillemet ||
                                  each->open->style == MarkStyle::single_guillemet);
          })) {
        continue;
      }
      const std::size_t content_start = quotation.prose.start + quotation.open->glyph.size();
      const std::size_t content_end = quotation.prose.end - quotation.close->glyph.size();
      if (content_start >= content_end)
        continue;

      const std::size_t after_open =
          content_start +
          text::leading_spaces(prose.substr(content_start, content_end - content_start));
      if (after_open == content_end)
        continue;  // nothing but space: not a quotation's words
      // The message names the space next to the mark, and the one next to the words.
      if (after_open > content_start && !is_mark_or_ellipsis(prose, after_open)) {
        report(file, Span{content_start, after_open}, text::code_point_at(prose, content_start),
               "after the opening mark", std::string(quotation.open->glyph), out);
      }

      const std::size_t before_close =
          content_end - text::trailing_spaces(prose.substr(after_open, content_end - after_open));
      if (before_close < content_end &&
          !is_mark_or_ellipsis(prose, utf8::previous(prose, before_close))) {
        report(file, Span{before_close, content_end}, text::code_point_at(prose, before_close),
               "before the closing mark", std::string(quotation.close->glyph), out);
      }
    }
  }

 private:
  void report(const FileAnalysis& file, Span prose_span, char32_t space, std::string_view where,
              const std::string& glyph, std::vector<Diagnostic>& out) const {
    const std::string description = describe_space(space);
    Diagnostic diagnostic =
        make_diagnostic(description + " stands right " + std::string(where) + " " + glyph,
                        file.article->to_original(prose_span));
    diagnostic.suggestion = "";
    diagnostic.help = "delete the" + description.substr(description.find(' '));
    out.push_back(std::move(diagnostic));
  }
};

}  // namespace

const Rule& quote_inner_space() {
  static const QuoteInnerSpace rule;
  return rule;
}

}  // namespace citecheck::rules
