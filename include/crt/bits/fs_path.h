/*
 * libstdc++'s bits/fs_path.h chooses Windows path semantics (wchar_t paths,
 * backslash separators) when _WIN32 is defined, but the library it links
 * against was built for Linux. The driver defines _WIN32 for Windows code,
 * so it is hidden while libstdc++'s header is read: std::filesystem stays
 * the Linux one the library implements.
 */
#ifndef WINSESSION_CRT_BITS_FS_PATH_H
#define WINSESSION_CRT_BITS_FS_PATH_H
#pragma push_macro("_WIN32")
#undef _WIN32
#include_next <bits/fs_path.h>
#pragma pop_macro("_WIN32")
#endif
