#include "src/sources/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "src/data/embedded.hpp"

namespace citecheck {
namespace {

// Name particles: part of a family name as written ("van Gogh") but not a given name.
constexpr std::array<std::string_view, 21> kParticles = {
    "al",  "bin", "da",  "das", "de", "del", "della", "der", "den", "di", "do",
    "dos", "du",  "ibn", "la",  "le", "ten", "ter",   "van", "von", "y"};

bool is_particle(std::string_view folded) {
  return std::find(kParticles.begin(), kParticles.end(), folded) != kParticles.end();
}

bool is_generational_suffix(std::string_view folded) {
  return folded == "jr" || folded == "sr" || folded == "ii" || folded == "iii" || folded == "iv" ||
         folded == "phd" || folded == "md" || folded == "esq";
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

void append_utf8(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out.append(buffer, static_cast<std::size_t>(length));
}

// Letters that NFD does not decompose but an English reader sees as a plain letter.
const char* ascii_for_special_letter(UChar32 c) {
  switch (c) {
    case 0x00F8:
      return "o";  // ø
    case 0x0111:
      return "d";  // đ
    case 0x0142:
      return "l";  // ł
    case 0x00E6:
      return "ae";  // æ
    case 0x0153:
      return "oe";  // œ
    case 0x00FE:
      return "th";  // þ
    case 0x00F0:
      return "d";  // ð
    case 0x0131:
      return "i";  // dotless i
    case 0x0127:
      return "h";  // ħ
    default:
      return nullptr;
  }
}

bool is_space(UChar32 c) {
  return u_isUWhiteSpace(c) != 0;
}

// Splits `text` at white space and commas, UTF-8 aware.
std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t word_start = -1;
  int32_t offset = 0;
  while (offset < length) {
    const int32_t start = offset;
    UChar32 c = 0;
    U8_NEXT(bytes, offset, length, c);
    const bool separator = c == ',' || c == ';' || (c >= 0 && is_space(c));
    if (separator) {
      if (word_start >= 0) {
        words.push_back(text.substr(static_cast<std::size_t>(word_start),
                                    static_cast<std::size_t>(start - word_start)));
      }
      word_start = -1;
    } else if (word_start < 0) {
      word_start = start;
    }
  }
  if (word_start >= 0)
    words.push_back(text.substr(static_cast<std::size_t>(word_start)));
  return words;
}

bool starts_with_capital(std::string_view word) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  int32_t offset = 0;
  while (offset < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, offset, length, c);
    if (c < 0)
      return false;
    if (u_isalpha(c))
      return u_isupper(c) || u_istitle(c);
  }
  return false;
}

// 2–3 ASCII capitals ("CK", "JFK"): initials written without periods.
bool is_run_of_initials(std::string_view word) {
  if (word.size() < 2 || word.size() > 3)
    return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool all_letters_upper(std::string_view word) {
  return std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string_view strip_possessive(std::string_view word) {
  for (std::string_view suffix : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99S", "'S"}) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      return word.substr(0, word.size() - suffix.size());
    }
  }
  // "Jones’", "Jones'": the possessive of a name ending in s.
  for (std::string_view suffix : {"\xE2\x80\x99", "'"}) {
    if (word.size() > suffix.size() + 1 && word.ends_with(suffix) &&
        ascii_lower(word[word.size() - suffix.size() - 1]) == 's') {
      return word.substr(0, word.size() - suffix.size());
    }
  }
  return word;
}

std::vector<std::string> load_honorifics() {
  const std::optional<std::string_view> file = find_embedded_file("honorifics.txt");
  if (!file)
    throw std::logic_error("honorifics.txt is not embedded");
  std::vector<std::string> words;
  std::string_view rest = *file;
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    line = line.substr(0, line.find('#'));
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
      line.remove_prefix(1);
    if (!line.empty())
      words.emplace_back(line);
  }
  std::sort(words.begin(), words.end());
  return words;
}

}  // namespace

std::string NormalizedName::key() const {
  std::string key;
  for (const std::string& name : given) {
    key += name;
    key += ' ';
  }
  key += family;
  return key;
}

NameNormalizer::NameNormalizer() : honorifics_(load_honorifics()) {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_casefold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  nfd_ = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status))
    throw std::runtime_error("ICU normalizer data is missing");
}

