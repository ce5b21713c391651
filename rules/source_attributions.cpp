#include "rules/source_attributions.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "src/attribution/sentences.hpp"
#include "src/input/utf8.hpp"
#include "src/sources/align.hpp"
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

// The quotations (ordered by start) that start within `range`, in file offsets.
std::span<const Quotation> quotations_within(const FileAnalysis& file, Span range) {
  const std::vector<Quotation>& all = file.quotations;
  const auto starts_before = [](const Quotation& quotation, std::size_t offset) {
    return quotation.span.start < offset;
  };
  const auto first = std::lower_bound(all.begin(), all.end(), range.start, starts_before);
  const auto last = std::lower_bound(first, all.end(), range.end, starts_before);
  return {first, last};
}

// Whether `words`, a capitalised word or run of them, names `source`: as a person the
// list resolves to the entry, or as its outlet.
bool names_source(std::string_view words, const Source& source, const SourceMatcher& matcher) {
  const PersonMatch person = matcher.match_person(words);
  if ((person.kind == MatchKind::exact || person.kind == MatchKind::ambiguous) &&
      std::find(person.sources.begin(), person.sources.end(), &source) != person.sources.end()) {
    return true;
  }
  const NameNormalizer& normalizer = matcher.normalizer();
  const std::string written = normalizer.outlet(without_leading_article(words));
  const std::array<const std::string*, 2> outlets = {&source.outlet, &source.outlet_short};
  return std::any_of(outlets.begin(), outlets.end(), [&](const std::string* outlet) {
    return !outlet->empty() && normalizer.outlet(without_leading_article(*outlet)) == written;
  });
}

// Whether the prose [begin, end) names `source` outside the `quoted` spans (sorted): each
// capitalised word, and each run of them ("Valley Courier"), is tried.
bool prose_names_source(std::string_view text, std::size_t begin, std::size_t end,
                        const std::vector<Span>& quoted, const Source& source,
                        const SourceMatcher& matcher) {
  auto next_quoted = quoted.begin();
  std::size_t run_start = std::string_view::npos;
  std::size_t run_end = 0;
  const auto run_names = [&] {
    return run_start != std::string_view::npos &&
           names_source(text.substr(run_start, run_end - run_start), source, matcher);
  };
  std::size_t i = begin;
  while (i < end) {
    while (next_quoted != quoted.end() && next_quoted->end <= i)
      ++next_quoted;
    if (next_quoted != quoted.end() && next_quoted->start <= i) {
      if (run_names())
        return true;
      run_start = std::string_view::npos;
      i = next_quoted->end;
      continue;
    }
    if (!text::is_word_char(text::code_point_at(text, i))) {
      std::size_t length = 0;
      const char32_t c = utf8::decode(text, i, length);
      // A run of capitalised words goes on across spaces only.
      if (c != U' ' && c != 0xA0) {
        if (run_names())
          return true;
        run_start = std::string_view::npos;
      }
      i += length;
      continue;
    }
    // A word: letters and digits, with apostrophes and hyphens inside ("O’Neil’s").
    std::size_t word_end = i;
    while (word_end < end) {
      std::size_t length = 0;
      const char32_t c = utf8::decode(text, word_end, length);
      const bool joins = (c == U'\'' || c == 0x2019 || c == U'-') &&
                         text::is_word_char(text::code_point_at(text, word_end + length));
      if (!text::is_word_char(c) && !joins)
        break;
      word_end += length;
    }
    const std::string_view word = text.substr(i, word_end - i);
    if (starts_with_capital(word)) {
      if (names_source(word, source, matcher))
        return true;
      if (run_start == std::string_view::npos)
        run_start = i;
      run_end = word_end;
    } else {
      if (run_names())
        return true;
      run_start = std::string_view::npos;
    }
    i = word_end;
  }
  return run_names();
}

// Where the article may say whose words a quotation are: the prose of its sentence (its
// outermost quotation's), and, for a credit the linker drew from outside that sentence (a
// resolved pronoun, the speaker of the sentence before or after), of the sentences before
// and after it too; and the quotations of the paragraph, whose words are not the
// article's own.
struct QuoteContext {
  Span prose;
  std::vector<Span> quoted;
};

QuoteContext quote_context(const FileAnalysis& file, const Quotation& quotation) {
  const std::string_view text = file.article->text();
  // Outermost quotations are disjoint: the one holding this one is the last to start at
  // or before it.
  const Quotation* outermost = &quotation;
  const std::span<const Quotation> before =
      quotations_within(file, Span{0, quotation.span.start + 1});
  for (auto other = before.rbegin(); other != before.rend(); ++other) {
    if (other->depth != 0)
      continue;
    if (other->prose.start <= quotation.prose.start && quotation.prose.end <= other->prose.end)
      outermost = &*other;
    break;
  }
  const Span paragraph{text::paragraph_start(text, outermost->prose.start, 0),
                       text::paragraph_end(text, outermost->prose.end)};
  QuoteContext context;
  std::vector<attribution::QuoteUnit> units;
  for (const Quotation& other : quotations_within(file, file.article->to_original(paragraph))) {
    if (other.depth != 0 || other.prose.start < paragraph.start ||
        other.prose.end > paragraph.end) {
      continue;
    }
    const std::size_t close = other.close ? other.close->glyph.size() : 0;
    const std::size_t start = other.prose.start - paragraph.start;
    const std::size_t end = other.prose.end - paragraph.start;
    units.push_back({start, end, std::max(start, end - std::min(close, end - start))});
    context.quoted.push_back(other.prose);
  }
  const std::string_view prose = text.substr(paragraph.start, paragraph.size());
  const std::vector<std::size_t> starts = attribution::sentence_starts(prose, units, *file.lexicon);
  const auto sentence_begin = [&](std::size_t index) { return paragraph.start + starts[index]; };
  const auto sentence_end = [&](std::size_t index) {
    return index + 1 < starts.size() ? paragraph.start + starts[index + 1] : paragraph.end;
  };
  const std::size_t own = static_cast<std::size_t>(
      std::upper_bound(starts.begin(), starts.end(), outermost->prose.start - paragraph.start) -
      starts.begin() - 1);
  std::size_t first = own;
  std::size_t last = own;
  const Attribution& credit = *quotation.attribution;
  const Span sentence = file.article->to_original(Span{sentence_begin(own), sentence_end(own)});
  if (credit.resolved_pronoun || credit.span.start < sentence.start ||
      credit.span.end > sentence.end) {
    first = own > 0 ? own - 1 : own;
    last = std::min(own + 1, starts.size() - 1);
  }
  context.prose = {sentence_begin(first), sentence_end(last)};
  return context;
}

}  // namespace

