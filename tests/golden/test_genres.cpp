// Made-up texts beyond US news (fixtures/genres/): every quotation with its speaker and
// every finding, against the expectations stored next to each text.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tests/support/run_citecheck.hpp"

using citecheck::testing::read_source_file;
using citecheck::testing::run_citecheck;

namespace {

// One line per quotation, then one per finding, as fixtures/genres/README.md describes.
std::string render(const std::string& json_output) {
  const nlohmann::json report = nlohmann::json::parse(json_output);
  const nlohmann::json& file = report["files"][0];
  std::string rendered;
  for (const nlohmann::json& quotation : file["quotations"]) {
    rendered += std::to_string(quotation["line"].get<int>()) + ":" +
                std::to_string(quotation["column"].get<int>()) + " [" +
                quotation["text"].get<std::string>() + "] <- ";
    const nlohmann::json& attribution = quotation["attribution"];
    if (attribution.is_null()) {
      rendered += "nobody";
    } else {
      rendered += attribution["speaker"].get<std::string>() + " (" +
                  (attribution["cue"].is_null() ? "" : attribution["cue"].get<std::string>()) + ")";
    }
    rendered += '\n';
  }
  for (const nlohmann::json& diagnostic : file["diagnostics"]) {
    rendered += std::to_string(diagnostic["line"].get<int>()) + ":" +
                std::to_string(diagnostic["column"].get<int>()) + " " +
                diagnostic["rule"].get<std::string>() + ": " +
                diagnostic["message"].get<std::string>() + '\n';
  }
  return rendered;
}

// The expectations without their `# known limitation` remarks.
std::string expected(const std::string& path) {
  std::istringstream lines(read_source_file(path));
  std::string stripped;
  for (std::string line; std::getline(lines, line);) {
    if (const std::size_t remark = line.find("  # "); remark != std::string::npos)
      line.erase(remark);
    stripped += line + '\n';
  }
  return stripped;
}

}  // namespace

TEST_CASE("texts beyond US news: quotations, speakers and findings", "[golden][genres]") {
  for (const char* name : {"novel", "novel-doctor", "british", "german-news", "german-dialogue",
                           "german-politics", "french-news", "french-politics", "french-dialogue",
                           "hard-wrapped", "one-paragraph-per-line"}) {
    INFO(name);
    const auto result =
        run_citecheck("--no-config --format json " + std::string(name) + ".txt", "fixtures/genres");
    CHECK(result.err.empty());
    CHECK(render(result.out) == expected("fixtures/genres/" + std::string(name) + ".expected"));
  }
}
