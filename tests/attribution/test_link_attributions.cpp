#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "src/attribution/link_attributions.hpp"
#include "src/input/source_text.hpp"

using citecheck::Article;
using citecheck::Attribution;
using citecheck::Lexicon;
using citecheck::Mark;
using citecheck::MarkupCredit;
using citecheck::MarkupQuotation;
using citecheck::Quotation;
using citecheck::SourceText;
using citecheck::Span;

namespace {

const Lexicon& lexicon() {
  static const Lexicon all = Lexicon::load_embedded("all");
  return all;
}

// Bytes of the UTF-8 character starting at `offset`.
std::size_t char_size(std::string_view text, std::size_t offset) {
  const auto lead = static_cast<unsigned char>(text[offset]);
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// The quotation written `marked` (marks included), found at its `occurrence`-th place.
Quotation quote(std::string_view text, std::string_view marked, int depth = 0, int occurrence = 0) {
  std::size_t start = text.find(marked);
  for (int skip = 0; skip < occurrence; ++skip)
    start = text.find(marked, start + 1);
  REQUIRE(start != std::string_view::npos);
  const std::size_t end = start + marked.size();
  const std::size_t open = char_size(text, start);
  std::size_t close_start = end - 1;
  while ((static_cast<unsigned char>(text[close_start]) & 0xC0) == 0x80)
    --close_start;
  Quotation quotation;
  quotation.span = quotation.prose = {start, end};
  quotation.content = {start + open, close_start};
  quotation.text = std::string(text.substr(start + open, close_start - start - open));
  quotation.open = Mark{{start, start + open}, {}, {}, text.substr(start, open)};
  quotation.close = Mark{{close_start, end}, {}, {}, text.substr(close_start, end - close_start)};
  quotation.depth = depth;
  return quotation;
}

std::string_view spanned(std::string_view text, Span span) {
  return text.substr(span.start, span.size());
}

// Each of the `marked` quotations of plain `text`, linked.
std::vector<Quotation> linked(const std::string& text, std::vector<std::string_view> marked) {
  const SourceText source("a.txt", text);
  const Article article(source);
  std::vector<Quotation> quotations;
  for (const std::string_view each : marked)
    quotations.push_back(quote(text, each));
  citecheck::link_attributions(article, lexicon(), quotations);
  return quotations;
}

}  // namespace

TEST_CASE("the seed article's attributions", "[attribution][linker]") {
  const std::string text =
      "If they succeed, there will be a new frontier \xE2\x80\x93the \xE2\x80\x9C"
      "fortune in the bottom of the pyramid\xE2\x80\x9D\xE2\x80\x94to use the C.K. "
      "Prahalad\xE2\x80\x99s term. And more.\n\n"
      "facebook alibaba poverty   Courtesy Xiaomi, Facebook & Alibaba\n\n"
      "Xiaomi\xE2\x80\x99s platform can be downloaded worldwide (Source: Paul Mazur, Wall "
      "Street Journal). Like Apple, Xiaomi designs the software. Parmy Olsen of Forbes quotes, "
      "\xE2\x80\x9D\xC2\xA0Xiaomi does in a week what Apple does in a year.\xE2\x80\x9D\n";
  const SourceText source("seed.txt", text);
  const Article article(source);
  std::vector<Quotation> quotations = {
      quote(text,
            "\xE2\x80\x9C"
            "fortune in the bottom of the pyramid\xE2\x80\x9D"),
      quote(text,
            "\xE2\x80\x9D\xC2\xA0Xiaomi does in a week what Apple does in a year.\xE2\x80\x9D")};
  const std::vector<Attribution> unlinked = link_attributions(article, lexicon(), quotations);

  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "C.K. Prahalad");
  CHECK(quotations[0].attribution->cue == "term");
  CHECK(quotations[0].attribution->kind == Attribution::Kind::term);

  REQUIRE(quotations[1].attribution);
  const Attribution& forbes = *quotations[1].attribution;
  CHECK(forbes.speaker == "Parmy Olsen");
  CHECK(forbes.outlet == "Forbes");
  CHECK(forbes.cue == "quotes");
  CHECK(forbes.kind == Attribution::Kind::speech);
  CHECK(spanned(text, forbes.span) == "Parmy Olsen of Forbes quotes");
  REQUIRE(forbes.speaker_span);
  CHECK(spanned(text, *forbes.speaker_span) == "Parmy Olsen");
  REQUIRE(forbes.outlet_span);
  CHECK(spanned(text, *forbes.outlet_span) == "Forbes");

