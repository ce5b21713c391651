#include "src/sources/name_match.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>

namespace citecheck {
namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// A letter next to its own copy: "Phillips" → "Philips" is the same slip as a typo.
bool is_doubled(std::string_view word, std::size_t i) {
  return (i > 0 && word[i - 1] == word[i]) || (i + 1 < word.size() && word[i + 1] == word[i]);
}

int substitution_cost(char a, char b) {
  if (a == b)
    return 0;
  return is_vowel(a) && is_vowel(b) ? 1 : 3;
}

std::string_view last_word(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == ',' || text.back() == '.')) {
    text.remove_suffix(1);
  }
  const std::size_t space = text.find_last_of(' ');
  return space == std::string_view::npos ? text : text.substr(space + 1);
}

// Given names agree when either side has none, or a given name of the query is the list's
// first given name, its initial, or a short form of it ("Ben" / "Benjamin").
bool given_names_agree(const std::vector<std::string>& query,
                       const std::vector<std::string>& listed) {
  if (query.empty() || listed.empty())
    return true;
  return std::any_of(query.begin(), query.end(), [&](const std::string& given) {
    return given_name_fits(given, listed.front());
  });
}

// "wsj" for "wall street journal", "ft" for "financial times".
bool is_acronym_of(std::string_view acronym, std::string_view key) {
  if (acronym.size() < 2 || acronym.size() > 6 || acronym.find(' ') != std::string_view::npos) {
    return false;
  }
  std::string all;
  std::string significant;
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = key.find(' ', start);
    if (end == std::string_view::npos)
      end = key.size();
    const std::string_view word = key.substr(start, end - start);
    all += word[0];
    if (word != "of" && word != "and" && word != "the" && word != "for")
      significant += word[0];
    start = end + 1;
  }
  return acronym == all || acronym == significant;
}

// Two listings of one person: the first given name of one is a given name of the other
// ("Bernie Sanders", "Vermont Sen. Bernie Sanders"). Initials do not say which person.
bool same_given_name(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty())
    return false;
  const auto names = [](const std::vector<std::string>& given, const std::string& name) {
    return name.size() >= 2 && std::find(given.begin(), given.end(), name) != given.end();
  };
  return names(a, b.front()) || names(b, a.front());
}

// Each edit changes at most two letters of the set, and costs at least 1.
bool may_be_near(std::uint32_t a, std::uint32_t b, int limit) {
  return std::popcount(a ^ b) <= 2 * limit;
}

}  // namespace

std::uint32_t letter_mask(std::string_view word) {
  std::uint32_t mask = 0;
  for (const char c : word) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 'a' && byte <= 'z') {
      mask |= 1U << (byte - 'a');
    } else if (byte >= 0x80) {
      mask |= 1U << (26 + (byte & 3U));
    }
  }
  return mask;
}

bool given_name_fits(std::string_view given, std::string_view listed) {
  if (given.empty() || listed.empty())
    return false;
  if (given == listed)
    return true;
  if ((given.size() == 1 || listed.size() == 1) && given[0] == listed[0])
    return true;
  const std::size_t shorter = std::min(given.size(), listed.size());
  return shorter >= 3 && given.substr(0, shorter) == listed.substr(0, shorter);
}

int near_threshold(std::size_t length) {
  if (length <= 2)
    return 0;
  if (length == 3)
    return 1;
  if (length <= 7)
    return 2;
  if (length <= 11)
    return 3;
  return 4;
}

