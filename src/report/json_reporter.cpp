#include "src/report/json_reporter.hpp"

#include <charconv>
#include <iterator>

#include "src/report/json_escape.hpp"

namespace citecheck {

namespace {

void append_number(std::string& out, std::size_t value) {
  char digits[24];
  const auto result = std::to_chars(std::begin(digits), std::end(digits), value);
  out.append(digits, result.ptr);
}

void append_key(std::string& out, std::string_view key) {
  out.push_back('"');
  out += key;
  out += "\":";
}

void append_optional_string(std::string& out, const std::string& value) {
  if (value.empty()) {
    out += "null";
  } else {
    append_json_string(out, value);
  }
}

void append_attribution(std::string& out, const Attribution& attribution) {
  out += "{";
  append_key(out, "speaker");
  append_json_string(out, attribution.speaker);
  out += ",";
  append_key(out, "outlet");
  append_optional_string(out, attribution.outlet);
  out += ",";
  append_key(out, "cue");
  append_optional_string(out, attribution.cue);
  out += ",";
  append_key(out, "start");
  append_number(out, attribution.span.start);
  out += ",";
  append_key(out, "end");
  append_number(out, attribution.span.end);
  out += ",";
  append_key(out, "source_id");
  append_optional_string(out, attribution.source_id.value_or(""));
  out += "}";
}

void append_quotation(std::string& out, const SourceText& source, const Quotation& quotation) {
  const Position start = source.position(quotation.span.start);
  out += "{";
  append_key(out, "start");
  append_number(out, quotation.span.start);
  out += ",";
  append_key(out, "end");
  append_number(out, quotation.span.end);
  out += ",";
  append_key(out, "line");
  append_number(out, start.line);
  out += ",";
  append_key(out, "column");
  append_number(out, start.column);
  out += ",";
  append_key(out, "text");
  append_json_string(out, quotation.text);
  out += ",";
  append_key(out, "attribution");
  if (quotation.attribution) {
    append_attribution(out, *quotation.attribution);
  } else {
    out += "null";
  }
  out += "}";
}

void append_diagnostic(std::string& out, const SourceText& source, const Diagnostic& diagnostic) {
  const Position start = source.position(diagnostic.span.start);
  const Position end = source.position(diagnostic.span.end);
  out += "{";
  append_key(out, "rule");
  append_json_string(out, diagnostic.rule);
  out += ",";
  append_key(out, "severity");
  append_json_string(out, to_string(diagnostic.severity));
  out += ",";
  append_key(out, "message");
  append_json_string(out, diagnostic.message);
  out += ",";
  append_key(out, "line");
  append_number(out, start.line);
  out += ",";
  append_key(out, "column");
  append_number(out, start.column);
  out += ",";
  append_key(out, "end_line");
  append_number(out, end.line);
  out += ",";
  append_key(out, "end_column");
  append_number(out, end.column);
  out += ",";
  append_key(out, "start");
  append_number(out, diagnostic.span.start);
  out += ",";
  append_key(out, "end");
  append_number(out, diagnostic.span.end);
  if (diagnostic.suggestion) {
    out += ",";
    append_key(out, "suggestion");
    append_json_string(out, *diagnostic.suggestion);
  }
  out += "}";
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

}  // namespace

void JsonReporter::begin(std::ostream& out) {
  out << "{\"version\":1,\"files\":[";
}

void JsonReporter::file(const FileReport& file, std::ostream& out) {
  std::string json;
  if (!first_file_)
    json += ",";
  first_file_ = false;
  json += "\n{";
  append_key(json, "path");
  append_json_string(json, file.path);
  if (file.error) {
    json += ",";
    append_key(json, "error");
    append_json_string(json, *file.error);
    json += ",\"quotations\":[],\"diagnostics\":[]}";
    out << json;
    return;
  }
  json += ",";
  append_key(json, "quotations");
  json += "[";
  bool first = true;
  for (const Quotation& quotation : file.analysis->quotations) {
    if (!first)
      json += ",";
    first = false;
    json += "\n ";
    append_quotation(json, *file.source, quotation);
    flush_if_large(json, out);
  }
  json += "],";
  append_key(json, "diagnostics");
  json += "[";
  first = true;
  for (const Diagnostic& diagnostic : file.diagnostics) {
    if (!first)
      json += ",";
    first = false;
    json += "\n ";
    append_diagnostic(json, *file.source, diagnostic);
    flush_if_large(json, out);
  }
  json += "]}";
  out << json;
}

void JsonReporter::end(const RunSummary&, std::ostream& out) {
  out << "\n]}\n";
}

}  // namespace citecheck
