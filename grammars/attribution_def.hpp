#pragma once
// Included only by attribution.cpp: the grammar's definition. The word lists are not
// compiled in: `entry<Section>` asks the Lexicon in the parse context, so a lexicon file
// can be changed without a rebuild and one grammar serves every language.

#include <array>
#include <boost/spirit/home/x3.hpp>
#include <functional>
#include <span>

#include "grammars/attribution.hpp"
#include "grammars/config.hpp"

namespace citecheck::grammars::attribution_grammar {

namespace x3 = boost::spirit::x3;
using Section = Lexicon::Section;
using Form = ParsedAttribution::Form;

struct Piece {
  const char* first = nullptr;
  const char* last = nullptr;
  bool empty() const { return first == last; }
};

// A word of the text looked up in the lexicon before parsing.
struct KnownWord {
  const char* at;
  Lexicon::FirstWord word;
};

// Where `name` was tried lately along one text, and what it matched. Several forms try a
// name at the same word, and so do the parses tried at the following words.
struct NameMemo {
  struct Outcome {
    const char* first = nullptr;
    const char* end = nullptr;  // past the name; equal to `first` when none matched
    bool matched = false;
  };
  std::array<Outcome, 16> outcomes{};
  std::size_t next = 0;  // the slot to overwrite
};

// What the semantic actions record. Each form starts by clearing it, so a form that
// failed half-way leaves nothing behind for the one that succeeds.
struct PhraseState {
  const Lexicon* lexicon = nullptr;
  Form form = Form::speaker_verb;
  Piece speaker;
  Piece cue;
  Piece outlet;
  bool pronoun = false;
  // The lexicon's view of the word at `word_at`: one lookup serves every entry parser
  // tried there.
  const char* word_at = nullptr;
  Lexicon::FirstWord word;
  // Words looked up before parsing, ascending, shared by the parses tried along one text.
  std::span<const KnownWord> known;
  std::size_t known_hint = 0;
  NameMemo* names = nullptr;

  Lexicon::FirstWord look_up(const char* at, const char* end) {
    // Parsers move forward word by word: start from the last word found.
    std::size_t index = known_hint;
    while (index < known.size() && known[index].at < at)
      ++index;
    while (index > 0 && known[index - 1].at >= at)
      --index;
    if (index < known.size() && known[index].at == at) {
      known_hint = index;
      return known[index].word;
    }
    return lexicon->first_word(std::string_view(at, static_cast<std::size_t>(end - at)));
  }
};
struct state_tag;
using context_type = x3::context<state_tag, std::reference_wrapper<PhraseState>, x3::unused_type>;

template <typename Context>
PhraseState& state_of(const Context& context) {
  return x3::get<state_tag>(context).get();
}

// One byte in [Lo, Hi], compared unsigned: X3's char_ classifies by the C locale.
template <unsigned char Lo, unsigned char Hi>
struct byte_range_parser : x3::parser<byte_range_parser<Lo, Hi>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext const&,
             Attribute&) const {
    if (first == last)
      return false;
    const auto byte = static_cast<unsigned char>(*first);
    if (byte < Lo || byte > Hi)
      return false;
    ++first;
    return true;
  }
};

// The longest entry of a lexicon section at this point, as a whole word. Unless
// `ExactCase`, a capital first letter also matches a lower-case entry.
template <Section S, bool ExactCase = false>
struct entry_parser : x3::parser<entry_parser<S, ExactCase>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext const&,
             Attribute&) const {
    PhraseState& state = state_of(context);
    const std::string_view rest(first, static_cast<std::size_t>(last - first));
    if (state.word_at != first) {
      state.word_at = first;
      state.word = state.look_up(first, last);
    }
    if ((state.word.sections(ExactCase) & Lexicon::bit(S)) == 0)
      return false;
    const std::size_t length = state.lexicon->match(state.word, S, rest, ExactCase);
    if (length == 0)
      return false;
    first += length;
    return true;
  }
};
template <Section S>
inline constexpr entry_parser<S> entry{};
// Inside a phrase, where `the United States` must not read as a verb `states`.
template <Section S>
inline constexpr entry_parser<S, true> lower_entry{};

