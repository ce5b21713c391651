#pragma once
// A file analysed by hand for the source-list rules: quotations and attributions are set
// up explicitly, so that the rules are tested apart from the quote finder and the linker.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"
#include "src/analysis/file_analysis.hpp"
#include "src/sources/source_list.hpp"

namespace citecheck::testing {

class RuleFixture {
 public:
  // `sources_json`: a CSL-JSON source list; empty for a run without one.
  RuleFixture(std::string text, std::string_view sources_json);

  // The quotation written `marked` (marks included, one character each), credited to
  // `attribution` when given.
  Quotation& quote(std::string_view marked, std::optional<Attribution> attribution = {});
  // An attribution whose speaker (and outlet) are the first occurrences of those words
  // after `after` in the text; its span runs from the speaker to the outlet. An empty
  // speaker: the attribution names only an outlet.
  Attribution credit(std::string_view speaker, std::string_view outlet = {},
                     Attribution::Kind kind = Attribution::Kind::speech,
                     std::size_t after = 0) const;
  void add_credit(Attribution attribution) { analysis_.credits.push_back(std::move(attribution)); }

  std::vector<Diagnostic> run(const Rule& rule) const;
  std::string_view at(Span span) const {
    return std::string_view(text_).substr(span.start, span.size());
  }

 private:
  std::string text_;
  SourceText source_;
  Article article_;
  std::shared_ptr<const SourceList> sources_;
  FileAnalysis analysis_;
};

}  // namespace citecheck::testing
