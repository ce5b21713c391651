#include <catch2/catch.hpp>

#include "src/document/input_format.hpp"
#include "src/document/load_document.hpp"
#include "src/input/source_text.hpp"

using citecheck::detect_input_format;
using citecheck::InputFormat;
using citecheck::parse_input_format;

TEST_CASE("input format names given with --input-format", "[format]") {
  CHECK(parse_input_format("text") == InputFormat::text);
  CHECK(parse_input_format("markdown") == InputFormat::markdown);
  CHECK(parse_input_format("html") == InputFormat::html);
  CHECK_FALSE(parse_input_format("auto").has_value());
  CHECK_FALSE(parse_input_format("HTML").has_value());
  CHECK_FALSE(parse_input_format("md").has_value());
  CHECK(citecheck::input_format_name(InputFormat::markdown) == "markdown");
}

TEST_CASE("input format from the file name", "[format]") {
  CHECK(detect_input_format("article.md") == InputFormat::markdown);
  CHECK(detect_input_format("docs/Notes.MARKDOWN") == InputFormat::markdown);
  CHECK(detect_input_format("page.html") == InputFormat::html);
  CHECK(detect_input_format("C:\\site\\index.HTM") == InputFormat::html);
  CHECK(detect_input_format("article.txt") == InputFormat::text);
  CHECK(detect_input_format("README") == InputFormat::text);
  CHECK(detect_input_format(".md") == InputFormat::text);  // a hidden file, not an extension
  CHECK(detect_input_format("archive.md.bak") == InputFormat::text);
  CHECK(detect_input_format("dir.md/file") == InputFormat::text);
  CHECK(detect_input_format("<stdin>") == InputFormat::text);
}

TEST_CASE("plain text is the file itself", "[format]") {
  const citecheck::SourceText source("a.txt", "He said, \u201cHi.\u201d\n");
  const citecheck::Article article = citecheck::load_article(source, InputFormat::text);
  CHECK(article.text() == source.bytes());
  CHECK(article.map().is_identity());
  CHECK(article.to_original(9) == 9);
  CHECK(article.markup_quotations.empty());
}
