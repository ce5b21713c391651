#include <catch2/catch.hpp>

#include <string>

#include "src/core/errors.hpp"
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

TEST_CASE("HTML: head, scripts, styles, code and comments are never prose", "[html]") {
  const SourceText source(
      "a.html",
      "<!DOCTYPE html>\n"
      "<html><head><title>“Title”</title>\n"
      "<style>q::before { content: \"“\"; }</style>\n"
      "<script>var s = \"</p> 'not prose'\";</script></head>\n"
      "<body>\n"
      "<p>Before <code>\"code\"</code> after.</p>\n"
      "<pre>\"preformatted\"\n\n'lines'</pre>\n"
      "<!-- \"comment\" <p>not a paragraph</p> -->\n"
      "<noscript>\"noscript\"</noscript><template><p>\"template\"</p></template>\n"
      "<p>Use <kbd>'k'</kbd> and <samp>\"s\"</samp> and <tt>'t'</tt>.</p>\n"
      "<script type=\"module\">\n"
      "  const a = '<p>“quoted”</p>';\n"
      "</SCRIPT >\n"
      "<p>End.</p>\n"
      "</body></html>\n");
  const Article article = citecheck::load_html(source);
  CHECK(collapsed(article) == "Before after.\n\nUse and and .\n\nEnd.");
  CHECK(article.text().find('"') == std::string_view::npos);
  CHECK(article.text().find('\'') == std::string_view::npos);
  CHECK(article.text().find("“") == std::string_view::npos);
  CHECK(article.to_original(prose_offset(article, "End.")) == source.bytes().find("End."));
  check_map_is_exact(article);
}

TEST_CASE("HTML: block elements end paragraphs, inline elements add nothing", "[html]") {
  const SourceText source("a.html",
                          "<div>First <b>bold</b><i> italic</i> text\n"
                          "  wrapped\n"
                          "\n"
                          "  over a blank line.<p>A paragraph</p>Loose text<br>after a break"
                          "<ul><li>one</li><li>two<li>three</ul><h2>Heading</h2>"
                          "<table><tr><td>cell 1</td><td>cell 2</td></tr></table></div>");
  const Article article = citecheck::load_html(source);
  CHECK(article.text() ==
        "First bold italic text\n  wrapped\n   over a blank line.\n\nA paragraph\n\n"
        "Loose text\nafter a break\n\none\n\ntwo\n\nthree\n\nHeading\n\ncell 1\n\ncell 2\n\n");
  CHECK(article.to_original(prose_offset(article, "bold")) == source.bytes().find("bold"));
  CHECK(article.to_original(prose_offset(article, "over")) == source.bytes().find("over"));
  // The break between paragraphs stands at the tag that makes it.
  const std::size_t gap = prose_offset(article, "\n\nA paragraph");
  CHECK(article.to_original(gap) == source.bytes().find("<p>"));
  check_map_is_exact(article);
}

TEST_CASE("HTML entities are decoded and point at the entity", "[html]") {
  const SourceText source("a.html",
                          "<p>&ldquo;Hi,&rdquo; she said &#8220;twice&#x201D;&nbsp;&amp; "
                          "AT&T &notanentity; &ldquo left.</p>");
  const Article article = citecheck::load_html(source);
  CHECK(article.text() == "“Hi,” she said “twice”\u00a0& AT&T &notanentity; &ldquo left.\n\n");
  const std::string_view bytes = source.bytes();
  CHECK(original_of(article, 0, 3) == "&ldquo;");
  CHECK(article.to_original(0) == bytes.find("&ldquo;"));
  CHECK(article.to_original(3) == bytes.find("Hi,"));
  CHECK(original_of(article, prose_offset(article, "” she"), 3) == "&rdquo;");
  CHECK(original_of(article, prose_offset(article, "“twice"), 3) == "&#8220;");
  CHECK(original_of(article, prose_offset(article, "”\u00a0"), 3) == "&#x201D;");
  CHECK(original_of(article, prose_offset(article, "\u00a0&"), 2) == "&nbsp;");
  CHECK(original_of(article, prose_offset(article, "& AT"), 1) == "&amp;");
  // Undecoded ampersands are themselves.
  CHECK(article.to_original(prose_offset(article, "&T")) == bytes.find("&T"));
  CHECK(article.to_original(prose_offset(article, "&ldquo left")) == bytes.find("&ldquo left"));
  // A span over a decoded mark and the word after it.
  const std::size_t twice = prose_offset(article, "“twice”");
  CHECK(original_span(article, article.to_original(Span{twice, twice + 8})) == "&#8220;twice");
  check_map_is_exact(article);
}

