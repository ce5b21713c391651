#include <libxml/parser.h>
#include <libxml/tree.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "rules/registry.hpp"
#include "src/directives/directives.hpp"
#include "src/document/xml_ptr.hpp"
#include "src/input/source_text.hpp"
#include "src/report/checkstyle_reporter.hpp"
#include "src/report/github_reporter.hpp"
#include "src/report/junit_reporter.hpp"
#include "src/report/make_reporter.hpp"
#include "src/report/report_paths.hpp"
#include "src/report/sarif_reporter.hpp"

using namespace citecheck;

namespace {

// A file with findings whose messages hold every character the formats must escape.
struct Fixture {
  SourceText source{"docs/a, b.md",
                    "He said, \xE2\x80\x9D Hi.\xE2\x80\x9D\nShe wrote \xE2\x80\x9C<b> & co\n"};
  FileReport report;
  FileReport failed;

  Fixture() {
    report.path = "docs/a, b.md";
    report.source = &source;
    report.diagnostics = {
        {"quote-wrong-direction", Severity::error, "opens with \xE2\x80\x9D: 100% \"wrong\"",
         Span{9, 12}, "\xE2\x80\x9C", "use \xE2\x80\x9C"},
        {"quote-unbalanced", Severity::warning, "mark \xE2\x80\x9C before <b> & co never closes",
         Span{30, 33}, std::nullopt, std::nullopt},
        {"quote-mixed-style", Severity::info, "line\nbreak", Span{30, 33}, std::nullopt,
         std::nullopt},
    };
    failed.path = "missing.md";
    failed.error = "missing.md: no such file or directory";
  }
};

std::string render(Reporter& reporter, const std::vector<const FileReport*>& files) {
  std::ostringstream out;
  RunSummary summary;
  reporter.begin(out);
  for (const FileReport* file : files) {
    summary.count(*file);
    reporter.file(*file, out);
  }
  reporter.end(summary, out);
  return out.str();
}

XmlDocPtr parse_xml(const std::string& text) {
  XmlDocPtr document(xmlReadMemory(text.data(), static_cast<int>(text.size()), "report.xml",
                                   nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR));
  REQUIRE(document != nullptr);
  return document;
}

std::vector<xmlNode*> children(xmlNode* parent, std::string_view name) {
  std::vector<xmlNode*> found;
  for (xmlNode* node = parent->children; node != nullptr; node = node->next) {
    if (node->type == XML_ELEMENT_NODE && reinterpret_cast<const char*>(node->name) == name)
      found.push_back(node);
  }
  return found;
}

std::string attribute(xmlNode* node, const char* name) {
  const XmlCharPtr value(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
  REQUIRE(value != nullptr);
  return reinterpret_cast<const char*>(value.get());
}

std::string content(xmlNode* node) {
  const XmlCharPtr value(xmlNodeGetContent(node));
  return reinterpret_cast<const char*>(value.get());
}

}  // namespace

TEST_CASE("every format name has a reporter", "[report]") {
  for (const std::string_view name : kOutputFormatNames) {
    const auto format = parse_output_format(name);
    REQUIRE(format.has_value());
    CHECK(make_reporter(*format, ReportOptions{}, "/work") != nullptr);
  }
  CHECK_FALSE(parse_output_format("xml").has_value());
}

TEST_CASE("report paths are relative to the working directory", "[report]") {
  CHECK(relative_report_path("docs/a.md", "/repo") == "docs/a.md");
  CHECK(relative_report_path("./docs/../a.md", "/repo") == "a.md");
  CHECK(relative_report_path("/repo/docs/a.md", "/repo") == "docs/a.md");
  CHECK(relative_report_path("/elsewhere/a.md", "/repo") == "/elsewhere/a.md");
  CHECK(report_uri("docs/my notes #1.md", "/repo") == "docs/my%20notes%20%231.md");
  CHECK(report_uri("caf\xC3\xA9.md", "/repo") == "caf%C3%A9.md");
  CHECK(report_uri("/elsewhere/a b.md", "/repo") == "file:///elsewhere/a%20b.md");
}

TEST_CASE("JSON streamed part by part is the JSON written at once", "[json]") {
  const Fixture fixture;
  Quotation first;
  first.span = {23, 39};
  first.text = "<b> & co";
  Quotation second = first;
  second.span = {40, 45};
  second.text = "x";
  FileAnalysis analysis;
  analysis.quotations = {first, second};
  FileReport whole = fixture.report;
  whole.analysis = &analysis;
  const std::string at_once = render(*make_reporter(OutputFormat::json, {}, "."), {&whole});

  const auto reporter = make_reporter(OutputFormat::json, {}, ".");
  REQUIRE(reporter->quotation_use() == Reporter::QuotationUse::streamed);
  std::ostringstream out;
  RunSummary summary;
  reporter->begin(out);
  reporter->quotations(fixture.report, std::span(&first, 1), out);
  reporter->quotations(fixture.report, {}, out);
  reporter->quotations(fixture.report, std::span(&second, 1), out);
  FileAnalysis streamed;  // the analysis keeps no quotations once they were streamed
  FileReport report = fixture.report;
  report.analysis = &streamed;
  summary.count(report);
  reporter->file(report, out);
  reporter->end(summary, out);
  CHECK(out.str() == at_once);

  // A file that fails after some of its quotations were written still closes its object.
  std::ostringstream failed_out;
  const auto failing = make_reporter(OutputFormat::json, {}, ".");
  failing->begin(failed_out);
  failing->quotations(fixture.report, std::span(&first, 1), failed_out);
  FileReport failed = fixture.report;
  failed.error = "docs/a, b.md: internal error: out of memory";
  failing->file(failed, failed_out);
  failing->end(RunSummary{}, failed_out);
  CHECK(failed_out.str() ==
        "{\"version\":1,\"files\":[\n{\"path\":\"docs/a, b.md\",\"quotations\":[\n "
        "{\"start\":23,\"end\":39,\"line\":2,\"column\":4,\"text\":\"<b> & "
        "co\",\"attribution\":null}],\"diagnostics\":[],\"error\":\"docs/a, b.md: internal "
        "error: out of memory\"}\n]}\n");
  CHECK(nlohmann::json::parse(failed_out.str())["files"][0]["error"] ==
        "docs/a, b.md: internal error: out of memory");
}

TEST_CASE("GitHub workflow-command escaping", "[github]") {
  CHECK(escape_github_data("100%\r\nnext: a, b") == "100%25%0D%0Anext: a, b");
  CHECK(escape_github_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A");
}

TEST_CASE("GitHub annotations", "[github]") {
  const Fixture fixture;
  GithubReporter reporter("/work");
  CHECK(render(reporter, {&fixture.report, &fixture.failed}) ==
        "::error file=docs/a%2C b.md,line=1,col=10,endLine=1,endColumn=11,"
        "title=quote-wrong-direction::opens with \xE2\x80\x9D: 100%25 \"wrong\"%0Ahelp: use "
        "\xE2\x80\x9C\n"
        "::warning file=docs/a%2C b.md,line=2,col=11,endLine=2,endColumn=12,"
        "title=quote-unbalanced::mark \xE2\x80\x9C before <b> & co never closes\n"
        "::notice file=docs/a%2C b.md,line=2,col=11,endLine=2,endColumn=12,"
        "title=quote-mixed-style::line%0Abreak\n"
        "::error file=missing.md,title=citecheck::missing.md: no such file or directory\n");
}

TEST_CASE("GitHub annotations end with a count when GitHub would drop some", "[github]") {
  const SourceText source("a.md", "\xE2\x80\x9C\n");
  FileReport report;
  report.path = "a.md";
  report.source = &source;
  report.diagnostics.assign(11, Diagnostic{"quote-unbalanced", Severity::error, "never closed",
                                           Span{0, 3}, std::nullopt, std::nullopt});
  GithubReporter reporter("/work");
  const std::string output = render(reporter, {&report});
  CHECK(output.ends_with(
      "::notice title=citecheck::11 errors, 0 warnings and 0 notes; GitHub shows 10 "
      "annotations of each kind per step, upload SARIF for the full report\n"));
}

TEST_CASE("checkstyle XML", "[checkstyle]") {
  const Fixture fixture;
  CheckstyleReporter reporter;
  const std::string output = render(reporter, {&fixture.report, &fixture.failed});
  CHECK(output ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<checkstyle version=\"4.3\">\n"
        "  <file name=\"docs/a, b.md\">\n"
        "    <error line=\"1\" column=\"10\" severity=\"error\" message=\"opens with "
        "\xE2\x80\x9D: 100% &quot;wrong&quot; (quote-wrong-direction)\" "
        "source=\"citecheck.quote-wrong-direction\"/>\n"
        "    <error line=\"2\" column=\"11\" severity=\"warning\" message=\"mark \xE2\x80\x9C "
        "before &lt;b&gt; &amp; co never closes (quote-unbalanced)\" "
        "source=\"citecheck.quote-unbalanced\"/>\n"
        "    <error line=\"2\" column=\"11\" severity=\"info\" message=\"line&#10;break "
        "(quote-mixed-style)\" source=\"citecheck.quote-mixed-style\"/>\n"
        "  </file>\n"
        "  <file name=\"missing.md\">\n"
        "    <error severity=\"error\" message=\"missing.md: no such file or directory\" "
        "source=\"citecheck\"/>\n"
        "  </file>\n"
        "</checkstyle>\n");

  const XmlDocPtr document = parse_xml(output);
  xmlNode* root = xmlDocGetRootElement(document.get());
  const auto files = children(root, "file");
  REQUIRE(files.size() == 2);
  CHECK(attribute(files[0], "name") == "docs/a, b.md");
  const auto errors = children(files[0], "error");
  REQUIRE(errors.size() == 3);
  CHECK(attribute(errors[0], "message") ==
        "opens with \xE2\x80\x9D: 100% \"wrong\" (quote-wrong-direction)");
  CHECK(attribute(errors[1], "message") ==
        "mark \xE2\x80\x9C before <b> & co never closes (quote-unbalanced)");
  CHECK(attribute(errors[2], "message") == "line\nbreak (quote-mixed-style)");
  CHECK(children(files[1], "error").size() == 1);
}

TEST_CASE("JUnit XML", "[junit]") {
  const Fixture fixture;
  const SourceText clean_source("clean.md", "Nothing to see.\n");
  FileReport clean;
  clean.path = "clean.md";
  clean.source = &clean_source;
  JunitReporter reporter;
  const std::string output = render(reporter, {&fixture.report, &clean, &fixture.failed});
  CHECK(output ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"citecheck\">\n"
        "  <testsuite name=\"docs/a, b.md\" tests=\"3\" failures=\"3\" errors=\"0\">\n"
        "    <testcase classname=\"docs/a, b.md\" name=\"docs/a, b.md:1:10 "
        "quote-wrong-direction\">\n"
        "      <failure message=\"opens with \xE2\x80\x9D: 100% &quot;wrong&quot;\" "
        "type=\"error\">docs/a, b.md:1:10: error: opens with \xE2\x80\x9D: 100% &quot;wrong&quot; "
        "[quote-wrong-direction]\nhelp: use \xE2\x80\x9C</failure>\n"
        "    </testcase>\n"
        "    <testcase classname=\"docs/a, b.md\" name=\"docs/a, b.md:2:11 quote-unbalanced\">\n"
        "      <failure message=\"mark \xE2\x80\x9C before &lt;b&gt; &amp; co never closes\" "
        "type=\"warning\">docs/a, b.md:2:11: warning: mark \xE2\x80\x9C before &lt;b&gt; &amp; "
        "co never closes [quote-unbalanced]</failure>\n"
        "    </testcase>\n"
        "    <testcase classname=\"docs/a, b.md\" name=\"docs/a, b.md:2:11 quote-mixed-style\">\n"
        "      <failure message=\"line&#10;break\" type=\"info\">docs/a, b.md:2:11: info: line\n"
        "break [quote-mixed-style]</failure>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "  <testsuite name=\"clean.md\" tests=\"1\" failures=\"0\" errors=\"0\">\n"
        "    <testcase classname=\"clean.md\" name=\"clean.md\"/>\n"
        "  </testsuite>\n"
        "  <testsuite name=\"missing.md\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
        "    <testcase classname=\"missing.md\" name=\"missing.md\">\n"
        "      <error message=\"missing.md: no such file or directory\" "
        "type=\"input-error\">missing.md: no such file or directory</error>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");

  const XmlDocPtr document = parse_xml(output);
  const auto suites = children(xmlDocGetRootElement(document.get()), "testsuite");
  REQUIRE(suites.size() == 3);
  for (xmlNode* suite : suites) {
    const auto cases = children(suite, "testcase");
    std::size_t failures = 0;
    std::size_t errors = 0;
    for (xmlNode* test_case : cases) {
      failures += children(test_case, "failure").size();
      errors += children(test_case, "error").size();
    }
    CHECK(attribute(suite, "tests") == std::to_string(cases.size()));
    CHECK(attribute(suite, "failures") == std::to_string(failures));
    CHECK(attribute(suite, "errors") == std::to_string(errors));
  }
  const auto failures = children(children(suites[0], "testcase")[1], "failure");
  CHECK(attribute(failures[0], "message") == "mark \xE2\x80\x9C before <b> & co never closes");
  CHECK(content(failures[0]) ==
        "docs/a, b.md:2:11: warning: mark \xE2\x80\x9C before <b> & co never closes "
        "[quote-unbalanced]");
}

TEST_CASE("SARIF results", "[sarif]") {
  const Fixture fixture;
  SarifReporter reporter("/work");
  const auto document = nlohmann::json::parse(render(reporter, {&fixture.report}));
  CHECK(document["version"] == "2.1.0");
  const auto& run = document["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const auto& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "citecheck");
  CHECK(driver["version"] == CITECHECK_VERSION);

  const auto& rules = driver["rules"];
  REQUIRE(rules.size() == all_rules().size() + 1);
  for (std::size_t i = 0; i < all_rules().size(); ++i) {
    const RuleInfo& info = all_rules()[i]->info();
    CHECK(rules[i]["id"] == info.id);
    CHECK(rules[i]["shortDescription"]["text"] == info.summary);
    CHECK_FALSE(rules[i]["fullDescription"]["text"].get<std::string>().empty());
    CHECK(rules[i]["help"]["text"].get<std::string>().starts_with("# " + std::string(info.id)));
  }
  CHECK(rules.back()["id"] == unused_directive_info().id);

  const auto& results = run["results"];
  REQUIRE(results.size() == 3);
  CHECK(results[0] == nlohmann::json::parse(R"({
    "ruleId": "quote-wrong-direction", "ruleIndex": 1, "level": "error",
    "message": {"text": "opens with \u201d: 100% \"wrong\"\nhelp: use \u201c"},
    "locations": [{"physicalLocation": {"artifactLocation": {"uri": "docs/a%2C%20b.md"},
      "region": {"startLine": 1, "startColumn": 10, "endLine": 1, "endColumn": 11}}}],
    "partialFingerprints": {"citecheckFingerprint/v1": "1db7613eec5ee63d:1"}})"));
  for (const auto& result : results)
    CHECK(rules[result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
  CHECK(results[1]["level"] == "warning");
  CHECK(results[2]["level"] == "note");
  // Same line, different rules: different fingerprints.
  CHECK(results[1]["partialFingerprints"] != results[2]["partialFingerprints"]);
  CHECK(run["invocations"][0] == nlohmann::json::parse(R"({"executionSuccessful": true})"));
}

TEST_CASE("SARIF fingerprints do not move with the line", "[sarif]") {
  const SourceText before("a.md",
                          "\xE2\x80\x9C"
                          "Hi\n");
  const SourceText after("a.md",
                         "New line first.\n\n\xE2\x80\x9C"
                         "Hi\n");
  auto fingerprint = [](const SourceText& source, std::size_t offset) {
    FileReport report;
    report.path = "a.md";
    report.source = &source;
    report.diagnostics = {{"quote-unbalanced", Severity::error, "never closed",
                           Span{offset, offset + 3}, std::nullopt, std::nullopt}};
    SarifReporter reporter("/work");
    std::ostringstream out;
    reporter.begin(out);
    reporter.file(report, out);
    reporter.end(RunSummary{}, out);
    return nlohmann::json::parse(out.str())["runs"][0]["results"][0]["partialFingerprints"];
  };
  CHECK(fingerprint(before, 0) == fingerprint(after, 17));
}

TEST_CASE("SARIF fingerprints read the innermost quotation around the finding", "[sarif]") {
  const SourceText source("a.md", std::string(70, 'x') + "\n" + std::string(70, 'y') + "\n");
  const auto quotation = [](std::size_t start, std::size_t end, int depth, const char* text) {
    Quotation made;
    made.span = {start, end};
    made.depth = depth;
    made.text = text;
    return made;
  };
  // "outer" holds "inner"; "later" stands apart; the second line has no quotation.
  FileAnalysis analysis;
  analysis.quotations = {quotation(0, 40, 0, "outer"), quotation(10, 20, 1, "inner"),
                         quotation(50, 60, 0, "later")};
  const auto fingerprints = [&](const FileAnalysis& quotations, std::vector<std::size_t> offsets) {
    FileReport report;
    report.path = "a.md";
    report.source = &source;
    report.analysis = &quotations;
    for (const std::size_t offset : offsets)
      report.diagnostics.push_back({"quote-unbalanced", Severity::error, "never closed",
                                    Span{offset, offset + 1}, std::nullopt, std::nullopt});
    SarifReporter reporter("/work");
    std::ostringstream out;
    reporter.begin(out);
    reporter.file(report, out);
    reporter.end(RunSummary{}, out);
    const nlohmann::json sarif = nlohmann::json::parse(out.str());
    std::vector<std::string> found;
    for (const auto& result : sarif["runs"][0]["results"])
      found.push_back(result["partialFingerprints"].dump());
    return found;
  };
  // The same findings with only the quotation each one should be read against.
  const auto alone = [&](Quotation only, std::size_t offset) {
    FileAnalysis single;
    single.quotations = {std::move(only)};
    return fingerprints(single, {offset}).front();
  };
  const std::vector<std::string> found = fingerprints(analysis, {12, 25, 45, 55, 75});
  REQUIRE(found.size() == 5);
  CHECK(found[0] == alone(quotation(0, 70, 0, "inner"), 12));
  CHECK(found[1] == alone(quotation(0, 70, 0, "outer"), 25));
  CHECK(found[3] == alone(quotation(0, 70, 0, "later"), 55));
  // Outside every quotation, the line is the context, as with no quotations at all.
  CHECK(found[2] == fingerprints(FileAnalysis{}, {45}).front());
  CHECK(found[4] == fingerprints(FileAnalysis{}, {75}).front());
  CHECK(found[0] != found[1]);
  CHECK(found[2] != found[4]);
}

TEST_CASE("SARIF for a failed run", "[sarif]") {
  const Fixture fixture;
  SarifReporter reporter("/work");
  std::ostringstream out;
  RunSummary summary;
  summary.count(fixture.failed);
  summary.run_errors.push_back("sources.json: not valid CSL-JSON");
  reporter.begin(out);
  reporter.file(fixture.failed, out);
  reporter.end(summary, out);
  const auto run = nlohmann::json::parse(out.str())["runs"][0];
  CHECK(run["results"].empty());
  CHECK(run["invocations"] == nlohmann::json::parse(R"([{
    "executionSuccessful": false,
    "toolExecutionNotifications": [
      {"level": "error", "message": {"text": "missing.md: no such file or directory"},
       "locations": [{"physicalLocation": {"artifactLocation": {"uri": "missing.md"}}}]},
      {"level": "error", "message": {"text": "sources.json: not valid CSL-JSON"}}]}])"));
}
