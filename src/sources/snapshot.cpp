#include "src/sources/snapshot.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <memory>

#include "src/core/errors.hpp"

namespace citecheck {
namespace {

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

std::string_view name_of(const xmlNode* node) {
  return node->name == nullptr ? std::string_view()
                               : std::string_view(reinterpret_cast<const char*>(node->name));
}

bool is_hidden(std::string_view name) {
  return name == "script" || name == "style" || name == "noscript" || name == "template" ||
         name == "head";
}

bool is_block(std::string_view name) {
  static constexpr std::array<std::string_view, 34> kBlocks = {
      "address",  "article",    "aside",  "blockquote", "dd",   "details", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer",     "form", "h1",      "h2",  "h3", "h4",
      "h5",       "h6",         "header", "hr",         "li",   "main",    "nav", "ol", "p",
      "pre",      "section",    "table",  "td",         "th",   "tr",      "ul"};
  return std::find(kBlocks.begin(), kBlocks.end(), name) != kBlocks.end();
}

bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Collects text with HTML's white-space collapsing; blocks become paragraphs.
class TextCollector {
 public:
  void text(std::string_view content, bool preformatted) {
    for (char c : content) {
      if (!preformatted && is_html_space(c)) {
        pending_ = std::max(pending_, Break::space);
        continue;
      }
      if (preformatted && c == '\n') {
        pending_ = std::max(pending_, Break::line);
        continue;
      }
      flush();
      out_ += c;
    }
  }
  void line_break() { pending_ = std::max(pending_, Break::line); }
  void paragraph_break() { pending_ = Break::paragraph; }
  std::string take() { return std::move(out_); }

 private:
  enum class Break { none, space, line, paragraph };
  void flush() {
    if (!out_.empty()) {
      switch (pending_) {
        case Break::none:
          break;
        case Break::space:
          out_ += ' ';
          break;
        case Break::line:
          out_ += '\n';
          break;
        case Break::paragraph:
          out_ += "\n\n";
          break;
      }
    }
    pending_ = Break::none;
  }
  std::string out_;
  Break pending_ = Break::none;
};

void collect(const xmlNode* node, bool preformatted, TextCollector& out) {
  for (const xmlNode* child = node; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content != nullptr) {
        out.text(reinterpret_cast<const char*>(child->content), preformatted);
      }
      continue;
    }
    if (child->type != XML_ELEMENT_NODE)
      continue;
    const std::string_view name = name_of(child);
    if (is_hidden(name))
      continue;
    if (name == "br") {
      out.line_break();
      continue;
    }
    const bool block = is_block(name);
    if (block)
      out.paragraph_break();
    collect(child->children, preformatted || name == "pre", out);
    if (block)
      out.paragraph_break();
  }
}

const xmlNode* find_body(const xmlNode* node) {
  for (const xmlNode* child = node; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE)
      continue;
    if (name_of(child) == "body")
      return child;
    if (const xmlNode* body = find_body(child->children))
      return body;
  }
  return nullptr;
}

bool is_html_path(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  });
  return extension == ".html" || extension == ".htm";
}

}  // namespace

std::string html_to_text(std::string_view html) {
  const XmlDocPtr doc(htmlReadMemory(
      html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  if (!doc)
    return {};
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr)
    return {};
  TextCollector collector;
  const xmlNode* body = find_body(root);
  collect(body != nullptr ? body->children : root, false, collector);
  return collector.take();
}

std::string load_snapshot_text(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    throw InputError(path.string() + ": snapshot not found");
  }
  std::ifstream file(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (file.bad())
    throw InputError(path.string() + ": cannot read snapshot");
  if (is_html_path(path))
    return html_to_text(bytes);
  return bytes;
}

}  // namespace citecheck
