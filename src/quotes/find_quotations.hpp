#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "grammars/quote_marks.hpp"
#include "src/document/article.hpp"
#include "src/lexicon/lexicon.hpp"
#include "src/quotes/quotation.hpp"

namespace citecheck {

struct QuotationScan {
  std::vector<Quotation> quotations;  // ordered by start; attributions not yet linked
  std::vector<StrayMark> stray_marks;
};

// Pairs the quote marks of an article's prose into quotations, and adds the quotations its
// markup declares. Apostrophes, primes and elisions are recognised and left alone; a lone
// single mark is taken for an apostrophe, never reported. Where double marks are the
// file's main style, single marks pair only inside them (headline 'scare' quotes are not
// quotations). The lexicon's speech verbs tell a quotation that runs on into the next
// paragraph from one whose closing mark is missing (`“A, he said.`).
//
// The marks of the whole prose are paired at construction, since what a mark does can
// depend on the whole file; the quotations themselves are made a stretch of prose at a
// time (quotations_in), so that a long file never needs all of them at once.
class QuotationFinder {
 public:
  QuotationFinder(const Article& article, const Lexicon& lexicon);

  // The quotations that start in `prose` (Article::text() offsets), ordered by start (the
  // enclosing one first), with their nesting depth. The stretch must not cut a quotation
  // (stretch_end gives such stretches).
  std::vector<Quotation> quotations_in(Span prose) const;
  // The end of the shortest stretch of prose from `begin`, at least `min_bytes` long, that
  // ends between two blank-line-separated paragraphs and that no quotation runs out of (nor
  // a markup quotation's credit): the prose's end if there is none.
  std::size_t stretch_end(std::size_t begin, std::size_t min_bytes) const;

  // Marks that found no partner, anywhere in the file, in original offsets and in order;
  // handed over once.
  std::vector<StrayMark> take_stray_marks() { return std::move(stray_marks_); }
  const StyleCensus& census() const { return census_; }

  // A continuation mark, with the end of the paragraph it continues (the text between
  // them is no part of the quotation).
  struct Continuation {
    grammars::MarkToken mark;
    std::size_t previous_paragraph_end = 0;
  };
  // Two marks paired into a quotation; its continuation marks are a run of continuations_.
  struct PairedMarks {
    grammars::MarkToken open;
    grammars::MarkToken close;
    std::uint32_t first_continuation = 0;
    std::uint32_t continuation_count = 0;
  };

 private:
  Quotation make_quotation(const PairedMarks& pair) const;
  Quotation make_markup_quotation(const MarkupQuotation& markup) const;

  const Article& article_;
  std::vector<PairedMarks> pairs_;  // ordered by opening mark
  std::vector<Continuation> continuations_;
  std::vector<std::size_t> markup_order_;  // markup quotations by where their content starts
  // Each markup quotation with the credits tied to it, by start: a part keeps them together.
  std::vector<Span> markup_units_;
  std::vector<StrayMark> stray_marks_;
  StyleCensus census_;
};

// All quotations of the article at once, and its stray marks.
QuotationScan find_quotations(const Article& article, const Lexicon& lexicon);

}  // namespace citecheck
