#include "src/document/load_document.hpp"

namespace citecheck {

Article load_article(const SourceText& source, InputFormat format) {
  switch (format) {
    case InputFormat::markdown:
      return load_markdown(source);
    case InputFormat::html:
      return load_html(source);
    case InputFormat::text:
      break;
  }
  return Article(source);
}

}  // namespace citecheck
