#include "src/sources/load_source_list.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <system_error>

#include "src/core/errors.hpp"
#include "src/sources/source_list_text.hpp"
#include "src/walk/directory_listings.hpp"

namespace citecheck {

SourceListText::SourceListText(std::string_view text, const std::filesystem::path& file,
                               std::size_t line_offset)
    : text_(file.string(), std::string(text)),
      directory_(file.parent_path()),
      line_offset_(line_offset) {}

std::size_t SourceListText::offset_of(std::size_t line0, std::size_t byte_column0) const {
  if (line0 >= text_.line_count())
    return text_.bytes().size();
  const std::size_t start = line0 == 0 ? text_.content_start() : text_.line_start(line0 + 1);
  return std::min(start + byte_column0, text_.bytes().size());
}

std::string SourceListText::line_and_column(std::size_t offset) const {
  const Position where = text_.position(offset);
  return std::to_string(where.line + line_offset_) + ":" + std::to_string(where.column);
}

void SourceListText::fail(std::size_t offset, const std::string& message) const {
  throw InputError(file_name() + ":" + line_and_column(offset) + ": " + message);
}

std::string SourceListText::resolve_snapshot(std::string_view snapshot) const {
  const std::filesystem::path path(snapshot);
  if (path.is_absolute() || directory_.empty())
    return path.lexically_normal().string();
  return (directory_ / path).lexically_normal().string();
}

std::optional<SourceListFormat> source_list_format_for(const std::filesystem::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".json")
    return SourceListFormat::csl_json;
  if (extension == ".yaml" || extension == ".yml")
    return SourceListFormat::csl_yaml;
  if (extension == ".bib")
    return SourceListFormat::bibtex;
  return std::nullopt;
}

std::vector<Source> load_source_list(const std::filesystem::path& file) {
  const auto format = source_list_format_for(file);
  if (!format) {
    throw InputError(file.string() +
                     ": unknown source list format, expected a .json, .yaml, .yml or .bib file");
  }
  // read_file reports missing and unreadable files and checks that the bytes are UTF-8.
  const SourceText text = SourceText::read_file(file);
  switch (*format) {
    case SourceListFormat::csl_json:
      return parse_csl_json(text.bytes(), file);
    case SourceListFormat::csl_yaml:
      return parse_csl_yaml(text.bytes(), file);
    case SourceListFormat::bibtex:
      return parse_bibtex(text.bytes(), file);
  }
  return {};
}

std::optional<std::filesystem::path> find_sidecar_source_list(const std::filesystem::path& article,
                                                              const DirectoryListings* listings) {
  static constexpr std::array<std::string_view, 4> kSuffixes = {".sources.json", ".sources.yaml",
                                                                ".sources.yml", ".sources.bib"};
  const std::vector<std::string>* listed =
      listings != nullptr ? listings->files_in(article.parent_path()) : nullptr;
  for (const std::string_view suffix : kSuffixes) {
    std::filesystem::path candidate = article;
    candidate.replace_extension(suffix);
    std::error_code error;
    const bool found = listed != nullptr ? std::binary_search(listed->begin(), listed->end(),
                                                              candidate.filename().string())
                                         : std::filesystem::is_regular_file(candidate, error);
    if (found)
      return candidate;
  }
  return std::nullopt;
}

}  // namespace citecheck