// `Subject` (without actions, reading only the text) remembered per start in NameMemo.
template <typename Subject>
struct remembered_parser : x3::unary_parser<Subject, remembered_parser<Subject>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  constexpr explicit remembered_parser(const Subject& remembered)
      : x3::unary_parser<Subject, remembered_parser<Subject>>(remembered) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext const& rcontext, Attribute&) const {
    NameMemo& memo = *state_of(context).names;
    for (const NameMemo::Outcome& outcome : memo.outcomes) {
      if (outcome.first == first) {
        first = outcome.end;
        return outcome.matched;
      }
    }
    Iterator end = first;
    const bool matched = this->subject.parse(end, last, context, rcontext, x3::unused);
    memo.outcomes[memo.next] = {first, matched ? end : first, matched};
    memo.next = (memo.next + 1) % memo.outcomes.size();
    first = matched ? end : first;
    return matched;
  }
};

// A whole ASCII word with a given ending and at least `MinLength` letters. `AnyCase`
// admits capitals; `AsciiOnly` rejects a word that goes on with a non-ASCII letter.
template <std::size_t N>
struct word_ending {
  char letters[N];
  // Implicit, so that a string literal can be the template argument.
  constexpr word_ending(const char (&text)[N]) {
    for (std::size_t i = 0; i < N; ++i)
      letters[i] = text[i];
  }
  static constexpr std::size_t size = N - 1;
};

template <word_ending Ending, std::ptrdiff_t MinLength, bool AnyCase, bool AsciiOnly>
struct ending_word_parser : x3::parser<ending_word_parser<Ending, MinLength, AnyCase, AsciiOnly>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext const&,
             Attribute&) const {
    Iterator it = first;
    while (it != last && ((*it >= 'a' && *it <= 'z') || (AnyCase && *it >= 'A' && *it <= 'Z')))
      ++it;
    if (it - first < MinLength)
      return false;
    for (std::size_t i = 0; i < Ending.size; ++i) {
      if (it[static_cast<std::ptrdiff_t>(i) - static_cast<std::ptrdiff_t>(Ending.size)] !=
          Ending.letters[i])
        return false;
    }
    if (AsciiOnly && it != last && static_cast<unsigned char>(*it) >= 0x80)
      return false;
    first = it;
    return true;
  }
};

// A lower-case word ending in -ly (`forcefully told`, `reportedly said`): an adverb in
// every language the lexicon covers well enough not to list them all.
ending_word_parser<"ly", 4, false, true> const ly_adverb{};
// A word ending in -ing (`Speaking to reporters, …`): a participle, not a name.
ending_word_parser<"ing", 5, true, false> const gerund{};
// A lower-case past tense (`she elaborated`, `Rubio offered`): right after a person it is
// the verb of the sentence, listed in the lexicon or not.
ending_word_parser<"ed", 5, false, true> const past_tense{};

// ---- characters ----------------------------------------------------------------------

byte_range_parser<'0', '9'> const digit{};
// One letter of the given kinds, in one step: the innermost loop of every name.
enum LetterKind : unsigned {
  kUpper = 1,  // A..Z, and Latin-1 and Latin Extended-A capitals and letters (À..Þ, Ā..ž)
  kLower = 2,  // a..z, Latin-1 small letters (ß..ÿ)
  kDigit = 4,
};
template <unsigned Kinds>
struct letter_parser : x3::parser<letter_parser<Kinds>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext const&,
             Attribute&) const {
    if (first == last)
      return false;
    const auto byte = static_cast<unsigned char>(*first);
    if (byte < 0x80) {
      const bool matched = ((Kinds & kUpper) && byte >= 'A' && byte <= 'Z') ||
                           ((Kinds & kLower) && byte >= 'a' && byte <= 'z') ||
                           ((Kinds & kDigit) && byte >= '0' && byte <= '9');
      first += matched ? 1 : 0;
      return matched;
    }
    if (last - first < 2 || byte < 0xC3 || byte > 0xC5)
      return false;
    const auto next = static_cast<unsigned char>(first[1]);
    const bool matched =
        next >= 0x80 && next <= 0xBF &&
        (byte == 0xC3 ? ((Kinds & kUpper) && next <= 0x9E) || ((Kinds & kLower) && next >= 0x9F)
                      : (Kinds & kUpper) != 0);
    first += matched ? 2 : 0;
    return matched;
  }
};
auto const upper = letter_parser<kUpper>{};
auto const lower = letter_parser<kLower>{};
auto const letter = letter_parser<kUpper | kLower | kDigit>{};