bool NameNormalizer::is_honorific(std::string_view folded_token) const {
  return std::binary_search(honorifics_.begin(), honorifics_.end(), folded_token);
}

std::string NameNormalizer::fold(std::string_view text) const {
  std::string out;
  fold_into(text, false, out);
  return out;
}

std::string NameNormalizer::fold_german(std::string_view text) const {
  std::string out;
  fold_into(text, true, out);
  return out;
}

void NameNormalizer::fold_into(std::string_view text, bool german, std::string& out) const {
  out.clear();
  bool pending_space = false;
  const bool ascii = std::all_of(text.begin(), text.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    out.reserve(text.size());
    for (char c : text) {
      if (is_ascii_alnum(c)) {
        if (pending_space && !out.empty())
          out += ' ';
        pending_space = false;
        out += ascii_lower(c);
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pending_space = true;
      }
    }
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded =
      nfkc_casefold_->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                    text.data(), static_cast<int32_t>(text.size()))),
                                status);
  if (german) {
    folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00E4)), u"ae");
    folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00F6)), u"oe");
    folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00FC)), u"ue");
  }
  const icu::UnicodeString decomposed = nfd_->normalize(folded, status);
  if (U_FAILURE(status))
    return;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (is_space(c)) {
      pending_space = true;
      continue;
    }
    if (u_charType(c) == U_NON_SPACING_MARK)
      continue;
    const char* special = ascii_for_special_letter(c);
    if (special == nullptr && !u_isalnum(c))
      continue;
    if (pending_space && !out.empty())
      out += ' ';
    pending_space = false;
    if (special != nullptr) {
      out += special;
    } else {
      append_utf8(out, c);
    }
  }
}

NormalizedName NameNormalizer::person(std::string_view name) const {
  std::vector<std::string_view> words = split_words(name);
  if (!words.empty())
    words.back() = strip_possessive(words.back());

  // Periods separate initials: "C.K." is "C" "K".
  std::vector<std::string_view> parts;
  for (std::string_view word : words) {
    while (!word.empty()) {
      const std::size_t dot = word.find('.');
      if (dot != 0)
        parts.push_back(word.substr(0, dot));
      if (dot == std::string_view::npos)
        break;
      word.remove_prefix(dot + 1);
    }
  }

  struct Part {
    std::string folded;
    std::string_view raw;
  };
  std::vector<Part> folded;
  folded.reserve(parts.size());
  for (std::string_view part : parts) {
    std::string text = fold(part);
    if (!text.empty())
      folded.push_back({std::move(text), part});
  }
  while (folded.size() > 1 && is_generational_suffix(folded.back().folded))
    folded.pop_back();
  if (folded.empty())
    return {};

  // Capitals mark where the name starts ("former Sen. Ted Cruz"); particles may be lower case.
  std::size_t first = 0;
  if (starts_with_capital(folded.back().raw)) {
    first = folded.size() - 1;
    while (first > 0 &&
           (starts_with_capital(folded[first - 1].raw) || is_particle(folded[first - 1].folded))) {
      --first;
    }
  }

  NormalizedName result;
  const Part& family = folded.back();
  result.family = family.folded;
  std::string german = fold_german(family.raw);
  if (german != result.family)
    result.family_german = std::move(german);
  const bool written_in_capitals = all_letters_upper(family.raw);
  for (std::size_t i = first; i + 1 < folded.size(); ++i) {
    const Part& part = folded[i];
    if (is_honorific(part.folded) || is_particle(part.folded))
      continue;
    if (!written_in_capitals && is_run_of_initials(part.raw)) {
      for (char letter : part.folded)
        result.given.emplace_back(1, letter);
    } else {
      result.given.push_back(part.folded);
    }
  }
  return result;
}

std::string NameNormalizer::outlet(std::string_view name) const {
  std::string with_and;
  with_and.reserve(name.size() + 8);
  for (char c : name) {
    if (c == '&') {
      with_and += " and ";
    } else {
      with_and += c;
    }
  }
  std::string folded = fold(with_and);
  if (folded.starts_with("the "))
    folded.erase(0, 4);
  return folded;
}

}  // namespace citecheck
