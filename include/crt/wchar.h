/*
 * <wchar.h> for winsession: glibc's header, then the MSVC-only functions of
 * winsession's C runtime (winsession_crt.h). This folder comes before the
 * system folders on the include path, so <wchar.h> and <cwchar> reach it.
 */
#pragma GCC system_header
#include_next <wchar.h>
#include <winsession_crt.h>
