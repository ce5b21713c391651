#include "rules/source_attributions.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "src/input/utf8.hpp"
#include "src/text/characters.hpp"

namespace citecheck::rules {

namespace {

struct WordSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::vector<WordSpan> split_words(std::string_view text) {
  std::vector<WordSpan> words;
  std::size_t i = 0;
  std::size_t word_start = std::string_view::npos;
  while (i < text.size()) {
    std::size_t length = 0;
    const char32_t c = utf8::decode(text, i, length);
    if (text::is_space(c)) {
      if (word_start != std::string_view::npos)
        words.push_back({word_start, i});
      word_start = std::string_view::npos;
    } else if (word_start == std::string_view::npos) {
      word_start = i;
    }
    i += length;
  }
  if (word_start != std::string_view::npos)
    words.push_back({word_start, text.size()});
  return words;
}

bool starts_with_capital(std::string_view word) {
  std::size_t i = 0;
  while (i < word.size()) {
    std::size_t length = 0;
    const auto c = static_cast<UChar32>(utf8::decode(word, i, length));
    if (u_isalpha(c))
      return u_isupper(c) || u_istitle(c);
    i += length;
  }
  return false;
}

// Lower-case words that belong inside a name: "Ludwig van Beethoven".
bool is_particle(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kParticles = {
      "al", "bin", "da", "das", "de", "del", "della", "der",
      "di", "dos", "du", "ibn", "la", "le",  "van",   "von"};
  return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

// The end of a name without a possessive or trailing punctuation: "Prahalad’s" → "Prahalad".
std::size_t end_of_name(std::string_view word) {
  for (const std::string_view suffix : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"}) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      word.remove_suffix(suffix.size());
      break;
    }
  }
  while (!word.empty() && (word.back() == ',' || word.back() == ';' || word.back() == ':'))
    word.remove_suffix(1);
  return word.size();
}

std::string_view last_word(std::string_view text) {
  const std::vector<WordSpan> words = split_words(text);
  if (words.empty())
    return {};
  const WordSpan& last = words.back();
  const std::string_view word = text.substr(last.begin, last.end - last.begin);
  return word.substr(0, end_of_name(word));
}

// Of the spellings a name is equally near to, the one the article writes elsewhere: with
// the given names of `written` when it has some ("Harry Ried" → "Harry Reid"), else the
// surname alone. Empty when none or several are written.
std::string spelling_used_elsewhere(std::string_view text, std::string_view written,
                                    const std::vector<std::string>& spellings) {
  const auto only_one_written = [&](auto&& phrase_of) -> std::string {
    const std::string* found = nullptr;
    for (const std::string& spelling : spellings) {
      if (occurrences(text, phrase_of(spelling)) == 0)
        continue;
      if (found != nullptr)
        return {};
      found = &spelling;
    }
    return found != nullptr ? *found : std::string();
  };
  const std::string_view surname = last_word(written);
  const std::size_t given_end = written.rfind(surname);
  if (given_end > 0) {
    const std::string_view given = written.substr(0, given_end);
    std::string by_given = only_one_written([&](const std::string& spelling) {
      return std::string(given) + std::string(last_word(spelling));
    });
    if (!by_given.empty())
      return by_given;
  }
  return only_one_written([](const std::string& spelling) { return last_word(spelling); });
}

// The given names the text writes right before `surname`, folded: "Harry M. Reid" →
// "harry". Honorifics ("Sen. Reid") and initials are passed over.
std::vector<std::string> given_names_before(std::string_view text, std::string_view surname,
                                            const NameNormalizer& normalizer,
                                            const Lexicon& lexicon) {
  std::vector<std::string> given;
  for (std::size_t at = text.find(surname); at != std::string_view::npos;
       at = text.find(surname, at + 1)) {
    if (text::is_word_char(text::code_point_before(text, at)) ||
        text::is_word_char(text::code_point_at(text, at + surname.size()))) {
      continue;
    }
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') {
      std::size_t start = end - 1;
      while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n')
        --start;
      const std::string_view word = text.substr(start, end - 1 - start);
      const bool initial = word.size() == 2 && word[1] == '.';
      if (!initial) {
        const auto last = static_cast<UChar32>(text::code_point_before(word, word.size()));
        std::string folded = normalizer.fold(word);
        // "Senate Republicans", "said Reid", "Trump,” Reid": no given name.
        if (starts_with_capital(word) && u_isalpha(last) && !normalizer.is_honorific(folded) &&
            !lexicon.contains(Lexicon::Section::organisation, word) &&
            !lexicon.contains(Lexicon::Section::not_name, word)) {
          given.push_back(std::move(folded));
        }
        break;
      }
      end = start;
    }
  }
  return given;
}

}  // namespace

std::vector<const Attribution*> distinct_attributions(const FileAnalysis& file) {
  std::vector<const Attribution*> attributions;
  for (const Quotation& quotation : file.quotations) {
    if (quotation.attribution)
      attributions.push_back(&*quotation.attribution);
  }
  for (const Attribution& credit : file.credits)
    attributions.push_back(&credit);
  const auto key = [](const Attribution* a) { return std::pair(a->span.start, a->span.end); };
  std::stable_sort(attributions.begin(), attributions.end(),
                   [&](const Attribution* a, const Attribution* b) { return key(a) < key(b); });
  attributions.erase(std::unique(attributions.begin(), attributions.end(),
                                 [&](const Attribution* a, const Attribution* b) {
                                   return key(a) == key(b) && a->speaker == b->speaker &&
                                          a->outlet == b->outlet;
                                 }),
                     attributions.end());
  return attributions;
}

