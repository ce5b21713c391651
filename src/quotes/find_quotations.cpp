#include "src/quotes/find_quotations.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <span>

#include "grammars/quote_marks.hpp"
#include "src/input/utf8.hpp"
#include "src/quotes/mark_context.hpp"
#include "src/text/characters.hpp"

namespace citecheck {

namespace {

using grammars::MarkToken;

enum class Family { double_quote, single_quote, guillemet, single_guillemet, corner, white_corner };

Family family_of(MarkStyle style) {
  switch (style) {
    case MarkStyle::straight_single:
    case MarkStyle::curly_single:
    case MarkStyle::low_single:
      return Family::single_quote;
    case MarkStyle::guillemet:
      return Family::guillemet;
    case MarkStyle::single_guillemet:
      return Family::single_guillemet;
    case MarkStyle::corner:
      return Family::corner;
    case MarkStyle::white_corner:
      return Family::white_corner;
    default:
      return Family::double_quote;
  }
}

using Continuation = QuotationFinder::Continuation;
using PairedMarks = QuotationFinder::PairedMarks;

struct OpenMark {
  MarkToken token;
  std::size_t sequence;  // order of opening, to tell which quotations opened after this one
  std::vector<Continuation> continuations;
};

constexpr std::size_t kStyleCount = static_cast<std::size_t>(MarkStyle::double_apostrophe) + 1;
constexpr std::size_t kFamilyCount = static_cast<std::size_t>(Family::white_corner) + 1;

// The previous character that is not a space, or 0 at the start of the text.
char32_t previous_visible(std::string_view text, std::size_t offset) {
  while (offset > 0) {
    const std::size_t previous = utf8::previous(text, offset);
    std::size_t length = 0;
    const char32_t c = utf8::decode(text, previous, length);
    if (!text::is_space(c))
      return c;
    offset = previous;
  }
  return 0;
}

// A quotation that continues over paragraphs opens a sentence or follows its introduction
// (`she said: “`, `told CBS, “`); one that opens mid-sentence (`called it a “huge win`)
// and reaches the paragraph's end has lost its closing mark.
bool opens_sentence(std::string_view text, std::size_t mark_offset) {
  switch (previous_visible(text, mark_offset)) {
    case 0:
    case U'.':
    case U'!':
    case U'?':
    case U':':
    case U',':
    case U';':
    case 0x2014:
    case 0x2013:
    case 0x2026:
    case 0x201D:
    case U'"':
    case U'(':
      return true;
    default:
      return false;
  }
}

// The words of `clause`, split at white space, with trailing punctuation removed.
std::vector<std::string_view> words_of(std::string_view clause) {
  std::vector<std::string_view> words;
  std::size_t position = 0;
  while (position < clause.size()) {
    std::size_t end = clause.find_first_of(" \t\r\n", position);
    if (end == std::string_view::npos)
      end = clause.size();
    std::string_view word = clause.substr(position, end - position);
    while (!word.empty() && (word.back() == '.' || word.back() == ',' || word.back() == '?' ||
                             word.back() == '!' || word.back() == ';')) {
      word.remove_suffix(1);
    }
    if (!word.empty())
      words.push_back(word);
    position = end + 1;
  }
  return words;
}

// `he`, `the ad's narrator`, `Sen. Warren`: who says something, as opposed to the
// quoted speaker's own `I've got to ask`.
bool is_speaker_phrase(std::span<const std::string_view> words, const Lexicon& lexicon) {
  if (words.size() == 1 && lexicon.contains(Lexicon::Section::pronoun, words.front())) {
    return true;
  }
  if (lexicon.contains(Lexicon::Section::determiner, words.front()))
    return words.size() > 1;
  return std::all_of(words.begin(), words.end(), [](std::string_view word) {
    return std::isupper(static_cast<unsigned char>(word.front())) && word != "I" &&
           !word.starts_with("I'") && !word.starts_with("I\u2019");
  });
}

// Whether the clause that starts `text` and runs to its first punctuation names who speaks:
// `he said`, `the Times wrote`, `MSNBC host Matthews added`, `said Sanders`.
bool opens_with_speaker(std::string_view text, const Lexicon& lexicon) {
  constexpr std::size_t kSubjectWords = 3;  // "he", "the Times", "MSNBC host Matthews"
  const auto is_verb = [&](std::string_view word) {
    return lexicon.contains(Lexicon::Section::speech_verb, word);
  };
  const std::vector<std::string_view> words = words_of(text.substr(0, text.find_first_of(",.?!;")));
  if (words.empty())
    return false;
  if (words.size() > 1 && is_verb(words.front()) &&
      std::isupper(static_cast<unsigned char>(words[1].front()))) {
    return true;  // said Sanders
  }
  for (std::size_t i = 1; i <= kSubjectWords && i < words.size(); ++i) {
    if (is_verb(words[i]) && is_speaker_phrase(std::span(words).first(i), lexicon))
      return true;
  }
  return false;
}

// `…, he said.`, `…? Trump said`, `…, the Times wrote.` or `…, said Sanders, who…`
// inside a paragraph's open quotation: the speaker is named after a comma or a question,
// so the quotation should have closed before it.
bool names_speaker_in_quotation(std::string_view text, const Lexicon& lexicon) {
  for (std::size_t clause_start = text.find_first_of(",?!"); clause_start != std::string_view::npos;
       clause_start = text.find_first_of(",?!", clause_start + 1)) {
    if (clause_start + 1 < text.size() && text[clause_start + 1] == ' ' &&
        opens_with_speaker(text.substr(clause_start + 2), lexicon)) {
      return true;
    }
  }
  return false;
}

class MarkPairer {
 public:
  MarkPairer(std::string_view text, const text::ParagraphIndex& paragraphs, const Lexicon& lexicon)
      : text_(text), paragraphs_(paragraphs), lexicon_(lexicon) {}

