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

// Everything the rules look at for one file. Built once by analyse(); rules only read it.
struct FileAnalysis {
  const SourceText* source = nullptr;
  const Article* article = nullptr;
  std::vector<Quotation> quotations;  // ordered by start offset
  std::vector<StrayMark> stray_marks;
  std::vector<Attribution> credits;     // credits that attribute no quotation (`Courtesy X`)
  const SourceList* sources = nullptr;  // null when the run has no source list
  const Lexicon* lexicon = nullptr;     // the run's attribution lexicon (--language)
};

}  // namespace citecheck
