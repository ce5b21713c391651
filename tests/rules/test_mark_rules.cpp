// The quote-mark rules on whole texts, through the real quote finder and linker: what
// each reports, and what it must leave alone.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rules/rule_factories.hpp"
#include "src/analysis/analyse.hpp"
#include "src/document/article.hpp"
#include "src/input/source_text.hpp"
#include "src/lexicon/lexicon.hpp"

using namespace citecheck;

namespace {

// Each finding as `message @ the text its span covers`.
std::vector<std::string> findings(const Rule& rule, const std::string& text) {
  static const Lexicon lexicon = Lexicon::load_embedded("all");
  const SourceText source("article.txt", text);
  const Article article(source);
  FileAnalysis analysis = analyse(article, lexicon);
  std::vector<Diagnostic> diagnostics;
  rule.check(analysis, RuleOptions{}, diagnostics);
  std::vector<std::string> rendered;
  for (const Diagnostic& diagnostic : diagnostics) {
    rendered.push_back(diagnostic.message + " @ " +
                       text.substr(diagnostic.span.start, diagnostic.span.size()));
  }
  return rendered;
}

using Findings = std::vector<std::string>;

}  // namespace

TEST_CASE("quote-inner-space", "[rules][marks]") {
  const Rule& rule = rules::quote_inner_space();
  CHECK(findings(rule, "“ We test,” she said.") ==
        Findings{"a space stands right after the opening mark “ @  "});
  CHECK(findings(rule, "“We test.\xC2\xA0” she said.") ==
        Findings{"a no-break space (U+00A0) stands right before the closing mark ” @ \xC2\xA0"});
  SECTION("negative: French spacing, marks side by side, ellipses") {
    CHECK(findings(rule, "« Nous testons », dit-elle.").empty());
    CHECK(findings(rule, "« Il a dit : “ jamais le dimanche ”. »").empty());
    CHECK(findings(rule, "“He said ‘no,’ ” Ann recalled.").empty());
    CHECK(findings(rule, "“ … what I learned,” he said.").empty());
  }
}

TEST_CASE("quote-wrong-direction", "[rules][marks]") {
  const Rule& rule = rules::quote_wrong_direction();
  CHECK(findings(rule, "Ann Lee said, ” the plan costs money.”") ==
        Findings{"quotation opens with a closing mark ” @ ”"});
  CHECK(findings(rule, "The rate is “51 percent.“ Ann said so.") ==
        Findings{"quotation closes with an opening mark “ @ “"});
  SECTION("negative: apostrophes, elisions and possessives inside single quotations") {
    CHECK(findings(rule, "‘The Joneses’ car won’t start, and the ’phone is dead.’ said Ann.")
              .empty());
    CHECK(findings(rule, "It was rock ’n’ roll in the ’90s.").empty());
  }
}

TEST_CASE("quote-unbalanced", "[rules][marks]") {
  const Rule& rule = rules::quote_unbalanced();
  CHECK(findings(rule, "She said “we will win and left.\n\nThe end.") ==
        Findings{"quotation mark “ opens a quotation that is never closed @ “"});
  CHECK(findings(rule, "It was a pillow.\" The end.") ==
        Findings{"quotation mark \" closes a quotation that was never opened @ \""});
  SECTION("negative: a quotation continued over paragraphs, heights") {
    CHECK(findings(rule, "He said: “We will win.\n\n“And we will win again.”").empty());
    CHECK(findings(rule, "He is 5'10\" tall and 6’2” in boots.").empty());
  }
}
