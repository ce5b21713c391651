#include <catch2/catch.hpp>

#include "rules/rule_factories.hpp"
#include "tests/rules/rule_test_support.hpp"
#include "tests/rules/source_list_fixture.hpp"

using citecheck::rules::quote_misquoted;
using citecheck::testing::newsroom_sources;
using citecheck::testing::RuleFixture;

TEST_CASE("quote-misquoted reports a changed word with the source's wording", "[rules]") {
  RuleFixture file("Parmy Olson wrote: “Xiaomi does in a day what Apple does in a year.”",
                   newsroom_sources());
  const auto& quotation =
      file.quote("“Xiaomi does in a day what Apple does in a year.”", file.credit("Parmy Olson"));
  const auto diagnostics = file.run(quote_misquoted());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].rule == "quote-misquoted");
  CHECK(diagnostics[0].message ==
        "quotation differs from what Parmy Olson said: \"day\" should be \"week\"");
  CHECK(diagnostics[0].span == quotation.span);
  CHECK(diagnostics[0].suggestion == "“Xiaomi does in a week what Apple does in a year.”");
  CHECK(diagnostics[0].help ==
        "the source's words: “Xiaomi does in a week what Apple does in a year.”");
}

TEST_CASE("quote-misquoted's suggestion restores added and dropped words", "[rules]") {
  SECTION("an added word") {
    RuleFixture file("“The bridge will surely reopen in the spring, not before,” Hanna Berg said.",
                     newsroom_sources());
    file.quote("“The bridge will surely reopen in the spring, not before,”",
               file.credit("Hanna Berg"));
    const auto diagnostics = file.run(quote_misquoted());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].suggestion == "“The bridge will reopen in the spring, not before,”");
  }
  SECTION("a dropped word") {
    RuleFixture file("“The bridge will reopen in spring, not before,” Hanna Berg said.",
                     newsroom_sources());
    file.quote("“The bridge will reopen in spring, not before,”", file.credit("Hanna Berg"));
    const auto diagnostics = file.run(quote_misquoted());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].suggestion == "“The bridge will reopen in the spring, not before,”");
  }
}

TEST_CASE("quote-misquoted accepts what is no misquote", "[rules]") {
  const char* quotes[] = {
      "“Xiaomi does in a week what Apple does in a year.”",
      "“xiaomi does in a week what Apple does in a year”",
      "“Xiaomi does … what Apple does in a year.”",
      "“[The company] does in a week what Apple does in a year.”",
      "\"Xiaomi does in a week what Apple does in a year!\"",
  };
  for (const char* quote : quotes) {
    RuleFixture file(std::string("Parmy Olson wrote: ") + quote, newsroom_sources());
    file.quote(quote, file.credit("Parmy Olson"));
    CHECK(file.run(quote_misquoted()).empty());
  }
}

TEST_CASE("quote-misquoted checks only sources the list records words for", "[rules]") {
  SECTION("a speaker not in the list") {
    RuleFixture file("“Xiaomi does in a day what Apple does in a year,” Tomas Lind said.",
                     newsroom_sources());
    file.quote("“Xiaomi does in a day what Apple does in a year,”", file.credit("Tomas Lind"));
    CHECK(file.run(quote_misquoted()).empty());
  }
  SECTION("a source with no recorded words") {
    RuleFixture file("“Xiaomi does in a day what Apple does in a year,” Paul Mozur said.",
                     newsroom_sources());
    file.quote("“Xiaomi does in a day what Apple does in a year,”", file.credit("Paul Mozur"));
    CHECK(file.run(quote_misquoted()).empty());
  }
  SECTION("a run without a source list") {
    RuleFixture file("“Xiaomi does in a day what Apple does in a year,” Parmy Olson said.", "");
    file.quote("“Xiaomi does in a day what Apple does in a year,”", file.credit("Parmy Olson"));
    CHECK(file.run(quote_misquoted()).empty());
  }
}
