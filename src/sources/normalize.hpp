#pragma once
// Normalisation of person and outlet names, so that the spellings an article uses can be
// compared with the ones a source list records.

#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace citecheck {

// A person's name reduced to what identifies it: folded to lower case ASCII where the
// script allows, no diacritics, no honorifics, no possessive, initials split.
struct NormalizedName {
  std::vector<std::string> given;  // given names and initials in order: "c", "k"
  std::string family;              // the last name token: "prahalad"
  // `family` with German umlauts transliterated (ü → ue); empty when it has none.
  std::string family_german;
  bool empty() const { return family.empty(); }
  // Tokens joined by single spaces: "c k prahalad".
  std::string key() const;
};

// Holds the ICU normalisers (thread-safe singletons) and the honorific list, so building
// one is cheap after the first and all member functions may be called concurrently.
class NameNormalizer {
 public:
  NameNormalizer();

  // NFKC, case folding, diacritics removed (ø → o, ß → ss), punctuation dropped; words
  // separated by single spaces: "Müller-Lüdenscheidt’s" → "mullerludenscheidts".
  std::string fold(std::string_view text) const;
  // As fold(), but German umlauts become two letters first: "Müller" → "mueller".
  std::string fold_german(std::string_view text) const;

  // "Sen. C.K. Prahalad’s" → given {"c", "k"}, family "prahalad". When the name is written
  // with capitals, only the trailing capitalised run counts ("presidential candidate
  // Donald Trump" → "Donald Trump"); honorifics and particles are dropped from the given
  // names, generational suffixes ("Jr.") from the end.
  NormalizedName person(std::string_view name) const;

  // "The Wall Street Journal" → "wall street journal"; "&" counts as "and".
  std::string outlet(std::string_view name) const;

  bool is_honorific(std::string_view folded_token) const;

 private:
  void fold_into(std::string_view text, bool german, std::string& out) const;

  const icu::Normalizer2* nfkc_casefold_;
  const icu::Normalizer2* nfd_;
  std::vector<std::string> honorifics_;  // sorted, for binary search
};

}  // namespace citecheck
