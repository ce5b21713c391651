#include "src/check/check_file.hpp"

#include "src/analysis/analyse.hpp"
#include "src/core/errors.hpp"
#include "src/document/load_document.hpp"
#include "src/sources/load_source_list.hpp"

namespace citecheck {

namespace {

// The front matter's `references:` as a list of its own, with lines counted in the article.
std::shared_ptr<const LoadedSourceList> front_matter_list(const Article& article,
                                                          const std::string& article_path) {
  if (!article.front_matter_references)
    return nullptr;
  const std::size_t line_offset = article.source().position(article.front_matter_offset).line - 1;
  return std::make_shared<const LoadedSourceList>(
      parse_csl_yaml(*article.front_matter_references, article_path, line_offset));
}

// Every attribution credited to a listed entry gets that entry's id.
void resolve_source_ids(FileAnalysis& analysis, const SourceList& sources) {
  const auto resolve = [&sources](Attribution& attribution) {
    if (const Source* source = sources.match(attribution).source)
      attribution.source_id = source->id;
  };
  for (Quotation& quotation : analysis.quotations) {
    if (quotation.attribution)
      resolve(*quotation.attribution);
  }
  for (Attribution& credit : analysis.credits)
    resolve(credit);
}

}  // namespace

CheckedFile check_file(const std::string& path, const CheckContext& context) {
  CheckedFile checked;
  const bool from_stdin = path == "-";
  checked.report.path = from_stdin ? context.stdin_filename : path;
  try {
    checked.source = std::make_unique<SourceText>(
        from_stdin ? SourceText::read_stdin(context.stdin_filename) : SourceText::read_file(path));
    checked.format = context.input_format.value_or(detect_input_format(checked.report.path));
    checked.article = std::make_unique<Article>(load_article(*checked.source, checked.format));
    checked.analysis = std::make_unique<FileAnalysis>(analyse(*checked.article, *context.lexicon));
    // Standard input has no place of its own, so no sidecar list next to it.
    const std::optional<std::filesystem::path> sidecar =
        from_stdin ? std::nullopt : find_sidecar_source_list(path);
    checked.sources = context.source_cache->get(
        context.source_lists, sidecar, front_matter_list(*checked.article, checked.report.path));
    if (checked.sources) {
      checked.analysis->sources = checked.sources.get();
      resolve_source_ids(*checked.analysis, *checked.sources);
    }
    checked.report.source = checked.source.get();
    checked.report.analysis = checked.analysis.get();
    checked.report.diagnostics = run_rules(*checked.analysis, *context.settings);
  } catch (const InputError& error) {
    checked.report.error = error.what();
  }
  return checked;
}

}  // namespace citecheck