TEST_CASE("HTML text spread over lines and nested inline markup keeps its offsets", "[html]") {
  const SourceText source("a.html",
                          "<p>Parmy <em>Olsen of <a href=\"https://forbes.com/?a=1&amp;b=2\">"
                          "Forbes</a></em>\n"
                          "   quotes, &rdquo;&nbsp;Xiaomi does\n"
                          "in a week what Apple does in a year.&rdquo;</p>");
  const Article article = citecheck::load_html(source);
  CHECK(article.text() ==
        "Parmy Olsen of Forbes\n   quotes, ”\u00a0Xiaomi does\nin a week what Apple does in a "
        "year.”\n\n");
  const std::string_view bytes = source.bytes();
  CHECK(article.to_original(prose_offset(article, "Forbes")) == bytes.find("Forbes<"));
  CHECK(article.to_original(prose_offset(article, "quotes")) == bytes.find("quotes"));
  CHECK(article.to_original(prose_offset(article, "in a week")) == bytes.find("in a week"));
  const std::size_t opening = prose_offset(article, "”\u00a0");
  CHECK(original_of(article, opening, 3) == "&rdquo;");
  CHECK(original_of(article, opening + 3, 2) == "&nbsp;");
  CHECK(source.position(article.to_original(opening)) == citecheck::Position{2, 12});
  const std::size_t closing = prose_offset(article, "year.”") + 5;
  CHECK(source.position(article.to_original(closing)) == citecheck::Position{3, 37});
  check_map_is_exact(article);
}

TEST_CASE("HTML <q> and <blockquote> are quotations; cite, figcaption, signatures credit them",
          "[html]") {
  const SourceText source(
      "a.html",
      "<p>He said <q cite=\"https://example.com/interview\">it <b>works</b></q> today.</p>\n"
      "<blockquote cite=\"https://example.com/times\">\n"
      "  <p>“The quoted words,” she wrote.</p>\n"
      "  <footer>— <cite>Jane Doe</cite>, The Times</footer>\n"
      "</blockquote>\n"
      "<blockquote><p>A second quote.</p></blockquote>\n"
      "<p>-- John Roe, Daily News</p>\n"
      "<figure>\n"
      "  <blockquote>Figure quote.</blockquote>\n"
      "  <figcaption>Ann Lee, in 2004</figcaption>\n"
      "</figure>\n"
      "<figure><img src=\"x.jpg\" alt=\"“alt”\"><figcaption>Courtesy Xiaomi, Facebook &amp; "
      "Alibaba</figcaption></figure>\n"
      "<p>Unrelated <cite>The Book</cite>.</p>\n");
  const Article article = citecheck::load_html(source);
  CHECK(collapsed(article) ==
        "He said it works today.\n\n“The quoted words,” she wrote.\n\n— Jane Doe, The Times\n\n"
        "A second quote.\n\n-- John Roe, Daily News\n\nFigure quote.\n\nAnn Lee, in 2004\n\n"
        "Courtesy Xiaomi, Facebook & Alibaba\n\nUnrelated The Book.");

  REQUIRE(article.markup_quotations.size() == 4);
  const MarkupQuotation& inline_quote = article.markup_quotations[0];
  CHECK(inline_quote.kind == MarkupQuotation::Kind::inline_quote);
  CHECK(original_span(article, inline_quote.span) ==
        "<q cite=\"https://example.com/interview\">it <b>works</b></q>");
  CHECK(prose_of(article, inline_quote.content_text) == "it works");
  CHECK(inline_quote.cite == "https://example.com/interview");

  const MarkupQuotation& block = article.markup_quotations[1];
  CHECK(block.kind == MarkupQuotation::Kind::blockquote);
  CHECK(original_span(article, block.span).starts_with("<blockquote cite="));
  CHECK(original_span(article, block.span).ends_with("</footer>\n</blockquote>"));
  CHECK(prose_of(article, block.content_text) == "“The quoted words,” she wrote.");
  CHECK(block.cite == "https://example.com/times");
  CHECK(original_of(article, block.content_text.start, 3) == "“");
  CHECK(article.to_original(block.content_text.start) == source.bytes().find("“The"));

  CHECK(prose_of(article, article.markup_quotations[2].content_text) == "A second quote.");
  CHECK(prose_of(article, article.markup_quotations[3].content_text) == "Figure quote.");

  REQUIRE(article.markup_credits.size() == 5);
  const auto credit = [&](std::size_t index) { return article.markup_credits[index]; };
  CHECK(credit(0).kind == MarkupCredit::Kind::blockquote_signature);
  CHECK(prose_of(article, credit(0).text) == "Jane Doe, The Times");
  CHECK(credit(0).quotation == 1U);
  CHECK(credit(1).kind == MarkupCredit::Kind::blockquote_signature);
  CHECK(prose_of(article, credit(1).text) == "John Roe, Daily News");
  CHECK(credit(1).quotation == 2U);
  CHECK(credit(2).kind == MarkupCredit::Kind::figure_caption);
  CHECK(prose_of(article, credit(2).text) == "Ann Lee, in 2004");
  CHECK(credit(2).quotation == 3U);
  CHECK(credit(3).kind == MarkupCredit::Kind::figure_caption);
  CHECK(prose_of(article, credit(3).text) == "Courtesy Xiaomi, Facebook & Alibaba");
  CHECK_FALSE(credit(3).quotation.has_value());
  CHECK(credit(4).kind == MarkupCredit::Kind::cite_element);
  CHECK(prose_of(article, credit(4).text) == "The Book");
  CHECK_FALSE(credit(4).quotation.has_value());
  check_map_is_exact(article);
}

