#include "src/lexicon/lexicon.hpp"

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>

#include "src/core/errors.hpp"
#include "src/data/embedded.hpp"

namespace citecheck {

namespace {

constexpr std::array<std::string_view, Lexicon::kSectionCount> kSectionNames = {
    "speech-verbs",
    "according-to",
    "as",
    "put-it",
    "term-nouns",
    "credits",
    "source-notes",
    "pronouns",
    "honorifics",
    "particles",
    "determiners",
    "adverbs",
    "organisations",
    "not-names",
    "abbreviations",
    "function-words",
    "impersonal-pronouns",
    "according-to-name",
    "masculine",
    "feminine",
};

constexpr std::array<std::string_view, 3> kEmbeddedLanguages = {"en", "de", "fr"};

// Bytes that continue a word: ASCII letters and digits, and the bytes of non-ASCII
// letters. U+0080..U+00BF (lead byte C2: no-break space, «, ») and U+2000..U+2FFF (lead
// byte E2: dashes, curly quotes, ellipsis) are punctuation.
constexpr std::array<bool, 256> kWordBytes = [] {
  std::array<bool, 256> table{};
  for (std::size_t byte = 0; byte < table.size(); ++byte) {
    table[byte] = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                  (byte >= '0' && byte <= '9') || (byte >= 0x80 && byte != 0xC2 && byte != 0xE2);
  }
  return table;
}();

bool is_word_byte(unsigned char byte) {
  return kWordBytes[byte];
}

// Entries are indexed by their leading run of word bytes, the part every match shares.
std::string_view leading_word(std::string_view text) {
  std::size_t length = 0;
  while (length < text.size() && is_word_byte(static_cast<unsigned char>(text[length]))) {
    ++length;
  }
  return text.substr(0, length);
}

char to_lower_ascii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// A word's hash is its bytes after the first (shared by the spelling as written and the
// one with a lowered capital), finished with the first byte.
constexpr std::uint64_t kHashSeed = 0xCBF29CE484222325ull;
std::uint64_t hash_byte(std::uint64_t hash, char byte) {
  return (hash ^ static_cast<unsigned char>(byte)) * 0x100000001B3ull;
}

std::uint64_t hash_tail(std::string_view word) {
  std::uint64_t hash = kHashSeed;
  for (std::size_t index = 1; index < word.size(); ++index)
    hash = hash_byte(hash, word[index]);
  return hash;
}

std::uint64_t finish_hash(std::uint64_t tail, char first) {
  const std::uint64_t hash = (tail ^ static_cast<unsigned char>(first)) * 0x9E3779B97F4A7C15ull;
  return hash ^ (hash >> 29);
}

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos)
    return {};
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

}  // namespace

std::string_view Lexicon::section_name(Section section) {
  return kSectionNames[static_cast<std::size_t>(section)];
}

Lexicon Lexicon::parse(std::string_view text, std::string_view origin) {
  Lexicon lexicon;
  lexicon.add_file(text, origin);
  lexicon.index_words();
  return lexicon;
}

void Lexicon::add_file(std::string_view text, std::string_view origin) {
  std::optional<Section> section;
  std::size_t line_number = 0;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
    ++line_number;
    // `#` starts a comment only at a word start, so that entries may contain `#`.
    for (std::size_t hash = line.find('#'); hash != std::string_view::npos;
         hash = line.find('#', hash + 1)) {
      if (hash == 0 || line[hash - 1] == ' ' || line[hash - 1] == '\t') {
        line = line.substr(0, hash);
        break;
      }
    }
    line = trim(line);
    if (line.empty())
      continue;
    const auto fail = [&](const std::string& message) {
      throw InputError(std::string(origin) + ":" + std::to_string(line_number) + ": " + message);
    };
    if (line.front() == '[') {
      if (line.back() != ']')
        fail("section header must end with ']'");
      const std::string_view name = trim(line.substr(1, line.size() - 2));
      const auto found = std::find(kSectionNames.begin(), kSectionNames.end(), name);
      if (found == kSectionNames.end())
        fail("unknown section [" + std::string(name) + "]");
      section = static_cast<Section>(found - kSectionNames.begin());
      continue;
    }
    if (!section)
      fail("entry before the first [section] header");
    if (leading_word(line).empty())
      fail("entry must start with a letter or digit");
    if (line.find("  ") != std::string_view::npos)
      fail("entry has two spaces in a row");
    add(*section, std::string(line));
  }
}