  // The credit and the source note attribute no quotation, but are reported.
  REQUIRE(unlinked.size() == 2);
  CHECK(unlinked[0].kind == Attribution::Kind::credit);
  CHECK(unlinked[0].speaker == "Xiaomi, Facebook & Alibaba");
  CHECK(unlinked[1].kind == Attribution::Kind::source_note);
  CHECK(unlinked[1].speaker == "Paul Mazur");
  CHECK(unlinked[1].outlet == "Wall Street Journal");
}

TEST_CASE("the same speaker goes on: news and novel style", "[attribution][linker]") {
  SECTION("“A,” said X. “B.”") {
    const std::string text =
        "\xE2\x80\x9CWe will win,\xE2\x80\x9D said Jane Roe, a spokeswoman. "
        "\xE2\x80\x9CThere is no doubt.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9C"
        "And we will win again.\xE2\x80\x9D\n";
    const SourceText source("a.txt", text);
    const Article article(source);
    std::vector<Quotation> quotations = {quote(text, "\xE2\x80\x9CWe will win,\xE2\x80\x9D"),
                                         quote(text, "\xE2\x80\x9CThere is no doubt.\xE2\x80\x9D"),
                                         quote(text,
                                               "\xE2\x80\x9C"
                                               "And we will win again.\xE2\x80\x9D")};
    link_attributions(article, lexicon(), quotations);
    for (const Quotation& quotation : quotations) {
      REQUIRE(quotation.attribution);
      CHECK(quotation.attribution->speaker == "Jane Roe");
    }
  }
  SECTION("speaker between two parts of a quotation") {
    const std::string text =
        "\xE2\x80\x9CWell,\xE2\x80\x9D said Holmes, \xE2\x80\x9Cit is a curious "
        "case.\xE2\x80\x9D\n";
    const SourceText source("a.txt", text);
    const Article article(source);
    std::vector<Quotation> quotations = {
        quote(text, "\xE2\x80\x9CWell,\xE2\x80\x9D"),
        quote(text, "\xE2\x80\x9Cit is a curious case.\xE2\x80\x9D")};
    link_attributions(article, lexicon(), quotations);
    REQUIRE(quotations[0].attribution);
    REQUIRE(quotations[1].attribution);
    CHECK(quotations[0].attribution->speaker == "Holmes");
    CHECK(quotations[1].attribution->speaker == "Holmes");
  }
  SECTION("negative: another speaker named in between takes over") {
    const std::string text =
        "\xE2\x80\x9CYes,\xE2\x80\x9D said Holmes. Watson said nothing at first. "
        "\xE2\x80\x9CNo.\xE2\x80\x9D\n";
    const SourceText source("a.txt", text);
    const Article article(source);
    std::vector<Quotation> quotations = {quote(text, "\xE2\x80\x9CYes,\xE2\x80\x9D"),
                                         quote(text, "\xE2\x80\x9CNo.\xE2\x80\x9D")};
    link_attributions(article, lexicon(), quotations);
    REQUIRE(quotations[1].attribution);
    CHECK(quotations[1].attribution->speaker == "Watson");
  }
}

TEST_CASE("a participle's object is not the speaker", "[attribution][linker]") {
  const std::string text =
      "Jane Roe seemed ready to joke about it, telling the crowd, "
      "\xE2\x80\x9CSome people get carried away.\xE2\x80\x9D\n";
  const std::vector<Quotation> quotations =
      linked(text, {"\xE2\x80\x9CSome people get carried away.\xE2\x80\x9D"});
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "Jane Roe");
}

