#include <catch2/catch.hpp>

#include "rules/rule_factories.hpp"
#include "tests/rules/rule_test_support.hpp"
#include "tests/rules/source_list_fixture.hpp"

using citecheck::Attribution;
using citecheck::rules::source_unknown;
using citecheck::testing::newsroom_sources;
using citecheck::testing::RuleFixture;

TEST_CASE("source-unknown reports a named speaker missing from the list", "[rules]") {
  RuleFixture file("“The ferry is late again,” Tomas Lind said.", newsroom_sources());
  file.quote("“The ferry is late again,”", file.credit("Tomas Lind"));
  const auto diagnostics = file.run(source_unknown());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].rule == "source-unknown");
  CHECK(diagnostics[0].message == "\"Tomas Lind\" is not in the source list");
  CHECK(file.at(diagnostics[0].span) == "Tomas Lind");
  CHECK(diagnostics[0].help);
}

TEST_CASE("source-unknown reports each unknown name once, at its first mention", "[rules]") {
  RuleFixture file("“The ferry is late,” Tomas Lind said. “Again,” said Lind. “Twice,” Lind said.",
                   newsroom_sources());
  file.quote("“The ferry is late,”", file.credit("Tomas Lind"));
  file.quote("“Again,”", file.credit("Lind", {}, Attribution::Kind::speech, 40));
  file.quote("“Twice,”", file.credit("Lind", {}, Attribution::Kind::speech, 60));
  const auto diagnostics = file.run(source_unknown());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].span.start == file.credit("Tomas Lind").speaker_span->start);
}

TEST_CASE("source-unknown leaves out the description before a name", "[rules]") {
  RuleFixture file("“Late,” ferry captain Tomas Lind’s deputy Ana Holm said.", newsroom_sources());
  file.quote("“Late,”", file.credit("ferry captain Tomas Lind’s deputy Ana Holm"));
  const auto diagnostics = file.run(source_unknown());
  REQUIRE(diagnostics.size() == 1);
  CHECK(file.at(diagnostics[0].span) == "Ana Holm");
}

TEST_CASE("source-unknown reports an outlet named without a person", "[rules]") {
  RuleFixture file("The bridge shut (Source: The Harbour Gazette).", newsroom_sources());
  file.add_credit(file.credit("", "The Harbour Gazette", Attribution::Kind::source_note));
  const auto diagnostics = file.run(source_unknown());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message == "\"Harbour Gazette\" is not in the source list");
}

TEST_CASE("source-unknown reports a citation key no entry has", "[rules]") {
  RuleFixture file("The bridge shut [@lind-2021].", newsroom_sources());
  file.add_credit(file.credit("lind-2021", {}, Attribution::Kind::citation));
  const auto diagnostics = file.run(source_unknown());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message == "citation key \"lind-2021\" is not in the source list");
}

TEST_CASE("source-unknown stays quiet for listed and unnamed sources", "[rules]") {
  SECTION("a listed person, surname only, or an organisation listed as an author") {
    RuleFixture file(
        "“Soon,” Hanna Berg said. “Not yet,” Berg said. “No,” the Riverside City "
        "Council said.",
        newsroom_sources());
    file.quote("“Soon,”", file.credit("Hanna Berg"));
    file.quote("“Not yet,”", file.credit("Berg", {}, Attribution::Kind::speech, 30));
    file.quote("“No,”", file.credit("Riverside City Council"));
    CHECK(file.run(source_unknown()).empty());
  }
  SECTION("a listed outlet speaking, by name or short title") {
    RuleFixture file("“Closed,” according to The Wall Street Journal. “Open,” the WSJ said.",
                     newsroom_sources());
    file.quote("“Closed,”", file.credit("The Wall Street Journal"));
    file.quote("“Open,”", file.credit("WSJ"));
    CHECK(file.run(source_unknown()).empty());
  }
  SECTION("no name: officials, a spokeswoman") {
    RuleFixture file("“Closed,” officials said. “Open,” a spokeswoman said.", newsroom_sources());
    file.quote("“Closed,”", file.credit("officials"));
    file.quote("“Open,”", file.credit("a spokeswoman"));
    CHECK(file.run(source_unknown()).empty());
  }
  SECTION("a capital only because a sentence starts there") {
    RuleFixture file("The plan failed. Things said otherwise: “it works.”", newsroom_sources());
    file.quote("“it works.”", file.credit("Things"));
    CHECK(file.run(source_unknown()).empty());
  }
  SECTION("a misspelling is source-misspelled's") {
    RuleFixture file("“Soon,” Hanna Borg said.", newsroom_sources());
    file.quote("“Soon,”", file.credit("Hanna Borg"));
    CHECK(file.run(source_unknown()).empty());
  }
  SECTION("image credits and resolved pronouns") {
    RuleFixture file("Photo courtesy Ana Holm. “Soon,” she said.", newsroom_sources());
    file.add_credit(file.credit("Ana Holm", {}, Attribution::Kind::credit));
    Attribution pronoun = file.credit("she");
    pronoun.speaker = "Ana Holm";
    pronoun.resolved_pronoun = true;
    file.quote("“Soon,”", pronoun);
    CHECK(file.run(source_unknown()).empty());
  }
  SECTION("a run without a source list") {
    RuleFixture file("“The ferry is late,” Tomas Lind said.", "");
    file.quote("“The ferry is late,”", file.credit("Tomas Lind"));
    CHECK(file.run(source_unknown()).empty());
  }
}

TEST_CASE("source-unknown takes a capital after a quotation's comma for a name", "[rules]") {
  RuleFixture file("“It is late,” Lind said.", newsroom_sources());
  file.quote("“It is late,”", file.credit("Lind"));
  const auto diagnostics = file.run(source_unknown());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message == "\"Lind\" is not in the source list");
}