Lexicon Lexicon::load_file(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file)
    throw InputError(path.string() + ": cannot read lexicon file");
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return parse(bytes.str(), path.string());
}

Lexicon Lexicon::load_embedded(std::string_view language) {
  const auto embedded = [](std::string_view each) {
    const std::string name = std::string(each) + ".txt";
    const std::optional<std::string_view> bytes = find_embedded_file(name);
    if (!bytes)
      throw InputError("no built-in lexicon for language '" + std::string(each) + "'");
    return std::pair{*bytes, name};
  };
  Lexicon lexicon;
  if (language == "all") {
    // Entries merged in language order, indexed once.
    for (const std::string_view each : kEmbeddedLanguages) {
      const auto [bytes, name] = embedded(each);
      lexicon.add_file(bytes, name);
    }
  } else {
    const auto [bytes, name] = embedded(language);
    lexicon.add_file(bytes, name);
  }
  lexicon.index_words();
  return lexicon;
}

void Lexicon::add(Section section, std::string entry) {
  std::vector<std::string>& table = tables_[static_cast<std::size_t>(section)];
  // Loading only: a few hundred entries per section.
  if (std::find(table.begin(), table.end(), entry) == table.end())
    table.push_back(std::move(entry));
}

void Lexicon::index_words() {
  words_.clear();
  candidates_.clear();
  slots_.assign(64, Slot{});
  // Candidates per word, grouped by section in section order, in entry order.
  std::vector<std::vector<Candidate>> grouped;
  const auto place = [&](std::uint32_t word) {
    const std::uint64_t hash = words_[word].hash;
    std::size_t slot = hash & (slots_.size() - 1);
    while (slots_[slot].word != kNoWord)
      slot = (slot + 1) & (slots_.size() - 1);
    slots_[slot] = Slot{static_cast<std::uint32_t>(hash >> 32), word};
  };
  const auto insert = [&](std::string_view word) -> std::uint32_t {
    const std::uint64_t hash = finish_hash(hash_tail(word), word.front());
    if (const std::uint32_t found = find_word(word, hash, word.front()); found != kNoWord)
      return found;
    const auto added = static_cast<std::uint32_t>(words_.size());
    words_.push_back(Word{hash, std::string(word), 0, 0, 0});
    grouped.emplace_back();
    if (4 * words_.size() > slots_.size()) {
      slots_.assign(2 * slots_.size(), Slot{});
      for (std::uint32_t index = 0; index < words_.size(); ++index)
        place(index);
    } else {
      place(added);
    }
    return added;
  };
  for (std::size_t section = 0; section < kSectionCount; ++section) {
    const std::vector<std::string>& table = tables_[section];
    first_bytes_[section].reset();
    for (std::size_t entry = 0; entry < table.size(); ++entry) {
      first_bytes_[section].set(static_cast<unsigned char>(table[entry].front()));
      const std::uint32_t word = insert(leading_word(table[entry]));
      words_[word].sections |= bit(static_cast<Section>(section));
      grouped[word].push_back({static_cast<Section>(section), static_cast<std::uint32_t>(entry)});
    }
  }
  for (std::size_t word = 0; word < words_.size(); ++word) {
    std::vector<Candidate>& group = grouped[word];
    // The longest entry wins: try longer ones first, in file order among equals.
    std::stable_sort(group.begin(), group.end(), [&](Candidate a, Candidate b) {
      if (a.section != b.section)
        return a.section < b.section;
      return tables_[static_cast<std::size_t>(a.section)][a.entry].size() >
             tables_[static_cast<std::size_t>(b.section)][b.entry].size();
    });
    words_[word].first_candidate = static_cast<std::uint32_t>(candidates_.size());
    words_[word].candidate_count = static_cast<std::uint32_t>(group.size());
    candidates_.insert(candidates_.end(), group.begin(), group.end());
  }
}

