/*
 * <string.h> for winsession: glibc's header, then the MSVC-only functions of
 * winsession's C runtime (winsession_crt.h). This folder comes before the
 * system folders on the include path, so <string.h> and <cstring> reach it.
 * MSVC's <string.h> also declares the wide string functions (wcslen,
 * wcscmp, wcsncmp ... through corecrt_wstring.h), which glibc keeps in
 * <wchar.h>: that comes along.
 */
#pragma GCC system_header
#include_next <string.h>
#include <wchar.h>
#include <winsession_crt.h>
