#include <catch2/catch.hpp>

#include "rules/rule_factories.hpp"
#include "tests/rules/rule_test_support.hpp"
#include "tests/rules/source_list_fixture.hpp"

using citecheck::Attribution;
using citecheck::rules::source_outlet_mismatch;
using citecheck::testing::newsroom_sources;
using citecheck::testing::RuleFixture;

TEST_CASE("source-outlet-mismatch reports a known person at another outlet", "[rules]") {
  RuleFixture file("“It is fast,” Parmy Olson of Wired wrote.", newsroom_sources());
  file.quote("“It is fast,”", file.credit("Parmy Olson", "Wired"));
  const auto diagnostics = file.run(source_outlet_mismatch());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].rule == "source-outlet-mismatch");
  CHECK(diagnostics[0].message == "the source list has Parmy Olson at \"Forbes\", not \"Wired\"");
  CHECK(file.at(diagnostics[0].span) == "Wired");
  CHECK(diagnostics[0].suggestion == "Forbes");
}

TEST_CASE("source-outlet-mismatch suggests the outlet without its article", "[rules]") {
  RuleFixture file("It runs on phones (Source: Paul Mozur, Reuters).", newsroom_sources());
  file.add_credit(file.credit("Paul Mozur", "Reuters", Attribution::Kind::source_note));
  const auto diagnostics = file.run(source_outlet_mismatch());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].suggestion == "Wall Street Journal");
}

TEST_CASE("source-outlet-mismatch stays quiet for the person's own outlet", "[rules]") {
  SECTION("title, title without The, short title") {
    RuleFixture file(
        "(Source: Paul Mozur, The Wall Street Journal) (Source: Paul Mozur, Wall "
        "Street Journal) (Source: Paul Mozur, WSJ)",
        newsroom_sources());
    file.add_credit(
        file.credit("Paul Mozur", "The Wall Street Journal", Attribution::Kind::source_note));
    file.add_credit(
        file.credit("Paul Mozur", "Wall Street Journal", Attribution::Kind::source_note, 50));
    file.add_credit(file.credit("Paul Mozur", "WSJ", Attribution::Kind::source_note, 90));
    CHECK(file.run(source_outlet_mismatch()).empty());
  }
  SECTION("a person the list does not know") {
    RuleFixture file("“It is fast,” Tomas Lind of Wired wrote.", newsroom_sources());
    file.quote("“It is fast,”", file.credit("Tomas Lind", "Wired"));
    CHECK(file.run(source_outlet_mismatch()).empty());
  }
  SECTION("no outlet named") {
    RuleFixture file("“It is fast,” Parmy Olson wrote.", newsroom_sources());
    file.quote("“It is fast,”", file.credit("Parmy Olson"));
    CHECK(file.run(source_outlet_mismatch()).empty());
  }
}