int name_distance(std::string_view a, std::string_view b, int limit) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  const int length_gap = static_cast<int>(n > m ? n - m : m - n);
  if (length_gap > limit)
    return limit + 1;
  // Three rows: optimal string alignment looks two rows back for transpositions. Names
  // fit on the stack; only longer strings allocate.
  constexpr std::size_t kStackRow = 64;
  std::array<int, 3 * kStackRow> stack_rows{};
  std::vector<int> heap_rows;
  int* rows = stack_rows.data();
  if (m + 1 > kStackRow) {
    heap_rows.resize(3 * (m + 1));
    rows = heap_rows.data();
  }
  const std::size_t stride = m + 1 > kStackRow ? m + 1 : kStackRow;
  int* before = rows;
  int* previous = rows + stride;
  int* current = rows + 2 * stride;
  previous[0] = 0;
  for (std::size_t j = 1; j <= m; ++j)
    previous[j] = previous[j - 1] + (is_doubled(b, j - 1) ? 1 : 2);
  for (std::size_t i = 1; i <= n; ++i) {
    const int deletion = is_doubled(a, i - 1) ? 1 : 2;
    current[0] = previous[0] + deletion;
    int row_min = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      int cost = std::min(previous[j] + deletion, current[j - 1] + (is_doubled(b, j - 1) ? 1 : 2));
      cost = std::min(cost, previous[j - 1] + substitution_cost(a[i - 1], b[j - 1]));
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && a[i - 1] != a[i - 2]) {
        cost = std::min(cost, before[j - 2] + 1);
      }
      current[j] = cost;
      row_min = std::min(row_min, cost);
    }
    if (row_min > limit)
      return limit + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], limit + 1);
}

SourceMatcher::SourceMatcher(const std::vector<Source>& sources) {
  std::unordered_map<std::string, std::uint32_t> person_by_key;
  for (const Source& source : sources) {
    std::vector<std::uint32_t> source_people;
    for (const SourcePerson& person : source.people) {
      std::string full = person.literal;
      std::string family = person.family;
      if (full.empty()) {
        for (const std::string* part : {&person.given, &person.particle, &person.family}) {
          if (part->empty())
            continue;
          if (!full.empty())
            full += ' ';
          full += *part;
        }
      }
      if (family.empty())
        family = std::string(last_word(full));
      const NormalizedName name = normalizer_.person(full);
      if (name.empty())
        continue;
      auto [found, inserted] =
          person_by_key.try_emplace(name.key(), static_cast<std::uint32_t>(people_.size()));
      if (inserted)
        people_.emplace_back();
      source_people.push_back(add_person_form(full, family, source, found->second));
    }
    for (const std::string& alias : source.aliases) {
      // An alias names the person of a one-person entry, else the outlet.
      if (source_people.size() == 1) {
        add_person_form(alias, last_word(alias), source, source_people.front());
      } else {
        add_outlet_form(alias, source);
      }
    }
    add_outlet_form(source.outlet, source);
    add_outlet_form(source.outlet_short, source);
  }
  merge_people();
}

std::uint32_t SourceMatcher::add_person_form(std::string_view full,
                                             std::string_view family_spelling, const Source& source,
                                             std::uint32_t person) {
  NameForm form;
  form.name = normalizer_.person(full);
  if (form.name.empty())
    return person;
  form.person = person;
  form.letters = letter_mask(form.name.family);
  form.german_letters = letter_mask(form.name.family_german);
  form.full_spelling = std::string(full);
  form.family_spelling = std::string(family_spelling);
  name_tokens_.insert(form.name.family);
  for (const std::string& given : form.name.given)
    name_tokens_.insert(given);
  forms_by_family_[form.name.family].push_back(static_cast<std::uint32_t>(forms_.size()));
  forms_.push_back(std::move(form));

  Person& entry = people_[person];
  if (std::find(entry.sources.begin(), entry.sources.end(), &source) == entry.sources.end()) {
    entry.sources.push_back(&source);
    entry.outlet_keys.push_back(normalizer_.outlet(source.outlet));
    entry.outlet_short_keys.push_back(normalizer_.outlet(source.outlet_short));
  }
  return person;
}

void SourceMatcher::add_outlet_form(std::string_view spelling, const Source& source) {
  std::string key = normalizer_.outlet(spelling);
  if (key.empty())
    return;
  const auto index = static_cast<std::uint32_t>(outlets_.size());
  if (outlet_by_key_.try_emplace(key, index).second) {
    const std::uint32_t letters = letter_mask(key);
    outlets_.push_back({std::move(key), std::string(spelling), &source, letters});
  }
}

