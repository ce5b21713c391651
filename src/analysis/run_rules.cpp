#include "src/analysis/run_rules.hpp"

#include <algorithm>

#include "rules/registry.hpp"

namespace citecheck {

Severity RuleSettings::level_of(const Rule& rule) const {
  const auto configured = levels.find(rule.info().id);
  return configured != levels.end() ? configured->second : rule.info().default_severity;
}

std::vector<Diagnostic> run_rules(const FileAnalysis& file, const RuleSettings& settings) {
  std::vector<Diagnostic> diagnostics;
  for (const Rule* rule : all_rules()) {
    const Severity level = settings.level_of(*rule);
    if (level == Severity::off)
      continue;
    const std::size_t first_new = diagnostics.size();
    rule->check(file, settings.options, diagnostics);
    for (std::size_t i = first_new; i < diagnostics.size(); ++i)
      diagnostics[i].severity = level;
  }
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     if (a.span.start != b.span.start)
                       return a.span.start < b.span.start;
                     return a.rule < b.rule;
                   });
  return diagnostics;
}

}  // namespace citecheck
