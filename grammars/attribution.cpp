#include "grammars/attribution.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <span>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "grammars/attribution_def.hpp"

namespace citecheck::grammars {

namespace attribution_grammar {
BOOST_SPIRIT_INSTANTIATE(after_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(clause_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(sentence_subject_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(credit_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(bare_name_type, iterator_type, context_type)
}  // namespace attribution_grammar

namespace {

namespace x3 = boost::spirit::x3;
using attribution_grammar::KnownWord;
using attribution_grammar::NameMemo;
using attribution_grammar::PhraseState;
using attribution_grammar::Piece;

TextRange range_of(Piece piece, const char* base) {
  return {static_cast<std::size_t>(piece.first - base),
          static_cast<std::size_t>(piece.last - base)};
}

ParsedAttribution to_parsed(const PhraseState& state, const char* base) {
  ParsedAttribution parsed;
  parsed.form = state.form;
  parsed.speaker = range_of(state.speaker, base);
  parsed.pronoun = state.pronoun;
  parsed.whole = parsed.speaker;
  if (!state.cue.empty())
    parsed.cue = range_of(state.cue, base);
  if (!state.outlet.empty())
    parsed.outlet = range_of(state.outlet, base);
  // The attribution span runs from its first piece to its last, whatever their order.
  for (const std::optional<TextRange> piece : {std::optional(parsed.cue), parsed.outlet}) {
    if (!piece || piece->empty())
      continue;
    parsed.whole.start = std::min(parsed.whole.start, piece->start);
    parsed.whole.end = std::max(parsed.whole.end, piece->end);
  }
  return parsed;
}

// Parses `rule` at the start of `text`; the match need not reach the end.
template <typename Rule>
std::optional<ParsedAttribution> parse_at(const Rule& rule, std::string_view text,
                                          std::size_t offset, const Lexicon& lexicon,
                                          std::size_t* end = nullptr,
                                          std::span<const KnownWord> known = {},
                                          NameMemo* names = nullptr) {
  NameMemo own_names;
  PhraseState state;
  state.lexicon = &lexicon;
  state.known = known;
  state.names = names ? names : &own_names;
  iterator_type first = text.data() + offset;
  const iterator_type last = text.data() + text.size();
  if (!x3::parse(first, last, x3::with<attribution_grammar::state_tag>(std::ref(state))[rule])) {
    return std::nullopt;
  }
  if (end)
    *end = static_cast<std::size_t>(first - text.data());
  return to_parsed(state, text.data());
}

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9') || (byte >= 0x80 && byte != 0xC2 && byte != 0xE2);
}

// What the word scan needs to know of a byte.
enum ByteKind : unsigned char {
  kWordStart = 1,  // a word byte that is not a UTF-8 continuation byte
  kAsciiAlnum = 2,
  kBracket = 4,  // `(` and `[` open source notes and citations
};
constexpr std::array<unsigned char, 256> kByteKinds = [] {
  std::array<unsigned char, 256> kinds{};
  for (std::size_t byte = 0; byte < kinds.size(); ++byte) {
    const bool alnum = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                       (byte >= '0' && byte <= '9');
    const bool lead = byte >= 0xC0 && byte != 0xC2 && byte != 0xE2;
    kinds[byte] =
        static_cast<unsigned char>((alnum || lead ? kWordStart : 0) | (alnum ? kAsciiAlnum : 0) |
                                   (byte == '(' || byte == '[' ? kBracket : 0));
  }
  return kinds;
}();

unsigned char kind_of(char c) {
  return kByteKinds[static_cast<unsigned char>(c)];
}

// `past_tense` at the start of `text`: five or more lower-case letters ending in -ed.
bool starts_with_past_tense(std::string_view text) {
  std::size_t length = 0;
  while (length < text.size() && text[length] >= 'a' && text[length] <= 'z')
    ++length;
  return length >= 5 && text[length - 2] == 'e' && text[length - 1] == 'd' &&
         (length == text.size() || static_cast<unsigned char>(text[length]) < 0x80);
}

constexpr std::size_t kNoCue = static_cast<std::size_t>(-1);

// What may open a phrase in lower case: pronouns, determiners, verbs and cues.
constexpr std::uint32_t kLowerCaseStarters =
    Lexicon::bit(Lexicon::Section::pronoun) | Lexicon::bit(Lexicon::Section::impersonal) |
    Lexicon::bit(Lexicon::Section::determiner) | Lexicon::bit(Lexicon::Section::speech_verb) |
    Lexicon::bit(Lexicon::Section::according_to) | Lexicon::bit(Lexicon::Section::named_source) |
    Lexicon::bit(Lexicon::Section::as_cue);
// What every form `clause` accepts holds at or after its start: a lexicon entry (speech
// verb, `according to`, `so`, `put it`, term noun, source note), an unlisted past tense,
// or a citation's `[`. Cues only follow white space, `(` or the start.
constexpr std::uint32_t kCues =
    Lexicon::bit(Lexicon::Section::speech_verb) | Lexicon::bit(Lexicon::Section::according_to) |
    Lexicon::bit(Lexicon::Section::named_source) | Lexicon::bit(Lexicon::Section::put_it) |
    Lexicon::bit(Lexicon::Section::term_noun) | Lexicon::bit(Lexicon::Section::source_note);

// Fills `words` with the places in `text` where a phrase can begin (a bracket, or a word
// not preceded by a letter or digit), each word looked up once for every parse tried along
// the text. Returns the offset of the last cue, or kNoCue: no phrase starts after it; and
// sets `last_speech_verb` to the offset of the last speech verb, or kNoCue.
std::size_t look_up_words(std::string_view text, const Lexicon& lexicon,
                          std::vector<KnownWord>& words, std::size_t& last_speech_verb) {
  words.clear();
  std::size_t last_cue = kNoCue;
  last_speech_verb = kNoCue;
  for (std::size_t offset = 0; offset < text.size(); ++offset) {
    const unsigned char kind = kind_of(text[offset]);
    if ((kind & kBracket) != 0) {
      words.push_back({text.data() + offset, {}});
      last_cue = text[offset] == '[' ? offset : last_cue;
      continue;
    }
    if ((kind & kWordStart) == 0 || (offset > 0 && (kind_of(text[offset - 1]) & kAsciiAlnum) != 0))
      continue;
    const std::string_view rest = text.substr(offset);
    const Lexicon::FirstWord word = lexicon.first_word(rest);
    words.push_back({text.data() + offset, word});
    if ((word.sections() & kCues) != 0 || starts_with_past_tense(rest))
      last_cue = offset;
    if ((word.sections() & Lexicon::bit(Lexicon::Section::speech_verb)) != 0)
      last_speech_verb = offset;
    // The rest of an ASCII word starts nothing.
    while (offset + 1 < text.size() && (kind_of(text[offset + 1]) & kAsciiAlnum) != 0)
      ++offset;
  }
  return last_cue;
}

// Where a phrase can begin, among `look_up_words`' places: an opening bracket, a
// capitalised word (a name, `According`), or a lower-case word that starts a pronoun,
// determiner, verb or cue entry. Checking the word here spares a full parse at every word.
bool is_phrase_start(std::string_view text, const KnownWord& start) {
  const auto offset = static_cast<std::size_t>(start.at - text.data());
  const char c = text[offset];
  if (c == '(' || c == '[')
    return true;
  if (offset > 0 && is_word_byte(text[offset - 1]))
    return false;
  if (!(c >= 'a' && c <= 'z'))
    return true;
  return (start.word.sections(true) & kLowerCaseStarters) != 0;
}

// What a word must hold, besides being a name, to open a clause: a pronoun, a determiner
// (`the campaign said`), or a cue of its own (`Said X`, `According to`, `As X put it`).
constexpr std::uint32_t kClauseOpeners =
    Lexicon::bit(Lexicon::Section::pronoun) | Lexicon::bit(Lexicon::Section::impersonal) |
    Lexicon::bit(Lexicon::Section::determiner) | Lexicon::bit(Lexicon::Section::honorific) |
    Lexicon::bit(Lexicon::Section::speech_verb) | Lexicon::bit(Lexicon::Section::according_to) |
    Lexicon::bit(Lexicon::Section::named_source) | Lexicon::bit(Lexicon::Section::as_cue) |
    Lexicon::bit(Lexicon::Section::source_note);

// Whether a clause can open at `start`, judged from its word alone; it spares the grammar
// most attempts that cannot succeed. A word that never starts a name (`But`, `Monday`) and
// opens nothing else cannot; nor can a determiner after the last speech verb, since a noun
// phrase is a speaker only before one (`the campaign said`).
bool may_open_clause(std::string_view text, const KnownWord& start, std::size_t last_speech_verb) {
  const auto offset = static_cast<std::size_t>(start.at - text.data());
  const char c = text[offset];
  const std::uint32_t sections = start.word.sections();
  if (c >= 'A' && c <= 'Z') {
    return (start.word.sections(true) & Lexicon::bit(Lexicon::Section::not_name)) == 0 ||
           (sections & kClauseOpeners) != 0 || text.substr(offset, 3) == "The";
  }
  if (c >= 'a' && c <= 'z' &&
      (sections & kClauseOpeners) == Lexicon::bit(Lexicon::Section::determiner)) {
    return last_speech_verb != kNoCue && offset < last_speech_verb;
  }
  return true;
}

// Reused by every search: the linker searches many short stretches.
thread_local std::vector<KnownWord> known_words;

}  // namespace

std::optional<ParsedAttribution> parse_attribution_after(std::string_view text,
                                                         const Lexicon& lexicon) {
  return parse_at(attribution_grammar::after, text, 0, lexicon);
}

std::vector<ParsedAttribution> find_attributions(std::string_view text, const Lexicon& lexicon) {
  std::vector<ParsedAttribution> found;
  std::size_t last_speech_verb = kNoCue;
  const std::size_t last_cue = look_up_words(text, lexicon, known_words, last_speech_verb);
  if (last_cue == kNoCue)
    return found;
  std::size_t next = 0;  // a phrase found ends before here
  NameMemo name_memo;
  for (const KnownWord& start : known_words) {
    const auto offset = static_cast<std::size_t>(start.at - text.data());
    if (offset > last_cue)
      break;
    if (offset < next || !is_phrase_start(text, start) ||
        !may_open_clause(text, start, last_speech_verb)) {
      continue;
    }
    std::size_t end = offset;
    if (auto parsed = parse_at(attribution_grammar::clause, text, offset, lexicon, &end,
                               known_words, &name_memo)) {
      found.push_back(*parsed);
      // Resume after the cue: `Hillary Clinton said` must not match again as `Clinton said`.
      next = std::max(offset, end - 1) + 1;
    }
  }
  return found;
}

std::optional<ParsedAttribution> parse_sentence_subject(std::string_view sentence,
                                                        const Lexicon& lexicon) {
  return parse_at(attribution_grammar::sentence_subject, sentence, 0, lexicon);
}

std::optional<ParsedAttribution> parse_credit(std::string_view text, const Lexicon& lexicon) {
  return parse_at(attribution_grammar::credit_line, text, 0, lexicon);
}

namespace {

// How many name words `text[range)` holds, and whether a title opens it.
ParsedName describe_name(std::string_view text, TextRange range, const Lexicon& lexicon) {
  ParsedName name;
  name.range = range;
  for (std::size_t word = range.start; word < range.end;) {
    const std::size_t space = std::min(text.find(' ', word), range.end);
    const std::string_view token = text.substr(word, space - word);
    if (lexicon.match(Lexicon::Section::honorific, text.substr(word, range.end - word)) != 0) {
      name.has_honorific = true;
    } else if (!lexicon.contains(Lexicon::Section::particle, token) && token != "The") {
      ++name.words;
    }
    word = space + 1;
  }
  return name;
}

bool is_name_space(std::string_view text, std::size_t offset) {
  return text[offset] == ' ' ||
         (text[offset] == '\xC2' && offset + 1 < text.size() && text[offset + 1] == '\xA0');
}

// Whether a person's name (two name words, or a title first) can start at `offset`, judged
// from the next word: `But the`, `Trump said` cannot, and most capitalised words are
// followed by a lower-case one. Spares the grammar, and the lexicon look-up, at them.
bool may_start_person(std::string_view text, std::size_t offset, const Lexicon& lexicon) {
  const auto first = static_cast<unsigned char>(text[offset]);
  if (first >= 'a' && first <= 'z') {  // only a lower-case title: `président Macron`
    return lexicon.may_start(Lexicon::Section::honorific, text[offset]) &&
           (lexicon.first_word(text.substr(offset)).sections() &
            Lexicon::bit(Lexicon::Section::honorific)) != 0;
  }
  if (first < 0x80 && !(first >= 'A' && first <= 'Z'))
    return false;
  std::size_t end = offset;
  while (end < text.size() && !is_name_space(text, end))
    ++end;
  std::size_t next = end;
  while (next < text.size() && is_name_space(text, next))
    next += text[next] == ' ' ? 1 : 2;
  if (next < text.size()) {
    const auto following = static_cast<unsigned char>(text[next]);
    if ((following >= 'A' && following <= 'Z') || following >= 0x80)
      return true;
  }
  const std::string_view word = text.substr(offset, end - offset);
  if (word == "The")
    return true;
  const std::uint32_t sections = lexicon.first_word(word).sections();
  if ((sections & Lexicon::bit(Lexicon::Section::honorific)) != 0)
    return true;
  return next < text.size() && (lexicon.first_word(text.substr(next)).sections() &
                                Lexicon::bit(Lexicon::Section::particle)) != 0;
}

}  // namespace

std::vector<ParsedName> find_names(std::string_view text, const Lexicon& lexicon) {
  std::vector<ParsedName> names;
  std::size_t last_speech_verb = kNoCue;
  look_up_words(text, lexicon, known_words, last_speech_verb);
  std::size_t next = 0;  // a name found ends here
  NameMemo name_memo;
  for (const KnownWord& start : known_words) {
    const auto offset = static_cast<std::size_t>(start.at - text.data());
    if (offset < next || !is_phrase_start(text, start))
      continue;
    std::size_t end = offset;
    if (!parse_at(attribution_grammar::bare_name, text, offset, lexicon, &end, known_words,
                  &name_memo))
      continue;
    names.push_back(describe_name(text, {offset, end}, lexicon));
    next = end;
  }
  return names;
}

namespace {

// Finds the bytes at which a person's name can start: capitals, UTF-8 lead bytes, and the
// first letters of lower-case titles (`président`). Most bytes are none of them, so blocks
// of sixteen without one are passed over at once.
class NameStartFinder {
 public:
  explicit NameStartFinder(const Lexicon& lexicon) {
    for (char letter = 'a'; letter <= 'z'; ++letter) {
      if (lexicon.may_start(Lexicon::Section::honorific, letter))
        lower_case_titles_.push_back(letter);
    }
  }

  // The first candidate at or after `from`, or text.size().
  std::size_t next(std::string_view text, std::size_t from) const {
#if defined(__SSE2__)
    if (lower_case_titles_.size() <= kVectorTitles) {
      const __m128i capital_a = _mm_set1_epi8('A');
      const __m128i last_capital = _mm_set1_epi8('Z' - 'A');
      for (; from + 16 <= text.size(); from += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from));
        const __m128i from_a = _mm_sub_epi8(block, capital_a);
        __m128i wanted = _mm_cmpeq_epi8(_mm_min_epu8(from_a, last_capital), from_a);
        for (const char letter : lower_case_titles_)
          wanted = _mm_or_si128(wanted, _mm_cmpeq_epi8(block, _mm_set1_epi8(letter)));
        // The sign bits: bytes from 0x80, UTF-8 lead and continuation bytes.
        const int found = _mm_movemask_epi8(wanted) | _mm_movemask_epi8(block);
        if (found != 0)
          return from + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(found)));
      }
    }
#endif
    for (; from < text.size(); ++from) {
      const auto byte = static_cast<unsigned char>(text[from]);
      if ((byte >= 'A' && byte <= 'Z') || byte >= 0x80 ||
          std::find(lower_case_titles_.begin(), lower_case_titles_.end(), text[from]) !=
              lower_case_titles_.end()) {
        break;
      }
    }
    return from;
  }

 private:
  static constexpr std::size_t kVectorTitles = 4;
  std::vector<char> lower_case_titles_;
};

}  // namespace

std::vector<ParsedName> find_people(std::string_view text, const Lexicon& lexicon) {
  std::vector<ParsedName> people;
  NameMemo name_memo;
  const NameStartFinder starts(lexicon);
  for (std::size_t offset = starts.next(text, 0); offset < text.size();
       offset = starts.next(text, offset + 1)) {
    if ((kind_of(text[offset]) & kWordStart) == 0 ||
        (offset > 0 && is_word_byte(text[offset - 1])) ||
        !may_start_person(text, offset, lexicon)) {
      continue;
    }
    std::size_t end = offset;
    if (!parse_at(attribution_grammar::bare_name, text, offset, lexicon, &end, {}, &name_memo))
      continue;
    const ParsedName name = describe_name(text, {offset, end}, lexicon);
    if (name.words >= 2 || name.has_honorific)
      people.push_back(name);
    offset = std::max(offset, end - 1);  // the search resumes at the name's end
  }
  return people;
}

}  // namespace citecheck::grammars
