#!/bin/sh
# Install the SDK tree (compiler drivers, headers, libraries, pkg-config
# files, CMake toolchain file) under a prefix, /usr/local by default.
#
# The tree goes to PREFIX/lib/winsession-sdk, whole, and PREFIX/bin gets
# links to the two drivers, PREFIX/lib/pkgconfig a link to winsession.pc.
# Nothing lands in PREFIX/include or directly in PREFIX/lib: a windows.h on
# the default include path, or a libuuid.so on the default library path,
# would change how every other program on the machine builds.
# Usage: scripts/install.sh [--prefix DIR]   (builds the release library first)
set -eu
cd "$(dirname "$0")/.."
prefix=/usr/local
if [ "${1:-}" = "--prefix" ]; then prefix=${2:?--prefix needs a directory}; fi
cargo build -q --release -p winsession-abi
mkdir -p "$prefix/bin" "$prefix/lib/pkgconfig"
prefix=$(cd "$prefix" && pwd)
tree=$prefix/lib/winsession-sdk
sdk/layout.sh target/release/libwinsession.so "$tree"
ln -sf ../lib/winsession-sdk/bin/winsession-cc "$prefix/bin/winsession-cc"
ln -sf ../lib/winsession-sdk/bin/winsession-cc "$prefix/bin/winsession-c++"
ln -sf ../winsession-sdk/lib/pkgconfig/winsession.pc "$prefix/lib/pkgconfig/winsession.pc"
echo "installed: $prefix/bin/winsession-cc, $prefix/bin/winsession-c++, the tree in $tree"
echo "  pkg-config: PKG_CONFIG_PATH=$tree/lib/pkgconfig pkg-config --cflags --libs winhttp"
echo "  CMake:      -DCMAKE_TOOLCHAIN_FILE=$tree/share/winsession/winsession.cmake"
