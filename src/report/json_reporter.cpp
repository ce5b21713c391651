#include "src/report/json_reporter.hpp"

#include <charconv>
#include <iterator>
#include <utility>

#include "src/report/json_escape.hpp"

namespace citecheck {

namespace {

void append_number(std::string& out, std::size_t value) {
  char digits[24];
  const auto result = std::to_chars(std::begin(digits), std::end(digits), value);
  out.append(digits, result.ptr);
}

// A fixed piece of the output (punctuation with the next key), its length known at compile
// time: the reporter writes a dozen of them per quotation.
template <std::size_t N>
void append_literal(std::string& out, const char (&literal)[N]) {
  out.append(literal, N - 1);
}

void append_optional_string(std::string& out, std::string_view value) {
  if (value.empty()) {
    append_literal(out, "null");
  } else {
    append_json_string(out, value);
  }
}

void append_attribution(std::string& out, const Attribution& attribution) {
  append_literal(out, "{\"speaker\":");
  append_json_string(out, attribution.speaker);
  append_literal(out, ",\"outlet\":");
  append_optional_string(out, attribution.outlet);
  append_literal(out, ",\"cue\":");
  append_optional_string(out, attribution.cue);
  append_literal(out, ",\"start\":");
  append_number(out, attribution.span.start);
  append_literal(out, ",\"end\":");
  append_number(out, attribution.span.end);
  append_literal(out, ",\"source_id\":");
  append_optional_string(out, attribution.source_id ? *attribution.source_id : "");
  out.push_back('}');
}

void append_quotation(std::string& out, const SourceText& source, const Quotation& quotation) {
  const Position start = source.position(quotation.span.start);
  append_literal(out, "{\"start\":");
  append_number(out, quotation.span.start);
  append_literal(out, ",\"end\":");
  append_number(out, quotation.span.end);
  append_literal(out, ",\"line\":");
  append_number(out, start.line);
  append_literal(out, ",\"column\":");
  append_number(out, start.column);
  append_literal(out, ",\"text\":");
  append_json_string(out, quotation.text);
  append_literal(out, ",\"attribution\":");
  if (quotation.attribution) {
    append_attribution(out, *quotation.attribution);
  } else {
    append_literal(out, "null");
  }
  out.push_back('}');
}

void append_diagnostic(std::string& out, const SourceText& source, const Diagnostic& diagnostic) {
  const Position start = source.position(diagnostic.span.start);
  const Position end = source.position(diagnostic.span.end);
  append_literal(out, "{\"rule\":");
  append_json_string(out, diagnostic.rule);
  append_literal(out, ",\"severity\":");
  append_json_string(out, to_string(diagnostic.severity));
  append_literal(out, ",\"message\":");
  append_json_string(out, diagnostic.message);
  append_literal(out, ",\"line\":");
  append_number(out, start.line);
  append_literal(out, ",\"column\":");
  append_number(out, start.column);
  append_literal(out, ",\"end_line\":");
  append_number(out, end.line);
  append_literal(out, ",\"end_column\":");
  append_number(out, end.column);
  append_literal(out, ",\"start\":");
  append_number(out, diagnostic.span.start);
  append_literal(out, ",\"end\":");
  append_number(out, diagnostic.span.end);
  if (diagnostic.suggestion) {
    append_literal(out, ",\"suggestion\":");
    append_json_string(out, *diagnostic.suggestion);
  }
  out.push_back('}');
}

// Writes out what has accumulated once it is large, so that a file with many quotations
// does not hold its whole JSON in memory.
void flush_if_large(std::string& json, std::ostream& out) {
  constexpr std::size_t kFlushSize = 64 * 1024;
  if (json.size() < kFlushSize)
    return;
  out << json;
  json.clear();
}

// The elements of a JSON array, one per line; `first` says whether none was written yet.
template <typename Items, typename AppendItem>
void append_elements(const Items& items, bool& first, std::string& json, std::ostream& out,
                     AppendItem append_item) {
  for (const auto& item : items) {
    if (!first)
      json.push_back(',');
    first = false;
    append_literal(json, "\n ");
    append_item(item);
    flush_if_large(json, out);
  }
}

}  // namespace

void JsonReporter::begin(std::ostream& out) {
  out << "{\"version\":1,\"files\":[";
}

void JsonReporter::open_file(const FileReport& file, std::string& json) {
  if (!first_file_)
    json += ",";
  first_file_ = false;
  json += "\n{\"path\":";
  append_json_string(json, file.path);
}

void JsonReporter::open_quotations(const FileReport& file, std::string& json) {
  open_file(file, json);
  json += ",\"quotations\":[";
  first_quotation_ = true;
}

void JsonReporter::append_quotations(const FileReport& file, std::span<const Quotation> quotations,
                                     std::string& json, std::ostream& out) {
  append_elements(quotations, first_quotation_, json, out, [&](const Quotation& quotation) {
    append_quotation(json, *file.source, quotation);
  });
}

void JsonReporter::quotations(const FileReport& file, std::span<const Quotation> quotations,
                              std::ostream& out) {
  std::string json;
  if (!std::exchange(file_open_, true))
    open_quotations(file, json);
  append_quotations(file, quotations, json, out);
  out << json;
}

void JsonReporter::file(const FileReport& file, std::ostream& out) {
  std::string json;
  const bool streamed = std::exchange(file_open_, false);
  if (file.error) {
    // A file that failed while its quotations were being written still closes its object.
    if (streamed) {
      json += "],\"diagnostics\":[],\"error\":";
      append_json_string(json, *file.error);
      json += "}";
    } else {
      open_file(file, json);
      json += ",\"error\":";
      append_json_string(json, *file.error);
      json += ",\"quotations\":[],\"diagnostics\":[]}";
    }
    out << json;
    return;
  }
  if (!streamed) {
    open_quotations(file, json);
    append_quotations(file, file.analysis->quotations, json, out);
  }
  json += "],\"diagnostics\":[";
  bool first = true;
  append_elements(file.diagnostics, first, json, out, [&](const Diagnostic& diagnostic) {
    append_diagnostic(json, *file.source, diagnostic);
  });
  json += "]}";
  out << json;
}

void JsonReporter::end(const RunSummary&, std::ostream& out) {
  out << "\n]}\n";
}

}  // namespace citecheck
