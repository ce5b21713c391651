#include "src/report/sarif_reporter.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "rules/registry.hpp"
#include "src/directives/directives.hpp"
#include "src/report/report_paths.hpp"
#include "src/report/rule_docs.hpp"

namespace citecheck {

namespace {

using nlohmann::ordered_json;

constexpr std::string_view kSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view kInformationUri = "https://github.com/citecheck/citecheck";
constexpr std::string_view kFingerprintKey = "citecheckFingerprint/v1";

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    default:
      return "note";
  }
}

std::string dump(const ordered_json& value) {
  return value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

ordered_json rule_descriptor(const RuleInfo& info) {
  const auto page = rule_page(info.id);
  const std::string description = page ? rule_page_description(*page) : std::string(info.summary);
  ordered_json descriptor = {
      {"id", std::string(info.id)},
      {"shortDescription", {{"text", std::string(info.summary)}}},
      {"fullDescription",
       {{"text", description.empty() ? std::string(info.summary) : description}}},
      {"defaultConfiguration", {{"level", std::string(sarif_level(info.default_severity))}}},
  };
  if (page)
    descriptor["help"] = {{"text", std::string(*page)}, {"markdown", std::string(*page)}};
  else
    descriptor["help"] = {{"text", std::string(info.summary)}};
  return descriptor;
}

// FNV-1a: small, stable across platforms and releases, which is all a fingerprint needs.
std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 0xcbf29ce484222325ULL) {
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string hex(std::uint64_t value) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4)
    text[static_cast<std::size_t>(i)] = kHex[value & 0xF];
  return text;
}

// What the finding is about, so that the fingerprint survives edits elsewhere in the
// file: the text of the innermost quotation around it, else its line.
std::string_view fingerprint_context(const FileReport& file, const Diagnostic& diagnostic) {
  std::string_view context;
  if (file.analysis != nullptr) {
    // Quotations are ordered by start and nest: the innermost one around the finding is
    // the latest to start before it that still contains it, and the search can stop at an
    // outermost quotation (the earlier ones end before it starts).
    const std::vector<Quotation>& quotations = file.analysis->quotations;
    const std::size_t offset = diagnostic.span.start;
    auto quotation = std::upper_bound(
        quotations.begin(), quotations.end(), offset,
        [](std::size_t at, const Quotation& candidate) { return at < candidate.span.start; });
    while (quotation != quotations.begin()) {
      --quotation;
      if (quotation->span.contains(offset)) {
        context = quotation->text;
        break;
      }
      if (quotation->depth == 0)
        break;
    }
  }
  if (context.empty())
    context = file.source->line_text(file.source->position(diagnostic.span.start).line);
  return context;
}

// A location in a file; `region` is null for the file as a whole.
ordered_json physical_location(const std::string& uri, ordered_json region) {
  ordered_json physical = {{"artifactLocation", {{"uri", uri}}}};
  if (!region.is_null())
    physical["region"] = std::move(region);
  ordered_json location;
  location["physicalLocation"] = std::move(physical);
  return location;
}

}  // namespace

void SarifReporter::begin(std::ostream& out) {
  ordered_json rules = ordered_json::array();
  for (const Rule* rule : all_rules()) {
    rule_indexes_.emplace(std::string(rule->info().id), rules.size());
    rules.push_back(rule_descriptor(rule->info()));
  }
  rule_indexes_.emplace(std::string(unused_directive_info().id), rules.size());
  rules.push_back(rule_descriptor(unused_directive_info()));

  const ordered_json driver = {
      {"name", "citecheck"},
      {"version", CITECHECK_VERSION},
      {"semanticVersion", CITECHECK_VERSION},
      {"informationUri", std::string(kInformationUri)},
      {"rules", rules},
  };
  out << "{\"$schema\":\"" << kSchema
      << "\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":" << dump({{"driver", driver}})
      << ",\n\"columnKind\":\"unicodeCodePoints\",\"results\":[";
}

void SarifReporter::file(const FileReport& file, std::ostream& out) {
  const std::string uri = report_uri(file.path, working_directory_);
  if (file.error) {
    failed_files_.emplace_back(uri, *file.error);
    return;
  }
  std::map<std::string, std::size_t> occurrences;
  for (const Diagnostic& diagnostic : file.diagnostics) {
    const Position start = file.source->position(diagnostic.span.start);
    const Position end = file.source->position(diagnostic.span.end);
    std::string message = diagnostic.message;
    if (diagnostic.help)
      message += "\nhelp: " + *diagnostic.help;

    std::string fingerprint_input = diagnostic.rule;
    fingerprint_input += '\0';
    fingerprint_input += uri;
    fingerprint_input += '\0';
    fingerprint_input += fingerprint_context(file, diagnostic);
    const std::string hash = hex(fnv1a(fingerprint_input));
    const std::size_t occurrence = ++occurrences[hash];

    ordered_json result = {{"ruleId", diagnostic.rule}};
    if (const auto index = rule_indexes_.find(diagnostic.rule); index != rule_indexes_.end())
      result["ruleIndex"] = index->second;
    result["level"] = std::string(sarif_level(diagnostic.severity));
    result["message"] = {{"text", message}};
    ordered_json region = {{"startLine", start.line},
                           {"startColumn", start.column},
                           {"endLine", end.line},
                           {"endColumn", end.column}};
    result["locations"] = ordered_json::array();
    result["locations"].push_back(physical_location(uri, std::move(region)));
    result["partialFingerprints"] = {
        {std::string(kFingerprintKey), hash + ":" + std::to_string(occurrence)}};
    out << (first_result_ ? "\n" : ",\n") << dump(result);
    first_result_ = false;
  }
}

void SarifReporter::end(const RunSummary& summary, std::ostream& out) {
  ordered_json notifications = ordered_json::array();
  for (const auto& [uri, message] : failed_files_) {
    ordered_json notification = {{"level", "error"}, {"message", {{"text", message}}}};
    notification["locations"] = ordered_json::array();
    notification["locations"].push_back(physical_location(uri, nullptr));
    notifications.push_back(std::move(notification));
  }
  for (const std::string& message : summary.run_errors)
    notifications.push_back({{"level", "error"}, {"message", {{"text", message}}}});
  ordered_json invocation = {{"executionSuccessful", notifications.empty()}};
  if (!notifications.empty())
    invocation["toolExecutionNotifications"] = notifications;
  out << "],\n\"invocations\":[" << dump(invocation) << "]}]}\n";
}

}  // namespace citecheck
