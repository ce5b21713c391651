#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "src/document/load_document.hpp"
#include "src/input/source_text.hpp"
#include "tests/document/document_test_support.hpp"

using citecheck::Article;
using citecheck::MarkupCredit;
using citecheck::MarkupQuotation;
using citecheck::SourceText;
using citecheck::Span;
using citecheck::testing::check_map_is_exact;
using citecheck::testing::collapsed;
using citecheck::testing::original_of;
using citecheck::testing::original_span;
using citecheck::testing::prose_of;
using citecheck::testing::prose_offset;

namespace {

SourceText read_fixture(const std::string& relative) {
  return SourceText::read_file(std::string(CITECHECK_SOURCE_DIR) + "/" + relative);
}

}  // namespace

TEST_CASE("Markdown front matter is metadata; its references are kept", "[markdown]") {
  const SourceText source("a.md",
                          "---\n"
                          "title: \"A “quoted” title\"\n"
                          "references:\n"
                          "- id: olson\n"
                          "  author:\n"
                          "    - family: Olson\n"
                          "\n"
                          "  container-title: Forbes\n"
                          "lang: en\n"
                          "---\n"
                          "Body “text”.\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) == "Body “text”.");
  REQUIRE(article.front_matter_references.has_value());
  CHECK(*article.front_matter_references ==
        "references:\n- id: olson\n  author:\n    - family: Olson\n\n  container-title: Forbes\n");
  CHECK(source.bytes().substr(article.front_matter_offset, 11) == "references:");
  // The body keeps its offsets.
  const std::size_t quote = prose_offset(article, "“text");
  CHECK(article.to_original(quote) == source.bytes().find("“text"));
  check_map_is_exact(article);
}

TEST_CASE("Markdown without front matter has no references", "[markdown]") {
  const SourceText source("a.md", "Text\n\n---\n\nreferences: not front matter\n");
  const Article article = citecheck::load_markdown(source);
  CHECK_FALSE(article.front_matter_references.has_value());
  CHECK(collapsed(article) == "Text\n\nreferences: not front matter");
}

TEST_CASE("Markdown code is never prose", "[markdown]") {
  const SourceText source("a.md",
                          "Before `code \"x\"` and ``two ` ticks`` after.\n"
                          "\n"
                          "```python\n"
                          "print(\"fenced\")\n"
                          "```\n"
                          "\n"
                          "~~~~\n"
                          "'tilde'\n"
                          "```\n"
                          "still code\n"
                          "~~~~\n"
                          "\n"
                          "    \"indented code\"\n"
                          "\n"
                          "Between <!-- \"a comment\" --> words.\n"
                          "\n"
                          "<!--\n"
                          "\"multi-line comment\"\n"
                          "-->\n"
                          "Last.\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) == "Before and after.\n\nBetween words.\n\nLast.");
  CHECK(article.text().find('"') == std::string_view::npos);
  CHECK(article.text().find('\'') == std::string_view::npos);
  check_map_is_exact(article);
}

TEST_CASE("an unclosed fence runs to the end of the file", "[markdown]") {
  const SourceText source("a.md", "Text.\n\n```\n\"code\"\n\nmore \"code\"\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) == "Text.");
}

TEST_CASE("Markdown links keep their text, lose their URLs", "[markdown]") {
  const SourceText source(
      "a.md",
      "See [the “report”](https://example.com/a_b?q=\"x\" \"Title 'here'\") and "
      "![an \"image\"](img.png) and <https://example.com/'auto'> and <me@example.com>.\n"
      "A [reference link][ref], a [shortcut] and [not a link] [sic] stay; [@olson2014, p. 3] "
      "is a citation.\n"
      "Bare https://example.com/path_(x). and www.example.com, too.\n"
      "\n"
      "[ref]: https://example.com/ref \"Ref title\"\n"
      "[shortcut]: <https://example.com/s>\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) ==
        "See the “report” and and and .\n"
        "A reference link, a shortcut and [not a link] [sic] stay; [@olson2014, p. 3] is a "
        "citation.\n"
        "Bare . and , too.");
  const std::size_t report = prose_offset(article, "“report”");
  CHECK(original_of(article, report, 3) == "“");
  CHECK(article.to_original(report) == source.bytes().find("“report"));
  check_map_is_exact(article);
}

TEST_CASE("emphasis markers and escapes are dropped, the words stay", "[markdown]") {
  const SourceText source("a.md",
                          "*“Quoted,”* said **Bob** _Jones_, a ~~former~~ snake_case_name "
                          "fan; 2 * 3 = 6 and a\\*b.\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) ==
        "“Quoted,” said Bob Jones, a former snake_case_name fan; 2 * 3 = 6 and a*b.");
  CHECK(article.text().starts_with("“Quoted,” said Bob Jones, a former"));
  CHECK(article.to_original(0) == 1);
  CHECK(article.to_original(prose_offset(article, "Jones,") + 5) ==
        source.bytes().find("_, a") + 1);
  check_map_is_exact(article);
}

TEST_CASE("headings are paragraphs of their own", "[markdown]") {
  const SourceText source("a.md",
                          "# “Heading” one #\n"
                          "Paragraph one\n"
                          "continues here.\n"
                          "Setext “two”\n"
                          "------------\n"
                          "Paragraph two.\n"
                          "## Closing hashes ##   \n"
                          "### C# is kept\n"
                          "Setext one\n"
                          "===\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) ==
        "“Heading” one\n\nParagraph one\ncontinues here.\nSetext “two”\n\nParagraph two.\n\n"
        "Closing hashes\n\nC# is kept\n\nSetext one");
  // A setext heading's first line continues a paragraph until the underline shows it is a
  // heading; the words map to their bytes.
  const std::size_t heading = prose_offset(article, "“Heading”");
  CHECK(article.to_original(heading) == 2);
  CHECK(article.to_original(prose_offset(article, "Paragraph one")) ==
        source.bytes().find("Paragraph one"));
  check_map_is_exact(article);
}

TEST_CASE("a block quote is a quotation and stays prose; its signature is a credit", "[markdown]") {
  const SourceText source("a.md",
                          "She wrote:\n"
                          "\n"
                          "> “Xiaomi does in a week\n"
                          "> what Apple does in a year.”\n"
                          ">\n"
                          "> Second paragraph.\n"
                          "> — Parmy Olson, Forbes\n"
                          "\n"
                          "After.\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) ==
        "She wrote:\n\n“Xiaomi does in a week\nwhat Apple does in a year.”\n\nSecond "
        "paragraph.\n\n— Parmy Olson, Forbes\n\nAfter.");
  REQUIRE(article.markup_quotations.size() == 1);
  const MarkupQuotation& quotation = article.markup_quotations[0];
  CHECK(quotation.kind == MarkupQuotation::Kind::blockquote);
  CHECK(original_span(article, quotation.span) ==
        "> “Xiaomi does in a week\n> what Apple does in a year.”\n>\n> Second paragraph.\n"
        "> — Parmy Olson, Forbes");
  CHECK(collapsed(prose_of(article, quotation.content_text)) ==
        "“Xiaomi does in a week\nwhat Apple does in a year.”\n\nSecond paragraph.");
  CHECK_FALSE(quotation.cite.has_value());
  REQUIRE(article.markup_credits.size() == 1);
  const MarkupCredit& credit = article.markup_credits[0];
  CHECK(credit.kind == MarkupCredit::Kind::blockquote_signature);
  CHECK(prose_of(article, credit.text) == "Parmy Olson, Forbes");
  CHECK(credit.quotation == 0U);
  const std::size_t open = quotation.content_text.start;
  CHECK(original_of(article, open, 3) == "“");
  CHECK(article.to_original(open) == source.bytes().find("“Xiaomi"));
  check_map_is_exact(article);
}

TEST_CASE("a signature right after a block quote is its credit", "[markdown]") {
  const SourceText source("a.md",
                          "> The quoted words.\n"
                          "-- Jane Doe, The Times\n"
                          "\n"
                          "> Another quote.\n"
                          "\n"
                          "— John Roe\n"
                          "\n"
                          "— not a credit: two paragraphs later\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) ==
        "The quoted words.\n\n-- Jane Doe, The Times\n\nAnother quote.\n\n— John Roe\n\n"
        "— not a credit: two paragraphs later");
  REQUIRE(article.markup_quotations.size() == 2);
  CHECK(original_span(article, article.markup_quotations[0].span) == "> The quoted words.");
  CHECK(prose_of(article, article.markup_quotations[1].content_text) == "Another quote.");
  REQUIRE(article.markup_credits.size() == 2);
  CHECK(prose_of(article, article.markup_credits[0].text) == "Jane Doe, The Times");
  CHECK(article.markup_credits[0].quotation == 0U);
  CHECK(prose_of(article, article.markup_credits[1].text) == "John Roe");
  CHECK(article.markup_credits[1].quotation == 1U);
}

TEST_CASE("nested block quotes and lazy continuation lines", "[markdown]") {
  const SourceText source("a.md",
                          "> Outer “one”\n"
                          "> > Inner “two”\n"
                          "lazy line\n"
                          "\n"
                          "Out.\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) == "Outer “one”\n\nInner “two”\nlazy line\n\nOut.");
  REQUIRE(article.markup_quotations.size() == 2);
  CHECK(prose_of(article, article.markup_quotations[0].content_text).starts_with("Outer"));
  CHECK(collapsed(prose_of(article, article.markup_quotations[1].content_text)) ==
        "Inner “two”\nlazy line");
  CHECK(original_span(article, article.markup_quotations[1].span) == "> Inner “two”\nlazy line");
  check_map_is_exact(article);
}

TEST_CASE("list items are paragraphs, nested lists and quotes included", "[markdown]") {
  const SourceText source("a.md",
                          "Intro:\n"
                          "- “First,” said Ann.\n"
                          "- Second item\n"
                          "  continues.\n"
                          "  - Nested “quote,” Bob said.\n"
                          "    > Quoted in a list.\n"
                          "1. Ordered *one*\n"
                          "2) Ordered two\n"
                          "\n"
                          "* * *\n"
                          "Text after a break; 1984. is not a list.\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) ==
        "Intro:\n\n“First,” said Ann.\n\nSecond item\ncontinues.\n\nNested “quote,” Bob said."
        "\n\nQuoted in a list.\n\nOrdered one\n\nOrdered two\n\nText after a break; 1984. is "
        "not a list.");
  REQUIRE(article.markup_quotations.size() == 1);
  CHECK(prose_of(article, article.markup_quotations[0].content_text) == "Quoted in a list.");
  CHECK(article.to_original(prose_offset(article, "“quote")) == source.bytes().find("“quote"));
  check_map_is_exact(article);
}

TEST_CASE("table rows are paragraphs; pipes and the delimiter row are markup", "[markdown]") {
  const SourceText source("a.md",
                          "| Speaker | Quote |\n"
                          "|:--------|------:|\n"
                          "| Ann | “Yes,” she said |\n"
                          "| Bob | a \\| pipe |\n"
                          "\n"
                          "After.\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) == "Speaker Quote\n\nAnn “Yes,” she said\n\nBob a | pipe\n\nAfter.");
  check_map_is_exact(article);
}

TEST_CASE("footnotes: references are markup, definitions are prose", "[markdown]") {
  const SourceText source("a.md",
                          "A claim.[^1] Another.[^note]\n"
                          "\n"
                          "[^1]: “Quoted,” said the source.\n"
                          "[^note]: Second note\n"
                          "    continues here.\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) ==
        "A claim. Another.\n\n“Quoted,” said the source.\n\nSecond note\ncontinues here.");
  check_map_is_exact(article);
}

TEST_CASE("HTML in Markdown is handled as HTML", "[markdown]") {
  const SourceText source("a.md",
                          "He said <q cite=\"https://example.com/src\">it <em>works</em></q> "
                          "and <code>\"x\"</code> left.<br>\n"
                          "\n"
                          "<div class=\"note\">\n"
                          "<p>Block &ldquo;HTML&rdquo; &amp; more</p><p>Second</p>\n"
                          "<script>var s = \"no\";</script>\n"
                          "</div>\n"
                          "\n"
                          "<blockquote>\n"
                          "<p>An HTML quote.</p>\n"
                          "<footer><cite>Jane Doe</cite></footer>\n"
                          "</blockquote>\n"
                          "\n"
                          "<figure><figcaption>Courtesy Someone</figcaption></figure>\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) ==
        "He said it works and left.\n\nBlock “HTML” & more\n\nSecond\n\nAn HTML quote.\n\n"
        "Jane Doe\n\nCourtesy Someone");
  REQUIRE(article.markup_quotations.size() == 2);
  const MarkupQuotation& inline_quote = article.markup_quotations[0];
  CHECK(inline_quote.kind == MarkupQuotation::Kind::inline_quote);
  CHECK(inline_quote.cite == "https://example.com/src");
  CHECK(collapsed(prose_of(article, inline_quote.content_text)) == "it works");
  CHECK(original_span(article, inline_quote.span) ==
        "<q cite=\"https://example.com/src\">it <em>works</em></q>");
  const MarkupQuotation& block = article.markup_quotations[1];
  CHECK(block.kind == MarkupQuotation::Kind::blockquote);
  CHECK(collapsed(prose_of(article, block.content_text)) == "An HTML quote.\n\nJane Doe");
  REQUIRE(article.markup_credits.size() == 2);
  CHECK(prose_of(article, article.markup_credits[0].text) == "Jane Doe");
  CHECK(article.markup_credits[0].kind == MarkupCredit::Kind::cite_element);
  CHECK(article.markup_credits[0].quotation == 1U);
  CHECK(prose_of(article, article.markup_credits[1].text) == "Courtesy Someone");
  CHECK(article.markup_credits[1].kind == MarkupCredit::Kind::figure_caption);
  CHECK_FALSE(article.markup_credits[1].quotation.has_value());
  // Decoded entities map to the whole entity.
  const std::size_t open = prose_offset(article, "“HTML");
  CHECK(original_of(article, open, 3) == "&ldquo;");
  const std::size_t close = prose_offset(article, "” &");
  CHECK(original_of(article, close, 3) == "&rdquo;");
  CHECK(original_of(article, prose_offset(article, "& more"), 1) == "&amp;");
  check_map_is_exact(article);
}

TEST_CASE("Markdown entities decode to their characters at their own position", "[markdown]") {
  const SourceText source("a.md", "&#8220;Hi&#x201D; &copy &nosuch; &amp;&quot;\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) == "“Hi” &copy &nosuch; &\"");
  CHECK(article.to_original(Span{0, 3}) == Span{0, 7});
  CHECK(article.to_original(3) == 7);  // H
  CHECK(original_of(article, 5, 3) == "&#x201D;");
  CHECK(article.to_original(8) == 17);  // the space after the entity
  check_map_is_exact(article);
}

TEST_CASE("CRLF line ends leave no carriage returns in the prose", "[markdown]") {
  const SourceText source("a.md", "# Title\r\n\r\nLine “one”\r\nline two\r\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(article.text().find('\r') == std::string_view::npos);
  CHECK(collapsed(article) == "Title\n\nLine “one”\nline two");
  CHECK(article.to_original(prose_offset(article, "line two")) == source.bytes().find("line two"));
  check_map_is_exact(article);
}

TEST_CASE("unbalanced Markdown syntax stays text", "[markdown]") {
  const SourceText source("a.md",
                          "[[[ unclosed `ticks and <not a tag and [link](no close\n"
                          "\n"
                          "Text <!-- an unterminated comment in a paragraph\n"
                          "\n"
                          "<!-- at the start of a line it hides the rest\n"
                          "\n"
                          "\"hidden\"\n");
  const Article article = citecheck::load_markdown(source);
  CHECK(collapsed(article) ==
        "[[[ unclosed `ticks and <not a tag and [link](no close\n\n"
        "Text <!-- an unterminated comment in a paragraph");
}

TEST_CASE("the seed article as Markdown", "[markdown]") {
  const SourceText source = read_fixture("fixtures/seed/article.md");
  const SourceText text = read_fixture("fixtures/seed/article.txt");
  const Article article = citecheck::load_markdown(source);
  check_map_is_exact(article);
  // The Forbes line is byte-identical, with its U+00A0 after the closing-shaped mark.
  const std::string forbes =
      "Parmy Olsen of Forbes quotes, \u201d\u00a0Xiaomi does in a week what "
      "Apple does in a year.\u201d";
  const std::size_t line = prose_offset(article, forbes);
  const std::size_t mark = line + forbes.find("\u201d");
  CHECK(source.bytes().substr(article.to_original(mark), 5) == "\u201d\u00a0");
  CHECK(source.position(article.to_original(mark)) == citecheck::Position{20, 451});
  // Same prose paragraphs as the text version, apart from the image's description.
  std::string expected = collapsed(text.bytes());
  const std::string alt =
      "facebook alibaba poverty entrepreneur pact forbes Worlds Poor Will Now Turn "
      "Entrepreneurs ";
  REQUIRE(expected.find(alt) != std::string::npos);
  expected.erase(expected.find(alt), alt.size());
  CHECK(collapsed(article) == expected);
  CHECK_FALSE(article.front_matter_references.has_value());
  CHECK(article.markup_quotations.empty());
}
