/*
 * The `main` glibc starts, for programs whose entry point is Windows'
 * `wmain`, `wWinMain` or `WinMain`. It lives in libwinsession_crt.a, so the
 * linker takes it only when the program has no `main` of its own.
 *
 * The entries are weak references: whichever the program defines is non-NULL.
 * C++ programs define them with C++ linkage (MSVC exempts them from name
 * mangling; g++ does not), so the mangled forms of the signatures Windows
 * code writes are looked up too. The Rust side (kernel32's
 * `__winsession_start`) converts the arguments to UTF-16, records the command
 * line for GetCommandLineW and calls the entry; see README, "Building
 * Windows code".
 */
#include <stddef.h>

typedef int (*wmain_fn)(int, unsigned short **, unsigned short **);
typedef int (*wwinmain_fn)(void *, void *, unsigned short *, int);
typedef int (*winmain_fn)(void *, void *, char *, int);

#define WEAK(name) extern char name[] __attribute__((weak))

WEAK(wmain);
WEAK(wWinMain);
WEAK(WinMain);
/* int wmain(int, wchar_t **), (int, wchar_t **, wchar_t **), (int, const wchar_t **), () */
WEAK(_Z5wmainiPPw);
WEAK(_Z5wmainiPPwS0_);
WEAK(_Z5wmainiPPKw);
WEAK(_Z5wmainv);
/* wWinMain / WinMain with HINSTANCE as DECLARE_HANDLE declares it, or as void * */
WEAK(_Z8wWinMainP11HINSTANCE__S0_Pwi);
WEAK(_Z8wWinMainPvS_Pwi);
WEAK(_Z7WinMainP11HINSTANCE__S0_Pci);
WEAK(_Z7WinMainPvS_Pci);

int __winsession_start(int argc, char **argv, char **envp, wmain_fn wmain_entry, wwinmain_fn wwinmain_entry,
                       winmain_fn winmain_entry);

static void *first(void *a, void *b, void *c, void *d, void *e) {
    return a ? a : b ? b : c ? c : d ? d : e;
}

int main(int argc, char **argv, char **envp) {
    void *w = first(wmain, _Z5wmainiPPw, _Z5wmainiPPwS0_, _Z5wmainiPPKw, _Z5wmainv);
    void *ww = first(wWinMain, _Z8wWinMainP11HINSTANCE__S0_Pwi, _Z8wWinMainPvS_Pwi, NULL, NULL);
    void *wa = first(WinMain, _Z7WinMainP11HINSTANCE__S0_Pci, _Z7WinMainPvS_Pci, NULL, NULL);
    /* The entries are functions; the weak char arrays only carry their addresses. */
    return __winsession_start(argc, argv, envp, (wmain_fn)w, (wwinmain_fn)ww, (winmain_fn)wa);
}
