// The seed article as Markdown and as an HTML page: the same findings as the text version,
// each at its line and column in that file.

#include <catch2/catch.hpp>

#include "tests/support/run_citecheck.hpp"

using citecheck::testing::read_source_file;
using citecheck::testing::run_citecheck;

TEST_CASE("seed article as Markdown with its sidecar source list", "[golden]") {
  SECTION("text") {
    const auto result = run_citecheck("article.md", "fixtures/seed");
    CHECK(result.out == read_source_file("fixtures/golden/seed-markdown.text"));
    CHECK(result.exit_code == 1);
  }
  SECTION("json") {
    const auto result = run_citecheck("--format json article.md", "fixtures/seed");
    CHECK(result.out == read_source_file("fixtures/golden/seed-markdown.json"));
    CHECK(result.exit_code == 1);
  }
}

TEST_CASE("seed article as an HTML page with its sidecar source list", "[golden]") {
  SECTION("text") {
    const auto result = run_citecheck("article.html", "fixtures/seed");
    CHECK(result.out == read_source_file("fixtures/golden/seed-html.text"));
    CHECK(result.exit_code == 1);
  }
  SECTION("json: the blockquote is credited through its cite URL") {
    const auto result = run_citecheck("--format json article.html", "fixtures/seed");
    CHECK(result.out == read_source_file("fixtures/golden/seed-html.json"));
    CHECK(result.exit_code == 1);
  }
}