// White space: spaces, tabs, line breaks and no-break spaces.
struct ws_parser : x3::parser<ws_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext const&,
             Attribute&) const {
    Iterator it = first;
    while (it != last) {
      if (*it == ' ' || *it == '\t' || *it == '\n' || *it == '\r') {
        ++it;
      } else if (*it == '\xC2' && last - it >= 2 && it[1] == '\xA0') {
        it += 2;
      } else {
        break;
      }
    }
    const bool matched = it != first;
    first = it;
    return matched;
  }
};
ws_parser const ws{};

// A run of bytes up to the first stop: one of `stops`, a quotation mark (" “ ” « ») if
// `quote_marks`, a sentence end (a period, white space and a capital) if `sentence_end`.
// Hand-written: as a difference of X3 parsers it tried every exclusion at every byte.
struct run_until_parser : x3::parser<run_until_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  enum ByteRole : unsigned char { kPlain, kStop, kMaybeStop };

  constexpr run_until_parser(std::string_view stops, bool quote_marks, bool sentence_end,
                             bool at_least_one)
      : at_least_one_(at_least_one) {
    for (const char stop : stops)
      roles_[static_cast<unsigned char>(stop)] = kStop;
    if (quote_marks) {
      roles_['"'] = kStop;
      roles_[0xE2] = roles_[0xC2] = kMaybeStop;
    }
    if (sentence_end)
      roles_['.'] = kMaybeStop;
  }

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext const&,
             Attribute&) const {
    Iterator it = first;
    for (; it != last; ++it) {
      const unsigned char role = roles_[static_cast<unsigned char>(*it)];
      if (role == kStop || (role == kMaybeStop && stops_at(it, last)))
        break;
    }
    if (at_least_one_ && it == first)
      return false;
    first = it;
    return true;
  }

 private:
  template <typename Iterator>
  static bool stops_at(Iterator it, Iterator const& last) {
    const std::string_view rest(&*it, static_cast<std::size_t>(last - it));
    if (*it != '.')
      return rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\xE2\x80\x9D") ||
             rest.starts_with("\xC2\xAB") || rest.starts_with("\xC2\xBB");
    ++it;
    return ws.parse(it, last, x3::unused, x3::unused, x3::unused) &&
           upper.parse(it, last, x3::unused, x3::unused, x3::unused);
  }

  std::array<unsigned char, 256> roles_{};
  bool at_least_one_;
};
auto const apostrophe = x3::lit('\'') | "\xE2\x80\x99";
auto const dash = x3::lit("\xE2\x80\x94") | "\xE2\x80\x95" | "\xE2\x80\x93" | "--";

// `’s` or a bare `’` after a name: the possessive, never part of the name.
auto const possessive = apostrophe >> -(x3::lit('s') | 'S') >> !letter;

// ---- names ---------------------------------------------------------------------------

// Hyphens and apostrophes join letters inside a word (Ocasio-Cortez, O’Brien), but the
// possessive `’s` ends it.
auto const word_tail = *(letter | ('-' >> &letter) | ('.' >> &(upper >> '.')) |
                         (!possessive >> apostrophe >> &letter));
auto const initials = +(upper >> '.') >> !letter;
auto const capitalised_word = upper >> word_tail;
// `Jr.`, `St.`: a capitalised abbreviation keeps its period inside the name.
auto const abbreviated_word = &upper >> entry<Section::abbreviation> >> '.';
auto const name_word = !entry<Section::not_name> >> !entry<Section::credit> >>
                       !entry<Section::pronoun> >> (initials | abbreviated_word | capitalised_word);
auto const lower_word = lower >> word_tail;

// `Sen. Ted Cruz`, `C.K. Prahalad`, `Ludwig van Beethoven`, `The New York Post`.
auto const name =
    remembered_parser(-(x3::lit("The") >> ws >> &upper) >> -(entry<Section::honorific> >> ws) >>
                      name_word >> *(ws >> -(entry<Section::particle> >> ws) >> name_word));

