/*
 * Windows' include rules for the compiler: loaded with LD_PRELOAD by
 * winsession-cc and winsession-c++ (never by the programs they build).
 *
 * Windows resolves file names without regard to case and takes `\` as a
 * path separator, so Windows code writes `#include "..\common\Util.h"` or
 * `<WinHttp.h>` and expects to find `../common/util.h` and `winhttp.h`.
 * Inside the compiler proper (cc1, cc1plus, clang) this library answers the
 * file lookups of the preprocessor: a path with `\` is retried with `/`,
 * and a lookup that fails with ENOENT is retried once, each component
 * matched case-insensitively (an exact match always wins, and the first
 * name in directory order otherwise). Every other process, and every
 * lookup that succeeds as written, is untouched. Clang's `-ivfsoverlay`
 * (what Chromium uses) needs every file listed ahead of time; this needs
 * nothing listed.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static int active = -1;

/* Only the compilers' preprocessors: the driver, assembler and linker see
 * their own paths exactly as given. */
static int in_compiler(void) {
    if (active < 0) {
        const char *name = program_invocation_short_name;
        active = strcmp(name, "cc1") == 0 || strcmp(name, "cc1plus") == 0 || strncmp(name, "clang", 5) == 0;
    }
    return active;
}

/* Append `name` to `out` (length `len`) as the entry of directory `out`
 * that equals it ignoring case. Returns the new length, or -1. */
static int append_component(char *out, size_t len, const char *name, size_t name_len) {
    char want[NAME_MAX + 1];
    if (name_len > NAME_MAX || len + 1 + name_len >= PATH_MAX) return -1;
    memcpy(want, name, name_len);
    want[name_len] = 0;
    size_t base = len;
    if (base > 0 && out[base - 1] != '/') out[base++] = '/';
    memcpy(out + base, want, name_len + 1);
    struct stat st;
    if (strcmp(want, ".") == 0 || strcmp(want, "..") == 0 || lstat(out, &st) == 0) return (int)(base + name_len);
    char dir_path[PATH_MAX];
    memcpy(dir_path, out, len);
    dir_path[len] = 0;
    DIR *dir = opendir(len ? dir_path : ".");
    if (!dir) {
        out[len] = 0;
        return -1;
    }
    struct dirent *entry;
    int found = -1;
    while ((entry = readdir(dir)) != NULL) {
        if (strcasecmp(entry->d_name, want) == 0) {
            memcpy(out + base, entry->d_name, name_len + 1);
            found = (int)(base + name_len);
            break;
        }
    }
    closedir(dir);
    if (found < 0) out[len] = 0;
    return found;
}

/* The path Windows would have opened for `path`, or NULL when there is no
 * other spelling to try. */
static const char *windows_spelling(const char *path, char *buf) {
    size_t n = strlen(path);
    if (n == 0 || n >= PATH_MAX) return NULL;
    char slashed[PATH_MAX];
    for (size_t i = 0; i <= n; i++) slashed[i] = path[i] == '\\' ? '/' : path[i];
    size_t len = 0;
    const char *p = slashed;
    if (*p == '/') {
        buf[len++] = '/';
        while (*p == '/') p++;
    }
    buf[len] = 0;
    while (*p) {
        const char *end = strchr(p, '/');
        size_t name_len = end ? (size_t)(end - p) : strlen(p);
        int next = append_component(buf, len, p, name_len);
        if (next < 0) return NULL;
        len = (size_t)next;
        p += name_len;
        while (*p == '/') p++;
    }
    return strcmp(buf, path) == 0 ? NULL : buf;
}

#define REAL(name) static __typeof__(name) *real; if (!real) real = (__typeof__(name) *)dlsym(RTLD_NEXT, #name)

/* Retry a failed lookup with the Windows spelling of its path. */
#define RETRY(call_with_path)                                                                \
    do {                                                                                     \
        int saved = errno;                                                                   \
        char alt[PATH_MAX];                                                                  \
        const char *other;                                                                   \
        if (in_compiler() && (saved == ENOENT || saved == ENOTDIR) &&                        \
            (other = windows_spelling(path, alt)) != NULL) {                                 \
            const char *path = other;                                                        \
            return call_with_path;                                                           \
        }                                                                                    \
        errno = saved;                                                                       \
    } while (0)

static mode_t mode_arg(int flags, va_list ap) {
    return (flags & (O_CREAT | O_TMPFILE)) ? (mode_t)va_arg(ap, int) : 0;
}

int open(const char *path, int flags, ...) {
    REAL(open);
    va_list ap;
    va_start(ap, flags);
    mode_t mode = mode_arg(flags, ap);
    va_end(ap);
    int fd = real(path, flags, mode);
    if (fd < 0 && !(flags & (O_CREAT | O_TMPFILE))) RETRY(real(path, flags, mode));
    return fd;
}

int open64(const char *path, int flags, ...) {
    REAL(open64);
    va_list ap;
    va_start(ap, flags);
    mode_t mode = mode_arg(flags, ap);
    va_end(ap);
    int fd = real(path, flags, mode);
    if (fd < 0 && !(flags & (O_CREAT | O_TMPFILE))) RETRY(real(path, flags, mode));
    return fd;
}

int openat(int dirfd, const char *path, int flags, ...) {
    REAL(openat);
    va_list ap;
    va_start(ap, flags);
    mode_t mode = mode_arg(flags, ap);
    va_end(ap);
    int fd = real(dirfd, path, flags, mode);
    if (fd < 0 && dirfd == AT_FDCWD && !(flags & (O_CREAT | O_TMPFILE))) RETRY(real(dirfd, path, flags, mode));
    return fd;
}

int stat(const char *path, struct stat *st) {
    REAL(stat);
    int r = real(path, st);
    if (r < 0) RETRY(real(path, st));
    return r;
}

int stat64(const char *path, struct stat64 *st) {
    REAL(stat64);
    int r = real(path, st);
    if (r < 0) RETRY(real(path, st));
    return r;
}

int access(const char *path, int mode) {
    REAL(access);
    int r = real(path, mode);
    if (r < 0) RETRY(real(path, mode));
    return r;
}

FILE *fopen(const char *path, const char *mode) {
    REAL(fopen);
    FILE *f = real(path, mode);
    if (!f && mode[0] == 'r' && !strchr(mode, '+')) RETRY(real(path, mode));
    return f;
}
