#pragma once
// The words attribution parsing depends on (speech verbs, cues, pronouns, titles), one data
// file per language. Data, not code: a newsroom adds its house verbs without a rebuild.

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
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
    masculine,      // he, Mr., Herr, il: a pronoun or title that tells a man
    feminine,       // she, Mrs., Frau, elle: a pronoun or title that tells a woman
  };
  static constexpr std::size_t kSectionCount = 20;

  // "en", "de", "fr", or "all" (every embedded language merged).
  static Lexicon load_embedded(std::string_view language);
  // Throws InputError "FILE:LINE: ..." on unknown sections and entries outside a section.
  static Lexicon load_file(const std::filesystem::path& path);
  // `origin` names the text in error messages.
  static Lexicon parse(std::string_view text, std::string_view origin);

  const std::vector<std::string>& entries(Section section) const;
  bool contains(Section section, std::string_view entry) const;

  // What the lexicon knows about the word a text starts with, looked up once (one hash, no
  // allocation) and then asked about many sections: a parser tries many lists at one word.
  class FirstWord {
   public:
    // Bit `1 << Section` for every section with an entry whose first word is this word as
    // written, or, unless `exact_case`, with its capital first letter lowered.
    std::uint32_t sections(bool exact_case = false) const {
      return exact_case ? exact_sections_ : exact_sections_ | lowered_sections_;
    }

   private:
    friend class Lexicon;
    std::uint32_t exact_ = kNoWord;  // indices into Lexicon::words_
    std::uint32_t lowered_ = kNoWord;
    std::uint32_t exact_sections_ = 0;
    std::uint32_t lowered_sections_ = 0;
  };
  FirstWord first_word(std::string_view text) const;

  // Length of the longest entry of `section` that `text` starts with and that ends at a
  // word boundary; 0 if none. A capitalised first letter in `text` also matches a
  // lower-case entry (`According to` at a sentence start) unless `exact_case`.
  std::size_t match(Section section, std::string_view text, bool exact_case = false) const;
  // The same, with `word` = first_word(text) already looked up.
  std::size_t match(const FirstWord& word, Section section, std::string_view text,
                    bool exact_case = false) const;

  // Whether an entry of `section` can match text starting with `first`: a test that spares
  // the look-up at most words when one section is all a caller wants.
  bool may_start(Section section, char first) const {
    const auto byte = static_cast<unsigned char>(first);
    const std::bitset<256>& bytes = first_bytes_[static_cast<std::size_t>(section)];
    return bytes[byte] || (byte >= 'A' && byte <= 'Z' && bytes[byte - 'A' + 'a']);
  }

  static std::string_view section_name(Section section);

  static constexpr std::uint32_t bit(Section section) {
    return std::uint32_t{1} << static_cast<unsigned>(section);
  }

 private:
  static constexpr std::uint32_t kNoWord = UINT32_MAX;

  // An entry whose first word is a given word.
  struct Candidate {
    Section section;
    std::uint32_t entry;  // index into tables_[section]
  };
  // A distinct first word of some entries.
  struct Word {
    std::uint64_t hash = 0;
    std::string text;
    std::uint32_t sections = 0;
    std::uint32_t first_candidate = 0;  // its run in candidates_: by section, longest first
    std::uint32_t candidate_count = 0;
  };

  void add(Section section, std::string entry);
  // Adds the entries of a lexicon file; index_words() must follow.
  void add_file(std::string_view text, std::string_view origin);
  // Rebuilds words_, slots_ and candidates_ from tables_ after entries were added.
  void index_words();
  // The index into words_ of `word` with its first byte read as `first`, or kNoWord.
  std::uint32_t find_word(std::string_view word, std::uint64_t hash, char first) const;
  std::size_t match_word(std::uint32_t word, Section section, std::string_view text,
                         char first) const;

  std::array<std::vector<std::string>, kSectionCount> tables_;
  std::array<std::bitset<256>, kSectionCount> first_bytes_;  // each entry's first byte
  std::vector<Word> words_;
  std::vector<Candidate> candidates_;
  // Open addressing, linear probing, at most a quarter full. A slot keeps the high half of
  // its word's hash, so that a probe reads one array until the word itself matches.
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t word = kNoWord;  // index into words_
  };
  std::vector<Slot> slots_ = std::vector<Slot>(64);
};

}  // namespace citecheck