// `the campaign`, `a spokesman for the mayor`, `the ad’s narrator`: stops before a verb.
auto const phrase_word = +(letter | ('-' >> &letter) | ('.' >> &letter) | (apostrophe >> &letter));
auto const noun_phrase_words =
    x3::repeat(1, 3)[ws >> !entry<Section::speech_verb> >> !entry<Section::adverb> >>
                     !entry<Section::function_word> >> phrase_word];
// `a spokesman for the mayor`, `the head of Oxfam`.
auto const noun_phrase = entry<Section::determiner> >> noun_phrase_words >>
                         -(ws >> (x3::lit("for") | "of" | "at") >> ws >>
                           (name | (entry<Section::determiner> >> noun_phrase_words)));
// `campaign spokesman`, `9/11 widow` between a verb and a name.
// `Obama's former campaign strategist`, `Apple's chief executive`.
auto const possessive_phrase =
    name >> possessive >>
    x3::repeat(1, 3)[ws >> !entry<Section::speech_verb> >> !entry<Section::adverb> >>
                     !entry<Section::function_word> >> phrase_word];
auto const title_word = !entry<Section::function_word> >> !entry<Section::determiner> >>
                        !entry<Section::pronoun> >> (lower | digit) >>
                        *(letter | (x3::lit('/') >> &letter) | ('-' >> &letter));

// ---- semantic actions ------------------------------------------------------------------

template <Form F>
struct begin_form {
  template <typename Context>
  void operator()(Context& context) const {
    PhraseState& state = state_of(context);
    state.form = F;
    state.speaker = state.cue = state.outlet = Piece{};
    state.pronoun = false;
  }
};

template <Piece PhraseState::*Field, bool IsPronoun = false>
struct record {
  template <typename Context>
  void operator()(Context& context) const {
    const auto& range = x3::_attr(context);
    PhraseState& state = state_of(context);
    state.*Field = Piece{range.begin(), range.end()};
    if constexpr (Field == &PhraseState::speaker)
      state.pronoun = IsPronoun;
  }
};
record<&PhraseState::speaker> const set_speaker{};
record<&PhraseState::speaker, true> const set_pronoun{};
record<&PhraseState::cue> const set_cue{};
record<&PhraseState::outlet> const set_outlet{};

template <Form F>
auto form() {
  return x3::eps[begin_form<F>{}];
}

// ---- attribution forms ---------------------------------------------------------------

auto const pronoun = entry<Section::pronoun>;
auto const impersonal = entry<Section::impersonal>;
auto const speaker =
    x3::raw[pronoun][set_pronoun] | x3::raw[name][set_speaker] | x3::raw[noun_phrase][set_speaker];
// `(D-N.C.)` after a politician's name.
auto const parenthesis = ws >> '(' >> run_until_parser("()", false, false, false) >> ')';
// `, the director of the VOA division,`, `, 59, of Ashton, Md.,`, `, R-Ky.,`: comma-separated
// pieces without clause punctuation or quotations, never opening with a speech verb
// (`, said X`), except for a participle right after the name (`, writing for the majority,
// said`): later, a participle is the verb (`…, emailed supporters, telling them`).
auto const appositive_text = run_until_parser(",;:()", true, true, true);
auto const appositive_piece = ',' >> ws >> !entry<Section::speech_verb> >> appositive_text;
auto const first_appositive_piece = ',' >> ws >>
                                    (&gerund | !entry<Section::speech_verb>) >> appositive_text;
auto const appositive = first_appositive_piece >>
                        &x3::lit(',') >> x3::repeat(0, 2)[appositive_piece >> &x3::lit(',')] >> ',';
auto const of_outlet = ws >> "of" >> ws >> -(x3::lit("the") >> ws) >> x3::raw[name][set_outlet];
// `He’s claiming`: the contracted auxiliary joins the speaker to the verb.
auto const verb_gap = ws | (apostrophe >> (x3::lit('s') | "re" | "ve") >> ws);
// `Trump on Saturday tweeted`, `Trump at the time said`: a short time phrase.
auto const time_phrase =
    (x3::lit("on") | "at" | "in" | "last" | "this" | "earlier") >>
    x3::repeat(1, 3)[ws >> !lower_entry<Section::speech_verb> >> phrase_word] >> ws;
