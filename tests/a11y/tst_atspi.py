#!/usr/bin/python3
"""Tidings as a screen reader sees it: the window runs on Xvfb (xcb, not offscreen, since the
accessibility bridge needs a real platform) in a D-Bus session of its own with the AT-SPI bus,
and this script reads its accessibility tree from outside through libatspi, as Orca does.

It checks the names, roles and states of the main controls and that every control of the
window, of each Preferences page and of the dialogs it opens has a name; then it walks with the
keyboard only (real key events through xdotool): subscribe through the first-run page to a feed
served by a local HTTP server, hear the refresh's result announced, open an article, bookmark
it, read its related cards in the reading pane and leave the pane again with Shift+F6.

Usage: tst_atspi.py TIDINGS_BINARY
Skips (exit 77) with the reason when a package it needs is missing; with CI=true that fails.
"""

import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback

SKIP = 77
SESSION_MARK = "TIDINGS_ATSPI_SESSION"
# Not :99, which other tests and tools on shared machines use.
FIRST_DISPLAY = 95
STEP_TIMEOUT = 30.0
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


def log(text):
    print(f"[{time.monotonic() - START:6.2f}s] {text}", flush=True)


START = time.monotonic()


def skip(reason):
    if os.environ.get("CI") == "true":
        print(f"FAIL: {reason} (CI=true: this test must run, not skip)", flush=True)
        sys.exit(1)
    print(f"SKIP: {reason}", flush=True)
    sys.exit(SKIP)


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


# ---------------------------------------------------------------------------------------------
# The feed the walk subscribes to: related stories, so the reading page has related cards.

FEED_ITEMS = [
    ("Harbour bridge reopens after long repairs",
     "The harbour bridge reopened to traffic on Monday after repairs to its steel cables."),
    ("Harbour bridge repairs cost more than planned",
     "Repairs to the harbour bridge cables cost the city twice the planned amount."),
    ("Ferries return as harbour bridge repairs end",
     "Ferry crossings return to their timetable now that the harbour bridge repairs are over."),
    ("Engineers explain the harbour bridge cable repairs",
     "Engineers describe how the steel cables of the harbour bridge were replaced."),
    ("Library extends its opening hours",
     "The city library opens until nine in the evening from next week."),
]


def feed_xml():
    items = []
    for number, (title, text) in enumerate(FEED_ITEMS, start=1):
        items.append(
            f"<item><guid>harbour-{number}</guid><title>{title}</title>"
            f"<link>http://127.0.0.1/article/{number}</link>"
            f"<pubDate>Sun, 06 Dec 2026 {8 + number:02d}:00:00 +0000</pubDate>"
            f"<description>{text}</description></item>")
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
            "<title>Harbour News</title><link>http://127.0.0.1/</link>"
            + "".join(items) + "</channel></rss>").encode()


class FeedHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.split("?")[0] != "/feed.xml":
            self.send_error(404)
            return
        body = feed_xml()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


# ---------------------------------------------------------------------------------------------
# The desktop: Xvfb, the AT-SPI bus, the application.

def lock_owner(number):
    try:
        with open(f"/tmp/.X{number}-lock") as lock:
            return int(lock.read().strip())
    except (OSError, ValueError):
        return None


def start_xvfb():
    for number in range(FIRST_DISPLAY, FIRST_DISPLAY + 40):
        if os.path.exists(f"/tmp/.X{number}-lock") or os.path.exists(f"/tmp/.X11-unix/X{number}"):
            continue
        # Without -displayfd, which skips it, Xvfb takes the lock file that keeps other servers
        # off this number.
        xvfb = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while xvfb.poll() is None and time.monotonic() < deadline:
            if lock_owner(number) == xvfb.pid and subprocess.run(
                    ["xdotool", "getdisplaygeometry"], env=dict(os.environ, DISPLAY=f":{number}"),
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
                return xvfb, f":{number}"
            time.sleep(0.05)
        if xvfb.poll() is None:
            xvfb.terminate()
        xvfb.wait()
    raise Failure("no free X display from :%d on" % FIRST_DISPLAY)


def bus_launcher():
    return next((path for path in BUS_LAUNCHERS if os.access(path, os.X_OK)), None)


def missing_packages():
    missing = []
    for tool, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool"),
                          ("dbus-run-session", "dbus")):
        if not shutil.which(tool):
            missing.append(package)
    if not bus_launcher():
        missing.append("at-spi2-core")
    try:
        import gi
        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi  # noqa: F401
    except (ImportError, ValueError):
        missing.append("gir1.2-atspi-2.0 and python3-gi (for %s)" % sys.executable)
    return missing


