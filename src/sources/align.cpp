#include "src/sources/align.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <limits>

namespace citecheck {
namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

enum class CharClass : std::uint8_t {
  word,
  apostrophe,
  ellipsis,  // …
  period,
  open_bracket,
  close_bracket,
  separator,
};

struct Char {
  CharClass kind;
  std::uint32_t length;
};

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

Char classify(std::string_view text, std::size_t offset) {
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte < 0x80) {
    if (is_ascii_alnum(byte))
      return {CharClass::word, 1};
    switch (byte) {
      case '\'':
        return {CharClass::apostrophe, 1};
      case '.':
        return {CharClass::period, 1};
      case '[':
        return {CharClass::open_bracket, 1};
      case ']':
        return {CharClass::close_bracket, 1};
      default:
        return {CharClass::separator, 1};
    }
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  auto next = static_cast<std::int32_t>(offset);
  UChar32 c = 0;
  U8_NEXT(bytes, next, static_cast<std::int32_t>(text.size()), c);
  const auto length = static_cast<std::uint32_t>(next - static_cast<std::int32_t>(offset));
  if (c < 0)
    return {CharClass::separator, length};
  if (c == 0x2019 || c == 0x02BC)
    return {CharClass::apostrophe, length};
  if (c == 0x2026)
    return {CharClass::ellipsis, length};
  if (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0)
    return {CharClass::word, length};
  return {CharClass::separator, length};
}

// Hash of the folded word text[begin, end): ASCII folds by hand; anything else goes
// through ICU's NFKC case folding, so "É" (one code point or two) and "é" agree.
std::uint64_t hash_word(std::string_view text, std::size_t begin, std::size_t end, bool ascii) {
  std::uint64_t hash = kFnvOffset;
  const auto add = [&hash](unsigned char c) {
    hash ^= c;
    hash *= kFnvPrime;
  };
  if (ascii) {
    for (std::size_t i = begin; i < end; ++i) {
      auto c = static_cast<unsigned char>(text[i]);
      if (c >= 'A' && c <= 'Z')
        c = static_cast<unsigned char>(c + 32);
      add(c);
    }
    return hash;
  }
  icu::UnicodeString raw;
  for (std::size_t i = begin; i < end;) {
    const Char c = classify(text, i);
    if (c.kind == CharClass::apostrophe) {
      raw.append(static_cast<UChar>('\''));
    } else {
      raw.append(icu::UnicodeString::fromUTF8(
          icu::StringPiece(text.data() + i, static_cast<std::int32_t>(c.length))));
    }
    i += c.length;
  }
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* const casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  std::string folded;
  if (casefold != nullptr) {
    casefold->normalize(raw, status).toUTF8String(folded);
  } else {
    raw.toUTF8String(folded);
  }
  for (char c : folded)
    add(static_cast<unsigned char>(c));
  return hash;
}

bool is_letter_s(char c) {
  return c == 's' || c == 'S';
}

// The end of the word text[begin, end) as compared: without the "'s" of a possessive of a
// word ending in s. "ISIS’s" and "ISIS’" are one possessive in two house styles, and the
// apostrophe that ends "ISIS’" is punctuation, so both read as "ISIS".
std::size_t possessive_stem_end(std::string_view text, std::size_t begin, std::size_t end) {
  const std::string_view word = text.substr(begin, end - begin);
  if (word.size() < 4 || !is_letter_s(word.back()))
    return end;
  for (const std::string_view apostrophe :
       {std::string_view("'"), std::string_view("\xE2\x80\x99")}) {
    const std::size_t at = word.size() - 1 - apostrophe.size();
    if (at > 0 && word.substr(at, apostrophe.size()) == apostrophe && is_letter_s(word[at - 1]))
      return begin + at;
  }
  return end;
}

// Reads the word starting at `offset`: letters and digits, with apostrophes between them
// ("don’t" = "don't"). Returns its end.
std::size_t scan_word(std::string_view text, std::size_t offset, Word& word) {
  bool ascii = true;
  std::size_t end = offset;
  while (end < text.size()) {
    const Char c = classify(text, end);
    if (c.kind == CharClass::word) {
      ascii = ascii && c.length == 1;
      end += c.length;
    } else if (c.kind == CharClass::apostrophe && end + c.length < text.size() &&
               classify(text, end + c.length).kind == CharClass::word) {
      ascii = ascii && c.length == 1;
      end += c.length;
    } else {
      break;
    }
  }
  word.begin = static_cast<std::uint32_t>(offset);
  word.end = static_cast<std::uint32_t>(end);
  word.hash = hash_word(text, offset, possessive_stem_end(text, offset, end), ascii);
  return end;
}

// End of a run of three or more periods ("...", ". . ."), or `offset` when there is none.
std::size_t ellipsis_end(std::string_view text, std::size_t offset) {
  std::size_t periods = 0;
  std::size_t end = offset;
  std::size_t cursor = offset;
  while (cursor < text.size()) {
    if (text[cursor] == '.') {
      ++periods;
      end = ++cursor;
    } else if (text[cursor] == ' ' && cursor + 1 < text.size() && text[cursor + 1] == '.') {
      ++cursor;
    } else {
      break;
    }
  }
  return periods >= 3 ? end : offset;
}

bool has_ellipsis(std::string_view text) {
  return text.find("\xE2\x80\xA6") != std::string_view::npos ||
         text.find("...") != std::string_view::npos || text.find(". . .") != std::string_view::npos;
}

void push_ellipsis(std::vector<QuoteToken>& out, std::size_t begin, std::size_t end) {
  if (!out.empty() && out.back().kind == QuoteToken::Kind::ellipsis) {
    out.back().word.end = static_cast<std::uint32_t>(end);
    return;
  }
  QuoteToken token;
  token.kind = QuoteToken::Kind::ellipsis;
  token.word.begin = static_cast<std::uint32_t>(begin);
  token.word.end = static_cast<std::uint32_t>(end);
  out.push_back(token);
}

// ---- alignment

enum Op : std::uint8_t {
  kStart,
  kMatch,
  kSubstitute,
  kAdd,       // an article word the record does not have
  kBeyond,    // an article word before or after the whole of an excerpt: not recorded
  kOmit,      // a recorded word the article does not have
  kGapTake,   // an ellipsis takes a recorded word
  kGapDone,   // an ellipsis is finished
  kBracket0,  // a bracket replacing k recorded words is kBracket0 + k
};

constexpr std::size_t kMaxBracketSpan = 200;

// One hash for a run of words, in order: what a [bracketed] insertion's own words hash to.
std::uint64_t hash_run(const Word* words, std::size_t count) {
  std::uint64_t hash = kFnvOffset;
  for (std::size_t i = 0; i < count; ++i) {
    hash ^= words[i].hash;
    hash *= kFnvPrime;
  }
  return hash;
}

// Where the record says a bracket's own words: for each recorded word, whether the `own`
// words from it on hash to `own_hash`.
std::vector<bool> own_words_at(const Word* words, std::size_t m, std::size_t own,
                               std::uint64_t own_hash) {
  std::vector<bool> starts(m, false);
  for (std::size_t at = 0; at + own <= m; ++at)
    starts[at] = hash_run(words + at, own) == own_hash;
  return starts;
}

// Whether a bracket standing for the recorded words [begin, end) (none when they are
// equal) touches a place where the record says the bracket's own words without standing
// for exactly those words.
bool strays_from_own_words(const std::vector<bool>& own_at, std::size_t own, std::size_t begin,
                           std::size_t end) {
  const std::size_t last = std::min(end + 1, own_at.size());
  for (std::size_t at = begin > own ? begin - own : 0; at < last; ++at) {
    if (own_at[at] && !(at == begin && end - begin == own))
      return true;
  }
  return false;
}

struct Alignment {
  std::size_t cost = 0;            // what the alignment minimised (see kEditCost)
  std::size_t edits = 0;           // words substituted, added or left out
  std::vector<Op> ops;             // in order
  std::size_t start = 0;           // index of the first recorded word the ops walk over
  std::size_t first_recorded = 0;  // index of the first recorded word of the passage
  std::size_t recorded_end = 0;    // one past the last recorded word consumed
  std::size_t matched = 0;
  std::size_t beyond = 0;  // article words beyond the excerpt's ends
};

// What the alignment minimises: an edit (a word substituted, added or left out) costs
// three, an article word beyond an excerpt's ends two. Such words are no edits, but
// covering a word with the passage is better: otherwise a quotation lying wholly before
// an excerpt would cost nothing, "in May" against an excerpt ending "in June" would be
// "June" left out and "May" beyond its end rather than "May" for "June", and "We’re
// press … to win" would be two words before an excerpt "We’re going … to win" rather
// than "press" for "going".
constexpr std::uint32_t kEditCost = 3;
constexpr std::uint32_t kBeyondExcerptCost = 2;
// No way to reach a cell (a bracket that may not stand where its own words are); small
// enough that adding to it cannot overflow.
constexpr std::uint32_t kUnreachable = std::numeric_limits<std::uint32_t>::max() / 4;

// Semi-global alignment: the whole quotation against any stretch of `words`.
Alignment align_tokens(const std::vector<QuoteToken>& quote, const Word* words, std::size_t m,
                       Extent extent) {
  const std::uint32_t beyond_cost = extent == Extent::excerpt ? kBeyondExcerptCost : kEditCost;
  const Op beyond_op = extent == Extent::excerpt ? kBeyond : kAdd;
  const std::size_t n = quote.size();
  const std::size_t width = m + 1;
  std::vector<Op> ops((n + 1) * width, kStart);
  std::vector<std::uint32_t> previous(width, 0), current(width, 0);
  for (std::size_t i = 1; i <= n; ++i) {
    const QuoteToken& token = quote[i - 1];
    Op* row = &ops[i * width];
    switch (token.kind) {
      case QuoteToken::Kind::word:
        current[0] = previous[0] + beyond_cost;
        row[0] = beyond_op;
        for (std::size_t j = 1; j <= m; ++j) {
          const bool same = token.word.hash == words[j - 1].hash;
          std::uint32_t best = previous[j - 1] + (same ? 0 : kEditCost);
          Op op = same ? kMatch : kSubstitute;
          const std::uint32_t add_cost = j == m ? beyond_cost : kEditCost;
          if (previous[j] + add_cost < best) {
            best = previous[j] + add_cost;
            op = j == m ? beyond_op : kAdd;
          }
          if (current[j - 1] + kEditCost < best) {
            best = current[j - 1] + kEditCost;
            op = kOmit;
          }
          current[j] = best;
          row[j] = op;
        }
        break;
      case QuoteToken::Kind::ellipsis:
        current[0] = previous[0];
        row[0] = kGapDone;
        for (std::size_t j = 1; j <= m; ++j) {
          // Words beyond an excerpt's ends lie right before its first word or after its
          // last one: an ellipsis does not join them to a passage inside it. (As the first
          // or last token an ellipsis needs no such step: the passage may start or end
          // anywhere.)
          const bool joins_beyond = extent == Extent::excerpt && (j == 1 || j == m);
          if (previous[j] <= current[j - 1] || joins_beyond) {
            current[j] = previous[j];
            row[j] = kGapDone;
          } else {
            current[j] = current[j - 1];
            row[j] = kGapTake;
          }
        }
        break;
      case QuoteToken::Kind::bracket: {
        const std::size_t own = token.bracket_words;
        const std::size_t span = std::min<std::size_t>(own + 2, kMaxBracketSpan);
        // A bracket puts the speaker's words in other words ("[Smith]" for "he"). Where the
        // record says the bracketed words themselves, the bracket only marks them and
        // stands for nothing more: "afford [Trump] empathy" leaves out "supporters" of
        // "afford Trump supporters empathy", "got [Danger Mouse]" leaves out "with".
        const std::vector<bool> own_at = own_words_at(words, m, own, token.word.hash);
        for (std::size_t j = 0; j <= m; ++j) {
          std::uint32_t best = kUnreachable;
          Op op = kBracket0;
          for (std::size_t k = 0; k <= std::min(span, j); ++k) {
            if (strays_from_own_words(own_at, own, j - k, j))
              continue;
            if (previous[j - k] < best) {
              best = previous[j - k];
              op = static_cast<Op>(kBracket0 + k);
            }
          }
          if (j > 0 && current[j - 1] + kEditCost < best) {
            best = current[j - 1] + kEditCost;
            op = kOmit;
          }
          current[j] = best;
          row[j] = op;
        }
        break;
      }
    }
    std::swap(previous, current);
  }

  Alignment result;
  std::size_t end = 0;
  for (std::size_t j = 1; j <= m; ++j) {
    // On a tie the later end: "of pyramid" against "of the pyramid" leaves out "the"
    // rather than adding "pyramid".
    if (previous[j] <= previous[end])
      end = j;
  }
  result.cost = previous[end];
  // Walk back to the first row; the recorded words before it are outside the passage.
  std::size_t i = n;
  std::size_t j = end;
  std::vector<Op> reversed;
  std::size_t first = end;
  std::size_t last = 0;
  bool any_recorded = false;
  const auto consume = [&](std::size_t index, bool passage) {
    if (!passage)
      return;
    first = std::min(first, index);
    last = std::max(last, index + 1);
    any_recorded = true;
  };
  while (i > 0) {
    const Op op = ops[i * width + j];
    reversed.push_back(op);
    switch (op) {
      case kMatch:
        ++result.matched;
        consume(j - 1, true);
        --i;
        --j;
        break;
      case kSubstitute:
        ++result.edits;
        consume(j - 1, true);
        --i;
        --j;
        break;
      case kBeyond:
        ++result.beyond;
        --i;
        break;
      case kAdd:
        ++result.edits;
        --i;
        break;
      case kGapDone:
        --i;
        break;
      case kOmit:
        ++result.edits;
        consume(j - 1, true);
        --j;
        break;
      case kGapTake:
        --j;
        break;
      case kStart:
        i = 0;
        break;
      default: {  // bracket
        const std::size_t taken = op - kBracket0;
        for (std::size_t k = 0; k < taken; ++k)
          consume(j - 1 - k, true);
        j -= taken;
        --i;
      }
    }
  }
  result.ops.assign(reversed.rbegin(), reversed.rend());
  result.start = j;
  result.first_recorded = any_recorded ? first : j;
  result.recorded_end = any_recorded ? last : j;
  return result;
}

std::string join_words(std::string_view text, const std::vector<Word>& words) {
  std::string joined;
  for (const Word& word : words) {
    if (!joined.empty())
      joined += ' ';
    joined.append(text.substr(word.begin, word.end - word.begin));
  }
  return joined;
}

AlignResult describe(std::string_view quote, const std::vector<QuoteToken>& tokens,
                     std::string_view text, const Word* words, const Alignment& alignment) {
  AlignResult result;
  result.edits = alignment.edits;
  result.matches = alignment.edits == 0;
  const auto leading_beyond =
      static_cast<std::size_t>(std::find_if(alignment.ops.begin(), alignment.ops.end(),
                                            [](Op op) { return op != kBeyond; }) -
                               alignment.ops.begin());
  const auto trailing_beyond =
      static_cast<std::size_t>(std::find_if(alignment.ops.rbegin(), alignment.ops.rend(),
                                            [](Op op) { return op != kBeyond; }) -
                               alignment.ops.rbegin());
  result.covered_end = quote.size();
  if (leading_beyond + trailing_beyond < tokens.size()) {
    if (leading_beyond > 0)
      result.covered_begin = tokens[leading_beyond].word.begin;
    if (trailing_beyond > 0)
      result.covered_end = tokens[tokens.size() - trailing_beyond - 1].word.end;
  }
  if (alignment.recorded_end > alignment.first_recorded) {
    result.recorded_begin = words[alignment.first_recorded].begin;
    result.recorded_end = words[alignment.recorded_end - 1].end;
  }
  std::vector<Word> article_run;
  std::vector<Word> recorded_run;
  std::size_t quote_index = 0;
  std::size_t word_index = alignment.start;
  // Where an empty side of a diff sits.
  std::size_t article_cursor = 0;
  std::size_t recorded_cursor = result.recorded_begin;
  const auto flush = [&] {
    if (article_run.empty() && recorded_run.empty())
      return;
    WordDiff diff;
    diff.article_words = join_words(quote, article_run);
    diff.recorded_words = join_words(text, recorded_run);
    diff.article_begin = article_run.empty() ? article_cursor : article_run.front().begin;
    diff.article_end = article_run.empty() ? article_cursor : article_run.back().end;
    diff.recorded_begin = recorded_run.empty() ? recorded_cursor : recorded_run.front().begin;
    diff.recorded_end = recorded_run.empty() ? recorded_cursor : recorded_run.back().end;
    if (article_run.empty()) {
      diff.kind = WordDiff::Kind::omitted;
    } else if (recorded_run.empty()) {
      diff.kind = WordDiff::Kind::added;
    } else {
      diff.kind = WordDiff::Kind::substituted;
    }
    if (!result.message.empty())
      result.message += ", ";
    switch (diff.kind) {
      case WordDiff::Kind::substituted:
        result.message += '"' + diff.article_words + "\" should be \"" + diff.recorded_words + '"';
        break;
      case WordDiff::Kind::added:
        result.message += '"' + diff.article_words + "\" was added";
        break;
      case WordDiff::Kind::omitted:
        result.message += '"' + diff.recorded_words + "\" was left out";
        break;
    }
    result.diffs.push_back(std::move(diff));
    article_run.clear();
    recorded_run.clear();
  };
  for (const Op op : alignment.ops) {
    switch (op) {
      case kMatch:
        flush();
        article_cursor = tokens[quote_index++].word.end;
        recorded_cursor = words[word_index++].end;
        break;
      case kSubstitute:
        article_run.push_back(tokens[quote_index].word);
        article_cursor = tokens[quote_index++].word.end;
        recorded_run.push_back(words[word_index]);
        recorded_cursor = words[word_index++].end;
        break;
      case kAdd:
        article_run.push_back(tokens[quote_index].word);
        article_cursor = tokens[quote_index++].word.end;
        break;
      case kOmit:
        recorded_run.push_back(words[word_index]);
        recorded_cursor = words[word_index++].end;
        break;
      case kGapTake:
        flush();
        recorded_cursor = words[word_index++].end;
        break;
      case kGapDone:
      case kBeyond:
        flush();
        article_cursor = tokens[quote_index++].word.end;
        break;
      case kStart:
        break;
      default:  // bracket
        flush();
        word_index += op - kBracket0;
        if (word_index > 0)
          recorded_cursor = std::max(recorded_cursor, std::size_t{words[word_index - 1].end});
        article_cursor = tokens[quote_index++].word.end;
    }
  }
  flush();
  return result;
}

std::size_t count_words(const std::vector<QuoteToken>& tokens) {
  return static_cast<std::size_t>(
      std::count_if(tokens.begin(), tokens.end(),
                    [](const QuoteToken& t) { return t.kind == QuoteToken::Kind::word; }));
}

TextMatch classify_alignment(std::string_view quote, const std::vector<QuoteToken>& tokens,
                             std::string_view text, const Word* words, const Alignment& alignment) {
  TextMatch match;
  const std::size_t quote_words = count_words(tokens);
  if (quote_words == 0 || alignment.matched == 0)
    return match;
  // Most of the quotation lies in the passage: all of it, or, past an excerpt's ends or
  // with a few words changed, two thirds.
  const bool mostly_in_passage = alignment.matched * 3 >= quote_words * 2;
  if (alignment.edits == 0 && (alignment.beyond == 0 || mostly_in_passage)) {
    match.kind = TextMatch::Kind::found;
  } else if (alignment.edits > 0 && alignment.edits <= near_edit_limit(quote_words) &&
             mostly_in_passage) {
    match.kind = TextMatch::Kind::near;
  } else {
    return match;
  }
  match.alignment = describe(quote, tokens, text, words, alignment);
  match.begin = match.alignment.recorded_begin;
  match.end = match.alignment.recorded_end;
  return match;
}

// A full alignment table above this many cells is replaced by windows around the places
// where the quotation's words occur.
constexpr std::size_t kMaxCells = std::size_t{1} << 22;

}  // namespace

