#pragma once

#include "src/document/article.hpp"
#include "src/document/input_format.hpp"

namespace citecheck {

class SourceText;

// The prose of `source` read as `format`. The Article refers to `source`, which must outlive
// it. Throws InputError when an HTML page cannot be read to its end.
Article load_article(const SourceText& source, InputFormat format);

// Markdown (CommonMark with GFM tables, footnotes and YAML front matter): the prose is the
// file with everything that is not prose blanked out, so offsets mostly stay the same.
Article load_markdown(const SourceText& source);

// HTML through libxml2's HTML parser, never touching the network or other files.
Article load_html(const SourceText& source);

}  // namespace citecheck
