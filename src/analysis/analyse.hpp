#pragma once

#include <cstddef>
#include <functional>

#include "src/analysis/file_analysis.hpp"

namespace citecheck {

class Lexicon;

// Finds the quotations of an article and links them to their attributions.
FileAnalysis analyse(const Article& article, const Lexicon& lexicon);

// The same analysis handed over a part at a time, in text order, so that a long file never
// holds all its quotations: each part covers at least `part_bytes` of prose (0: the whole
// article is one part) and ends between paragraphs, outside every quotation. Each part's
// analysis lives only during its call. Pairing the quote marks and the census of styles
// still see the whole file, and the linker carries its context from part to part, so the
// parts together hold exactly what analyse() finds.
void analyse_in_parts(const Article& article, const Lexicon& lexicon, std::size_t part_bytes,
                      const std::function<void(FileAnalysis&)>& each_part);

}  // namespace citecheck
