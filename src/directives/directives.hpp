#pragma once
// Inline directives in Markdown and HTML comments, in markdownlint's verbs with ESLint's
// `-- reason`:
//   <!-- citecheck-disable [RULE...] [-- reason] -->       from this line on
//   <!-- citecheck-enable [RULE...] -->                     from this line on
//   <!-- citecheck-disable-line [RULE...] -->               the comment's own lines
//   <!-- citecheck-disable-next-line [RULE...] -->          the line after the comment
//   <!-- citecheck-disable-file [RULE...] -->               the whole file
// Without rule IDs a directive applies to every rule. Rule IDs are separated by spaces
// or commas. A finding belongs to the line it starts on.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"
#include "src/core/diagnostic.hpp"
#include "src/document/input_format.hpp"
#include "src/input/source_text.hpp"

namespace citecheck {

struct Directive {
  enum class Kind { disable, enable, disable_line, disable_next_line, disable_file, unknown };
  Kind kind = Kind::unknown;
  std::string verb;                // as written: "citecheck-disable-next-line"
  std::vector<std::string> rules;  // empty: every rule
  std::optional<std::string> reason;
  Span span;  // the whole comment, `<!--` to `-->`
  std::size_t first_line = 0;
  std::size_t last_line = 0;
};

// The comments of a Markdown or HTML file that start with `citecheck-`, in file order.
// Comments inside Markdown code (fenced blocks, code spans) and inside HTML script, style
// and textarea elements are text, not comments. Plain text has no comments.
std::vector<Directive> find_directives(const SourceText& source, InputFormat format);

// Removes the diagnostics that `directives` switch off. With `report_unused`, adds an
// `unused-directive` warning for every directive, or rule ID named in one, that switches
// nothing off (including unknown verbs and rule IDs). Keeps diagnostics ordered by
// position, then rule.
void apply_directives(const std::vector<Directive>& directives, const SourceText& source,
                      std::vector<Diagnostic>& diagnostics, bool report_unused);

// The ID of the findings --report-unused-directives adds. Not a rule of the registry: it
// cannot be configured, but SARIF needs a descriptor for it.
const RuleInfo& unused_directive_info();

}  // namespace citecheck
