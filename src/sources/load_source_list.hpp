#pragma once
// Source-list loaders: CSL-JSON, CSL-YAML (also a Markdown front matter's `references:`)
// and BibTeX/BibLaTeX, all mapped to the same Source model.
//
// Broken lists throw InputError with "FILE:LINE:COL: <what is wrong>, expected <what>";
// lines are 1-based and columns count code points. Unknown fields are ignored, fields of
// the wrong type are errors. A relative `snapshot` path is resolved against the directory
// of the list; the snapshot need not exist at load time.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "src/sources/source.hpp"

namespace citecheck {

enum class SourceListFormat { csl_json, csl_yaml, bibtex };

// By extension: .json, .yaml/.yml, .bib (any letter case); nullopt for anything else.
std::optional<SourceListFormat> source_list_format_for(const std::filesystem::path& file);

// Reads and parses a source list, choosing the format by extension.
std::vector<Source> load_source_list(const std::filesystem::path& file);

// Parse from memory; `file` names the list in messages and anchors relative snapshots.
std::vector<Source> parse_csl_json(std::string_view text, const std::filesystem::path& file);
// `line_offset` is added to every line number, for a front matter block that starts
// `line_offset` lines into the article.
std::vector<Source> parse_csl_yaml(std::string_view text, const std::filesystem::path& file,
                                   std::size_t line_offset = 0);
// BibTeX conventions for citecheck's extensions: see src/sources/bibtex.cpp.
std::vector<Source> parse_bibtex(std::string_view text, const std::filesystem::path& file);

class DirectoryListings;

// The source list next to an article: for `dir/article.txt` the first that exists of
// dir/article.sources.json, .sources.yaml, .sources.yml and .sources.bib. Directories in
// `listings` are looked up there instead of on disk.
std::optional<std::filesystem::path> find_sidecar_source_list(
    const std::filesystem::path& article, const DirectoryListings* listings = nullptr);

}  // namespace citecheck