TEST_CASE("pronouns resolve to the nearest named person", "[attribution][linker]") {
  const std::string text =
      "Senator Jane Roe spoke in Ohio on Monday.\n\n"
      "\xE2\x80\x9CWe will win,\xE2\x80\x9D she said.\n\n"
      "\xE2\x80\x9EWir schaffen das\xE2\x80\x9C, sagte Merkel. "
      "\xE2\x80\x9E"
      "Ganz sicher\xE2\x80\x9C, sagte sie.\n";
  const SourceText source("a.txt", text);
  const Article article(source);
  std::vector<Quotation> quotations = {quote(text, "\xE2\x80\x9CWe will win,\xE2\x80\x9D"),
                                       quote(text, "\xE2\x80\x9EWir schaffen das\xE2\x80\x9C"),
                                       quote(text,
                                             "\xE2\x80\x9E"
                                             "Ganz sicher\xE2\x80\x9C")};
  link_attributions(article, lexicon(), quotations);

  REQUIRE(quotations[0].attribution);
  const Attribution& english = *quotations[0].attribution;
  CHECK(english.speaker == "Senator Jane Roe");
  CHECK(english.resolved_pronoun);
  REQUIRE(english.speaker_span);
  CHECK(spanned(text, *english.speaker_span) == "she");
  CHECK(spanned(text, english.span) == "she said");

  REQUIRE(quotations[1].attribution);
  CHECK(quotations[1].attribution->speaker == "Merkel");
  CHECK(quotations[1].attribution->cue == "sagte");
  CHECK_FALSE(quotations[1].attribution->resolved_pronoun);
  REQUIRE(quotations[2].attribution);
  CHECK(quotations[2].attribution->speaker == "Merkel");
  CHECK(quotations[2].attribution->resolved_pronoun);
}

TEST_CASE("a sentence opening with the verb names its speaker", "[attribution][linker]") {
  const std::string text =
      "Said Ann Roe, who grew up nearby, \xE2\x80\x9CWe were proud of him.\xE2\x80\x9D\n\n"
      "Asked whether Roe \xE2\x80\x9Chas the integrity,\xE2\x80\x9D the voters said yes.\n";
  const std::vector<Quotation> quotations =
      linked(text, {"\xE2\x80\x9CWe were proud of him.\xE2\x80\x9D",
                    "\xE2\x80\x9Chas the integrity,\xE2\x80\x9D"});
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "Ann Roe");
  CHECK(quotations[0].attribution->cue == "Said");
  // `Asked whether Roe`: the question's subject, not a speaker.
  REQUIRE(quotations[1].attribution);
  CHECK(quotations[1].attribution->speaker == "the voters");
}

TEST_CASE("French names the speaker inside the guillemets", "[attribution][linker]") {
  const std::string text =
      "Marie Curie entra.\n\n"
      "\xC2\xAB Je ne sais pas, dit-elle. Peut-\xC3\xAAtre demain. \xC2\xBB\n";
  const std::vector<Quotation> quotations =
      linked(text, {"\xC2\xAB Je ne sais pas, dit-elle. Peut-\xC3\xAAtre demain. \xC2\xBB"});
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "Marie Curie");
  CHECK(quotations[0].attribution->cue == "dit");
  CHECK(quotations[0].attribution->resolved_pronoun);

  // Negative: a speech verb inside, but no inverted speaker set off by commas.
  CHECK_FALSE(linked("\xC2\xAB Le rapport le dit aussi. \xC2\xBB\n",
                     {"\xC2\xAB Le rapport le dit aussi. \xC2\xBB"})[0]
                  .attribution);
}

TEST_CASE("a phrase whose clause a comma closed does not introduce the quotation",
          "[attribution][linker]") {
  const std::string text =
      "While Lind argued that fares must rise, Berg said only that \xE2\x80\x9Cthe numbers "
      "do not add up.\xE2\x80\x9D\n\n"
      "Roe said that Doe called it \xE2\x80\x9C"
      "a disaster\xE2\x80\x9D on Monday.\n";
  const std::vector<Quotation> quotations =
      linked(text, {"\xE2\x80\x9Cthe numbers do not add up.\xE2\x80\x9D",
                    "\xE2\x80\x9C"
                    "a disaster\xE2\x80\x9D"});
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "Berg");
  // Negative: without a comma the leftmost phrase reports the words.
  REQUIRE(quotations[1].attribution);
  CHECK(quotations[1].attribution->speaker == "Roe");
}

TEST_CASE("a pronoun stands for its sentence's speaker", "[attribution][linker]") {
  const std::string text =
      "Trump says that even though he would replace Janet Yellen, he thinks she has done a "
      "\xE2\x80\x9Cserviceable job.\xE2\x80\x9D\n";
  const std::vector<Quotation> quotations =
      linked(text, {"\xE2\x80\x9Cserviceable job.\xE2\x80\x9D"});
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "Trump");
  CHECK(quotations[0].attribution->cue == "thinks");
  CHECK(quotations[0].attribution->resolved_pronoun);
}

