#pragma once
// The words attribution parsing depends on (speech verbs, cues, pronouns, titles), one data
// file per language. Data, not code: a newsroom adds its house verbs without a rebuild.

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace citecheck {

class Lexicon {
 public:
  // The `[section]` headers of a lexicon file, in file-format spelling.
  enum class Section {
    speech_verb,    // said, says, told, sagte, a déclaré
    according_to,   // according to, laut, so, selon: the name follows
    as_cue,         // as (X put it), wie, comme
    put_it,         // put it, puts it: ends `as X put it`
    term_noun,      // term, words, phrase: `X's term`
    credit,         // Courtesy, Photo credit: credits, not speech
    source_note,    // Source, Quelle: `(Source: X, Outlet)`
    pronoun,        // he, she, they, er, il
    honorific,      // Mr., Sen., Dr., President: kept in the speaker as written
    particle,       // de, van, von: lower-case words inside names
    determiner,     // the, a, his: open a noun-phrase speaker (`the campaign said`)
    adverb,         // also, later, has: between a speaker and the verb
    organisation,   // Times, Post, Party: last words of organisation names
    not_name,       // But, When, Monday: capitalised words that never start a name
    abbreviation,   // Mr, U.S, Jan: a period after them does not end a sentence
    function_word,  // of, to, that: never part of a title before a name
    impersonal,     // it, I, we: speakers that name no one to look up
    named_source,   // so, pour: `so Merkel.` only with a name that ends the clause
  };
  static constexpr std::size_t kSectionCount = 18;

  // "en", "de", "fr", or "all" (every embedded language merged).
  static Lexicon load_embedded(std::string_view language);
  // Throws InputError "FILE:LINE: ..." on unknown sections and entries outside a section.
  static Lexicon load_file(const std::filesystem::path& path);
  // `origin` names the text in error messages.
  static Lexicon parse(std::string_view text, std::string_view origin);

  void merge(const Lexicon& other);

  const std::vector<std::string>& entries(Section section) const;
  bool contains(Section section, std::string_view entry) const;
  // Length of the longest entry of `section` that `text` starts with and that ends at a
  // word boundary; 0 if none. A capitalised first letter in `text` also matches a
  // lower-case entry (`According to` at a sentence start) unless `exact_case`.
  std::size_t match(Section section, std::string_view text, bool exact_case = false) const;

  static std::string_view section_name(Section section);

  // Bit `1 << Section` is set for every section with an entry whose first word is the word
  // `text` starts with (exact case). One lookup tells a parser which phrases can start here.
  // With `lowered`, a capital first letter is looked up in lower case.
  std::uint32_t sections_starting_with(std::string_view text, bool lowered = false) const;
  static constexpr std::uint32_t bit(Section section) {
    return std::uint32_t{1} << static_cast<unsigned>(section);
  }

 private:
  // Lookups by std::string_view, without building a std::string per word.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const noexcept;
  };
  template <typename Value>
  using WordMap = std::unordered_map<std::string, Value, WordHash, std::equal_to<>>;

  struct Table {
    std::vector<std::string> entries;
    // First word of each entry -> indices of the entries it starts, longest first.
    WordMap<std::vector<std::size_t>> by_first_word;
    std::array<bool, 256> first_bytes{};  // spares the hash lookup for most words
  };
  void add(Section section, std::string entry);
  // `first` stands for text's first byte (a lowered capital).
  std::size_t match_exact(const Table& table, std::string_view text, char first) const;

  std::array<Table, kSectionCount> tables_;
  WordMap<std::uint32_t> first_word_sections_;
};

}  // namespace citecheck
