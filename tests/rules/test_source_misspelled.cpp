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

TEST_CASE("source-misspelled reports one diagnostic per misspelt name", "[rules]") {
  RuleFixture file(
      "Parmy Olson wrote it. Parmy Olsen called it “fast.” Later Parmy Olsen called it “cheap.”",
      newsroom_sources());
  file.quote("“fast.”");
  file.quote("“cheap.”", file.credit("Parmy Olsen", {}, Attribution::Kind::speech, 50));
  const auto diagnostics = file.run(source_misspelled());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].span.start == std::string_view("Parmy Olson wrote it. ").size());
  CHECK(diagnostics[0].suggestion == "Parmy Olson");
}

// Names the linker credits with no quotation, or cuts short, are still read around it.
TEST_CASE("source-misspelled checks the people named around a quotation", "[rules]") {
  const auto suggests = [](RuleFixture& file, std::string_view written,
                           std::string_view suggestion) {
    const auto diagnostics = file.run(source_misspelled());
    REQUIRE(diagnostics.size() == 1);
    CHECK(file.at(diagnostics[0].span) == written);
    CHECK(diagnostics[0].suggestion == suggestion);
  };
  SECTION("the subject of the quotation's sentence, with a verb the lexicon lacks") {
    RuleFixture file("Olson reviewed it. Olsen cynically dismissed it as “a toy for the rich.”",
                     newsroom_sources());
    file.quote("“a toy for the rich.”");
    suggests(file, "Olsen", "Olson");
  }
  SECTION("a possessive before the quotation") {
    RuleFixture file("Olson reviewed it. Critics seized on Olsen’s claim that it is “the best.”",
                     newsroom_sources());
    file.quote("“the best.”");
    suggests(file, "Olsen", "Olson");
  }
  SECTION("a signature after the quotation, behind a no-break space") {
    RuleFixture file("“It is the fastest phone ever.” ―\u00A0Parmy Olsen.\n", newsroom_sources());
    file.quote("“It is the fastest phone ever.”", file.credit("Parmy"));
    suggests(file, "Parmy Olsen", "Parmy Olson");
  }
  SECTION("a middle initial the name grammar splits at") {
    RuleFixture file("“It is fast.” ― Paul J. Mazur.\n", newsroom_sources());
    file.quote("“It is fast.”");
    suggests(file, "Mazur", "Mozur");
  }
  SECTION("a transcript label opening the quotation") {
    RuleFixture file("Olson said so.\n\n“OLSEN: It is fast, and it is cheap.”", newsroom_sources());
    file.quote("“OLSEN: It is fast, and it is cheap.”");
    suggests(file, "OLSEN", "Olson");
  }
}

TEST_CASE("source-misspelled reads only near names around quotations", "[rules]") {
  SECTION("a name in another sentence") {
    RuleFixture file("Olson reviewed it. Olsen was away. Critics called it “a toy.”",
                     newsroom_sources());
    file.quote("“a toy.”");
    CHECK(file.run(source_misspelled()).empty());
  }
  SECTION("a name inside the quotation") {
    RuleFixture file("Olson reviewed it. “Olsen makes the best phones,” critics said.",
                     newsroom_sources());
    file.quote("“Olsen makes the best phones,”");
    CHECK(file.run(source_misspelled()).empty());
  }
  SECTION("a surname the article never spells as the list does") {
    RuleFixture file("Olsen dismissed it as “a toy.”", newsroom_sources());
    file.quote("“a toy.”");
    CHECK(file.run(source_misspelled()).empty());
  }
  SECTION("a slip that changes the name's length") {
    RuleFixture file("Olson reviewed it. Critics quoted Olsn calling it “a toy.”",
                     newsroom_sources());
    file.quote("“a toy.”");
    CHECK(file.run(source_misspelled()).empty());
  }
}

namespace {

// Invented people whose surnames are one vowel apart.
std::string mill_sources(bool moore = false) {
  return std::string(R"([{"id": "larsen", "type": "interview", "author": [{"literal": "Larsen"}]},
  {"id": "larson", "type": "interview", "author": [{"literal": "Larson"}]})") +
         (moore ? R"(, {"id": "moore", "type": "interview", "author": [{"literal": "Moore"}]})"
                : "") +
         "]";
}

}  // namespace

TEST_CASE("source-misspelled takes a word the article writes in lower case for no name",
          "[rules]") {
  const std::string text = "Moore spoke first. More than that, she called it “a gift.”";
  SECTION("written in lower case too") {
    RuleFixture file(text + " There is more.", mill_sources(true));
    file.quote("“a gift.”");
    CHECK(file.run(source_misspelled()).empty());
  }
  SECTION("only as a name") {
    RuleFixture file(text, mill_sources(true));
    file.quote("“a gift.”");
    const auto diagnostics = file.run(source_misspelled());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].suggestion == "Moore");
  }
}

TEST_CASE("source-misspelled breaks a tie by the article's own spelling", "[rules]") {
  SECTION("the surname the article writes") {
    RuleFixture file("Ben Larson runs the mill. “We will build it,” Larsan said.", mill_sources());
    file.quote("“We will build it,”", file.credit("Larsan"));
    const auto diagnostics = file.run(source_misspelled());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].suggestion == "Larson");
  }
  SECTION("the given name the mention carries") {
    RuleFixture file("Anna Larsen and Ben Larson met. “We will build it,” Ben Larsan said.",
                     mill_sources());
    file.quote("“We will build it,”", file.credit("Ben Larsan"));
    const auto diagnostics = file.run(source_misspelled());
    REQUIRE(diagnostics.size() == 1);
    CHECK(file.at(diagnostics[0].span) == "Larsan");
    CHECK(diagnostics[0].suggestion == "Larson");
  }
  SECTION("both written: no guess") {
    RuleFixture file("Larsen and Larson met. “We will build it,” Larsan said.", mill_sources());
    file.quote("“We will build it,”", file.credit("Larsan"));
    CHECK(file.run(source_misspelled()).empty());
  }
}

TEST_CASE("source-misspelled tells people apart by the given names the article writes", "[rules]") {
  // The list knows only the surname; the article calls its Larsen Anna.
  const std::string sources =
      R"([{"id": "larsen", "type": "interview", "author": [{"literal": "Larsen"}]}])";
  SECTION("another given name") {
    RuleFixture file("Anna Larsen runs the mill. “We will build it,” said Ben Larsan.", sources);
    file.quote("“We will build it,”", file.credit("Ben Larsan"));
    CHECK(file.run(source_misspelled()).empty());
  }
  SECTION("the same given name") {
    RuleFixture file("Anna Larsen runs the mill. “We will build it,” said Anna Larsan.", sources);
    file.quote("“We will build it,”", file.credit("Anna Larsan"));
    const auto diagnostics = file.run(source_misspelled());
    REQUIRE(diagnostics.size() == 1);
    CHECK(file.at(diagnostics[0].span) == "Larsan");
    CHECK(diagnostics[0].suggestion == "Larsen");
  }
}
