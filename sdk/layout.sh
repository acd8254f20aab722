#!/bin/sh
# Lay out the SDK tree (see scripts/build-libs.sh) under DEST from the
# built libwinsession.so. scripts/install.sh runs it again for a prefix.
# Usage: sdk/layout.sh LIBWINSESSION.SO DEST
set -eu
cd "$(dirname "$0")/.."
lib=$1
dest=$2
mkdir -p "$dest/bin" "$dest/lib/winsession" "$dest/lib/pkgconfig" "$dest/share/winsession"

cp "$lib" "$dest/lib/libwinsession.so.tmp"
mv "$dest/lib/libwinsession.so.tmp" "$dest/lib/libwinsession.so"
# The names Windows programs link (as -lNAME or #pragma comment(lib)).
dlls="wtsapi32 winhttp wdstptc mf mfplat mfuuid mfreadwrite kernel32 kernelbase user32 advapi32 shell32 ole32 oleaut32 combase uuid shlwapi propsys version ucrt"
for dll in $dlls; do
    ln -sf libwinsession.so "$dest/lib/lib$dll.so"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Plain C against glibc's headers: the startup code and the variadic
# entries name wide strings as unsigned short (sdk/crt/printf.c says why).
for src in sdk/crt/*.c; do
    cc -std=gnu11 -O2 -fPIC -Wall -Wextra -Werror -c "$src" -o "$work/$(basename "$src" .c).o"
done
rm -f "$dest/lib/libwinsession_crt.a"
ar rcs "$dest/lib/libwinsession_crt.a" "$work"/*.o
cc -O2 -fPIC -shared -Wall -Wextra -Werror sdk/tools/include_resolver.c -ldl \
    -o "$dest/lib/winsession/libinclude_resolver.so"
sed -e '/^#/d' -e '/^$/d' -e 's/^/--wrap=/' sdk/crt/wrapped.txt > "$dest/lib/winsession/crt.wrap"

rm -rf "$dest/include"
cp -R include "$dest/include"
cp sdk/bin/winsession-cc "$dest/bin/winsession-cc"
ln -sf winsession-cc "$dest/bin/winsession-c++"

# pkg-config: one file per DLL name, each the whole C ABI's flags.
cflags='-fshort-wchar -fms-extensions -Wno-unknown-pragmas -Wno-format -I${includedir}/crt -I${includedir} -D_WIN32 -D_WIN64 -DWIN32 -DWIN64 -D_M_X64=100 -D_M_AMD64=100 -D__WINSESSION__=1 -U_FORTIFY_SOURCE'
for dll in winsession $dlls; do
    cat > "$dest/lib/pkgconfig/$dll.pc" << PC
prefix=$dest
includedir=\${prefix}/include
libdir=\${prefix}/lib

Name: $dll
Description: $dll for Linux, from winsession (C and C++ written for Windows)
Version: 0.1.0
Cflags: $cflags
Libs: -L\${libdir} -Wl,-rpath,\${libdir} -Wl,@\${libdir}/winsession/crt.wrap -lwinsession_crt -l$dll -ldl -lpthread
PC
done
cp sdk/cmake/winsession.cmake "$dest/share/winsession/winsession.cmake"
