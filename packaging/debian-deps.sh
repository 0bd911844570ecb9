#!/bin/sh
# Installs what Tidings needs to build and test on Debian 12 / Ubuntu, and nothing when all of
# it is already there. Uses sudo when not run as root.
#   packaging/debian-deps.sh                  install what is missing to build and run
#   packaging/debian-deps.sh --tests          the same, plus what the test suite's real servers
#                                             need (tests/servers/: Tiny Tiny RSS, PostgreSQL, PHP)
#   packaging/debian-deps.sh --list [--tests] print the package names
set -eu

PACKAGES="
cmake
ninja-build
g++
pkg-config
qt6-base-dev
qt6-base-dev-tools
qt6-tools-dev
qt6-tools-dev-tools
qt6-l10n-tools
qt6-declarative-dev
qt6-webengine-dev
qt6-webengine-dev-tools
libqt6webenginecore6-bin
libqt6sql6-sqlite
libqt6opengl6-dev
libgl-dev
libvulkan-dev
libgumbo-dev
libdeflate-dev
libsqlite3-dev
zlib1g-dev
qtkeychain-qt6-dev
fonts-dejavu-core
libqt6svg6
"

# The real Tiny Tiny RSS the sync tests start (tests/servers/ttrss/ttrss-server);
# dbconfig-no-thanks keeps tt-rss's installer from setting up a database of its own.
# The accessibility test (tests/a11y/tst_atspi.py): Xvfb, a D-Bus session with the AT-SPI bus,
# libatspi for Python (GObject introspection), and xdotool for real key events.
TEST_PACKAGES="
tt-rss
dbconfig-no-thanks
php-cli
php-pgsql
php-curl
php-intl
php-mbstring
php-xml
postgresql
curl
python3
at-spi2-core
dbus
gir1.2-atspi-2.0
python3-gi
xvfb
xdotool
"

list=false
for argument in "$@"; do
    case "$argument" in
    --list) list=true ;;
    --tests) PACKAGES="$PACKAGES $TEST_PACKAGES" ;;
    *) echo "usage: $0 [--list] [--tests]" >&2; exit 2 ;;
    esac
done
if $list; then
    echo $PACKAGES
    exit 0
fi

missing=""
for package in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
else
    SUDO="sudo"
fi
echo "Installing:$missing"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
