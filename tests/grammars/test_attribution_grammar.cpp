#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "grammars/attribution.hpp"

using citecheck::Lexicon;
using citecheck::grammars::find_attributions;
using citecheck::grammars::find_names;
using citecheck::grammars::find_people;
using citecheck::grammars::parse_attribution_after;
using citecheck::grammars::parse_credit;
using citecheck::grammars::parse_sentence_subject;
using citecheck::grammars::ParsedAttribution;
using citecheck::grammars::TextRange;
using Form = ParsedAttribution::Form;

namespace {

const Lexicon& lexicon() {
  static const Lexicon all = Lexicon::load_embedded("all");
  return all;
}

std::string piece(std::string_view text, TextRange range) {
  return std::string(text.substr(range.start, range.end - range.start));
}

struct Found {
  Form form;
  std::string speaker;
  std::string cue;
  std::string outlet;
  bool pronoun;
};

std::optional<Found> describe(std::string_view text,
                              const std::optional<ParsedAttribution>& parsed) {
  if (!parsed)
    return std::nullopt;
  return Found{parsed->form, piece(text, parsed->speaker), piece(text, parsed->cue),
               parsed->outlet ? piece(text, *parsed->outlet) : "", parsed->pronoun};
}

std::optional<Found> after(std::string_view text) {
  return describe(text, parse_attribution_after(text, lexicon()));
}

// The first phrase find_attributions reports.
std::optional<Found> first(std::string_view text) {
  const auto found = find_attributions(text, lexicon());
  if (found.empty())
    return std::nullopt;
  return describe(text, found.front());
}

}  // namespace

TEST_CASE("speech verb after the quotation", "[attribution][grammar]") {
  auto found = after(", Trump said.");
  REQUIRE(found);
  CHECK(found->form == Form::speaker_verb);
  CHECK(found->speaker == "Trump");
  CHECK(found->cue == "said");

  found = after(" said Holmes, “it is…");
  REQUIRE(found);
  CHECK(found->form == Form::verb_speaker);
  CHECK(found->speaker == "Holmes");

  found = after(", he said.");
  REQUIRE(found);
  CHECK(found->pronoun);
  CHECK(found->speaker == "he");

  found = after(", Dr. Jane Roe, the director of the Centre for Things, said on Monday.");
  REQUIRE(found);
  CHECK(found->speaker == "Dr. Jane Roe");
  CHECK(found->cue == "said");

  found = after(", said Jane Roe, a spokeswoman for the mayor.");
  REQUIRE(found);
  CHECK(found->speaker == "Jane Roe");

  found = after(", said campaign spokesman Brian Fallon.");
  REQUIRE(found);
  CHECK(found->speaker == "Brian Fallon");

  found = after(", said Democratic pollster Stan Greenberg.");
  REQUIRE(found);
  CHECK(found->speaker == "Stan Greenberg");
  // Negative: a name with no second name after the lower-case words keeps the first.
  found = after(", said Clinton in Ohio.");
  REQUIRE(found);
  CHECK(found->speaker == "Clinton");

  found = after(", the campaign said in a statement.");
  REQUIRE(found);
  CHECK(found->speaker == "the campaign");

  // A participle may open the appositive right after the name, not a later piece.
  found = after(", Judge Ann Roe, writing for the majority in the 2-1 decision, said.");
  REQUIRE(found);
  CHECK(found->speaker == "Judge Ann Roe");
  CHECK(found->cue == "said");
  found = after(", Ann Roe, an aide, emailed donors, telling them.");
  REQUIRE(found);
  CHECK(found->speaker == "Ann Roe");
  CHECK(found->cue == "telling");

  found = after(", Lester Holt of NBC News told viewers.");
  REQUIRE(found);
  CHECK(found->speaker == "Lester Holt");
  CHECK(found->outlet == "NBC News");
  CHECK(found->cue == "told");

  SECTION("negative: no speaker right after the mark") {
    CHECK_FALSE(after(" and then the meeting ended."));
    CHECK_FALSE(after(" is what the sign says."));
    CHECK_FALSE(after(", the United States"));
  }
}

