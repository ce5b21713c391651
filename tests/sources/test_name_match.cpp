#include <catch2/catch.hpp>

#include "src/sources/name_match.hpp"

using citecheck::MatchKind;
using citecheck::name_distance;
using citecheck::PersonMatch;
using citecheck::Source;
using citecheck::SourceMatcher;
using citecheck::SourcePerson;

namespace {

Source person_source(std::string id, std::string family, std::string given,
                     std::string outlet = {}) {
  Source source;
  source.id = std::move(id);
  SourcePerson person;
  person.family = std::move(family);
  person.given = std::move(given);
  source.people.push_back(std::move(person));
  source.outlet = std::move(outlet);
  return source;
}

Source literal_source(std::string id, std::string literal) {
  Source source;
  source.id = std::move(id);
  SourcePerson person;
  person.literal = std::move(literal);
  source.people.push_back(std::move(person));
  return source;
}

// The seed article's list, plus neighbours that must not be confused.
std::vector<Source> seed_list() {
  std::vector<Source> sources;
  sources.push_back(person_source("olson-forbes", "Olson", "Parmy", "Forbes"));
  sources.push_back(person_source("mozur-wsj", "Mozur", "Paul", "The Wall Street Journal"));
  sources.push_back(person_source("prahalad-2004", "Prahalad", "C. K."));
  sources.back().title = "The Fortune at the Bottom of the Pyramid";
  sources.push_back(person_source("chen-reuters", "Chen", "Lulu", "Reuters"));
  sources.push_back(person_source("smith-ap", "Smith", "John", "AP"));
  sources.push_back(person_source("obama", "Obama", "Barack"));
  sources.push_back(person_source("pence", "Pence", "Mike"));
  sources.push_back(person_source("muller", "Müller", "Thomas", "Die Zeit"));
  sources.push_back(person_source("clinton-h", "Clinton", "Hillary"));
  sources.push_back(person_source("clinton-b", "Clinton", "Bill"));
  sources.push_back(literal_source("xiaomi", "Xiaomi"));
  return sources;
}

std::string id_of(const PersonMatch& match) {
  return match.source == nullptr ? std::string("(none)") : match.source->id;
}

}  // namespace

TEST_CASE("name distance weights", "[match]") {
  CHECK(name_distance("olson", "olsen", 10) == 1);  // vowel for vowel
  CHECK(name_distance("mozur", "mazur", 10) == 1);
  CHECK(name_distance("trump", "trmup", 10) == 1);       // neighbours swapped
  CHECK(name_distance("chen", "cheng", 10) == 2);        // one letter added
  CHECK(name_distance("philips", "phillips", 10) == 1);  // doubled letter
  CHECK(name_distance("obama", "osama", 10) == 3);       // consonant replaced
  CHECK(name_distance("pence", "peace", 10) == 3);
  CHECK(name_distance("smith", "schmidt", 2) == 3);  // stops past the limit
  CHECK(name_distance("same", "same", 0) == 0);
}

TEST_CASE("exact matches through normalisation", "[match]") {
  const std::vector<Source> sources = seed_list();
  const SourceMatcher matcher(sources);
  for (const char* name :
       {"Parmy Olson", "Olson", "Olson’s", "Dr. Parmy Olson", "P. Olson", "PARMY OLSON"}) {
    INFO(name);
    const PersonMatch match = matcher.match_person(name);
    CHECK(match.kind == MatchKind::exact);
    CHECK(id_of(match) == "olson-forbes");
  }
  for (const char* name :
       {"C.K. Prahalad", "C. K. Prahalad", "CK Prahalad", "Prahalad", "C.K. Prahalad’s"}) {
    INFO(name);
    const PersonMatch match = matcher.match_person(name);
    CHECK(match.kind == MatchKind::exact);
    CHECK(id_of(match) == "prahalad-2004");
  }
  CHECK(matcher.match_person("Thomas Muller").kind == MatchKind::exact);
  CHECK(matcher.match_person("Xiaomi").kind == MatchKind::exact);
  CHECK(matcher.match_person("Hillary Clinton").source->id == "clinton-h");

  const PersonMatch clinton = matcher.match_person("Clinton");
  CHECK(clinton.kind == MatchKind::ambiguous);
  CHECK(clinton.source == nullptr);
  CHECK(clinton.sources.size() == 2);
}

TEST_CASE("near misses are caught with the list's spelling", "[match]") {
  const std::vector<Source> sources = seed_list();
  const SourceMatcher matcher(sources);
  struct Case {
    const char* name;
    const char* suggestion;
    const char* id;
  };
  for (const Case& c :
       {Case{"Parmy Olsen", "Parmy Olson", "olson-forbes"}, Case{"Olsen", "Olson", "olson-forbes"},
        Case{"Paul Mazur", "Paul Mozur", "mozur-wsj"}, Case{"Mazur", "Mozur", "mozur-wsj"},
        Case{"Cheng", "Chen", "chen-reuters"}, Case{"Lulu Cheng", "Lulu Chen", "chen-reuters"},
        Case{"Thomas Mueller", "Thomas Müller", "muller"},
        Case{"Prahlaad", "Prahalad", "prahalad-2004"}, Case{"Obamu", "Obama", "obama"},
        Case{"Parmi Olson", "Parmy Olson", "olson-forbes"}}) {
    INFO(c.name);
    const PersonMatch match = matcher.match_person(c.name);
    CHECK(match.kind == MatchKind::near);
    CHECK(match.suggestion == c.suggestion);
    CHECK(id_of(match) == c.id);
  }
  // Both Clintons share the surname: the suggestion is right though the person is not known.
  const PersonMatch clanton = matcher.match_person("Clintan");
  CHECK(clanton.kind == MatchKind::near);
  CHECK(clanton.suggestion == "Clinton");
  CHECK(clanton.source == nullptr);
}