std::optional<Span> name_span(std::string_view file_bytes, Span speaker,
                              const NameNormalizer& normalizer, std::size_t max_words) {
  const std::string_view text = file_bytes.substr(speaker.start, speaker.size());
  const std::vector<WordSpan> words = split_words(text);
  if (words.empty())
    return std::nullopt;
  const WordSpan& last = words.back();
  const std::size_t name_end =
      last.begin + end_of_name(text.substr(last.begin, last.end - last.begin));
  if (!starts_with_capital(text.substr(last.begin, name_end - last.begin)))
    return std::nullopt;
  std::size_t first = words.size() - 1;
  while (first > 0 && words.size() - first < max_words) {
    const std::string_view before =
        text.substr(words[first - 1].begin, words[first - 1].end - words[first - 1].begin);
    if (!starts_with_capital(before) && !is_particle(before))
      break;
    --first;
  }
  while (first + 1 < words.size()) {
    const std::string_view word =
        text.substr(words[first].begin, words[first].end - words[first].begin);
    if (!normalizer.is_honorific(normalizer.fold(word)) && !is_particle(word))
      break;
    ++first;
  }
  return Span{speaker.start + words[first].begin, speaker.start + name_end};
}

std::optional<Misspelling> person_misspelling(const FileAnalysis& file,
                                              const Attribution& attribution,
                                              const AttributionMatch& match) {
  if (!attribution.speaker_span || attribution.resolved_pronoun)
    return std::nullopt;
  return person_misspelling(file, *attribution.speaker_span, match.person);
}

std::optional<Misspelling> person_misspelling(const FileAnalysis& file, Span words,
                                              const PersonMatch& match) {
  if (match.kind != MatchKind::near)
    return std::nullopt;
  const std::string_view bytes = file.source->bytes();
  const NameNormalizer& normalizer = file.sources->matcher().normalizer();
  std::string suggestion = match.suggestion;
  if (suggestion.empty()) {
    const auto written = name_span(bytes, words, normalizer);
    if (!written)
      return std::nullopt;
    suggestion = spelling_used_elsewhere(bytes, bytes.substr(written->start, written->size()),
                                         match.equally_near);
    if (suggestion.empty())
      return std::nullopt;
  }
  auto name = name_span(bytes, words, normalizer);
  if (!name)
    return std::nullopt;
  if (count_words(bytes.substr(name->start, name->size())) != count_words(suggestion)) {
    // Only the surname is replaced; the given names and initials written stay ("Paul J.
    // Mazur" → "Mozur", not "Paul Paul Mozur").
    name = name_span(bytes, words, normalizer, 1);
    suggestion = std::string(last_word(suggestion));
  }
  const std::string_view written = last_word(bytes.substr(name->start, name->size()));
  const std::string_view listed = last_word(suggestion);
  if (occurrences(bytes, written) >= 2 && occurrences(bytes, listed) == 0)
    return std::nullopt;
  // The article's given names for both spellings tell two people apart: "Ian Read" is
  // not a slip for the "Reid" it calls "Harry M. Reid".
  const std::vector<std::string> written_given =
      given_names_before(bytes, written, normalizer, *file.lexicon);
  const std::vector<std::string> listed_given =
      given_names_before(bytes, listed, normalizer, *file.lexicon);
  const auto same_person = [&](const std::string& given) {
    return std::any_of(listed_given.begin(), listed_given.end(),
                       [&](const std::string& other) { return given_name_fits(given, other); });
  };
  if (!written_given.empty() && !listed_given.empty() &&
      std::none_of(written_given.begin(), written_given.end(), same_person)) {
    return std::nullopt;
  }
  // "Republican" for a listed "Republicans", "Russian" for "Russia": another form of the
  // word, not a slip. A doubled last letter ("Trumpp") is one.
  const auto inflected = [](std::string_view longer, std::string_view word) {
    return longer.size() > word.size() && longer.size() <= word.size() + 2 &&
           longer.starts_with(word) && !word.empty() && longer[word.size()] != word.back();
  };
  if (inflected(written, listed) || inflected(listed, written))
    return std::nullopt;
  return Misspelling{*name, std::move(suggestion)};
}

std::size_t occurrences(std::string_view text, std::string_view word) {
  std::size_t count = 0;
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    count += !text::is_word_char(text::code_point_before(text, at)) &&
             !text::is_word_char(text::code_point_at(text, at + word.size()));
  }
  return count;
}

std::size_t count_words(std::string_view text) {
  return split_words(text).size();
}

std::string_view without_leading_article(std::string_view outlet) {
  for (const std::string_view article : {"The ", "the "}) {
    if (outlet.size() > article.size() && outlet.starts_with(article))
      return outlet.substr(article.size());
  }
  return outlet;
}

Span without_leading_article(std::string_view file_bytes, Span outlet) {
  const std::string_view text = file_bytes.substr(outlet.start, outlet.size());
  return {outlet.end - without_leading_article(text).size(), outlet.end};
}

}  // namespace citecheck::rules
