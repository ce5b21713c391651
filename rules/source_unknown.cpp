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

#include <set>
#include <string>

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

// The word occurs somewhere with its capital inside a sentence, so the capital is a name's.
bool written_as_name(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    if (text::is_word_char(text::code_point_before(text, at)) ||
        text::is_word_char(text::code_point_at(text, at + word.size()))) {
      continue;
    }
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
    if (!new_paragraph && !opens_sentence_after(text::code_point_before(text, before)))
      return true;
  }
  return false;
}

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
        if (count_words(written) == 1 && !written_as_name(bytes, written))
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