TEST_CASE("speech verb before the quotation", "[attribution][grammar]") {
  auto found = first("Parmy Olsen of Forbes quotes, ");
  REQUIRE(found);
  CHECK(found->form == Form::speaker_verb);
  CHECK(found->speaker == "Parmy Olsen");
  CHECK(found->outlet == "Forbes");
  CHECK(found->cue == "quotes");

  found = first("Sen. Ted Cruz said: ");
  REQUIRE(found);
  CHECK(found->speaker == "Sen. Ted Cruz");

  found = first("Mr. Kamin told reporters that ");
  REQUIRE(found);
  CHECK(found->speaker == "Mr. Kamin");
  CHECK(found->cue == "told");

  found = first("The New York Post reports that the senator ");
  REQUIRE(found);
  CHECK(found->speaker == "The New York Post");

  found = first("Ludwig van Beethoven wrote ");
  REQUIRE(found);
  CHECK(found->speaker == "Ludwig van Beethoven");

  found = first("Jean-Marc O’Brien’s aide said ");
  REQUIRE(found);
  CHECK(found->speaker == "Jean-Marc O’Brien’s aide");

  SECTION("negative: capitalised words that are not names, nouns that are not verbs") {
    CHECK_FALSE(first("But when the vote came, "));
    CHECK_FALSE(first("Xiaomi’s operating platform is "));
    CHECK_FALSE(first("a visit to the United States of "));
  }
}

TEST_CASE("according to, as X put it, X's term", "[attribution][grammar]") {
  auto found = after(", according to Jane Roe of the Daily Planet.");
  REQUIRE(found);
  CHECK(found->form == Form::according_to);
  CHECK(found->speaker == "Jane Roe");
  CHECK(found->outlet == "Daily Planet");
  CHECK(found->cue == "according to");

  found = after(", according to Democratic pollster Stan Greenberg.");
  REQUIRE(found);
  CHECK(found->speaker == "Stan Greenberg");

  found = first("According to officials, the plan ");
  REQUIRE(found);
  CHECK(found->speaker == "officials");

  found = first("the plan was, as Holmes put it, ");
  REQUIRE(found);
  CHECK(found->form == Form::as_put_it);
  CHECK(found->speaker == "Holmes");
  CHECK(found->cue == "put it");

  found = first("Or, as Tom Ridge, a former secretary of homeland security, put it: ");
  REQUIRE(found);
  CHECK(found->form == Form::as_put_it);
  CHECK(found->speaker == "Tom Ridge");
  CHECK(found->cue == "put it");

  found = first("income, as a Homeland Security memo put it. ");
  REQUIRE(found);
  CHECK(found->form == Form::as_put_it);
  CHECK(found->speaker == "a Homeland Security memo");

  found = first("—to use the C.K. Prahalad’s term. And ");
  REQUIRE(found);
  CHECK(found->form == Form::term);
  CHECK(found->speaker == "C.K. Prahalad");
  CHECK(found->cue == "term");

  SECTION("negative") {
    CHECK_FALSE(first("the plan was, as expected, "));
    CHECK_FALSE(first("to use the new term "));
  }
}

TEST_CASE("source notes, citations, signatures and credits", "[attribution][grammar]") {
  std::string_view text = "(Source: Paul Mazur, Wall Street Journal). Like Apple";
  auto found = first(text);
  REQUIRE(found);
  CHECK(found->form == Form::source_note);
  CHECK(found->speaker == "Paul Mazur");
  CHECK(found->outlet == "Wall Street Journal");

  found = after(" [@prahalad2004, p. 3].");
  REQUIRE(found);
  CHECK(found->form == Form::citation);
  CHECK(found->speaker == "prahalad2004");

  found = after(" \xE2\x80\x95 Sonya Roe");  // ― horizontal bar
  REQUIRE(found);
  CHECK(found->form == Form::signature);
  CHECK(found->speaker == "Sonya Roe");

  text = "Courtesy Xiaomi, Facebook & Alibaba";
  const auto credit = parse_credit(text, lexicon());
  REQUIRE(credit);
  CHECK(credit->form == Form::credit);
  CHECK(piece(text, credit->speaker) == "Xiaomi, Facebook & Alibaba");

  SECTION("negative: a credit is not speech, a bracket without @ is no citation") {
    CHECK_FALSE(first("Courtesy Xiaomi, Facebook & Alibaba"));
    CHECK_FALSE(after(" [sic] and more"));
    CHECK_FALSE(parse_credit("courtesy call", lexicon()));
    CHECK_FALSE(first("(Sources are scarce.)"));
    // A dash before a noun phrase goes on with the sentence: no signature.
    CHECK_FALSE(after(" \xE2\x80\x94 a metaphor for the party's surrender."));
    CHECK_FALSE(after(" -- one question that has emerged is whether"));
  }
}

