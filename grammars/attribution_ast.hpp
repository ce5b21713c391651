#pragma once
// What the attribution grammar recognises, as plain values: offsets relative to the text
// the caller passed in. No X3 types, so the linker and the tests can use it directly.

#include <cstddef>
#include <optional>

namespace citecheck::grammars {

struct TextRange {
  std::size_t start = 0;
  std::size_t end = 0;
  constexpr bool empty() const { return start == end; }
  friend constexpr bool operator==(TextRange, TextRange) = default;
};

struct ParsedAttribution {
  enum class Form {
    speaker_verb,   // `X said`, `X, the Y of Z, said`, `Parmy Olsen of Forbes quotes`
    unlisted_verb,  // `she elaborated`: a person and a past tense the lexicon lacks
    verb_speaker,   // `said X`, `sagte er`, `a déclaré X`, `dit-il`
    according_to,   // `according to X`, `laut X`, `so X`, `selon X`
    as_put_it,      // `as X put it`
    term,           // `X's term`
    source_note,    // `(Source: X, Outlet)`
    citation,       // Pandoc `[@key]`
    signature,      // `— X` after a quotation
    credit,         // `Courtesy X`
    subject,        // the subject opening a sentence: a weak guess, used last
  };
  Form form = Form::speaker_verb;
  TextRange whole;    // the speaker through the cue
  TextRange speaker;  // the name, the pronoun, or the noun phrase (`the campaign`)
  TextRange cue;      // empty for citations and subjects without a verb
  std::optional<TextRange> outlet;
  bool pronoun = false;  // the speaker is `he`, `sie`, `il`: the caller resolves it
};

// A capitalised name in running text (`Sen. Ted Cruz`, `C.K. Prahalad`).
struct ParsedName {
  TextRange range;
  int words = 0;               // name words, honorifics and particles excluded
  bool has_honorific = false;  // `Mr. Kamin`: certainly a person
};

}  // namespace citecheck::grammars
