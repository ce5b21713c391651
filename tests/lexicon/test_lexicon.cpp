#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "src/core/errors.hpp"
#include "src/lexicon/lexicon.hpp"

using citecheck::InputError;
using citecheck::Lexicon;
using Section = Lexicon::Section;

TEST_CASE("Lexicon file format", "[attribution][lexicon]") {
  const Lexicon lexicon = Lexicon::parse(
      "# a comment line\n"
      "[speech-verbs]\n"
      "said   # trailing comment\n"
      "went on\n"
      "\n"
      "[according-to]\n"
      "according to\n"
      "[honorifics]\n"
      "Mr.\n",
      "test.txt");
  CHECK(lexicon.entries(Section::speech_verb) == std::vector<std::string>{"said", "went on"});
  CHECK(lexicon.contains(Section::according_to, "according to"));
  CHECK_FALSE(lexicon.contains(Section::according_to, "said"));

  SECTION("entries match whole words, multi-word entries included") {
    CHECK(lexicon.match(Section::speech_verb, "said Holmes") == 4);
    CHECK(lexicon.match(Section::speech_verb, "saidx") == 0);
    CHECK(lexicon.match(Section::speech_verb, "went on to say") == 7);
    CHECK(lexicon.match(Section::honorific, "Mr. Kamin") == 3);
    // A no-break space ends a word like any space.
    CHECK(lexicon.match(Section::speech_verb, "said\xC2\xA0Holmes") == 4);
  }
  SECTION("a capital first letter matches a lower-case entry unless exact case is asked") {
    CHECK(lexicon.match(Section::according_to, "According to the Post") == 12);
    CHECK(lexicon.match(Section::speech_verb, "Said Holmes", true) == 0);
    CHECK(lexicon.match(Section::honorific, "mr. Kamin") == 0);
  }
}

TEST_CASE("Lexicon errors name the file and line", "[attribution][lexicon]") {
  CHECK_THROWS_WITH(Lexicon::parse("[speech-verbs]\nsaid\n[verbs]\n", "x.txt"),
                    "x.txt:3: unknown section [verbs]");
  CHECK_THROWS_WITH(Lexicon::parse("said\n", "x.txt"),
                    "x.txt:1: entry before the first [section] header");
  CHECK_THROWS_WITH(Lexicon::parse("[pronouns\n", "x.txt"),
                    "x.txt:1: section header must end with ']'");
  CHECK_THROWS_AS(Lexicon::load_embedded("xx"), InputError);
  CHECK_THROWS_AS(Lexicon::load_file("/nonexistent/lexicon.txt"), InputError);
}

TEST_CASE("Lexicon files load from disk", "[attribution][lexicon]") {
  const auto path = std::filesystem::temp_directory_path() / "citecheck_test_lexicon.txt";
  {
    std::ofstream file(path);
    file << "[speech-verbs]\nquipped\n[bogus]\n";
  }
  CHECK_THROWS_WITH(Lexicon::load_file(path), path.string() + ":3: unknown section [bogus]");
  std::filesystem::remove(path);
}

TEST_CASE("Embedded lexicons", "[attribution][lexicon]") {
  const Lexicon english = Lexicon::load_embedded("en");
  CHECK(english.contains(Section::speech_verb, "said"));
  CHECK(english.contains(Section::credit, "Courtesy"));
  CHECK(english.contains(Section::source_note, "Source:"));
  CHECK(english.contains(Section::term_noun, "term"));
  CHECK_FALSE(english.contains(Section::speech_verb, "sagte"));

  const Lexicon german = Lexicon::load_embedded("de");
  CHECK(german.contains(Section::speech_verb, "sagte"));
  CHECK(german.contains(Section::according_to, "laut"));
  CHECK(german.contains(Section::named_source, "so"));

  const Lexicon french = Lexicon::load_embedded("fr");
  CHECK(french.contains(Section::speech_verb, "a déclaré"));
  CHECK(french.contains(Section::according_to, "selon"));

  const Lexicon all = Lexicon::load_embedded("all");
  CHECK(all.contains(Section::speech_verb, "said"));
  CHECK(all.contains(Section::speech_verb, "sagte"));
  CHECK(all.contains(Section::speech_verb, "a déclaré"));
  CHECK(all.entries(Section::pronoun).size() == english.entries(Section::pronoun).size() +
                                                    german.entries(Section::pronoun).size() +
                                                    french.entries(Section::pronoun).size());
}