TEST_CASE("a pronoun stands for the person who opens its sentence", "[attribution][linker]") {
  const std::string text =
      "\xE2\x80\x9CWe will win,\xE2\x80\x9D Bernie Sanders said on Monday.\n\n"
      "Joe Biden weighed in later, telling reporters, \xE2\x80\x9CThey are both "
      "qualified,\xE2\x80\x9D he said.\n\n"
      "South Carolina Gov. Nikki Haley met Ann Roe there. \xE2\x80\x9CNo,\xE2\x80\x9D she "
      "said.\n";
  const std::vector<Quotation> quotations = linked(
      text, {"\xE2\x80\x9CWe will win,\xE2\x80\x9D",
             "\xE2\x80\x9CThey are both qualified,\xE2\x80\x9D", "\xE2\x80\x9CNo,\xE2\x80\x9D"});
  REQUIRE(quotations[1].attribution);
  CHECK(quotations[1].attribution->speaker == "Joe Biden");
  // Negative: a name followed by a capital word is no subject (`South Carolina Gov.`).
  REQUIRE(quotations[2].attribution);
  CHECK(quotations[2].attribution->speaker != "South Carolina");
}

TEST_CASE("a gendered pronoun passes over a person of the other title", "[attribution][linker]") {
  const std::string text =
      "Mrs. Bennet wrote to Mr. Collins on Monday.\n\n"
      "\xE2\x80\x9CWe shall see,\xE2\x80\x9D she said. "
      "\xE2\x80\x9CIndeed,\xE2\x80\x9D he said.\n\n"
      "The mayor thanked Ann Roe and Mr. Doe. \xE2\x80\x9C"
      "Fine,\xE2\x80\x9D they said.\n";
  const std::vector<Quotation> quotations =
      linked(text, {"\xE2\x80\x9CWe shall see,\xE2\x80\x9D", "\xE2\x80\x9CIndeed,\xE2\x80\x9D",
                    "\xE2\x80\x9C"
                    "Fine,\xE2\x80\x9D"});
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "Mrs. Bennet");
  REQUIRE(quotations[1].attribution);
  CHECK(quotations[1].attribution->speaker == "Mr. Collins");
  // `they` tells no gender: the nearest person.
  REQUIRE(quotations[2].attribution);
  CHECK(quotations[2].attribution->speaker == "Mr. Doe");
}

TEST_CASE("a gendered pronoun passes over a person of the other given name, and organisations",
          "[attribution][linker]") {
  const std::string text =
      "\xE2\x80\x9CYou are late,\xE2\x80\x9D said Margaret Hale.\n\n"
      "\xE2\x80\x9CThe coach broke down,\xE2\x80\x9D Thomas replied.\n\n"
      "\xE2\x80\x9CThen walk faster,\xE2\x80\x9D she said.\n\n"
      "Jordan Lee arrived. \xE2\x80\x9CSorry,\xE2\x80\x9D she said.\n";
  const std::vector<Quotation> quotations =
      linked(text, {"\xE2\x80\x9CThen walk faster,\xE2\x80\x9D", "\xE2\x80\x9CSorry,\xE2\x80\x9D"});
  // `Thomas` is a man's name: `she` is Margaret Hale.
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "Margaret Hale");
  // A name given to both tells nothing; the person opening the sentence before acts.
  REQUIRE(quotations[1].attribution);
  CHECK(quotations[1].attribution->speaker == "Jordan Lee");

  // Nor does `he` stand for a newspaper or a foundation that spoke last.
  const std::string council =
      "Mayor Tom Baker spoke first.\n\n"
      "\xE2\x80\x9CTaxes will rise,\xE2\x80\x9D The Harbor Post said.\n\n"
      "\xE2\x80\x9CNot while I am mayor,\xE2\x80\x9D he said.\n";
  const std::vector<Quotation> answered =
      linked(council, {"\xE2\x80\x9CTaxes will rise,\xE2\x80\x9D",
                       "\xE2\x80\x9CNot while I am mayor,\xE2\x80\x9D"});
  REQUIRE(answered[0].attribution);
  CHECK(answered[0].attribution->speaker == "The Harbor Post");
  REQUIRE(answered[1].attribution);
  CHECK(answered[1].attribution->speaker == "Mayor Tom Baker");
}

