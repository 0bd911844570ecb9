#!/usr/bin/env python3
"""Takes the README's screenshots of the window's layouts, in light and dark.

Serves the sample library (sample-library.json: four sources written for these pictures, and
pictures drawn here with ImageMagick) on 127.0.0.1, subscribes a fresh profile to it, then
starts Tidings on its own X display (Xvfb and openbox, 1280x800) once per picture and takes
the window with `import`. Needs Xvfb, openbox, xdotool and ImageMagick; pngquant if present.

    python3 docs/screenshots/take-screenshots.py --tidings build/app/tidings
"""

import argparse
import functools
import http.server
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CONVERT = "/usr/bin/convert"

# The picture of each scene: a sky or a surface, and a few shapes; the hue turns per article.
SCENES = {
    "sea": ["gradient:#bfe3f5-#2f7fb5", "-fill", "#1d5a87", "-draw", "rectangle 0,220 640,360",
            "-fill", "#f4f1ea", "-draw", "polygon 300,215 360,215 350,232 310,232",
            "-draw", "polygon 328,150 328,212 370,212", "-fill", "#ffe9a8",
            "-draw", "circle 520,80 548,80"],
    "night": ["gradient:#0d1330-#33416e", "-fill", "#f3f0d8", "-draw", "circle 150,90 153,90",
              "-draw", "circle 420,60 422,60", "-draw", "circle 560,150 562,150",
              "-draw", "circle 80,200 82,200", "-draw", "circle 330,170 332,170",
              "-stroke", "#cfe4ff", "-strokewidth", "3", "-draw", "line 470,110 600,40",
              "-stroke", "none", "-fill", "#ffffff", "-draw", "circle 470,110 477,110",
              "-fill", "#1b2342", "-draw", "polygon 0,360 0,290 160,240 320,300 480,250 640,290 640,360"],
    "warm": ["gradient:#fbe3b5-#e9965f", "-fill", "#fff8ef", "-draw", "ellipse 320,230 190,70 0,360",
             "-fill", "#c8553d", "-draw", "ellipse 320,215 150,45 0,360",
             "-fill", "#f2c14e", "-draw", "circle 270,205 282,205", "-draw", "circle 360,220 370,220",
             "-fill", "#6a994e", "-draw", "circle 320,200 330,200"],
    "green": ["gradient:#e4f5d0-#7fb77e", "-fill", "#2d4739", "-draw", "roundrectangle 170,90 470,290 14,14",
              "-fill", "#a7c957", "-draw", "rectangle 200,120 440,260", "-fill", "#f2e8cf",
              "-draw", "circle 250,190 262,190", "-draw", "circle 320,190 332,190",
              "-draw", "circle 390,190 402,190"],
}


def make_pictures(sample, folder):
    for source in sample["sources"]:
        for number, article in enumerate(source["articles"]):
            if not article[2]:
                continue
            path = os.path.join(folder, f"{source['slug']}-{number}.png")
            hue = 100 + (number * 7) % 30 - 15
            subprocess.run([CONVERT, "-size", "640x360", *SCENES[source["scene"]],
                            "-modulate", f"100,100,{hue}", path], check=True)


