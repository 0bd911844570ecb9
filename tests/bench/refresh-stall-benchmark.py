#!/usr/bin/env python3
"""Responsiveness of the window during a refresh.

Subscribes a new profile to the shared feed farm (200 feeds x 100 items by default), starts
the window on an X display with verbose logging, and lets it refresh everything on start: every
feed downloaded, parsed and stored while the window runs. Then presses r for a second refresh
(every feed answers 304). The window logs the longest time its event loop went without turning
during each refresh (Ui::EventLoopWatch, a 10 ms timer); the target is no stall over 50 ms.

    python3 tests/bench/refresh-stall-benchmark.py --tidings build-release/app/tidings

Needs xdotool and, without DISPLAY, Xvfb and openbox (started here). Not part of the suite.
"""

import argparse
import importlib.util
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def load_ui_benchmark():
    """The window runner and display helpers of ui-benchmark.py."""
    spec = importlib.util.spec_from_file_location("ui_benchmark",
                                                  os.path.join(HERE, "ui-benchmark.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FINISHED = r"refresh finished: (\d+) sources ok, (\d+) failed, (\d+) new articles; " \
           r"longest event-loop stall (-?\d+) ms(?: \(UI thread busy (\d+) ms of it\))?, " \
           r"ending (\d+) ms into it"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tidings", default=os.path.join(ROOT, "build-release/app/tidings"))
    parser.add_argument("--feedfarm", default=os.path.join(ROOT, "..", "shared", "feedfarm.py"))
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--port", type=int, default=8797)
    args = parser.parse_args()
    ui = load_ui_benchmark()

    farm = subprocess.Popen([sys.executable, args.feedfarm, "--feeds", str(args.feeds),
                             "--items", str(args.items), "--port", str(args.port), "--quiet"])
    stop = []
    with tempfile.TemporaryDirectory(prefix="tidings-stall-") as work:
        try:
            opml = ui.wait_for_url(f"http://127.0.0.1:{args.port}/opml.xml", seconds=300)
            opml_path = os.path.join(work, "farm.opml")
            with open(opml_path, "wb") as file:
                file.write(opml)
            profile = os.path.join(work, "profile")
            subprocess.run([args.tidings, "import-opml", "--profile", profile, opml_path],
                           check=True, stdout=subprocess.DEVNULL)

            env = dict(os.environ)
            if not env.get("DISPLAY"):
                env, stop = ui.start_display()
            env.update(QT_QPA_PLATFORM="xcb", QTWEBENGINE_DISABLE_SANDBOX="1",
                       QT_LOGGING_RULES="tidings.*.debug=true;qt.*=false")
            run = ui.Run(args, profile, env)
            try:
                started, line, index = run.wait_for(FINISHED, seconds=600)
                first = re.search(FINISHED, line)
                run.wait_for(r"main window painted")
                subprocess.run(["xdotool", "key", "r"], env=env, check=True)
                clock = time.monotonic()
                _, line, _ = run.wait_for(FINISHED, seconds=300, after=index + 1)
                second_seconds = time.monotonic() - clock
                second = re.search(FINISHED, line)
            finally:
                run.stop()
        finally:
            farm.send_signal(signal.SIGINT)
            farm.wait(timeout=10)
            for process in stop:
                process.terminate()
                process.wait(timeout=10)

    print(f"feeds x items:   {args.feeds} x {args.items}")
    print(f"first refresh:   done {started:.1f} s after launch; {first[1]} ok, {first[2]} failed, "
          f"{first[3]} new articles; longest event-loop stall {first[4]} ms{busy(first)} "
          f"(target <= 50 ms), {int(first[6]) / 1000:.1f} s into the refresh")
    print(f"second refresh:  {second_seconds:.1f} s; {second[1]} ok, {second[2]} failed; "
          f"longest event-loop stall {second[4]} ms{busy(second)} (target <= 50 ms)")


def busy(finished):
    """How much of the longest stall the UI thread spent working, where the log says."""
    return f" (UI thread busy {finished[5]} ms of it)" if finished[5] is not None else ""


if __name__ == "__main__":
    main()
