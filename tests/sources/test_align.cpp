#include <catch2/catch.hpp>

#include "src/sources/align.hpp"

using citecheck::align_quote;
using citecheck::AlignResult;
using citecheck::find_in_text;
using citecheck::TextMatch;
using citecheck::WordDiff;

TEST_CASE("identical and tolerated differences match", "[align]") {
  struct Case {
    const char* article;
    const char* recorded;
  };
  for (const Case& c : {
           Case{"Xiaomi does in a week what Apple does in a year.",
                "Xiaomi does in a week what Apple does in a year."},
           // ellipses of every spelling stand for omitted words
           Case{"We will … win this race", "We will certainly and surely win this race"},
           Case{"We will ... win this race", "We will certainly win this race"},
           Case{"We will . . . win this race", "We will certainly win this race"},
           Case{"We will [...] win this race", "We will certainly win this race"},
           Case{"We will … win this race", "We will win this race"},
           Case{"… win this race", "And we will win this race"},
           // a bracketed insertion replaces a few words, or none
           Case{"[Olson] said the deal was done", "She said the deal was done"},
           Case{"[The senator] said the deal was done", "He said the deal was done"},
           Case{"We [the party] will win", "We will win"},
           Case{"[The Democratic Party] will win", "the party will win"},
           // the record may keep the bracket, or say the bracketed words themselves
           Case{"we could afford [Lind] respect", "we could afford [Lind] respect"},
           Case{"we could afford [Lind] respect", "we could afford Lind respect"},
           // case, punctuation, quote-mark and apostrophe style, dashes, spacing
           Case{"the plan is dead", "The plan is dead."},
           Case{"THE PLAN IS DEAD", "the plan is dead"},
           Case{"It's over, done", "It’s over — done!"},
           Case{"He called it \"a farce\"", "He called it “a farce”"},
           Case{"He called it ‘a farce’", "He called it 'a farce'"},
           Case{"this--that", "this — that"},
           Case{"this – that", "this—that"},
           Case{"a well-known  fact", "a well known\nfact"},
           Case{"Café au lait", "CAFÉ AU LAIT"},
           // a possessive of a word ending in s, in either house style
           Case{"the Reynolds's plan", "the Reynolds’ plan"},
           Case{"the Reynolds’s plan", "the Reynolds' plan"},
           Case{"Cafe\xCC\x81", "Café"},  // decomposed and precomposed é
           // the article may quote a fragment of what was said
           Case{"fortune at the bottom of the pyramid",
                "the fortune at the bottom of the pyramid is large"},
       }) {
    INFO(c.article << " | " << c.recorded);
    const AlignResult result = align_quote(c.article, c.recorded);
    CHECK(result.matches);
    CHECK(result.message.empty());
    CHECK(result.diffs.empty());
  }
}

TEST_CASE("real differences are reported with the words", "[align]") {
  struct Case {
    const char* article;
    const char* recorded;
    const char* message;
  };
  for (const Case& c : {
           Case{"fortune in the bottom of the pyramid", "fortune at the bottom of the pyramid",
                "\"in\" should be \"at\""},
           Case{"I am not a crook", "I am a crook", "\"not\" was added"},
           Case{"I am crook today", "I am a crook today", "\"a\" was left out"},
           Case{"a big red dog barked", "a small blue dog barked",
                "\"big red\" should be \"small blue\""},
           Case{"fortune in the bottom of pyramid", "fortune at the bottom of the pyramid",
                "\"in\" should be \"at\", \"the\" was left out"},
           Case{"We will … lose this race", "We will certainly win this race",
                "\"lose\" should be \"win\""},
           Case{"[Olson] said the deal was off", "She said the deal was done",
                "\"off\" should be \"done\""},
           Case{"Résumé is ready", "Resume is ready", "\"Résumé\" should be \"Resume\""},
           // A bracket whose words the record says marks them and stands for no more.
           Case{"we could afford [Lind] respect", "we could afford Lind voters respect",
                "\"voters\" was left out"},
           Case{"before we got [Anna Berg] on board", "before we got with Anna Berg on board",
                "\"with\" was left out"},
       }) {
    INFO(c.article << " | " << c.recorded);
    const AlignResult result = align_quote(c.article, c.recorded);
    CHECK_FALSE(result.matches);
    CHECK(result.message == c.message);
  }
}