// One person may be listed under several spellings: "Donald J. Trump" and "Donald Trump"
// (same surname and first given name), or a bare "Trump" when no two listed people are
// called Trump.
void SourceMatcher::merge_people() {
  std::vector<std::uint32_t> parent(people_.size());
  std::iota(parent.begin(), parent.end(), 0U);
  const auto root = [&parent](std::uint32_t person) {
    while (parent[person] != person)
      person = parent[person];
    return person;
  };
  const auto unite = [&](std::uint32_t a, std::uint32_t b) {
    a = root(a);
    b = root(b);
    if (a != b)
      parent[std::max(a, b)] = std::min(a, b);  // the first listed stays
  };
  for (const auto& [family, indices] : forms_by_family_) {
    for (std::size_t a = 0; a < indices.size(); ++a) {
      for (std::size_t b = a + 1; b < indices.size(); ++b) {
        if (same_given_name(forms_[indices[a]].name.given, forms_[indices[b]].name.given)) {
          unite(forms_[indices[a]].person, forms_[indices[b]].person);
        }
      }
    }
    std::uint32_t named = 0;
    std::size_t distinct = 0;
    for (std::uint32_t index : indices) {
      const NameForm& form = forms_[index];
      if (form.name.given.empty() || (distinct > 0 && root(form.person) == root(named)))
        continue;
      named = form.person;
      ++distinct;
    }
    if (distinct != 1)
      continue;
    for (std::uint32_t index : indices) {
      if (forms_[index].name.given.empty())
        unite(forms_[index].person, named);
    }
  }
  for (std::uint32_t person = 0; person < people_.size(); ++person) {
    const std::uint32_t into_index = root(person);
    if (into_index == person)
      continue;
    Person& from = people_[person];
    Person& into = people_[into_index];
    for (std::size_t i = 0; i < from.sources.size(); ++i) {
      if (std::find(into.sources.begin(), into.sources.end(), from.sources[i]) !=
          into.sources.end()) {
        continue;
      }
      into.sources.push_back(from.sources[i]);
      into.outlet_keys.push_back(std::move(from.outlet_keys[i]));
      into.outlet_short_keys.push_back(std::move(from.outlet_short_keys[i]));
    }
    from = Person{};
  }
  for (NameForm& form : forms_)
    form.person = root(form.person);
}

void SourceMatcher::collect_near(const NormalizedName& query, std::vector<Candidate>& out) const {
  // A bare word that is exactly some listed name's token ("Parmy", or another person's
  // surname) is not a misspelling of a third name.
  if (query.given.empty() && name_tokens_.contains(query.family))
    return;
  const std::size_t query_length = query.family.size();
  const std::uint32_t query_letters = letter_mask(query.family);
  const std::uint32_t german_letters = letter_mask(query.family_german);
  for (std::uint32_t index = 0; index < forms_.size(); ++index) {
    const NameForm& form = forms_[index];
    const std::string& family = form.name.family;
    const int limit = near_threshold(std::max(query_length, family.size()));
    if (limit == 0)
      continue;
    // The German spellings add or drop an "e": a cost of 2 at most.
    if (!may_be_near(query_letters, form.letters, limit) &&
        (query.family_german.empty() || !may_be_near(german_letters, form.letters, 2)) &&
        (form.name.family_german.empty() || !may_be_near(query_letters, form.german_letters, 2))) {
      continue;
    }
    int cost = name_distance(query.family, family, limit);
    // Umlaut transliterated one side only (Müller / Mueller): near, never exact.
    if ((!query.family_german.empty() && query.family_german == family) ||
        (!form.name.family_german.empty() && form.name.family_german == query.family)) {
      cost = std::min(cost, 1);
    }
    if (cost == 0 || cost > limit)
      continue;
    if (!given_names_agree(query.given, form.name.given))
      continue;
    out.push_back({index, cost});
  }
}

