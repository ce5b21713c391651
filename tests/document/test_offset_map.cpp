#include <catch2/catch.hpp>

#include <string>

#include "src/document/article.hpp"
#include "src/document/prose_builder.hpp"
#include "src/input/source_text.hpp"

using citecheck::ProseBuilder;
using citecheck::SourceText;
using citecheck::Span;

TEST_CASE("ProseBuilder keeps every byte's original offset", "[format][offset_map]") {
  // "ab &ldquo;c<b>d</b>" -> "ab “cd"
  const SourceText source("a.html", "ab &ldquo;c<b>d</b>");
  ProseBuilder prose;
  prose.append_verbatim("ab ", 0);
  prose.append_replacement("\u201c", {3, 10});
  prose.append_verbatim("c", 10);
  prose.append_verbatim("d", 14);
  CHECK(prose.pieces().size() == 4);
  CHECK(prose.text_offset_of(3) == 3);
  CHECK(prose.text_offset_of(5) == 3);   // inside the entity: its start
  CHECK(prose.text_offset_of(10) == 6);  // c
  CHECK(prose.text_offset_of(11) == 7);  // a dropped tag: the next prose position
  CHECK(prose.text_offset_of(14) == 7);  // d
  const citecheck::Article article = std::move(prose).finish(source);
  REQUIRE(article.text() ==
          "ab \u201c"
          "cd");
  CHECK(article.to_original(0) == 0);
  CHECK(article.to_original(2) == 2);
  for (std::size_t byte = 3; byte < 6; ++byte)
    CHECK(article.to_original(byte) == 3);
  CHECK(article.to_original(6) == 10);
  CHECK(article.to_original(7) == 14);
  CHECK(article.to_original(8) == 15);  // the end maps past the last byte
  // A span ending in an entity covers the whole entity, and no more.
  CHECK(article.to_original(Span{3, 6}) == Span{3, 10});
  CHECK(article.to_original(Span{2, 7}) == Span{2, 11});
  CHECK(article.to_original(Span{6, 8}) == Span{10, 15});
}

TEST_CASE("contiguous verbatim pieces merge; an entity at the very end still has its end",
          "[format][offset_map]") {
  const SourceText source("a.md", "x &amp;");
  ProseBuilder prose;
  prose.append_verbatim("x", 0);
  prose.append_verbatim(" ", 1);
  prose.append_replacement("&", {2, 7});
  CHECK(prose.pieces().size() == 2);
  const citecheck::Article article = std::move(prose).finish(source);
  CHECK(article.to_original(Span{2, 3}) == Span{2, 7});
  CHECK(article.to_original(Span{0, 3}) == Span{0, 7});
}

TEST_CASE("an inserted paragraph break maps to a point", "[format][offset_map]") {
  const SourceText source("a.md", "# T\nBody\n");
  ProseBuilder prose;
  prose.append_verbatim("  T\n", 0);
  prose.append_replacement("\n", {4, 4});
  prose.append_verbatim("Body\n", 4);
  CHECK(prose.text_offset_of(4) == 5);  // after the inserted break
  const citecheck::Article article = std::move(prose).finish(source);
  CHECK(article.text() == "  T\n\nBody\n");
  CHECK(article.to_original(4) == 4);
  CHECK(article.to_original(5) == 4);
  CHECK(article.to_original(6) == 5);
  CHECK(article.to_original(Span{4, 5}) == Span{4, 4});
}
