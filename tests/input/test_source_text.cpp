#include <catch2/catch.hpp>

#include "src/core/errors.hpp"
#include "src/input/source_text.hpp"

using citecheck::InputError;
using citecheck::Position;
using citecheck::SourceText;

TEST_CASE("SourceText positions") {
  SECTION("lines and code-point columns") {
    const SourceText text("a.txt", "ab\n“c” d\n");
    CHECK(text.position(0) == Position{1, 1});
    CHECK(text.position(3) == Position{2, 1});
    CHECK(text.position(7) == Position{2, 3});   // after “ (3 bytes) and c
    CHECK(text.position(10) == Position{2, 4});  // the space after ”
    CHECK(text.line_text(2) == "“c” d");
    CHECK(text.line_count() == 3);
  }
  SECTION("a byte order mark is not a column") {
    const SourceText text("a.txt", "\xEF\xBB\xBF\"x\"\n");
    CHECK(text.content_start() == 3);
    CHECK(text.position(3) == Position{1, 1});
    CHECK(text.line_text(1) == "\"x\"");
  }
  SECTION("CRLF line ends are not part of the line") {
    const SourceText text("a.txt", "one\r\ntwo\r\n");
    CHECK(text.line_text(1) == "one");
    CHECK(text.position(5) == Position{2, 1});
  }
}

TEST_CASE("SourceText rejects what is not UTF-8 text") {
  SECTION("invalid UTF-8 names line, column and byte") {
    CHECK_THROWS_WITH(SourceText("bad.txt",
                                 "ok\nab\xFF"
                                 "c"),
                      "bad.txt:2:3: invalid UTF-8 (byte 0xFF): citecheck checks UTF-8 text");
  }
  SECTION("overlong and surrogate forms are invalid") {
    CHECK_THROWS_AS(SourceText("a", "\xC0\xAF"), InputError);
    CHECK_THROWS_AS(SourceText("a", "\xED\xA0\x80"), InputError);
    CHECK_THROWS_AS(SourceText("a", "\xE2\x80"), InputError);
  }
  SECTION("NUL bytes mark a binary file") {
    CHECK_THROWS_WITH(SourceText("img.png", std::string("\x89PNG\r\n\x1a\n\0\0", 10)),
                      "img.png:3:1: binary file (NUL byte): citecheck checks UTF-8 text");
  }
  SECTION("an empty file") {
    CHECK_THROWS_WITH(SourceText("empty.txt", ""), "empty.txt: file is empty");
  }
  SECTION("missing file and directory") {
    CHECK_THROWS_WITH(SourceText::read_file("no/such/file.txt"),
                      "no/such/file.txt: no such file or directory");
    CHECK_THROWS_WITH(SourceText::read_file("tests"), "tests: is a directory");
  }
}