TEST_CASE("distinct names are not confused", "[match]") {
  const std::vector<Source> sources = seed_list();
  const SourceMatcher matcher(sources);
  for (const char* name :
       {"Schmidt", "John Schmidt", "Osama", "Peace", "Bush", "Kim", "Barack Osama",
        "Michelle Obama", "Bill Pence", "Carl Olsen", "Parmy", "he"}) {
    INFO(name);
    const PersonMatch match = matcher.match_person(name);
    CHECK(match.kind == MatchKind::unknown);
    CHECK(match.suggestion.empty());
  }
}

TEST_CASE("equally near spellings give no suggestion but list the choices", "[match]") {
  std::vector<Source> sources;
  sources.push_back(person_source("a", "Larsen", "Anna"));
  sources.push_back(person_source("b", "Larson", "Ben"));
  sources.push_back(person_source("c", "Larson", "Carl"));
  const SourceMatcher matcher(sources);
  const PersonMatch match = matcher.match_person("Larsan");
  CHECK(match.kind == MatchKind::near);
  CHECK(match.suggestion.empty());
  // One choice per spelling, in list order; nobody is credited on a guess.
  CHECK(match.equally_near == std::vector<std::string>{"Larsen", "Larson"});
  CHECK(match.source == nullptr);
  CHECK(match.sources.empty());
  const PersonMatch anna = matcher.match_person("Anna Larsan");
  CHECK(anna.suggestion == "Anna Larsen");
  CHECK(anna.equally_near.empty());
}

TEST_CASE("a near match says how near", "[match]") {
  std::vector<Source> sources;
  sources.push_back(person_source("a", "Christie", "Chris"));
  const SourceMatcher matcher(sources);
  CHECK(matcher.match_person("Chrsitie").distance == 1);   // a swap
  CHECK(matcher.match_person("Christe").distance == 2);    // a letter dropped
  CHECK(matcher.match_person("Christian").distance == 3);  // a vowel and a letter
  CHECK(matcher.match_person("Christie").distance == 0);
}

TEST_CASE("a bare surname and a full name in two entries are one person", "[match]") {
  std::vector<Source> sources;
  sources.push_back(literal_source("one", "Trump"));
  sources.push_back(literal_source("two", "Donald Trump"));
  const SourceMatcher matcher(sources);
  const PersonMatch match = matcher.match_person("Trump");
  CHECK(match.kind == MatchKind::exact);
  CHECK(match.sources.size() == 2);
  CHECK(matcher.match_person("Trmup").suggestion == "Trump");
}

TEST_CASE("outlets", "[match]") {
  const std::vector<Source> sources = seed_list();
  const SourceMatcher matcher(sources);
  CHECK(matcher.match_outlet("Wall Street Journal").kind == MatchKind::exact);
  CHECK(matcher.match_outlet("the Wall Street Journal").source->id == "mozur-wsj");
  CHECK(matcher.match_outlet("WSJ").kind == MatchKind::exact);
  const auto near = matcher.match_outlet("Wall Street Jornal");
  CHECK(near.kind == MatchKind::near);
  CHECK(near.suggestion == "The Wall Street Journal");
  CHECK(matcher.match_outlet("Forbs").suggestion == "Forbes");
  CHECK(matcher.match_outlet("AFP").kind == MatchKind::unknown);  // too short to guess
  CHECK(matcher.match_outlet("Bloomberg").kind == MatchKind::unknown);
}

TEST_CASE("a known person at another outlet", "[match]") {
  const std::vector<Source> sources = seed_list();
  const SourceMatcher matcher(sources);
  const PersonMatch right = matcher.match_person("Paul Mazur", "Wall Street Journal");
  CHECK(right.kind == MatchKind::near);
  CHECK_FALSE(right.outlet_mismatch);
  CHECK_FALSE(matcher.match_person("Paul Mozur", "WSJ").outlet_mismatch);

  const PersonMatch wrong = matcher.match_person("Parmy Olson", "The Wall Street Journal");
  CHECK(wrong.kind == MatchKind::exact);
  CHECK(wrong.outlet_mismatch);
  CHECK(wrong.expected_outlet == "Forbes");

  const PersonMatch unlisted = matcher.match_person("Olson", "Bloomberg");
  CHECK(unlisted.outlet_mismatch);
  CHECK(unlisted.expected_outlet == "Forbes");
  // No outlet on record: nothing to contradict.
  CHECK_FALSE(matcher.match_person("Prahalad", "Forbes").outlet_mismatch);
}

TEST_CASE("the outlet picks one of a person's entries", "[match]") {
  std::vector<Source> sources;
  sources.push_back(person_source("olson-forbes", "Olson", "Parmy", "Forbes"));
  sources.push_back(person_source("olson-bloomberg", "Olson", "Parmy", "Bloomberg"));
  const SourceMatcher matcher(sources);
  const PersonMatch match = matcher.match_person("Parmy Olson", "Bloomberg");
  CHECK(id_of(match) == "olson-bloomberg");
  CHECK_FALSE(match.outlet_mismatch);
  CHECK(match.sources.size() == 2);
}
