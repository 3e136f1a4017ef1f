#!/usr/bin/env python3
"""Convert a dictd dictionary (.index + .dict.dz, e.g. Debian's
dict-freedict-eng-tur) into a word list for `bitext glossary build --lexicon`.

    apt-get install dict-freedict-eng-tur
    python3 scripts/dictd_to_tsv.py /usr/share/dictd/freedict-eng-tur > eng-tur.tsv
    bitext glossary build pairs.tsv --lexicon eng-tur.tsv

Writes `en <TAB> tr` with a header line: one row per headword and
translation, sense numbers and parenthesised notes removed, translations of
more than three words left out (they are explanations, not equivalents).
The dictionary keeps its own licence (FreeDict eng-tur: GPL-2.0-or-later);
bitext does not ship it.
"""
import gzip
import re
import sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def number(text):
    value = 0
    for ch in text:
        value = value * 64 + B64.index(ch)
    return value


def main(base):
    with open(base + ".index", encoding="utf-8") as f:
        index = f.read().splitlines()
    data = gzip.open(base + ".dict.dz").read()
    pairs = set()
    for line in index:
        fields = line.split("\t")
        if len(fields) < 3 or fields[0].startswith("00"):
            continue
        start, length = number(fields[1]), number(fields[2])
        body = data[start:start + length].decode("utf-8", "replace")
        for row in body.splitlines()[1:]:
            for item in re.split(r"[;,]", row):
                item = re.sub(r"^\d+\.\s*", "", item.strip())
                item = re.sub(r"\(.*?\)", "", item).strip(" .")
                if not item or len(item.split()) > 3 or any(c in item for c in ":[]<\t"):
                    continue
                pairs.add((fields[0].strip(), item))
    out = sys.stdout
    out.write("en\ttr\n")
    for en, tr in sorted(pairs):
        out.write(f"{en}\t{tr}\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: dictd_to_tsv.py /usr/share/dictd/freedict-eng-tur")
    main(sys.argv[1])
