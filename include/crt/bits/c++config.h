/*
 * libstdc++'s configuration, with one change for 16-bit wchar_t: the
 * library binary's std::wstring was compiled for 32-bit wchar_t, so a
 * program built with -fshort-wchar must not use it. _GLIBCXX_EXTERN_TEMPLATE
 * -1 is libstdc++'s own switch (used for _GLIBCXX_ASSERTIONS) that turns off
 * the extern template declarations of basic_string only: the program then
 * instantiates std::wstring itself, and its char_traits<wchar_t> calls
 * (wcslen, wmemcpy, ...) reach the C runtime's 16-bit functions.
 * Wide iostreams and locale facets still come from the library binary and
 * are not usable with 16-bit wchar_t (README, "Building Windows code").
 */
#ifndef WINSESSION_CRT_CXXCONFIG_H
#define WINSESSION_CRT_CXXCONFIG_H
#include_next <bits/c++config.h>
#undef _GLIBCXX_EXTERN_TEMPLATE
#define _GLIBCXX_EXTERN_TEMPLATE -1
#endif
