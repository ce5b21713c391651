#include "grammars/attribution.hpp"

#include <algorithm>

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
                                          std::size_t* end = nullptr) {
  PhraseState state;
  state.lexicon = &lexicon;
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

// Where a phrase can begin: an opening bracket, a capitalised word (a name, `According`),
// or a lower-case word that starts a pronoun, determiner, verb or cue entry. Checking the
// word once here spares a full parse at every word of the prose.
bool is_phrase_start(std::string_view text, std::size_t offset, const Lexicon& lexicon) {
  const char c = text[offset];
  if (c == '(' || c == '[')
    return true;
  if (!is_word_byte(c) || (static_cast<unsigned char>(c) & 0xC0) == 0x80)
    return false;
  if (offset > 0 && is_word_byte(text[offset - 1]))
    return false;
  if (!(c >= 'a' && c <= 'z'))
    return true;
  using Section = Lexicon::Section;
  constexpr std::uint32_t starters =
      Lexicon::bit(Section::pronoun) | Lexicon::bit(Section::impersonal) |
      Lexicon::bit(Section::determiner) | Lexicon::bit(Section::speech_verb) |
      Lexicon::bit(Section::according_to) | Lexicon::bit(Section::named_source) |
      Lexicon::bit(Section::as_cue);
  return (lexicon.sections_starting_with(text.substr(offset)) & starters) != 0;
}

}  // namespace

std::optional<ParsedAttribution> parse_attribution_after(std::string_view text,
                                                         const Lexicon& lexicon) {
  return parse_at(attribution_grammar::after, text, 0, lexicon);
}

std::vector<ParsedAttribution> find_attributions(std::string_view text, const Lexicon& lexicon) {
  std::vector<ParsedAttribution> found;
  for (std::size_t offset = 0; offset < text.size(); ++offset) {
    if (!is_phrase_start(text, offset, lexicon))
      continue;
    std::size_t end = offset;
    if (auto parsed = parse_at(attribution_grammar::clause, text, offset, lexicon, &end)) {
      found.push_back(*parsed);
      // Resume after the cue: `Hillary Clinton said` must not match again as `Clinton said`.
      offset = std::max(offset, end - 1);
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

std::vector<ParsedName> find_names(std::string_view text, const Lexicon& lexicon) {
  std::vector<ParsedName> names;
  for (std::size_t offset = 0; offset < text.size(); ++offset) {
    if (!is_phrase_start(text, offset, lexicon))
      continue;
    std::size_t end = offset;
    if (!parse_at(attribution_grammar::bare_name, text, offset, lexicon, &end))
      continue;
    ParsedName name;
    name.range = {offset, end};
    // Count the words that are name words proper.
    for (std::size_t word = offset; word < end;) {
      const std::size_t space = std::min(text.find(' ', word), end);
      const std::string_view token = text.substr(word, space - word);
      if (lexicon.match(Lexicon::Section::honorific, text.substr(word, end - word)) != 0) {
        name.has_honorific = true;
      } else if (!lexicon.contains(Lexicon::Section::particle, token) && token != "The") {
        ++name.words;
      }
      word = space + 1;
    }
    names.push_back(name);
    offset = end - 1;
  }
  return names;
}

}  // namespace citecheck::grammars
