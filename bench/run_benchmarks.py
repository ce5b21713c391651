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


def ensure_corpus(path, megabytes, html=False):
    if os.path.exists(path) and os.path.getsize(path) >= megabytes * 1024 * 1024:
        return
    command = [sys.executable, os.path.join(HERE, "generate_news.py"), path, str(megabytes)]
    if html:
        command.append("--html")
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


def throughput(binary, path, runs):
    size_mb = os.path.getsize(path) / 1e6
    results = [run_once([binary, "--format", "json", path]) for _ in range(runs)]
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

    text = os.path.join(args.data, "news-%dmb.txt" % args.megabytes)
    html = os.path.join(args.data, "news-%dmb.html" % args.html_megabytes)
    small = os.path.join(args.data, "news-2kb.txt")
    one_line = os.path.join(args.data, "one-line-20mb.txt")
    ensure_corpus(text, args.megabytes)
    ensure_corpus(html, args.html_megabytes, html=True)
    with open(text, encoding="utf-8") as source, open(small, "w", encoding="utf-8") as out:
        out.write(source.read(2048).rsplit("\n\n", 1)[0] + "\n")
    if not os.path.exists(one_line):
        # A whole article on one line, with a finding every 50 bytes: positions and
        # excerpts must not be recounted from the line's start.
        with open(one_line, "w", encoding="utf-8") as out:
            out.write("Ann Lee said, \u201d the plan costs money,\u201d and left. " * 400000 + "\n")

    print("command: %s" % " ".join([os.path.relpath(sys.argv[0])] + sys.argv[1:]))
    print("%-28s %9s %9s %9s %12s" % ("input (--format json)", "MB", "median s", "MB/s",
                                       "peak RSS MB"))
    for label, path in (("plain text", text), ("HTML", html), ("one 20 MB line", one_line)):
        size, seconds, rate, peak = throughput(args.binary, path, args.runs)
        print("%-28s %9.1f %9.3f %9.1f %12.1f" % (label, size, seconds, rate, peak))

    startups = [run_once([args.binary, "--format", "json", small]) for _ in range(101)]
    print("start-up + 2 KB article: median %.2f ms, peak RSS %.1f MB (101 runs)" % (
        1000 * statistics.median(s[0] for s in startups), max(s[1] for s in startups)))


if __name__ == "__main__":
    main()