  void add(const MarkToken& token) {
    if (attribute_value_open_) {
      // The closing delimiter of a key="value" attribute.
      if (token.glyph.style == MarkStyle::straight_double)
        attribute_value_open_ = false;
      return;
    }
    if (token.glyph.style == MarkStyle::straight_double &&
        text::code_point_before(text_, token.offset) == U'=') {
      attribute_value_open_ = true;  // markup such as <tweet author="…"> in plain text
      return;
    }
    const std::size_t paragraph = paragraphs_.paragraph_of(token.offset);
    if (paragraph != paragraph_) {
      end_paragraph(token, paragraph);
      paragraph_ = paragraph;
      if (!stack_.empty() && !stack_.back().continuations.empty() &&
          stack_.back().continuations.back().mark.offset == token.offset) {
        return;  // the mark that continues a quotation from the previous paragraph
      }
    }
    const MarkToken* opener = innermost_open_glyph(token);
    const MarkRole role = is_apostrophe_in_single_quotation(token, opener)
                              ? MarkRole::not_a_mark
                              : classify_mark(text_, token, opener);
    switch (role) {
      case MarkRole::not_a_mark:
        return;
      case MarkRole::opens:
        open(token);
        return;
      case MarkRole::closes:
        close(token);
        return;
      case MarkRole::either:
        if (opener != nullptr) {
          close(token);
        } else {
          open(token);
        }
        return;
    }
  }

  void finish() { end_paragraph(std::nullopt, paragraphs_.count()); }

  std::vector<PairedMarks> pairs;           // in the order they close
  std::vector<Continuation> continuations;  // runs of them, one per continued pair
  std::vector<StrayMark> stray;             // offsets still in prose coordinates

 private:
  using Stack = std::vector<OpenMark>;