TEST_CASE("a name in apposition to a noun phrase is the speaker", "[attribution][linker]") {
  const std::string text =
      "\xE2\x80\x9CWe will win,\xE2\x80\x9D said the mayor, Ann Lee, on Monday.\n\n"
      "The treasurer, Tom Baker, said \xE2\x80\x9Cthe money is there.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CNo,\xE2\x80\x9D said the clerk, who kept the minutes.\n";
  const std::vector<Quotation> quotations =
      linked(text, {"\xE2\x80\x9CWe will win,\xE2\x80\x9D",
                    "\xE2\x80\x9Cthe money is there.\xE2\x80\x9D", "\xE2\x80\x9CNo,\xE2\x80\x9D"});
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "Ann Lee");
  CHECK(spanned(text, *quotations[0].attribution->speaker_span) == "Ann Lee");
  REQUIRE(quotations[1].attribution);
  CHECK(quotations[1].attribution->speaker == "Tom Baker");
  // A clause after the comma is no name: the noun phrase stays.
  REQUIRE(quotations[2].attribution);
  CHECK(quotations[2].attribution->speaker == "the clerk");
}

TEST_CASE("a bare line of dialogue answers the speaker before the last", "[attribution][linker]") {
  const std::string dialogue =
      "\xE2\x80\x9CYou are late,\xE2\x80\x9D said Ann Roe.\n\n"
      "Tom Lee shrugged. \xE2\x80\x9CThe coach broke down.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CThen walk faster.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CI walked four miles.\xE2\x80\x9D\n";
  const std::vector<Quotation> turns =
      linked(dialogue, {"\xE2\x80\x9CYou are late,\xE2\x80\x9D",
                        "\xE2\x80\x9CThe coach broke down.\xE2\x80\x9D",
                        "\xE2\x80\x9CThen walk faster.\xE2\x80\x9D",
                        "\xE2\x80\x9CI walked four miles.\xE2\x80\x9D"});
  REQUIRE(turns[2].attribution);
  CHECK(turns[2].attribution->speaker == "Ann Roe");
  REQUIRE(turns[3].attribution);
  CHECK(turns[3].attribution->speaker == "Tom Lee");

  // News continues the last speaker where the lines before are not two short lines of
  // dialogue: words quoted inside narrative, or one speaker twice.
  const std::string news =
      "\xE2\x80\x9CWe will win,\xE2\x80\x9D said Ann Roe.\n\n"
      "Tom Lee shot back in a statement, saying he had \xE2\x80\x9Cheard it before.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CShe said the same last year.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CWe will,\xE2\x80\x9D said Ann Roe.\n\n"
      "\xE2\x80\x9CWe really will,\xE2\x80\x9D Ann Roe added.\n\n"
      "\xE2\x80\x9C"
      "And soon.\xE2\x80\x9D\n";
  const std::vector<Quotation> continued =
      linked(news, {"\xE2\x80\x9CShe said the same last year.\xE2\x80\x9D",
                    "\xE2\x80\x9C"
                    "And soon.\xE2\x80\x9D"});
  REQUIRE(continued[0].attribution);
  CHECK(continued[0].attribution->speaker == "Tom Lee");
  REQUIRE(continued[1].attribution);
  CHECK(continued[1].attribution->speaker == "Ann Roe");
}

TEST_CASE("she looks first among the people told to be women", "[attribution][linker]") {
  const std::string doctor =
      "\xE2\x80\x9CYou took your time,\xE2\x80\x9D said Mrs. Ashby.\n\n"
      "\xE2\x80\x9CThe bridge is under water,\xE2\x80\x9D replied Dr. Marlowe.\n\n"
      "She stopped and turned. \xE2\x80\x9CHe asked for you.\xE2\x80\x9D\n";
  const std::vector<Quotation> beat = linked(doctor, {"\xE2\x80\x9CHe asked for you.\xE2\x80\x9D"});
  REQUIRE(beat[0].attribution);
  CHECK(beat[0].attribution->speaker == "Mrs. Ashby");

  // A surname alone is told by the full name before it: `Lee` is Tom Lee, not a woman.
  const std::string council =
      "Mary Hale and Tom Lee spoke on Monday.\n\n"
      "\xE2\x80\x9CTaxes will rise,\xE2\x80\x9D Hale said.\n\n"
      "\xE2\x80\x9CThey will not,\xE2\x80\x9D Lee said.\n\n"
      "\xE2\x80\x9CI checked,\xE2\x80\x9D she said.\n";
  const std::vector<Quotation> checked = linked(
      council, {"\xE2\x80\x9CTaxes will rise,\xE2\x80\x9D",
                "\xE2\x80\x9CThey will not,\xE2\x80\x9D", "\xE2\x80\x9CI checked,\xE2\x80\x9D"});
  REQUIRE(checked[2].attribution);
  CHECK(checked[2].attribution->speaker == "Hale");
}

