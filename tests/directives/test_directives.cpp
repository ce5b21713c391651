#include <catch2/catch.hpp>

#include "src/directives/directives.hpp"
#include "tests/cli/cli_support.hpp"

using namespace citecheck;

namespace {

// One finding of `rule` at the start of every line of `source` that contains `marker`.
std::vector<Diagnostic> findings_at(const SourceText& source, std::string_view marker,
                                    const std::string& rule) {
  std::vector<Diagnostic> diagnostics;
  for (std::size_t line = 1; line <= source.line_count(); ++line) {
    if (source.line_text(line).find(marker) == std::string_view::npos)
      continue;
    const std::size_t start = source.line_start(line);
    diagnostics.push_back(
        {rule, Severity::error, "finding", Span{start, start + 1}, std::nullopt, std::nullopt});
  }
  return diagnostics;
}

struct Outcome {
  std::vector<std::size_t> lines;   // lines of the findings kept
  std::vector<std::string> unused;  // messages of unused-directive findings, with lines
};

Outcome apply(const std::string& markdown, std::vector<Diagnostic> diagnostics,
              bool report_unused = true) {
  const SourceText source("a.md", markdown);
  apply_directives(find_directives(source, InputFormat::markdown), source, diagnostics,
                   report_unused);
  Outcome outcome;
  for (const Diagnostic& diagnostic : diagnostics) {
    const std::size_t line = source.position(diagnostic.span.start).line;
    if (diagnostic.rule == unused_directive_info().id)
      outcome.unused.push_back(std::to_string(line) + ": " + diagnostic.message);
    else
      outcome.lines.push_back(line);
  }
  return outcome;
}

Outcome apply_to_marked(const std::string& markdown, const std::string& rule = "quote-unbalanced",
                        bool report_unused = true) {
  const SourceText source("a.md", markdown);
  return apply(markdown, findings_at(source, "X", rule), report_unused);
}

using Lines = std::vector<std::size_t>;
using Messages = std::vector<std::string>;

}  // namespace

TEST_CASE("directives are read from Markdown and HTML comments", "[directives]") {
  const SourceText source(
      "a.md",
      "Intro <!-- citecheck-disable-line quote-unbalanced, quote-inner-space -- epigraph -->\n"
      "<!--\n  citecheck-disable-next-line\n-->\n"
      "<!-- not a directive -->\n"
      "<!-- citecheck-enable -->\n");
  const std::vector<Directive> directives = find_directives(source, InputFormat::markdown);
  REQUIRE(directives.size() == 3);
  CHECK(directives[0].kind == Directive::Kind::disable_line);
  CHECK(directives[0].rules == std::vector<std::string>{"quote-unbalanced", "quote-inner-space"});
  CHECK(directives[0].reason == "epigraph");
  CHECK(directives[0].first_line == 1);
  CHECK(directives[0].span.start == 6);
  CHECK(directives[1].kind == Directive::Kind::disable_next_line);
  CHECK(directives[1].rules.empty());
  CHECK_FALSE(directives[1].reason.has_value());
  CHECK(directives[1].first_line == 2);
  CHECK(directives[1].last_line == 4);
  CHECK(directives[2].kind == Directive::Kind::enable);

  const SourceText html("a.html",
                        "<p>Hi</p><!-- citecheck-disable-file -->\n"
                        "<script>var s = '<!-- citecheck-disable -->';</script>\n"
                        "<STYLE>/* <!-- citecheck-enable --> */</STYLE>\n");
  const auto html_directives = find_directives(html, InputFormat::html);
  REQUIRE(html_directives.size() == 1);
  CHECK(html_directives[0].kind == Directive::Kind::disable_file);

  CHECK(find_directives(SourceText("a.txt", "<!-- citecheck-disable-file -->\n"), InputFormat::text)
            .empty());
}

TEST_CASE("comments in Markdown code are text, not directives", "[directives]") {
  const SourceText source("a.md",
                          "```html\n<!-- citecheck-disable-file -->\n```\n"
                          "Use `<!-- citecheck-disable -->` to switch rules off.\n"
                          "~~~~\n<!-- citecheck-disable -->\n~~~\nstill code\n~~~~\n"
                          "After <!-- citecheck-enable -->\n");
  const auto directives = find_directives(source, InputFormat::markdown);
  REQUIRE(directives.size() == 1);
  CHECK(directives[0].kind == Directive::Kind::enable);
  CHECK(directives[0].first_line == 10);
}

TEST_CASE("citecheck-disable and citecheck-enable", "[directives]") {
  const std::string text =
      "X 1\n"
      "<!-- citecheck-disable -->\n"
      "X 3\n"
      "<!-- citecheck-enable -->\n"
      "X 5\n";
  CHECK(apply_to_marked(text).lines == Lines{1, 5});
  CHECK(apply_to_marked(text).unused.empty());
}