std::uint32_t Lexicon::find_word(std::string_view word, std::uint64_t hash, char first) const {
  const auto tag = static_cast<std::uint32_t>(hash >> 32);
  for (std::size_t slot = hash & (slots_.size() - 1);; slot = (slot + 1) & (slots_.size() - 1)) {
    const Slot& probe = slots_[slot];
    if (probe.word == kNoWord)
      return kNoWord;
    if (probe.tag != tag)
      continue;
    const Word& candidate = words_[probe.word];
    if (candidate.hash == hash && candidate.text.size() == word.size() &&
        candidate.text.front() == first &&
        std::equal(word.begin() + 1, word.end(), candidate.text.begin() + 1)) {
      return probe.word;
    }
  }
}

const std::vector<std::string>& Lexicon::entries(Section section) const {
  return tables_[static_cast<std::size_t>(section)];
}

bool Lexicon::contains(Section section, std::string_view entry) const {
  const std::string_view key = leading_word(entry);
  if (key.empty())
    return false;
  const std::uint32_t word = find_word(key, finish_hash(hash_tail(key), key.front()), key.front());
  if (word == kNoWord)
    return false;
  const std::vector<std::string>& table = tables_[static_cast<std::size_t>(section)];
  const Word& found = words_[word];
  for (std::uint32_t index = 0; index < found.candidate_count; ++index) {
    const Candidate candidate = candidates_[found.first_candidate + index];
    if (candidate.section == section && table[candidate.entry] == entry)
      return true;
  }
  return false;
}

Lexicon::FirstWord Lexicon::first_word(std::string_view text) const {
  FirstWord result;
  if (text.empty() || !is_word_byte(static_cast<unsigned char>(text.front())))
    return result;
  // The word's end and its hash in one pass: this runs for most words of the prose.
  std::uint64_t tail = kHashSeed;
  std::size_t length = 1;
  while (length < text.size() && is_word_byte(static_cast<unsigned char>(text[length])))
    tail = hash_byte(tail, text[length++]);
  const std::string_view key = text.substr(0, length);
  result.exact_ = find_word(key, finish_hash(tail, key.front()), key.front());
  if (result.exact_ != kNoWord)
    result.exact_sections_ = words_[result.exact_].sections;
  if (key.front() >= 'A' && key.front() <= 'Z') {
    const char lowered = to_lower_ascii(key.front());
    result.lowered_ = find_word(key, finish_hash(tail, lowered), lowered);
    if (result.lowered_ != kNoWord)
      result.lowered_sections_ = words_[result.lowered_].sections;
  }
  return result;
}

std::size_t Lexicon::match_word(std::uint32_t word, Section section, std::string_view text,
                                char first) const {
  const Word& found = words_[word];
  if ((found.sections & bit(section)) == 0)
    return 0;
  const std::vector<std::string>& table = tables_[static_cast<std::size_t>(section)];
  for (std::uint32_t index = 0; index < found.candidate_count; ++index) {
    const Candidate candidate = candidates_[found.first_candidate + index];
    if (candidate.section != section)
      continue;
    const std::string& entry = table[candidate.entry];
    if (entry.size() > text.size() || entry.front() != first ||
        text.substr(1, entry.size() - 1) != std::string_view(entry).substr(1))
      continue;
    const bool at_boundary = text.size() == entry.size() ||
                             !is_word_byte(static_cast<unsigned char>(entry.back())) ||
                             !is_word_byte(static_cast<unsigned char>(text[entry.size()]));
    if (at_boundary)
      return entry.size();
  }
  return 0;
}

std::size_t Lexicon::match(const FirstWord& word, Section section, std::string_view text,
                           bool exact_case) const {
  if (word.exact_ != kNoWord) {
    if (const std::size_t length = match_word(word.exact_, section, text, text.front()))
      return length;
  }
  // Sentence-initial capital: `Said Holmes`, `According to`. Only the first byte differs.
  if (exact_case || word.lowered_ == kNoWord)
    return 0;
  return match_word(word.lowered_, section, text, to_lower_ascii(text.front()));
}

std::size_t Lexicon::match(Section section, std::string_view text, bool exact_case) const {
  return match(first_word(text), section, text, exact_case);
}

}  // namespace citecheck
