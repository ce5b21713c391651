#pragma once

#include <string_view>
#include <vector>

#include "src/analysis/file_analysis.hpp"
#include "src/core/diagnostic.hpp"

namespace citecheck {

struct RuleInfo {
  std::string_view id;       // stable kebab-case ID, category first
  std::string_view summary;  // one line, for --list-rules and SARIF shortDescription
  Severity default_severity = Severity::warning;
};

// Per-run rule settings (from the config file and --rule).
struct RuleOptions {
  // quote-unattributed: quotations with fewer words are taken for titles or scare quotes.
  int unattributed_min_words = 0;  // 0: the rule's own default
};

// A check over one analysed file. Rules never print; they append diagnostics, with the
// rule's default severity (the runner applies configured levels afterwards).
class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& info() const = 0;
  virtual void check(const FileAnalysis& file, const RuleOptions& options,
                     std::vector<Diagnostic>& out) const = 0;

 protected:
  Diagnostic make_diagnostic(std::string message, Span span) const {
    return Diagnostic{std::string(info().id), info().default_severity,
                      std::move(message),     span,
                      std::nullopt,           std::nullopt};
  }
};

}  // namespace citecheck
