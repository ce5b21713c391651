#include <catch2/catch.hpp>

#include <filesystem>

#include "src/core/errors.hpp"
#include "src/sources/snapshot.hpp"

using citecheck::html_to_text;
using citecheck::InputError;
using citecheck::load_snapshot_text;

namespace {

const std::filesystem::path kSnapshots =
    std::filesystem::path(CITECHECK_SOURCE_DIR) / "fixtures/snapshots";

}  // namespace

TEST_CASE("HTML snapshots: body text, blocks as paragraphs", "[snapshot]") {
  CHECK(load_snapshot_text(kSnapshots / "article.html") ==
        "Home | Tech\n\n"
        "The phone maker that moves fast\n\n"
        "The company’s founder put it plainly: “We ship in a week what others ship in a "
        "year.”\n\n"
        "Sales rose sharply in Zürich,\nBerlin and São Paulo.\n\n"
        "Speed is the only moat.\n\n"
        "First point\n\n"
        "Second point");
}

TEST_CASE("broken HTML is read as far as it goes", "[snapshot]") {
  CHECK(load_snapshot_text(kSnapshots / "broken.htm") ==
        "Broken markup still reads\n\nfine\u00A0here");
  CHECK(html_to_text("") == "");
  CHECK(html_to_text("no markup at all") == "no markup at all");
  CHECK(html_to_text("<pre>a\n  b</pre>") == "a\n  b");
}

TEST_CASE("other snapshots are plain text", "[snapshot]") {
  const std::string text = load_snapshot_text(kSnapshots / "interview.txt");
  CHECK(text.starts_with("Interview transcript, recorded on 3 March.\n\nQ: What is the plan?"));
  CHECK(text.ends_with("Nobody else does that.\n"));
}

TEST_CASE("a missing snapshot is an input error", "[snapshot]") {
  const std::filesystem::path missing = kSnapshots / "missing.html";
  CHECK_THROWS_MATCHES(load_snapshot_text(missing), InputError,
                       Catch::Message(missing.string() + ": snapshot not found"));
  CHECK_THROWS_AS(load_snapshot_text(kSnapshots), InputError);  // a directory
}
