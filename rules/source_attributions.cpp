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

// How often `word` stands in `text` as a whole word.
std::size_t occurrences(std::string_view text, std::string_view word) {
  std::size_t count = 0;
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    count += !text::is_word_char(text::code_point_before(text, at)) &&
             !text::is_word_char(text::code_point_at(text, at + word.size()));
  }
  return count;
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
  if (match.person.kind != MatchKind::near || match.person.suggestion.empty() ||
      !attribution.speaker_span || attribution.resolved_pronoun) {
    return std::nullopt;
  }
  const std::string_view bytes = file.source->bytes();
  const std::string& suggestion = match.person.suggestion;
  const auto name = name_span(bytes, *attribution.speaker_span,
                              file.sources->matcher().normalizer(), count_words(suggestion));
  if (!name)
    return std::nullopt;
  const std::string_view written = last_word(bytes.substr(name->start, name->size()));
  const std::string_view listed = last_word(suggestion);
  if (occurrences(bytes, written) >= 2 && occurrences(bytes, listed) == 0)
    return std::nullopt;
  // "Republican" for a listed "Republicans": a plural, not a slip.
  const auto plural_of = [](std::string_view plural, std::string_view singular) {
    return plural.size() == singular.size() + 1 && plural.starts_with(singular) &&
           plural.back() == 's';
  };
  if (plural_of(written, listed) || plural_of(listed, written))
    return std::nullopt;
  return Misspelling{*name, suggestion};
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