TEST_CASE("French news: inverted compound past, asides before the speaker, a title and name",
          "[attribution][linker]") {
  const std::string text =
      "\xC2\xAB Nous irons au bout \xC2\xBB, a affirm\xC3\xA9 lundi la ministre, Claire "
      "Dupont.\n\n"
      "\xC2\xAB Nous appelons \xC3\xA0 la gr\xC3\xA8ve \xC2\xBB, a-t-elle ajout\xC3\xA9.\n\n"
      "\xC2\xAB On ne gouverne pas ainsi \xC2\xBB, estime pour sa part le d\xC3\xA9put\xC3\xA9 Luc "
      "Bernard.\n\n"
      "\xC2\xAB C'est du m\xC3\xA9pris \xC2\xBB, a r\xC3\xA9"
      "agi Sophie Martin.\n";
  const std::vector<Quotation> quotations =
      linked(text, {"\xC2\xAB Nous irons au bout \xC2\xBB",
                    "\xC2\xAB Nous appelons \xC3\xA0 la gr\xC3\xA8ve \xC2\xBB",
                    "\xC2\xAB On ne gouverne pas ainsi \xC2\xBB",
                    "\xC2\xAB C'est du m\xC3\xA9pris \xC2\xBB"});
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "Claire Dupont");
  REQUIRE(quotations[1].attribution);
  CHECK(quotations[1].attribution->cue == "ajout\xC3\xA9");
  CHECK(quotations[1].attribution->resolved_pronoun);
  CHECK(quotations[1].attribution->speaker == "Claire Dupont");
  REQUIRE(quotations[2].attribution);
  CHECK(quotations[2].attribution->speaker == "Luc Bernard");
  REQUIRE(quotations[3].attribution);
  CHECK(quotations[3].attribution->speaker == "Sophie Martin");
  CHECK(quotations[3].attribution->cue ==
        "a r\xC3\xA9"
        "agi");
}

TEST_CASE("German sie after a singular verb is she", "[attribution][linker]") {
  // `Parteichefin Katrin Vogel`: the given name after a title tells the gender too.
  const std::string text =
      "Parteichefin Katrin Vogel sprach zuerst, dann Finanzminister Markus Lehmann.\n\n"
      "\xE2\x80\x9ENein\xE2\x80\x9C, sagte Lehmann.\n\n"
      "\xE2\x80\x9EWir lassen nicht locker\xE2\x80\x9C, sagte sie.\n\n"
      "\xE2\x80\x9EWir auch nicht\xE2\x80\x9C, sagten sie.\n";
  const std::vector<Quotation> quotations = linked(
      text, {"\xE2\x80\x9ENein\xE2\x80\x9C", "\xE2\x80\x9EWir lassen nicht locker\xE2\x80\x9C",
             "\xE2\x80\x9EWir auch nicht\xE2\x80\x9C"});
  REQUIRE(quotations[1].attribution);
  CHECK(quotations[1].attribution->speaker == "Parteichefin Katrin Vogel");
  // `sagten sie` is `they said`: no gender, the nearest speaker.
  REQUIRE(quotations[2].attribution);
  CHECK(quotations[2].attribution->speaker == "Lehmann");
}

