/* shellapi.h for winsession: the shell functions programs without a
 * window use. */
#ifndef WINSESSION_SHELLAPI_H
#define WINSESSION_SHELLAPI_H

#include "windef.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SHSTDAPI_(type) type __stdcall
/* Splits a command line by Windows' rules; free the array with LocalFree. */
SHSTDAPI_(LPWSTR *) CommandLineToArgvW(LPCWSTR lpCmdLine, int *pNumArgs);

#ifdef __cplusplus
}
#endif

#endif