bool next_word(std::string_view text, std::size_t& offset, Word& word) {
  while (offset < text.size()) {
    const auto byte = static_cast<unsigned char>(text[offset]);
    if (byte < 0x80 && !is_ascii_alnum(byte)) {
      ++offset;
      continue;
    }
    const Char c = classify(text, offset);
    if (c.kind == CharClass::word) {
      offset = scan_word(text, offset, word);
      return true;
    }
    offset += c.length;
  }
  return false;
}

void split_words(std::string_view text, std::vector<Word>& out) {
  std::size_t offset = 0;
  Word word;
  while (next_word(text, offset, word))
    out.push_back(word);
}

void split_quote(std::string_view quote, std::vector<QuoteToken>& out) {
  std::size_t offset = 0;
  while (offset < quote.size()) {
    const Char c = classify(quote, offset);
    switch (c.kind) {
      case CharClass::word: {
        QuoteToken token;
        offset = scan_word(quote, offset, token.word);
        out.push_back(token);
        break;
      }
      case CharClass::ellipsis:
        push_ellipsis(out, offset, offset + c.length);
        offset += c.length;
        break;
      case CharClass::period: {
        const std::size_t end = ellipsis_end(quote, offset);
        if (end > offset) {
          push_ellipsis(out, offset, end);
          offset = end;
        } else {
          offset += c.length;
        }
        break;
      }
      case CharClass::open_bracket: {
        const std::size_t close = quote.find(']', offset);
        if (close == std::string_view::npos) {
          offset += c.length;
          break;
        }
        const std::string_view inside = quote.substr(offset + 1, close - offset - 1);
        std::vector<Word> inner;
        split_words(inside, inner);
        if (inner.empty() && has_ellipsis(inside)) {
          push_ellipsis(out, offset, close + 1);
        } else if (!inner.empty()) {
          QuoteToken token;
          token.kind = QuoteToken::Kind::bracket;
          token.bracket_words =
              static_cast<std::uint16_t>(std::min<std::size_t>(inner.size(), 1000));
          token.word.hash = hash_run(inner.data(), token.bracket_words);
          token.word.begin = static_cast<std::uint32_t>(offset);
          token.word.end = static_cast<std::uint32_t>(close + 1);
          out.push_back(token);
        }
        offset = close + 1;
        break;
      }
      default:
        offset += c.length;
    }
  }
}

