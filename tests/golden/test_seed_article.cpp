// The seed article: the whole output of every format, as the design brief requires.
// Expected outputs live next to the inputs in fixtures/golden/.

#include <catch2/catch.hpp>

#include "tests/support/run_citecheck.hpp"

using citecheck::testing::read_source_file;
using citecheck::testing::run_citecheck;

namespace {

// Without a source list: read from standard input, where no sidecar list is looked for.
const std::string kNoSources = "--stdin-filename article.txt - < article.txt";

}  // namespace

TEST_CASE("seed article without a source list", "[golden]") {
  SECTION("text") {
    const auto result = run_citecheck(kNoSources, "fixtures/seed");
    CHECK(result.out == read_source_file("fixtures/golden/seed-no-sources.text"));
    CHECK(result.err.empty());
    CHECK(result.exit_code == 1);
  }
  SECTION("line") {
    const auto result = run_citecheck("--format line " + kNoSources, "fixtures/seed");
    CHECK(result.out == read_source_file("fixtures/golden/seed-no-sources.line"));
    CHECK(result.exit_code == 1);
  }
  SECTION("json") {
    const auto result = run_citecheck("--format json " + kNoSources, "fixtures/seed");
    CHECK(result.out == read_source_file("fixtures/golden/seed-no-sources.json"));
    CHECK(result.exit_code == 1);
  }
}
