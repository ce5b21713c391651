#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "src/document/article.hpp"
#include "src/input/source_text.hpp"
#include "src/quotes/find_quotations.hpp"

using namespace citecheck;

namespace {

// Renders each quotation as its marks around its text, with its nesting depth when
// nested, and each stray mark with what is wrong with it.
std::vector<std::string> scan(const std::string& text) {
  const SourceText source("test.txt", text);
  const Article article(source);
  static const Lexicon lexicon = Lexicon::load_embedded("en");
  const QuotationScan result = find_quotations(article, lexicon);
  std::vector<std::string> rendered;
  for (const Quotation& quotation : result.quotations) {
    std::string line =
        std::string(quotation.open->glyph) + quotation.text + std::string(quotation.close->glyph);
    if (quotation.depth > 0)
      line += " depth " + std::to_string(quotation.depth);
    for (const Mark& mark : quotation.continuation_marks) {
      line += " continued at " + std::to_string(mark.span.start);
    }
    rendered.push_back(line);
  }
  for (const StrayMark& stray : result.stray_marks) {
    rendered.push_back(
        std::string(stray.problem == StrayMark::Problem::never_closed ? "never closed "
                                                                      : "never opened ") +
        std::string(stray.mark.glyph) + " at " + std::to_string(stray.mark.span.start));
  }
  return rendered;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("find_quotations pairs every mark style", "[quotes]") {
  CHECK(scan("He said \"yes\" twice.") == Lines{"\"yes\""});
  CHECK(scan("He said 'yes' twice.") == Lines{"'yes'"});
  CHECK(scan("He said “yes” twice.") == Lines{"“yes”"});
  CHECK(scan("He said ‘yes’ twice.") == Lines{"‘yes’"});
  CHECK(scan("Er sagte „ja“ zweimal.") == Lines{"„ja“"});
  CHECK(scan("Er sagte ‚ja‘ zweimal.") == Lines{"‚ja‘"});
  CHECK(scan("Il a dit « oui » deux fois.") == Lines{"«oui»"});
  CHECK(scan("Er sagte »ja« zweimal.") == Lines{"»ja«"});
  CHECK(scan("Il a dit ‹ oui › deux fois.") == Lines{"‹oui›"});
  CHECK(scan("他说「好」两次。") == Lines{"「好」"});
  CHECK(scan("他说『好』两次。") == Lines{"『好』"});
  CHECK(scan("He said ''yes'' twice.") == Lines{"''yes''"});
}

TEST_CASE("find_quotations keeps mismatched pairs as one quotation", "[quotes]") {
  CHECK(scan("He said “yes\" twice.") == Lines{"“yes\""});
  CHECK(scan("He said \"yes” twice.") == Lines{"\"yes”"});
}

TEST_CASE("find_quotations nests the other kind of mark", "[quotes]") {
  CHECK(scan("“He told me ‘no’ today,” she said.") ==
        Lines{"“He told me ‘no’ today,”", "‘no’ depth 1"});
  CHECK(scan("'He told me \"no\" today,' she said.") ==
        Lines{"'He told me \"no\" today,'", "\"no\" depth 1"});
  CHECK(scan("“He said \"no\" to me.”") == Lines{"“He said \"no\" to me.”", "\"no\" depth 1"});
}

TEST_CASE("find_quotations leaves apostrophes and primes alone", "[quotes]") {
  CHECK(scan("Xiaomi’s phones and Apple's.").empty());
  CHECK(scan("It was rock ’n’ roll in the ’90s and the '80s.").empty());
  CHECK(scan("The Joneses’ house and Jones’ car.").empty());
  CHECK(scan("He is 5'10\" tall and owns a 12\" record.").empty());
  CHECK(scan("“He is like 6’2”,” Ann said.") == Lines{"“He is like 6’2”,”"});
  CHECK(scan("“Xiaomi’s phone is Jones’ favourite,” she said.") ==
        Lines{"“Xiaomi’s phone is Jones’ favourite,”"});
}

TEST_CASE("find_quotations reads apostrophes inside single quotations", "[quotes]") {
  // A plural possessive before a lower-case word, when the sentence's own closing mark
  // comes later; an elision that cannot open a second single quotation.
  CHECK(scan("‘The Joneses’ car won’t start, and the ’phone is dead.’ said Ann.") ==
        Lines{"‘The Joneses’ car won’t start, and the ’phone is dead.’"});
  CHECK(scan("'The Joneses' car won't start.' said Ann.") ==
        Lines{"'The Joneses' car won't start.'"});
  // Negative: with no later closing mark, or in a scare quote that opens mid-sentence, the
  // mark after -s closes the quotation.
  CHECK(scan("They called them ‘the Joneses’ because of the car.") == Lines{"‘the Joneses’"});
  CHECK(scan("They fear what ‘Brussels’ stands for. Ann said, ‘It is sad.’") ==
        Lines{"‘Brussels’", "‘It is sad.’"});
}

TEST_CASE("find_quotations closes a spaced French quotation", "[quotes]") {
  // `” .`: a mark followed by a full stop never opens a quotation.
  CHECK(scan("« Mais ton père a dit : “ jamais le dimanche ”. »") ==
        Lines{"«Mais ton père a dit : “ jamais le dimanche ”.»", "“jamais le dimanche” depth 1"});
}

TEST_CASE("find_quotations follows quotations over paragraphs", "[quotes]") {
  SECTION("the English continuation convention") {
    const std::string text = "“First paragraph.\n\n“Second paragraph.”\n";
    CHECK(scan(text) == Lines{"“First paragraph. Second paragraph.” continued at 21"});
  }
  SECTION("a hard-wrapped quotation is one quotation") {
    CHECK(scan("She said, “this runs\nover two lines,” and left.") ==
          Lines{"“this runs over two lines,”"});
  }
  SECTION("a quotation opened mid-sentence does not run on") {
    CHECK(scan("He called it a “huge win.\n\n“Next,” she said.") ==
          Lines{"“Next,”", "never closed “ at 15"});
  }
  SECTION("a speaker named inside the open quotation means its closing mark is missing") {
    CHECK(scan("“Nobody writes songs, he said.\n\n“Right now,” he added.") ==
          Lines{"“Right now,”", "never closed “ at 0"});
  }
  SECTION("of two open quotations the later one runs on") {
    CHECK(scan("“One, said Ann. “Two.\n\n“Three.”") ==
          Lines{"“Two. Three.” continued at 27", "never closed “ at 0"});
  }
  SECTION("a paragraph that does not reopen leaves the quotation unclosed") {
    CHECK(scan("“First paragraph.\n\nSecond paragraph.\n") == Lines{"never closed “ at 0"});
  }
}

TEST_CASE("find_quotations reads one paragraph per line", "[quotes]") {
  // Lines far longer than any wrapping width: each line break ends a paragraph, so the
  // quotation continues into the next paragraph by the English convention.
  const std::string first =
      "“We will not close a single school, and we will not cut a single bus route this "
      "year,” said Mayor Ann Lee, who has held the office since 2019. “The council has a "
      "choice to make.";
  const std::string second =
      "“We have done the work. The numbers are public, and anyone who wants to check them "
      "is welcome to.”";
  const std::string third =
      "Critics were unconvinced by the speech and said so in a statement released after "
      "the meeting on Tuesday.";
  CHECK(scan(first + "\n" + second + "\n" + third) ==
        Lines{"“We will not close a single school, and we will not cut a single bus route "
              "this year,”",
              "“The council has a choice to make. We have done the work. The numbers are "
              "public, and anyone who wants to check them is welcome to.” continued at 184"});
}

TEST_CASE("find_quotations reads single marks by the file's main style", "[quotes]") {
  SECTION("beside double quotations, outer single marks set off phrases") {
    CHECK(scan("Trump Calls It ‘Crazy’\n\n“It is crazy,” he said of the ‘plan.’") ==
          Lines{"“It is crazy,”"});
    // A headline or subhead in single marks is not speech either, even when a speaker's
    // words open the next paragraph.
    CHECK(scan("Lee: ‘We Will Win!’\n\nFrom Ann Roe writing at the Post:\n\n“We did,” he said.") ==
          Lines{"“We did,”"});
  }
  SECTION("beside double quotations, single marks around speech and its speaker stay") {
    CHECK(scan("“We vote today,” said Lee.\n\nMenon disagreed. 'We have no choice,' he\nadded.") ==
          Lines{"“We vote today,”", "'We have no choice,'"});
    CHECK(scan("“Fine,” she said. ‘Why now?’ asked Ravi Menon.") == Lines{"“Fine,”", "‘Why now?’"});
  }
  SECTION("in British style they are the quotations") {
    CHECK(scan("'Come here,' she said. 'Now.'") == Lines{"'Come here,'", "'Now.'"});
  }
}

TEST_CASE("find_quotations skips attribute values of markup in plain text", "[quotes]") {
  CHECK(scan("<tweet author=\"Jane Doe\" date=\"today\">“Hi,” she said.") == Lines{"“Hi,”"});
}

TEST_CASE("find_quotations reports stray marks", "[quotes]") {
  SECTION("an opening mark never closed") {
    CHECK(scan("“Yes, he said. “No,” she said.") == Lines{"“No,”", "never closed “ at 0"});
  }
  SECTION("a closing mark with no opening") {
    CHECK(scan("He left.” Then she said “yes.”") == Lines{"“yes.”", "never opened ” at 8"});
  }
  SECTION("straight marks with a deleted closing mark") {
    CHECK(scan("\"Yes, he said. \"No,\" she said.") == Lines{"\"No,\"", "never closed \" at 0"});
  }
  SECTION("lone single marks are apostrophes, not errors") {
    CHECK(scan("The workers’ union met on ‘Tuesday.").empty());
  }
}

TEST_CASE("find_quotations reads marks turned the wrong way", "[quotes]") {
  SECTION("a closing-shaped mark that opens") {
    CHECK(scan("Olsen quotes, ” Xiaomi does it.” Then") == Lines{"”Xiaomi does it.”"});
  }
  SECTION("an opening-shaped mark that closes") {
    CHECK(scan("It was “Mostly False.“ Then") == Lines{"“Mostly False.“"});
    CHECK(scan("Er sagte „ja„ zweimal.") == Lines{"„ja„"});
  }
}

TEST_CASE("find_quotations stays linear on pathological input", "[quotes]") {
  std::string text;
  for (int i = 0; i < 100000; ++i)
    text += "“word ";
  const SourceText source("many.txt", text);
  const Article article(source);
  const QuotationScan result = find_quotations(article, Lexicon::load_embedded("en"));
  CHECK(result.quotations.empty());
  CHECK(result.stray_marks.size() == 100000);
}
