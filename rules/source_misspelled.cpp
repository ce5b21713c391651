// source-misspelled: an attribution names a person or outlet that is one small slip away
// from one in the source list ("Parmy Olsen" for "Parmy Olson"). Every misspelt mention is
// reported, each with its own replacement. A pronoun resolved to a name is not: the name
// is misspelt where it is written, and "she" cannot be replaced by it. A spelling the
// article uses throughout and the list never names someone else (see person_misspelling).

#include <string>

#include "rules/rule_factories.hpp"
#include "rules/source_attributions.hpp"
#include "src/sources/source_list.hpp"

namespace citecheck::rules {

namespace {

class SourceMisspelled final : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "source-misspelled",
        "An attribution names a person or outlet that nearly matches one in "
        "the source list",
        Severity::error};
    return kInfo;
  }

  void check(const FileAnalysis& file, const RuleOptions&,
             std::vector<Diagnostic>& out) const override {
    if (file.sources == nullptr)
      return;
    const std::string_view bytes = file.source->bytes();
    for (const Attribution* attribution : distinct_attributions(file)) {
      const AttributionMatch match = file.sources->match(*attribution);
      if (const auto misspelling = person_misspelling(file, *attribution, match)) {
        out.push_back(misspelt(bytes, misspelling->name, misspelling->suggestion));
      } else if (attribution->speaker_span && !attribution->resolved_pronoun &&
                 match.person.kind == MatchKind::unknown &&
                 match.speaker_outlet.kind == MatchKind::near) {
        out.push_back(
            misspelt_outlet(bytes, *attribution->speaker_span, match.speaker_outlet.suggestion));
      }
      if (attribution->outlet_span && match.outlet.kind == MatchKind::near)
        out.push_back(misspelt_outlet(bytes, *attribution->outlet_span, match.outlet.suggestion));
    }
  }

 private:
  Diagnostic misspelt(std::string_view bytes, Span span, const std::string& suggestion) const {
    const std::string written(bytes.substr(span.start, span.size()));
    Diagnostic diagnostic = make_diagnostic(
        "\"" + written + "\" is not in the source list; did you mean \"" + suggestion + "\"?",
        span);
    diagnostic.suggestion = suggestion;
    diagnostic.help = "did you mean \"" + suggestion + "\"?";
    return diagnostic;
  }

  // Whether the article writes "the" before an outlet is its own business.
  Diagnostic misspelt_outlet(std::string_view bytes, Span outlet, std::string_view listed) const {
    return misspelt(bytes, without_leading_article(bytes, outlet),
                    std::string(without_leading_article(listed)));
  }
};

}  // namespace

const Rule& source_misspelled() {
  static const SourceMisspelled rule;
  return rule;
}

}  // namespace citecheck::rules