def write_feeds(sample, folder, port):
    now = datetime.now(timezone.utc)
    for index, source in enumerate(sample["sources"]):
        items = []
        for number, (title, text, picture) in enumerate(source["articles"]):
            # Interleaved over the last day and a half, newest first across sources.
            published = now - timedelta(minutes=40 + number * 190 + index * 47)
            link = f"http://127.0.0.1:{port}/{source['slug']}/{number}"
            thumbnail = (f'<media:thumbnail url="http://127.0.0.1:{port}/{source["slug"]}-{number}.png"/>'
                         if picture else "")
            body = f"<p>{escape(text)}</p><p>{escape(text.split('. ')[0])}.</p>"
            items.append(f"""<item><title>{escape(title)}</title><link>{link}</link>
<guid>{link}</guid><pubDate>{format_datetime(published)}</pubDate>
<description>{escape(body)}</description>{thumbnail}</item>""")
        with open(os.path.join(folder, f"{source['slug']}.xml"), "w", encoding="utf-8") as feed:
            feed.write(f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<title>{escape(source['title'])}</title><link>http://127.0.0.1:{port}/{source['slug']}</link>
<description>{escape(source['title'])}</description>
{''.join(items)}</channel></rss>
""")


def serve(folder, port):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=folder)
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def settings_for(profile, theme, layout, article):
    path = os.path.join(profile, "settings.ini")
    with open(path, "w", encoding="utf-8") as file:
        file.write("[refresh]\nonStart=false\n\n")
        file.write(f"[appearance]\ntheme={theme}\n\n")
        file.write("[mainWindow]\nlastView=all\n")
        if article:
            file.write(f"lastArticle={article}\n")
        if layout in ("cards", "wide"):
            file.write(f"\n[viewLayouts]\nall={layout}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tidings", default=os.path.join(ROOT, "build/app/tidings"))
    parser.add_argument("--display", default=":97")
    parser.add_argument("--port", type=int, default=8797)
    parser.add_argument("--out", default=os.path.join(ROOT, "docs"))
    parser.add_argument("--width", type=int, default=960, help="width of the PNGs")
    args = parser.parse_args()
    with open(os.path.join(HERE, "sample-library.json"), encoding="utf-8") as file:
        sample = json.load(file)

    work = tempfile.mkdtemp(prefix="tidings-shots-")
    site, profile = os.path.join(work, "site"), os.path.join(work, "profile")
    os.makedirs(site)
    make_pictures(sample, site)
    write_feeds(sample, site, args.port)
    server = serve(site, args.port)
    env = dict(os.environ, DISPLAY=args.display, QT_QPA_PLATFORM="xcb",
               QTWEBENGINE_DISABLE_SANDBOX="1", LANG="en_GB.UTF-8", LANGUAGE="en")
    env.pop("QT_LOGGING_RULES", None)
    for source in sample["sources"]:
        subprocess.run([args.tidings, "add", "--profile", profile,
                        f"http://127.0.0.1:{args.port}/{source['slug']}.xml"], check=True,
                       env=env, stdout=subprocess.DEVNULL)
    listed = subprocess.run([args.tidings, "articles", "--profile", profile, "--json"],
                            check=True, capture_output=True, text=True, env=env).stdout
    articles = json.loads(listed)
    # The newest article with a picture is the one being read.
    reading = next(a["id"] for a in articles if "Storm" not in a["title"])

    xvfb = subprocess.Popen(["Xvfb", args.display, "-screen", "0", "1280x800x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    time.sleep(1)
    shots = [("three-panes", "threePanes", False), ("cards", "cards", False),
             ("wide", "wide", False), ("focus", "threePanes", True)]
    try:
        for theme in ("light", "dark"):
            for name, layout, focus in shots:
                settings_for(profile, theme, layout, reading)
                app = subprocess.Popen([args.tidings, "--profile", profile], env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                try:
                    time.sleep(7)  # the window, the pictures, and WebEngine's first page
                    # No hover outline where the pointer happens to rest.
                    subprocess.run(["xdotool", "mousemove", "1279", "799"], env=env, check=True)
                    if focus:
                        subprocess.run(["xdotool", "key", "F11"], env=env, check=True)
                        time.sleep(2)
                    raw = os.path.join(work, f"{name}-{theme}.png")
                    window = subprocess.run(["xdotool", "getactivewindow"], env=env,
                                            capture_output=True, text=True).stdout.strip()
                    subprocess.run(["import", "-window", window or "root", raw], env=env,
                                   check=True)
                    out = os.path.join(args.out, f"screenshot-layout-{name}-{theme}.png")
                    subprocess.run([CONVERT, raw, "-resize", f"{args.width}x", "-strip", out],
                                   check=True)
                    if shutil.which("pngquant"):
                        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--quality",
                                        "70-90", "--output", out, out], check=False)
                    print(out)
                finally:
                    app.terminate()
                    app.wait(timeout=10)
    finally:
        wm.terminate()
        xvfb.terminate()
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
