// quote-unattributed: a quotation long enough to be speech that nobody is credited for.
// Short quotations are titles, terms and scare quotes ("so-called “experts”"); nested
// quotations belong to the speaker of the quotation around them.

#include <string>

#include "rules/rule_factories.hpp"
#include "src/input/utf8.hpp"
#include "src/text/characters.hpp"

namespace citecheck::rules {

namespace {

// Measured on news text: below this, most unattributed quotations are titles or terms.
constexpr int kDefaultMinWords = 4;

struct WordCount {
  int words = 0;
  int capitalised = 0;
};

WordCount count_words(std::string_view text) {
  WordCount count;
  bool in_word = false;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t length = 0;
    const char32_t c = utf8::decode(text, i, length);
    const bool word_char = text::is_word_char(c);
    if (word_char && !in_word) {
      ++count.words;
      if (c >= U'A' && c <= U'Z')
        ++count.capitalised;
    }
    in_word = word_char || (in_word && (c == U'\'' || c == 0x2019 || c == U'-'));
    i += length;
  }
  return count;
}

// "The Fortune at the Bottom of the Pyramid": capitalised words and no closing
// punctuation read as a title, not speech.
bool looks_like_title(std::string_view text, const WordCount& count) {
  if (text.empty())
    return false;
  const char last = text.back();
  if (last == '.' || last == '!' || last == '?' || last == ',')
    return false;
  return count.capitalised * 2 > count.words;
}

class QuoteUnattributed final : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"quote-unattributed",
                                    "A quotation long enough to be speech has no attribution",
                                    Severity::warning};
    return kInfo;
  }

  void check(const FileAnalysis& file, const RuleOptions& options,
             std::vector<Diagnostic>& out) const override {
    const int min_words =
        options.unattributed_min_words > 0 ? options.unattributed_min_words : kDefaultMinWords;
    for (const Quotation& quotation : file.quotations) {
      if (quotation.attribution || quotation.depth > 0)
        continue;
      const WordCount count = count_words(quotation.text);
      if (count.words < min_words || looks_like_title(quotation.text, count))
        continue;
      Diagnostic diagnostic = make_diagnostic(
          "quotation of " + std::to_string(count.words) + " words has no attribution",
          quotation.span);
      diagnostic.help = "say who said it (\"…,\" she said) or cite the source";
      out.push_back(std::move(diagnostic));
    }
  }
};

}  // namespace

const Rule& quote_unattributed() {
  static const QuoteUnattributed rule;
  return rule;
}

}  // namespace citecheck::rules