auto const speech_verb = verb_gap >> -time_phrase >>
                         *((lower_entry<Section::adverb> | ly_adverb) >> ws) >>
                         x3::raw[lower_entry<Section::speech_verb>][set_cue];

// `Clinton, who has said`: the relative pronoun stands for the name before it.
auto const relative = ',' >> ws >> x3::lit("who") >> !letter;
// A stray comma before the verb is common (`Gov. John Kasich (R-OH), said`), but not when
// the verb has its own speaker after it (`… the decision, said RoseAnn DeMoro`).
auto const after_speaker = -(parenthesis >> -x3::lit(',')) >> -appositive >> -of_outlet >>
                           -relative >>
                           (speech_verb | (',' >> speech_verb >> !(ws >> (pronoun | name))));
// Each kind of speaker with the rest of the phrase: PEG does not come back to try a noun
// phrase once a shorter name matched (`The New York businessman says`).
auto const speaker_verb = form<Form::speaker_verb>() >>
                          ((x3::raw[pronoun][set_pronoun] >> after_speaker) |
                           (x3::raw[impersonal][set_speaker] >> after_speaker) |
                           (x3::raw[name][set_speaker] >> after_speaker) |
                           (x3::raw[noun_phrase][set_speaker] >> after_speaker) |
                           (x3::raw[possessive_phrase][set_speaker] >> after_speaker));

// `said Holmes`, `said he`, `sagte die Kanzlerin`, `said campaign spokesman Brian Fallon`,
// `said Clinton ally James Carville`, French `dit-il`.
auto const speaker_after_verb =
    x3::raw[pronoun][set_pronoun] | x3::raw[impersonal][set_speaker] |
    (name >> x3::repeat(1, 3)[ws >> title_word] >> ws >> x3::raw[name][set_speaker]) |
    x3::raw[name][set_speaker] |
    (x3::repeat(1, 3)[title_word >> ws] >> x3::raw[name][set_speaker]) |
    x3::raw[noun_phrase][set_speaker];
auto const verb_speaker = form<Form::verb_speaker>() >>
                          x3::raw[entry<Section::speech_verb>][set_cue] >>
                          (('-' >> -x3::lit("t-") >> x3::raw[pronoun][set_pronoun]) |
                           (ws >> speaker_after_verb) |
                           // `a affirmé lundi le Premier ministre`, `estime pour sa part le député`
                           (+(ws >> entry<Section::adverb>) >> ws >> speaker_after_verb));

// `according to X`, `laut X`; German `so X` and French `pour X` only as `…, so Merkel.`,
// since the same words are conjunctions and prepositions elsewhere.
auto const according_to =
    (form<Form::according_to>() >> x3::raw[entry<Section::according_to>][set_cue] >> ws >>
     ((name >> x3::repeat(1, 3)[ws >> title_word] >> ws >> x3::raw[name][set_speaker]) |
      (x3::raw[name][set_speaker] >> -of_outlet) | x3::raw[noun_phrase][set_speaker] |
      x3::raw[lower_word >> x3::repeat(0, 2)[ws >> lower_word]][set_speaker])) |
    (form<Form::according_to>() >> x3::raw[lower_entry<Section::named_source>][set_cue] >> ws >>
     x3::raw[name][set_speaker] >> *ws >> &(x3::lit('.') | ',' | ';' | x3::eoi));

// `as Tom Ridge, a former secretary of homeland security, put it`, `as a memo put it`.
auto const as_put_it = form<Form::as_put_it>() >> entry<Section::as_cue> >> ws >>
                       (x3::raw[pronoun][set_pronoun] |
                        (x3::raw[name][set_speaker] >> -appositive) |
                        x3::raw[noun_phrase][set_speaker]) >>
                       ws >> x3::raw[entry<Section::put_it>][set_cue];

auto const term = form<Form::term>() >> x3::raw[name][set_speaker] >> possessive >> ws >>
                  -(lower_word >> ws >> &entry<Section::term_noun>) >>
                  x3::raw[entry<Section::term_noun>][set_cue];