TEST_CASE("German and French attributions", "[attribution][grammar]") {
  auto found = after(", sagte Merkel am Montag.");
  REQUIRE(found);
  CHECK(found->form == Form::verb_speaker);
  CHECK(found->speaker == "Merkel");
  CHECK(found->cue == "sagte");

  found = after(", sagte er.");
  REQUIRE(found);
  CHECK(found->pronoun);

  found = after(", so Merkel.");
  REQUIRE(found);
  CHECK(found->form == Form::according_to);
  CHECK(found->speaker == "Merkel");

  found = first("Laut Merkel ist die Lage ernst");
  REQUIRE(found);
  CHECK(found->speaker == "Merkel");

  found = first("Merkel sagte: ");
  REQUIRE(found);
  CHECK(found->speaker == "Merkel");

  found = after(", a déclaré Emmanuel Macron.");
  REQUIRE(found);
  CHECK(found->speaker == "Emmanuel Macron");
  CHECK(found->cue == "a déclaré");

  found = after(", dit-il.");
  REQUIRE(found);
  CHECK(found->pronoun);
  CHECK(found->speaker == "il");

  found = first("selon Macron, ");
  REQUIRE(found);
  CHECK(found->speaker == "Macron");

  found = first("Macron a dit : ");
  REQUIRE(found);
  CHECK(found->cue == "a dit");

  SECTION("negative: `so` and `pour` only before a name that ends the clause") {
    CHECK_FALSE(after(", so we went home."));
    CHECK_FALSE(after(", so Trump left the room."));
    CHECK_FALSE(first("pour Macron le plan est bon"));
  }
}

TEST_CASE("sentence subjects and names", "[attribution][grammar]") {
  auto subject = describe("At a rally, Trump likened",
                          parse_sentence_subject("At a rally, Trump likened", lexicon()));
  REQUIRE(subject);
  CHECK(subject->form == Form::subject);
  CHECK(subject->speaker == "Trump");
  CHECK_FALSE(parse_sentence_subject("Speaking to reporters", lexicon()));

  // A noun phrase ends where its verb begins: at a lower-case word after capitalised nouns
  // (German), at a regular past tense (irregular ones, `saw`, are not known).
  const auto subject_of = [](std::string_view sentence) {
    const auto parsed = parse_sentence_subject(sentence, lexicon());
    REQUIRE(parsed);
    return piece(sentence, parsed->speaker) + " / " + piece(sentence, parsed->cue);
  };
  CHECK(subject_of("Der Kämmerer sah das anders") == "Der Kämmerer / sah");
  CHECK(subject_of("Die Opposition sprach von einem Trick") == "Die Opposition / sprach");
  CHECK(subject_of("At the hearing, the mayor defended the plan") == "the mayor / defended");
  CHECK(subject_of("His standing improved after the debate") == "His standing / improved");
  CHECK(subject_of("The campaign manager insisted it was fine") ==
        "The campaign manager / insisted");

  const std::string_view text = "Sen. Ted Cruz met C.K. Prahalad’s students and Paris.";
  const auto names = find_names(text, lexicon());
  REQUIRE(names.size() == 3);
  CHECK(piece(text, names[0].range) == "Sen. Ted Cruz");
  CHECK(names[0].has_honorific);
  CHECK(names[0].words == 2);
  CHECK(piece(text, names[1].range) == "C.K. Prahalad");
  CHECK(piece(text, names[2].range) == "Paris");
  CHECK(names[2].words == 1);
}

TEST_CASE("people: two name words or a title", "[attribution][grammar]") {
  const auto people_in = [](std::string_view text) {
    std::vector<std::string> found;
    for (const auto& name : find_people(text, lexicon()))
      found.push_back(piece(text, name.range));
    return found;
  };
  using Names = std::vector<std::string>;
  CHECK(people_in("But the mayor said Ted Cruz met Mr. Kamin in Paris on Monday.") ==
        Names{"Ted Cruz", "Mr. Kamin"});
  CHECK(people_in("Ludwig van Beethoven and C.K. Prahalad’s book") ==
        Names{"Ludwig van Beethoven", "C.K. Prahalad"});
  CHECK(people_in("selon le président Macron et Élise Dupont") ==
        Names{"président Macron", "Élise Dupont"});
  CHECK(people_in("The Rev. Al Sharpton spoke") == Names{"The Rev. Al Sharpton"});
  // One name word and no title: not surely a person.
  CHECK(people_in("Trump said Washington would (Reuters) [Smith] agree.").empty());
  CHECK(people_in("The campaign, Clinton and Monday").empty());
}
