/* winnt.h for winsession: the Windows NT base types, the memory and
 * structure macros, the synchronisation layouts (RTL_CRITICAL_SECTION,
 * SRW locks, condition variables, run-once) and the Interlocked intrinsics,
 * shaped as the Windows SDK declares them. */
#ifndef WINSESSION_WINNT_H
#define WINSESSION_WINNT_H

/* MSVC's vcruntime.h, which the SDK's headers include, makes intptr_t,
 * uintptr_t, size_t and ptrdiff_t visible after <windows.h>; memset and
 * memcpy are what ZeroMemory and CopyMemory expand to. */
#include <stdint.h>
#include <string.h>
#include "minwindef.h"
#include "guiddef.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Declaration specifiers as the SDK names them (see winsession_msvc.h). */
#define DECLSPEC_IMPORT __declspec(dllimport)
#define DECLSPEC_EXPORT __declspec(dllexport)
#define DECLSPEC_NORETURN __declspec(noreturn)
#define DECLSPEC_NOTHROW __declspec(nothrow)
#define DECLSPEC_NOINLINE __declspec(noinline)
#define DECLSPEC_NOVTABLE __declspec(novtable)
#define DECLSPEC_SELECTANY __declspec(selectany)
#define DECLSPEC_ALIGN(x) __declspec(align(x))
#define DECLSPEC_CACHEALIGN DECLSPEC_ALIGN(64)
#define DECLSPEC_UUID(x) __declspec(uuid(x))
#define DECLSPEC_DEPRECATED __declspec(deprecated)
#define DEPRECATE_SUPPORTED
#define DECLSPEC_GUARDNOCF
#define DECLSPEC_NOSANITIZE_ADDRESS
#define DECLSPEC_ADDRSAFE
#define DECLSPEC_SAFEBUFFERS
#define DECLSPEC_RESTRICT
#define DECLSPEC_ALLOCATOR
#define DECLSPEC_NOALIAS
#define DECLSPEC_CHPE_GUEST
#define DECLSPEC_HOTPATCH
#ifndef FORCEINLINE
#define FORCEINLINE __forceinline
#endif
#define NOP_FUNCTION (void)0
#define C_ASSERT(e) typedef char __C_ASSERT__[(e) ? 1 : -1] __attribute__((__unused__))
#define UNALIGNED
#define UNALIGNED64
#define RESTRICTED_POINTER
#define POINTER_64
#define POINTER_32
#define POINTER_SIGNED
#define POINTER_UNSIGNED
#define SPOINTER_32
#define UPOINTER_32
#define STDAPICALLTYPE __stdcall
#define NTAPI_INLINE NTAPI
#ifndef EXTERN_C
#ifdef __cplusplus
#define EXTERN_C extern "C"
#else
#define EXTERN_C extern
#endif
#endif
#ifndef EXTERN_C_START
#ifdef __cplusplus
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C_START
#define EXTERN_C_END
#endif
#endif

typedef char CHAR, *PCHAR, *LPCH, *PCH, *NPSTR, *LPSTR, *PSTR, *PZZSTR, *PNZCH;
typedef const CHAR *LPCCH, *PCCH, *LPCSTR, *PCSTR, *PCZZSTR, *PCNZCH;
typedef short SHORT, *PSHORT;
typedef int LONG, *PLONG;
typedef wchar_t WCHAR, *PWCHAR, *LPWCH, *PWCH, *NWPSTR, *LPWSTR, *PWSTR, *PZZWSTR, *PNZWCH, *LPUWSTR, *PUWSTR;
typedef const WCHAR *LPCWCH, *PCWCH, *LPCWSTR, *PCWSTR, *PCZZWSTR, *PCNZWCH, *LPCUWSTR, *PCUWSTR;
typedef void *PVOID, *PVOID64;
typedef long long LONGLONG, *PLONGLONG;
typedef unsigned long long ULONGLONG, *PULONGLONG, DWORDLONG, *PDWORDLONG;
typedef LONGLONG USN;
typedef BYTE BOOLEAN, *PBOOLEAN;
typedef char CCHAR;
typedef DWORD LCID, *PLCID;
typedef WORD LANGID;
typedef LONG HRESULT;
typedef DWORD ACCESS_MASK, *PACCESS_MASK;
typedef void *PSID;

typedef enum _SID_NAME_USE {
    SidTypeUser = 1,
    SidTypeGroup,
    SidTypeDomain,
    SidTypeAlias,
    SidTypeWellKnownGroup,
    SidTypeDeletedAccount,
    SidTypeInvalid,
    SidTypeUnknown,
    SidTypeComputer,
    SidTypeLabel,
    SidTypeLogonSession
} SID_NAME_USE, *PSID_NAME_USE;
typedef void *PSECURITY_DESCRIPTOR;
typedef DWORD SECURITY_INFORMATION, *PSECURITY_INFORMATION;
typedef DWORD EXECUTION_STATE;

/* TCHAR: UTF-16 with UNICODE, UTF-8 "ANSI" without, as on Windows. */
#ifdef UNICODE
#ifndef _TCHAR_DEFINED
#define _TCHAR_DEFINED
typedef WCHAR TCHAR, *PTCHAR;
typedef WCHAR TBYTE, *PTBYTE;
#endif
typedef LPWCH LPTCH, PTCH;
typedef LPWSTR PTSTR, LPTSTR;
typedef LPCWSTR PCTSTR, LPCTSTR;
typedef LPUWSTR PUTSTR, LPUTSTR;
typedef LPCUWSTR PCUTSTR, LPCUTSTR;
#define __TEXT(quote) L##quote
#else
#ifndef _TCHAR_DEFINED
#define _TCHAR_DEFINED
typedef char TCHAR, *PTCHAR;
typedef unsigned char TBYTE, *PTBYTE;
#endif
typedef LPCH LPTCH, PTCH;
typedef LPSTR PTSTR, LPTSTR, PUTSTR, LPUTSTR;
typedef LPCSTR PCTSTR, LPCTSTR, PCUTSTR, LPCUTSTR;
#define __TEXT(quote) quote
#endif
#define TEXT(quote) __TEXT(quote)