PersonMatch SourceMatcher::match_person(std::string_view name, std::string_view outlet) const {
  const NormalizedName query = normalizer_.person(name);
  if (query.empty())
    return {};
  std::vector<Candidate> candidates;
  const auto same_family = forms_by_family_.find(query.family);
  if (same_family != forms_by_family_.end()) {
    for (std::uint32_t index : same_family->second) {
      if (given_names_agree(query.given, forms_[index].name.given)) {
        candidates.push_back({index, 0});
      }
    }
    if (!candidates.empty())
      return finish(query, candidates, MatchKind::exact, outlet);
    // The surname is listed with another given name: a different person, unless the
    // given name is itself a slip ("Parmi Olson").
    for (std::uint32_t index : same_family->second) {
      if (forms_[index].name.given.empty())
        continue;
      const std::string& listed = forms_[index].name.given.front();
      for (const std::string& given : query.given) {
        const int limit = near_threshold(std::max(given.size(), listed.size()));
        const int cost = name_distance(given, listed, limit);
        if (limit > 0 && cost <= limit)
          candidates.push_back({index, cost});
      }
    }
    if (candidates.empty())
      return {};
    return finish(query, candidates, MatchKind::near, outlet);
  }
  collect_near(query, candidates);
  if (candidates.empty())
    return {};
  return finish(query, candidates, MatchKind::near, outlet);
}

PersonMatch SourceMatcher::finish(const NormalizedName& query, std::vector<Candidate>& candidates,
                                  MatchKind kind, std::string_view outlet) const {
  int best_cost = candidates.front().cost;
  for (const Candidate& candidate : candidates)
    best_cost = std::min(best_cost, candidate.cost);
  std::erase_if(candidates, [&](const Candidate& c) { return c.cost != best_cost; });
  // "Donald Trump" is the listed "Donald Trump" rather than a bare "Trump" entry.
  const bool any_given = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
    return !forms_[c.form].name.given.empty();
  });
  if (!query.given.empty() && any_given) {
    std::erase_if(candidates,
                  [&](const Candidate& c) { return forms_[c.form].name.given.empty(); });
  }

  PersonMatch result;
  result.kind = kind;
  result.distance = best_cost;
  if (kind == MatchKind::near) {
    // Per person, the listed spelling most like the query ("Donald Trump" rather than
    // "Donald J. Trump" for "Donald Tromp"). Equally near to two people spelt differently:
    // no suggestion is better than a wrong one, and crediting either would be a guess.
    const auto resemblance = [&query](const NameForm& form) {
      int score = 0;
      for (const std::string& given : form.name.given) {
        const bool shared =
            std::find(query.given.begin(), query.given.end(), given) != query.given.end();
        score += shared ? 1 : -1;
      }
      return score;
    };
    std::vector<Candidate> per_person;
    for (const Candidate& candidate : candidates) {
      const auto same = std::find_if(per_person.begin(), per_person.end(), [&](const Candidate& c) {
        return forms_[c.form].person == forms_[candidate.form].person;
      });
      if (same == per_person.end()) {
        per_person.push_back(candidate);
      } else if (resemblance(forms_[candidate.form]) > resemblance(forms_[same->form])) {
        *same = candidate;
      }
    }
    const auto spelling = [&](const Candidate& c) -> const std::string& {
      const NameForm& form = forms_[c.form];
      return query.given.empty() ? form.family_spelling : form.full_spelling;
    };
    std::vector<std::string> folded_spellings;
    for (const Candidate& candidate : per_person) {
      std::string folded = normalizer_.fold(spelling(candidate));
      if (std::find(folded_spellings.begin(), folded_spellings.end(), folded) ==
          folded_spellings.end()) {
        folded_spellings.push_back(std::move(folded));
        result.equally_near.push_back(spelling(candidate));
      }
    }
    if (result.equally_near.size() > 1)
      return result;
    result.suggestion = std::move(result.equally_near.front());
    result.equally_near.clear();
  }

  std::vector<std::uint32_t> people;
  for (const Candidate& candidate : candidates) {
    const std::uint32_t person = forms_[candidate.form].person;
    if (std::find(people.begin(), people.end(), person) == people.end())
      people.push_back(person);
  }
  // Several people of that name: the outlet the article names may single one out.
  if (people.size() > 1 && !outlet.empty()) {
    std::vector<std::uint32_t> at_outlet;
    for (std::uint32_t person : people) {
      if (entry_with_outlet(people_[person], outlet) != nullptr)
        at_outlet.push_back(person);
    }
    if (at_outlet.size() == 1)
      people = std::move(at_outlet);
  }
  for (std::uint32_t person : people) {
    for (const Source* source : people_[person].sources) {
      if (std::find(result.sources.begin(), result.sources.end(), source) == result.sources.end()) {
        result.sources.push_back(source);
      }
    }
  }
  std::sort(result.sources.begin(), result.sources.end());
  if (people.size() > 1) {
    if (kind == MatchKind::exact)
      result.kind = MatchKind::ambiguous;
    return result;
  }

  const Person& person = people_[people.front()];
  result.source = person.sources.front();
  if (outlet.empty())
    return result;
  if (const Source* entry = entry_with_outlet(person, outlet)) {
    result.source = entry;
    return result;
  }
  for (const Source* source : person.sources) {
    if (!source->outlet.empty()) {
      result.outlet_mismatch = true;
      result.expected_outlet = source->outlet;
      result.source = source;
      break;
    }
  }
  return result;
}

