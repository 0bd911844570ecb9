#!/bin/sh
# Installs what Tidings needs to build and test on Debian 12 / Ubuntu, and nothing when all of
# it is already there. Uses sudo when not run as root.
#   packaging/debian-deps.sh          install what is missing
#   packaging/debian-deps.sh --list   print the package names
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
libsqlite3-dev
zlib1g-dev
qtkeychain-qt6-dev
fonts-dejavu-core
"

if [ "${1:-}" = "--list" ]; then
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