/* LARGE_INTEGER with the anonymous struct (li.LowPart) and the named u. */
typedef union _LARGE_INTEGER {
    struct {
        DWORD LowPart;
        LONG HighPart;
    };
    struct {
        DWORD LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct {
        DWORD LowPart;
        DWORD HighPart;
    };
    struct {
        DWORD LowPart;
        DWORD HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef struct _LUID {
    DWORD LowPart;
    LONG HighPart;
} LUID, *PLUID;

typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY, *PRLIST_ENTRY;

typedef struct _SINGLE_LIST_ENTRY {
    struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

/* RTL_CRITICAL_SECTION: 40 bytes, the layout kernel32 keeps its state in. */
typedef struct _RTL_CRITICAL_SECTION_DEBUG {
    WORD Type;
    WORD CreatorBackTraceIndex;
    struct _RTL_CRITICAL_SECTION *CriticalSection;
    LIST_ENTRY ProcessLocksList;
    DWORD EntryCount;
    DWORD ContentionCount;
    DWORD Flags;
    WORD CreatorBackTraceIndexHigh;
    WORD Identifier;
} RTL_CRITICAL_SECTION_DEBUG, *PRTL_CRITICAL_SECTION_DEBUG, RTL_RESOURCE_DEBUG, *PRTL_RESOURCE_DEBUG;

typedef struct _RTL_CRITICAL_SECTION {
    PRTL_CRITICAL_SECTION_DEBUG DebugInfo;
    LONG LockCount;
    LONG RecursionCount;
    HANDLE OwningThread;
    HANDLE LockSemaphore;
    ULONG_PTR SpinCount;
} RTL_CRITICAL_SECTION, *PRTL_CRITICAL_SECTION;

typedef struct _RTL_SRWLOCK {
    PVOID Ptr;
} RTL_SRWLOCK, *PRTL_SRWLOCK;
#define RTL_SRWLOCK_INIT {0}

typedef struct _RTL_CONDITION_VARIABLE {
    PVOID Ptr;
} RTL_CONDITION_VARIABLE, *PRTL_CONDITION_VARIABLE;
#define RTL_CONDITION_VARIABLE_INIT {0}

typedef union _RTL_RUN_ONCE {
    PVOID Ptr;
} RTL_RUN_ONCE, *PRTL_RUN_ONCE;
#define RTL_RUN_ONCE_INIT {0}

typedef VOID (NTAPI *PAPCFUNC)(ULONG_PTR Parameter);
typedef VOID (NTAPI *WAITORTIMERCALLBACKFUNC)(PVOID, BOOLEAN);
typedef VOID (NTAPI *WORKERCALLBACKFUNC)(PVOID);
typedef VOID (NTAPI *PFLS_CALLBACK_FUNCTION)(PVOID lpFlsData);

typedef struct _OSVERSIONINFOA {
    DWORD dwOSVersionInfoSize;
    DWORD dwMajorVersion;
    DWORD dwMinorVersion;
    DWORD dwBuildNumber;
    DWORD dwPlatformId;
    CHAR szCSDVersion[128];
} OSVERSIONINFOA, *POSVERSIONINFOA, *LPOSVERSIONINFOA;
typedef struct _OSVERSIONINFOW {
    DWORD dwOSVersionInfoSize;
    DWORD dwMajorVersion;
    DWORD dwMinorVersion;
    DWORD dwBuildNumber;
    DWORD dwPlatformId;
    WCHAR szCSDVersion[128];
} OSVERSIONINFOW, *POSVERSIONINFOW, *LPOSVERSIONINFOW, RTL_OSVERSIONINFOW, *PRTL_OSVERSIONINFOW;
typedef struct _OSVERSIONINFOEXA {
    DWORD dwOSVersionInfoSize;
    DWORD dwMajorVersion;
    DWORD dwMinorVersion;
    DWORD dwBuildNumber;
    DWORD dwPlatformId;
    CHAR szCSDVersion[128];
    WORD wServicePackMajor;
    WORD wServicePackMinor;
    WORD wSuiteMask;
    BYTE wProductType;
    BYTE wReserved;
} OSVERSIONINFOEXA, *POSVERSIONINFOEXA, *LPOSVERSIONINFOEXA;
typedef struct _OSVERSIONINFOEXW {
    DWORD dwOSVersionInfoSize;
    DWORD dwMajorVersion;
    DWORD dwMinorVersion;
    DWORD dwBuildNumber;
    DWORD dwPlatformId;
    WCHAR szCSDVersion[128];
    WORD wServicePackMajor;
    WORD wServicePackMinor;
    WORD wSuiteMask;
    BYTE wProductType;
    BYTE wReserved;
} OSVERSIONINFOEXW, *POSVERSIONINFOEXW, *LPOSVERSIONINFOEXW, RTL_OSVERSIONINFOEXW, *PRTL_OSVERSIONINFOEXW;
#ifdef UNICODE
typedef OSVERSIONINFOW OSVERSIONINFO, *POSVERSIONINFO, *LPOSVERSIONINFO;
typedef OSVERSIONINFOEXW OSVERSIONINFOEX, *POSVERSIONINFOEX, *LPOSVERSIONINFOEX;
#else
typedef OSVERSIONINFOA OSVERSIONINFO, *POSVERSIONINFO, *LPOSVERSIONINFO;
typedef OSVERSIONINFOEXA OSVERSIONINFOEX, *POSVERSIONINFOEX, *LPOSVERSIONINFOEX;
#endif

/* Languages and locales (the LANG_ and SUBLANG_ values are generated). */
#define MAKELANGID(p, s) ((((WORD)(s)) << 10) | (WORD)(p))
#define PRIMARYLANGID(lgid) ((WORD)(lgid) & 0x3ff)
#define SUBLANGID(lgid) ((WORD)(lgid) >> 10)
#define MAKELCID(lgid, srtid) ((DWORD)((((DWORD)((WORD)(srtid))) << 16) | ((DWORD)((WORD)(lgid)))))
#define MAKESORTLCID(lgid, srtid, ver) ((DWORD)((MAKELCID(lgid, srtid)) | (((DWORD)((WORD)(ver))) << 20)))
#define LANGIDFROMLCID(lcid) ((WORD)(lcid))
#define SORTIDFROMLCID(lcid) ((WORD)((((DWORD)(lcid)) >> 16) & 0xf))
#define SORTVERSIONFROMLCID(lcid) ((WORD)((((DWORD)(lcid)) >> 20) & 0xf))
#define LANG_SYSTEM_DEFAULT (MAKELANGID(LANG_NEUTRAL, SUBLANG_SYS_DEFAULT))
#define LANG_USER_DEFAULT (MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT))
#define LOCALE_INVARIANT (MAKELCID(MAKELANGID(LANG_INVARIANT, SUBLANG_NEUTRAL), SORT_DEFAULT))
#define LOCALE_CUSTOM_DEFAULT (MAKELCID(MAKELANGID(LANG_NEUTRAL, SUBLANG_CUSTOM_DEFAULT), SORT_DEFAULT))
#define LOCALE_CUSTOM_UNSPECIFIED (MAKELCID(MAKELANGID(LANG_NEUTRAL, SUBLANG_CUSTOM_UNSPECIFIED), SORT_DEFAULT))
#define LOCALE_CUSTOM_UI_DEFAULT (MAKELCID(MAKELANGID(LANG_NEUTRAL, SUBLANG_UI_CUSTOM_DEFAULT), SORT_DEFAULT))
#define LOCALE_NEUTRAL (MAKELCID(MAKELANGID(LANG_NEUTRAL, SUBLANG_NEUTRAL), SORT_DEFAULT))

/* Structure and memory macros. */
#define FIELD_OFFSET(type, field) ((LONG)offsetof(type, field))
#define UFIELD_OFFSET(type, field) ((DWORD)offsetof(type, field))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field) (FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define RTL_NUMBER_OF_V1(A) (sizeof(A) / sizeof((A)[0]))
#define RTL_NUMBER_OF(A) RTL_NUMBER_OF_V1(A)
#define RTL_NUMBER_OF_V2(A) RTL_NUMBER_OF_V1(A)
#define ARRAYSIZE(A) RTL_NUMBER_OF_V1(A)
#define _ARRAYSIZE(A) RTL_NUMBER_OF_V1(A)
#define RTL_NUMBER_OF_FIELD(type, field) (RTL_NUMBER_OF(RTL_FIELD_SIZE(type, field)))
#define CONTAINING_RECORD(address, type, field) ((type *)((PCHAR)(address) - (ULONG_PTR)(&((type *)0)->field)))
#define RTL_CONTAINS_FIELD(Struct, Size, Field) \
    ((((PCHAR)(&(Struct)->Field)) + sizeof((Struct)->Field)) <= (((PCHAR)(Struct)) + (Size)))
#define UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))
#define RtlEqualMemory(Destination, Source, Length) (!memcmp((Destination), (Source), (Length)))
#define RtlMoveMemory(Destination, Source, Length) memmove((Destination), (Source), (Length))
#define RtlCopyMemory(Destination, Source, Length) memcpy((Destination), (Source), (Length))
#define RtlFillMemory(Destination, Length, Fill) memset((Destination), (Fill), (Length))
#define RtlZeroMemory(Destination, Length) memset((Destination), 0, (Length))
/* The compiler may not drop these stores, as it may a memset before free. */
static __inline__ PVOID RtlSecureZeroMemory(PVOID ptr, SIZE_T cnt) {
    volatile char *vptr = (volatile char *)ptr;
    while (cnt) {
        *vptr++ = 0;
        cnt--;
    }
    return ptr;
}
#define Int32x32To64(a, b) (((LONGLONG)((LONG)(a))) * ((LONGLONG)((LONG)(b))))
#define UInt32x32To64(a, b) (((ULONGLONG)((unsigned int)(a))) * ((ULONGLONG)((unsigned int)(b))))

#ifdef __cplusplus
}
/* Bitwise operators for a C++ flags enum, as the SDK's macro. */
#define DEFINE_ENUM_FLAG_OPERATORS(ENUMTYPE) \
    extern "C++" { \
    inline constexpr ENUMTYPE operator|(ENUMTYPE a, ENUMTYPE b) noexcept { return ENUMTYPE(((__underlying_type(ENUMTYPE))a) | ((__underlying_type(ENUMTYPE))b)); } \
    inline ENUMTYPE &operator|=(ENUMTYPE &a, ENUMTYPE b) noexcept { return a = a | b; } \
    inline constexpr ENUMTYPE operator&(ENUMTYPE a, ENUMTYPE b) noexcept { return ENUMTYPE(((__underlying_type(ENUMTYPE))a) & ((__underlying_type(ENUMTYPE))b)); } \
    inline ENUMTYPE &operator&=(ENUMTYPE &a, ENUMTYPE b) noexcept { return a = a & b; } \
    inline constexpr ENUMTYPE operator~(ENUMTYPE a) noexcept { return ENUMTYPE(~((__underlying_type(ENUMTYPE))a)); } \
    inline constexpr ENUMTYPE operator^(ENUMTYPE a, ENUMTYPE b) noexcept { return ENUMTYPE(((__underlying_type(ENUMTYPE))a) ^ ((__underlying_type(ENUMTYPE))b)); } \
    inline ENUMTYPE &operator^=(ENUMTYPE &a, ENUMTYPE b) noexcept { return a = a ^ b; } \
    }
#else
#define DEFINE_ENUM_FLAG_OPERATORS(ENUMTYPE)
#endif

/*
 * Interlocked operations, inline as the SDK's intrinsics are, on gcc's
 * __atomic builtins with sequential consistency (a full barrier, as on
 * Windows). Windows code often declares its counters `long`, which is
 * 64-bit here: C++ gets overloads for long, C a _Generic dispatch, so both
 * LONG* and long* work without a warning.
 */
#define WINSESSION_INTERLOCKED(T, S)                                                                           \
    static __inline__ T InterlockedIncrement##S(T volatile *a) { return __atomic_add_fetch(a, 1, __ATOMIC_SEQ_CST); } \
    static __inline__ T InterlockedDecrement##S(T volatile *a) { return __atomic_sub_fetch(a, 1, __ATOMIC_SEQ_CST); } \
    static __inline__ T InterlockedExchange##S(T volatile *t, T v) { return __atomic_exchange_n(t, v, __ATOMIC_SEQ_CST); } \
    static __inline__ T InterlockedExchangeAdd##S(T volatile *a, T v) { return __atomic_fetch_add(a, v, __ATOMIC_SEQ_CST); } \
    static __inline__ T InterlockedAdd##S(T volatile *a, T v) { return __atomic_add_fetch(a, v, __ATOMIC_SEQ_CST); } \
    static __inline__ T InterlockedAnd##S(T volatile *d, T v) { return __atomic_fetch_and(d, v, __ATOMIC_SEQ_CST); } \
    static __inline__ T InterlockedOr##S(T volatile *d, T v) { return __atomic_fetch_or(d, v, __ATOMIC_SEQ_CST); } \
    static __inline__ T InterlockedXor##S(T volatile *d, T v) { return __atomic_fetch_xor(d, v, __ATOMIC_SEQ_CST); } \
    static __inline__ T InterlockedCompareExchange##S(T volatile *d, T exchange, T comperand) {                 \
        __atomic_compare_exchange_n(d, &comperand, exchange, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);            \
        return comperand;                                                                                        \
    }

#ifdef __cplusplus
/* One set per type: C++ picks by overload; the LONG and LONG64 ones keep
 * the SDK's names. */
WINSESSION_INTERLOCKED(LONG, )
WINSESSION_INTERLOCKED(long, )
WINSESSION_INTERLOCKED(LONG64, 64)
WINSESSION_INTERLOCKED(long, 64)
#else
WINSESSION_INTERLOCKED(LONG, )
WINSESSION_INTERLOCKED(long, Long_)
WINSESSION_INTERLOCKED(LONG64, 64)
WINSESSION_INTERLOCKED(long, 64Long_)
#define WINSESSION_INTERLOCKED_GENERIC(name, p, ...)                                                \
    _Generic((p), long *: name##Long_, volatile long *: name##Long_, default: name)(p, ##__VA_ARGS__)
#define WINSESSION_INTERLOCKED_GENERIC64(name, p, ...)                                              \
    _Generic((p), long *: name##64Long_, volatile long *: name##64Long_, default: name##64)(p, ##__VA_ARGS__)
#define InterlockedIncrement(p) WINSESSION_INTERLOCKED_GENERIC(InterlockedIncrement, p)
#define InterlockedDecrement(p) WINSESSION_INTERLOCKED_GENERIC(InterlockedDecrement, p)
#define InterlockedExchange(p, v) WINSESSION_INTERLOCKED_GENERIC(InterlockedExchange, p, v)
#define InterlockedExchangeAdd(p, v) WINSESSION_INTERLOCKED_GENERIC(InterlockedExchangeAdd, p, v)
#define InterlockedAdd(p, v) WINSESSION_INTERLOCKED_GENERIC(InterlockedAdd, p, v)
#define InterlockedAnd(p, v) WINSESSION_INTERLOCKED_GENERIC(InterlockedAnd, p, v)
#define InterlockedOr(p, v) WINSESSION_INTERLOCKED_GENERIC(InterlockedOr, p, v)
#define InterlockedXor(p, v) WINSESSION_INTERLOCKED_GENERIC(InterlockedXor, p, v)
#define InterlockedCompareExchange(p, e, c) WINSESSION_INTERLOCKED_GENERIC(InterlockedCompareExchange, p, e, c)
#define InterlockedIncrement64(p) WINSESSION_INTERLOCKED_GENERIC64(InterlockedIncrement, p)
#define InterlockedDecrement64(p) WINSESSION_INTERLOCKED_GENERIC64(InterlockedDecrement, p)
#define InterlockedExchange64(p, v) WINSESSION_INTERLOCKED_GENERIC64(InterlockedExchange, p, v)
#define InterlockedExchangeAdd64(p, v) WINSESSION_INTERLOCKED_GENERIC64(InterlockedExchangeAdd, p, v)
#define InterlockedAdd64(p, v) WINSESSION_INTERLOCKED_GENERIC64(InterlockedAdd, p, v)
#define InterlockedAnd64(p, v) WINSESSION_INTERLOCKED_GENERIC64(InterlockedAnd, p, v)
#define InterlockedOr64(p, v) WINSESSION_INTERLOCKED_GENERIC64(InterlockedOr, p, v)
#define InterlockedXor64(p, v) WINSESSION_INTERLOCKED_GENERIC64(InterlockedXor, p, v)
#define InterlockedCompareExchange64(p, e, c) WINSESSION_INTERLOCKED_GENERIC64(InterlockedCompareExchange, p, e, c)
#endif
WINSESSION_INTERLOCKED(SHORT, 16)
static __inline__ CHAR InterlockedExchange8(CHAR volatile *t, CHAR v) { return __atomic_exchange_n(t, v, __ATOMIC_SEQ_CST); }
static __inline__ CHAR InterlockedAnd8(CHAR volatile *d, CHAR v) { return __atomic_fetch_and(d, v, __ATOMIC_SEQ_CST); }
static __inline__ CHAR InterlockedOr8(CHAR volatile *d, CHAR v) { return __atomic_fetch_or(d, v, __ATOMIC_SEQ_CST); }
static __inline__ CHAR InterlockedXor8(CHAR volatile *d, CHAR v) { return __atomic_fetch_xor(d, v, __ATOMIC_SEQ_CST); }
#undef WINSESSION_INTERLOCKED

static __inline__ PVOID InterlockedExchangePointer(PVOID volatile *Target, PVOID Value) {
    return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}
static __inline__ PVOID InterlockedCompareExchangePointer(PVOID volatile *Destination, PVOID ExChange, PVOID Comperand) {
    __atomic_compare_exchange_n(Destination, &Comperand, ExChange, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return Comperand;
}

/* The ordering variants: a full barrier is at least as strong. */
#define InterlockedIncrementAcquire InterlockedIncrement
#define InterlockedIncrementRelease InterlockedIncrement
#define InterlockedIncrementNoFence InterlockedIncrement
#define InterlockedDecrementAcquire InterlockedDecrement
#define InterlockedDecrementRelease InterlockedDecrement
#define InterlockedDecrementNoFence InterlockedDecrement
#define InterlockedExchangeAcquire InterlockedExchange
#define InterlockedExchangeNoFence InterlockedExchange
#define InterlockedExchangeAddAcquire InterlockedExchangeAdd
#define InterlockedExchangeAddRelease InterlockedExchangeAdd
#define InterlockedExchangeAddNoFence InterlockedExchangeAdd
#define InterlockedCompareExchangeAcquire InterlockedCompareExchange
#define InterlockedCompareExchangeRelease InterlockedCompareExchange
#define InterlockedCompareExchangeNoFence InterlockedCompareExchange
#define InterlockedOrAcquire InterlockedOr
#define InterlockedOrRelease InterlockedOr
#define InterlockedAndAcquire InterlockedAnd
#define InterlockedAndRelease InterlockedAnd
#define InterlockedIncrementAcquire64 InterlockedIncrement64
#define InterlockedIncrementRelease64 InterlockedIncrement64
#define InterlockedDecrementAcquire64 InterlockedDecrement64
#define InterlockedDecrementRelease64 InterlockedDecrement64
#define InterlockedCompareExchangeAcquire64 InterlockedCompareExchange64
#define InterlockedCompareExchangeRelease64 InterlockedCompareExchange64
#define InterlockedExchangePointerAcquire InterlockedExchangePointer
#define InterlockedExchangePointerNoFence InterlockedExchangePointer
#define InterlockedCompareExchangePointerAcquire InterlockedCompareExchangePointer
#define InterlockedCompareExchangePointerRelease InterlockedCompareExchangePointer
#define InterlockedCompareExchangePointerNoFence InterlockedCompareExchangePointer
/* The compiler intrinsics' own names. */
#define _InterlockedIncrement InterlockedIncrement
#define _InterlockedDecrement InterlockedDecrement
#define _InterlockedExchange InterlockedExchange
#define _InterlockedExchangeAdd InterlockedExchangeAdd
#define _InterlockedCompareExchange InterlockedCompareExchange
#define _InterlockedAnd InterlockedAnd
#define _InterlockedOr InterlockedOr
#define _InterlockedXor InterlockedXor
#define _InterlockedIncrement64 InterlockedIncrement64
#define _InterlockedDecrement64 InterlockedDecrement64
#define _InterlockedExchange64 InterlockedExchange64
#define _InterlockedExchangeAdd64 InterlockedExchangeAdd64
#define _InterlockedCompareExchange64 InterlockedCompareExchange64
#define _InterlockedIncrement16 InterlockedIncrement16
#define _InterlockedDecrement16 InterlockedDecrement16
#define _InterlockedCompareExchange16 InterlockedCompareExchange16
#define _InterlockedExchangePointer InterlockedExchangePointer
#define _InterlockedCompareExchangePointer InterlockedCompareExchangePointer

#define MemoryBarrier() __atomic_thread_fence(__ATOMIC_SEQ_CST)
#define _ReadWriteBarrier() __atomic_signal_fence(__ATOMIC_SEQ_CST)
#define _ReadBarrier() __atomic_signal_fence(__ATOMIC_SEQ_CST)
#define _WriteBarrier() __atomic_signal_fence(__ATOMIC_SEQ_CST)
#if defined(__x86_64__) || defined(__i386__)
#define YieldProcessor() __builtin_ia32_pause()
#else
#define YieldProcessor() ((void)0)
#endif
#define PreFetchCacheLine(l, a) __builtin_prefetch((const void *)(a))

/* Generated by tools/sdk-headers/gen.py from Microsoft's metadata (windows-sys): do not edit. */
#define DBG_COMMAND_EXCEPTION ((DWORD)0x40010009)
#define DBG_CONTINUE ((DWORD)0x00010002)
#define DBG_CONTROL_BREAK ((DWORD)0x40010008)
#define DBG_CONTROL_C ((DWORD)0x40010005)
#define DBG_EXCEPTION_HANDLED ((DWORD)0x00010001)
#define DBG_EXCEPTION_NOT_HANDLED ((DWORD)0x80010001)
#define DBG_PRINTEXCEPTION_C ((DWORD)0x40010006)
#define DBG_RIPEXCEPTION ((DWORD)0x40010007)
#define DBG_TERMINATE_PROCESS ((DWORD)0x40010004)
#define DBG_TERMINATE_THREAD ((DWORD)0x40010003)
#define DUPLICATE_CLOSE_SOURCE 1
#define DUPLICATE_SAME_ACCESS 2
#define GENERIC_ALL 268435456
#define GENERIC_EXECUTE 536870912
#define GENERIC_READ 0x80000000
#define GENERIC_WRITE 1073741824
#define STATUS_ABANDONED_WAIT_0 ((DWORD)0x00000080)
#define STATUS_ACCESS_VIOLATION ((DWORD)0xC0000005)
#define STATUS_ALREADY_REGISTERED ((DWORD)0xC0000718)
#define STATUS_ARRAY_BOUNDS_EXCEEDED ((DWORD)0xC000008C)
#define STATUS_ASSERTION_FAILURE ((DWORD)0xC0000420)
#define STATUS_BREAKPOINT ((DWORD)0x80000003)
#define STATUS_CONTROL_C_EXIT ((DWORD)0xC000013A)
#define STATUS_DATATYPE_MISALIGNMENT ((DWORD)0x80000002)
#define STATUS_DLL_INIT_FAILED ((DWORD)0xC0000142)
#define STATUS_DLL_NOT_FOUND ((DWORD)0xC0000135)
#define STATUS_ENCLAVE_VIOLATION ((DWORD)0xC00004A2)
#define STATUS_ENTRYPOINT_NOT_FOUND ((DWORD)0xC0000139)
#define STATUS_FATAL_APP_EXIT ((DWORD)0x40000015)
#define STATUS_FLOAT_DENORMAL_OPERAND ((DWORD)0xC000008D)
#define STATUS_FLOAT_DIVIDE_BY_ZERO ((DWORD)0xC000008E)
#define STATUS_FLOAT_INEXACT_RESULT ((DWORD)0xC000008F)
#define STATUS_FLOAT_INVALID_OPERATION ((DWORD)0xC0000090)
#define STATUS_FLOAT_MULTIPLE_FAULTS ((DWORD)0xC00002B4)
#define STATUS_FLOAT_MULTIPLE_TRAPS ((DWORD)0xC00002B5)
#define STATUS_FLOAT_OVERFLOW ((DWORD)0xC0000091)
#define STATUS_FLOAT_STACK_CHECK ((DWORD)0xC0000092)
#define STATUS_FLOAT_UNDERFLOW ((DWORD)0xC0000093)
#define STATUS_GUARD_PAGE_VIOLATION ((DWORD)0x80000001)
#define STATUS_HEAP_CORRUPTION ((DWORD)0xC0000374)
#define STATUS_ILLEGAL_INSTRUCTION ((DWORD)0xC000001D)
#define STATUS_INTEGER_DIVIDE_BY_ZERO ((DWORD)0xC0000094)
#define STATUS_INTEGER_OVERFLOW ((DWORD)0xC0000095)
#define STATUS_INTERRUPTED ((DWORD)0xC0000515)
#define STATUS_INVALID_CRUNTIME_PARAMETER ((DWORD)0xC0000417)
#define STATUS_INVALID_DISPOSITION ((DWORD)0xC0000026)
#define STATUS_INVALID_HANDLE ((DWORD)0xC0000008)
#define STATUS_INVALID_PARAMETER ((DWORD)0xC000000D)
#define STATUS_IN_PAGE_ERROR ((DWORD)0xC0000006)
#define STATUS_LONGJUMP ((DWORD)0x80000026)
#define STATUS_NONCONTINUABLE_EXCEPTION ((DWORD)0xC0000025)
#define STATUS_NO_MEMORY ((DWORD)0xC0000017)
#define STATUS_ORDINAL_NOT_FOUND ((DWORD)0xC0000138)
#define STATUS_PENDING ((DWORD)0x00000103)
#define STATUS_PRIVILEGED_INSTRUCTION ((DWORD)0xC0000096)
#define STATUS_REG_NAT_CONSUMPTION ((DWORD)0xC00002C9)
#define STATUS_SEGMENT_NOTIFICATION ((DWORD)0x40000005)
#define STATUS_SINGLE_STEP ((DWORD)0x80000004)
#define STATUS_STACK_BUFFER_OVERRUN ((DWORD)0xC0000409)
#define STATUS_STACK_OVERFLOW ((DWORD)0xC00000FD)
#define STATUS_SXS_EARLY_DEACTIVATION ((DWORD)0xC015000F)
#define STATUS_SXS_INVALID_DEACTIVATION ((DWORD)0xC0150010)
#define STATUS_THREAD_NOT_RUNNING ((DWORD)0xC0000516)
#define STATUS_TIMEOUT ((DWORD)0x00000102)
#define STATUS_UNWIND_CONSOLIDATE ((DWORD)0x80000029)
#define STATUS_USER_APC ((DWORD)0x000000C0)
#define STATUS_WAIT_0 ((DWORD)0x00000000)
#define ANYSIZE_ARRAY 1
#define DLL_PROCESS_ATTACH 1
#define DLL_PROCESS_DETACH 0
#define DLL_THREAD_ATTACH 2
#define DLL_THREAD_DETACH 3
#define EXCEPTION_MAXIMUM_PARAMETERS 15
#define EXCEPTION_NONCONTINUABLE 1
#define LANG_AFRIKAANS 54
#define LANG_ALBANIAN 28
#define LANG_ALSATIAN 132
#define LANG_AMHARIC 94
#define LANG_ARABIC 1
#define LANG_ARMENIAN 43
#define LANG_ASSAMESE 77
#define LANG_AZERBAIJANI 44
#define LANG_AZERI 44
#define LANG_BANGLA 69
#define LANG_BASHKIR 109
#define LANG_BASQUE 45
#define LANG_BELARUSIAN 35
#define LANG_BENGALI 69
#define LANG_BOSNIAN 26
#define LANG_BOSNIAN_NEUTRAL 30746
#define LANG_BRETON 126
#define LANG_BULGARIAN 2
#define LANG_CATALAN 3
#define LANG_CENTRAL_KURDISH 146
#define LANG_CHEROKEE 92
#define LANG_CHINESE 4
#define LANG_CHINESE_SIMPLIFIED 4
#define LANG_CHINESE_TRADITIONAL 31748
#define LANG_CORSICAN 131
#define LANG_CROATIAN 26
#define LANG_CZECH 5
#define LANG_DANISH 6
#define LANG_DARI 140
#define LANG_DIVEHI 101
#define LANG_DUTCH 19
#define LANG_ENGLISH 9
#define LANG_ESTONIAN 37
#define LANG_FAEROESE 56
#define LANG_FARSI 41
#define LANG_FILIPINO 100
#define LANG_FINNISH 11
#define LANG_FRENCH 12
#define LANG_FRISIAN 98
#define LANG_FULAH 103
#define LANG_GALICIAN 86
#define LANG_GEORGIAN 55
#define LANG_GERMAN 7
#define LANG_GREEK 8
#define LANG_GREENLANDIC 111
#define LANG_GUJARATI 71
#define LANG_HAUSA 104
#define LANG_HAWAIIAN 117
#define LANG_HEBREW 13
#define LANG_HINDI 57
#define LANG_HUNGARIAN 14
#define LANG_ICELANDIC 15
#define LANG_IGBO 112
#define LANG_INDONESIAN 33
#define LANG_INUKTITUT 93
#define LANG_INVARIANT 127
#define LANG_IRISH 60
#define LANG_ITALIAN 16
#define LANG_JAPANESE 17
#define LANG_KANNADA 75
#define LANG_KASHMIRI 96
#define LANG_KAZAK 63
#define LANG_KHMER 83
#define LANG_KICHE 134
#define LANG_KINYARWANDA 135
#define LANG_KONKANI 87
#define LANG_KOREAN 18
#define LANG_KYRGYZ 64
#define LANG_LAO 84
#define LANG_LATVIAN 38
#define LANG_LITHUANIAN 39
#define LANG_LOWER_SORBIAN 46
#define LANG_LUXEMBOURGISH 110
#define LANG_MACEDONIAN 47
#define LANG_MALAY 62
#define LANG_MALAYALAM 76
#define LANG_MALTESE 58
#define LANG_MANIPURI 88
#define LANG_MAORI 129
#define LANG_MAPUDUNGUN 122
#define LANG_MARATHI 78
#define LANG_MOHAWK 124
#define LANG_MONGOLIAN 80
#define LANG_NEPALI 97
#define LANG_NEUTRAL 0
#define LANG_NORWEGIAN 20
#define LANG_OCCITAN 130
#define LANG_ODIA 72
#define LANG_ORIYA 72
#define LANG_PASHTO 99
#define LANG_PERSIAN 41
#define LANG_POLISH 21
#define LANG_PORTUGUESE 22
#define LANG_PULAR 103
#define LANG_PUNJABI 70
#define LANG_QUECHUA 107
#define LANG_ROMANIAN 24
#define LANG_ROMANSH 23
#define LANG_RUSSIAN 25
#define LANG_SAKHA 133
#define LANG_SAMI 59
#define LANG_SANSKRIT 79
#define LANG_SCOTTISH_GAELIC 145
#define LANG_SERBIAN 26
#define LANG_SERBIAN_NEUTRAL 31770
#define LANG_SINDHI 89
#define LANG_SINHALESE 91
#define LANG_SLOVAK 27
#define LANG_SLOVENIAN 36
#define LANG_SOTHO 108
#define LANG_SPANISH 10
#define LANG_SWAHILI 65
#define LANG_SWEDISH 29
#define LANG_SYRIAC 90
#define LANG_TAJIK 40
#define LANG_TAMAZIGHT 95
#define LANG_TAMIL 73
#define LANG_TATAR 68
#define LANG_TELUGU 74
#define LANG_THAI 30
#define LANG_TIBETAN 81
#define LANG_TIGRIGNA 115
#define LANG_TIGRINYA 115
#define LANG_TSWANA 50
#define LANG_TURKISH 31
#define LANG_TURKMEN 66
#define LANG_UIGHUR 128
#define LANG_UKRAINIAN 34
#define LANG_UPPER_SORBIAN 46
#define LANG_URDU 32
#define LANG_UZBEK 67
#define LANG_VALENCIAN 3
#define LANG_VIETNAMESE 42
#define LANG_WELSH 82
#define LANG_WOLOF 136
#define LANG_XHOSA 52
#define LANG_YAKUT 133
#define LANG_YI 120
#define LANG_YORUBA 106
#define LANG_ZULU 53
#define MAXBYTE 255
#define MAXCHAR 127
#define MAXDWORD 0xFFFFFFFF
#define MAXIMUM_PROCESSORS 64
#define MAXIMUM_WAIT_OBJECTS 64
#define MAXLONG 2147483647
#define MAXSHORT 32767
#define MAXWORD 65535
#define MINCHAR 128
#define MINLONG 0x80000000
#define MINSHORT 32768
#define NLS_VALID_LOCALE_MASK 1048575
#define SECURITY_DESCRIPTOR_REVISION 1
#define SECURITY_DESCRIPTOR_REVISION1 1
#define SORT_CHINESE_BIG5 0
#define SORT_CHINESE_BOPOMOFO 3
#define SORT_CHINESE_PRC 2
#define SORT_CHINESE_PRCP 0
#define SORT_CHINESE_RADICALSTROKE 4
#define SORT_CHINESE_UNICODE 1
#define SORT_DEFAULT 0
#define SORT_GEORGIAN_MODERN 1
#define SORT_GEORGIAN_TRADITIONAL 0
#define SORT_GERMAN_PHONE_BOOK 1
#define SORT_HUNGARIAN_DEFAULT 0
#define SORT_HUNGARIAN_TECHNICAL 1
#define SORT_INVARIANT_MATH 1
#define SORT_JAPANESE_RADICALSTROKE 4
#define SORT_JAPANESE_UNICODE 1
#define SORT_JAPANESE_XJIS 0
#define SORT_KOREAN_KSC 0
#define SORT_KOREAN_UNICODE 1
#define SUBLANG_AFRIKAANS_SOUTH_AFRICA 1
#define SUBLANG_ALBANIAN_ALBANIA 1
#define SUBLANG_ALSATIAN_FRANCE 1
#define SUBLANG_AMHARIC_ETHIOPIA 1
#define SUBLANG_ARABIC_ALGERIA 5
#define SUBLANG_ARABIC_BAHRAIN 15
#define SUBLANG_ARABIC_EGYPT 3
#define SUBLANG_ARABIC_IRAQ 2
#define SUBLANG_ARABIC_JORDAN 11
#define SUBLANG_ARABIC_KUWAIT 13
#define SUBLANG_ARABIC_LEBANON 12
#define SUBLANG_ARABIC_LIBYA 4
#define SUBLANG_ARABIC_MOROCCO 6
#define SUBLANG_ARABIC_OMAN 8
#define SUBLANG_ARABIC_QATAR 16
#define SUBLANG_ARABIC_SAUDI_ARABIA 1
#define SUBLANG_ARABIC_SYRIA 10
#define SUBLANG_ARABIC_TUNISIA 7
#define SUBLANG_ARABIC_UAE 14
#define SUBLANG_ARABIC_YEMEN 9
#define SUBLANG_ARMENIAN_ARMENIA 1
#define SUBLANG_ASSAMESE_INDIA 1
#define SUBLANG_AZERBAIJANI_AZERBAIJAN_CYRILLIC 2
#define SUBLANG_AZERBAIJANI_AZERBAIJAN_LATIN 1
#define SUBLANG_AZERI_CYRILLIC 2
#define SUBLANG_AZERI_LATIN 1
#define SUBLANG_BANGLA_BANGLADESH 2
#define SUBLANG_BANGLA_INDIA 1
#define SUBLANG_BASHKIR_RUSSIA 1
#define SUBLANG_BASQUE_BASQUE 1
#define SUBLANG_BELARUSIAN_BELARUS 1
#define SUBLANG_BENGALI_BANGLADESH 2
#define SUBLANG_BENGALI_INDIA 1
#define SUBLANG_BOSNIAN_BOSNIA_HERZEGOVINA_CYRILLIC 8
#define SUBLANG_BOSNIAN_BOSNIA_HERZEGOVINA_LATIN 5
#define SUBLANG_BRETON_FRANCE 1
#define SUBLANG_BULGARIAN_BULGARIA 1
#define SUBLANG_CATALAN_CATALAN 1
#define SUBLANG_CENTRAL_KURDISH_IRAQ 1
#define SUBLANG_CHEROKEE_CHEROKEE 1
#define SUBLANG_CHINESE_HONGKONG 3
#define SUBLANG_CHINESE_MACAU 5
#define SUBLANG_CHINESE_SIMPLIFIED 2
#define SUBLANG_CHINESE_SINGAPORE 4
#define SUBLANG_CHINESE_TRADITIONAL 1
#define SUBLANG_CORSICAN_FRANCE 1
#define SUBLANG_CROATIAN_BOSNIA_HERZEGOVINA_LATIN 4
#define SUBLANG_CROATIAN_CROATIA 1
#define SUBLANG_CUSTOM_DEFAULT 3
#define SUBLANG_CUSTOM_UNSPECIFIED 4
#define SUBLANG_CZECH_CZECH_REPUBLIC 1
#define SUBLANG_DANISH_DENMARK 1
#define SUBLANG_DARI_AFGHANISTAN 1
#define SUBLANG_DEFAULT 1
#define SUBLANG_DIVEHI_MALDIVES 1
#define SUBLANG_DUTCH 1
#define SUBLANG_DUTCH_BELGIAN 2
#define SUBLANG_ENGLISH_AUS 3
#define SUBLANG_ENGLISH_BELIZE 10
#define SUBLANG_ENGLISH_CAN 4
#define SUBLANG_ENGLISH_CARIBBEAN 9
#define SUBLANG_ENGLISH_EIRE 6
#define SUBLANG_ENGLISH_INDIA 16
#define SUBLANG_ENGLISH_JAMAICA 8
#define SUBLANG_ENGLISH_MALAYSIA 17
#define SUBLANG_ENGLISH_NZ 5
#define SUBLANG_ENGLISH_PHILIPPINES 13
#define SUBLANG_ENGLISH_SINGAPORE 18
#define SUBLANG_ENGLISH_SOUTH_AFRICA 7
#define SUBLANG_ENGLISH_TRINIDAD 11
#define SUBLANG_ENGLISH_UK 2
#define SUBLANG_ENGLISH_US 1
#define SUBLANG_ENGLISH_ZIMBABWE 12
#define SUBLANG_ESTONIAN_ESTONIA 1
#define SUBLANG_FAEROESE_FAROE_ISLANDS 1
#define SUBLANG_FILIPINO_PHILIPPINES 1
#define SUBLANG_FINNISH_FINLAND 1
#define SUBLANG_FRENCH 1
#define SUBLANG_FRENCH_BELGIAN 2
#define SUBLANG_FRENCH_CANADIAN 3
#define SUBLANG_FRENCH_LUXEMBOURG 5
#define SUBLANG_FRENCH_MONACO 6
#define SUBLANG_FRENCH_SWISS 4
#define SUBLANG_FRISIAN_NETHERLANDS 1
#define SUBLANG_FULAH_SENEGAL 2
#define SUBLANG_GALICIAN_GALICIAN 1
#define SUBLANG_GEORGIAN_GEORGIA 1
#define SUBLANG_GERMAN 1
#define SUBLANG_GERMAN_AUSTRIAN 3
#define SUBLANG_GERMAN_LIECHTENSTEIN 5
#define SUBLANG_GERMAN_LUXEMBOURG 4
#define SUBLANG_GERMAN_SWISS 2
#define SUBLANG_GREEK_GREECE 1
#define SUBLANG_GREENLANDIC_GREENLAND 1
#define SUBLANG_GUJARATI_INDIA 1
#define SUBLANG_HAUSA_NIGERIA_LATIN 1
#define SUBLANG_HAWAIIAN_US 1
#define SUBLANG_HEBREW_ISRAEL 1
#define SUBLANG_HINDI_INDIA 1
#define SUBLANG_HUNGARIAN_HUNGARY 1
#define SUBLANG_ICELANDIC_ICELAND 1
#define SUBLANG_IGBO_NIGERIA 1
#define SUBLANG_INDONESIAN_INDONESIA 1
#define SUBLANG_INUKTITUT_CANADA 1
#define SUBLANG_INUKTITUT_CANADA_LATIN 2
#define SUBLANG_IRISH_IRELAND 2
#define SUBLANG_ITALIAN 1
#define SUBLANG_ITALIAN_SWISS 2
#define SUBLANG_JAPANESE_JAPAN 1
#define SUBLANG_KANNADA_INDIA 1
#define SUBLANG_KASHMIRI_INDIA 2
#define SUBLANG_KASHMIRI_SASIA 2
#define SUBLANG_KAZAK_KAZAKHSTAN 1
#define SUBLANG_KHMER_CAMBODIA 1
#define SUBLANG_KICHE_GUATEMALA 1
#define SUBLANG_KINYARWANDA_RWANDA 1
#define SUBLANG_KONKANI_INDIA 1
#define SUBLANG_KOREAN 1
#define SUBLANG_KYRGYZ_KYRGYZSTAN 1
#define SUBLANG_LAO_LAO 1
#define SUBLANG_LATVIAN_LATVIA 1
#define SUBLANG_LITHUANIAN 1
#define SUBLANG_LOWER_SORBIAN_GERMANY 2
#define SUBLANG_LUXEMBOURGISH_LUXEMBOURG 1
#define SUBLANG_MACEDONIAN_MACEDONIA 1
#define SUBLANG_MALAYALAM_INDIA 1
#define SUBLANG_MALAY_BRUNEI_DARUSSALAM 2
#define SUBLANG_MALAY_MALAYSIA 1
#define SUBLANG_MALTESE_MALTA 1
#define SUBLANG_MAORI_NEW_ZEALAND 1
#define SUBLANG_MAPUDUNGUN_CHILE 1
#define SUBLANG_MARATHI_INDIA 1
#define SUBLANG_MOHAWK_MOHAWK 1
#define SUBLANG_MONGOLIAN_CYRILLIC_MONGOLIA 1
#define SUBLANG_MONGOLIAN_PRC 2
#define SUBLANG_NEPALI_INDIA 2
#define SUBLANG_NEPALI_NEPAL 1
#define SUBLANG_NEUTRAL 0
#define SUBLANG_NORWEGIAN_BOKMAL 1
#define SUBLANG_NORWEGIAN_NYNORSK 2
#define SUBLANG_OCCITAN_FRANCE 1
#define SUBLANG_ODIA_INDIA 1
#define SUBLANG_ORIYA_INDIA 1
#define SUBLANG_PASHTO_AFGHANISTAN 1
#define SUBLANG_PERSIAN_IRAN 1
#define SUBLANG_POLISH_POLAND 1
#define SUBLANG_PORTUGUESE 2
#define SUBLANG_PORTUGUESE_BRAZILIAN 1
#define SUBLANG_PULAR_SENEGAL 2
#define SUBLANG_PUNJABI_INDIA 1
#define SUBLANG_PUNJABI_PAKISTAN 2
#define SUBLANG_QUECHUA_BOLIVIA 1
#define SUBLANG_QUECHUA_ECUADOR 2
#define SUBLANG_QUECHUA_PERU 3
#define SUBLANG_ROMANIAN_ROMANIA 1
#define SUBLANG_ROMANSH_SWITZERLAND 1
#define SUBLANG_RUSSIAN_RUSSIA 1
#define SUBLANG_SAKHA_RUSSIA 1
#define SUBLANG_SAMI_INARI_FINLAND 9
#define SUBLANG_SAMI_LULE_NORWAY 4
#define SUBLANG_SAMI_LULE_SWEDEN 5
#define SUBLANG_SAMI_NORTHERN_FINLAND 3
#define SUBLANG_SAMI_NORTHERN_NORWAY 1
#define SUBLANG_SAMI_NORTHERN_SWEDEN 2
#define SUBLANG_SAMI_SKOLT_FINLAND 8
#define SUBLANG_SAMI_SOUTHERN_NORWAY 6
#define SUBLANG_SAMI_SOUTHERN_SWEDEN 7
#define SUBLANG_SANSKRIT_INDIA 1
#define SUBLANG_SCOTTISH_GAELIC 1
#define SUBLANG_SERBIAN_BOSNIA_HERZEGOVINA_CYRILLIC 7
#define SUBLANG_SERBIAN_BOSNIA_HERZEGOVINA_LATIN 6
#define SUBLANG_SERBIAN_CROATIA 1
#define SUBLANG_SERBIAN_CYRILLIC 3
#define SUBLANG_SERBIAN_LATIN 2
#define SUBLANG_SERBIAN_MONTENEGRO_CYRILLIC 12
#define SUBLANG_SERBIAN_MONTENEGRO_LATIN 11
#define SUBLANG_SERBIAN_SERBIA_CYRILLIC 10
#define SUBLANG_SERBIAN_SERBIA_LATIN 9
#define SUBLANG_SINDHI_AFGHANISTAN 2
#define SUBLANG_SINDHI_INDIA 1
#define SUBLANG_SINDHI_PAKISTAN 2
#define SUBLANG_SINHALESE_SRI_LANKA 1
#define SUBLANG_SLOVAK_SLOVAKIA 1
#define SUBLANG_SLOVENIAN_SLOVENIA 1
#define SUBLANG_SOTHO_NORTHERN_SOUTH_AFRICA 1
#define SUBLANG_SPANISH 1
#define SUBLANG_SPANISH_ARGENTINA 11
#define SUBLANG_SPANISH_BOLIVIA 16
#define SUBLANG_SPANISH_CHILE 13
#define SUBLANG_SPANISH_COLOMBIA 9
#define SUBLANG_SPANISH_COSTA_RICA 5
#define SUBLANG_SPANISH_DOMINICAN_REPUBLIC 7
#define SUBLANG_SPANISH_ECUADOR 12
#define SUBLANG_SPANISH_EL_SALVADOR 17
#define SUBLANG_SPANISH_GUATEMALA 4
#define SUBLANG_SPANISH_HONDURAS 18
#define SUBLANG_SPANISH_MEXICAN 2
#define SUBLANG_SPANISH_MODERN 3
#define SUBLANG_SPANISH_NICARAGUA 19
#define SUBLANG_SPANISH_PANAMA 6
#define SUBLANG_SPANISH_PARAGUAY 15
#define SUBLANG_SPANISH_PERU 10
#define SUBLANG_SPANISH_PUERTO_RICO 20
#define SUBLANG_SPANISH_URUGUAY 14
#define SUBLANG_SPANISH_US 21
#define SUBLANG_SPANISH_VENEZUELA 8
#define SUBLANG_SWAHILI_KENYA 1
#define SUBLANG_SWEDISH 1
#define SUBLANG_SWEDISH_FINLAND 2
#define SUBLANG_SYRIAC_SYRIA 1
#define SUBLANG_SYS_DEFAULT 2
#define SUBLANG_TAJIK_TAJIKISTAN 1
#define SUBLANG_TAMAZIGHT_ALGERIA_LATIN 2
#define SUBLANG_TAMAZIGHT_MOROCCO_TIFINAGH 4
#define SUBLANG_TAMIL_INDIA 1
#define SUBLANG_TAMIL_SRI_LANKA 2
#define SUBLANG_TATAR_RUSSIA 1
#define SUBLANG_TELUGU_INDIA 1
#define SUBLANG_THAI_THAILAND 1
#define SUBLANG_TIBETAN_PRC 1
#define SUBLANG_TIGRIGNA_ERITREA 2
#define SUBLANG_TIGRINYA_ERITREA 2
#define SUBLANG_TIGRINYA_ETHIOPIA 1
#define SUBLANG_TSWANA_BOTSWANA 2
#define SUBLANG_TSWANA_SOUTH_AFRICA 1
#define SUBLANG_TURKISH_TURKEY 1
#define SUBLANG_TURKMEN_TURKMENISTAN 1
#define SUBLANG_UIGHUR_PRC 1
#define SUBLANG_UI_CUSTOM_DEFAULT 5
#define SUBLANG_UKRAINIAN_UKRAINE 1
#define SUBLANG_UPPER_SORBIAN_GERMANY 1
#define SUBLANG_URDU_INDIA 2
#define SUBLANG_URDU_PAKISTAN 1
#define SUBLANG_UZBEK_CYRILLIC 2
#define SUBLANG_UZBEK_LATIN 1
#define SUBLANG_VALENCIAN_VALENCIA 2
#define SUBLANG_VIETNAMESE_VIETNAM 1
#define SUBLANG_WELSH_UNITED_KINGDOM 1
#define SUBLANG_WOLOF_SENEGAL 1
#define SUBLANG_XHOSA_SOUTH_AFRICA 1
#define SUBLANG_YAKUT_RUSSIA 1
#define SUBLANG_YI_PRC 1
#define SUBLANG_YORUBA_NIGERIA 1
#define SUBLANG_ZULU_SOUTH_AFRICA 1
#define TLS_MINIMUM_AVAILABLE 64
#define HEAP_CREATE_ALIGN_16 65536
#define HEAP_CREATE_ENABLE_EXECUTE 262144
#define HEAP_CREATE_ENABLE_TRACING 131072
#define HEAP_CREATE_HARDENED 512
#define HEAP_CREATE_SEGMENT_HEAP 256
#define HEAP_DISABLE_COALESCE_ON_FREE 128
#define HEAP_FREE_CHECKING_ENABLED 64
#define HEAP_GENERATE_EXCEPTIONS 4
#define HEAP_GROWABLE 2
#define HEAP_MAXIMUM_TAG 4095
#define HEAP_NONE 0
#define HEAP_NO_SERIALIZE 1
#define HEAP_PSEUDO_TAG_FLAG 32768
#define HEAP_REALLOC_IN_PLACE_ONLY 16
#define HEAP_TAG_SHIFT 18
#define HEAP_TAIL_CHECKING_ENABLED 32
#define HEAP_ZERO_MEMORY 8
#define MEM_COMMIT 4096
#define MEM_DECOMMIT 16384
#define MEM_FREE 65536
#define MEM_IMAGE 16777216
#define MEM_LARGE_PAGES 536870912
#define MEM_MAPPED 262144
#define MEM_PRESERVE_PLACEHOLDER 2
#define MEM_PRIVATE 131072
#define MEM_RELEASE 32768
#define MEM_REPLACE_PLACEHOLDER 16384
#define MEM_RESERVE 8192
#define MEM_RESERVE_PLACEHOLDER 262144
#define MEM_RESET 524288
#define MEM_RESET_UNDO 16777216
#define MEM_UNMAP_NONE 0
#define MEM_UNMAP_WITH_TRANSIENT_BOOST 1
#define PAGE_ENCLAVE_DECOMMIT 268435456
#define PAGE_ENCLAVE_MASK 268435456
#define PAGE_ENCLAVE_SS_FIRST 268435457
#define PAGE_ENCLAVE_SS_REST 268435458
#define PAGE_ENCLAVE_THREAD_CONTROL 0x80000000
#define PAGE_ENCLAVE_UNVALIDATED 536870912
#define PAGE_EXECUTE 16
#define PAGE_EXECUTE_READ 32
#define PAGE_EXECUTE_READWRITE 64
#define PAGE_EXECUTE_WRITECOPY 128
#define PAGE_GRAPHICS_COHERENT 131072
#define PAGE_GRAPHICS_EXECUTE 16384
#define PAGE_GRAPHICS_EXECUTE_READ 32768
#define PAGE_GRAPHICS_EXECUTE_READWRITE 65536
#define PAGE_GRAPHICS_NOACCESS 2048
#define PAGE_GRAPHICS_NOCACHE 262144
#define PAGE_GRAPHICS_READONLY 4096
#define PAGE_GRAPHICS_READWRITE 8192
#define PAGE_GUARD 256
#define PAGE_NOACCESS 1
#define PAGE_NOCACHE 512
#define PAGE_READONLY 2
#define PAGE_READWRITE 4
#define PAGE_REVERT_TO_FILE_MAP 0x80000000
#define PAGE_TARGETS_INVALID 1073741824
#define PAGE_TARGETS_NO_UPDATE 1073741824
#define PAGE_WRITECOMBINE 1024
#define PAGE_WRITECOPY 8
#define SECTION_ALL_ACCESS 983071
#define SECTION_EXTEND_SIZE 16
#define SECTION_MAP_EXECUTE 8
#define SECTION_MAP_EXECUTE_EXPLICIT 32
#define SECTION_MAP_READ 4
#define SECTION_MAP_WRITE 2
#define SECTION_QUERY 1
#define SEC_64K_PAGES 524288
#define SEC_COMMIT 134217728
#define SEC_FILE 8388608
#define SEC_IMAGE 16777216
#define SEC_IMAGE_NO_EXECUTE 285212672
#define SEC_LARGE_PAGES 0x80000000
#define SEC_NOCACHE 268435456
#define SEC_PARTITION_OWNER_HANDLE 262144
#define SEC_PROTECTED_IMAGE 33554432
#define SEC_RESERVE 67108864
#define SEC_WRITECOMBINE 1073741824
#define EVENT_ALL_ACCESS 2031619
#define EVENT_MODIFY_STATE 2
#define MUTEX_ALL_ACCESS 2031617
#define MUTEX_MODIFY_STATE 1
#define PF_3DNOW_INSTRUCTIONS_AVAILABLE 7
#define PF_ALPHA_BYTE_INSTRUCTIONS 5
#define PF_ARM_64BIT_LOADSTORE_ATOMIC 25
#define PF_ARM_DIVIDE_INSTRUCTION_AVAILABLE 24
#define PF_ARM_EXTERNAL_CACHE_AVAILABLE 26
#define PF_ARM_FMAC_INSTRUCTIONS_AVAILABLE 27
#define PF_ARM_NEON_INSTRUCTIONS_AVAILABLE 19
#define PF_ARM_V81_ATOMIC_INSTRUCTIONS_AVAILABLE 34
#define PF_ARM_V82_DP_INSTRUCTIONS_AVAILABLE 43
#define PF_ARM_V83_JSCVT_INSTRUCTIONS_AVAILABLE 44
#define PF_ARM_V83_LRCPC_INSTRUCTIONS_AVAILABLE 45
#define PF_ARM_V8_CRC32_INSTRUCTIONS_AVAILABLE 31
#define PF_ARM_V8_CRYPTO_INSTRUCTIONS_AVAILABLE 30
#define PF_ARM_V8_INSTRUCTIONS_AVAILABLE 29
#define PF_ARM_VFP_32_REGISTERS_AVAILABLE 18
#define PF_AVX2_INSTRUCTIONS_AVAILABLE 40
#define PF_AVX512F_INSTRUCTIONS_AVAILABLE 41
#define PF_AVX_INSTRUCTIONS_AVAILABLE 39
#define PF_CHANNELS_ENABLED 16
#define PF_COMPARE64_EXCHANGE128 15
#define PF_COMPARE_EXCHANGE128 14
#define PF_COMPARE_EXCHANGE_DOUBLE 2
#define PF_ERMS_AVAILABLE 42
#define PF_FASTFAIL_AVAILABLE 23
#define PF_FLOATING_POINT_EMULATED 1
#define PF_FLOATING_POINT_PRECISION_ERRATA 0
#define PF_MMX_INSTRUCTIONS_AVAILABLE 3
#define PF_MONITORX_INSTRUCTION_AVAILABLE 35
#define PF_NX_ENABLED 12
#define PF_PAE_ENABLED 9
#define PF_PPC_MOVEMEM_64BIT_OK 4
#define PF_RDPID_INSTRUCTION_AVAILABLE 33
#define PF_RDRAND_INSTRUCTION_AVAILABLE 28
#define PF_RDTSCP_INSTRUCTION_AVAILABLE 32
#define PF_RDTSC_INSTRUCTION_AVAILABLE 8
#define PF_RDWRFSGSBASE_AVAILABLE 22
#define PF_SECOND_LEVEL_ADDRESS_TRANSLATION 20
#define PF_SSE3_INSTRUCTIONS_AVAILABLE 13
#define PF_SSE4_1_INSTRUCTIONS_AVAILABLE 37
#define PF_SSE4_2_INSTRUCTIONS_AVAILABLE 38
#define PF_SSE_DAZ_MODE_AVAILABLE 11
#define PF_SSSE3_INSTRUCTIONS_AVAILABLE 36
#define PF_VIRT_FIRMWARE_ENABLED 21
#define PF_XMMI64_INSTRUCTIONS_AVAILABLE 10
#define PF_XMMI_INSTRUCTIONS_AVAILABLE 6
#define PF_XSAVE_ENABLED 17
#define SEMAPHORE_ALL_ACCESS 2031619
#define SEMAPHORE_MODIFY_STATE 2
#define TIMER_ALL_ACCESS 2031619
#define TIMER_MODIFY_STATE 2
#define TIMER_QUERY_STATE 1
#define WT_EXECUTEDEFAULT 0
#define WT_EXECUTEINIOTHREAD 1
#define WT_EXECUTEINPERSISTENTTHREAD 128
#define WT_EXECUTEINTIMERTHREAD 32
#define WT_EXECUTEINWAITTHREAD 4
#define WT_EXECUTELONGFUNCTION 16
#define WT_EXECUTEONLYONCE 8
#define WT_TRANSFER_IMPERSONATION 256
#define DELETE 65536
#define FILE_ACTION_ADDED 1
#define FILE_ACTION_MODIFIED 3
#define FILE_ACTION_REMOVED 2
#define FILE_ACTION_RENAMED_NEW_NAME 5
#define FILE_ACTION_RENAMED_OLD_NAME 4
#define FILE_ADD_FILE 2
#define FILE_ADD_SUBDIRECTORY 4
#define FILE_ALL_ACCESS 2032127
#define FILE_APPEND_DATA 4
#define FILE_ATTRIBUTE_ARCHIVE 32
#define FILE_ATTRIBUTE_COMPRESSED 2048
#define FILE_ATTRIBUTE_DEVICE 64
#define FILE_ATTRIBUTE_DIRECTORY 16
#define FILE_ATTRIBUTE_EA 262144
#define FILE_ATTRIBUTE_ENCRYPTED 16384
#define FILE_ATTRIBUTE_HIDDEN 2
#define FILE_ATTRIBUTE_INTEGRITY_STREAM 32768
#define FILE_ATTRIBUTE_NORMAL 128
#define FILE_ATTRIBUTE_NOT_CONTENT_INDEXED 8192
#define FILE_ATTRIBUTE_NO_SCRUB_DATA 131072
#define FILE_ATTRIBUTE_OFFLINE 4096
#define FILE_ATTRIBUTE_PINNED 524288
#define FILE_ATTRIBUTE_READONLY 1
#define FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS 4194304
#define FILE_ATTRIBUTE_RECALL_ON_OPEN 262144
#define FILE_ATTRIBUTE_REPARSE_POINT 1024
#define FILE_ATTRIBUTE_SPARSE_FILE 512
#define FILE_ATTRIBUTE_SYSTEM 4
#define FILE_ATTRIBUTE_TEMPORARY 256
#define FILE_ATTRIBUTE_UNPINNED 1048576
#define FILE_ATTRIBUTE_VIRTUAL 65536
#define FILE_CREATE_PIPE_INSTANCE 4
#define FILE_DELETE_CHILD 64
#define FILE_EXECUTE 32
#define FILE_GENERIC_EXECUTE 1179808
#define FILE_GENERIC_READ 1179785
#define FILE_GENERIC_WRITE 1179926
#define FILE_LIST_DIRECTORY 1
#define FILE_NOTIFY_CHANGE_ATTRIBUTES 4
#define FILE_NOTIFY_CHANGE_CREATION 64
#define FILE_NOTIFY_CHANGE_DIR_NAME 2
#define FILE_NOTIFY_CHANGE_FILE_NAME 1
#define FILE_NOTIFY_CHANGE_LAST_ACCESS 32
#define FILE_NOTIFY_CHANGE_LAST_WRITE 16
#define FILE_NOTIFY_CHANGE_SECURITY 256
#define FILE_NOTIFY_CHANGE_SIZE 8
#define FILE_READ_ATTRIBUTES 128
#define FILE_READ_DATA 1
#define FILE_READ_EA 8
#define FILE_SHARE_DELETE 4
#define FILE_SHARE_NONE 0
#define FILE_SHARE_READ 1
#define FILE_SHARE_WRITE 2
#define FILE_TRAVERSE 32
#define FILE_WRITE_ATTRIBUTES 256
#define FILE_WRITE_DATA 2
#define FILE_WRITE_EA 16
#define READ_CONTROL 131072
#define SPECIFIC_RIGHTS_ALL 65535
#define STANDARD_RIGHTS_ALL 2031616
#define STANDARD_RIGHTS_EXECUTE 131072
#define STANDARD_RIGHTS_READ 131072
#define STANDARD_RIGHTS_REQUIRED 983040
#define STANDARD_RIGHTS_WRITE 131072
#define SYNCHRONIZE 1048576
#define WRITE_DAC 262144
#define WRITE_OWNER 524288
/* End of the generated constants. */

#endif