auto const source_note = form<Form::source_note>() >>
                         -('(' >> *ws) >> x3::raw[entry<Section::source_note>][set_cue] >> *ws
                         >> x3::raw[name][set_speaker] >>
                         -(*ws >> ',' >> *ws >> x3::raw[name][set_outlet]);

// Pandoc `[@key]`, `[see @key, p. 3; @other]`: the first key is the speaker.
auto const citation_key = (letter | '_') >>
                          *(letter | '_' | (x3::char_(":.#$%&+?<>~/-") >> &(letter | '_')));
auto const citation = form<Form::citation>() >> '[' >>
                      run_until_parser("@[]", false, false, false) >>
                      '@' >> x3::raw[citation_key][set_speaker] >>
                      run_until_parser("[]", false, false, false) >> ']';

// A name, not a noun phrase: `” — a metaphor for …` goes on with the sentence.
auto const signature = form<Form::signature>() >> x3::raw[dash | ('-' >> !x3::lit('-'))][set_cue] >>
                       *ws >> x3::raw[name][set_speaker];

auto const credit_names = name >> *(*ws >> (x3::lit(',') | '&' | '/' | "and") >> *ws >> name);
auto const credit = form<Form::credit>() >> x3::raw[entry<Section::credit>][set_cue] >> *ws >>
                    x3::raw[credit_names][set_speaker];

// A person and an unlisted past tense: `she elaborated`, `Rubio offered`.
auto const person_past_tense =
    form<Form::unlisted_verb>() >>
    (x3::raw[pronoun][set_pronoun] | x3::raw[impersonal][set_speaker] |
     x3::raw[name][set_speaker]) >>
    -parenthesis >> -relative >> ws >>
    *((entry<Section::adverb> | ly_adverb) >> ws) >> x3::raw[past_tense][set_cue];

// The subject's noun phrase ends where its verb begins: at the first lower-case word after
// capitalised ones (German capitalises nouns: `Der Kämmerer sah das anders`), else at a
// past tense (`the mayor defended the plan`).
auto const capitalised_noun_phrase =
    entry<Section::determiner> >>
    x3::repeat(1, 3)[ws >> !entry<Section::function_word> >> name_word];
auto const noun_phrase_before_past_tense =
    entry<Section::determiner> >>
    x3::repeat(1, 3)[ws >> !past_tense >> !entry<Section::speech_verb> >> !entry<Section::adverb> >>
                     !entry<Section::function_word> >> phrase_word];
auto const subject = form<Form::subject>() >> !gerund >>
                     (x3::raw[capitalised_noun_phrase][set_speaker] |
                      x3::raw[noun_phrase_before_past_tense][set_speaker] | speaker) >>
                     ws >> x3::raw[lower_word][set_cue];

// ---- entry points --------------------------------------------------------------------

x3::rule<class after_class> const after = "after";
x3::rule<class clause_class> const clause = "clause";
x3::rule<class subject_class> const sentence_subject = "sentence_subject";
x3::rule<class credit_class> const credit_line = "credit_line";
x3::rule<class name_class> const bare_name = "bare_name";

auto const after_def = *(ws | ',' | ';') >>
                       (speaker_verb | verb_speaker | according_to | as_put_it | term |
                        source_note | citation |
                        (dash >> *ws >> (speaker_verb | verb_speaker | according_to)) | signature |
                        person_past_tense);
auto const clause_def = speaker_verb | verb_speaker | according_to | as_put_it | term |
                        source_note | citation | person_past_tense;
// The subject opens the sentence or follows its introductory phrase (`At a rally, Trump
// likened`).
auto const sentence_subject_def =
    subject | (run_until_parser(",", true, false, true) >> ',' >> ws >> subject);
auto const credit_line_def = credit;
auto const bare_name_def = name;

BOOST_SPIRIT_DEFINE(after, clause, sentence_subject, credit_line, bare_name)

using after_type = decltype(after);
using clause_type = decltype(clause);
using sentence_subject_type = decltype(sentence_subject);
using credit_line_type = decltype(credit_line);
using bare_name_type = decltype(bare_name);

}  // namespace citecheck::grammars::attribution_grammar