TEST_CASE("diffs carry their spans", "[align]") {
  const std::string article = "fortune in the bottom";
  const std::string recorded = "the fortune at the bottom";
  const AlignResult result = align_quote(article, recorded);
  REQUIRE(result.diffs.size() == 1);
  const WordDiff& diff = result.diffs.front();
  CHECK(diff.kind == WordDiff::Kind::substituted);
  CHECK(article.substr(diff.article_begin, diff.article_end - diff.article_begin) == "in");
  CHECK(recorded.substr(diff.recorded_begin, diff.recorded_end - diff.recorded_begin) == "at");
  CHECK(result.edits == 1);
  CHECK(recorded.substr(result.recorded_begin, result.recorded_end - result.recorded_begin) ==
        "fortune at the bottom");

  const AlignResult added = align_quote("I am not a crook", "I am a crook");
  REQUIRE(added.diffs.size() == 1);
  CHECK(added.diffs.front().kind == WordDiff::Kind::added);
  CHECK(added.diffs.front().recorded_words.empty());
}

TEST_CASE("finding a quotation in a longer text", "[align]") {
  const std::string text =
      "Opening remarks.\n\nThe company said on Monday that Xiaomi does in a week what Apple "
      "does in a year, and that it would keep growing.\n\nOther news followed.";

  const TextMatch found = find_in_text("“Xiaomi does in a week what Apple does in a year.”", text);
  CHECK(found.kind == TextMatch::Kind::found);
  CHECK(text.substr(found.begin, found.end - found.begin) ==
        "Xiaomi does in a week what Apple does in a year");

  const TextMatch near = find_in_text("Xiaomi does in a day what Apple does in a year", text);
  CHECK(near.kind == TextMatch::Kind::near);
  CHECK(near.alignment.message == "\"day\" should be \"week\"");
  CHECK(text.substr(near.begin, near.end - near.begin) ==
        "Xiaomi does in a week what Apple does in a year");

  CHECK(find_in_text("Xiaomi does … what Apple does in a year", text).kind ==
        TextMatch::Kind::found);
  CHECK(find_in_text("Samsung ships more phones than anyone", text).kind ==
        TextMatch::Kind::absent);
  // Too short to call a near passage a misquotation: a phrase with another word is
  // another phrase.
  CHECK(find_in_text("Apple does it", text).kind == TextMatch::Kind::absent);
  CHECK(find_in_text("in a month what", text).kind == TextMatch::Kind::absent);
  CHECK(find_in_text("…", text).kind == TextMatch::Kind::absent);
  // Five words allow one edit, not two: `how the system is rigged` is another statement.
  const std::string rigged = "He said that the system is being rigged against him.";
  CHECK(find_in_text("that the system is rigged", rigged).kind == TextMatch::Kind::near);
  CHECK(find_in_text("how the system is being rigged", rigged).kind == TextMatch::Kind::near);
  CHECK(find_in_text("how the system is rigged", rigged).kind == TextMatch::Kind::absent);
}

TEST_CASE("finding a quotation in a text too long for one table", "[align]") {
  std::string text;
  for (int i = 0; text.size() < 2'000'000; ++i) {
    text += "Filler sentence number ";
    text += std::to_string(i);
    text += " says little at all. ";
  }
  const std::size_t at = text.size() / 2;
  text.insert(at, " The fortune at the bottom of the pyramid is large. ");
  const TextMatch near = find_in_text("the fortune in the bottom of the pyramid", text);
  CHECK(near.kind == TextMatch::Kind::near);
  CHECK(near.alignment.message == "\"in\" should be \"at\"");
  CHECK(near.begin > at);
  CHECK(find_in_text("fortune at the bottom of the pyramid", text).kind == TextMatch::Kind::found);
}

TEST_CASE("a quotation may run past an excerpt's ends", "[align]") {
  using citecheck::Extent;
  const std::string excerpt = "The bridge will reopen in the spring.";
  const TextMatch past =
      find_in_text("So far, the bridge will reopen in the spring", excerpt, Extent::excerpt);
  CHECK(past.kind == TextMatch::Kind::found);
  CHECK(past.alignment.covered_begin == std::string_view("So far, ").size());
  // A document's first word is where the source begins.
  const TextMatch added = find_in_text("So far, the bridge will reopen in the spring", excerpt);
  CHECK(added.kind == TextMatch::Kind::near);
  CHECK(added.alignment.message == "\"So far\" was added");
  CHECK(find_in_text("The bridge will reopen in the spring, and the ferry will stop", excerpt,
                     Extent::excerpt)
            .kind == TextMatch::Kind::absent);  // most of it is not recorded
  // A changed last word is no word past the end.
  const TextMatch changed =
      find_in_text("the bridge will reopen in the autumn", excerpt, Extent::excerpt);
  CHECK(changed.kind == TextMatch::Kind::near);
  CHECK(changed.alignment.message == "\"autumn\" should be \"spring\"");
  // An ellipsis does not join words before an excerpt to a passage inside it.
  CHECK(find_in_text("We shall … open the bridge in the spring",
                     "And so the council will open the bridge in the spring", Extent::excerpt)
            .kind != TextMatch::Kind::found);
}
