// A long file is analysed a part at a time; the parts together must report exactly what
// one whole-file analysis reports. The smallest part size cuts at every paragraph break
// where a cut is allowed, so each text below is checked at all of its possible cuts.

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "src/analysis/analyse.hpp"
#include "src/check/check_file.hpp"
#include "src/document/article.hpp"
#include "src/input/source_text.hpp"
#include "src/lexicon/lexicon.hpp"
#include "src/report/json_reporter.hpp"
#include "tests/support/run_citecheck.hpp"

using namespace citecheck;
using citecheck::testing::read_source_file;

namespace {

const Lexicon& lexicon() {
  static const Lexicon loaded = Lexicon::load_embedded("all");
  return loaded;
}

// The JSON report of `path` (quotations, attributions, diagnostics) checked in parts of at
// least `part_bytes` of prose.
std::string json_report(const std::string& path, std::size_t part_bytes) {
  const RuleSettings settings;
  CheckContext context{&lexicon(), &settings, std::nullopt, "<stdin>", {}};
  context.part_bytes = part_bytes;
  const CheckedFile checked = check_file(path, context);
  JsonReporter reporter;
  std::ostringstream out;
  reporter.begin(out);
  reporter.file(checked.report, out);
  reporter.end(RunSummary{}, out);
  return out.str();
}

// A temporary file holding `text`, removed at the end of the test.
class TextFile {
 public:
  TextFile(const std::string& name, const std::string& text)
      : path_(std::filesystem::temp_directory_path() / ("citecheck-parts-" + name)) {
    std::ofstream(path_, std::ios::binary) << text;
  }
  ~TextFile() { std::filesystem::remove(path_); }
  TextFile(const TextFile&) = delete;
  TextFile& operator=(const TextFile&) = delete;
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

// How many parts `text` is analysed in, and what each part holds, rendered: the part's
// original span, then each quotation (its text and speaker).
std::vector<std::string> parts_of(const std::string& text, std::size_t part_bytes) {
  const SourceText source("parts.txt", text);
  const Article article(source);
  std::vector<std::string> parts;
  analyse_in_parts(article, lexicon(), part_bytes, [&](FileAnalysis& part) {
    std::string rendered =
        std::to_string(part.part.start) + "-" + std::to_string(part.part.end) + ":";
    for (const Quotation& quotation : part.quotations) {
      rendered += " [" + quotation.text + "]";
      if (quotation.attribution)
        rendered += " " + quotation.attribution->speaker;
    }
    parts.push_back(rendered);
  });
  return parts;
}

// Made-up text exercising what crosses paragraphs: a quotation continued into the next
// paragraph, a paragraph that continues the previous speaker, a pronoun for a person
// named paragraphs earlier, a speaker introduced by a colon, a credit, a source note, a
// mark left open, and quotation marks of two styles (the file-level finding).
const char* const kCrossingParagraphs =
    "Mayor Ana Ruiz opened the session on Monday.\n"
    "\n"
    "“We will rebuild the bridge before winter,” Ruiz said. “The money is there.\n"
    "\n"
    "“And the contractors are ready to start in May,” she added.\n"
    "\n"
    "“Nobody will wait for a ferry again.”\n"
    "\n"
    "Council member Tomas Lind was less sure.\n"
    "\n"
    "\"I have heard this promise three times before,\" Lind said.\n"
    "\n"
    "\"The last bridge plan died in committee,\" he said.\n"
    "\n"
    "Lind continued:\n"
    "\n"
    "\"It died after the first estimate.\"\n"
    "\n"
    "Photo: Courtesy Riverside Historical Society\n"
    "\n"
    "The budget \"covers every repair listed in the survey\" (Source: Eva Berg, Riverside Post).\n"
    "\n"
    "“This sentence opens a quotation that never closes.\n"
    "\n"
    "The vote is set for “next Tuesday at the earliest” according to the clerk.\n";

}  // namespace

TEST_CASE("analysed in parts, a file reports what it reports in one piece", "[analysis]") {
  const std::string directory = std::string(CITECHECK_SOURCE_DIR) + "/";
  for (const char* fixture :
       {"fixtures/seed/article.txt", "fixtures/seed/article.md", "fixtures/seed/article.html",
        "fixtures/markup/blockquote-signature.md", "fixtures/markup/figure-credits.html",
        "fixtures/markup/malformed.html", "fixtures/rules/council-minutes.txt",
        "fixtures/genres/novel.txt", "fixtures/genres/novel-doctor.txt",
        "fixtures/genres/british.txt", "fixtures/genres/german-dialogue.txt",
        "fixtures/genres/french-news.txt", "fixtures/genres/hard-wrapped.txt",
        "fixtures/genres/one-paragraph-per-line.txt"}) {
    INFO(fixture);
    const std::string path = directory + fixture;
    CHECK(json_report(path, 1) == json_report(path, 0));
  }
  const TextFile crossing("crossing.txt", kCrossingParagraphs);
  const std::string whole = json_report(crossing.path(), 0);
  CHECK(json_report(crossing.path(), 1) == whole);
  CHECK(json_report(crossing.path(), 200) == whole);
  // The whole-file findings are there, once: the file-level style finding and the mark
  // that never closes.
  CHECK(whole.find("\"message\":\"straight quote marks in a file that mostly uses curly ones "
                   "(4 curly, 4 straight quotations)\"") != std::string::npos);
  CHECK(whole.find("\"rule\":\"quote-unbalanced\"") != std::string::npos);
}

TEST_CASE("parts end between paragraphs and never inside a quotation", "[analysis]") {
  const std::vector<std::string> parts = parts_of(kCrossingParagraphs, 1);
  // The continued quotation and its paragraphs stay in one part; so does the speaker
  // carried into the following paragraphs.
  CHECK(parts == std::vector<std::string>{
                     "0-44:",
                     "44-192: [We will rebuild the bridge before winter,] Ruiz [The money is "
                     "there. And the contractors are ready to start in May,] Ruiz",
                     "192-235: [Nobody will wait for a ferry again.] Ruiz",
                     "235-277:",
                     "277-337: [I have heard this promise three times before,] Lind",
                     "337-389: [The last bridge plan died in committee,] Lind",
                     "389-406:",
                     "406-443: [It died after the first estimate.] Lind",
                     "443-489:",
                     "489-580: [covers every repair listed in the survey] Eva Berg",
                     "580-635:",
                     "635-716: [next Tuesday at the earliest] the clerk",
                 });
  // With a larger minimum, parts hold several paragraphs.
  CHECK(parts_of(kCrossingParagraphs, 300) ==
        std::vector<std::string>{
            "0-337: [We will rebuild the bridge before winter,] Ruiz [The money is there. And "
            "the contractors are ready to start in May,] Ruiz [Nobody will wait for a ferry "
            "again.] Ruiz [I have heard this promise three times before,] Lind",
            "337-716: [The last bridge plan died in committee,] Lind [It died after the first "
            "estimate.] Lind [covers every repair listed in the survey] Eva Berg [next Tuesday "
            "at the earliest] the clerk",
        });
  CHECK(parts_of(kCrossingParagraphs, 0).size() == 1);
}

TEST_CASE("a sink receives the quotations part by part, and the analysis keeps none",
          "[analysis]") {
  const TextFile crossing("sink.txt", kCrossingParagraphs);
  const RuleSettings settings;
  CheckContext context{&lexicon(), &settings, std::nullopt, "<stdin>", {}};
  context.part_bytes = 1;
  std::vector<std::size_t> part_sizes;
  std::string texts;
  const CheckedFile checked = check_file(
      crossing.path(), context, [&](const FileReport& file, std::span<const Quotation> quotations) {
        CHECK(file.path == crossing.path());
        part_sizes.push_back(quotations.size());
        for (const Quotation& quotation : quotations)
          texts += "[" + quotation.text + "]";
      });
  CHECK(part_sizes == std::vector<std::size_t>{0, 2, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1});
  CHECK(texts ==
        "[We will rebuild the bridge before winter,][The money is there. And the contractors "
        "are ready to start in May,][Nobody will wait for a ferry again.][I have heard this "
        "promise three times before,][The last bridge plan died in committee,][It died after "
        "the first estimate.][covers every repair listed in the survey][next Tuesday at the "
        "earliest]");
  CHECK(checked.analysis->quotations.empty());
  CHECK(checked.report.diagnostics.size() == 2);
}
