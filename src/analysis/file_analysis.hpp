#pragma once

#include <vector>

#include "src/attribution/attribution.hpp"
#include "src/document/article.hpp"
#include "src/input/source_text.hpp"
#include "src/quotes/quotation.hpp"

namespace citecheck {

class Lexicon;
class SourceList;
struct SourceMatch;

// Everything the rules look at for one file, or for one part of a long file: the
// quotations, stray marks and credits that start in `part`. Built by analyse(); rules only
// read it.
struct FileAnalysis {
  const SourceText* source = nullptr;
  const Article* article = nullptr;
  Span part{0, static_cast<std::size_t>(-1)};  // original offsets; the whole file by default
  std::vector<Quotation> quotations;           // ordered by start offset
  std::vector<StrayMark> stray_marks;
  std::vector<Attribution> credits;     // credits that attribute no quotation (`Courtesy X`)
  StyleCensus census;                   // of the whole file's quotations
  const SourceList* sources = nullptr;  // null when the run has no source list
  const Lexicon* lexicon = nullptr;     // the run's attribution lexicon (--language)
};

}  // namespace citecheck
