/*
 * tchar.h: the generic-text mappings of Microsoft's C runtime. With
 * _UNICODE (or UNICODE, as -municode defines both) the _t names are the wide
 * functions, otherwise the narrow ones. _MBCS maps as the narrow set: the
 * ANSI code page of winsession is UTF-8.
 */
#ifndef WINSESSION_TCHAR_H
#define WINSESSION_TCHAR_H
#pragma GCC system_header

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#if defined(UNICODE) && !defined(_UNICODE)
#define _UNICODE
#endif

#ifdef _UNICODE

#ifndef _TCHAR_DEFINED
#define _TCHAR_DEFINED
typedef wchar_t TCHAR, *PTCHAR;
typedef wchar_t TBYTE, *PTBYTE;
#endif
typedef wchar_t _TCHAR;
typedef wchar_t _TSCHAR;
typedef wchar_t _TUCHAR;
typedef wchar_t _TXCHAR;
typedef wint_t _TINT;
#define __T(x) L##x
#define _TEOF WEOF

#define _tmain wmain
#define _tWinMain wWinMain

#define _tprintf wprintf
#define _tprintf_s wprintf_s
#define _ftprintf fwprintf
#define _ftprintf_s fwprintf_s
#define _stprintf _swprintf
#define _stprintf_s swprintf_s
#define _sntprintf _snwprintf
#define _sntprintf_s _snwprintf_s
#define _sctprintf _scwprintf
#define _vtprintf vwprintf
#define _vtprintf_s vwprintf_s
#define _vftprintf vfwprintf
#define _vftprintf_s vfwprintf_s
#define _vstprintf _vswprintf
#define _vstprintf_s vswprintf_s
#define _vsntprintf _vsnwprintf
#define _vsntprintf_s _vsnwprintf_s
#define _vsctprintf _vscwprintf
#define _tscanf wscanf
#define _tscanf_s wscanf_s
#define _ftscanf fwscanf
#define _ftscanf_s fwscanf_s
#define _stscanf swscanf
#define _stscanf_s swscanf_s

#define _fgettc fgetwc
#define _gettc getwc
#define _gettchar getwchar
#define _fputtc fputwc
#define _puttc putwc
#define _puttchar putwchar
#define _fgetts fgetws
#define _fputts fputws
#define _putts _putws
#define _ungettc ungetwc

#define _tcslen wcslen
#define _tcsnlen wcsnlen
#define _tcscpy wcscpy
#define _tcscpy_s wcscpy_s
#define _tcsncpy wcsncpy
#define _tcsncpy_s wcsncpy_s
#define _tcscat wcscat
#define _tcscat_s wcscat_s
#define _tcsncat wcsncat
#define _tcsncat_s wcsncat_s
#define _tcscmp wcscmp
#define _tcsncmp wcsncmp
#define _tcsicmp _wcsicmp
#define _tcsnicmp _wcsnicmp
#define _tcscoll wcscoll
#define _tcsicoll _wcsicoll
#define _tcschr wcschr
#define _tcsrchr wcsrchr
#define _tcsstr wcsstr
#define _tcspbrk wcspbrk
#define _tcsspn wcsspn
#define _tcscspn wcscspn
#define _tcstok _wcstok
#define _tcstok_s wcstok_s
#define _tcsdup _wcsdup
#define _tcslwr _wcslwr
#define _tcsupr _wcsupr
#define _tcserror _wcserror

#define _tcstol wcstol
#define _tcstoul wcstoul
#define _tcstoi64 _wcstoi64
#define _tcstoui64 _wcstoui64
#define _tcstod wcstod
#define _ttoi _wtoi
#define _ttol _wtol
#define _ttoi64 _wtoi64
#define _tstoi _wtoi
#define _tstol _wtol
#define _tstoi64 _wtoi64
#define _tstof _wtof
#define _ttof _wtof
#define _itot _itow
#define _ltot _ltow
#define _ultot _ultow
#define _i64tot _i64tow
#define _ui64tot _ui64tow
#define _itot_s _itow_s
#define _i64tot_s _i64tow_s
#define _ui64tot_s _ui64tow_s

#define _tfopen _wfopen
#define _tfopen_s _wfopen_s
#define _tgetenv _wgetenv
#define _tgetenv_s _wgetenv_s
#define _tputenv _wputenv
#define _tputenv_s _wputenv_s
#define _tremove _wremove
#define _tunlink _wunlink
#define _trename _wrename
#define _tsystem _wsystem

