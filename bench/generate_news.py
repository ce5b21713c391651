#!/usr/bin/env python3
"""Writes synthetic news-like text for citecheck's benchmarks: paragraphs of reporting
with quotations in several mark styles, attributions before, after and inside them,
apostrophes, primes and the odd broken mark. Deterministic for a given seed.

usage: generate_news.py OUTPUT MEGABYTES [--seed N] [--html] [--dense]

By default the mix of paragraphs matches real news: about one quotation per 400 bytes and
one broken mark per 100 quotations, as measured on the evaluation corpus (polnear-dev: 899
quotations in 415 KB, 13 real mark errors). --dense writes the earlier stress mix: a
quotation every 150 bytes and a broken mark in one paragraph of seven.
"""
import argparse
import random

FIRST = ["Maria", "John", "Aisha", "Wei", "Carlos", "Emma", "Raj", "Olga", "Kwame", "Sofia",
         "Liam", "Yuki", "Fatima", "Pierre", "Ingrid", "Tomás", "Amara", "Dmitri", "Chen", "Lucy"]
LAST = ["Alvarez", "Brennan", "Okafor", "Zhang", "Müller", "Dubois", "Kowalski", "Haddad",
        "Nakamura", "O'Neill", "Petrov", "Santos", "Lindqvist", "Mensah", "Rossi", "Park",
        "Gallagher", "Novak", "Ibrahim", "Fischer"]
TITLES = ["a spokeswoman for", "the director of", "an analyst at", "the mayor of",
          "a senior fellow at", "the chief executive of", "a professor at", "a lawyer for"]
ORGS = ["the City Council", "Harbor Bank", "the Riverside Institute", "the State Department",
        "Northwind Energy", "the Teachers' Union", "Metro Transit", "the Valley Gazette"]
VERBS = ["said", "told reporters", "added", "wrote", "explained", "said on Tuesday", "noted"]
WORDS = ("the plan would cut costs for families across the region while the budget stays "
         "balanced and the schools keep their funding through next year we have worked on "
         "this for months and nobody should be surprised by the result it is not a "
         "question of money but of trust between the city and its residents who deserve "
         "better answers from everyone involved in the process").split()
MARKS = [("“", "”"), ("\"", "\""), ("“", "”"), ("''", "''"), ("„", "“"), ("«\u00a0", "\u00a0»")]


def sentence(rng, low=6, high=18):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    words[0] = words[0].capitalize()
    if rng.random() < 0.3:
        words.insert(rng.randrange(1, len(words)), rng.choice(["it's", "don't", "we're", "'90s", "5'10\""]))
    return " ".join(words)


def name(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# Paragraph kinds 0-6 below, weighted: news-like, and the dense stress mix.
NEWS_WEIGHTS = [10, 10, 10, 110, 10, 10, 1]
DENSE_WEIGHTS = [1] * 7


def paragraph(rng, weights):
    open_mark, close_mark = rng.choice(MARKS)
    speaker = name(rng)
    kind = rng.choices(range(7), weights)[0]
    if kind == 0:
        return f"{open_mark}{sentence(rng)},{close_mark} {speaker} {rng.choice(VERBS)}. {open_mark}{sentence(rng)}.{close_mark}"
    if kind == 1:
        return f"{speaker}, {rng.choice(TITLES)} {rng.choice(ORGS)}, {rng.choice(VERBS)}: {open_mark}{sentence(rng)}.{close_mark}"
    if kind == 2:
        return f"According to {speaker}, the figures were {open_mark}{sentence(rng, 3, 6)}{close_mark} at best. {sentence(rng)}."
    if kind == 3:
        return f"{sentence(rng)}. {sentence(rng)}, and {sentence(rng, 4, 10).lower()}."
    if kind == 4:
        return f"{open_mark}{sentence(rng)},{close_mark} said {speaker}, who has followed the case since the ’90s. {open_mark}{sentence(rng)}?{close_mark}"
    if kind == 5:
        return f"{speaker} of {rng.choice(ORGS)} said the city’s plan was {open_mark}{sentence(rng, 2, 4).lower()}.{close_mark} {sentence(rng)}."
    # A broken mark now and then, as in real copy.
    return f"{speaker} {rng.choice(VERBS)}, ” {sentence(rng)}.”"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("megabytes", type=float)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--html", action="store_true")
    parser.add_argument("--dense", action="store_true")
    args = parser.parse_args()
    weights = DENSE_WEIGHTS if args.dense else NEWS_WEIGHTS
    rng = random.Random(args.seed)
    target = int(args.megabytes * 1024 * 1024)
    written = 0
    with open(args.output, "w", encoding="utf-8") as out:
        if args.html:
            out.write("<!DOCTYPE html>\n<html><head><title>Report</title>"
                      "<script>var s = \"“not prose”\";</script></head><body>\n")
        while written < target:
            text = paragraph(rng, weights)
            if args.html:
                text = "<p>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</p>\n"
            else:
                text += "\n\n"
            out.write(text)
            written += len(text.encode("utf-8"))
        if args.html:
            out.write("</body></html>\n")


if __name__ == "__main__":
    main()
