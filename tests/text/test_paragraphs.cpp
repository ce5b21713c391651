#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "src/text/characters.hpp"

using citecheck::text::lines_are_paragraphs;
using citecheck::text::ParagraphIndex;

namespace {

// A line of reporting well past any wrapping width.
std::string long_line(const std::string& start) {
  return start +
         " spoke for an hour on Tuesday about the budget, which the council must pass by the "
         "end of March.";
}

// Each paragraph's text, from its first byte to its end.
std::vector<std::string> paragraphs_of(const std::string& text, bool one_per_line) {
  const ParagraphIndex index(text, one_per_line);
  std::vector<std::string> found;
  for (std::size_t paragraph = 0; paragraph < index.count(); ++paragraph) {
    const std::size_t start = index.first_char_of(paragraph);
    found.push_back(text.substr(start, index.end_of(paragraph) - start));
  }
  return found;
}

using Paragraphs = std::vector<std::string>;

}  // namespace

TEST_CASE("one paragraph per line is told from hard wrapping", "[text][paragraphs]") {
  const std::string one_per_line =
      long_line("The mayor") + "\n" + long_line("Her deputy") + "\n" + long_line("The critic");
  CHECK(lines_are_paragraphs(one_per_line));

  SECTION("negative: hard-wrapped text, blank-line paragraphs, a lone pull quote") {
    CHECK_FALSE(
        lines_are_paragraphs("The council voted on Tuesday to approve the\n"
                             "budget, which keeps every school open.\n\n"
                             "Critics were unconvinced by the numbers and\n"
                             "said so in a statement.\n"));
    CHECK_FALSE(lines_are_paragraphs(long_line("The mayor") + "\n\n" + long_line("The critic") +
                                     "\n\n" + long_line("Her deputy") + "\nAnn Lee, deputy\n\n" +
                                     long_line("The clerk") + "\n"));
    CHECK_FALSE(lines_are_paragraphs("One line only, however long it may be."));
  }
}

TEST_CASE("paragraphs end at blank lines, or at each line", "[text][paragraphs]") {
  const std::string text = "First line\nsecond line\nthird line\n\nFourth";
  CHECK(paragraphs_of(text, false) == Paragraphs{"First line\nsecond line\nthird line", "Fourth"});
  // One per line, but a short line that closes its block stays with the line before: the
  // credit under a pull quote.
  CHECK(paragraphs_of(text, true) == Paragraphs{"First line", "second line\nthird line", "Fourth"});
  const std::string pull_quote = "\"We will win.\nAnn Lee, mayor.\"\n\nNext";
  CHECK(paragraphs_of(pull_quote, true) == Paragraphs{"\"We will win.\nAnn Lee, mayor.\"", "Next"});
}
