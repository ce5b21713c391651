#pragma once

#include <optional>
#include <string>

#include "src/core/severity.hpp"
#include "src/core/span.hpp"

namespace citecheck {

// One finding of one rule. Rules fill these in; reporters render them.
struct Diagnostic {
  std::string rule;  // stable rule ID, e.g. "quote-wrong-direction"
  Severity severity = Severity::warning;
  std::string message;                    // one sentence, no trailing period, no rule ID
  Span span;                              // what the caret underline covers
  std::optional<std::string> suggestion;  // replacement text for `span`, when obvious
  std::optional<std::string> help;        // advice shown as `help:` in text output
};

}  // namespace citecheck