const Source* SourceMatcher::entry_with_outlet(const Person& person,
                                               std::string_view outlet) const {
  const std::string key = normalizer_.outlet(outlet);
  if (key.empty())
    return nullptr;
  for (std::size_t i = 0; i < person.sources.size(); ++i) {
    const std::string& title = person.outlet_keys[i];
    const std::string& short_title = person.outlet_short_keys[i];
    if (key == title || key == short_title || is_acronym_of(key, title)) {
      return person.sources[i];
    }
  }
  // A misspelled or aliased outlet that still resolves to one of the person's.
  const OutletMatch match = match_outlet(outlet);
  if (match.source == nullptr)
    return nullptr;
  const std::string matched = normalizer_.outlet(match.source->outlet);
  for (std::size_t i = 0; i < person.sources.size(); ++i) {
    if (person.sources[i] == match.source ||
        (!matched.empty() && person.outlet_keys[i] == matched)) {
      return person.sources[i];
    }
  }
  return nullptr;
}

OutletMatch SourceMatcher::match_outlet(std::string_view name) const {
  const std::string key = normalizer_.outlet(name);
  if (key.empty())
    return {};
  if (const auto found = outlet_by_key_.find(key); found != outlet_by_key_.end()) {
    return {MatchKind::exact, outlets_[found->second].source, {}};
  }
  const OutletForm* acronym_of = nullptr;
  for (const OutletForm& form : outlets_) {
    if (!is_acronym_of(key, form.key))
      continue;
    if (acronym_of != nullptr && acronym_of->source->outlet != form.source->outlet) {
      return {MatchKind::ambiguous, nullptr, {}};
    }
    acronym_of = &form;
  }
  if (acronym_of != nullptr)
    return {MatchKind::exact, acronym_of->source, {}};

  const OutletForm* best = nullptr;
  int best_cost = 0;
  bool tie = false;
  const std::uint32_t letters = letter_mask(key);
  for (const OutletForm& form : outlets_) {
    // Acronyms and short names ("CNN", "CNBC") are too short to be misspelt safely.
    const std::size_t length = std::max(key.size(), form.key.size());
    const int limit = length <= 4 ? 0 : near_threshold(length);
    if (limit == 0 || !may_be_near(letters, form.letters, limit))
      continue;
    const int cost = name_distance(key, form.key, limit);
    if (cost > limit)
      continue;
    if (best == nullptr || cost < best_cost) {
      best = &form;
      best_cost = cost;
      tie = false;
    } else if (cost == best_cost && form.spelling != best->spelling) {
      tie = true;
    }
  }
  if (best == nullptr || tie)
    return {};
  return {MatchKind::near, best->source, best->spelling};
}

}  // namespace citecheck
