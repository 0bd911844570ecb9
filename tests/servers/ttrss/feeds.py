#!/usr/bin/env python3
"""Deterministic test feeds for a TT-RSS server under test, served as an HTTP proxy.

TT-RSS (UrlHelper::fetch) refuses feed URLs on loopback hosts and on ports other than
80/443, but it sends every fetch through the proxy named by _HTTP_PROXY in its config.php.
This program is that proxy: it listens on 127.0.0.1 and answers requests for one made-up
host (default feeds.tidings.test, a reserved .test name that resolves nowhere) itself.
It forwards nothing: a request for any other host gets 502, CONNECT gets 405.

    feeds.py --feeds 200 --items 100 --port-file DIR/feeds.port

Feed URLs, as TT-RSS and the tests subscribe to them (i counts from 0):
    http://feeds.tidings.test/feeds/<i>.xml   RSS 2.0, newest item first
    http://feeds.tidings.test/opml.xml         OPML listing every feed
Item j of feed i (j counts from 0): guid and link http://feeds.tidings.test/feeds/<i>/items/<j>,
title "Feed <i> item <j>", pubDate 2020-01-01T00:00:00Z + j hours + i seconds.

Control, asked directly at http://127.0.0.1:<port>/ (not through the proxy form):
    GET  /stats                              JSON: requests, per-feed fetch counts, 304s
    POST /control/add-items?feed=<i|all>&count=<k>    append k newer items
    POST /control/title?feed=<i>&title=<text>          rename a feed
    POST /control/status?feed=<i|all>&code=<http code>  answer a feed with that status (200 = back to normal)
    POST /control/feeds?count=<n>            serve n feeds (new ones get --items items)
    POST /control/reset                      back to the start state, counters zeroed
Every answer carries Last-Modified and ETag from a per-feed version; If-None-Match and
If-Modified-Since get 304 while the feed is unchanged.
"""

import argparse
import datetime as dt
import email.utils
import html
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

BASE_DATE = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)


class Farm:
    def __init__(self, host, feeds, items):
        self.host = host
        self.start_feeds = feeds
        self.start_items = items
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.items = [self.start_items] * self.start_feeds
        self.titles = [None] * self.start_feeds
        self.codes = [200] * self.start_feeds
        self.versions = [0] * self.start_feeds
        self.stats = {"requests": 0, "feed_fetches": 0, "not_modified": 0,
                      "refused": 0, "per_feed": {}}

    def set_feed_count(self, n):
        old = len(self.items)
        if n < old:
            del self.items[n:], self.titles[n:], self.codes[n:], self.versions[n:]
        else:
            grow = n - old
            self.items += [self.start_items] * grow
            self.titles += [None] * grow
            self.codes += [200] * grow
            self.versions += [0] * grow

    def base_url(self):
        return "http://%s" % self.host

    def title(self, i):
        return self.titles[i] or "Feed %d" % i

    def last_modified(self, i):
        # Monotonic and deterministic: one second later per change of the feed.
        when = BASE_DATE + dt.timedelta(days=365, seconds=self.versions[i])
        return email.utils.format_datetime(when, usegmt=True), when

    def etag(self, i):
        return '"f%d-v%d-n%d"' % (i, self.versions[i], self.items[i])

    def rss(self, i):
        base = self.base_url()
        out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
               '<rss version="2.0"><channel>\n',
               "<title>%s</title>\n" % html.escape(self.title(i)),
               "<link>%s/feeds/%d/</link>\n" % (base, i),
               "<description>Test feed %d for Tidings</description>\n" % i]
        for j in range(self.items[i] - 1, -1, -1):
            url = "%s/feeds/%d/items/%d" % (base, i, j)
            when = BASE_DATE + dt.timedelta(hours=j, seconds=i)
            out.append(
                "<item><title>Feed %d item %d</title><link>%s</link>"
                '<guid isPermaLink="true">%s</guid><pubDate>%s</pubDate>'
                "<description>%s</description></item>\n" % (
                    i, j, url, url, email.utils.format_datetime(when, usegmt=True),
                    html.escape("<p>Body of item %d in feed %d.</p>" % (j, i))))
        out.append("</channel></rss>\n")
        return "".join(out).encode()

    def opml(self):
        base = self.base_url()
        lines = ['<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head>'
                 "<title>Tidings test feeds</title></head><body>\n"]
        for i in range(len(self.items)):
            lines.append('<outline type="rss" text="%s" title="%s" xmlUrl="%s/feeds/%d.xml"/>\n'
                         % ((html.escape(self.title(i), quote=True),) * 2 + (base, i)))
        lines.append("</body></opml>\n")
        return "".join(lines).encode()


