#pragma once
// Attribution grammar: recognises who a quotation is credited to in the prose around it.
// Callers hand in short stretches (the text after a closing mark, one sentence); the word
// lists come from a Lexicon at run time. Offsets in results are relative to the input.
// The input is expected with line breaks and tabs already turned into spaces, so that
// multi-word lexicon entries (`according to`) match across soft wraps.

#include <optional>
#include <string_view>
#include <vector>

#include "grammars/attribution_ast.hpp"
#include "src/lexicon/lexicon.hpp"

namespace citecheck::grammars {

// An attribution that starts right after a closing quote mark: `, X said`, `, said X`,
// `, according to X`, `— X`, `[@key]`. Leading commas, semicolons and spaces are skipped.
std::optional<ParsedAttribution> parse_attribution_after(std::string_view text,
                                                         const Lexicon& lexicon);

// Every attribution phrase in a stretch of prose without quotations, left to right and
// not overlapping: speech verbs with their speaker, `according to`, `as X put it`,
// `X's term`, `(Source: ...)`, `[@key]`. Credits are not included.
std::vector<ParsedAttribution> find_attributions(std::string_view text, const Lexicon& lexicon);

// The subject that opens a sentence followed by a lower-case word (`Hillary Clinton is
// describing`), a weak guess for partial quotations with an unlisted verb.
std::optional<ParsedAttribution> parse_sentence_subject(std::string_view sentence,
                                                        const Lexicon& lexicon);

// A credit line starting at `text`: `Courtesy Xiaomi, Facebook & Alibaba`.
std::optional<ParsedAttribution> parse_credit(std::string_view text, const Lexicon& lexicon);

// Every capitalised name in `text`, left to right.
std::vector<ParsedName> find_names(std::string_view text, const Lexicon& lexicon);

// The names in `text` that are surely people: two name words (`Ted Cruz`) or a title
// (`Mr. Kamin`), so that `Washington` or `Monday` are not taken. Left to right.
std::vector<ParsedName> find_people(std::string_view text, const Lexicon& lexicon);

}  // namespace citecheck::grammars
