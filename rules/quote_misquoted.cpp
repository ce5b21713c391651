// quote-misquoted: the quoted words differ in a few words from what the source list
// records for the credited source (its custom.quotes and snapshot). What the aligner
// tolerates (ellipses, [brackets], case, punctuation, quote-mark style) is no misquote,
// nor is a quotation the list records verbatim for a source the article names near it:
// the article says whose words they are, and the credit is the linker's doubtful reading
// (see named_source_holding). Recorded quotes are excerpts (see check_own_words).

#include <algorithm>
#include <optional>
#include <string>

#include "rules/rule_factories.hpp"
#include "rules/source_attributions.hpp"
#include "src/sources/source_list.hpp"
#include "src/text/characters.hpp"

namespace citecheck::rules {

namespace {

// A speaker found by resolving a pronoun (`“…,” he said`) is the linker's guess; that the
// passage is the same statement is another guess. Both together are too little for an
// error: a guessed speaker's quotation is misquoted only when it differs in one word from
// the passage, which then cannot be another statement that happens to share its words.
constexpr std::size_t kMaxEditsForGuessedSpeaker = 1;

bool is_space_byte(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// The article's quotation with the differing words replaced by the recorded ones, so that
// its own ellipses, brackets and punctuation stay.
std::string corrected_words(std::string text, std::vector<WordDiff> diffs) {
  std::sort(diffs.begin(), diffs.end(),
            [](const WordDiff& a, const WordDiff& b) { return a.article_begin > b.article_begin; });
  for (const WordDiff& diff : diffs) {
    std::size_t begin = diff.article_begin;
    std::size_t end = diff.article_end;
    std::string replacement = diff.recorded_words;
    if (replacement.empty()) {
      // Words to drop take one neighbouring space with them.
      if (end < text.size() && is_space_byte(text[end]))
        ++end;
      else if (begin > 0 && is_space_byte(text[begin - 1]))
        --begin;
    } else if (begin == end) {
      // Words to insert get a space on the side where a word touches them.
      if (begin > 0 && !is_space_byte(text[begin - 1]))
        replacement = ' ' + replacement;
      if (end < text.size() && !is_space_byte(text[end]))
        replacement += ' ';
    }
    text.replace(begin, end - begin, replacement);
  }
  return text;
}

class QuoteMisquoted final : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "quote-misquoted", "The quoted words differ from the words recorded for that source",
        Severity::error};
    return kInfo;
  }

  void check(const FileAnalysis& file, const RuleOptions&,
             std::vector<Diagnostic>& out) const override {
    if (file.sources == nullptr)
      return;
    const std::string_view bytes = file.source->bytes();
    for (const Quotation& quotation : file.quotations) {
      if (!quotation.attribution)
        continue;
      const AttributionMatch match = file.sources->match(*quotation.attribution);
      const QuoteCheck verdict = check_own_words(file, quotation, match.candidates);
      if (verdict.kind != QuoteCheck::Kind::misquoted ||
          (quotation.attribution->resolved_pronoun &&
           verdict.match.alignment.edits > kMaxEditsForGuessedSpeaker) ||
          named_source_holding(file, quotation, match) != nullptr) {
        continue;
      }
      Diagnostic diagnostic =
          make_diagnostic("quotation differs from what " + display_name(*verdict.source) +
                              " said: " + verdict.match.alignment.message,
                          quotation.span);
      // Replacing the quotation (marks included) needs its words as the file has them,
      // give or take the spaces inside the marks (French `« … »`), which stay.
      const std::string_view content =
          bytes.substr(quotation.content.start, quotation.content.size());
      const std::size_t words_at = content.find(quotation.text);
      const bool words_as_written =
          quotation.open && quotation.close && words_at != std::string_view::npos &&
          text::leading_spaces(content.substr(0, words_at)) == words_at &&
          text::leading_spaces(content.substr(words_at + quotation.text.size())) ==
              content.size() - words_at - quotation.text.size();
      if (words_as_written) {
        diagnostic.suggestion = std::string(quotation.open->glyph) +
                                std::string(content.substr(0, words_at)) +
                                corrected_words(quotation.text, verdict.match.alignment.diffs) +
                                std::string(content.substr(words_at + quotation.text.size())) +
                                std::string(quotation.close->glyph);
        diagnostic.help = "the source's words: " + *diagnostic.suggestion;
      } else {
        diagnostic.help = "the source's words: \"" +
                          std::string(verdict.recorded.substr(
                              verdict.match.begin, verdict.match.end - verdict.match.begin)) +
                          "\"";
      }
      out.push_back(std::move(diagnostic));
    }
  }
};

}  // namespace

const Rule& quote_misquoted() {
  static const QuoteMisquoted rule;
  return rule;
}

}  // namespace citecheck::rules