  // Inside an open single quotation, ’ before a word cannot open another one of its kind:
  // it is an elision (`’phone`). And in a single quotation that opens a sentence (dialogue,
  // not a scare quote), ’ after -s before a lower-case word (`‘The Joneses’ car won’t
  // start.’`) is a plural possessive when a later mark in the paragraph, after the
  // sentence's end, can close the quotation.
  // `opener`: the innermost open mark of the token's family, or null.
  bool is_apostrophe_in_single_quotation(const MarkToken& token, const MarkToken* opener) const {
    if (opener == nullptr || family_of(token.glyph.style) != Family::single_quote ||
        token.glyph.shape == MarkShape::opening) {
      return false;
    }
    const char32_t before = text::code_point_before(text_, token.offset);
    const char32_t after = text::code_point_at(text_, token.offset + token.length);
    if (token.glyph.style == MarkStyle::curly_single && text::is_space(before) &&
        text::is_word_char(after)) {
      return true;
    }
    if ((before != U's' && before != U'S') || after != U' ' ||
        !opens_sentence(text_, opener->offset)) {
      return false;
    }
    const std::size_t next = token.offset + token.length + 1;
    if (next >= text_.size() || !(text_[next] >= 'a' && text_[next] <= 'z'))
      return false;
    const std::string_view glyph = text_.substr(token.offset, token.length);
    const std::size_t paragraph_end = paragraphs_.end_of(paragraph_);
    for (std::size_t later = text_.find(glyph, next); later < paragraph_end;
         later = text_.find(glyph, later + glyph.size())) {
      if (glyph == "'" && (text_[later - 1] == '\'' || text_.substr(later + 1, 1) == "'"))
        continue;  // a '' double mark
      switch (text::code_point_before(text_, later)) {
        case U'.':
        case U',':
        case U'!':
        case U'?':
        case 0x2026:
          return true;
        default:
          break;
      }
    }
    return false;
  }

  const MarkToken* innermost_open_glyph(const MarkToken& token) const {
    const auto opener = find_opener(token);
    return opener == stack_.rend() ? nullptr : &opener->token;
  }

  Stack::const_reverse_iterator find_opener(const MarkToken& token) const {
    const Family family = family_of(token.glyph.style);
    // The count keeps a run of stray closing marks from scanning the stack each time.
    if (open_in_family_[static_cast<std::size_t>(family)] == 0)
      return stack_.rend();
    return std::find_if(stack_.rbegin(), stack_.rend(), [&](const OpenMark& candidate) {
      return family_of(candidate.token.glyph.style) == family;
    });
  }

  void open(const MarkToken& token) { push(OpenMark{token, next_sequence_++, {}}); }

  void push(OpenMark mark) {
    ++open_in_family_[static_cast<std::size_t>(family_of(mark.token.glyph.style))];
    stack_.push_back(std::move(mark));
  }

  void pop_from(Stack::const_iterator first) {
    for (auto it = first; it != stack_.end(); ++it) {
      --open_in_family_[static_cast<std::size_t>(family_of(it->token.glyph.style))];
    }
    stack_.erase(first, stack_.end());
  }

  // A quotation in the same style opened after this one and closed while it was open (a
  // different style would nest): this one lost its closing mark.
  bool outlived(const OpenMark& open) const {
    const auto style = static_cast<std::size_t>(open.token.glyph.style);
    return latest_closed_opening_[style] && *latest_closed_opening_[style] > open.sequence;
  }

  void close(const MarkToken& token) {
    const auto opener = find_opener(token);
    if (opener == stack_.rend()) {
      // A lone closing single mark is an apostrophe (Jones’); a lone " after a digit an inch.
      if (family_of(token.glyph.style) != Family::single_quote &&
          !is_probably_prime(text_, token)) {
        stray.push_back(StrayMark{mark_of(token), StrayMark::Problem::never_opened});
      }
      return;
    }
    // Openers above the partner were never closed.
    const auto partner = std::prev(opener.base());
    for (auto it = std::next(partner); it != stack_.end(); ++it)
      report_unclosed(*it);
    auto& latest = latest_closed_opening_[static_cast<std::size_t>(partner->token.glyph.style)];
    latest = std::max(latest.value_or(0), partner->sequence);
    pairs.push_back(PairedMarks{partner->token, token,
                                static_cast<std::uint32_t>(continuations.size()),
                                static_cast<std::uint32_t>(partner->continuations.size())});
    continuations.insert(continuations.end(), partner->continuations.begin(),
                         partner->continuations.end());
    pop_from(partner);
  }

