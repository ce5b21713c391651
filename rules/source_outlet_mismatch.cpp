// source-outlet-mismatch: a person the source list knows is credited with another outlet
// than the list gives them ("Parmy Olson of Wired" when her entry is a Forbes article).
// A misspelt outlet that still resolves to the person's own is source-misspelled's.

#include <string>

#include "rules/rule_factories.hpp"
#include "rules/source_attributions.hpp"
#include "src/sources/source_list.hpp"

namespace citecheck::rules {

namespace {

class SourceOutletMismatch final : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "source-outlet-mismatch",
        "A known person is attached to another outlet than the source list says",
        Severity::warning};
    return kInfo;
  }

  void check(const FileAnalysis& file, const RuleOptions&,
             std::vector<Diagnostic>& out) const override {
    if (file.sources == nullptr)
      return;
    const std::string_view bytes = file.source->bytes();
    for (const Attribution* attribution : distinct_attributions(file)) {
      if (!attribution->outlet_span)
        continue;
      const AttributionMatch match = file.sources->match(*attribution);
      const PersonMatch& person = match.person;
      if ((person.kind != MatchKind::exact && person.kind != MatchKind::near) ||
          !person.outlet_mismatch) {
        continue;
      }
      const Span outlet = without_leading_article(bytes, *attribution->outlet_span);
      const std::string written(bytes.substr(outlet.start, outlet.size()));
      const std::string name =
          person.source != nullptr ? display_name(*person.source) : attribution->speaker;
      const std::string expected(without_leading_article(person.expected_outlet));
      Diagnostic diagnostic =
          make_diagnostic("the source list has " + name + " at \"" + person.expected_outlet +
                              "\", not \"" + written + "\"",
                          outlet);
      diagnostic.suggestion = expected;
      diagnostic.help =
          "check the outlet, or add " + name + "'s piece in \"" + written + "\" to the source list";
      out.push_back(std::move(diagnostic));
    }
  }
};

}  // namespace

const Rule& source_outlet_mismatch() {
  static const SourceOutletMismatch rule;
  return rule;
}

}  // namespace citecheck::rules
