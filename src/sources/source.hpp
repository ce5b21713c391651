#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace citecheck {

// A person or organisation credited by a source-list entry (CSL name variable).
struct SourcePerson {
  std::string family;
  std::string given;
  std::string particle;  // "van", "de la": CSL non-dropping/dropping particle, BibTeX "von"
  std::string literal;   // organisations and names that do not split
  // "Given particle Family", or the literal.
  std::string display_name() const;
};

// One entry of a source list, whatever format it came from (CSL-JSON, CSL-YAML, BibTeX).
struct Source {
  std::string id;
  std::string type;                  // CSL type: "article-newspaper", "interview", "book", ...
  std::vector<SourcePerson> people;  // CSL author (BibTeX author/editor)
  std::string outlet;                // CSL container-title (BibTeX journal/journaltitle)
  std::string outlet_short;          // CSL container-title-short
  std::string title;
  std::string url;
  std::string date;  // as written (CSL issued, BibTeX year/date)
  // citecheck's extensions in CSL `custom`:
  std::vector<std::string> quotes;      // what the source said, verbatim
  std::vector<std::string> aliases;     // other spellings of the person or outlet
  std::optional<std::string> snapshot;  // local copy of the source, resolved to a path
  // Where the entry is defined, for messages.
  std::string origin_file;
  std::size_t origin_line = 0;
};

}  // namespace citecheck
