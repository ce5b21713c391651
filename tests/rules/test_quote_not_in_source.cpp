#include <catch2/catch.hpp>

#include "rules/rule_factories.hpp"
#include "tests/rules/rule_test_support.hpp"
#include "tests/rules/source_list_fixture.hpp"

using citecheck::Attribution;
using citecheck::rules::quote_not_in_source;
using citecheck::testing::harbour_sources;
using citecheck::testing::newsroom_sources;
using citecheck::testing::RuleFixture;

TEST_CASE("quote-not-in-source reports words missing from the source document", "[rules]") {
  RuleFixture file("“We will sell both ferries next year,” the Riverside City Council said.",
                   newsroom_sources());
  const auto& quotation =
      file.quote("“We will sell both ferries next year,”", file.credit("Riverside City Council"));
  const auto diagnostics = file.run(quote_not_in_source());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].rule == "quote-not-in-source");
  CHECK(diagnostics[0].message ==
        "quotation is not in the source document of Riverside City Council (city-council)");
  CHECK(diagnostics[0].span == quotation.span);
}

TEST_CASE("quote-not-in-source names the source that said it", "[rules]") {
  RuleFixture file("“Xiaomi does in a week what Apple does in a year,” Hanna Berg said.",
                   newsroom_sources());
  file.quote("“Xiaomi does in a week what Apple does in a year,”", file.credit("Hanna Berg"));
  const auto diagnostics = file.run(quote_not_in_source());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message ==
        "quotation is not in the recorded words of Hanna Berg (berg-courier) but in those of "
        "Parmy Olson (olson-forbes): likely misattribution");
}

TEST_CASE("quote-not-in-source finds the misattributed words in a snapshot", "[rules]") {
  RuleFixture file("“We have no plans to close the library on Main Street,” Hanna Berg said.",
                   newsroom_sources());
  file.quote("“We have no plans to close the library on Main Street,”", file.credit("Hanna Berg"));
  const auto diagnostics = file.run(quote_not_in_source());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message ==
        "quotation is not in the recorded words of Hanna Berg (berg-courier) but in those of "
        "Riverside City Council (city-council): likely misattribution");
}

TEST_CASE("quote-not-in-source stays quiet when it cannot tell", "[rules]") {
  SECTION("the quotation is in the source document, across its line breaks") {
    RuleFixture file(
        "“We have no plans to close the library on Main Street,” the Riverside "
        "City Council said.",
        newsroom_sources());
    file.quote("“We have no plans to close the library on Main Street,”",
               file.credit("Riverside City Council"));
    CHECK(file.run(quote_not_in_source()).empty());
  }
  SECTION("recorded quotes are excerpts: words missing from them prove nothing") {
    RuleFixture file("“We will dig a tunnel under the river instead,” Hanna Berg said.",
                     newsroom_sources());
    file.quote("“We will dig a tunnel under the river instead,”", file.credit("Hanna Berg"));
    CHECK(file.run(quote_not_in_source()).empty());
  }
  SECTION("a misquotation is quote-misquoted's") {
    RuleFixture file("“The bridge will reopen in the autumn, not before,” Hanna Berg said.",
                     newsroom_sources());
    file.quote("“The bridge will reopen in the autumn, not before,”", file.credit("Hanna Berg"));
    CHECK(file.run(quote_not_in_source()).empty());
  }
  SECTION("the source has no recorded words") {
    RuleFixture file("“We will dig a tunnel under the river,” Paul Mozur said.",
                     newsroom_sources());
    file.quote("“We will dig a tunnel under the river,”", file.credit("Paul Mozur"));
    CHECK(file.run(quote_not_in_source()).empty());
  }
  SECTION("a quotation inside a quotation") {
    RuleFixture file(
        "“They shouted ‘sell both ferries next year’ at us,” the Riverside City "
        "Council said.",
        newsroom_sources());
    auto& inner =
        file.quote("‘sell both ferries next year’", file.credit("Riverside City Council"));
    inner.depth = 1;
    CHECK(file.run(quote_not_in_source()).empty());
  }
}

TEST_CASE("quote-not-in-source reports words another source said, credited in their sentence",
          "[rules]") {
  const std::string expected =
      "quotation is not in the recorded words of Erik Holm (holm-radio) but in those of Hanna "
      "Berg (berg-courier): likely misattribution";
  SECTION("nobody else is named") {
    RuleFixture file(
        "“We have asked the council for a second bridge over the river,” Erik Holm said.",
        harbour_sources());
    const auto& quotation =
        file.quote("“We have asked the council for a second bridge over the river,”",
                   file.credit("Erik Holm"));
    const auto diagnostics = file.run(quote_not_in_source());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message == expected);
    CHECK(diagnostics[0].help == "check who said it");
    CHECK(diagnostics[0].span == quotation.span);
  }
  SECTION("the one who said it is named only in the sentence before") {
    RuleFixture file(
        "Hanna Berg left early. “We have asked the council for a second bridge over the "
        "river,” Erik Holm said.",
        harbour_sources());
    file.quote("“We have asked the council for a second bridge over the river,”",
               file.credit("Erik Holm"));
    const auto diagnostics = file.run(quote_not_in_source());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message == expected);
  }
}

TEST_CASE("quote-not-in-source takes the article's word for whose words they are", "[rules]") {
  SECTION("the quotation's sentence names who said it") {
    RuleFixture file(
        "While Erik Holm spoke of tolls, Hanna Berg said that “we have asked the council for a "
        "second bridge over the river.”",
        harbour_sources());
    file.quote("“we have asked the council for a second bridge over the river.”",
               file.credit("Erik Holm"));
    CHECK(file.run(quote_not_in_source()).empty());
  }
  SECTION("the quotation's sentence names the outlet that reported it") {
    RuleFixture file(
        "“We have asked the council for a second bridge over the river,” Erik Holm said, "
        "according to the Valley Courier.",
        harbour_sources());
    file.quote("“We have asked the council for a second bridge over the river,”",
               file.credit("Erik Holm"));
    CHECK(file.run(quote_not_in_source()).empty());
  }
  SECTION("a credit from the next sentence, who said it named in the one before") {
    RuleFixture file(
        "Hanna Berg spoke first. “We have asked the council for a second bridge over the "
        "river.” Erik Holm disagreed.",
        harbour_sources());
    file.quote("“We have asked the council for a second bridge over the river.”",
               file.credit("Erik Holm"));
    CHECK(file.run(quote_not_in_source()).empty());
  }
  SECTION("a resolved pronoun, who said it named in the sentence before") {
    RuleFixture file(
        "Hanna Berg spoke first. “We have asked the council for a second bridge over the "
        "river,” he said.",
        harbour_sources());
    Attribution pronoun = file.credit("he");
    pronoun.speaker = "Erik Holm";
    pronoun.resolved_pronoun = true;
    file.quote("“We have asked the council for a second bridge over the river,”", pronoun);
    CHECK(file.run(quote_not_in_source()).empty());
  }
}

TEST_CASE("quote-not-in-source: a short phrase others said too is no misattribution", "[rules]") {
  RuleFixture file("“Build the bridge now,” Tomas Lind said.", harbour_sources());
  file.quote("“Build the bridge now,”", file.credit("Tomas Lind"));
  CHECK(file.run(quote_not_in_source()).empty());
}
