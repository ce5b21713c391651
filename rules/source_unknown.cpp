// source-unknown: an attribution names a person or organisation that is not in the
// source list. Only runs that have a source list are checked, and only names:
//   - a name one slip away from a listed one is source-misspelled's, unless the article
//     spells it that way throughout (someone else, see person_misspelling);
//   - a speaker counts when it ends in a capitalised word ("officials", "a spokeswoman"
//     name nobody); a one-word speaker only when the article also writes that word with
//     a capital inside a sentence, so a sentence-initial "More" or "Things" is no name;
//   - an outlet counts when the attribution names no person (a named reporter's outlet
//     is what source-outlet-mismatch looks at);
//   - image credits ("Courtesy X") name rights holders, not sources, and resolved
//     pronouns are checked where their name is written, so neither is reported;
//   - a Pandoc citation `[@key]` whose key no entry has is reported.
// Each distinct name is reported once per file, at its first mention: a missing entry
// is one thing to fix however often the article quotes that person.

#include <algorithm>
#include <set>
#include <string>
#include <unordered_set>

#include "rules/rule_factories.hpp"
#include "rules/source_attributions.hpp"
#include "src/input/utf8.hpp"
#include "src/sources/source_list.hpp"
#include "src/text/characters.hpp"

namespace citecheck::rules {

namespace {

// What may stand right before a capital that starts a sentence (or a heading, a list item).
bool opens_sentence_after(char32_t c) {
  switch (c) {
    case 0:  // the start of the text
    case U'.':
    case U'!':
    case U'?':
    case U':':
    case U'(':
    case U'[':
    case U'-':
    case U'*':
    case U'>':
    case U'#':
    case 0x2013:
    case 0x2014:
    case 0x2026:
      return true;
    default:
      return false;
  }
}

bool is_quote_mark(char32_t c) {
  return c == U'"' || c == U'\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019;
}

// Whether the capitalised word at `at` stands inside a sentence, not at its start.
bool inside_sentence(std::string_view text, std::size_t at) {
  // Back over spaces and quote marks: after `,” ` a sentence goes on, after `.” ` not.
  std::size_t before = at;
  int line_breaks = 0;
  while (before > 0) {
    const char32_t c = text::code_point_before(text, before);
    if (!text::is_space(c) && !is_quote_mark(c))
      break;
    line_breaks += c == U'\n';
    before = utf8::previous(text, before);
  }
  const bool new_paragraph = line_breaks >= 2;
  return !new_paragraph && !opens_sentence_after(text::code_point_before(text, before));
}

// The word occurs somewhere with its capital inside a sentence, so the capital is a name's.
bool written_as_name(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    if (text::is_word_char(text::code_point_before(text, at)) ||
        text::is_word_char(text::code_point_at(text, at + word.size()))) {
      continue;
    }
    if (inside_sentence(text, at))
      return true;
  }
  return false;
}

// written_as_name() for many words: the article is read once, and every word that starts
// with a capital inside a sentence is remembered. Searching the article for each name
// instead is quadratic in an article that names thousands of people.
class WordsWrittenAsNames {
 public:
  explicit WordsWrittenAsNames(std::string_view text) : text_(text) {}

  bool contains(std::string_view word) {
    const bool plain = std::all_of(word.begin(), word.end(), [](char c) {
      return text::is_word_char(static_cast<unsigned char>(c)) ||
             static_cast<unsigned char>(c) >= 0x80;
    });
    if (!plain)
      return written_as_name(text_, word);  // O'Neill, Smith-Jones: rare enough to search
    if (!indexed_)
      index();
    return words_.contains(word);
  }

 private:
  void index() {
    indexed_ = true;
    std::size_t at = 0;
    while (at < text_.size()) {
      std::size_t length = 0;
      const char32_t c = utf8::decode(text_, at, length);
      if (!text::is_word_char(c)) {
        at += length;
        continue;
      }
      std::size_t end = at;
      while (end < text_.size()) {
        std::size_t next = 0;
        if (!text::is_word_char(utf8::decode(text_, end, next)))
          break;
        end += next;
      }
      if (!(c >= U'a' && c <= U'z') && inside_sentence(text_, at))
        words_.insert(text_.substr(at, end - at));
      at = end;
    }
  }

