#include "src/quotes/find_quotations.hpp"

#include <algorithm>
#include <optional>

#include "grammars/quote_marks.hpp"
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

struct OpenMark {
  MarkToken token;
  std::size_t paragraph;
  std::vector<MarkToken> continuations;
};

struct Pair {
  OpenMark open;
  MarkToken close;
};

class MarkPairer {
 public:
  MarkPairer(std::string_view text, const text::ParagraphIndex& paragraphs)
      : text_(text), paragraphs_(paragraphs) {}

  void add(const MarkToken& token) {
    const std::size_t paragraph = paragraphs_.paragraph_of(token.offset);
    if (paragraph != paragraph_) {
      end_paragraph(token, paragraph);
      paragraph_ = paragraph;
      if (!stack_.empty() && stack_.back().continuations.size() > 0 &&
          stack_.back().continuations.back().offset == token.offset) {
        return;  // the mark that continues a quotation from the previous paragraph
      }
    }
    const MarkRole role = classify_mark(text_, token, innermost_open_glyph(token));
    switch (role) {
      case MarkRole::not_a_mark:
        return;
      case MarkRole::opens:
        open(token, paragraph);
        return;
      case MarkRole::closes:
        close(token);
        return;
      case MarkRole::either:
        if (find_opener(token) != stack_.rend()) {
          close(token);
        } else {
          open(token, paragraph);
        }
        return;
    }
  }

  void finish() { end_paragraph(std::nullopt, paragraphs_.count()); }

  std::vector<Pair> pairs;
  std::vector<StrayMark> stray;  // offsets still in prose coordinates

 private:
  using Stack = std::vector<OpenMark>;

  const MarkToken* innermost_open_glyph(const MarkToken& token) const {
    const auto opener = find_opener(token);
    return opener == stack_.rend() ? nullptr : &opener->token;
  }

  Stack::const_reverse_iterator find_opener(const MarkToken& token) const {
    const Family family = family_of(token.glyph.style);
    return std::find_if(stack_.rbegin(), stack_.rend(), [&](const OpenMark& candidate) {
      return family_of(candidate.token.glyph.style) == family;
    });
  }

  void open(const MarkToken& token, std::size_t paragraph) {
    stack_.push_back(OpenMark{token, paragraph, {}});
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
    pairs.push_back(Pair{*partner, token});
    stack_.erase(partner, stack_.end());
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
      const auto outer = std::find_if(stack_.begin(), stack_.end(), [&](const OpenMark& open) {
        return family_of(open.token.glyph.style) == family;
      });
      if (outer != stack_.end()) {
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
    stack_.clear();
    if (continued) {
      continued->continuations.push_back(*next_token);
      stack_.push_back(std::move(*continued));
    }
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
  Stack stack_;
  std::size_t paragraph_ = 0;
};

// Collapses every run of white space that holds a line break into one space: a quotation
// hard-wrapped over several lines reads as one line.
std::string quoted_text(std::string_view prose) {
  std::string text;
  text.reserve(prose.size());
  std::size_t i = 0;
  while (i < prose.size()) {
    const char c = prose[i];
    if (c == '\n' || c == '\r') {
      while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.pop_back();
      std::size_t j = i;
      while (j < prose.size() &&
             (prose[j] == ' ' || prose[j] == '\t' || prose[j] == '\n' || prose[j] == '\r')) {
        ++j;
      }
      text.push_back(' ');
      i = j;
      continue;
    }
    text.push_back(c);
    ++i;
  }
  return text;
}

Mark to_original_mark(const Article& article, const MarkToken& token) {
  const std::string_view prose = article.text();
  return Mark{article.to_original(Span{token.offset, token.offset + token.length}),
              token.glyph.style, token.glyph.shape, prose.substr(token.offset, token.length)};
}

Quotation make_quotation(const Article& article, const text::ParagraphIndex& paragraphs,
                         const Pair& pair) {
  const std::string_view prose = article.text();
  const MarkToken& open = pair.open.token;
  Quotation quotation;
  quotation.kind = Quotation::Kind::marked;
  quotation.prose = {open.offset, pair.close.offset + pair.close.length};
  quotation.span = article.to_original(quotation.prose);
  quotation.content = article.to_original(Span{open.offset + open.length, pair.close.offset});
  quotation.open = to_original_mark(article, open);
  quotation.close = to_original_mark(article, pair.close);

  // Paragraphs of a continued quotation are joined by one space, without their marks.
  std::size_t segment_start = open.offset + open.length;
  for (const MarkToken& continuation : pair.open.continuations) {
    const std::size_t paragraph_end =
        paragraphs.end_of(paragraphs.paragraph_of(continuation.offset) - 1);
    quotation.text += quoted_text(prose.substr(segment_start, paragraph_end - segment_start));
    quotation.text += ' ';
    quotation.continuation_marks.push_back(to_original_mark(article, continuation));
    segment_start = continuation.offset + continuation.length;
  }
  quotation.text += quoted_text(prose.substr(segment_start, pair.close.offset - segment_start));
  return quotation;
}

Quotation make_markup_quotation(const Article& article, const MarkupQuotation& markup) {
  Quotation quotation;
  quotation.kind = markup.kind == MarkupQuotation::Kind::blockquote ? Quotation::Kind::blockquote
                                                                    : Quotation::Kind::inline_quote;
  quotation.prose = markup.content_text;
  quotation.span = markup.span;
  quotation.content = article.to_original(markup.content_text);
  std::string text = quoted_text(article.text().substr(
      markup.content_text.start, markup.content_text.end - markup.content_text.start));
  const auto first = text.find_first_not_of(' ');
  const auto last = text.find_last_not_of(' ');
  quotation.text = first == std::string::npos ? "" : text.substr(first, last - first + 1);
  return quotation;
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

}  // namespace

QuotationScan find_quotations(const Article& article) {
  const std::string_view prose = article.text();
  const text::ParagraphIndex paragraphs(prose);
  MarkPairer pairer(prose, paragraphs);
  for (const MarkToken& token : grammars::scan_quote_marks(prose))
    pairer.add(token);
  pairer.finish();

  QuotationScan scan;
  scan.quotations.reserve(pairer.pairs.size() + article.markup_quotations.size());
  for (const Pair& pair : pairer.pairs) {
    scan.quotations.push_back(make_quotation(article, paragraphs, pair));
  }
  for (const MarkupQuotation& markup : article.markup_quotations) {
    scan.quotations.push_back(make_markup_quotation(article, markup));
  }
  std::sort(
      scan.quotations.begin(), scan.quotations.end(), [](const Quotation& a, const Quotation& b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
      });
  assign_depths(scan.quotations);

  for (StrayMark& stray : pairer.stray) {
    stray.mark.span = article.to_original(stray.mark.span);
    scan.stray_marks.push_back(stray);
  }
  std::sort(
      scan.stray_marks.begin(), scan.stray_marks.end(),
      [](const StrayMark& a, const StrayMark& b) { return a.mark.span.start < b.mark.span.start; });
  return scan;
}

}  // namespace citecheck
