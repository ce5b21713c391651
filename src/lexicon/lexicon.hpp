#pragma once
// The words attribution parsing depends on (speech verbs, cues, pronouns, titles), one data
// file per language. Data, not code: a newsroom adds its house verbs without a rebuild.

#include <array>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace citecheck {

class Lexicon {
 public:
  // The `[section]` headers of a lexicon file, in file-format spelling.
  enum class Section {
    speech_verb,   // said, says, told, sagte, a déclaré
    according_to,  // according to, laut, so, selon: the name follows
    as_cue,        // as (X put it), wie, comme
    put_it,        // put it, puts it: ends `as X put it`
    term_noun,     // term, words, phrase: `X's term`
    credit,        // Courtesy, Photo credit: credits, not speech
    source_note,   // Source, Quelle: `(Source: X, Outlet)`
    pronoun,       // he, she, they, er, il
    honorific,     // Mr., Sen., Dr., President: kept in the speaker as written
    particle,      // de, van, von: lower-case words inside names
    determiner,    // the, a, his: open a noun-phrase speaker (`the campaign said`)
    adverb,        // also, later, has: between a speaker and the verb
    organisation,  // Times, Post, Party: last words of organisation names
    not_name,      // But, When, Monday: capitalised words that never start a name
    abbreviation,  // Mr, U.S, Jan: a period after them does not end a sentence
  };
  static constexpr std::size_t kSectionCount = 15;

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
  // lower-case entry (`According to` at a sentence start).
  std::size_t match(Section section, std::string_view text) const;

  static std::string_view section_name(Section section);

 private:
  struct Table {
    std::vector<std::string> entries;
    // First word of each entry -> indices of the entries it starts, longest first.
    std::unordered_map<std::string, std::vector<std::size_t>> by_first_word;
  };
  void add(Section section, std::string entry);
  std::size_t match_exact(const Table& table, std::string_view text) const;

  std::array<Table, kSectionCount> tables_;
};

}  // namespace citecheck