class Handler(BaseHTTPRequestHandler):
    server_version = "TidingsTestFeeds/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        if self.server.verbose:
            sys.stderr.write("feeds.py: " + (fmt % args) + "\n")

    def reply(self, code, body=b"", ctype="text/plain; charset=utf-8", headers=()):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        if code != 304:
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and code != 304:
            self.wfile.write(body)

    def do_CONNECT(self):
        with self.server.farm.lock:
            self.server.farm.stats["refused"] += 1
        self.reply(405, b"CONNECT is not supported: this is not a real proxy\n")

    def split(self):
        """(proxied, path, query) for absolute-form (proxy) and origin-form requests."""
        parts = urlsplit(self.path)
        if parts.scheme:
            return True, parts.hostname or "", parts.path, parse_qs(parts.query)
        return False, "", parts.path, parse_qs(parts.query)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        farm = self.server.farm
        proxied, host, path, query = self.split()
        with farm.lock:
            farm.stats["requests"] += 1
            if proxied and host != farm.host:
                farm.stats["refused"] += 1
                return self.reply(502, ("not forwarding to %s: this proxy only serves %s\n"
                                        % (host, farm.host)).encode())
            if path == "/stats" and not proxied:
                return self.reply(200, json.dumps(farm.stats, sort_keys=True).encode() + b"\n",
                                  "application/json")
            if path == "/opml.xml":
                return self.reply(200, farm.opml(), "text/x-opml; charset=utf-8")
            if path.startswith("/feeds/") and path.endswith(".xml"):
                try:
                    i = int(path[len("/feeds/"):-len(".xml")])
                except ValueError:
                    i = -1
                if 0 <= i < len(farm.items):
                    return self.feed(farm, i)
            return self.reply(404, b"not found\n")

    def feed(self, farm, i):
        farm.stats["feed_fetches"] += 1
        farm.stats["per_feed"][str(i)] = farm.stats["per_feed"].get(str(i), 0) + 1
        if farm.codes[i] != 200:
            return self.reply(farm.codes[i], b"status set by the test\n")
        lm_text, lm = farm.last_modified(i)
        etag = farm.etag(i)
        headers = (("Last-Modified", lm_text), ("ETag", etag))
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        unchanged = False
        if inm is not None:
            unchanged = inm.strip() == etag
        elif ims:
            try:
                unchanged = email.utils.parsedate_to_datetime(ims) >= lm
            except (TypeError, ValueError):
                unchanged = False
        if unchanged:
            farm.stats["not_modified"] += 1
            return self.reply(304, headers=headers)
        return self.reply(200, farm.rss(i), "application/rss+xml; charset=utf-8", headers)

    def do_POST(self):
        farm = self.server.farm
        proxied, _, path, query = self.split()
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if proxied or not path.startswith("/control/"):
            return self.reply(405, b"only /control/ takes POST, asked directly\n")
        one = lambda k, d=None: query.get(k, [d])[0]
        with farm.lock:
            n = len(farm.items)
            which = one("feed")
            if which == "all":
                targets = list(range(n))
            else:
                try:
                    targets = [int(which)] if which is not None else []
                except ValueError:
                    targets = [-1]
                if any(not 0 <= t < n for t in targets):
                    return self.reply(400, b"feed must be all or 0..%d\n" % (n - 1))
            try:
                if path == "/control/add-items":
                    count = int(one("count", "1"))
                    for t in targets:
                        farm.items[t] += count
                        farm.versions[t] += 1
                elif path == "/control/title":
                    for t in targets:
                        farm.titles[t] = one("title", "")
                        farm.versions[t] += 1
                elif path == "/control/status":
                    code = int(one("code", "200"))
                    for t in targets:
                        farm.codes[t] = code
                        farm.versions[t] += 1
                elif path == "/control/feeds":
                    farm.set_feed_count(int(one("count")))
                elif path == "/control/reset":
                    farm.reset()
                else:
                    return self.reply(404, b"unknown control\n")
            except (TypeError, ValueError):
                return self.reply(400, b"bad number\n")
            return self.reply(200, json.dumps({"feeds": len(farm.items),
                                               "items": farm.items}).encode() + b"\n",
                              "application/json")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--host", default="feeds.tidings.test",
                    help="the made-up host name served (default %(default)s)")
    ap.add_argument("--feeds", type=int, default=10)
    ap.add_argument("--items", type=int, default=10)
    ap.add_argument("--port", type=int, default=0, help="0 picks a free port")
    ap.add_argument("--port-file", help="write the port here once listening")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.farm = Farm(args.host, args.feeds, args.items)
    server.verbose = args.verbose
    port = server.server_address[1]
    if args.port_file:
        tmp = args.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write("%d\n" % port)
        os.replace(tmp, args.port_file)
    print("feeds.py: serving %s on 127.0.0.1:%d" % (args.host, port), file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
