#!/usr/bin/env python3
"""The server's floor for tests/bench/sync-benchmark.sh: how long Tiny Tiny RSS takes to answer
every page of one getHeadlines list when asked PARALLEL pages at a time, with nothing done with
the answers but counting their rows.

    ttrss-floor.py API_URL USER PASSWORD PARALLEL PAGES 'REQUEST-JSON'

REQUEST-JSON is the getHeadlines call without sid, limit and skip. Prints "SECONDS ROWS".
"""

import concurrent.futures
import json
import sys
import time
import urllib.request


def post(url, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json",
                                              "User-Agent": "ttrss-floor"})
    with urllib.request.urlopen(request, timeout=300) as answer:
        reply = json.load(answer)
    if reply.get("status") != 0:
        raise SystemExit(f"TT-RSS refused {body.get('op')}: {reply}")
    return reply["content"]


def main():
    if len(sys.argv) != 7:
        raise SystemExit(__doc__)
    url, user, password, parallel, pages, request = sys.argv[1:]
    sid = post(url, {"op": "login", "user": user, "password": password})["session_id"]
    base = dict(json.loads(request), sid=sid, limit=200)
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(int(parallel)) as pool:
        rows = sum(pool.map(lambda page: len(post(url, dict(base, skip=page * 200))),
                            range(int(pages))))
    print(f"{time.monotonic() - start:.2f} {rows}")


if __name__ == "__main__":
    main()