  // At a paragraph break, a quotation left open continues if the next paragraph opens
  // with a mark of the same family (the English convention for multi-paragraph quotes);
  // everything else still open was never closed.
  void end_paragraph(const std::optional<MarkToken>& next_token, std::size_t next_paragraph) {
    std::optional<OpenMark> continued;
    if (!stack_.empty() && next_token && next_paragraph == paragraph_ + 1 &&
        next_token->offset == paragraphs_.first_char_of(next_paragraph) &&
        classify_mark(text_, *next_token, nullptr) == MarkRole::opens) {
      const Family family = family_of(next_token->glyph.style);
      // The latest opener of the family continues: an earlier one is the one left open.
      const auto latest = std::find_if(stack_.rbegin(), stack_.rend(), [&](const OpenMark& open) {
        return family_of(open.token.glyph.style) == family;
      });
      const auto outer = latest == stack_.rend() ? stack_.end() : std::prev(latest.base());
      if (outer != stack_.end() && may_continue(*outer)) {
        continued = *outer;
        for (auto it = stack_.begin(); it != stack_.end(); ++it) {
          if (it != outer)
            report_unclosed(*it);
        }
      }
    }
    if (!continued) {
      for (const OpenMark& open : stack_)
        report_unclosed(open);
    }
    pop_from(stack_.begin());
    if (continued) {
      continued->continuations.push_back(Continuation{*next_token, paragraphs_.end_of(paragraph_)});
      push(std::move(*continued));
    }
  }

  bool may_continue(const OpenMark& open) const {
    const std::size_t content_start =
        std::max(open.token.offset + open.token.length, paragraphs_.first_char_of(paragraph_));
    const std::size_t paragraph_end = paragraphs_.end_of(paragraph_);
    return !outlived(open) && opens_sentence(text_, open.token.offset) &&
           !names_speaker_in_quotation(text_.substr(content_start, paragraph_end - content_start),
                                       lexicon_);
  }

  void report_unclosed(const OpenMark& open) {
    // A single mark left open is an apostrophe or an elision far more often than a quote.
    if (family_of(open.token.glyph.style) == Family::single_quote)
      return;
    if (is_probably_prime(text_, open.token))
      return;
    stray.push_back(StrayMark{mark_of(open.token), StrayMark::Problem::never_closed});
  }

  Mark mark_of(const MarkToken& token) const {
    return Mark{{token.offset, token.offset + token.length},
                token.glyph.style,
                token.glyph.shape,
                text_.substr(token.offset, token.length)};
  }

  std::string_view text_;
  const text::ParagraphIndex& paragraphs_;
  const Lexicon& lexicon_;
  Stack stack_;
  std::size_t next_sequence_ = 0;
  std::array<std::size_t, kFamilyCount> open_in_family_{};
  std::array<std::optional<std::size_t>, kStyleCount> latest_closed_opening_{};
  bool attribute_value_open_ = false;
  std::size_t paragraph_ = 0;
};

// Collapses every run of white space that holds a line break into one space: a quotation
// hard-wrapped over several lines reads as one line.
std::string quoted_text(std::string_view prose) {
  // Line ends are "\n" or "\r\n"; find() is a memchr, much faster than find_first_of.
  std::size_t line_break = prose.find('\n');
  if (line_break == std::string_view::npos)
    return std::string(prose);  // the common case
  std::string text;
  text.reserve(prose.size());
  std::size_t copied = 0;
  while (line_break != std::string_view::npos) {
    std::size_t run_start = line_break;
    while (run_start > copied && (prose[run_start - 1] == ' ' || prose[run_start - 1] == '\t' ||
                                  prose[run_start - 1] == '\r')) {
      --run_start;
    }
    text.append(prose.substr(copied, run_start - copied));
    text.push_back(' ');
    const std::size_t run_end = prose.find_first_not_of(" \t\n\r", line_break);
    copied = run_end == std::string_view::npos ? prose.size() : run_end;
    line_break = prose.find('\n', copied);
  }
  text.append(prose.substr(copied));
  return text;
}

// The quoted words without the white space around them: French spacing inside guillemets
// (`« Nous … »`) or a stray space (`” Xiaomi`) is not part of what was said.
std::string without_outer_spaces(std::string text) {
  const std::size_t leading = text::leading_spaces(text);
  if (leading == text.size())
    return {};
  return text.substr(leading, text.size() - leading - text::trailing_spaces(text));
}

Mark to_original_mark(const Article& article, const MarkToken& token) {
  const std::string_view prose = article.text();
  return Mark{article.to_original(Span{token.offset, token.offset + token.length}),
              token.glyph.style, token.glyph.shape, prose.substr(token.offset, token.length)};
}

// Depth counts the quotations that enclose each one.
void assign_depths(std::vector<Quotation>& quotations) {
  std::vector<Span> enclosing;
  for (Quotation& quotation : quotations) {
    while (!enclosing.empty() && enclosing.back().end <= quotation.span.start) {
      enclosing.pop_back();
    }
    quotation.depth = static_cast<int>(enclosing.size());
    enclosing.push_back(quotation.span);
  }
}

// Answers "does any of these spans enclose this one?" in logarithmic time. Quotations
// nest or stand apart, so the furthest end among the spans starting earlier decides.
class EnclosingSpans {
 public:
  explicit EnclosingSpans(std::vector<Span> spans) : spans_(std::move(spans)) {
    std::sort(spans_.begin(), spans_.end(), [](Span a, Span b) { return a.start < b.start; });
    std::size_t furthest = 0;
    for (const Span span : spans_) {
      furthest = std::max(furthest, span.end);
      furthest_end_.push_back(furthest);
    }
  }