def registry_running():
    """Whether the accessibility bus is up with its registry (started here if it is not yet)."""
    from gi.repository import Gio, GLib

    def call(bus, name, path, interface, method, arguments, reply):
        return bus.call_sync(name, path, interface, method, arguments, GLib.VariantType(reply),
                             Gio.DBusCallFlags.NONE, 2000, None).unpack()[0]

    def bus_call(bus, method, name, *more):
        return call(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                    method, GLib.Variant("(s" + "u" * len(more) + ")", (name,) + more),
                    "(b)" if method == "NameHasOwner" else "(u)")

    try:
        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        if not bus_call(session, "NameHasOwner", "org.a11y.Bus"):
            return False
        address = call(session, "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
                       None, "(s)")
        a11y = Gio.DBusConnection.new_for_address_sync(
            address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT |
            Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
        try:
            bus_call(a11y, "StartServiceByName", "org.a11y.atspi.Registry", 0)
            return bus_call(a11y, "NameHasOwner", "org.a11y.atspi.Registry")
        finally:
            a11y.close_sync(None)
    except GLib.Error:
        return False


def wait_for_registry(timeout=STEP_TIMEOUT):
    # An application that starts before the registry is up may never be listed: Qt introduces
    # itself to the registry once, as its bridge connects to the bus. Under load, 1 run in 4
    # then waited 60 s in vain for Tidings; with this wait, 10 runs in 10 found it.
    deadline = time.monotonic() + timeout
    while not registry_running():
        if time.monotonic() > deadline:
            raise Failure(f"the accessibility registry did not start within {timeout:.0f} s")
        time.sleep(0.05)


class Desktop:
    """Xvfb, the accessibility bus and the feed server, for the session this script runs in."""

    def __init__(self):
        self.processes = []
        self.xvfb, self.display = start_xvfb()
        self.processes.append(self.xvfb)
        os.environ["DISPLAY"] = self.display
        self.processes.append(subprocess.Popen(
            [bus_launcher(), "--launch-immediately"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_for_registry()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.feed_url = "http://127.0.0.1:%d/feed.xml" % self.server.server_address[1]
        log(f"display {self.display}, feed {self.feed_url}")

    def close(self):
        self.server.shutdown()
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def start_tidings(binary, profile):
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
        "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu --no-sandbox",
        # The names asserted below are the English ones.
        "LANGUAGE": "en",
        "LC_ALL": "C.UTF-8",
    })
    env.pop("TIDINGS_PROFILE", None)
    output = open(os.path.join(profile, "window.log"), "w")
    return subprocess.Popen([binary, "--profile", profile], env=env, stdout=output,
                            stderr=subprocess.STDOUT)


# ---------------------------------------------------------------------------------------------
# Reading the tree from outside.

class Reader:
    def __init__(self, pid):
        import gi
        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi, GLib
        self.Atspi = Atspi
        self.GLib = GLib
        self.context = GLib.MainContext.default()
        Atspi.init()
        self.pid = pid
        self.app = None
        self.focus = None
        self.focus_history = []
        self.focus_sources = []  # the objects of focus_history
        self.announcements = []
        # A screen reader learns about focus and notifications from events, not by polling.
        self.listener = Atspi.EventListener.new(self.on_event)
        for event in ("object:state-changed:focused", "object:state-changed:showing"):
            self.listener.register(event)

    def on_event(self, event):
        try:
            if not event.detail1:
                return
            if event.type.startswith("object:state-changed:focused"):
                self.focus = event.source
                self.focus_history.append(self.describe(event.source))
                self.focus_sources.append(event.source)
            elif event.source.get_role() == self.Atspi.Role.NOTIFICATION:
                self.announcements.append(event.source.get_name() or "")
                log(f"announced: {self.announcements[-1]!r}")
        except Exception:  # An object gone before we asked: not this event's business.
            pass

    def pump(self):
        while self.context.pending():
            self.context.iteration(False)

    def wait(self, predicate, what, timeout=STEP_TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            self.pump()
            try:
                result = predicate()
            except self.GLib.Error:  # The tree changes under us while it is read.
                result = None
            if result:
                return result
            if time.monotonic() > deadline:
                raise Failure(f"timed out after {timeout:.0f} s waiting for {what}")
            self.context.iteration(False)
            time.sleep(0.05)

    def find_app(self):
        desktop = self.Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and app.get_process_id() == self.pid:
                app.set_cache_mask(self.Atspi.Cache.NONE)
                self.app = app
                return app
        return None

    @staticmethod
    def role(accessible):
        return accessible.get_role_name()

    # The states the checks read, by their AT-SPI names.
    STATES = ("ACTIVE", "CHECKED", "PRESSED", "FOCUSED", "FOCUSABLE", "SHOWING", "VISIBLE",
              "SELECTED", "SELECTABLE", "ENABLED", "SENSITIVE", "EXPANDABLE", "EXPANDED",
              "EDITABLE", "CHECKABLE", "IS_DEFAULT")

    def states(self, accessible):
        state_set = accessible.get_state_set()
        return {name.lower() for name in self.STATES
                if state_set.contains(getattr(self.Atspi.StateType, name))}

    def describe(self, accessible):
        try:
            return f"{self.role(accessible)} {accessible.get_name()!r}"
        except Exception:
            return "(gone)"

    def children(self, accessible):
        try:
            count = accessible.get_child_count()
        except Exception:
            return []
        # Long lists are read row by row by a screen reader too; the walk needs only the top.
        result = []
        for index in range(min(count, 200)):
            try:
                child = accessible.get_child_at_index(index)
            except Exception:
                child = None
            if child is not None:
                result.append(child)
        return result

    def walk(self, root, depth=40):
        stack = [(root, 0)]
        while stack:
            accessible, level = stack.pop()
            yield accessible
            if level < depth:
                stack.extend((child, level + 1) for child in reversed(self.children(accessible)))

    def find(self, root, role=None, name=None, where=None):
        for accessible in self.walk(root):
            try:
                if role is not None and self.role(accessible) != role:
                    continue
                if name is not None:
                    actual = accessible.get_name() or ""
                    if not (name.search(actual) if hasattr(name, "search") else actual == name):
                        continue
                if where is not None and not where(accessible):
                    continue
            except Exception:
                continue
            return accessible
        return None

    def window(self, role, name):
        return self.find(self.app, role=role, name=name) if self.app else None

    @staticmethod
    def is_inside(accessible, ancestor):
        # libatspi hands out one object per accessible, so identity compares them.
        node = accessible
        for _ in range(60):
            if node is None:
                return False
            if node == ancestor:
                return True
            node = node.get_parent()
        return False


# ---------------------------------------------------------------------------------------------
# The keyboard.

def keys(*names):
    for name in names:
        subprocess.run(["xdotool", "key", "--delay", "40", name], check=True)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)


def focus_x_window(title, timeout=STEP_TIMEOUT):
    # There is no window manager on Xvfb: the window is given the keyboard focus directly.
    result = subprocess.run(
        ["timeout", str(int(timeout)), "xdotool", "search", "--sync", "--onlyvisible", "--name",
         f"^{re.escape(title)}$", "windowfocus", "--sync"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    check(result.returncode == 0, f"no X window titled {title!r} to give the keyboard to")


# ---------------------------------------------------------------------------------------------
# The checks.

CONTROL_ROLES = {"push button", "toggle button", "check box", "radio button", "text",
                 "password text", "combo box", "tree", "tree table", "list", "table",
                 "page tab", "page tab list", "slider", "spin button", "menu bar", "tool bar",
                 "status bar", "menu", "menu item", "check menu item"}


def check_main_window(reader, frame):
    states = reader.states(frame)
    check("active" in states, f"the window is not active: {states}")

    bar = reader.find(frame, role="menu bar")
    check(bar is not None, "no menu bar")
    menus = [child.get_name() for child in reader.children(bar)]
    check(menus == ["File", "View", "Article", "Settings", "Help"],
          f"menu bar items: {menus}")

    toolbar = reader.find(frame, role="tool bar", name="Main Toolbar")
    check(toolbar is not None, "no tool bar named Main Toolbar")
    # Qt gives a checkable tool button (Bookmark) the check box role.
    buttons = {child.get_name(): child for child in reader.children(toolbar)
               if reader.role(child) in ("push button", "toggle button", "check box")}
    for name in ("Add Source…", "Refresh All", "Mark All as Read", "Bookmark", "Preferences…"):
        check(name in buttons, f"tool bar button {name!r} missing; has {sorted(buttons)}")
        check(buttons[name].get_description(), f"tool bar button {name!r} has no description")
    check("enabled" not in reader.states(buttons["Bookmark"]),
          "Bookmark is enabled with no article shown")

    sources = reader.find(frame, role="tree", name="Sources") or \
        reader.find(frame, role="tree table", name="Sources")
    check(sources is not None, "no source tree named Sources")
    check(sources.get_description(), "the source tree has no description")

    for role, name in (("push button", "Add a source…"), ("push button", "Import OPML…")):
        control = reader.find(frame, role=role, name=name)
        check(control is not None, f"first-run page: no {role} {name!r}")
        check(control.get_description(), f"first-run page: {name!r} has no description")
    check(reader.find(frame, name="Well-known feeds") is not None,
          "first-run page: no list of well-known feeds")

    status = reader.find(frame, role="status bar")
    check(status is not None, "no status bar")
    check(status.get_name(), "the status bar has no name")

    check_all_named(reader, frame, "the main window")


def check_all_named(reader, root, where):
    """Every control that shows has a name: what a screen reader says when it gets there."""
    nameless = []
    for accessible in reader.walk(root):
        role = reader.role(accessible)
        if role in CONTROL_ROLES and "showing" in reader.states(accessible) \
                and not (accessible.get_name() or "").strip():
            nameless.append(f"{role} in {reader.describe(accessible.get_parent())}")
    check(not nameless, f"{where}: controls without a name: " + "; ".join(nameless))


def check_preferences(reader):
    """Every page of the Preferences dialog, reached with the keyboard, names its controls."""
    keys("ctrl+comma")
    dialog = reader.wait(lambda: reader.window("dialog", "Settings"), "the Preferences dialog")
    focus_x_window("Settings")
    pages = reader.wait(lambda: reader.find(dialog, role="list", name="Settings pages"),
                        "the list of settings pages")
    names = [child.get_name() for child in reader.children(pages)
             if reader.role(child) == "list item"]
    check(len(names) >= 5, f"settings pages: {names}")
    tab_to(reader, lambda f: reader.is_inside(f, pages), "the list of settings pages")
    keys("Home")
    for index, name in enumerate(names):
        if index > 0:
            keys("Down")
        reader.wait(lambda: any(child.get_name() == name and "selected" in reader.states(child)
                                for child in reader.children(pages)),
                    f"the page {name!r} to be chosen")
        check_all_named(reader, dialog, f"Preferences → {name}")
    log("preferences: " + ", ".join(names))
    # Back up the list to the Accounts page, whose Add… opens the account dialog.
    check("Accounts" in names, f"an Accounts page among {names}")
    # The focus is still on the list of pages.
    for _ in range(len(names) - 1 - names.index("Accounts")):
        keys("Up")
    reader.wait(lambda: any(child.get_name() == "Accounts" and "selected" in reader.states(child)
                            for child in reader.children(pages)),
                "the page 'Accounts' to be chosen")
    tab_to(reader, lambda f: reader.describe(f) == "push button 'Add…'", "Accounts → Add…")
    keys("Return")
    check_dialog(reader, "Add Account")
    focus_x_window("Settings")
    keys("Escape")
    reader.wait(lambda: not reader.window("dialog", "Settings"), "Preferences to close")


def check_dialog(reader, title):
    """The dialog \a title has opened: its controls are named, and Escape closes it."""
    dialog = reader.wait(lambda: reader.window("dialog", title), f"the dialog {title!r}")
    focus_x_window(title)
    check_all_named(reader, dialog, title)
    keys("Escape")
    reader.wait(lambda: not reader.window("dialog", title), f"{title!r} to close")


def tab_to(reader, predicate, what, key="Tab", limit=25):
    """Presses \\a key until the focus satisfies \\a predicate; every press must move it."""
    for _ in range(limit):
        before = len(reader.focus_history)
        keys(key)
        reader.wait(lambda: len(reader.focus_history) > before,
                    f"focus to move on {key} (focus is trapped at {reader.describe(reader.focus)})",
                    timeout=5)
        if predicate(reader.focus):
            return reader.focus
    raise Failure(f"{what} not reached with {limit} × {key}; went through: "
                  + " → ".join(reader.focus_history[-limit:]))


def keyboard_walk(reader, frame, feed_url):
    # Subscribe through the first-run page.
    tab_to(reader, lambda f: reader.describe(f) == "push button 'Add a source…'",
           "the first-run page's Add a source… button")
    log("focus: " + " → ".join(reader.focus_history))
    keys("Return")
    dialog = reader.wait(lambda: reader.window("dialog", "Add a Source"), "the Add a Source dialog")
    focus_x_window("Add a Source")
    address = reader.wait(
        lambda: reader.focus if reader.role(reader.focus) == "text" else None,
        "the focus on the address field")
    check((address.get_name() or "").startswith("Address"),
          f"the address field is named {address.get_name()!r}")
    check_all_named(reader, dialog, "Add a Source")
    type_text(feed_url)
    keys("Return")
    reader.wait(lambda: not reader.window("dialog", "Add a Source"), "the dialog to close")
    # What a window manager does when a dialog closes.
    focus_x_window("Tidings")
    source = reader.wait(
        lambda: reader.find(frame, name=re.compile(r"^Harbour News, \d+ unread")),
        "the source in the tree with its unread count")
    log(f"source row: {source.get_name()!r}")
    unread = int(re.search(r"(\d+) unread", source.get_name()).group(1))
    reader.wait(lambda: any(re.search(r"new article", text) for text in reader.announcements),
                "the refresh result to be announced (a notification)")

    # Open an article from the list.
    articles = reader.wait(lambda: reader.find(frame, role="tree", name="Articles")
                           or reader.find(frame, role="tree table", name="Articles"),
                           "the article list")

    def in_articles(accessible):
        return accessible is not None and reader.is_inside(accessible, articles)

    tab_to(reader, in_articles, "the article list")
    reader.wait(lambda: any((cell.get_name() or "").endswith(", unread")
                            for cell in reader.children(articles)
                            if reader.role(cell) == "table cell"),
                "the list's rows, unread ones saying so")
    keys("Down")

    def focused_row():
        return next((cell for cell in reader.children(articles)
                     if reader.role(cell) == "table cell" and "focused" in reader.states(cell)),
                    None)

    row = reader.wait(focused_row, "an article row to get the focus")
    log(f"article row: {row.get_name()!r}")
    check(row.get_description(), "an article row has no description (its excerpt)")
    check("bookmarked" not in row.get_name(), "a new article says it is bookmarked")

    # Bookmark it.
    keys("s")
    toolbar = reader.find(frame, role="tool bar", name="Main Toolbar")
    bookmark = reader.find(toolbar, name="Bookmark")
    reader.wait(lambda: {"checked", "pressed"} & reader.states(bookmark),
                "the Bookmark button to be checked")
    reader.wait(lambda: "bookmarked" in (focused_row().get_name() or ""),
                "the focused row to say bookmarked")
    log(f"article row: {focused_row().get_name()!r}")

    # Into the reading pane, and through its related cards.
    reading_since = len(reader.focus_sources)
    keys("F6")
    document = reader.wait(
        lambda: reader.find(frame, role="document web"), "the reading page's document")
    title = row.get_name().split(",")[0]
    heading = reader.wait(lambda: reader.find(document, role="heading", name=title),
                          "the article's heading")
    log(f"heading: {heading.get_name()!r}")
    related = reader.wait(lambda: reader.find(document, role="list", name="Related Articles"),
                          "the Related Articles list")
    items = [child for child in reader.children(related) if reader.role(child) == "list item"]
    check(len(items) >= 1, "Related Articles lists no item")
    links = [reader.find(item, role="link") for item in items]
    check(all(links), "a related card is not a link")
    log("related cards: " + "; ".join(link.get_name() for link in links))
    check(all(re.search("harbour", link.get_name(), re.I) for link in links),
          "a related card's link has no readable name")

    card = tab_to(reader, lambda f: reader.role(f) == "link" and reader.is_inside(f, related),
                  "a related card by keyboard", limit=30)
    log(f"focused card: {card.get_name()!r}")

    # The reading pane lets the keyboard go again.
    since = len(reader.focus_sources)
    keys("shift+F6")

    # Back in the list, a screen reader is told which row is current, not only "Articles".
    def bookmarked_row_told():
        return next((source for source in reader.focus_sources[since:]
                     if reader.role(source) == "table cell" and in_articles(source)
                     and "bookmarked" in (source.get_name() or "")), None)

    reader.wait(bookmarked_row_told, "Shift+F6 to bring the focus back to the bookmarked row")
    log("focus after Shift+F6: " + " → ".join(reader.focus_history[since:]))

    # A screen reader reads out every focus event, so none may be for what has not the focus.
    # Qt 6.4 told the source tree's row as focused when a reload selected it again: after the
    # opened article was marked read, while the person read it (FocusedItemView).
    reader.wait(lambda: reader.find(frame, name=f"Harbour News, {unread - 1} unread"),
                "the opened article to be marked read in the source tree")
    settled = time.monotonic() + 0.5
    reader.wait(lambda: time.monotonic() > settled, "the events to settle")

    web_view = document.get_parent()  # the page and the widget that takes the keys for it

    def told_elsewhere(accessible):
        try:
            return not (in_articles(accessible) or reader.is_inside(accessible, web_view))
        except reader.GLib.Error:  # gone since: a row of a list that was reloaded
            return False

    strays = [reader.describe(accessible) for accessible in reader.focus_sources[reading_since:]
              if told_elsewhere(accessible)]
    check(not strays, "focus told for what has not the focus: " + ", ".join(strays))


def run(binary):
    desktop = Desktop()
    profile = tempfile.mkdtemp(prefix="tidings-atspi-")
    tidings = None
    reader = None
    try:
        tidings = start_tidings(binary, profile)
        reader = Reader(tidings.pid)
        reader.wait(reader.find_app, "Tidings on the accessibility bus", timeout=60)
        frame = reader.wait(lambda: reader.window("frame", "Tidings"), "the main window")
        focus_x_window("Tidings")
        reader.wait(lambda: "active" in reader.states(frame), "the window to become active")
        check_main_window(reader, frame)
        log("main window: names, roles and states as expected")
        check_preferences(reader)
        focus_x_window("Tidings")
        keys("F1")
        check_dialog(reader, "Keyboard Shortcuts")
        focus_x_window("Tidings")
        keyboard_walk(reader, frame, desktop.feed_url)
        log("keyboard walk: subscribed, opened, bookmarked, read the related cards")
        return 0
    except Failure as failure:
        print(f"FAIL: {failure}", flush=True)
        if reader is not None:
            print("last focus: " + " → ".join(reader.focus_history[-8:]), flush=True)
        return 1
    except Exception:
        traceback.print_exc()
        return 1
    finally:
        if tidings is not None:
            tidings.terminate()
            try:
                tidings.wait(10)
            except subprocess.TimeoutExpired:
                tidings.kill()
                tidings.wait()
            if tidings.returncode not in (0, -15) or os.environ.get("TIDINGS_ATSPI_LOG"):
                with open(os.path.join(profile, "window.log")) as window_log:
                    print(window_log.read()[-4000:])
        desktop.close()
        shutil.rmtree(profile, ignore_errors=True)


def main():
    if len(sys.argv) != 2 or not os.access(sys.argv[1], os.X_OK):
        print("usage: tst_atspi.py TIDINGS_BINARY", file=sys.stderr)
        return 2
    missing = missing_packages()
    if missing:
        skip("missing " + ", ".join(missing) + " (packaging/debian-deps.sh --tests)")
    if os.environ.get(SESSION_MARK) != "1":
        # A D-Bus session of its own: the accessibility bus and the app never meet the desktop's.
        env = dict(os.environ, **{SESSION_MARK: "1"})
        return subprocess.run(["dbus-run-session", "--", sys.executable] + sys.argv,
                              env=env).returncode
    return run(sys.argv[1])


if __name__ == "__main__":
    sys.exit(main())
