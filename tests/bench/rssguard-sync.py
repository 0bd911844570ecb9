#!/usr/bin/env python3
"""RSS Guard 4.0.4 (Debian's rssguard) syncing with a TT-RSS account, timed for
tests/bench/sync-benchmark.sh.

RSS Guard has no sync command, so this does what its own GUI would, then lets it sync on start:

    rssguard-sync.py prepare DIR URL USER PASSWORD
        starts RSS Guard once in data folder DIR (offscreen) to create its database and
        settings, adds the TT-RSS account the way "Add account" stores it (the password
        encrypted with RSS Guard's SimpleCrypt and a key file of DIR), and lets RSS Guard fetch
        the account's folders and feeds (it does that itself when an account has none).
    rssguard-sync.py sync DIR
        starts RSS Guard with "update all feeds on start" (no delay) and times it until its log
        says the update finished; prints the seconds from launch, the seconds of the update
        itself (from its log's own clock), and how many articles and unread ones it stores.

Everything RSS Guard writes stays in DIR. Needs rssguard and sqlite3's Python module.
"""

import base64
import hashlib
import json
import os
import random
import re
import sqlite3
import struct
import subprocess
import sys
import time
import zlib

KEY = 0x5EED5EED12345678  # RSS Guard's key.private holds its encryption key as a number


def simple_crypt(text, key=KEY):
    """SimpleCrypt::encryptToString of RSS Guard 4.0.4 (3rd-party/sc/simplecrypt.cpp):
    compression always (qCompress), SHA-1 protection, version 3."""
    data = text.encode("utf-8")
    compressed = struct.pack(">I", len(data)) + zlib.compress(data, 9)
    flags = 0x01 | 0x04
    plain = bytes([random.randrange(256)]) + hashlib.sha1(compressed).digest() + compressed
    parts = [(key >> (8 * i)) & 0xFF for i in range(8)]
    out = bytearray()
    last = 0
    for pos, byte in enumerate(plain):
        last = byte ^ parts[pos % 8] ^ last
        out.append(last)
    return base64.b64encode(bytes([3, flags]) + bytes(out)).decode("ascii")


def environment(data):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox",
               XDG_RUNTIME_DIR=os.path.join(data, "xdg"))
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    return env


def run_until(data, log_name, done, seconds):
    """Starts RSS Guard on DIR, waits until done(log text) or the time is up, stops it.
    Returns (seconds from launch, log text)."""
    log = os.path.join(data, log_name)
    if os.path.exists(log):
        os.remove(log)
    start = time.monotonic()
    process = subprocess.Popen(["rssguard", "-d", data, "-l", log], env=environment(data),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    text = ""
    try:
        while time.monotonic() - start < seconds:
            if os.path.exists(log):
                with open(log, errors="replace") as file:
                    text = file.read()
                if done(text):
                    return time.monotonic() - start, text
            if process.poll() is not None:
                raise SystemExit(f"rssguard ended early; see {log}")
            time.sleep(0.05)
        raise SystemExit(f"rssguard did not finish in {seconds} s; see {log}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def database(data):
    return sqlite3.connect(os.path.join(data, "database", "database.db"), timeout=30)


def set_settings(data, values):
    """Adds keys to sections of DIR/config/config.ini (QSettings' INI format)."""
    path = os.path.join(data, "config", "config.ini")
    with open(path) as file:
        lines = file.read().splitlines()
    for section, entries in values.items():
        header = f"[{section}]"
        if header not in lines:
            lines += ["", header]
        at = lines.index(header) + 1
        for key, value in entries.items():
            lines = [line for line in lines if not line.startswith(key + "=")]
            lines.insert(at, f"{key}={value}")
    with open(path, "w") as file:
        file.write("\n".join(lines) + "\n")


def prepare(data, url, user, password):
    os.makedirs(data, exist_ok=True)
    run_until(data, "first-start.log", lambda text: "Tray icon displayed" in text, 120)
    with open(os.path.join(data, "config", "key.private"), "w") as file:
        file.write(str(KEY))
    account = {"username": user, "password": simple_crypt(password), "auth_protected": False,
               "auth_username": "", "auth_password": simple_crypt(""), "url": url,
               "force_update": False, "batch_size": 100, "download_only_unread": False}
    with database(data) as db:
        db.execute("INSERT INTO Accounts (type, custom_data) VALUES ('tt-rss', ?)",
                   (json.dumps(account, indent=4),))
    # With no feeds, the account fetches its feed list when it starts; it stores them one by
    # one, so wait until their number holds still.
    seen = []

    def has_feeds(_):
        with database(data) as db:
            seen.append((time.monotonic(), db.execute("SELECT count(*) FROM Feeds").fetchone()[0]))
        steady = [count for at, count in seen if at > seen[-1][0] - 2]
        return seen[-1][1] > 0 and seen[-1][0] - seen[0][0] > 2 and min(steady) == max(steady)
    run_until(data, "tree.log", has_feeds, 300)
    with database(data) as db:
        feeds = db.execute("SELECT count(*) FROM Feeds").fetchone()[0]
    set_settings(data, {"feeds": {"feeds_update_on_startup": "true",
                                  "feeds_update_on_startup_delay": "0"}})
    print(f"rssguard account ready: {feeds} feeds")


def sync(data):
    finished = re.compile(r'time="\s*([\d.]+)".*Finished feed updates')
    started = re.compile(r'time="\s*([\d.]+)".*Starting feed updates')
    seconds, text = run_until(data, "sync.log", lambda text: finished.search(text), 900)
    update = float(finished.search(text)[1]) - float(started.search(text)[1])
    with database(data) as db:
        articles, unread = db.execute(
            "SELECT count(*), coalesce(sum(is_read = 0), 0) FROM Messages"
            " WHERE is_deleted = 0").fetchone()
    print(f"{seconds:.2f} {update:.2f} {articles} {unread}")


def main():
    if len(sys.argv) == 6 and sys.argv[1] == "prepare":
        prepare(*sys.argv[2:])
    elif len(sys.argv) == 3 and sys.argv[1] == "sync":
        sync(sys.argv[2])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
