#include <catch2/catch.hpp>

#include "src/sources/normalize.hpp"

using citecheck::NameNormalizer;
using citecheck::NormalizedName;

namespace {

std::string key(std::string_view name) {
  static const NameNormalizer normalizer;
  return normalizer.person(name).key();
}

std::string outlet(std::string_view name) {
  static const NameNormalizer normalizer;
  return normalizer.outlet(name);
}

}  // namespace

TEST_CASE("fold: case, NFKC, diacritics, punctuation", "[normalize]") {
  const NameNormalizer normalizer;
  CHECK(normalizer.fold("Müller") == "muller");
  CHECK(normalizer.fold("MULLER") == "muller");
  CHECK(normalizer.fold("Mu\xCC\x88ller") == "muller");  // u + combining diaeresis
  CHECK(normalizer.fold("Øster Łódź") == "oster lodz");
  CHECK(normalizer.fold("Straße") == "strasse");
  CHECK(normalizer.fold("ﬁnance") == "finance");  // ligature, NFKC
  CHECK(normalizer.fold("O’Brien-Smith") == "obriensmith");
  CHECK(normalizer.fold("  Parmy \u00A0 Olson ") == "parmy olson");
  CHECK(normalizer.fold_german("Müller") == "mueller");
  CHECK(normalizer.fold_german("Mueller") == "mueller");
}

TEST_CASE("person names: initials, possessives, honorifics", "[normalize]") {
  CHECK(key("C.K. Prahalad") == "c k prahalad");
  CHECK(key("C. K. Prahalad") == "c k prahalad");
  CHECK(key("CK Prahalad") == "c k prahalad");
  CHECK(key("C.K. Prahalad’s") == "c k prahalad");
  CHECK(key("Prahalad's") == "prahalad");
  CHECK(key("Jones’") == "jones");
  CHECK(key("Sen. Ted Cruz") == "ted cruz");
  CHECK(key("Dr Parmy Olson") == "parmy olson");
  CHECK(key("President Obama") == "obama");
  CHECK(key("Martin Luther King Jr.") == "martin luther king");
  CHECK(key("Vincent van Gogh") == "vincent gogh");
  CHECK(key("Républicain presidential candidate Donald Trump") == "donald trump");
  CHECK(key("former Gov. Jeb Bush") == "jeb bush");
  CHECK(key("MARY SMITH") == "mary smith");  // capitals throughout are not initials
  CHECK(key("") == "");

  const NameNormalizer normalizer;
  const NormalizedName muller = normalizer.person("Thomas Müller");
  CHECK(muller.family == "muller");
  CHECK(muller.family_german == "mueller");
  CHECK(muller.given == std::vector<std::string>{"thomas"});
  CHECK(normalizer.person("Mueller").family_german.empty());
}

TEST_CASE("outlet names", "[normalize]") {
  CHECK(outlet("The Wall Street Journal") == "wall street journal");
  CHECK(outlet("Wall Street Journal") == "wall street journal");
  CHECK(outlet("the wall street journal.") == "wall street journal");
  CHECK(outlet("Simon & Schuster") == "simon and schuster");
  CHECK(outlet("Le Monde") == "le monde");
  CHECK(outlet("Theology Today") == "theology today");
}
