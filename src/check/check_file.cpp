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

template <typename T>
void append(std::vector<T>& to, std::vector<T>& from) {
  if (to.empty()) {
    to = std::move(from);
    return;
  }
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

CheckedFile check_file(const std::string& path, const CheckContext& context,
                       const QuotationSink& sink) {
  CheckedFile checked;
  const bool from_stdin = path == "-";
  checked.report.path = from_stdin ? context.stdin_filename : path;
  try {
    checked.source = std::make_unique<SourceText>(
        from_stdin ? SourceText::read_stdin(context.stdin_filename) : SourceText::read_file(path));
    checked.format = context.input_format.value_or(detect_input_format(checked.report.path));
    checked.article = std::make_unique<Article>(load_article(*checked.source, checked.format));
    // Standard input has no place of its own, so no sidecar list next to it.
    const std::optional<std::filesystem::path> sidecar =
        from_stdin ? std::nullopt : find_sidecar_source_list(path, context.listings);
    checked.sources = context.source_cache->get(
        context.source_lists, sidecar, front_matter_list(*checked.article, checked.report.path));
    checked.report.source = checked.source.get();

    checked.analysis = std::make_unique<FileAnalysis>();
    FileAnalysis& whole = *checked.analysis;
    whole.source = checked.source.get();
    whole.article = checked.article.get();
    whole.lexicon = context.lexicon;
    whole.sources = checked.sources.get();
    whole.part = {0, checked.source->bytes().size()};
    std::vector<Diagnostic>& diagnostics = checked.report.diagnostics;
    const std::size_t part_bytes = checked.sources ? 0 : context.part_bytes;
    analyse_in_parts(*checked.article, *context.lexicon, part_bytes, [&](FileAnalysis& part) {
      part.sources = whole.sources;
      if (checked.sources)
        resolve_source_ids(part, *checked.sources);
      std::vector<Diagnostic> found = run_rules(part, *context.settings);
      append(diagnostics, found);
      if (sink)
        sink(checked.report, part.quotations);
      if (sink || !context.keep_quotations)
        part.quotations.clear();
      append(whole.quotations, part.quotations);
      append(whole.stray_marks, part.stray_marks);
      append(whole.credits, part.credits);
      whole.census = part.census;
    });
    checked.report.analysis = checked.analysis.get();
  } catch (const InputError& error) {
    checked.report.error = error.what();
  }
  return checked;
}

}  // namespace citecheck
