# Desktop integration files and the Debian package. `cmake --install` lays out bin/,
# share/applications, share/metainfo, share/icons, share/man and share/tidings/translations;
# `cpack -G DEB` in the build folder turns that into tidings_<version>_<arch>.deb.
set(TIDINGS_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(TIDINGS_APP_ID "org.tidings.Tidings")

install(FILES "${TIDINGS_PACKAGING_DIR}/${TIDINGS_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${TIDINGS_PACKAGING_DIR}/${TIDINGS_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${TIDINGS_PACKAGING_DIR}/icons/${TIDINGS_APP_ID}.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    install(FILES "${TIDINGS_PACKAGING_DIR}/icons/hicolor/${size}x${size}/${TIDINGS_APP_ID}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
install(FILES "${TIDINGS_PACKAGING_DIR}/tidings.1"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

set(CPACK_PACKAGE_NAME "tidings")
set(CPACK_PACKAGE_VENDOR "The Tidings developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop news reader for people who follow many sources")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://tidings.org/")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Tidings developers <maintainers@tidings.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# CPack puts the summary on the Description line and indents these lines below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Tidings reads RSS, Atom and JSON Feed sources and shows every new story in
one window: sources with unread counts, the article list and a clean reading
layout. It imports and exports OPML, opens feed files and feed: links from the
file manager and the web browser, keeps everything in one SQLite file and never
runs a feed's JavaScript. Every feature that needs no window is also a command
of the tidings command-line tool.")
# Libraries come from dpkg-shlibdeps; the plugins that Qt loads at run time (the SQLite driver,
# the platform plugins, the SVG icon engine that draws Tidings' own tool bar icons) are not
# linked, so name them here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The reading view module links the window library, which the package itself installs in its
# private folder (relative to the staging directory dpkg-shlibdeps runs in).
string(REGEX REPLACE "^/" "" _tidings_package_prefix "${CPACK_PACKAGING_INSTALL_PREFIX}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS
    "${_tidings_package_prefix}/${CMAKE_INSTALL_LIBDIR}/tidings")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# Qt's own translations (dialog buttons and the like).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
