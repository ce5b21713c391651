#include <catch2/catch.hpp>

#include <string>

#include "src/document/load_document.hpp"
#include "src/input/source_text.hpp"
#include "tests/document/document_test_support.hpp"

using citecheck::Article;
using citecheck::MarkupCredit;
using citecheck::MarkupQuotation;
using citecheck::SourceText;
using citecheck::testing::check_map_is_exact;
using citecheck::testing::collapsed;
using citecheck::testing::prose_of;

namespace {

SourceText fixture(const std::string& name) {
  return SourceText::read_file(std::string(CITECHECK_SOURCE_DIR) + "/fixtures/markup/" + name);
}

// The Article refers to the source, which must outlive it.
Article load(const SourceText& source) {
  return citecheck::load_article(source, citecheck::detect_input_format(source.path()));
}

}  // namespace

TEST_CASE("fixture: block quotes with signatures", "[markdown]") {
  const SourceText source = fixture("blockquote-signature.md");
  const Article article = load(source);
  CHECK(collapsed(article) ==
        "Quotes in block quotes\n\nThe minister was blunt about the budget:\n\n“We cannot spend "
        "money we do not have,\nand we will not pretend otherwise.”\n\n— Jane Doe, The Daily "
        "Ledger\n\nHer deputy disagreed in an interview:\n\nThe numbers are better than they "
        "look.\n\n-- John Roe, Morning Post");
  REQUIRE(article.markup_quotations.size() == 2);
  REQUIRE(article.markup_credits.size() == 2);
  CHECK(prose_of(article, article.markup_credits[0].text) == "Jane Doe, The Daily Ledger");
  CHECK(article.markup_credits[0].quotation == 0U);
  CHECK(prose_of(article, article.markup_credits[1].text) == "John Roe, Morning Post");
  CHECK(article.markup_credits[1].quotation == 1U);
  CHECK(source.position(article.markup_quotations[0].span.start) == citecheck::Position{5, 1});
  check_map_is_exact(article);
}

TEST_CASE("fixture: nothing outside the prose reaches it", "[markdown]") {
  const SourceText source = fixture("nothing-to-check.md");
  const Article article = load(source);
  CHECK(collapsed(article) == "Only this sentence is prose.\n\nInline , a link, an\n, and .");
  REQUIRE(article.front_matter_references.has_value());
  CHECK(article.front_matter_references->starts_with("references:\n- id: doe-ledger\n"));
  check_map_is_exact(article);
}

TEST_CASE("fixture: malformed HTML", "[html]") {
  const SourceText source = fixture("malformed.html");
  const Article article = load(source);
  CHECK(collapsed(article) ==
        "She said we will win this year\n\nHe replied, “We shall see”\u00a0— and left.\n\nAn "
        "unclosed div with a stray < sign and AT&T\n\n“A quote that never closes");
  REQUIRE(article.markup_quotations.size() == 2);
  CHECK(article.markup_quotations[0].kind == MarkupQuotation::Kind::inline_quote);
  // libxml2 leaves the <q> open to the end; like a browser, the quotation ends with its
  // paragraph.
  CHECK(collapsed(prose_of(article, article.markup_quotations[0].content_text)) ==
        "we will win this year");
  CHECK(citecheck::testing::original_span(article, article.markup_quotations[0].span) ==
        "<q>we <b>will <i>win</b> this</i> year");
  CHECK(article.markup_quotations[1].kind == MarkupQuotation::Kind::blockquote);
  CHECK(prose_of(article, article.markup_quotations[1].content_text) ==
        "“A quote that never closes");
  check_map_is_exact(article);
}

TEST_CASE("fixture: figure captions credit the figure's quotation", "[html]") {
  const SourceText source = fixture("figure-credits.html");
  const Article article = load(source);
  REQUIRE(article.markup_quotations.size() == 1);
  CHECK(prose_of(article, article.markup_quotations[0].content_text) ==
        "“Ask not what your country can do for you.”");
  CHECK(article.markup_quotations[0].cite == "https://example.com/speech");
  REQUIRE(article.markup_credits.size() == 2);
  CHECK(article.markup_credits[0].kind == MarkupCredit::Kind::figure_caption);
  CHECK(prose_of(article, article.markup_credits[0].text) == "John F. Kennedy, inaugural address");
  CHECK(article.markup_credits[0].quotation == 0U);
  CHECK(prose_of(article, article.markup_credits[1].text) == "Courtesy Example Press");
  CHECK_FALSE(article.markup_credits[1].quotation.has_value());
  check_map_is_exact(article);
}
