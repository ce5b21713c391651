#pragma once
// Matching the names an article credits (speakers, outlets) against the source list.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "src/sources/normalize.hpp"
#include "src/sources/source.hpp"

namespace citecheck {

enum class MatchKind {
  exact,      // the name is in the list (after normalisation)
  near,       // one small slip away from a spelling in the list: a misspelling
  ambiguous,  // the name is in the list but fits several people (a bare "Clinton")
  unknown,    // not in the list, and not close enough to one entry to suggest it
};

struct PersonMatch {
  MatchKind kind = MatchKind::unknown;
  // The entry credited: for several entries of one person, the one whose outlet the
  // article names. Null when the name fits several people (`ambiguous`, or a near miss
  // of a surname that several people share, whose suggestion is still right).
  const Source* source = nullptr;
  // Every entry of every person the name fits, in list order (for quote verification).
  std::vector<const Source*> sources;
  // For `near`: the list's spelling, as a drop-in replacement for what the article
  // wrote: the full name ("Parmy Olson") for a full name, the surname ("Olson") for a
  // bare surname. Empty when the name is equally near to several people.
  std::string suggestion;
  // For `near` without a suggestion: the spellings of the people it is equally near to,
  // in list order ("Ried" → "Reid", "Reed"). Only the article can tell which one it
  // means; no entry is credited meanwhile (`sources` is empty).
  std::vector<std::string> equally_near;
  // For `near`: how far the name is from the listed spelling, in name_distance's half edits.
  int distance = 0;
  // The article names an outlet and it is not the person's (exact or near matches only).
  bool outlet_mismatch = false;
  std::string expected_outlet;  // the person's container-title, when outlet_mismatch
};

struct OutletMatch {
  MatchKind kind = MatchKind::unknown;
  const Source* source = nullptr;  // the first entry with that outlet
  std::string suggestion;          // for `near`: the list's container-title
};

// Weighted Damerau–Levenshtein distance (optimal string alignment) in half edits: a vowel
// for a vowel or two neighbours swapped cost 1, a doubled letter added or dropped 1, any
// other insertion or deletion 2, a substitution involving a consonant 3 (the slips that
// turn one real name into another: Obama/Osama, Pence/Peace). Bytes, so meant for folded
// names. Stops early and returns `limit + 1` once the distance exceeds `limit`.
int name_distance(std::string_view a, std::string_view b, int limit);

// The set of letters a–z in a folded word as bits (other bytes share four more bits).
std::uint32_t letter_mask(std::string_view word);

// The largest name_distance still counted as a misspelling of a name `length` bytes long.
int near_threshold(std::size_t length);

// Two folded given names may be one person's: the same, an initial of the other, or one a
// short form of the other ("ben" / "benjamin").
bool given_name_fits(std::string_view given, std::string_view listed);

// Built once per run from the source list; matching is read-only and thread-safe. Keeps
// pointers into `sources`, which must outlive it.
class SourceMatcher {
 public:
  explicit SourceMatcher(const std::vector<Source>& sources);

  // `name` as the article writes it ("Sen. Parmy Olsen’s"); `outlet` may be empty.
  PersonMatch match_person(std::string_view name, std::string_view outlet = {}) const;
  OutletMatch match_outlet(std::string_view name) const;

  const NameNormalizer& normalizer() const { return normalizer_; }

 private:
  struct Person {
    std::vector<const Source*> sources;
    // Parallel to `sources`: normalised container-title and container-title-short.
    std::vector<std::string> outlet_keys;
    std::vector<std::string> outlet_short_keys;
  };
  struct NameForm {
    NormalizedName name;
    std::uint32_t person = 0;
    std::uint32_t letters = 0;  // letter_mask() of the family name, to skip far ones fast
    std::uint32_t german_letters = 0;
    std::string full_spelling;    // "Parmy Olson"
    std::string family_spelling;  // "Olson"
  };
  struct OutletForm {
    std::string key;
    std::string spelling;  // as the list writes it
    const Source* source = nullptr;
    std::uint32_t letters = 0;
  };
  struct Candidate {
    std::uint32_t form = 0;
    int cost = 0;
  };

  std::uint32_t add_person_form(std::string_view full, std::string_view family_spelling,
                                const Source& source, std::uint32_t person);
  void add_outlet_form(std::string_view spelling, const Source& source);
  void merge_people();
  void collect_near(const NormalizedName& query, std::vector<Candidate>& out) const;
  PersonMatch finish(const NormalizedName& query, std::vector<Candidate>& candidates,
                     MatchKind kind, std::string_view outlet) const;
  // The person's entry whose outlet is the one the article names, or null.
  const Source* entry_with_outlet(const Person& person, std::string_view outlet) const;

  NameNormalizer normalizer_;
  std::vector<Person> people_;
  std::vector<NameForm> forms_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> forms_by_family_;
  std::unordered_set<std::string> name_tokens_;  // every token of every listed name
  std::vector<OutletForm> outlets_;
  std::unordered_map<std::string, std::uint32_t> outlet_by_key_;
};

}  // namespace citecheck
