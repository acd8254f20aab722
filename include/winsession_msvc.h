/*
 * MSVC keywords and calling conventions for gcc and clang on Linux, as
 * mingw-w64's _mingw.h and Wine's windef.h give them. Included by every
 * base header (sal.h, basetsd.h, minwindef.h); does nothing under MSVC.
 *
 * x86-64 Linux has one calling convention (System V), which is the one
 * libwinsession's exports use (Rust's extern "system" is extern "C" there),
 * so __cdecl, __stdcall and friends expand to nothing.
 */
#ifndef WINSESSION_MSVC_H
#define WINSESSION_MSVC_H

#if !defined(_MSC_VER)

#ifndef __cdecl
#define __cdecl
#endif
#ifndef __stdcall
#define __stdcall
#endif
#ifndef __fastcall
#define __fastcall
#endif
#ifndef __thiscall
#define __thiscall
#endif
#ifndef __vectorcall
#define __vectorcall
#endif
#ifndef __clrcall
#define __clrcall
#endif
#ifndef _cdecl
#define _cdecl
#endif
#ifndef _stdcall
#define _stdcall
#endif
#ifndef _fastcall
#define _fastcall
#endif

/* __inline and __inline__ are gcc keywords already. __forceinline is
 * mingw-w64's: gnu_inline extern inline never emits an out-of-line copy, so
 * a header may define the same function in many translation units. */
#ifndef __forceinline
#define __forceinline extern __inline__ __attribute__((__always_inline__, __gnu_inline__))
#endif

/* Sized integer keywords (`unsigned __int64` must work: they are macros for
 * the plain types, not typedefs). Windows is LLP64: __int64 is long long. */
#ifndef __int8
#define __int8 char
#endif
#ifndef __int16
#define __int16 short
#endif
#ifndef __int32
#define __int32 int
#endif
#ifndef __int64
#define __int64 long long
#endif

/* Pointer-size qualifiers of 32/64-bit Windows: nothing on x86-64 Linux,
 * which like x64 Windows tolerates unaligned accesses. */
#ifndef __w64
#define __w64
#endif
#ifndef __ptr64
#define __ptr64
#endif
#ifndef __ptr32
#define __ptr32
#endif
#ifndef __unaligned
#define __unaligned
#endif

/*
 * __declspec(x): token pasting onto __WINSESSION_DECLSPEC_x, as winegcc and
 * mingw-w64 do, so every MSVC specifier maps to its gcc attribute or to
 * nothing; one with arguments (align(16), uuid("..."), deprecated("...")
 * through DECLSPEC_DEPRECATED_MSG) pastes onto a function-like macro. An
 * unknown specifier fails to compile naming __WINSESSION_DECLSPEC_<it>.
 */
#ifndef __declspec
#define __declspec(x) __WINSESSION_DECLSPEC_##x
#endif
#define __WINSESSION_DECLSPEC_dllimport
#define __WINSESSION_DECLSPEC_dllexport __attribute__((__visibility__("default")))
#define __WINSESSION_DECLSPEC_noinline __attribute__((__noinline__))
#define __WINSESSION_DECLSPEC_noreturn __attribute__((__noreturn__))
#define __WINSESSION_DECLSPEC_nothrow __attribute__((__nothrow__))
#define __WINSESSION_DECLSPEC_novtable
#define __WINSESSION_DECLSPEC_empty_bases
#define __WINSESSION_DECLSPEC_naked __attribute__((__naked__))
#define __WINSESSION_DECLSPEC_noalias
#define __WINSESSION_DECLSPEC_restrict
#define __WINSESSION_DECLSPEC_safebuffers
#define __WINSESSION_DECLSPEC_allocator
#define __WINSESSION_DECLSPEC_selectany __attribute__((__weak__))
#define __WINSESSION_DECLSPEC_thread __thread
#define __WINSESSION_DECLSPEC_deprecated __attribute__((__deprecated__))
#define __WINSESSION_DECLSPEC_align(n) __attribute__((__aligned__(n)))
#define __WINSESSION_DECLSPEC_uuid(id)
#define __WINSESSION_DECLSPEC_code_seg(seg)
#define __WINSESSION_DECLSPEC_property(...)

/* __pragma(x) is MSVC's _Pragma taking tokens rather than a string. */
#ifndef __pragma
#define __pragma(x) _Pragma(#x)
#endif
/* __noop(args) evaluates nothing. */
#if !defined(__noop) && !(defined(__has_builtin) && __has_builtin(__noop))
#define __noop(...) ((void)0)
#endif
#if !defined(__assume) && !(defined(__has_builtin) && __has_builtin(__assume))
#define __assume(e) ((e) ? (void)0 : __builtin_unreachable())
#endif
#ifndef _alloca
#define _alloca(size) __builtin_alloca(size)
#endif
/* clang with -fms-extensions has it as a builtin. */
#if !defined(__debugbreak) && !(defined(__has_builtin) && __has_builtin(__debugbreak))
#if defined(__x86_64__) || defined(__i386__)
/* int3, as MSVC's intrinsic: a debugger stops here, without one SIGTRAP. */
static __inline__ __attribute__((__always_inline__)) void __debugbreak(void) { __asm__ __volatile__("int3"); }
#else
static __inline__ __attribute__((__always_inline__)) void __debugbreak(void) { __builtin_trap(); }
#endif
#endif

#endif /* !_MSC_VER */

#endif
