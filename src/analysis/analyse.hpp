#pragma once

#include "src/analysis/file_analysis.hpp"

namespace citecheck {

class Lexicon;

// Finds the quotations of an article and links them to their attributions.
FileAnalysis analyse(const Article& article, const Lexicon& lexicon);

}  // namespace citecheck