  bool encloses(Span inner) const {
    const auto after =
        std::lower_bound(spans_.begin(), spans_.end(), inner.start,
                         [](Span span, std::size_t start) { return span.start < start; });
    if (after == spans_.begin())
      return false;
    return furthest_end_[static_cast<std::size_t>(after - spans_.begin()) - 1] >= inner.end;
  }

  std::size_t size() const { return spans_.size(); }

 private:
  std::vector<Span> spans_;
  std::vector<std::size_t> furthest_end_;
};

Span span_of(const PairedMarks& pair) {
  return {pair.open.offset, pair.close.offset + pair.close.length};
}

bool is_single_pair(const PairedMarks& pair) {
  return family_of(pair.open.glyph.style) == Family::single_quote;
}

// Speech in single marks: a sentence that ends with a comma, a question or an exclamation
// and is followed by its speaker (`'We have no choice,' he added.`), unlike a term or a
// headline.
bool is_attributed_speech(std::string_view text, const text::ParagraphIndex& paragraphs,
                          const PairedMarks& pair, const Lexicon& lexicon) {
  const std::size_t content = pair.open.offset + pair.open.length;
  if (content >= pair.close.offset || !opens_sentence(text, pair.open.offset))
    return false;
  switch (text::code_point_before(text, pair.close.offset)) {
    case U',':
    case U'?':
    case U'!':
      break;
    default:
      return false;
  }
  // The speaker follows in the same paragraph (a hard-wrapped line may break before it).
  const std::size_t after = pair.close.offset + pair.close.length;
  const std::size_t next = text.find_first_not_of(" \t\r\n", after);
  return next != std::string_view::npos &&
         paragraphs.paragraph_of(next) == paragraphs.paragraph_of(pair.close.offset) &&
         opens_with_speaker(text.substr(after, 200), lexicon);
}

// Single marks are quotations in their own right only where they are the file's main
// style (British usage: double marks, if any, inside single ones). In a file with double
// quotations of its own, single marks outside them set off terms and headline phrases,
// unless they hold speech with its speaker.
void drop_secondary_single_quotations(std::string_view text, const text::ParagraphIndex& paragraphs,
                                      const Lexicon& lexicon, std::vector<PairedMarks>& pairs) {
  std::vector<Span> single_spans;
  std::vector<Span> double_spans;
  for (const PairedMarks& pair : pairs) {
    (is_single_pair(pair) ? single_spans : double_spans).push_back(span_of(pair));
  }
  const EnclosingSpans singles(single_spans);
  const EnclosingSpans doubles(double_spans);
  const bool doubles_are_main =
      std::any_of(pairs.begin(), pairs.end(), [&](const PairedMarks& pair) {
        return !is_single_pair(pair) && !singles.encloses(span_of(pair));
      });
  if (!doubles_are_main)
    return;
  std::erase_if(pairs, [&](const PairedMarks& pair) {
    return is_single_pair(pair) && !doubles.encloses(span_of(pair)) &&
           !is_attributed_speech(text, paragraphs, pair, lexicon);
  });
}

// The X3 lexer runs over this much prose at a time (cut after a line break, which no mark
// spans), so that the marks of a long file are never all held at once.
constexpr std::size_t kScanChunk = 1 << 20;

}  // namespace

QuotationFinder::QuotationFinder(const Article& article, const Lexicon& lexicon)
    : article_(article) {
  const std::string_view prose = article.text();
  {
    const text::ParagraphIndex paragraphs(prose, article.lines_are_paragraphs());
    MarkPairer pairer(prose, paragraphs, lexicon);
    for (std::size_t chunk = 0; chunk < prose.size();) {
      const std::size_t line_break = prose.find('\n', std::min(prose.size(), chunk + kScanChunk));
      const std::size_t chunk_end =
          line_break == std::string_view::npos ? prose.size() : line_break + 1;
      for (MarkToken token : grammars::scan_quote_marks(prose.substr(chunk, chunk_end - chunk))) {
        token.offset += chunk;
        pairer.add(token);
      }
      chunk = chunk_end;
    }
    pairer.finish();
    pairs_ = std::move(pairer.pairs);
    continuations_ = std::move(pairer.continuations);
    stray_marks_ = std::move(pairer.stray);
    drop_secondary_single_quotations(prose, paragraphs, lexicon, pairs_);
  }
  std::sort(pairs_.begin(), pairs_.end(), [](const PairedMarks& a, const PairedMarks& b) {
    return a.open.offset < b.open.offset;
  });
  pairs_.shrink_to_fit();
  for (const PairedMarks& pair : pairs_)
    census_.add(to_original_mark(article, pair.open), to_original_mark(article, pair.close));

  for (StrayMark& stray : stray_marks_)
    stray.mark.span = article.to_original(stray.mark.span);
  std::sort(stray_marks_.begin(), stray_marks_.end(), [](const StrayMark& a, const StrayMark& b) {
    return a.mark.span.start < b.mark.span.start;
  });

  const std::vector<MarkupQuotation>& markup = article.markup_quotations;
  markup_order_.resize(markup.size());
  for (std::size_t index = 0; index < markup.size(); ++index)
    markup_order_[index] = index;
  std::stable_sort(markup_order_.begin(), markup_order_.end(), [&](std::size_t a, std::size_t b) {
    return markup[a].content_text.start < markup[b].content_text.start;
  });
  // A markup quotation and the credits the markup ties to it stay in one part.
  for (const MarkupQuotation& quotation : markup)
    markup_units_.push_back(quotation.content_text);
  for (const MarkupCredit& credit : article.markup_credits) {
    if (!credit.quotation || *credit.quotation >= markup.size())
      continue;
    Span& unit = markup_units_[*credit.quotation];
    unit = {std::min(unit.start, credit.text.start), std::max(unit.end, credit.text.end)};
  }
  std::sort(markup_units_.begin(), markup_units_.end(),
            [](Span a, Span b) { return a.start < b.start; });
}

Quotation QuotationFinder::make_quotation(const PairedMarks& pair) const {
  const std::string_view prose = article_.text();
  const MarkToken& open = pair.open;
  Quotation quotation;
  quotation.kind = Quotation::Kind::marked;
  quotation.prose = {open.offset, pair.close.offset + pair.close.length};
  quotation.span = article_.to_original(quotation.prose);
  quotation.content = article_.to_original(Span{open.offset + open.length, pair.close.offset});
  quotation.open = to_original_mark(article_, open);
  quotation.close = to_original_mark(article_, pair.close);

  // Paragraphs of a continued quotation are joined by one space, without their marks.
  std::size_t segment_start = open.offset + open.length;
  const auto first = continuations_.begin() + pair.first_continuation;
  for (auto continuation = first; continuation != first + pair.continuation_count; ++continuation) {
    const std::size_t paragraph_end = continuation->previous_paragraph_end;
    quotation.text += quoted_text(prose.substr(segment_start, paragraph_end - segment_start));
    quotation.text += ' ';
    quotation.continuation_marks.push_back(to_original_mark(article_, continuation->mark));
    segment_start = continuation->mark.offset + continuation->mark.length;
  }
  quotation.text += quoted_text(prose.substr(segment_start, pair.close.offset - segment_start));
  quotation.text = without_outer_spaces(std::move(quotation.text));
  return quotation;
}

Quotation QuotationFinder::make_markup_quotation(const MarkupQuotation& markup) const {
  Quotation quotation;
  quotation.kind = markup.kind == MarkupQuotation::Kind::blockquote ? Quotation::Kind::blockquote
                                                                    : Quotation::Kind::inline_quote;
  quotation.prose = markup.content_text;
  quotation.span = markup.span;
  quotation.content = article_.to_original(markup.content_text);
  quotation.text = without_outer_spaces(quoted_text(article_.text().substr(
      markup.content_text.start, markup.content_text.end - markup.content_text.start)));
  return quotation;
}

std::vector<Quotation> QuotationFinder::quotations_in(Span prose) const {
  const auto by_opening = [](const PairedMarks& pair, std::size_t offset) {
    return pair.open.offset < offset;
  };
  // The last stretch keeps what starts at the prose's very end (an empty markup element).
  const bool to_end = prose.end >= article_.text().size();
  const auto first = std::lower_bound(pairs_.begin(), pairs_.end(), prose.start, by_opening);
  const auto last =
      to_end ? pairs_.end() : std::lower_bound(first, pairs_.end(), prose.end, by_opening);
  const std::vector<MarkupQuotation>& markup = article_.markup_quotations;
  const auto by_content = [&](std::size_t index, std::size_t offset) {
    return markup[index].content_text.start < offset;
  };
  const auto first_markup =
      std::lower_bound(markup_order_.begin(), markup_order_.end(), prose.start, by_content);
  const auto last_markup =
      to_end ? markup_order_.end()
             : std::lower_bound(first_markup, markup_order_.end(), prose.end, by_content);

  std::vector<Quotation> quotations;
  quotations.reserve(static_cast<std::size_t>((last - first) + (last_markup - first_markup)));
  for (auto pair = first; pair != last; ++pair)
    quotations.push_back(make_quotation(*pair));
  for (auto index = first_markup; index != last_markup; ++index)
    quotations.push_back(make_markup_quotation(markup[*index]));
  std::sort(quotations.begin(), quotations.end(), [](const Quotation& a, const Quotation& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
  });
  assign_depths(quotations);
  return quotations;
}

std::size_t QuotationFinder::stretch_end(std::size_t begin, std::size_t min_bytes) const {
  const std::string_view prose = article_.text();
  if (min_bytes >= prose.size() - std::min(begin, prose.size()))
    return prose.size();
  auto pair = std::lower_bound(
      pairs_.begin(), pairs_.end(), begin,
      [](const PairedMarks& paired, std::size_t offset) { return paired.open.offset < offset; });
  auto unit = std::lower_bound(markup_units_.begin(), markup_units_.end(), begin,
                               [](Span span, std::size_t offset) { return span.start < offset; });
  std::size_t reach = 0;
  for (std::size_t cut = text::paragraph_end(prose, begin + min_bytes); cut < prose.size();
       cut = text::paragraph_end(prose, reach)) {
    for (; pair != pairs_.end() && pair->open.offset < cut; ++pair)
      reach = std::max(reach, pair->close.offset + pair->close.length);
    for (; unit != markup_units_.end() && unit->start < cut; ++unit)
      reach = std::max(reach, unit->end);
    if (reach <= cut)
      return cut;
  }
  return prose.size();
}

QuotationScan find_quotations(const Article& article, const Lexicon& lexicon) {
  QuotationFinder finder(article, lexicon);
  return QuotationScan{finder.quotations_in(Span{0, article.text().size()}),
                       finder.take_stray_marks()};
}

}  // namespace citecheck
