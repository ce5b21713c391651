#include <catch2/catch.hpp>

#include "rules/rule_factories.hpp"
#include "tests/rules/rule_test_support.hpp"
#include "tests/rules/source_list_fixture.hpp"

using citecheck::Attribution;
using citecheck::rules::source_misspelled;
using citecheck::testing::newsroom_sources;
using citecheck::testing::RuleFixture;

TEST_CASE("source-misspelled suggests the listed spelling of a person", "[rules]") {
  RuleFixture file(
      "Parmy Olsen of Forbes quotes, “Xiaomi does in a week what Apple does in a year.”",
      newsroom_sources());
  file.quote("“Xiaomi does in a week what Apple does in a year.”",
             file.credit("Parmy Olsen", "Forbes"));
  const auto diagnostics = file.run(source_misspelled());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].rule == "source-misspelled");
  CHECK(diagnostics[0].message ==
        "\"Parmy Olsen\" is not in the source list; did you mean \"Parmy Olson\"?");
  CHECK(file.at(diagnostics[0].span) == "Parmy Olsen");
  CHECK(diagnostics[0].suggestion == "Parmy Olson");
  CHECK(diagnostics[0].help == "did you mean \"Parmy Olson\"?");
}

TEST_CASE("source-misspelled replaces only the name", "[rules]") {
  SECTION("a bare surname") {
    RuleFixture file("“It is fast,” Olsen said.", newsroom_sources());
    file.quote("“It is fast,”", file.credit("Olsen"));
    const auto diagnostics = file.run(source_misspelled());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].suggestion == "Olson");
  }
  SECTION("a description, an honorific and a possessive around the name") {
    RuleFixture file("To use the reporter Dr. Hanna Borg’s words, “not before.”",
                     newsroom_sources());
    file.quote("“not before.”",
               file.credit("the reporter Dr. Hanna Borg’s", {}, Attribution::Kind::term));
    const auto diagnostics = file.run(source_misspelled());
    REQUIRE(diagnostics.size() == 1);
    CHECK(file.at(diagnostics[0].span) == "Hanna Borg");
    CHECK(diagnostics[0].suggestion == "Hanna Berg");
  }
}

TEST_CASE("source-misspelled checks credits that attribute no quotation", "[rules]") {
  RuleFixture file("It runs on phones (Source: Paul Mazur, Wall Street Journal).",
                   newsroom_sources());
  file.add_credit(file.credit("Paul Mazur", "Wall Street Journal", Attribution::Kind::source_note));
  const auto diagnostics = file.run(source_misspelled());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].suggestion == "Paul Mozur");
}

TEST_CASE("source-misspelled suggests the listed spelling of an outlet", "[rules]") {
  RuleFixture file("It runs on phones (Source: Paul Mozur, The Wall Stret Journal).",
                   newsroom_sources());
  file.add_credit(
      file.credit("Paul Mozur", "The Wall Stret Journal", Attribution::Kind::source_note));
  const auto diagnostics = file.run(source_misspelled());
  REQUIRE(diagnostics.size() == 1);
  CHECK(file.at(diagnostics[0].span) == "Wall Stret Journal");
  CHECK(diagnostics[0].suggestion == "Wall Street Journal");
}

TEST_CASE("source-misspelled stays quiet for right and distinct names", "[rules]") {
  SECTION("listed spellings, initials, the short title") {
    RuleFixture file("“Fast,” Parmy Olson said. “Slow,” P. Olson said. (Source: Paul Mozur, WSJ)",
                     newsroom_sources());
    file.quote("“Fast,”", file.credit("Parmy Olson"));
    file.quote("“Slow,”", file.credit("P. Olson"));
    file.add_credit(file.credit("Paul Mozur", "WSJ", Attribution::Kind::source_note));
    CHECK(file.run(source_misspelled()).empty());
  }
  SECTION("another person, not a slip") {
    RuleFixture file("“Fast,” Paul Morris said.", newsroom_sources());
    file.quote("“Fast,”", file.credit("Paul Morris"));
    CHECK(file.run(source_misspelled()).empty());
  }
  SECTION("a pronoun resolved to a misspelt name") {
    RuleFixture file("“Fast,” she said.", newsroom_sources());
    Attribution pronoun = file.credit("she");
    pronoun.speaker = "Parmy Olsen";
    pronoun.resolved_pronoun = true;
    file.quote("“Fast,”", pronoun);
    CHECK(file.run(source_misspelled()).empty());
  }
  SECTION("a run without a source list") {
    RuleFixture file("“Fast,” Parmy Olsen said.", "");
    file.quote("“Fast,”", file.credit("Parmy Olsen"));
    CHECK(file.run(source_misspelled()).empty());
  }
}

TEST_CASE("source-misspelled leaves a spelling the article keeps to source-unknown", "[rules]") {
  // Written twice, and never as the list spells it: the writer means someone else.
  RuleFixture file("“Slow,” Hanna Borg said. Borg has run the ferry for years.",
                   newsroom_sources());
  file.quote("“Slow,”", file.credit("Hanna Borg"));
  CHECK(file.run(source_misspelled()).empty());
  const auto unknown = file.run(citecheck::rules::source_unknown());
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].message == "\"Hanna Borg\" is not in the source list");
}

TEST_CASE("source-misspelled takes a plural for no slip", "[rules]") {
  RuleFixture file("“Fine,” the Riverside City Councils said.", newsroom_sources());
  file.quote("“Fine,”", file.credit("Riverside City Councils"));
  CHECK(file.run(source_misspelled()).empty());
}
