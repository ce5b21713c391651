// Bad input is refused with a clear message and exit code 2, and the other files of the
// run are still checked.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "tests/support/run_citecheck.hpp"

using citecheck::testing::run_citecheck;

namespace {

constexpr const char* kFindingLine =
    "wrong-direction.txt:1:11: error: quotation opens with a closing mark ” "
    "[quote-wrong-direction]\n"
    "wrong-direction.txt:1:12: warning: a space stands right after the opening mark ” "
    "[quote-inner-space]\n";

}  // namespace

TEST_CASE("bad input files", "[bad-input]") {
  SECTION("a missing file") {
    const auto result =
        run_citecheck("--format line missing.txt wrong-direction.txt", "fixtures/bad-input");
    CHECK(result.err == "citecheck: error: missing.txt: no such file or directory\n");
    CHECK(result.out == kFindingLine);
    CHECK(result.exit_code == 2);
  }
  SECTION("a directory with no article in it") {
    const std::filesystem::path empty =
        std::filesystem::temp_directory_path() / "citecheck-empty-directory";
    std::filesystem::create_directories(empty);
    const auto result = run_citecheck("--format line '" + empty.string() + "' wrong-direction.txt",
                                      "fixtures/bad-input");
    std::filesystem::remove(empty);
    CHECK(result.err == "citecheck: error: " + empty.string() +
                            ": no articles found (.md, .markdown, .html, .htm, .txt)\n");
    CHECK(result.out == kFindingLine);
    CHECK(result.exit_code == 2);
  }
  SECTION("a binary file") {
    const auto result =
        run_citecheck("--format line image.png wrong-direction.txt", "fixtures/bad-input");
    CHECK(result.err ==
          "citecheck: error: image.png:3:1: binary file (NUL byte): citecheck checks UTF-8 text\n");
    CHECK(result.out == kFindingLine);
    CHECK(result.exit_code == 2);
  }
  SECTION("invalid UTF-8") {
    const auto result =
        run_citecheck("--format line latin1.txt wrong-direction.txt", "fixtures/bad-input");
    CHECK(result.err ==
          "citecheck: error: latin1.txt:1:4: invalid UTF-8 (byte 0xE9): citecheck checks UTF-8 "
          "text\n");
    CHECK(result.out == kFindingLine);
    CHECK(result.exit_code == 2);
  }
  SECTION("an empty file") {
    const auto result =
        run_citecheck("--format line empty.txt wrong-direction.txt", "fixtures/bad-input");
    CHECK(result.err == "citecheck: error: empty.txt: file is empty\n");
    CHECK(result.out == kFindingLine);
    CHECK(result.exit_code == 2);
  }
  SECTION("a failed file still fails a run whose other files are clean") {
    const auto result = run_citecheck("--format line empty.txt clean.txt", "fixtures/bad-input");
    CHECK(result.out.empty());
    CHECK(result.exit_code == 2);
  }
  SECTION("JSON keeps the failed file, with its error, beside the checked ones") {
    const auto result = run_citecheck("--format json empty.txt clean.txt", "fixtures/bad-input");
    CHECK(result.out ==
          "{\"version\":1,\"files\":[\n"
          "{\"path\":\"empty.txt\",\"error\":\"empty.txt: file is empty\",\"quotations\":[],"
          "\"diagnostics\":[]},\n"
          "{\"path\":\"clean.txt\",\"quotations\":[\n"
          " {\"start\":14,\"end\":26,\"line\":1,\"column\":15,\"text\":\"Hello,\","
          "\"attribution\":{\"speaker\":\"Ann Lee\",\"outlet\":null,\"cue\":\"said\","
          "\"start\":0,\"end\":12,\"source_id\":null}}],\"diagnostics\":[]}\n"
          "]}\n");
    CHECK(result.exit_code == 2);
  }
}

TEST_CASE("100,000 unclosed quotation marks", "[bad-input]") {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / "citecheck-unclosed-marks.txt";
  {
    std::ofstream out(file, std::ios::binary);
    for (int i = 0; i < 100000; ++i)
      out << "“word ";
    out << '\n';
  }
  const std::string path = std::string("'").append(file.string()).append("'");
  const auto count = run_citecheck("--format line " + path + " | grep -c 'is never closed'");
  const auto first = run_citecheck("--format line " + path + " | head -1");
  std::filesystem::remove(file);
  CHECK(count.out == "100000\n");
  const std::string expected_first = std::string(file) +
                                     ":1:1: error: quotation mark “ opens a quotation that is "
                                     "never closed [quote-unbalanced]\n";
  CHECK(first.out == expected_first);
}
