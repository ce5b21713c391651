#include "src/attribution/link_attributions.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "grammars/attribution.hpp"
#include "src/attribution/sentences.hpp"
#include "src/text/characters.hpp"

namespace citecheck {

namespace {

using grammars::ParsedAttribution;
using grammars::TextRange;
using Form = ParsedAttribution::Form;

// How far before a pronoun to look for the person it stands for.
constexpr std::size_t kPersonWindow = 2000;
// How much of the previous paragraph can introduce a quotation (`Caddell continued:`).
constexpr std::size_t kIntroWindow = 400;
// How long a signature line under a quotation can be.
constexpr std::size_t kSignatureWindow = 200;
// The longest paragraph read as a line of dialogue.
constexpr std::size_t kDialogueLine = 250;
// Markers for indices into a region's candidates: none exists, not yet searched.
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kUnknown = static_cast<std::size_t>(-2);
// What turns a participle into a finite verb: `is calling`, `’s claiming`.
constexpr std::array<std::string_view, 7> kAuxiliaries = {
    " is ", " was ", " are ", " were ", " been ", "'s ", "\xE2\x80\x99s "};

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Whether a comma, semicolon or dash stands in `words[begin, end)`: the clause of a phrase
// before it has ended.
bool separates_clauses(std::string_view words, std::size_t begin, std::size_t end) {
  if (begin >= end)
    return false;
  const std::string_view between = words.substr(begin, end - begin);
  return between.find_first_of(",;") != std::string_view::npos ||
         between.find("\xE2\x80\x94") != std::string_view::npos ||  // — em dash
         between.find("\xE2\x80\x95") != std::string_view::npos ||  // ― horizontal bar
         between.find(" -- ") != std::string_view::npos;
}

// `text` with every tab and line break as a space, so that multi-word lexicon entries
// (`according to`) match across soft wraps; `words` keeps its capacity for the next use.
void assign_words(std::string& words, std::string_view text) {
  words.resize(text.size());
  // Every byte stored, blank or not, through plain pointers: the loop vectorises.
  char* out = words.data();
  const char* in = text.data();
  for (std::size_t index = 0; index < text.size(); ++index) {
    const char c = in[index];
    out[index] = c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
  }
}

Attribution::Kind kind_of(Form form) {
  switch (form) {
    case Form::according_to:
      return Attribution::Kind::according_to;
    case Form::as_put_it:
    case Form::term:
      return Attribution::Kind::term;
    case Form::source_note:
      return Attribution::Kind::source_note;
    case Form::citation:
      return Attribution::Kind::citation;
    case Form::signature:
      return Attribution::Kind::signature;
    case Form::credit:
      return Attribution::Kind::credit;
    case Form::speaker_verb:
    case Form::unlisted_verb:
    case Form::verb_speaker:
    case Form::subject:
      break;
  }
  return Attribution::Kind::speech;
}

// The words as written, with every run of white space (line breaks, U+00A0) as one space.
std::string clean_words(std::string_view text) {
  std::string words;
  words.reserve(text.size());
  bool space = false;
  for (std::size_t index = 0; index < text.size();) {
    if (is_blank(text[index])) {
      space = true;
      ++index;
    } else if (text.compare(index, 2, "\xC2\xA0") == 0) {
      space = true;
      index += 2;
    } else {
      // A run of bytes without white space, copied at once.
      std::size_t end = index + 1;
      while (end < text.size() && !is_blank(text[end]) && text[end] != '\xC2')
        ++end;
      if (space && !words.empty())
        words += ' ';
      space = false;
      words.append(text, index, end - index);
      index = end;
    }
  }
  return words;
}

// Makes a phrase's offsets, relative to a stretch starting at `by`, relative to the region.
void shift(ParsedAttribution& parsed, std::size_t by) {
  for (TextRange* range : {&parsed.whole, &parsed.speaker, &parsed.cue}) {
    range->start += by;
    range->end += by;
  }
  if (parsed.outlet) {
    parsed.outlet->start += by;
    parsed.outlet->end += by;
  }
}

// Whether a phrase found in prose names a speaker. `words` ends where the stretch holding
// the phrase ends; `stretch_start` is where it begins.
bool is_usable(std::string_view words, std::size_t stretch_start, const ParsedAttribution& parsed,
               bool after_quote, bool before_quote) {
  if (parsed.form == Form::speaker_verb && words.substr(0, parsed.cue.end).ends_with("ing")) {
    // `a parody website asking for`: a participle needs an auxiliary (`is calling`,
    // `’s claiming`) to make the words before it its subject.
    const std::string_view between =
        words.substr(parsed.speaker.end, parsed.cue.start - parsed.speaker.end);
    return std::any_of(kAuxiliaries.begin(), kAuxiliaries.end(), [&](std::string_view aux) {
      return between.find(aux) != std::string_view::npos;
    });
  }
  if (parsed.form != Form::verb_speaker)
    return true;
  // `telling the crowd, “…”`: after a participle comes whom it addresses, not the speaker.
  if (words.substr(0, parsed.cue.end).ends_with("ing"))
    return false;
  // `said X` names the speaker right after a quotation (`“…,” said X`), right before one
  // (`said X, “…`), or as an inserted clause (`…, says Carl Anthony, historian at …,`);
  // elsewhere the name is the verb's object (`saying Clinton was …`).
  const std::size_t before =
      words.find_last_not_of(' ', parsed.whole.start == 0 ? 0 : parsed.whole.start - 1);
  const bool opens_stretch =
      before == std::string_view::npos || before < stretch_start ||
      words.substr(stretch_start, parsed.whole.start - stretch_start).find_first_not_of(" ,;") ==
          std::string_view::npos;
  const std::string_view rest = words.substr(parsed.whole.end);
  const std::size_t next = rest.find_first_not_of(' ');
  const bool closes_clause = next == std::string_view::npos || rest[next] == ',' ||
                             rest[next] == '.' || rest[next] == ';' || rest[next] == ':';
  if (after_quote && opens_stretch)
    return true;
  if (before_quote && next == std::string_view::npos)
    return false;  // `called the winner “…”`: no comma, an object
  // `Said Dorothy Poynter, who grew up with him, “…”`: opening its sentence and closing
  // its clause, the verb names its speaker (not in `Asked Sanders whether …`).
  if (words[parsed.cue.start] >= 'A' && words[parsed.cue.start] <= 'Z' && closes_clause)
    return true;
  if (before_quote && rest.find_first_not_of(" ,:") == std::string_view::npos)
    return true;
  return before != std::string_view::npos && words[before] == ',' && closes_clause;
}

// An attribution phrase found in a region, with offsets into the region.
struct Candidate {
  ParsedAttribution parsed;
  bool usable = true;  // `saying X` in mid-sentence names the object, not the speaker
};

enum class Gender : std::uint8_t { unknown, masculine, feminine };

struct Person {
  std::size_t position;  // prose offset
  std::size_t end;       // past the name, prose offset
  std::string name;
  bool speaker;   // named in an attribution, not just mentioned
  Gender gender;  // told by a title (`Mrs. Clinton`), else unknown
};

// The gender a pronoun or a name's title tells, if the lexicon knows it.
std::string_view surname_of(std::string_view name) {
  const std::size_t space = name.find_last_of(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

// The first word of `words` that tells a gender decides: a title (`Mrs. Clinton`), or a
// given name after another title (`Finanzminister Thomas Berger`).
Gender gender_of(std::string_view words, const Lexicon& lexicon) {
  for (std::size_t start = 0; start < words.size();) {
    const std::string_view rest = words.substr(start);
    const Lexicon::FirstWord word = lexicon.first_word(rest);
    if (lexicon.match(word, Lexicon::Section::masculine, rest) != 0)
      return Gender::masculine;
    if (lexicon.match(word, Lexicon::Section::feminine, rest) != 0)
      return Gender::feminine;
    const std::size_t space = words.find(' ', start);
    if (space == std::string_view::npos)
      break;
    start = space + 1;
  }
  return Gender::unknown;
}

}  // namespace

class AttributionLinker::Linker {
 public:
  Linker(const Article& article, const Lexicon& lexicon)
      : article_(article), text_(article.text()), lexicon_(lexicon) {
    for (const std::string& entry : lexicon.entries(Lexicon::Section::source_note)) {
      const std::string_view word = std::string_view(entry).substr(0, entry.find_first_of(" :"));
      source_note_words_.emplace_back(word);
      if (word.front() >= 'a' && word.front() <= 'z') {
        source_note_words_.emplace_back(word);
        source_note_words_.back().front() = static_cast<char>(word.front() - 'a' + 'A');
      }
    }
    // `Source` finds `Sources` too: keep only words no other kept word is a prefix of.
    std::sort(source_note_words_.begin(), source_note_words_.end());
    std::vector<std::string> shortest;
    for (std::string& word : source_note_words_) {
      if (shortest.empty() || !word.starts_with(shortest.back()))
        shortest.push_back(std::move(word));
    }
    source_note_words_ = std::move(shortest);
    // The first byte, and the first two bytes, a credit or source note can start with.
    for (const Lexicon::Section section :
         {Lexicon::Section::credit, Lexicon::Section::source_note}) {
      for (const std::string& entry : lexicon.entries(section)) {
        const char second = entry.size() > 1 ? entry[1] : ' ';
        add_phrase_start(entry.front(), second);
        if (entry.front() >= 'a' && entry.front() <= 'z')
          add_phrase_start(static_cast<char>(entry.front() - 'a' + 'A'), second);
      }
    }
  }

  std::vector<Attribution> link(std::span<Quotation> quotations, Span part);

 private:
  // A stretch between two quotations (or a region edge) that lies in one sentence. Its
  // attribution phrases are parsed the first time a quotation asks for them: most
  // quotations are attributed by the phrase right after them or in their own sentence.
  struct Piece {
    std::size_t begin = 0;  // region offsets
    std::size_t end = 0;
    std::size_t sentence = 0;
    bool after_quote = false;   // opens the stretch right after a quotation
    bool before_quote = false;  // closes the stretch right before a quotation
    bool parsed = false;
    std::size_t first_candidate = 0;  // its candidates, once parsed: a run in `candidates`
    std::size_t candidate_count = 0;
  };
  // A stretch of prose analysed as a whole: a paragraph, or the content of a quotation.
  struct Region {
    std::size_t begin = 0;  // prose offsets
    std::size_t end = 0;
    std::string words;  // the prose with white space as ' ' and quotation contents blanked
    std::vector<std::size_t> quotes;  // indices into quotations_, in text order
    std::vector<attribution::QuoteUnit> units;
    std::vector<std::size_t> sentences;
    std::vector<Piece> pieces;            // in text order
    std::vector<std::size_t> gap_pieces;  // first piece of the stretch before each unit
    std::vector<Candidate> candidates;    // each parsed piece's run, in parsing order
    std::vector<std::size_t> found_at;    // where each quotation's attribution was found
    bool nested = false;                  // the content of a quotation
    bool may_hold_source_note = false;    // a source-note word occurs in `words`
    std::size_t first_source_note = kUnknown;
    // The last search for a named speaker: pieces before `named_limit` hold `named` last.
    std::size_t named_limit = 0;
    std::size_t named = kNone;
    std::size_t last_attributed = kNone;  // the latest quotation with an attribution
    // Empties the region for reuse, keeping the buffers' capacity.
    void reset(std::size_t first, std::size_t last);
  };
  struct Carry {
    std::optional<Attribution> speaker;  // last speaker of the previous paragraph
    std::size_t paragraph_begin = 0;
    std::size_t paragraph_end = 0;
    bool dialogue_line = false;  // short, and every quotation in it has the same speaker
  };

  void link_paragraphs(const std::vector<std::size_t>& top_level);
  void link_region(Region& region, const std::optional<Attribution>& outer);
  void prepare(Region& region) const;
  // Indices into region.candidates of the piece's phrases, parsing them on first use.
  std::pair<std::size_t, std::size_t> candidates_of(Region& region, std::size_t piece) const;
  // The last usable phrase of the region that names a speaker (not a source note).
  std::size_t last_speaker_phrase(Region& region) const;
  struct Choice {
    Attribution attribution;
    std::size_t position;  // where in the region the phrase is (0 when inherited)
  };
  std::optional<Choice> choose(Region& region, std::size_t index);
  std::optional<Choice> next_paragraph_signature(std::size_t paragraph_end);
  std::optional<Attribution> previous_paragraph_speaker(const Region& region);
  std::optional<Attribution> alternating_speaker(const Region& region) const;
  std::optional<Attribution> incise_speaker(std::size_t quotation);
  Attribution make(const Region& region, const ParsedAttribution& parsed);
  // `after_verb`: the speaker follows its speech verb (`said the economist Jared Bernstein`).
  TextRange named_in_apposition(std::string_view words, TextRange speaker, bool after_verb) const;
  bool is_title_before_name(std::string_view words) const;
  bool is_subject(const Person& person) const;
  Gender person_gender(std::string_view name);
  Gender surname_gender(std::string_view name) const;
  bool is_organisation(std::string_view name) const;
  Gender pronoun_gender(const Attribution& pronoun) const;
  // Sets the speaker `pronoun` stands for, if one is found.
  void resolve_pronoun(Attribution& attribution, const Region& region,
                       const ParsedAttribution& pronoun);
  // The latest named speaker phrase before `pronoun` in its sentence, already parsed.
  const ParsedAttribution* speaker_earlier_in_sentence(const Region& region,
                                                       const ParsedAttribution& pronoun) const;
  void remember_people(std::size_t begin, std::size_t end);
  void forget_people_before(std::size_t paragraph_start);
  void remember(const Attribution& attribution, std::size_t position);
  std::size_t sentence_of(const Region& region, std::size_t offset) const;
  void add_phrase_start(char first, char second);
  void find_notes_and_credits(Span part);
  void link_markup_credits(Span part);
  void forget_quotations_before(std::size_t part_start);

  const Article& article_;
  std::string_view text_;
  const Lexicon& lexicon_;
  std::span<Quotation> quotations_;                 // the part being linked
  std::vector<std::vector<std::size_t>> children_;  // nested quotations of each quotation
  // Outermost quotations of this part and of the end of the previous one, in text order:
  // names in them are not the people the article talks about.
  std::vector<Span> quoted_;
  std::size_t floor_ = 0;  // where the last paragraph linked ends
  Carry carry_;
  Carry carry_before_;          // the paragraph with quotations before carry_'s
  std::vector<Person> people_;  // sorted by position
  std::unordered_map<std::string, Gender> gender_by_surname_;
  std::size_t people_scanned_to_ = 0;  // prose offset up to which names were collected
  std::vector<Attribution> unlinked_;  // credits and source notes found in the text
  // What a source-note phrase starts with, as written and capitalised: a region without
  // any of them needs no search for a paragraph-level `(Source: …)`.
  std::vector<std::string> source_note_words_;
  std::string phrase_first_bytes_;    // the bytes a credit or source note starts with
  std::bitset<65536> phrase_starts_;  // and its first two bytes: most words fail this test
  std::vector<std::size_t> phrase_candidates_;  // reused for every part
  Region paragraph_;                            // reused for every paragraph
};

std::vector<Attribution> AttributionLinker::Linker::link(std::span<Quotation> quotations,
                                                         Span part) {
  quotations_ = quotations;
  std::vector<std::size_t> order(quotations_.size());
  for (std::size_t index = 0; index < order.size(); ++index)
    order[index] = index;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return quotations_[a].prose.start < quotations_[b].prose.start;
  });
  // Nesting by containment: the finder's depth and the spans agree, but spans are what the
  // regions are cut from.
  children_.assign(quotations_.size(), {});
  std::vector<std::size_t> top_level;
  std::vector<std::size_t> open;
  for (const std::size_t index : order) {
    const Span prose = quotations_[index].prose;
    while (!open.empty() && quotations_[open.back()].prose.end <= prose.start)
      open.pop_back();
    if (open.empty()) {
      top_level.push_back(index);
    } else {
      children_[open.back()].push_back(index);
    }
    open.push_back(index);
  }
  forget_quotations_before(part.start);
  for (const std::size_t index : top_level)
    quoted_.push_back(quotations_[index].prose);
  link_paragraphs(top_level);
  link_markup_credits(part);
  find_notes_and_credits(part);
  return std::exchange(unlinked_, {});
}

// A part's pronouns look back no further than kPersonWindow before the introduction of a
// paragraph of the part, so quotations older than that are no longer needed to mask names
// (markup credits, linked last, may look anywhere). Dropped in bulk: linear cost.
void AttributionLinker::Linker::forget_quotations_before(std::size_t part_start) {
  if (!article_.markup_credits.empty() || part_start < kIntroWindow + kPersonWindow)
    return;
  const std::size_t oldest = part_start - kIntroWindow - kPersonWindow;
  const auto first_kept =
      std::lower_bound(quoted_.begin(), quoted_.end(), oldest,
                       [](Span span, std::size_t offset) { return span.end < offset; });
  if (2 * static_cast<std::size_t>(first_kept - quoted_.begin()) >= quoted_.size())
    quoted_.erase(quoted_.begin(), first_kept);
}

// The linker reads paragraphs by blank lines even where the text writes one paragraph per
// line (Article::lines_are_paragraphs): there, the neighbouring lines give speakers that
// one line lacks (per-line regions left more gold-attributed quotations unattributed on the
// evaluation corpus).
void AttributionLinker::Linker::link_paragraphs(const std::vector<std::size_t>& top_level) {
  for (std::size_t first = 0; first < top_level.size();) {
    Region& region = paragraph_;
    const Quotation& opening = quotations_[top_level[first]];
    region.reset(text::paragraph_start(text_, opening.prose.start, floor_),
                 text::paragraph_end(text_, opening.prose.end));
    std::size_t last = first;
    while (last < top_level.size() && quotations_[top_level[last]].prose.start < region.end) {
      const std::size_t quote_end = quotations_[top_level[last]].prose.end;
      if (quote_end > region.end)
        region.end = text::paragraph_end(text_, quote_end);
      region.quotes.push_back(top_level[last++]);
    }
    forget_people_before(region.begin);
    link_region(region, std::nullopt);
    floor_ = region.end;
    first = last;
  }
}

void AttributionLinker::Linker::Region::reset(std::size_t first, std::size_t last) {
  begin = first;
  end = last;
  words.clear();
  quotes.clear();
  units.clear();
  sentences.clear();
  pieces.clear();
  gap_pieces.clear();
  candidates.clear();
  found_at.clear();
  nested = false;
  may_hold_source_note = false;
  first_source_note = kUnknown;
  named_limit = 0;
  named = kNone;
  last_attributed = kNone;
}

void AttributionLinker::Linker::prepare(Region& region) const {
  const std::string_view prose = text_.substr(region.begin, region.end - region.begin);
  assign_words(region.words, prose);
  for (const std::size_t index : region.quotes) {
    const Quotation& quote = quotations_[index];
    const std::size_t start = quote.prose.start - region.begin;
    const std::size_t end = quote.prose.end - region.begin;
    const std::size_t open = quote.open ? quote.open->glyph.size() : 0;
    const std::size_t close = quote.close ? quote.close->glyph.size() : 0;
    const std::size_t content_end = std::max(start + open, end - std::min(close, end - start));
    region.units.push_back({start, end, content_end});
    std::fill(region.words.begin() + static_cast<std::ptrdiff_t>(start + open),
              region.words.begin() + static_cast<std::ptrdiff_t>(content_end), ' ');
  }
  region.sentences = attribution::sentence_starts(prose, region.units, lexicon_);
  const std::string_view words = region.words;
  region.may_hold_source_note =
      std::any_of(source_note_words_.begin(), source_note_words_.end(),
                  [&](const std::string& word) { return words.find(word) != std::string::npos; });

  // The stretches between quotations, cut at sentence ends.
  std::size_t gap_start = 0;
  for (std::size_t unit = 0; unit <= region.units.size(); ++unit) {
    region.gap_pieces.push_back(region.pieces.size());
    const std::size_t gap_end =
        unit < region.units.size() ? region.units[unit].start : words.size();
    std::size_t piece = gap_start;
    while (piece < gap_end) {
      const std::size_t sentence = sentence_of(region, piece);
      const std::size_t next_sentence =
          sentence + 1 < region.sentences.size() ? region.sentences[sentence + 1] : words.size();
      const std::size_t piece_end = std::min(gap_end, next_sentence);
      Piece& added = region.pieces.emplace_back();
      added.begin = piece;
      added.end = piece_end;
      added.sentence = sentence;
      added.after_quote = unit > 0 && piece == gap_start;
      added.before_quote = piece_end == gap_end && unit < region.units.size();
      piece = piece_end;
    }
    if (unit < region.units.size())
      gap_start = region.units[unit].end;
  }
  region.gap_pieces.push_back(region.pieces.size());
}

std::pair<std::size_t, std::size_t> AttributionLinker::Linker::candidates_of(
    Region& region, std::size_t index) const {
  Piece& piece = region.pieces[index];
  if (!piece.parsed) {
    piece.parsed = true;
    piece.first_candidate = region.candidates.size();
    const std::string_view words = region.words;
    const std::string_view stretch = words.substr(piece.begin, piece.end - piece.begin);
    for (ParsedAttribution parsed : grammars::find_attributions(stretch, lexicon_)) {
      shift(parsed, piece.begin);
      const bool usable = is_usable(words.substr(0, piece.end), piece.begin, parsed,
                                    piece.after_quote, piece.before_quote);
      region.candidates.push_back({parsed, usable});
    }
    piece.candidate_count = region.candidates.size() - piece.first_candidate;
  }
  return {piece.first_candidate, piece.first_candidate + piece.candidate_count};
}

std::size_t AttributionLinker::Linker::last_speaker_phrase(Region& region) const {
  for (std::size_t piece = region.pieces.size(); piece > 0;) {
    const auto [first, last] = candidates_of(region, --piece);
    for (std::size_t candidate = last; candidate > first;) {
      const Candidate& found = region.candidates[--candidate];
      if (found.usable && found.parsed.form != Form::source_note)
        return candidate;
    }
  }
  return kNone;
}

std::size_t AttributionLinker::Linker::sentence_of(const Region& region, std::size_t offset) const {
  const auto after = std::upper_bound(region.sentences.begin(), region.sentences.end(), offset);
  return static_cast<std::size_t>(after - region.sentences.begin()) - 1;
}

void AttributionLinker::Linker::link_region(Region& region,
                                            const std::optional<Attribution>& outer) {
  prepare(region);
  for (std::size_t index = 0; index < region.quotes.size(); ++index) {
    Quotation& quote = quotations_[region.quotes[index]];
    std::optional<Attribution> chosen;
    region.found_at.push_back(0);
    if (std::optional<Choice> choice = choose(region, index)) {
      chosen = std::move(choice->attribution);
      region.found_at.back() = choice->position;
    }
    if (!chosen && !outer)
      chosen = incise_speaker(region.quotes[index]);
    if (!chosen && outer)
      chosen = outer;
    if (!chosen && !outer && index == 0)
      chosen = previous_paragraph_speaker(region);
    if (chosen)
      quote.attribution = std::move(chosen);
    if (quote.attribution)
      region.last_attributed = index;
    if (!children_[region.quotes[index]].empty()) {
      Region inner;
      inner.begin = quote.prose.start + (quote.open ? quote.open->glyph.size() : 0);
      inner.end =
          std::max(inner.begin, quote.prose.end - (quote.close ? quote.close->glyph.size() : 0));
      inner.quotes = children_[region.quotes[index]];
      inner.nested = true;
      link_region(inner, quote.attribution);
    }
  }
  if (outer)
    return;
  // What the next paragraph inherits: the last speaker named here, if a quotation was
  // attributed to someone here at all.
  std::optional<Attribution> speaker;
  if (const std::size_t last = last_speaker_phrase(region); last != kNone)
    speaker = make(region, region.candidates[last].parsed);
  bool one_speaker = true;
  for (const std::size_t index : region.quotes) {
    const std::optional<Attribution>& attribution = quotations_[index].attribution;
    one_speaker = one_speaker && attribution &&
                  attribution->speaker == quotations_[region.quotes.front()].attribution->speaker;
    if (attribution && (!speaker || attribution->span.start > speaker->span.start)) {
      speaker = attribution;
    }
  }
  // A line of dialogue: short, one speaker, its first quotation opening a sentence (after
  // an action beat, perhaps), not words quoted inside a sentence of narrative.
  const bool dialogue_line = one_speaker && region.end - region.begin <= kDialogueLine &&
                             !region.units.empty() && !region.sentences.empty() &&
                             region.sentences[sentence_of(region, region.units.front().start)] ==
                                 region.units.front().start;
  carry_before_ = std::exchange(carry_, Carry{speaker, region.begin, region.end, dialogue_line});
}

std::optional<AttributionLinker::Linker::Choice> AttributionLinker::Linker::choose(
    Region& region, std::size_t index) {
  const auto pick = [&](const ParsedAttribution& parsed) {
    return Choice{make(region, parsed), parsed.whole.start};
  };
  const attribution::QuoteUnit& unit = region.units[index];
  const std::string_view words = region.words;
  const std::size_t sentence = sentence_of(region, unit.start);
  const std::size_t sentence_end =
      sentence + 1 < region.sentences.size() ? region.sentences[sentence + 1] : words.size();
  const std::size_t next_unit =
      index + 1 < region.units.size() ? region.units[index + 1].start : words.size();

  // 1. Right after the closing mark: `“…,” X said`, `“…,” said X`, `“…” — X`.
  if (unit.end < next_unit) {
    if (auto parsed = grammars::parse_attribution_after(
            words.substr(unit.end, next_unit - unit.end), lexicon_)) {
      shift(*parsed, unit.end);
      // Across a sentence end only a bare attribution sentence counts (`“Done.” Trump said.`).
      const std::size_t rest = words.find_first_not_of(' ', parsed->whole.end);
      const bool bare = rest == std::string_view::npos || words[rest] == '.' || words[rest] == ',';
      // A question or exclamation is followed by its speaker: `“Who knows?” Trump told ITV`.
      const char last = unit.content_end > 0 ? text_[region.begin + unit.content_end - 1] : ' ';
      // `…,” Trump said: “…` introduces the next quotation.
      const bool introduces = rest != std::string_view::npos && words[rest] == ':';
      if (!introduces && (parsed->whole.end <= sentence_end || bare || last == '?' || last == '!'))
        return pick(*parsed);
    }
  }

  // 2. Before the quotation in the same sentence. Within the stretch right before it the
  // leftmost phrase wins (`Trump said that Clinton called it “a disaster”` reports Trump's
  // words) unless a comma or dash closes its clause first (`While Lind argued that fares
  // must rise, Berg said only that “…”`); further back, the nearest one (`…, when he told
  // Clinton that “…”`). Unlisted verbs (`they succeed`) count only when nothing explicit is
  // in the sentence.
  const std::size_t following = region.gap_pieces[index + 1];  // first piece after the quote
  const std::size_t stretch_start = index > 0 ? region.units[index - 1].end : 0;
  const auto before_in_sentence = [&](bool weak) -> const Candidate* {
    std::size_t found = kNone;
    for (std::size_t piece = following; piece > 0 && region.pieces[piece - 1].sentence == sentence;
         --piece) {
      const auto [first, last] = candidates_of(region, piece - 1);
      for (std::size_t candidate = last; candidate > first;) {
        const Candidate& before = region.candidates[--candidate];
        if (!before.usable || (before.parsed.form == Form::unlisted_verb) != weak)
          continue;
        if (found != kNone && (before.parsed.whole.start < stretch_start ||
                               separates_clauses(words, before.parsed.whole.end,
                                                 region.candidates[found].parsed.whole.start))) {
          return &region.candidates[found];
        }
        found = candidate;
      }
    }
    return found == kNone ? nullptr : &region.candidates[found];
  };
  const auto after_in_sentence = [&](bool weak) -> const Candidate* {
    for (std::size_t piece = following;
         piece < region.pieces.size() && region.pieces[piece].sentence == sentence; ++piece) {
      const auto [first, last] = candidates_of(region, piece);
      for (std::size_t candidate = first; candidate < last; ++candidate) {
        const Candidate& after = region.candidates[candidate];
        if (after.usable && (after.parsed.form == Form::unlisted_verb) == weak)
          return &after;
      }
    }
    return nullptr;
  };
  if (const Candidate* found = before_in_sentence(false))
    return pick(found->parsed);
  // 3. Later in the same sentence (`“A” and “B,” Trump said`, `the C.K. Prahalad’s term`).
  if (const Candidate* found = after_in_sentence(false))
    return pick(found->parsed);
  if (region.nested)
    return std::nullopt;  // inside a quotation only explicit phrases count

  // 4. A paragraph-level `(Source: …)`: the first in the region, looked for once.
  if (region.first_source_note == kUnknown) {
    region.first_source_note = kNone;
    for (std::size_t piece = 0; region.may_hold_source_note && piece < region.pieces.size() &&
                                region.first_source_note == kNone;
         ++piece) {
      const auto [first, last] = candidates_of(region, piece);
      for (std::size_t candidate = first; candidate < last; ++candidate) {
        if (region.candidates[candidate].parsed.form == Form::source_note) {
          region.first_source_note = candidate;
          break;
        }
      }
    }
  }
  if (region.first_source_note != kNone)
    return pick(region.candidates[region.first_source_note].parsed);

  // 5. Weak evidence in the sentence: an unlisted verb, the sentence's subject.
  if (const Candidate* found = before_in_sentence(true))
    return pick(found->parsed);
  const std::size_t sentence_start = region.sentences[sentence];
  if (sentence_start < unit.start) {
    if (auto parsed = grammars::parse_sentence_subject(
            words.substr(sentence_start, unit.start - sentence_start), lexicon_)) {
      shift(*parsed, sentence_start);
      return pick(*parsed);
    }
  }
  if (const Candidate* found = after_in_sentence(true))
    return pick(found->parsed);

  // 6. A signature line under a quotation that ends its paragraph (`— Name`).
  if (words.find_first_not_of(' ', unit.end) == std::string_view::npos) {
    if (auto signature = next_paragraph_signature(region.end))
      return signature;
  }

  // 7. The speaker so far in this paragraph (`“A,” said X. “B.”`): the later of the last
  // attributed quotation and the last attribution phrase. Unlisted verbs (`he trailed`)
  // are too weak to change the speaker.
  // Searched back only to where the previous quotation's search began.
  std::size_t named = kNone;
  for (std::size_t piece = following; piece > region.named_limit && named == kNone; --piece) {
    const auto [first, last] = candidates_of(region, piece - 1);
    for (std::size_t candidate = last; candidate > first;) {
      const Candidate& before = region.candidates[--candidate];
      if (before.usable && before.parsed.form != Form::source_note &&
          before.parsed.form != Form::unlisted_verb) {
        named = candidate;
        break;
      }
    }
  }
  if (named == kNone)
    named = region.named;
  region.named_limit = following;
  region.named = named;
  if (const std::size_t previous = region.last_attributed; previous != kNone) {
    const std::optional<Attribution>& attribution =
        quotations_[region.quotes[previous]].attribution;
    if (named == kNone || region.found_at[previous] >= region.candidates[named].parsed.whole.start)
      return Choice{*attribution, region.found_at[previous]};
  }
  if (named != kNone)
    return pick(region.candidates[named].parsed);

  // 8. The next sentence (`“…” That is how Trump put it.`).
  for (std::size_t piece = following;
       piece < region.pieces.size() && region.pieces[piece].sentence <= sentence + 1; ++piece) {
    const auto [first, last] = candidates_of(region, piece);
    for (std::size_t candidate = first; candidate < last; ++candidate) {
      const Candidate& after = region.candidates[candidate];
      if (after.usable && after.parsed.form != Form::unlisted_verb)
        return pick(after.parsed);
    }
  }

  // 9. An action beat: a quotation that opens its sentence after a sentence of the same
  // paragraph whose subject, a person's name or a pronoun, acts (`She set down her pen.
  // “Father already knows.”`). A noun phrase there (`The paranoia remained.`, `A survey
  // found`) is seldom the speaker.
  const std::size_t quote_opens = words.find_first_not_of(' ', sentence_start);
  if (sentence > 0 && quote_opens == unit.start &&
      (index == 0 || region.units[index - 1].end <= region.sentences[sentence - 1])) {
    const std::size_t previous = region.sentences[sentence - 1];
    if (auto parsed = grammars::parse_sentence_subject(
            words.substr(previous, sentence_start - previous), lexicon_)) {
      shift(*parsed, previous);
      const std::string_view subject =
          words.substr(parsed->speaker.start, parsed->speaker.end - parsed->speaker.start);
      const bool names_a_person =
          parsed->pronoun ||
          (!subject.empty() && subject.front() >= 'A' && subject.front() <= 'Z' &&
           lexicon_.match(Lexicon::Section::determiner, subject) == 0);
      if (names_a_person)
        return pick(*parsed);
    }
  }
  return std::nullopt;
}

// The line after a paragraph, when it starts with a dash: `-Michelle Marks, Philadelphia.`
std::optional<AttributionLinker::Linker::Choice>
AttributionLinker::Linker::next_paragraph_signature(std::size_t paragraph_end) {
  std::size_t start = paragraph_end;
  while (start < text_.size() && is_blank(text_[start]))
    ++start;
  const std::string_view line =
      text_.substr(start, std::min(kSignatureWindow, text_.find('\n', start) - start));
  if (line.empty() || !(line.front() == '-' || line.starts_with("\xE2\x80")))
    return std::nullopt;
  Region signature;
  signature.begin = start;
  signature.end = start + line.size();
  signature.words.assign(line);
  const auto parsed = grammars::parse_attribution_after(signature.words, lexicon_);
  if (!parsed || parsed->form != Form::signature)
    return std::nullopt;
  return Choice{make(signature, *parsed), 0};
}

// French sets the speaker inside the quotation (`« Je ne sais pas, dit-elle. Peut-être
// demain. »`): an inverted speech verb between commas in its words names it.
std::optional<Attribution> AttributionLinker::Linker::incise_speaker(std::size_t quotation) {
  const Quotation& quote = quotations_[quotation];
  Region inside;
  inside.begin = quote.prose.start + (quote.open ? quote.open->glyph.size() : 0);
  inside.end =
      std::max(inside.begin, quote.prose.end - (quote.close ? quote.close->glyph.size() : 0));
  inside.quotes = children_[quotation];
  inside.nested = true;
  prepare(inside);
  for (std::size_t piece = 0; piece < inside.pieces.size(); ++piece) {
    const auto [first, last] = candidates_of(inside, piece);
    for (std::size_t candidate = first; candidate < last; ++candidate) {
      // Usable mid-sentence only when set off by commas (`…, dit-elle, …`).
      const Candidate& found = inside.candidates[candidate];
      if (found.usable && found.parsed.form == Form::verb_speaker)
        return make(inside, found.parsed);
    }
  }
  return std::nullopt;
}

// Dialogue alternates: a paragraph that is nothing but a quotation, after two paragraphs of
// two different speakers, is the earlier speaker's answer (`“You are late,” said Ann. /
// Tom shrugged. “The coach broke.” / “Then walk faster.”`: Ann's).
std::optional<Attribution> AttributionLinker::Linker::alternating_speaker(
    const Region& region) const {
  const bool bare_line =
      region.units.size() == 1 && region.end - region.begin <= kDialogueLine &&
      region.words.find_first_not_of(' ') == region.units.front().start &&
      region.words.find_first_not_of(' ', region.units.front().end) == std::string_view::npos;
  const bool consecutive =
      text_.find_first_not_of(" \t\r\n", carry_before_.paragraph_end) == carry_.paragraph_begin;
  if (!bare_line || !consecutive || !carry_.dialogue_line || !carry_before_.dialogue_line ||
      !carry_.speaker || !carry_before_.speaker ||
      carry_.speaker->speaker == carry_before_.speaker->speaker) {
    return std::nullopt;
  }
  return carry_before_.speaker;
}

// A quotation opening a paragraph continues the previous paragraph's speaker, or the
// speaker its last sentence introduces with a colon (`Caddell continued:`).
std::optional<Attribution> AttributionLinker::Linker::previous_paragraph_speaker(
    const Region& region) {
  const std::size_t first = region.words.find_first_not_of(' ');
  if (region.units.empty() || first != region.units.front().start)
    return std::nullopt;
  std::size_t end = region.begin;
  while (end > 0 && is_blank(text_[end - 1]))
    --end;
  if (end == 0)
    return std::nullopt;
  const bool introduced = text_[end - 1] == ':';
  if (!introduced && carry_.paragraph_end == end) {
    if (const std::optional<Attribution> answer = alternating_speaker(region))
      return answer;
    return carry_.speaker;
  }
  // A paragraph without quotations: its last attribution phrase (`Carter said that …`,
  // `Caddell continued:`) introduces the quotation.
  const std::size_t start = end - std::min(end, kIntroWindow);
  Region intro;
  intro.begin = text::paragraph_start(text_, end - 1, start);
  intro.end = end;
  prepare(intro);
  if (const std::size_t last = last_speaker_phrase(intro); last != kNone)
    return make(intro, intro.candidates[last].parsed);
  return std::nullopt;
}

Attribution AttributionLinker::Linker::make(const Region& region, const ParsedAttribution& parsed) {
  const std::string_view words = region.words;
  const auto original = [&](TextRange range) {
    return article_.to_original(Span{region.begin + range.start, region.begin + range.end});
  };
  Attribution attribution;
  attribution.kind = kind_of(parsed.form);
  const TextRange speaker = parsed.pronoun
                                ? parsed.speaker
                                : named_in_apposition(words, parsed.speaker, parsed.cue.start);
  attribution.speaker = clean_words(words.substr(speaker.start, speaker.end - speaker.start));
  attribution.cue = clean_words(words.substr(parsed.cue.start, parsed.cue.end - parsed.cue.start));
  attribution.span = original(parsed.whole);
  attribution.speaker_span = original(speaker);
  if (parsed.outlet) {
    attribution.outlet =
        clean_words(words.substr(parsed.outlet->start, parsed.outlet->end - parsed.outlet->start));
    attribution.outlet_span = original(*parsed.outlet);
  }
  if (parsed.pronoun) {
    resolve_pronoun(attribution, region, parsed);
  } else {
    remember(attribution, region.begin + parsed.speaker.start);
  }
  return attribution;
}

// `the mayor, Ann Lee,` and `la maire, Claire Dupont,`: the name set beside a noun phrase,
// or ending it, is the speaker.
TextRange AttributionLinker::Linker::named_in_apposition(std::string_view words, TextRange speaker,
                                                         bool after_verb) const {
  // Both forms end the clause with the phrase. Before a verb, or followed by more words (`A
  // top Donald Trump adviser`), its last words may be a name the grammar cut short.
  const std::size_t next = words.find_first_not_of(' ', speaker.end);
  const bool ends_clause = next == std::string_view::npos || words[next] == ',' ||
                           words[next] == '.' || words[next] == ';';
  if (!ends_clause)
    return speaker;
  const std::string_view phrase = words.substr(speaker.start, speaker.end - speaker.start);
  const bool noun_phrase =
      !phrase.empty() && ((phrase.front() >= 'a' && phrase.front() <= 'z') ||
                          lexicon_.match(Lexicon::Section::determiner, phrase) != 0);
  if (!noun_phrase)
    return speaker;
  // After its verb: a determiner, words of a title, and the name that ends the phrase
  // (`said the economist Jared Bernstein`, `estime le député Luc Bernard`; not `the
  // Washington Post`, nor `the director for the Iowa Democratic Party`).
  if (after_verb) {
    const std::vector<grammars::ParsedName> inside = grammars::find_people(phrase, lexicon_);
    if (!inside.empty() && inside.back().range.end == phrase.size() &&
        is_title_before_name(phrase.substr(0, inside.back().range.start))) {
      return TextRange{speaker.start + inside.back().range.start, speaker.end};
    }
  }
  if (words.substr(speaker.end, 2) != ", ")
    return speaker;
  const std::size_t name_start = speaker.end + 2;
  constexpr std::size_t kNameWindow = 80;
  const std::string_view after = words.substr(name_start, kNameWindow);
  const std::vector<grammars::ParsedName> people = grammars::find_people(after, lexicon_);
  if (people.empty() || people.front().range.start != 0)
    return speaker;
  const std::size_t name_end = people.front().range.end;
  if (name_end < after.size() && after[name_end] != ',' && after[name_end] != '.')
    return speaker;
  return TextRange{name_start, name_start + name_end};
}

// `the campaign spokesman `: a determiner, then one or more lower-case words that are not
// function words.
bool AttributionLinker::Linker::is_title_before_name(std::string_view words) const {
  const std::size_t determiner = lexicon_.match(Lexicon::Section::determiner, words);
  if (determiner == 0)
    return false;
  std::size_t title_words = 0;
  for (std::size_t start = words.find_first_not_of(' ', determiner); start < words.size();) {
    const std::size_t end = std::min(words.find(' ', start), words.size());
    const std::string_view word = words.substr(start, end - start);
    if (!(word.front() >= 'a' && word.front() <= 'z') ||
        lexicon_.contains(Lexicon::Section::function_word, word)) {
      return false;
    }
    ++title_words;
    start = words.find_first_not_of(' ', end);
  }
  return title_words > 0;
}

const ParsedAttribution* AttributionLinker::Linker::speaker_earlier_in_sentence(
    const Region& region, const ParsedAttribution& pronoun) const {
  if (region.sentences.empty())
    return nullptr;  // a region parsed without sentences: a signature line
  const std::string_view words = region.words;
  const std::size_t sentence = sentence_of(region, pronoun.whole.start);
  const Gender gender = gender_of(
      words.substr(pronoun.speaker.start, pronoun.speaker.end - pronoun.speaker.start), lexicon_);
  const ParsedAttribution* nearest = nullptr;
  for (const Candidate& candidate : region.candidates) {
    const ParsedAttribution& parsed = candidate.parsed;
    if (!candidate.usable || parsed.pronoun || parsed.speaker.empty() ||
        (parsed.form != Form::speaker_verb && parsed.form != Form::verb_speaker)) {
      continue;
    }
    const char first = words[parsed.speaker.start];
    if (!(first >= 'A' && first <= 'Z') || parsed.whole.end > pronoun.whole.start ||
        sentence_of(region, parsed.whole.start) != sentence ||
        (nearest != nullptr && parsed.whole.start < nearest->whole.start)) {
      continue;
    }
    const Gender named = gender_of(
        words.substr(parsed.speaker.start, parsed.speaker.end - parsed.speaker.start), lexicon_);
    if (gender == Gender::unknown || named == Gender::unknown || named == gender)
      nearest = &parsed;
  }
  return nearest;
}

void AttributionLinker::Linker::remember(const Attribution& attribution, std::size_t position) {
  if (attribution.kind != Attribution::Kind::speech &&
      attribution.kind != Attribution::Kind::according_to) {
    return;
  }
  const char first = attribution.speaker.empty() ? '\0' : attribution.speaker.front();
  if (first >= 'a' && first <= 'z')
    return;  // `the campaign`: not a person
  const auto at = std::upper_bound(
      people_.begin(), people_.end(), position,
      [](std::size_t offset, const Person& person) { return offset < person.position; });
  people_.insert(at, Person{position, position + attribution.speaker.size(), attribution.speaker,
                            true, person_gender(attribution.speaker)});
}

// The gender a person's title or given name tells, remembered for the surname: `Cruz`
// alone is the gender of a `Ted Cruz` met anywhere before.
Gender AttributionLinker::Linker::person_gender(std::string_view name) {
  const Gender told = gender_of(name, lexicon_);
  if (told == Gender::unknown)
    return told;
  // Every word after the first may be the surname the article uses later (`Elizabeth
  // Warren Hammers Wells Fargo CEO` in a headline, then `Warren`). A word told both ways
  // (`Bill Clinton`, `Hillary Clinton`) tells nothing.
  for (std::size_t space = name.find(' '); space != std::string_view::npos;) {
    const std::size_t next = name.find(' ', space + 1);
    const std::string word(name.substr(
        space + 1, next == std::string_view::npos ? std::string_view::npos : next - space - 1));
    const auto [entry, added] = gender_by_surname_.emplace(word, told);
    if (!added && entry->second != told)
      entry->second = Gender::unknown;
    space = next;
  }
  return told;
}

Gender AttributionLinker::Linker::surname_gender(std::string_view name) const {
  const auto known = gender_by_surname_.find(std::string(surname_of(name)));
  return known == gender_by_surname_.end() ? Gender::unknown : known->second;
}

// Names of people in the prose between what was already collected and `end`.
void AttributionLinker::Linker::remember_people(std::size_t begin, std::size_t end) {
  begin = std::max(begin, people_scanned_to_);
  if (begin >= end)
    return;
  std::string words;
  assign_words(words, text_.substr(begin, end - begin));
  // Names inside quotations are not the people the article talks about.
  // Outermost quotations are sorted and disjoint: start from the last one opening before
  // `begin`, which may still run into the stretch.
  auto first =
      std::lower_bound(quoted_.begin(), quoted_.end(), begin,
                       [](Span quote, std::size_t offset) { return quote.start < offset; });
  if (first != quoted_.begin())
    --first;
  for (auto quote = first; quote != quoted_.end(); ++quote) {
    if (quote->start >= end)
      break;
    if (quote->end <= begin)
      continue;
    const std::size_t start = std::max(quote->start, begin) - begin;
    const std::size_t stop = std::min(quote->end, end) - begin;
    std::fill(words.begin() + static_cast<std::ptrdiff_t>(start),
              words.begin() + static_cast<std::ptrdiff_t>(stop), ' ');
  }
  for (const grammars::ParsedName& name : grammars::find_people(words, lexicon_)) {
    const std::size_t position = begin + name.range.start;
    const auto at = std::upper_bound(
        people_.begin(), people_.end(), position,
        [](std::size_t offset, const Person& person) { return offset < person.position; });
    std::string cleaned = clean_words(
        std::string_view(words).substr(name.range.start, name.range.end - name.range.start));
    const Gender gender = person_gender(cleaned);
    people_.insert(at, Person{position, begin + name.range.end, std::move(cleaned), false, gender});
  }
  people_scanned_to_ = end;
}

// Paragraphs are linked in text order. One resolves pronouns no further back than
// kPersonWindow before its introduction (previous_paragraph_speaker), so older people can
// go; markup credits, linked last, may look anywhere. Dropped in bulk: linear cost.
void AttributionLinker::Linker::forget_people_before(std::size_t paragraph_start) {
  std::size_t end = paragraph_start;
  while (end > 0 && is_blank(text_[end - 1]))
    --end;
  const std::size_t introduction = end - std::min(end, kIntroWindow);
  if (!article_.markup_credits.empty() || introduction < kPersonWindow)
    return;
  const auto first_kept = std::lower_bound(
      people_.begin(), people_.end(), introduction - kPersonWindow,
      [](const Person& person, std::size_t offset) { return person.position < offset; });
  if (2 * static_cast<std::size_t>(first_kept - people_.begin()) >= people_.size())
    people_.erase(people_.begin(), first_kept);
}

// A name followed by a lower-case word, as a sentence's subject is by its verb (`Joe Biden
// weighed in`), not `South Carolina Gov. …` or a dateline.
// The gender a pronoun tells. German `sie` is `she` or `they`; after a verb in the singular
// (`sagte sie`, not `sagten sie`), it is `she`.
Gender AttributionLinker::Linker::pronoun_gender(const Attribution& pronoun) const {
  const Gender told = gender_of(pronoun.speaker, lexicon_);
  if (told != Gender::unknown || pronoun.speaker != "sie" || pronoun.cue.empty() ||
      pronoun.cue.find(' ') != std::string::npos || pronoun.cue.back() == 'n') {
    return told;
  }
  return Gender::feminine;
}

// `The Post`, `Tax Foundation`: a speaker `he` or `she` cannot stand for.
bool AttributionLinker::Linker::is_organisation(std::string_view name) const {
  const std::size_t last_word = name.find_last_of(' ');
  return lexicon_.contains(Lexicon::Section::organisation,
                           last_word == std::string_view::npos ? name : name.substr(last_word + 1));
}

bool AttributionLinker::Linker::is_subject(const Person& person) const {
  return person.end + 1 < text_.size() && is_blank(text_[person.end]) &&
         text_[person.end + 1] >= 'a' && text_[person.end + 1] <= 'z';
}

void AttributionLinker::Linker::resolve_pronoun(Attribution& attribution, const Region& region,
                                                const ParsedAttribution& pronoun) {
  const std::string_view words = region.words;
  // `Trump says that even though he'd replace Janet Yellen, he thinks “…”`: the sentence's
  // own speaker, not the name mentioned in between.
  if (const ParsedAttribution* named = speaker_earlier_in_sentence(region, pronoun)) {
    attribution.speaker =
        clean_words(words.substr(named->speaker.start, named->speaker.end - named->speaker.start));
    attribution.resolved_pronoun = true;
    return;
  }
  // Where the pronoun's sentence and the one before it in the paragraph begin: a person
  // opening either acts, and the pronoun stands for them (`Jordan Lee arrived. “Sorry,”
  // she said.`).
  std::size_t sentence_start = kNone;
  std::size_t previous_sentence_start = kNone;
  if (!region.sentences.empty()) {
    const std::size_t sentence = sentence_of(region, pronoun.speaker.start);
    const std::size_t start = region.sentences[sentence];
    sentence_start = region.begin + std::min(words.find_first_not_of(' ', start),
                                             static_cast<std::size_t>(pronoun.speaker.start));
    if (sentence > 0 && !region.nested) {
      previous_sentence_start =
          region.begin + words.find_first_not_of(' ', region.sentences[sentence - 1]);
    }
  }
  const std::size_t position = region.begin + pronoun.speaker.start;
  remember_people(position - std::min(position, kPersonWindow), position);
  const auto at = std::lower_bound(
      people_.begin(), people_.end(), position,
      [](const Person& person, std::size_t offset) { return person.position < offset; });
  // Else the person who opens the pronoun's sentence (`Joe Biden weighed in, telling Mic,
  // “…,” he said`), else the nearest earlier speaker, else the nearest name: `Francis said in
  // Ciudad Juárez, as he called …` is about Francis. `she` passes over `Mr. Trump`.
  const Gender gender = pronoun_gender(attribution);
  // Unless the person opening the pronoun's sentence, or a speaker of its paragraph, is its
  // speaker, `she` looks first among the people told to be women (`Mrs. Ashby` before a
  // nearer `Dr. Marlowe`), then among those not told to be men. `he` does not look first
  // among the men: news names men by their surnames, which tell nothing (measured: -6 on
  // train). A surname alone counts as told when a full name before it told (`Ted Cruz`,
  // `Cruz`).
  const auto search = [&](bool told_only) -> const Person* {
    const Person* found = nullptr;
    for (auto person = at; person != people_.begin();) {
      --person;
      if (position - person->position > kPersonWindow)
        break;
      if (gender != Gender::unknown) {
        const Gender told =
            person->gender != Gender::unknown ? person->gender : surname_gender(person->name);
        if ((told_only ? told != gender : told != Gender::unknown && told != gender) ||
            is_organisation(person->name)) {
          continue;
        }
      }
      if ((person->position == sentence_start || person->position == previous_sentence_start) &&
          is_subject(*person)) {
        return &*person;
      }
      if (!found)
        found = &*person;
      if (person->speaker)
        return &*person;
    }
    return found;
  };
  const Person* found = search(false);
  const bool opens_sentence =
      found && (found->position == sentence_start || found->position == previous_sentence_start) &&
      is_subject(*found);
  // A speaker of the pronoun's own paragraph stays (`„…“, sagte Merkel. „…“, sagte sie.`).
  const bool in_paragraph = found && found->speaker && found->position >= region.begin;
  if (!opens_sentence && !in_paragraph && gender == Gender::feminine) {
    if (const Person* told = search(true))
      found = told;
  }
  if (!found)
    return;
  attribution.speaker = found->name;
  attribution.resolved_pronoun = true;
}

namespace {

std::size_t phrase_start_key(char first, char second) {
  return (std::size_t{static_cast<unsigned char>(first)} << 8) | static_cast<unsigned char>(second);
}

}  // namespace

void AttributionLinker::Linker::add_phrase_start(char first, char second) {
  if (phrase_first_bytes_.find(first) == std::string::npos)
    phrase_first_bytes_.push_back(first);
  phrase_starts_.set(phrase_start_key(first, second));
}

// `Courtesy X` and `(Source: X, Outlet)` anywhere in the part; source notes a quotation
// already uses are not repeated. The few bytes a phrase can start with are found by
// memchr, one byte value at a time, and the words they start are read in text order.
void AttributionLinker::Linker::find_notes_and_credits(Span part) {
  std::vector<std::size_t> used_notes;
  for (const Quotation& quote : quotations_) {
    if (quote.attribution && quote.attribution->kind == Attribution::Kind::source_note)
      used_notes.push_back(quote.attribution->span.start);
  }
  std::sort(used_notes.begin(), used_notes.end());
  std::vector<std::size_t>& candidates = phrase_candidates_;
  candidates.clear();
  const std::size_t part_end = std::min(part.end, text_.size());
  const char* const end = text_.data() + part_end;
  for (const char first : phrase_first_bytes_) {
    for (const char* at = text_.data() + part.start;
         at < end && (at = static_cast<const char*>(
                          std::memchr(at, first, static_cast<std::size_t>(end - at))));
         ++at) {
      const auto offset = static_cast<std::size_t>(at - text_.data());
      if (offset > 0 && !is_blank(text_[offset - 1]) && text_[offset - 1] != '(')
        continue;
      const char second = offset + 1 < text_.size() ? text_[offset + 1] : ' ';
      if (phrase_starts_[phrase_start_key(first, second)])
        candidates.push_back(offset);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  // The paragraph holding the phrases, blanks as spaces, prepared once for all of them.
  Region& region = paragraph_;
  region.reset(0, 0);
  std::size_t resume = part.start;  // past the last phrase read
  for (const std::size_t offset : candidates) {
    if (offset < resume)
      continue;
    const std::string_view rest = text_.substr(offset);
    const Lexicon::FirstWord word = lexicon_.first_word(rest);
    const bool credit = lexicon_.match(word, Lexicon::Section::credit, rest) != 0;
    const bool note = lexicon_.match(word, Lexicon::Section::source_note, rest) != 0;
    if (!credit && !note)
      continue;
    if (offset >= region.end) {
      region.reset(offset, std::min(text_.size(), text::paragraph_end(text_, offset)));
      assign_words(region.words, text_.substr(region.begin, region.end - region.begin));
    }
    const std::size_t start = offset - region.begin;
    const std::string_view words = std::string_view(region.words).substr(start);
    auto parsed = credit ? grammars::parse_credit(words, lexicon_)
                         : grammars::parse_attribution_after(words, lexicon_);
    if (!parsed || (note && parsed->form != Form::source_note))
      continue;
    shift(*parsed, start);
    Attribution found = make(region, *parsed);
    if (!std::binary_search(used_notes.begin(), used_notes.end(), found.span.start))
      unlinked_.push_back(std::move(found));
    resume = offset + (parsed->whole.end - start) + 1;
  }
}

// `— Name` under a Markdown blockquote, <cite>, <figcaption>: the loader already knows
// what they belong to.
void AttributionLinker::Linker::link_markup_credits(Span part) {
  for (const MarkupCredit& credit : article_.markup_credits) {
    // The last part keeps what starts at the prose's very end.
    if (credit.text.start < part.start ||
        (credit.text.start >= part.end && part.end < text_.size()))
      continue;
    Region region;
    region.begin = credit.text.start;
    region.end = credit.text.end;
    assign_words(region.words, text_.substr(region.begin, region.end - region.begin));
    Attribution attribution;
    const auto parsed = grammars::parse_attribution_after(region.words, lexicon_);
    if (parsed && parsed->form != Form::source_note) {
      attribution = make(region, *parsed);
    } else {
      attribution.speaker = clean_words(region.words);
      attribution.span = article_.to_original(credit.text);
      attribution.speaker_span = attribution.span;
    }
    const bool caption = credit.kind == MarkupCredit::Kind::figure_caption;
    attribution.kind = caption ? Attribution::Kind::credit : Attribution::Kind::signature;
    Quotation* target = nullptr;
    if (!caption && credit.quotation && *credit.quotation < article_.markup_quotations.size()) {
      const MarkupQuotation& markup = article_.markup_quotations[*credit.quotation];
      for (Quotation& quote : quotations_) {
        if (quote.kind != Quotation::Kind::marked && quote.span.overlaps(markup.span)) {
          target = &quote;
          break;
        }
      }
    }
    if (target) {
      target->attribution = attribution;
    } else {
      unlinked_.push_back(std::move(attribution));
    }
  }
}

AttributionLinker::AttributionLinker(const Article& article, const Lexicon& lexicon)
    : linker_(std::make_unique<Linker>(article, lexicon)) {}

AttributionLinker::~AttributionLinker() = default;

std::vector<Attribution> AttributionLinker::link(std::span<Quotation> quotations, Span part) {
  return linker_->link(quotations, part);
}

std::vector<Attribution> link_attributions(const Article& article, const Lexicon& lexicon,
                                           std::vector<Quotation>& quotations) {
  return AttributionLinker(article, lexicon).link(quotations, Span{0, article.text().size()});
}

}  // namespace citecheck