TEST_CASE("an action beat before a line of dialogue names its speaker", "[attribution][linker]") {
  const std::string text =
      "Margaret Hale read her letters.\n\n"
      "Thomas shook the rain from his coat. \xE2\x80\x9CThe coach broke down.\xE2\x80\x9D\n\n"
      "She set down her pen. \xE2\x80\x9C"
      "Father knows.\xE2\x80\x9D\n\n"
      "The paranoia remained. \xE2\x80\x9CNobody trusts the coach company.\xE2\x80\x9D\n\n"
      "A survey found the same. \xE2\x80\x9COne in three coaches is late.\xE2\x80\x9D\n";
  const std::vector<Quotation> quotations =
      linked(text, {"\xE2\x80\x9CThe coach broke down.\xE2\x80\x9D",
                    "\xE2\x80\x9C"
                    "Father knows.\xE2\x80\x9D",
                    "\xE2\x80\x9CNobody trusts the coach company.\xE2\x80\x9D",
                    "\xE2\x80\x9COne in three coaches is late.\xE2\x80\x9D"});
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "Thomas");
  CHECK(quotations[0].attribution->cue == "shook");
  REQUIRE(quotations[1].attribution);
  CHECK(quotations[1].attribution->speaker == "Margaret Hale");
  CHECK(quotations[1].attribution->resolved_pronoun);
  // A noun phrase acting is not a speaker.
  CHECK_FALSE(quotations[2].attribution);
  CHECK_FALSE(quotations[3].attribution);
}

TEST_CASE("French, hard-wrapped text, citations", "[attribution][linker]") {
  const std::string text =
      "\xC2\xAB\xE2\x80\xAFNous gagnerons\xE2\x80\xAF\xC2\xBB, a d\xC3\xA9"
      "clar\xC3\xA9 "
      "Emmanuel Macron.\n\n"
      "\xE2\x80\x9CIt is a\nlong way,\xE2\x80\x9D said\nthe old\nsailor.\n\n"
      "Markets serve the poor as \xE2\x80\x9C"
      "fortune at the bottom\xE2\x80\x9D [@prahalad2004].\n";
  const SourceText source("a.txt", text);
  const Article article(source);
  std::vector<Quotation> quotations = {
      quote(text, "\xC2\xAB\xE2\x80\xAFNous gagnerons\xE2\x80\xAF\xC2\xBB"),
      quote(text, "\xE2\x80\x9CIt is a\nlong way,\xE2\x80\x9D"),
      quote(text,
            "\xE2\x80\x9C"
            "fortune at the bottom\xE2\x80\x9D")};
  link_attributions(article, lexicon(), quotations);
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "Emmanuel Macron");
  CHECK(quotations[0].attribution->cue ==
        "a d\xC3\xA9"
        "clar\xC3\xA9");
  REQUIRE(quotations[1].attribution);
  CHECK(quotations[1].attribution->speaker == "the old sailor");
  REQUIRE(quotations[2].attribution);
  CHECK(quotations[2].attribution->kind == Attribution::Kind::citation);
  CHECK(quotations[2].attribution->speaker == "prahalad2004");
}

TEST_CASE("paragraph-level links", "[attribution][linker]") {
  SECTION("a colon introduces the next paragraph's quotation") {
    const std::string text =
        "The senator continued:\n\n\xE2\x80\x9CWe will win.\n\n\xE2\x80\x9C"
        "And "
        "again.\xE2\x80\x9D\n";
    const SourceText source("a.txt", text);
    const Article article(source);
    // One quotation over two paragraphs, by the continuation convention.
    std::vector<Quotation> quotations = {quote(text,
                                               "\xE2\x80\x9CWe will win.\n\n\xE2\x80\x9C"
                                               "And again.\xE2\x80\x9D")};
    link_attributions(article, lexicon(), quotations);
    REQUIRE(quotations[0].attribution);
    CHECK(quotations[0].attribution->speaker == "The senator");
  }
  SECTION("a source note covers its paragraph") {
    const std::string text =
        "Prices rose by a third, \xE2\x80\x9Cthe most in a decade\xE2\x80\x9D. (Source: Jane Roe, "
        "Daily Planet)\n";
    const SourceText source("a.txt", text);
    const Article article(source);
    std::vector<Quotation> quotations = {
        quote(text, "\xE2\x80\x9Cthe most in a decade\xE2\x80\x9D")};
    const auto unlinked = link_attributions(article, lexicon(), quotations);
    REQUIRE(quotations[0].attribution);
    CHECK(quotations[0].attribution->kind == Attribution::Kind::source_note);
    CHECK(quotations[0].attribution->speaker == "Jane Roe");
    CHECK(quotations[0].attribution->outlet == "Daily Planet");
    CHECK(unlinked.empty());  // the note is used, not reported twice
  }
  SECTION("negative: a credit never attributes a quotation") {
    const std::string text =
        "Courtesy Jane Roe\n\n\xE2\x80\x9CNothing in this paragraph names anyone.\xE2\x80\x9D\n";
    const SourceText source("a.txt", text);
    const Article article(source);
    std::vector<Quotation> quotations = {
        quote(text, "\xE2\x80\x9CNothing in this paragraph names anyone.\xE2\x80\x9D")};
    const auto unlinked = link_attributions(article, lexicon(), quotations);
    CHECK_FALSE(quotations[0].attribution);
    REQUIRE(unlinked.size() == 1);
    CHECK(unlinked[0].kind == Attribution::Kind::credit);
  }
}

