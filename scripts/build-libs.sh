#!/bin/sh
# Build libwinsession.so and lay out the SDK tree at target/sdk/:
#   bin/      winsession-cc, winsession-c++ (the compiler drivers)
#   include/  the SDK headers; include/crt/ the C runtime's, ahead of glibc's
#   lib/      libwinsession.so and every DLL name linked to it,
#             libwinsession_crt.a (startup code and the CRT's variadic entries),
#             winsession/ (the compiler's include resolver, the CRT's --wrap list),
#             pkgconfig/*.pc
#   share/winsession/winsession.cmake  (CMake toolchain file)
# target/lib is a link to target/sdk/lib.
#
# Every DLL name is a symbolic link to the one shared object, whose SONAME
# is libwinsession.so: a program linking -lwtsapi32 and -lwinhttp loads one
# copy, so GetLastError and the handle table are shared.
# Usage: scripts/build-libs.sh [--release]
set -eu
cd "$(dirname "$0")/.."
profile=debug
if [ "${1:-}" = "--release" ]; then profile=release; fi
flag=""; [ "$profile" = release ] && flag=--release
cargo build -q $flag -p winsession-abi -p winsession-cli
sdk/layout.sh "target/$profile/libwinsession.so" "$PWD/target/sdk"
rm -rf target/lib
ln -s sdk/lib target/lib
echo "target/sdk: bin/winsession-cc, bin/winsession-c++, include/, lib/ ($(ls target/sdk/lib | tr '\n' ' '))"