TEST_CASE("malformed HTML is read as the parser repairs it", "[html]") {
  SECTION("unclosed and misnested tags") {
    const SourceText source("a.html",
                            "<p>One <b>bold <i>both</b> italic</i> end\n"
                            "<p>Two <q>unclosed quote\n"
                            "<div>Block in p</span> tail");
    const Article article = citecheck::load_html(source);
    CHECK(collapsed(article) ==
          "One bold both italic end\n\nTwo unclosed quote\n\nBlock in p tail");
    REQUIRE(article.markup_quotations.size() == 1);
    // The parser keeps the <q> open to the end; it ends with its paragraph.
    CHECK(prose_of(article, article.markup_quotations[0].content_text) == "unclosed quote");
    CHECK(original_span(article, article.markup_quotations[0].span) == "<q>unclosed quote");
    check_map_is_exact(article);
  }
  SECTION("stray < and broken references") {
    const SourceText source("a.html",
                            "<p>a < b, 3<4, x </ y, <_z> & &#; &#x; &ldquo &#8220word</p>");
    const Article article = citecheck::load_html(source);
    CHECK(collapsed(article) == "a < b, 3<4, x y, <_z> & &ldquo “word");
    CHECK(original_of(article, prose_offset(article, "“word"), 3) == "&#8220");
    check_map_is_exact(article);
  }
  SECTION("attributes holding > and quotes") {
    const SourceText source("a.html",
                            "<p title=\"a > b\" data-x='\"q\"' class=x>Text <a href=\"x\"y>"
                            "link</a> 'end'</p>");
    const Article article = citecheck::load_html(source);
    CHECK(collapsed(article) == "Text link 'end'");
    CHECK(article.to_original(prose_offset(article, "'end'")) == source.bytes().find("'end'"));
    check_map_is_exact(article);
  }
  SECTION("an unterminated comment hides the rest") {
    const SourceText source("a.html", "<p>Seen</p><!-- <p>“hidden”</p>");
    const Article article = citecheck::load_html(source);
    CHECK(collapsed(article) == "Seen");
  }
  SECTION("an unterminated script hides the rest") {
    const SourceText source("a.html", "<p>Seen</p><script>var a = \"<p>x</p>\";");
    const Article article = citecheck::load_html(source);
    CHECK(collapsed(article) == "Seen");
  }
  SECTION("text without any markup") {
    const SourceText source("a.html", "Just “text”\n\nwith a blank line.\n");
    const Article article = citecheck::load_html(source);
    // A browser shows one paragraph: the blank line is white space.
    CHECK(article.text() == "Just “text”\n with a blank line.\n\n");
    check_map_is_exact(article);
  }
  SECTION("control characters and carriage returns") {
    const SourceText source("a.html",
                            "<p>a\x01"
                            "b\r\nc\x0c"
                            "d</p>");
    const Article article = citecheck::load_html(source);
    CHECK(article.text() == "ab \ncd\n\n");  // libxml2 drops the form feed too
    CHECK(article.to_original(1) == 5);      // b, after the dropped control character
    check_map_is_exact(article);
  }
  SECTION("a byte order mark") {
    const SourceText source("a.html", "\xEF\xBB\xBF<p>“Hi”</p>");
    const Article article = citecheck::load_html(source);
    CHECK(article.text() == "“Hi”\n\n");
    CHECK(article.to_original(0) == 6);
  }
  SECTION("white space only") {
    const SourceText source("a.html", " \n");
    const Article article = citecheck::load_html(source);
    CHECK(article.text().empty());
  }
}

