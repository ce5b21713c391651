#pragma once

#include <optional>
#include <string>

#include "src/core/span.hpp"

namespace citecheck {

// Who a quotation is credited to, as the article says it.
struct Attribution {
  enum class Kind {
    speech,        // `X said`, `said X`, `X told`, `X wrote:`, German `sagte X`
    according_to,  // `according to X`, German `laut X`
    source_note,   // `(Source: X, Outlet)`
    term,          // `X's term`, `as X put it`
    credit,        // `Courtesy X`, <figcaption>: a credit, not speech
    signature,     // `— X` under a block quotation, <cite>
    citation,      // Pandoc `[@key]`
  };
  Kind kind = Kind::speech;
  std::string speaker;  // the name as written (pronouns resolved to the named person)
  std::string outlet;   // publication, when the article names one
  std::string cue;      // the word that signals the attribution: "said", "according to"
  Span span;            // the whole attribution phrase, original file offsets
  std::optional<Span> speaker_span;  // the name's own span (the pronoun, if resolved)
  std::optional<Span> outlet_span;
  bool resolved_pronoun = false;
  std::optional<std::string> source_id;  // the matched source-list entry
};

}  // namespace citecheck
