#include <catch2/catch.hpp>

#include "rules/rule_factories.hpp"
#include "tests/rules/rule_test_support.hpp"
#include "tests/rules/source_list_fixture.hpp"

using citecheck::Attribution;
using citecheck::rules::quote_misquoted;
using citecheck::testing::harbour_sources;
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

TEST_CASE("quote-misquoted's suggestion keeps the spaces inside guillemets", "[rules]") {
  RuleFixture file("Parmy Olson a écrit : « Xiaomi does in a day what Apple does in a year. »",
                   newsroom_sources());
  auto& quotation =
      file.quote("« Xiaomi does in a day what Apple does in a year. »", file.credit("Parmy Olson"));
  quotation.text = "Xiaomi does in a day what Apple does in a year.";  // as the finder trims it
  const auto diagnostics = file.run(quote_misquoted());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].suggestion == "« Xiaomi does in a week what Apple does in a year. »");
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

TEST_CASE("quote-misquoted takes the article's word for whose words they are", "[rules]") {
  const std::string words = "“we have asked the council for a second bridge over the river.”";
  SECTION("credited to a source whose record nearly has them") {
    RuleFixture file("Tomas Lind said that " + words, harbour_sources());
    file.quote(words, file.credit("Tomas Lind"));
    const auto diagnostics = file.run(quote_misquoted());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message ==
          "quotation differs from what Tomas Lind said: \"second\" should be \"third\"");
  }
  SECTION("the sentence names the source whose record has them word for word") {
    RuleFixture file("While Tomas Lind spoke of ferries, Hanna Berg said that " + words,
                     harbour_sources());
    file.quote(words, file.credit("Tomas Lind"));
    CHECK(file.run(quote_misquoted()).empty());
  }
}

TEST_CASE("quote-misquoted: a guessed speaker's quotation must differ in one word", "[rules]") {
  const auto pronoun_for_lind = [](const RuleFixture& file) {
    Attribution pronoun = file.credit("he");
    pronoun.speaker = "Tomas Lind";
    pronoun.resolved_pronoun = true;
    return pronoun;
  };
  SECTION("one word") {
    RuleFixture file("“We have asked the council for a fourth bridge over the river,” he said.",
                     harbour_sources());
    file.quote("“We have asked the council for a fourth bridge over the river,”",
               pronoun_for_lind(file));
    const auto diagnostics = file.run(quote_misquoted());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message ==
          "quotation differs from what Tomas Lind said: \"fourth\" should be \"third\"");
  }
  SECTION("two words: perhaps another statement, perhaps another speaker") {
    RuleFixture file("“We have asked the mayor for a fourth bridge over the river,” he said.",
                     harbour_sources());
    file.quote("“We have asked the mayor for a fourth bridge over the river,”",
               pronoun_for_lind(file));
    CHECK(file.run(quote_misquoted()).empty());
  }
  SECTION("two words, the speaker named") {
    RuleFixture file(
        "“We have asked the mayor for a fourth bridge over the river,” Tomas Lind said.",
        harbour_sources());
    file.quote("“We have asked the mayor for a fourth bridge over the river,”",
               file.credit("Tomas Lind"));
    const auto diagnostics = file.run(quote_misquoted());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message ==
          "quotation differs from what Tomas Lind said: \"mayor\" should be \"council\", "
          "\"fourth\" should be \"third\"");
  }
}

TEST_CASE("quote-misquoted: a short phrase with another word is another phrase", "[rules]") {
  RuleFixture file("“Build the tunnel now,” Hanna Berg said.", harbour_sources());
  file.quote("“Build the tunnel now,”", file.credit("Hanna Berg"));
  CHECK(file.run(quote_misquoted()).empty());
}

TEST_CASE("quote-misquoted: recorded quotes are excerpts", "[rules]") {
  SECTION("words past an excerpt's end are not recorded, not added") {
    RuleFixture file(
        "“We have asked the council for a second bridge over the river. And we mean it,” "
        "Hanna Berg said.",
        harbour_sources());
    file.quote("“We have asked the council for a second bridge over the river. And we mean it,”",
               file.credit("Hanna Berg"));
    CHECK(file.run(quote_misquoted()).empty());
  }
  SECTION("words past an excerpt's end that misquote another excerpt") {
    const std::string quote =
        "“We have asked the council for a second bridge over the river. It is far overdue for "
        "us,”";
    RuleFixture file(quote + " Hanna Berg said.", harbour_sources());
    file.quote(quote, file.credit("Hanna Berg"));
    const auto diagnostics = file.run(quote_misquoted());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message ==
          "quotation differs from what Hanna Berg said: \"far\" should be \"long\"");
    CHECK(diagnostics[0].suggestion ==
          "“We have asked the council for a second bridge over the river. It is long overdue "
          "for us,”");
  }
}

TEST_CASE("quote-misquoted: the speaker's words around a quotation they quote", "[rules]") {
  const auto check = [](const std::string& quote) {
    RuleFixture file(quote + " Hanna Berg said.", harbour_sources());
    file.quote(quote, file.credit("Hanna Berg"));
    file.quote("‘wait until the spring’", file.credit("Hanna Berg")).depth = 1;
    return file.run(quote_misquoted());
  };
  SECTION("recorded as two excerpts without the inner quotation") {
    CHECK(check("“The mayor told us ‘wait until the spring’ and we will not wait for her any "
                "longer,”")
              .empty());
  }
  SECTION("a word changed in one of them") {
    const auto diagnostics = check(
        "“The mayor told us ‘wait until the spring’ and we shall not wait for her any "
        "longer,”");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message ==
          "quotation differs from what Hanna Berg said: \"shall\" should be \"will\"");
    CHECK(diagnostics[0].suggestion ==
          "“The mayor told us ‘wait until the spring’ and we will not wait for her any "
          "longer,”");
  }
}
