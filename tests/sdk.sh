#!/bin/sh
# The SDK as its users meet it (README, "Building Windows code"):
# - the drivers start whichever entry point a program defines (main, wmain,
#   WinMain, wWinMain; C and C++), with its arguments as UTF-16 and
#   GetCommandLineW / CommandLineToArgvW agreeing with them;
# - scripts/install.sh puts the tree under a prefix, and a program builds
#   from there with the installed driver, with plain cc and pkg-config, and
#   with CMake and the toolchain file.
# Usage: tests/sdk.sh   (after scripts/build-libs.sh)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
sdk=$root/target/sdk
work=$(mktemp -d)
trap 'kill $(cat "$work"/*.pid 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# The arguments every entry point is given, one per line as the program
# prints them back: plain, with a space, with a quote, non-ASCII, empty.
printf '%s\n' 'plain' 'two words' 'quote"inside' 'grüße 😀' '' > "$work/want"
for lang in c c++; do
    for entry in MAIN WMAIN WINMAIN WWINMAIN; do
        if [ $lang = c ]; then driver=$sdk/bin/winsession-cc; else driver=$sdk/bin/winsession-c++; fi
        $driver -x $lang -Wall -Wextra -Werror -DENTRY_$entry "$root/tests/sdk/entry.c" -o "$work/entry"
        set +e
        "$work/entry" 'plain' 'two words' 'quote"inside' 'grüße 😀' '' > "$work/out"
        code=$?
        set -e
        what="$lang $entry"
        [ $code = 3 ] || fail "$what: exit code $code, want 3 (the entry's return value)"
        grep -q "^entry=$(echo $entry | sed 's/^MAIN$/main/; s/^WMAIN$/wmain/; s/^WINMAIN$/WinMain/; s/^WWINMAIN$/wWinMain/')\b" "$work/out" ||
            fail "$what: another entry ran: $(head -n1 "$work/out")"
        case $entry in WINMAIN | WWINMAIN)
            grep -q 'instance=1 previous=1 show=10' "$work/out" || fail "$what: $(head -n1 "$work/out")"
            grep -q '^tail=\[plain "two words" "quote\\"inside" "grüße 😀" ""\]$' "$work/out" ||
                fail "$what: lpCmdLine $(grep '^tail=' "$work/out")"
            ;;
        *)
            sed -n 's/^arg=\[\(.*\)\]$/\1/p' "$work/out" > "$work/args"
            cmp -s "$work/args" "$work/want" || fail "$what: arguments $(tr '\n' '|' < "$work/args")"
            ;;
        esac
        sed -n 's/^cmdarg=\[\(.*\)\]$/\1/p' "$work/out" > "$work/cmdargs"
        cmp -s "$work/cmdargs" "$work/want" ||
            fail "$what: CommandLineToArgvW(GetCommandLineW()) gave $(tr '\n' '|' < "$work/cmdargs")"
    done
done
[ $failed = 0 ] && echo "entry points: main, wmain, WinMain, wWinMain in C and C++ each ran with the arguments as given"

"$root/scripts/install.sh" --prefix "$work/prefix" > /dev/null
tree=$work/prefix/lib/winsession-sdk
# A prefix's include/ and lib/ stay free of Windows names.
[ ! -e "$work/prefix/include" ] && [ ! -e "$work/prefix/lib/libuuid.so" ] || fail "install wrote outside its tree"

python3 "$root/examples/winhttp/echo_server.py" > "$work/echo.port" &
echo $! > "$work/echo.pid"
for _ in $(seq 50); do [ -s "$work/echo.port" ] && break; sleep 0.1; done
port=$(head -n1 "$work/echo.port")

# The same examples with clang as the compiler (WINSESSION_CC/WINSESSION_CXX).
for src in wts/SessionList.c mf/PlayTone.cpp winhttp/WebSocketEcho.cpp; do
    case $src in *.c) driver=$sdk/bin/winsession-cc ;; *) driver=$sdk/bin/winsession-c++ ;; esac
    WINSESSION_CC=clang WINSESSION_CXX=clang++ $driver -municode "$root/examples/$src" -o "$work/clang-example" ||
        fail "clang build of examples/$src"
    case $src in
        wts/*) "$work/clang-example" > "$work/out" ;;
        mf/*) "$work/clang-example" "$work" > "$work/out" ;;
        winhttp/*) "$work/clang-example" 127.0.0.1 "$port" /echo > "$work/out" ;;
    esac || fail "examples/$src built by clang: $(cat "$work/out")"
done
[ $failed = 0 ] && echo "clang: three examples built with WINSESSION_CC=clang and ran correctly"

"$work/prefix/bin/winsession-c++" -municode "$root/examples/winhttp/WebSocketEcho.cpp" -o "$work/echo-installed"
"$work/echo-installed" 127.0.0.1 "$port" /echo > "$work/out" || fail "the installed driver's build: $(cat "$work/out")"

PKG_CONFIG_PATH=$tree/lib/pkgconfig
export PKG_CONFIG_PATH
# shellcheck disable=SC2046
cc -x c -DENTRY_WMAIN "$root/tests/sdk/entry.c" -o "$work/entry-pc" $(pkg-config --cflags --libs kernel32)
"$work/entry-pc" 'two words' > "$work/out" || true
grep -q '^arg=\[two words\]$' "$work/out" || fail "plain cc with pkg-config: $(cat "$work/out")"

cmake -S "$root/tests/sdk/cmake" -B "$work/cmake" -DEXAMPLES="$root/examples" \
    -DCMAKE_TOOLCHAIN_FILE="$tree/share/winsession/winsession.cmake" > "$work/cmake.log" 2>&1 ||
    { cat "$work/cmake.log"; fail "cmake configure"; }
cmake --build "$work/cmake" > "$work/cmake.log" 2>&1 || { cat "$work/cmake.log"; fail "cmake build"; }
"$work/cmake/SessionList" > "$work/out" || fail "SessionList built by CMake: $(cat "$work/out")"
"$work/cmake/WebSocketEcho" 127.0.0.1 "$port" /echo > "$work/out" || fail "WebSocketEcho built by CMake: $(cat "$work/out")"
[ $failed = 0 ] && echo "install: the installed driver, plain cc with pkg-config and CMake with the toolchain file each built programs that ran"
exit $failed