TEST_CASE("deeply nested and large HTML pages are read to the end", "[html]") {
  SECTION("100000 unclosed elements") {
    std::string page = "<p>start ";
    for (int i = 0; i < 100000; ++i)
      page += "<span><q>";
    page += "“deep” end";
    const SourceText source("a.html", page);
    const Article article = citecheck::load_html(source);
    CHECK(collapsed(article) == "start “deep” end");
    CHECK(article.markup_quotations.size() == 100000);
    CHECK(article.to_original(prose_offset(article, "“deep")) == page.find("“deep"));
  }
  SECTION("a text node longer than libxml2's default limit") {
    std::string page = "<p>";
    page.append(11'000'000, 'a');
    page += " “tail”</p><p>next</p>";
    const SourceText source("a.html", page);
    const Article article = citecheck::load_html(source);
    CHECK(article.text().ends_with(" “tail”\n\nnext\n\n"));
    CHECK(article.to_original(prose_offset(article, "“tail")) == page.find("“tail"));
  }
}

TEST_CASE("the seed article as an HTML page", "[html]") {
  const SourceText source =
      SourceText::read_file(std::string(CITECHECK_SOURCE_DIR) + "/fixtures/seed/article.html");
  const Article article = citecheck::load_html(source);
  check_map_is_exact(article);
  const std::string_view text = article.text();
  // Page furniture is prose; head, script, style, code and comments are not.
  CHECK(collapsed(text).starts_with(
      "IndiaOpines\n\nHome\n\nBusiness\n\nTechnology\n\nXiaomi, Facebook and Alibaba are all "
      "set to turn the World’s poor into entrepreneur!\n\nWhile, the politicians"));
  CHECK(text.find("Opinions that matter") == std::string_view::npos);
  CHECK(text.find("share(") == std::string_view::npos);
  CHECK(text.find("quotes:") == std::string_view::npos);
  CHECK(text.find("search box") == std::string_view::npos);
  CHECK(text.find("| IndiaOpines") == std::string_view::npos);
  CHECK(text.find("worlds-poor") == std::string_view::npos);

  // The Forbes line: entities in the file, the same bytes in the prose.
  const std::string forbes =
      "Parmy Olsen of Forbes quotes, \u201d\u00a0Xiaomi does in a week what "
      "Apple does in a year.\u201d";
  const std::size_t line = prose_offset(article, forbes);
  const std::size_t mark = line + forbes.find("\u201d");
  CHECK(original_of(article, mark, 3) == "&rdquo;");
  CHECK(original_of(article, mark + 3, 2) == "&nbsp;");
  const std::size_t closing = line + forbes.rfind("\u201d");
  CHECK(original_of(article, closing, 3) == "\u201d");

  REQUIRE(article.markup_quotations.size() == 2);
  const MarkupQuotation& pyramid = article.markup_quotations[0];
  CHECK(pyramid.kind == MarkupQuotation::Kind::inline_quote);
  CHECK(prose_of(article, pyramid.content_text) == "fortune in the bottom of the pyramid");
  CHECK(original_span(article, pyramid.span) == "<q>fortune in the bottom of the pyramid</q>");
  CHECK(text.find("the fortune in the bottom of the pyramid—to use the C.K. Prahalad’s term") !=
        std::string_view::npos);
  const MarkupQuotation& excerpt = article.markup_quotations[1];
  CHECK(excerpt.kind == MarkupQuotation::Kind::blockquote);
  CHECK(excerpt.cite == "https://www.wsj.com/articles/xiaomi-phones-2014");
  CHECK(prose_of(article, excerpt.content_text).starts_with("For instance,\u00a0Xiaomi’s"));
  CHECK(prose_of(article, excerpt.content_text)
            .ends_with("(Source: Paul Mazur, Wall Street Journal)."));

  REQUIRE(article.markup_credits.size() == 1);
  CHECK(article.markup_credits[0].kind == MarkupCredit::Kind::figure_caption);
  CHECK(prose_of(article, article.markup_credits[0].text) == "Courtesy Xiaomi, Facebook & Alibaba");
  CHECK_FALSE(article.markup_credits[0].quotation.has_value());
  CHECK(
      collapsed(text).ends_with("Custom Search\n\nDo you have any contrary opinion to this "
                                "post - Do you wish to get heard - You can now directly publish "
                                "your opinion - or link to another article with a different view "
                                "at our blogs. We will likely republish your opinion or blog "
                                "piece at IndiaOpines with full credits"));
}

TEST_CASE("load_article picks the loader", "[html][markdown][format]") {
  const SourceText source("a.html", "Text <b>*emphasis*</b> &amp;");
  CHECK(collapsed(citecheck::load_article(source, citecheck::InputFormat::html)) ==
        "Text *emphasis* &");
  CHECK(collapsed(citecheck::load_article(source, citecheck::InputFormat::markdown)) ==
        "Text emphasis &");
  CHECK(citecheck::load_article(source, citecheck::InputFormat::text).text() == source.bytes());
}
