/* One program, four entry points: built with -DENTRY_MAIN, -DENTRY_WMAIN,
 * -DENTRY_WINMAIN or -DENTRY_WWINMAIN, as C and as C++, by the winsession
 * drivers (tests/sdk.sh). Each prints which entry ran, the arguments it
 * was given (as UTF-8) and what GetCommandLineW reports, so the script can
 * compare them with what it passed. */
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>

static void print_wide(const char *label, LPCWSTR text) {
    char utf8[1024];
    int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, utf8, sizeof utf8, NULL, NULL);
    printf("%s=[%s]\n", label, n > 0 ? utf8 : "?");
}

static void print_command_line(void) {
    LPWSTR line = GetCommandLineW();
    print_wide("cmdline", line);
    int argc = 0;
    LPWSTR *argv = CommandLineToArgvW(line, &argc);
    for (int i = 1; argv && i < argc; i++) print_wide("cmdarg", argv[i]);
    LocalFree(argv);
}

#if defined(ENTRY_MAIN)
int main(int argc, char **argv) {
    printf("entry=main\n");
    for (int i = 1; i < argc; i++) printf("arg=[%s]\n", argv[i]);
    print_command_line();
    return 3;
}
#elif defined(ENTRY_WMAIN)
int wmain(int argc, wchar_t **argv) {
    printf("entry=wmain\n");
    for (int i = 1; i < argc; i++) print_wide("arg", argv[i]);
    print_command_line();
    return 3;
}
#elif defined(ENTRY_WINMAIN)
int WINAPI WinMain(HINSTANCE instance, HINSTANCE previous, LPSTR command_line, int show) {
    printf("entry=WinMain instance=%d previous=%d show=%d\n", instance == GetModuleHandleW(NULL), previous == NULL,
           show);
    printf("tail=[%s]\n", command_line);
    print_command_line();
    return 3;
}
#elif defined(ENTRY_WWINMAIN)
int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, LPWSTR command_line, int show) {
    printf("entry=wWinMain instance=%d previous=%d show=%d\n", instance == GetModuleHandleW(NULL), previous == NULL,
           show);
    print_wide("tail", command_line);
    print_command_line();
    return 3;
}
#endif
