// The seed article checked against its source list: the sidecar CSL-JSON list found next
// to the article, and the same list in BibTeX given with --sources for standard input.
// Expected outputs live in fixtures/golden/.

#include <catch2/catch.hpp>

#include "tests/support/run_citecheck.hpp"

using citecheck::testing::read_source_file;
using citecheck::testing::run_citecheck;

TEST_CASE("seed article with its sidecar source list", "[golden]") {
  SECTION("text") {
    const auto result = run_citecheck("article.txt", "fixtures/seed");
    CHECK(result.out == read_source_file("fixtures/golden/seed-sources.text"));
    CHECK(result.err.empty());
    CHECK(result.exit_code == 1);
  }
  SECTION("json") {
    const auto result = run_citecheck("--format json article.txt", "fixtures/seed");
    CHECK(result.out == read_source_file("fixtures/golden/seed-sources.json"));
    CHECK(result.err.empty());
    CHECK(result.exit_code == 1);
  }
  SECTION("the sidecar also named with --sources counts once") {
    const auto result =
        run_citecheck("--sources article.sources.json article.txt", "fixtures/seed");
    CHECK(result.out == read_source_file("fixtures/golden/seed-sources.text"));
    CHECK(result.exit_code == 1);
  }
}

TEST_CASE("seed article on standard input with the BibTeX source list", "[golden]") {
  const auto result = run_citecheck(
      "--sources bibtex/article.bib --stdin-filename article.txt - < article.txt", "fixtures/seed");
  CHECK(result.out == read_source_file("fixtures/golden/seed-bibtex.text"));
  CHECK(result.err.empty());
  CHECK(result.exit_code == 1);
}

TEST_CASE("a broken or incomplete source list stops only the files that use it", "[golden]") {
  SECTION("the loader's message, with line and column, and exit 2") {
    const auto result = run_citecheck(
        "--sources ../rules/broken.sources.json --stdin-filename article.txt - < article.txt",
        "fixtures/seed");
    CHECK(result.err ==
          "citecheck: error: ../rules/broken.sources.json:5:1: unexpected end of "
          "file, expected ',' or '}'\n");
    CHECK(result.exit_code == 2);
  }
  SECTION("a missing snapshot names the list, the entry and the path") {
    const auto result = run_citecheck(
        "--sources ../rules/missing-snapshot.sources.json --stdin-filename article.txt - < "
        "article.txt",
        "fixtures/seed");
    CHECK(result.err ==
          "citecheck: error: ../rules/missing-snapshot.sources.json:2: source "
          "\"lind-ferry\": ../rules/snapshots/gone.html: snapshot not found\n");
    CHECK(result.exit_code == 2);
  }
}

TEST_CASE("seed articles found by walking their directory use their sidecar lists", "[golden]") {
  // The walk lists the directory once; the sidecar lists are found as when each article is
  // named on its own.
  const auto walked = run_citecheck("--no-config --format line -j 1 .", "fixtures/seed");
  const auto named = run_citecheck(
      "--no-config --format line -j 1 article.html article.md article.txt bibtex/article.bib",
      "fixtures/seed");
  CHECK(walked.out == named.out);
  CHECK(walked.out.find("article.txt:13:421: error: \"Parmy Olsen\" is not in the source list; "
                        "did you mean \"Parmy Olson\"? [source-misspelled]") != std::string::npos);
  CHECK(walked.exit_code == 1);
}