  std::string_view text_;
  bool indexed_ = false;
  std::unordered_set<std::string_view> words_;
};

// Names already reported in this file. "Lind" after "Tomas Lind" (or before) is the
// same person.
class Reported {
 public:
  bool first(const std::string& key) { return keys_.insert(key).second; }
  bool first(const NormalizedName& name) {
    const bool bare = name.given.empty();
    if (keys_.contains(name.key()) ||
        (bare ? families_.contains(name.family) : bare_families_.contains(name.family))) {
      return false;
    }
    keys_.insert(name.key());
    families_.insert(name.family);
    if (bare)
      bare_families_.insert(name.family);
    return true;
  }

 private:
  std::set<std::string> keys_;
  std::set<std::string> families_;
  std::set<std::string> bare_families_;
};

class SourceUnknown final : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "source-unknown", "An attribution names a person or outlet that is not in the source list",
        Severity::warning};
    return kInfo;
  }

  void check(const FileAnalysis& file, const RuleOptions&,
             std::vector<Diagnostic>& out) const override {
    if (file.sources == nullptr)
      return;
    const std::string_view bytes = file.source->bytes();
    const NameNormalizer& normalizer = file.sources->matcher().normalizer();
    Reported reported;
    WordsWrittenAsNames written_as_names(bytes);
    const auto report = [&](bool first_mention, Span span, std::string message) {
      if (!first_mention)
        return;
      Diagnostic diagnostic = make_diagnostic(std::move(message), span);
      diagnostic.help = "add an entry for it to the source list, or check the name";
      out.push_back(std::move(diagnostic));
    };

    for (const Attribution* attribution : distinct_attributions(file)) {
      if (attribution->kind == Attribution::Kind::credit || attribution->resolved_pronoun)
        continue;
      const AttributionMatch match = file.sources->match(*attribution);
      if (match.citation) {
        if (match.source == nullptr) {
          const bool is_url = attribution->speaker.find("://") != std::string::npos;
          report(reported.first("@" + attribution->speaker),
                 attribution->speaker_span.value_or(attribution->span),
                 std::string(is_url ? "cited URL" : "citation key") + " \"" + attribution->speaker +
                     "\" is not in the source list");
        }
        continue;
      }
      if (attribution->speaker_span) {
        if (!unknown_person(file, *attribution, match))
          continue;
        const auto name = name_span(bytes, *attribution->speaker_span, normalizer);
        if (!name)
          continue;
        const std::string written(bytes.substr(name->start, name->size()));
        if (count_words(written) == 1 && !written_as_names.contains(written))
          continue;
        report(reported.first(normalizer.person(written)), *name,
               "\"" + written + "\" is not in the source list");
      } else if (attribution->outlet_span && match.outlet.kind == MatchKind::unknown) {
        const Span outlet = without_leading_article(bytes, *attribution->outlet_span);
        const std::string written(bytes.substr(outlet.start, outlet.size()));
        report(reported.first(normalizer.outlet(written)), outlet,
               "\"" + written + "\" is not in the source list");
      }
    }
  }

 private:
  // Not a listed person or organisation, nor one slip away from exactly one (that is
  // source-misspelled's).
  static bool unknown_person(const FileAnalysis& file, const Attribution& attribution,
                             const AttributionMatch& match) {
    switch (match.person.kind) {
      case MatchKind::exact:
      case MatchKind::ambiguous:
        return false;
      case MatchKind::near:
        return !person_misspelling(file, attribution, match);
      case MatchKind::unknown:
        return match.speaker_outlet.kind == MatchKind::unknown;
    }
    return true;
  }
};

}  // namespace

const Rule& source_unknown() {
  static const SourceUnknown rule;
  return rule;
}

}  // namespace citecheck::rules
