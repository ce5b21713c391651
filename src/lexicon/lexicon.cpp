#include "src/lexicon/lexicon.hpp"

#include <algorithm>
#include <cstring>
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
};

constexpr std::array<std::string_view, 3> kEmbeddedLanguages = {"en", "de", "fr"};

// Bytes that continue a word: ASCII letters and digits, and the bytes of non-ASCII
// letters. U+0080..U+00BF (lead byte C2: no-break space, «, ») and U+2000..U+2FFF (lead
// byte E2: dashes, curly quotes, ellipsis) are punctuation.
bool is_word_byte(unsigned char byte) {
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9') || (byte >= 0x80 && byte != 0xC2 && byte != 0xE2);
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
    lexicon.add(*section, std::string(line));
  }
  return lexicon;
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
  if (language == "all") {
    Lexicon merged;
    for (const std::string_view each : kEmbeddedLanguages)
      merged.merge(load_embedded(each));
    return merged;
  }
  const std::string name = std::string(language) + ".txt";
  const std::optional<std::string_view> bytes = find_embedded_file(name);
  if (!bytes)
    throw InputError("no built-in lexicon for language '" + std::string(language) + "'");
  return parse(*bytes, name);
}

void Lexicon::merge(const Lexicon& other) {
  for (std::size_t index = 0; index < kSectionCount; ++index) {
    for (const std::string& entry : other.tables_[index].entries) {
      add(static_cast<Section>(index), entry);
    }
  }
}

void Lexicon::add(Section section, std::string entry) {
  Table& table = tables_[static_cast<std::size_t>(section)];
  if (contains(section, entry))
    return;
  const std::string key(leading_word(entry));
  first_word_sections_[key] |= bit(section);
  table.entries.push_back(std::move(entry));
  table.first_bytes[static_cast<unsigned char>(table.entries.back().front())] = true;
  std::vector<std::size_t>& candidates = table.by_first_word[key];
  candidates.push_back(table.entries.size() - 1);
  std::stable_sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
    return table.entries[a].size() > table.entries[b].size();
  });
}

const std::vector<std::string>& Lexicon::entries(Section section) const {
  return tables_[static_cast<std::size_t>(section)].entries;
}

bool Lexicon::contains(Section section, std::string_view entry) const {
  const Table& table = tables_[static_cast<std::size_t>(section)];
  const auto found = table.by_first_word.find(leading_word(entry));
  if (found == table.by_first_word.end())
    return false;
  return std::any_of(found->second.begin(), found->second.end(),
                     [&](std::size_t index) { return table.entries[index] == entry; });
}

std::uint32_t Lexicon::sections_starting_with(std::string_view text, bool lowered) const {
  std::string_view key = leading_word(text);
  std::array<char, 64> buffer;
  if (lowered) {
    if (key.empty() || key.size() > buffer.size() || key.front() < 'A' || key.front() > 'Z')
      return 0;
    std::copy(key.begin(), key.end(), buffer.begin());
    buffer[0] = to_lower_ascii(buffer[0]);
    key = std::string_view(buffer.data(), key.size());
  }
  const auto found = first_word_sections_.find(key);
  return found == first_word_sections_.end() ? 0 : found->second;
}

std::size_t Lexicon::WordHash::operator()(std::string_view word) const noexcept {
  // Words are short: mix the length and up to eight bytes from each end.
  std::uint64_t head = 0;
  std::uint64_t tail = 0;
  const std::size_t count = std::min<std::size_t>(word.size(), 8);
  std::memcpy(&head, word.data(), count);
  std::memcpy(&tail, word.data() + word.size() - count, count);
  const std::uint64_t mixed =
      (head ^ (tail * 0x9E3779B97F4A7C15ull) ^ word.size()) * 0xFF51AFD7ED558CCDull;
  return static_cast<std::size_t>(mixed ^ (mixed >> 32));
}

std::size_t Lexicon::match_exact(const Table& table, std::string_view text, char first) const {
  if (!table.first_bytes[static_cast<unsigned char>(first)])
    return 0;
  std::string_view key = leading_word(text);
  std::array<char, 64> lowered;
  if (first != text.front()) {
    if (key.empty() || key.size() > lowered.size())
      return 0;
    std::copy(key.begin(), key.end(), lowered.begin());
    lowered[0] = first;
    key = std::string_view(lowered.data(), key.size());
  }
  const auto found = table.by_first_word.find(key);
  if (found == table.by_first_word.end())
    return 0;
  for (const std::size_t index : found->second) {
    const std::string& entry = table.entries[index];
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

std::size_t Lexicon::match(Section section, std::string_view text, bool exact_case) const {
  const Table& table = tables_[static_cast<std::size_t>(section)];
  if (text.empty() || table.entries.empty())
    return 0;
  if (const std::size_t length = match_exact(table, text, text.front()))
    return length;
  if (exact_case || text.front() < 'A' || text.front() > 'Z')
    return 0;
  // Sentence-initial capital: `Said Holmes`, `According to`. Only the first byte differs.
  return match_exact(table, text, to_lower_ascii(text.front()));
}

}  // namespace citecheck
