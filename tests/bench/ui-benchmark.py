#!/usr/bin/env python3
"""Start-up, memory and reading benchmark of the Tidings window.

Builds (once) a profile of many sources and articles from the shared feed farm, then starts
`tidings --verbose` on an X display several times and reports:

  * main window painted   seconds from launch to the window's first frame   (target <= 0.25 s)
  * article rows painted  seconds from launch to the first frame with rows  (target <= 0.6 s)
  * RSS after start       resident memory of the tidings process            (target <= 150 MB)
  * PSS with an article   the whole process tree, WebEngine helpers too     (target <= 250 MB)
  * next article          selection to the pane loading, from the log       (target <= 30 ms)

Needs an X display with a window manager (keys go to the focused window) and xdotool; without
DISPLAY it starts Xvfb and openbox itself. Use a Release build for figures worth quoting:

    cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build-release tidings
    python3 tests/bench/ui-benchmark.py --tidings build-release/app/tidings
"""

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def log(text):
    print(text, file=sys.stderr, flush=True)


def wait_for_url(url, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as reply:
                return reply.read()
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"no answer from {url}")


def build_profile(args, profile):
    """Subscribes to the farm's feeds and fetches them all once."""
    farm = subprocess.Popen(
        [sys.executable, args.feedfarm, "--feeds", str(args.sources), "--items", str(args.items),
         "--port", str(args.port), "--quiet"])
    try:
        # The farm writes every feed before it listens: minutes for 100,000 items.
        opml = wait_for_url(f"http://127.0.0.1:{args.port}/opml.xml", seconds=900)
        with tempfile.NamedTemporaryFile(suffix=".opml", delete=False) as file:
            file.write(opml)
        subprocess.run([args.tidings, "import-opml", "--profile", profile, file.name], check=True)
        os.unlink(file.name)
        started = time.monotonic()
        subprocess.run([args.tidings, "refresh", "--profile", profile, "--jobs", "12"],
                       check=False, stderr=subprocess.DEVNULL)
        log(f"refreshed {args.sources} sources in {time.monotonic() - started:.1f} s")
    finally:
        farm.send_signal(signal.SIGINT)
        farm.wait(timeout=10)
    # The benchmark measures the window, not a refresh against a farm that is gone.
    with open(os.path.join(profile, "settings.ini"), "a", encoding="utf-8") as settings:
        settings.write("\n[refresh]\nonStart=false\n")


def descendants(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except OSError:
            continue
    result, todo = [], [pid]
    while todo:
        current = todo.pop()
        result.append(current)
        todo.extend(children.get(current, []))
    return result


def memory_kb(pid, field, path="status"):
    try:
        with open(f"/proc/{pid}/{path}", encoding="utf-8") as file:
            for line in file:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def forget_last_article(profile):
    """Each start is measured without an article open (restoring one starts WebEngine)."""
    path = os.path.join(profile, "settings.ini")
    with open(path, encoding="utf-8") as file:
        lines = [line for line in file if not line.startswith("lastArticle=")]
    with open(path, "w", encoding="utf-8") as file:
        file.writelines(lines)


class Run:
    """One start of the window; stderr lines are time-stamped as they arrive."""

    def __init__(self, args, profile, env):
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [args.tidings, "--profile", profile, "--verbose"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
        self.events = []
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.process.stderr:
            with self.lock:
                self.events.append((time.monotonic() - self.started, line.rstrip()))

    def wait_for(self, pattern, seconds=30, after=0):
        regex = re.compile(pattern)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self.lock:
                for index, (when, line) in enumerate(self.events):
                    if index >= after and regex.search(line):
                        return when, line, index
            if self.process.poll() is not None:
                break
            time.sleep(0.005)
        raise SystemExit(f"'{pattern}' never appeared; last lines: {self.events[-5:]}")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_display():
    """Xvfb and openbox on a free display; returns (environment, processes to stop)."""
    for number in range(90, 110):
        if not os.path.exists(f"/tmp/.X11-unix/X{number}"):
            break
    display = f":{number}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    env = dict(os.environ, DISPLAY=display)
    manager = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    time.sleep(1)
    return env, [manager, xvfb]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tidings", default=os.path.join(ROOT, "build-release/app/tidings"))
    parser.add_argument("--feedfarm", default=os.path.join(ROOT, "..", "shared", "feedfarm.py"))
    parser.add_argument("--profile", help="reuse or build this profile (default: a temporary one)")
    parser.add_argument("--sources", type=int, default=500)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--port", type=int, default=8791)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--next-articles", type=int, default=20)
    args = parser.parse_args()
    if not shutil.which("xdotool"):
        raise SystemExit("xdotool is needed to press keys in the window")

    temporary = None
    profile = args.profile
    if not profile:
        temporary = tempfile.mkdtemp(prefix="tidings-bench-")
        profile = temporary
    if not os.path.exists(os.path.join(profile, "tidings.sqlite")):
        build_profile(args, profile)

    stop = []
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env, stop = start_display()
    env.update(QT_QPA_PLATFORM="xcb", QTWEBENGINE_DISABLE_SANDBOX="1",
               QT_LOGGING_RULES="tidings.*.debug=true;qt.*=false")

    mapped, painted, rss = [], [], []
    pss_with_article, next_article_ms = None, []
    try:
        for number in range(args.runs):
            forget_last_article(profile)
            run = Run(args, profile, env)
            try:
                mapped.append(run.wait_for(r"main window painted")[0])
                painted.append(run.wait_for(r"article rows painted")[0])
                time.sleep(2)
                rss.append(memory_kb(run.process.pid, "VmRSS") / 1024)
                if number == 0:
                    _, _, index = run.wait_for(r"article rows painted")
                    subprocess.run(["xdotool", "key", "j"], env=env, check=True)
                    _, _, index = run.wait_for(r"article \d+ loading", after=index)
                    time.sleep(4)  # WebEngine's helpers start and render
                    pss_with_article = sum(memory_kb(pid, "Pss", "smaps_rollup")
                                           for pid in descendants(run.process.pid)) / 1024
                    for _ in range(args.next_articles):
                        subprocess.run(["xdotool", "key", "j"], env=env, check=True)
                        _, line, index = run.wait_for(r"article \d+ loading", after=index + 1)
                        next_article_ms.append(int(re.search(r"loading (\d+)", line)[1]) / 1000)
                        time.sleep(0.15)
            finally:
                run.stop()
    finally:
        for process in stop:
            process.terminate()
            process.wait(timeout=10)
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)

    def summary(values, unit, scale=1.0):
        values = [value * scale for value in values]
        return (f"median {statistics.median(values):.3g} {unit}, "
                f"min {min(values):.3g}, max {max(values):.3g}")

    print(f"profile: {args.sources} sources x {args.items} items")
    print(f"main window painted:  {summary(mapped, 's')}   (target <= 0.25 s)")
    print(f"article rows painted: {summary(painted, 's')}   (target <= 0.6 s)")
    print(f"RSS after start:      {summary(rss, 'MB')}   (target <= 150 MB)")
    if pss_with_article is not None:
        print(f"PSS with an article:  {pss_with_article:.0f} MB for the process tree "
              "(target <= 250 MB)")
    if next_article_ms:
        print(f"next article:         {summary(next_article_ms, 'ms')}   (target <= 30 ms)")


if __name__ == "__main__":
    main()