#define _totlower towlower
#define _totupper towupper
#define _istalpha iswalpha
#define _istdigit iswdigit
#define _istxdigit iswxdigit
#define _istspace iswspace
#define _istupper iswupper
#define _istlower iswlower
#define _istalnum iswalnum
#define _istpunct iswpunct
#define _istprint iswprint
#define _istgraph iswgraph
#define _istcntrl iswcntrl

#else /* narrow */

#ifndef _TCHAR_DEFINED
#define _TCHAR_DEFINED
typedef char TCHAR, *PTCHAR;
typedef unsigned char TBYTE, *PTBYTE;
#endif
typedef char _TCHAR;
typedef signed char _TSCHAR;
typedef unsigned char _TUCHAR;
typedef unsigned char _TXCHAR;
typedef int _TINT;
#define __T(x) x
#define _TEOF EOF

#define _tmain main
#define _tWinMain WinMain

#define _tprintf printf
#define _tprintf_s printf_s
#define _ftprintf fprintf
#define _ftprintf_s fprintf_s
#define _stprintf sprintf
#define _stprintf_s sprintf_s
#define _sntprintf _snprintf
#define _sntprintf_s _snprintf_s
#define _sctprintf _scprintf
#define _vtprintf vprintf
#define _vtprintf_s vprintf_s
#define _vftprintf vfprintf
#define _vftprintf_s vfprintf_s
#define _vstprintf vsprintf
#define _vstprintf_s vsprintf_s
#define _vsntprintf _vsnprintf
#define _vsntprintf_s _vsnprintf_s
#define _vsctprintf _vscprintf
#define _tscanf scanf
#define _tscanf_s scanf_s
#define _ftscanf fscanf
#define _ftscanf_s fscanf_s
#define _stscanf sscanf
#define _stscanf_s sscanf_s

#define _fgettc fgetc
#define _gettc getc
#define _gettchar getchar
#define _fputtc fputc
#define _puttc putc
#define _puttchar putchar
#define _fgetts fgets
#define _fputts fputs
#define _putts puts
#define _ungettc ungetc

#define _tcslen strlen
#define _tcsnlen strnlen
#define _tcscpy strcpy
#define _tcscpy_s strcpy_s
#define _tcsncpy strncpy
#define _tcsncpy_s strncpy_s
#define _tcscat strcat
#define _tcscat_s strcat_s
#define _tcsncat strncat
#define _tcsncat_s strncat_s
#define _tcscmp strcmp
#define _tcsncmp strncmp
#define _tcsicmp _stricmp
#define _tcsnicmp _strnicmp
#define _tcscoll strcoll
#define _tcsicoll _stricmp
#define _tcschr strchr
#define _tcsrchr strrchr
#define _tcsstr strstr
#define _tcspbrk strpbrk
#define _tcsspn strspn
#define _tcscspn strcspn
#define _tcstok strtok
#define _tcstok_s strtok_r
#define _tcsdup _strdup
#define _tcslwr _strlwr
#define _tcsupr _strupr
#define _tcserror strerror

#define _tcstol strtol
#define _tcstoul strtoul
#define _tcstoi64 strtoll
#define _tcstoui64 strtoull
#define _tcstod strtod
#define _ttoi atoi
#define _ttol atol
#define _ttoi64 _atoi64
#define _tstoi atoi
#define _tstol atol
#define _tstoi64 _atoi64
#define _tstof atof
#define _ttof atof
#define _itot _itoa
#define _ltot _ltoa
#define _ultot _ultoa
#define _i64tot _i64toa
#define _ui64tot _ui64toa
#define _itot_s _itoa_s
#define _i64tot_s _i64toa_s
#define _ui64tot_s _ui64toa_s

#define _tfopen fopen
#define _tfopen_s fopen_s
#define _tgetenv getenv
#define _tremove remove
#define _tunlink unlink
#define _trename rename
#define _tsystem system

#define _totlower tolower
#define _totupper toupper
#define _istalpha isalpha
#define _istdigit isdigit
#define _istxdigit isxdigit
#define _istspace isspace
#define _istupper isupper
#define _istlower islower
#define _istalnum isalnum
#define _istpunct ispunct
#define _istprint isprint
#define _istgraph isgraph
#define _istcntrl iscntrl

#endif

#define _T(x) __T(x)
#define _TEXT(x) __T(x)

#endif
