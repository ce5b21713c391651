#pragma once

#include <map>
#include <string>
#include <vector>

#include "rules/rule.hpp"

namespace citecheck {

// What the configuration says about rules: levels that override the defaults, options.
struct RuleSettings {
  std::map<std::string, Severity, std::less<>> levels;  // rule ID -> level ("off" disables)
  RuleOptions options;

  Severity level_of(const Rule& rule) const;
};

// Runs every enabled rule over one file. Diagnostics come back with their configured
// severity, ordered by position, then rule.
std::vector<Diagnostic> run_rules(const FileAnalysis& file, const RuleSettings& settings);

}  // namespace citecheck