TEST_CASE("citecheck-disable with rule IDs switches only those off", "[directives]") {
  const std::string text =
      "<!-- citecheck-disable quote-unbalanced -->\n"
      "X 2\n"
      "<!-- citecheck-enable quote-unbalanced -->\n"
      "X 4\n";
  CHECK(apply_to_marked(text, "quote-unbalanced").lines == Lines{4});
  const Outcome other = apply_to_marked(text, "quote-inner-space");
  CHECK(other.lines == Lines{2, 4});
  CHECK(other.unused == Messages{"1: unused `citecheck-disable` directive: no `quote-unbalanced` "
                                 "finding to switch off"});
}

TEST_CASE("citecheck-enable of one rule inside a disable of all", "[directives]") {
  const std::string text =
      "<!-- citecheck-disable -->\n"
      "X 2\n"
      "<!-- citecheck-enable quote-unbalanced -->\n"
      "X 4\n";
  CHECK(apply_to_marked(text, "quote-unbalanced").lines == Lines{4});
  CHECK(apply_to_marked(text, "quote-inner-space").lines.empty());
}

TEST_CASE("citecheck-disable-line", "[directives]") {
  const std::string text =
      "X 1 <!-- citecheck-disable-line -->\n"
      "X 2\n"
      "X 3 <!-- citecheck-disable-line quote-inner-space -- not this rule -->\n";
  const Outcome outcome = apply_to_marked(text);
  CHECK(outcome.lines == Lines{2, 3});
  CHECK(outcome.unused == Messages{"3: unused `citecheck-disable-line` directive: no "
                                   "`quote-inner-space` finding to switch off"});
}

TEST_CASE("citecheck-disable-next-line", "[directives]") {
  const std::string text =
      "<!-- citecheck-disable-next-line quote-unbalanced -- an epigraph -->\n"
      "X 2\n"
      "X 3\n"
      "<!-- citecheck-disable-next-line -->\n"
      "\n"
      "X 6\n";
  const Outcome outcome = apply_to_marked(text);
  CHECK(outcome.lines == Lines{3, 6});
  CHECK(outcome.unused ==
        Messages{"4: unused `citecheck-disable-next-line` directive: no finding to switch off"});
}

TEST_CASE("citecheck-disable-file, wherever it stands", "[directives]") {
  const std::string text =
      "X 1\n"
      "X 2\n"
      "<!-- citecheck-disable-file quote-unbalanced -->\n";
  CHECK(apply_to_marked(text, "quote-unbalanced").lines.empty());
  CHECK(apply_to_marked(text, "quote-inner-space", false).lines == Lines{1, 2});
}

TEST_CASE("unknown directives and rule IDs are reported as unused", "[directives]") {
  const std::string text =
      "<!-- citecheck-disabel -->\n"
      "X 2 <!-- citecheck-disable-line quote-unbalanced quote-unbalnced -->\n";
  const Outcome outcome = apply_to_marked(text);
  CHECK(outcome.lines.empty());
  CHECK(outcome.unused ==
        Messages{"1: unknown directive `citecheck-disabel`",
                 "2: `citecheck-disable-line` names unknown rule `quote-unbalnced`"});
  CHECK(apply_to_marked(text, "quote-unbalanced", false).unused.empty());
}

TEST_CASE("CLI: directives apply to Markdown, not plain text", "[cli][directives]") {
  using citecheck::testing::run_citecheck;
  const citecheck::testing::ScratchDirectory scratch;
  const std::string article = std::string("<!-- citecheck-disable-next-line -->\n") +
                              citecheck::testing::kUnclosed +
                              "\n<!-- citecheck-disable-line quote-inner-space -->\n";
  scratch.write("story.md", article);
  scratch.write("story.txt", article);

  const auto markdown = run_citecheck(scratch.path(), "--no-config -f line story.md");
  CHECK(markdown.status == 0);
  CHECK(markdown.out.empty());

  const auto unused =
      run_citecheck(scratch.path(), "--no-config -f line --report-unused-directives story.md");
  CHECK(unused.status == 0);
  CHECK(unused.out ==
        "story.md:4:1: warning: unused `citecheck-disable-line` directive: no "
        "`quote-inner-space` finding to switch off [unused-directive]\n");
  CHECK(run_citecheck(scratch.path(),
                      "--no-config --report-unused-directives --max-warnings 0 story.md")
            .status == 1);

  const auto ignored =
      run_citecheck(scratch.path(), "--no-config -f line --no-inline-config story.md");
  CHECK(ignored.status == 1);
  CHECK(ignored.out ==
        "story.md:2:1: error: quotation mark \xE2\x80\x9C opens a quotation that is never "
        "closed [quote-unbalanced]\n");

  const auto text = run_citecheck(scratch.path(), "--no-config -f line story.txt");
  CHECK(text.status == 1);
  CHECK(text.out.starts_with("story.txt:2:1: error:"));

  scratch.write(".citecheck.yaml", "inline-config: false\n");
  CHECK(run_citecheck(scratch.path(), "-f line story.md").out == ignored.out);
}
