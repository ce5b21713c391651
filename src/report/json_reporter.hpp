#pragma once

#include "src/report/report.hpp"

namespace citecheck {

// The JSON contract of the design brief: {"version": 1, "files": [...]}, byte offsets and
// 1-based line/column, quotations with their attributions, then diagnostics.
class JsonReporter final : public Reporter {
 public:
  QuotationUse quotation_use() const override { return QuotationUse::streamed; }
  void begin(std::ostream& out) override;
  void quotations(const FileReport& file, std::span<const Quotation> quotations,
                  std::ostream& out) override;
  void file(const FileReport& file, std::ostream& out) override;
  void end(const RunSummary& summary, std::ostream& out) override;

 private:
  // Starts the file's object: its path, then with open_quotations its quotation array.
  void open_file(const FileReport& file, std::string& json);
  void open_quotations(const FileReport& file, std::string& json);
  void append_quotations(const FileReport& file, std::span<const Quotation> quotations,
                         std::string& json, std::ostream& out);

  bool first_file_ = true;
  bool file_open_ = false;  // quotations of the current file were written, the file was not
  bool first_quotation_ = true;
};

}  // namespace citecheck