TEST_CASE("nested quotations", "[attribution][linker]") {
  const std::string text =
      "\xE2\x80\x9CSmith told me, \xE2\x80\x98I quit,\xE2\x80\x99 and left,\xE2\x80\x9D Jones "
      "said. \xE2\x80\x9CThe sign on the door was \xE2\x80\x98"
      "Closed\xE2\x80\x99 all "
      "day.\xE2\x80\x9D\n";
  const SourceText source("a.txt", text);
  const Article article(source);
  std::vector<Quotation> quotations = {
      quote(text,
            "\xE2\x80\x9CSmith told me, \xE2\x80\x98I quit,\xE2\x80\x99 and left,\xE2\x80\x9D"),
      quote(text, "\xE2\x80\x98I quit,\xE2\x80\x99", 1),
      quote(text,
            "\xE2\x80\x9CThe sign on the door was \xE2\x80\x98"
            "Closed\xE2\x80\x99 all day.\xE2\x80\x9D"),
      quote(text,
            "\xE2\x80\x98"
            "Closed\xE2\x80\x99",
            1)};
  link_attributions(article, lexicon(), quotations);
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->speaker == "Jones");
  // Something closer names a speaker: the nested quotation is Smith's.
  REQUIRE(quotations[1].attribution);
  CHECK(quotations[1].attribution->speaker == "Smith");
  // Nothing closer: the nested quotation takes its outer quotation's attribution.
  REQUIRE(quotations[3].attribution);
  CHECK(quotations[3].attribution->speaker == "Jones");
}

TEST_CASE("markup credits", "[attribution][linker]") {
  const std::string text = "Quoted words stand here.\n\n\xE2\x80\x94 Jane Roe\n\nA photo.\n";
  const SourceText source("a.md", text);
  Article article(source);
  article.markup_quotations.push_back(
      {MarkupQuotation::Kind::blockquote, Span{0, 24}, Span{0, 24}, std::nullopt});
  article.markup_credits.push_back(
      {MarkupCredit::Kind::blockquote_signature, Span{26, 38}, std::size_t{0}});
  article.markup_credits.push_back({MarkupCredit::Kind::figure_caption, Span{40, 48}, {}});
  Quotation blockquote;
  blockquote.kind = Quotation::Kind::blockquote;
  blockquote.span = blockquote.prose = blockquote.content = Span{0, 24};
  std::vector<Quotation> quotations = {blockquote};
  const auto unlinked = link_attributions(article, lexicon(), quotations);
  REQUIRE(quotations[0].attribution);
  CHECK(quotations[0].attribution->kind == Attribution::Kind::signature);
  CHECK(quotations[0].attribution->speaker == "Jane Roe");
  REQUIRE(unlinked.size() == 1);
  CHECK(unlinked[0].kind == Attribution::Kind::credit);
}

TEST_CASE("a paragraph of 1,000 quotations stays fast", "[attribution][linker]") {
  std::string text;
  for (int index = 0; index < 1000; ++index) {
    text += "\xE2\x80\x9CYes,\xE2\x80\x9D said Holmes, \xE2\x80\x9Cindeed.\xE2\x80\x9D ";
  }
  const SourceText source("a.txt", text);
  const Article article(source);
  std::vector<Quotation> quotations;
  for (int index = 0; index < 1000; ++index) {
    quotations.push_back(quote(text, "\xE2\x80\x9CYes,\xE2\x80\x9D", 0, index));
    quotations.push_back(quote(text, "\xE2\x80\x9Cindeed.\xE2\x80\x9D", 0, index));
  }
  const auto started = std::chrono::steady_clock::now();
  link_attributions(article, lexicon(), quotations);
  const auto elapsed = std::chrono::steady_clock::now() - started;
  CHECK(elapsed < std::chrono::milliseconds(500));
  for (const Quotation& quotation : quotations) {
    REQUIRE(quotation.attribution);
    CHECK(quotation.attribution->speaker == "Holmes");
  }
}
