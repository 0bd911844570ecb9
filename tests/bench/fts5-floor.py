#!/usr/bin/env python3
"""The floor under Tidings' ingest time: how long SQLite's FTS5 alone takes to index text shaped
like ingest-benchmark's (made-up words with skewed frequencies, about 1.5 KB per article) into a
contentless table like Tidings' articles_fts, with no application code in the way. FTS5 merges
its segments and sizes its leaves as it comes unless told otherwise; a new index of Tidings'
merges at 8 a level in 16 KB pages with 4,000-byte leaves
(--config automerge=8 --config pgsz=4000 --page-size 16384 gives that floor).

Python's sqlite3 module uses the system's libsqlite3, the library Tidings uses through Qt SQL,
so the figure is what any Tidings ingest pays for its index on this machine.

    tests/bench/fts5-floor.py [--articles N] [--batch N] [--detail full|column|none]
                              [--config NAME=VALUE ...] [--page-size BYTES]
"""

import argparse
import os
import random
import sqlite3
import tempfile
import time


def vocabulary(size, rng):
    onsets = ["b", "br", "c", "ch", "d", "dr", "f", "g", "gl", "h", "k", "l", "m", "n", "p",
              "pl", "r", "s", "st", "t", "tr", "v", "w", "z"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "y"]
    codas = ["", "n", "r", "s", "l", "nd", "st", "m", "x", "ck"]
    words, seen = [], set()
    while len(words) < size:
        word = "".join(rng.choice(onsets) + rng.choice(vowels)
                       for _ in range(rng.randint(1, 3))) + rng.choice(codas)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def text(words, rng, characters):
    out, total = [], 0
    while total < characters:
        word = words[int(rng.random() ** 3 * len(words))]  # a few words everywhere, most rare
        out.append(word)
        total += len(word) + 1
    return " ".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100000)
    parser.add_argument("--text-bytes", type=int, default=1500)
    parser.add_argument("--batch", type=int, default=10000, help="articles per transaction")
    parser.add_argument("--detail", default="full", choices=["full", "column", "none"])
    parser.add_argument("--config", action="append", default=[], metavar="NAME=VALUE",
                        help="an FTS5 configuration option such as automerge=8 (repeatable)")
    parser.add_argument("--page-size", type=int, default=4096,
                        help="the file's page size (SQLite's default: 4096)")
    args = parser.parse_args()

    rng = random.Random(20260301)
    words = vocabulary(30000, rng)
    rows = [(i + 1, text(words, rng, 80), text(words, rng, 12), text(words, rng, args.text_bytes))
            for i in range(args.articles)]

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "floor.sqlite")
        db = sqlite3.connect(path, isolation_level=None)
        db.execute(f"PRAGMA page_size = {args.page_size}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, author, text, content = '',"
                   f" detail = {args.detail}, tokenize = 'unicode61 remove_diacritics 2')")
        db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 8388608)")
        for option in args.config:
            name, value = option.split("=", 1)
            db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES (?, ?)",
                       (name, int(value)))
        start = time.perf_counter()
        for first in range(0, len(rows), args.batch):
            db.execute("BEGIN")
            db.executemany("INSERT INTO articles_fts (rowid, title, author, text)"
                           " VALUES (?, ?, ?, ?)", rows[first:first + args.batch])
            db.execute("COMMIT")
        seconds = time.perf_counter() - start
        db.close()
        size = sum(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder))
    print(f"sqlite {sqlite3.sqlite_version}, detail={args.detail} {' '.join(args.config)}"
          f" page size {args.page_size}: indexed {args.articles} articles"
          f" in {seconds:.2f} s ({seconds / args.articles * 1e6:.0f} us each),"
          f" {args.batch} per transaction; index {size / 1048576:.1f} MB")


if __name__ == "__main__":
    main()