namespace {

// The verdict on a quotation's part with its diffs moved into the quotation's offsets.
QuoteCheck shifted(QuoteCheck verdict, std::size_t by) {
  for (WordDiff& diff : verdict.match.alignment.diffs) {
    diff.article_begin += by;
    diff.article_end += by;
  }
  verdict.match.alignment.covered_begin += by;
  verdict.match.alignment.covered_end += by;
  return verdict;
}

// Checks the parts of one quotation's text (see check_own_words).
class OwnWordsCheck {
 public:
  OwnWordsCheck(const FileAnalysis& file, const Quotation& quotation,
                std::span<const std::size_t> candidates)
      : file_(file), text_(quotation.text), candidates_(candidates) {
    std::size_t cursor = 0;
    for (const Quotation& inner : quotations_within(file, quotation.span)) {
      if (inner.depth != quotation.depth + 1 || inner.span.start <= quotation.span.start ||
          inner.span.end > quotation.span.end || inner.text.empty()) {
        continue;
      }
      const std::size_t at = text_.find(inner.text, cursor);
      if (at == std::string_view::npos)
        continue;
      cursor = at + inner.text.size();
      inner_.push_back({at, cursor});
    }
  }

  // The verdict on text_[begin, end), its diffs in offsets of text_.
  QuoteCheck check(std::size_t begin, std::size_t end) const {
    QuoteCheck whole = shifted(
        file_.sources->check_quotation(text_.substr(begin, end - begin), candidates_), begin);
    if (whole.kind == QuoteCheck::Kind::found) {
      // Words past an excerpt's ends may be in another excerpt, and differ from it.
      const AlignResult& alignment = whole.match.alignment;
      for (const Span outside :
           {Span{begin, alignment.covered_begin}, Span{alignment.covered_end, end}}) {
        if (!has_words(outside))
          continue;
        QuoteCheck verdict = check(outside.start, outside.end);
        if (verdict.kind == QuoteCheck::Kind::misquoted)
          return verdict;
      }
      return whole;
    }
    if (whole.kind != QuoteCheck::Kind::not_found && whole.kind != QuoteCheck::Kind::not_recorded) {
      return whole;
    }
    // The pieces around the inner quotations' words. Found when each piece is found in an
    // excerpt of its own: a text holding two of them holds what lies between them too, and
    // the whole part's verdict stands.
    std::vector<Span> pieces;
    std::size_t cursor = begin;
    for (const Span& inner : inner_) {
      if (inner.start < begin || inner.end > end)
        continue;
      pieces.push_back({cursor, inner.start});
      cursor = inner.end;
    }
    if (pieces.empty())
      return whole;
    pieces.push_back({cursor, end});
    std::vector<QuoteCheck> found;
    for (const Span& piece : pieces) {
      if (!has_words(piece))
        continue;
      QuoteCheck verdict = check(piece.start, piece.end);
      if (verdict.kind == QuoteCheck::Kind::misquoted)
        return verdict;
      const bool own_excerpt =
          std::none_of(found.begin(), found.end(), [&](const QuoteCheck& other) {
            return other.recorded.data() == verdict.recorded.data();
          });
      if (verdict.kind != QuoteCheck::Kind::found || !own_excerpt)
        return whole;
      found.push_back(std::move(verdict));
    }
    return found.size() >= 2 ? found.front() : whole;
  }

 private:
  bool has_words(Span part) const {
    return part.start < part.end && count_quote_words(text_.substr(part.start, part.size())) > 0;
  }

  const FileAnalysis& file_;
  std::string_view text_;
  std::span<const std::size_t> candidates_;
  std::vector<Span> inner_;  // where the inner quotations' words lie, in order
};

}  // namespace

QuoteCheck check_own_words(const FileAnalysis& file, const Quotation& quotation,
                           std::span<const std::size_t> candidates) {
  return OwnWordsCheck(file, quotation, candidates).check(0, quotation.text.size());
}

const Source* named_source_holding(const FileAnalysis& file, const Quotation& quotation,
                                   const AttributionMatch& match) {
  const std::vector<const Source*> holders =
      file.sources->sources_containing(quotation.text, match.candidates);
  if (holders.empty())
    return nullptr;
  const QuoteContext context = quote_context(file, quotation);
  for (const Source* holder : holders) {
    if (prose_names_source(file.article->text(), context.prose.start, context.prose.end,
                           context.quoted, *holder, file.sources->matcher())) {
      return holder;
    }
  }
  return nullptr;
}

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
