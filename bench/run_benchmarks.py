#!/usr/bin/env python3
"""End-to-end benchmarks of the citecheck binary: throughput on generated news text and
HTML (single thread, --format json), start-up on a 2 KB article, and peak memory.
Prints medians; the machine is noisy, so compare runs made back to back.

usage: bench/run_benchmarks.py [--binary build/citecheck] [--megabytes 100] [--runs 3]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def ensure_corpus(path, megabytes, html=False, dense=False):
    if os.path.exists(path) and os.path.getsize(path) >= megabytes * 1024 * 1024:
        return
    command = [sys.executable, os.path.join(HERE, "generate_news.py"), path, str(megabytes)]
    if html:
        command.append("--html")
    if dense:
        command.append("--dense")
    subprocess.run(command, check=True)


def run_once(arguments):
    """Wall seconds and peak resident memory (MB) of one run, output discarded."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        process = subprocess.Popen(arguments, stdout=devnull, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit("benchmark run failed (exit %d): %s" % (code, " ".join(arguments)))
    return elapsed, usage.ru_maxrss / 1024


def split_into_articles(path, directory, article_bytes=10_000):
    """The big corpus cut into article-sized files, as a newsroom repository holds them."""
    if os.path.isdir(directory):
        return
    os.makedirs(directory)
    number = 0
    with open(path, encoding="utf-8") as source:
        article = []
        size = 0
        for line in source:
            article.append(line)
            size += len(line)
            if size >= article_bytes and line == "\n":
                with open(os.path.join(directory, "a%05d.txt" % number), "w",
                          encoding="utf-8") as out:
                    out.writelines(article)
                number += 1
                article, size = [], 0


def directory_size(path):
    return sum(os.path.getsize(os.path.join(path, name)) for name in os.listdir(path))


def throughput(binary, path, runs):
    size_mb = (directory_size(path) if os.path.isdir(path) else os.path.getsize(path)) / 1e6
    # -j 1: one thread, whatever the machine has. An untimed first run brings the input into
    # the page cache: the rows measure citecheck, not the disk.
    command = [binary, "-j", "1", "--format", "json", path]
    run_once(command)
    results = [run_once(command) for _ in range(runs)]
    seconds = statistics.median(r[0] for r in results)
    peak = max(r[1] for r in results)
    return size_mb, seconds, size_mb / seconds, peak


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default="build/citecheck")
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--html-megabytes", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", default="build/bench-data")
    args = parser.parse_args()
    os.makedirs(args.data, exist_ok=True)

    # Reporting: the paragraph mix of real news. Dense: a quotation every 150 bytes, a stress
    # case for the linker and for memory.
    text = os.path.join(args.data, "reporting-%dmb.txt" % args.megabytes)
    dense = os.path.join(args.data, "dense-%dmb.txt" % args.megabytes)
    html = os.path.join(args.data, "reporting-%dmb.html" % args.html_megabytes)
    small = os.path.join(args.data, "reporting-2kb.txt")
    one_line = os.path.join(args.data, "one-line-20mb.txt")
    ensure_corpus(text, args.megabytes)
    ensure_corpus(dense, args.megabytes, dense=True)
    ensure_corpus(html, args.html_megabytes, html=True)
    with open(text, encoding="utf-8") as source, open(small, "w", encoding="utf-8") as out:
        out.write(source.read(2048).rsplit("\n\n", 1)[0] + "\n")
    if not os.path.exists(one_line):
        # A whole article on one line, with a finding every 50 bytes: positions and
        # excerpts must not be recounted from the line's start. Written in pieces: the
        # children's peak memory is measured, and a fork starts with the parent's.
        with open(one_line, "w", encoding="utf-8") as out:
            for _ in range(400):
                out.write("Ann Lee said, \u201d the plan costs money,\u201d and left. " * 1000)
            out.write("\n")
    articles = os.path.join(args.data, "reporting-articles")
    split_into_articles(text, articles)

    print("command: %s" % " ".join([os.path.relpath(sys.argv[0])] + sys.argv[1:]))
    print("%-30s %9s %9s %9s %12s" % ("input (--format json -j 1)", "MB", "median s", "MB/s",
                                       "peak RSS MB"))
    for label, path in (("reporting, 10 KB articles", articles),
                        ("reporting, one file", text), ("dense quotations, one file", dense),
                        ("reporting HTML, one file", html), ("one 20 MB line", one_line)):
        size, seconds, rate, peak = throughput(args.binary, path, args.runs)
        print("%-30s %9.1f %9.3f %9.1f %12.1f" % (label, size, seconds, rate, peak))

    startups = [run_once([args.binary, "--format", "json", small]) for _ in range(101)]
    print("start-up + 2 KB article: median %.2f ms, peak RSS %.1f MB (101 runs)" % (
        1000 * statistics.median(s[0] for s in startups), max(s[1] for s in startups)))


if __name__ == "__main__":
    main()