std::size_t count_quote_words(std::string_view quote) {
  std::vector<QuoteToken> tokens;
  split_quote(quote, tokens);
  return count_words(tokens);
}

std::size_t near_edit_limit(std::size_t quote_words) {
  if (quote_words < kMinAttributableWords)
    return 0;
  // At the shortest, two edits leave too little of the words the same (`how the system is
  // rigged` is another statement than `that the system is being rigged`).
  if (quote_words == kMinAttributableWords)
    return 1;
  return std::max<std::size_t>(2, quote_words / 3);
}

AlignResult align_quote(std::string_view article_quote, std::string_view recorded) {
  std::vector<QuoteToken> tokens;
  split_quote(article_quote, tokens);
  std::vector<Word> words;
  split_words(recorded, words);
  const Alignment alignment = align_tokens(tokens, words.data(), words.size(), Extent::document);
  return describe(article_quote, tokens, recorded, words.data(), alignment);
}

TextMatch find_in_text(std::string_view quote, std::string_view text, Extent extent) {
  std::vector<QuoteToken> tokens;
  split_quote(quote, tokens);
  std::vector<Word> words;
  split_words(text, words);
  return find_in_words(quote, tokens, text, words, extent);
}

TextMatch find_in_words(std::string_view quote, const std::vector<QuoteToken>& quote_tokens,
                        std::string_view text, const std::vector<Word>& text_words, Extent extent) {
  const std::size_t quote_words = count_words(quote_tokens);
  if (quote_words == 0 || text_words.empty())
    return {};
  if ((quote_tokens.size() + 1) * (text_words.size() + 1) <= kMaxCells) {
    const Alignment alignment =
        align_tokens(quote_tokens, text_words.data(), text_words.size(), extent);
    return classify_alignment(quote, quote_tokens, text, text_words.data(), alignment);
  }
  // Long text: align only around clusters of the quotation's words. A window's edges are
  // not the text's, so nothing lies beyond them.
  std::vector<std::uint64_t> wanted;
  for (const QuoteToken& token : quote_tokens) {
    if (token.kind == QuoteToken::Kind::word)
      wanted.push_back(token.word.hash);
  }
  std::sort(wanted.begin(), wanted.end());
  const std::size_t reach = quote_tokens.size() + 8;
  const std::size_t needed = (quote_words * 2 + 2) / 3;  // as classify_alignment asks
  TextMatch best;
  std::size_t best_cost = std::numeric_limits<std::size_t>::max();
  std::size_t cluster_start = 0;
  std::size_t cluster_end = 0;
  std::size_t cluster_hits = 0;
  const auto try_cluster = [&] {
    if (cluster_hits < std::min(needed, quote_words))
      return;
    const std::size_t from = cluster_start > reach ? cluster_start - reach : 0;
    const std::size_t to = std::min(text_words.size(), cluster_end + reach);
    const Alignment alignment =
        align_tokens(quote_tokens, text_words.data() + from, to - from, Extent::document);
    if (alignment.cost >= best_cost)
      return;
    TextMatch match =
        classify_alignment(quote, quote_tokens, text, text_words.data() + from, alignment);
    if (match.kind == TextMatch::Kind::absent)
      return;
    best_cost = alignment.cost;
    best = std::move(match);
  };
  for (std::size_t index = 0; index < text_words.size() && best_cost > 0; ++index) {
    if (!std::binary_search(wanted.begin(), wanted.end(), text_words[index].hash))
      continue;
    if (cluster_hits > 0 && index > cluster_end + reach) {
      try_cluster();
      cluster_hits = 0;
    }
    if (cluster_hits == 0)
      cluster_start = index;
    cluster_end = index;
    ++cluster_hits;
  }
  if (cluster_hits > 0 && best_cost > 0)
    try_cluster();
  return best;
}

}  // namespace citecheck
