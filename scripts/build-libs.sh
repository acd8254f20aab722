#!/bin/sh
# Build libwinsession.so and give it the Windows DLL names.
#
# Every DLL name is a symbolic link to the one shared object, whose SONAME
# is libwinsession.so: a program linking -lwtsapi32 and later -lwinhttp
# loads one copy, so GetLastError and the handle table are shared.
# Usage: scripts/build-libs.sh [--release]   -> target/lib/
set -eu
cd "$(dirname "$0")/.."
profile=debug
if [ "${1:-}" = "--release" ]; then profile=release; fi
flag=""; [ "$profile" = release ] && flag=--release
cargo build -q $flag -p winsession-abi -p winsession-cli
mkdir -p target/lib
cp "target/$profile/libwinsession.so" target/lib/libwinsession.so.tmp
mv target/lib/libwinsession.so.tmp target/lib/libwinsession.so
for dll in wtsapi32 winhttp wdstptc mf mfplat; do
    ln -sf libwinsession.so "target/lib/lib$dll.so"
done
echo "target/lib: libwinsession.so and $(ls target/lib | grep -v libwinsession | tr '\n' ' ')"
