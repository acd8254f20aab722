//! The Win32 base headers (windows.h and what it includes, strsafe.h,
//! intsafe.h, sal.h, ws2def.h) must agree with windows-sys (Microsoft's
//! metadata): struct sizes and offsets and a sample of the generated
//! constants, checked by the C and C++ compilers; and Windows-style C and
//! C++ compile against them in every language mode and configuration a
//! Windows program uses, and behave (Interlocked on `long`, LARGE_INTEGER's
//! members, strsafe's truncation, intsafe's overflow).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use win32::header_check::HeaderCheck;
use win32::{header_constants, header_offsets, header_sizes};
use windows_sys::Win32::Foundation as f;
use windows_sys::Win32::Globalization as nls;
use windows_sys::Win32::Networking::WinSock as ws;
use windows_sys::Win32::Security as sec;
use windows_sys::Win32::Storage::FileSystem as fs;
use windows_sys::Win32::System::Diagnostics::Debug as dbg;
use windows_sys::Win32::System::IO as io;
use windows_sys::Win32::System::LibraryLoader as ll;
use windows_sys::Win32::System::Memory as mem;
use windows_sys::Win32::System::Rpc as rpc;
use windows_sys::Win32::System::SystemInformation as si;
use windows_sys::Win32::System::Threading as th;
use windows_sys::Win32::System::Time as time;
use windows_sys::Win32::UI::WindowsAndMessaging as ui;

fn include_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../include")
}

#[test]
fn base_headers_match_windows_sys() {
    let mut c = HeaderCheck::new("windows.h");
    c.include("winsock2.h");
    header_sizes!(c, f, FILETIME, SYSTEMTIME, RECT, POINT, SIZE, LUID);
    header_sizes!(c, io, OVERLAPPED, OVERLAPPED_ENTRY);
    header_sizes!(
        c,
        th,
        CRITICAL_SECTION,
        CRITICAL_SECTION_DEBUG,
        SRWLOCK,
        CONDITION_VARIABLE,
        INIT_ONCE,
        STARTUPINFOW,
        STARTUPINFOA,
        PROCESS_INFORMATION
    );
    header_sizes!(c, sec, SECURITY_ATTRIBUTES, SID_NAME_USE);
    header_constants!(
        c,
        sec,
        SidTypeUser,
        SidTypeGroup,
        SidTypeWellKnownGroup,
        SidTypeComputer,
        SidTypeLogonSession
    );
    header_sizes!(
        c,
        si,
        SYSTEM_INFO,
        OSVERSIONINFOW,
        OSVERSIONINFOA,
        OSVERSIONINFOEXW,
        MEMORYSTATUSEX
    );
    header_sizes!(
        c,
        time,
        TIME_ZONE_INFORMATION,
        DYNAMIC_TIME_ZONE_INFORMATION
    );
    header_sizes!(
        c,
        fs,
        WIN32_FIND_DATAW,
        WIN32_FIND_DATAA,
        BY_HANDLE_FILE_INFORMATION,
        WIN32_FILE_ATTRIBUTE_DATA
    );
    header_sizes!(c, ws, SOCKADDR, SOCKADDR_STORAGE);
    c.size("GUID", size_of::<windows_sys::core::GUID>());
    // LARGE_INTEGER is an i64 in windows-sys; its C members are the SDK's.
    c.size("LARGE_INTEGER", size_of::<i64>());
    c.size("ULARGE_INTEGER", size_of::<u64>());
    c.offset("LARGE_INTEGER", "HighPart", 4);
    c.offset("LARGE_INTEGER", "u.HighPart", 4);
    c.offset("ULARGE_INTEGER", "HighPart", 4);
    header_offsets!(
        c,
        f,
        SYSTEMTIME.wDay,
        SYSTEMTIME.wMilliseconds,
        FILETIME.dwHighDateTime
    );
    header_offsets!(
        c,
        io,
        OVERLAPPED.InternalHigh,
        OVERLAPPED.hEvent,
        OVERLAPPED_ENTRY.dwNumberOfBytesTransferred
    );
    header_offsets!(
        c,
        th,
        CRITICAL_SECTION.LockCount,
        CRITICAL_SECTION.RecursionCount,
        CRITICAL_SECTION.OwningThread,
        CRITICAL_SECTION.LockSemaphore,
        CRITICAL_SECTION.SpinCount,
        CRITICAL_SECTION_DEBUG.ProcessLocksList,
        CRITICAL_SECTION_DEBUG.Identifier,
        STARTUPINFOW.lpDesktop,
        STARTUPINFOW.dwFlags,
        STARTUPINFOW.wShowWindow,
        STARTUPINFOW.lpReserved2,
        STARTUPINFOW.hStdError,
        PROCESS_INFORMATION.dwThreadId
    );
    header_offsets!(
        c,
        sec,
        SECURITY_ATTRIBUTES.lpSecurityDescriptor,
        SECURITY_ATTRIBUTES.bInheritHandle
    );
    header_offsets!(
        c,
        si,
        SYSTEM_INFO.dwPageSize,
        SYSTEM_INFO.lpMinimumApplicationAddress,
        SYSTEM_INFO.dwActiveProcessorMask,
        SYSTEM_INFO.dwNumberOfProcessors,
        SYSTEM_INFO.wProcessorRevision,
        OSVERSIONINFOW.dwPlatformId,
        OSVERSIONINFOW.szCSDVersion,
        OSVERSIONINFOEXW.wServicePackMajor,
        OSVERSIONINFOEXW.wProductType,
        MEMORYSTATUSEX.ullAvailExtendedVirtual
    );
    header_offsets!(
        c,
        time,
        TIME_ZONE_INFORMATION.StandardName,
        TIME_ZONE_INFORMATION.StandardDate,
        TIME_ZONE_INFORMATION.StandardBias,
        TIME_ZONE_INFORMATION.DaylightName,
        TIME_ZONE_INFORMATION.DaylightDate,
        TIME_ZONE_INFORMATION.DaylightBias,
        DYNAMIC_TIME_ZONE_INFORMATION.TimeZoneKeyName,
        DYNAMIC_TIME_ZONE_INFORMATION.DynamicDaylightTimeDisabled
    );
    header_offsets!(
        c,
        fs,
        WIN32_FIND_DATAW.ftLastWriteTime,
        WIN32_FIND_DATAW.nFileSizeLow,
        WIN32_FIND_DATAW.cFileName,
        WIN32_FIND_DATAW.cAlternateFileName,
        WIN32_FIND_DATAA.cAlternateFileName,
        BY_HANDLE_FILE_INFORMATION.dwVolumeSerialNumber,
        BY_HANDLE_FILE_INFORMATION.nFileIndexLow,
        WIN32_FILE_ATTRIBUTE_DATA.nFileSizeLow
    );
    header_constants!(
        c,
        f,
        MAX_PATH,
        ERROR_SUCCESS,
        ERROR_FILE_NOT_FOUND,
        ERROR_ACCESS_DENIED,
        ERROR_INVALID_HANDLE,
        ERROR_OPERATION_ABORTED,
        ERROR_IO_PENDING,
        ERROR_IO_INCOMPLETE,
        ERROR_HANDLE_EOF,
        ERROR_ALREADY_EXISTS,
        ERROR_FILE_EXISTS,
        ERROR_MORE_DATA,
        ERROR_NO_MORE_ITEMS,
        ERROR_NOT_OWNER,
        ERROR_TOO_MANY_POSTS,
        ERROR_ARITHMETIC_OVERFLOW,
        ERROR_MR_MID_NOT_FOUND,
        ERROR_CTX_WINSTATION_BUSY,
        S_OK,
        S_FALSE,
        E_FAIL,
        E_NOTIMPL,
        E_NOINTERFACE,
        E_POINTER,
        E_ABORT,
        E_ACCESSDENIED,
        E_HANDLE,
        E_INVALIDARG,
        E_OUTOFMEMORY,
        E_UNEXPECTED,
        E_BOUNDS,
        CO_E_NOTINITIALIZED,
        CO_E_ALREADYINITIALIZED,
        RPC_E_CHANGED_MODE,
        REGDB_E_CLASSNOTREG,
        CLASS_E_NOAGGREGATION,
        CLASS_E_CLASSNOTAVAILABLE,
        DISP_E_MEMBERNOTFOUND,
        STG_E_FILENOTFOUND,
        TYPE_E_ELEMENTNOTFOUND,
        SEVERITY_ERROR,
        WAIT_OBJECT_0,
        WAIT_ABANDONED,
        WAIT_ABANDONED_0,
        WAIT_IO_COMPLETION,
        WAIT_TIMEOUT,
        WAIT_FAILED,
        STATUS_WAIT_0,
        STATUS_TIMEOUT,
        STATUS_PENDING,
        STILL_ACTIVE,
        GENERIC_READ,
        GENERIC_WRITE,
        GENERIC_ALL,
        DUPLICATE_SAME_ACCESS,
        HANDLE_FLAG_INHERIT
    );
    header_constants!(
        c,
        th,
        INFINITE,
        CREATE_SUSPENDED,
        THREAD_PRIORITY_NORMAL,
        THREAD_PRIORITY_HIGHEST,
        TLS_OUT_OF_INDEXES,
        EVENT_ALL_ACCESS,
        EVENT_MODIFY_STATE,
        MUTEX_ALL_ACCESS,
        SEMAPHORE_ALL_ACCESS,
        CREATE_EVENT_MANUAL_RESET,
        CREATE_EVENT_INITIAL_SET,
        CREATE_MUTEX_INITIAL_OWNER,
        INIT_ONCE_ASYNC,
        INIT_ONCE_CHECK_ONLY,
        CONDITION_VARIABLE_LOCKMODE_SHARED,
        STARTF_USESTDHANDLES,
        NORMAL_PRIORITY_CLASS
    );
    header_constants!(
        c,
        fs,
        FILE_SHARE_READ,
        FILE_SHARE_WRITE,
        FILE_SHARE_DELETE,
        CREATE_NEW,
        CREATE_ALWAYS,
        OPEN_EXISTING,
        OPEN_ALWAYS,
        TRUNCATE_EXISTING,
        FILE_ATTRIBUTE_NORMAL,
        FILE_ATTRIBUTE_DIRECTORY,
        FILE_FLAG_OVERLAPPED,
        FILE_FLAG_DELETE_ON_CLOSE,
        FILE_BEGIN,
        FILE_CURRENT,
        FILE_END,
        INVALID_FILE_SIZE,
        INVALID_SET_FILE_POINTER,
        INVALID_FILE_ATTRIBUTES,
        FILE_GENERIC_READ,
        FILE_GENERIC_WRITE,
        FILE_ALL_ACCESS,
        SYNCHRONIZE,
        DELETE,
        FILE_TYPE_DISK,
        GetFileExInfoStandard,
        FindExInfoBasic
    );
    header_constants!(
        c,
        mem,
        HEAP_ZERO_MEMORY,
        HEAP_NO_SERIALIZE,
        LMEM_FIXED,
        LMEM_ZEROINIT,
        LPTR,
        GMEM_MOVEABLE,
        GHND,
        MEM_COMMIT,
        PAGE_READWRITE
    );
    header_constants!(
        c,
        dbg,
        FORMAT_MESSAGE_ALLOCATE_BUFFER,
        FORMAT_MESSAGE_FROM_SYSTEM,
        FORMAT_MESSAGE_IGNORE_INSERTS,
        FACILITY_WIN32,
        FACILITY_ITF,
        FACILITY_NULL,
        VER_PLATFORM_WIN32_NT
    );
    header_constants!(
        c,
        nls,
        CP_ACP,
        CP_OEMCP,
        CP_UTF8,
        CP_UTF7,
        MB_ERR_INVALID_CHARS,
        MB_PRECOMPOSED,
        WC_NO_BEST_FIT_CHARS,
        WC_ERR_INVALID_CHARS,
        LOCALE_USER_DEFAULT,
        LOCALE_SYSTEM_DEFAULT,
        LOCALE_SNAME,
        DATE_SHORTDATE,
        DATE_LONGDATE,
        TIME_NOSECONDS,
        TIME_FORCE24HOURFORMAT,
        CSTR_LESS_THAN,
        CSTR_EQUAL,
        CSTR_GREATER_THAN,
        NORM_IGNORECASE,
        LINGUISTIC_IGNORECASE
    );
    header_constants!(
        c,
        si,
        PROCESSOR_ARCHITECTURE_AMD64,
        PROCESSOR_ARCHITECTURE_INTEL,
        ComputerNameNetBIOS,
        ComputerNamePhysicalDnsFullyQualified
    );
    header_constants!(
        c,
        ll,
        LOAD_LIBRARY_AS_DATAFILE,
        GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT
    );
    header_constants!(c, time, TIME_ZONE_ID_INVALID);
    header_constants!(
        c,
        ws,
        AF_UNSPEC,
        AF_INET,
        AF_INET6,
        SOCK_STREAM,
        SOCK_DGRAM,
        IPPROTO_TCP,
        WSAEINTR,
        WSAEWOULDBLOCK,
        WSAECONNREFUSED,
        WSAHOST_NOT_FOUND
    );
    header_constants!(
        c,
        rpc,
        RPC_S_OK,
        RPC_S_SERVER_UNAVAILABLE,
        RPC_S_CALL_FAILED
    );
    header_constants!(
        c,
        ui,
        MB_OK,
        MB_ICONERROR,
        MB_SERVICE_NOTIFICATION,
        IDOK,
        IDCANCEL,
        SW_HIDE,
        SW_SHOWNORMAL,
        SW_SHOWDEFAULT
    );
    // Values the SDK writes as expressions of others.
    let from_win32 = |code: u32| (0x8007_0000 | code) as i32 as i64;
    c.constant("E_NOT_SET", from_win32(f::ERROR_NOT_FOUND));
    c.constant(
        "E_NOT_SUFFICIENT_BUFFER",
        from_win32(f::ERROR_INSUFFICIENT_BUFFER),
    );
    c.constant("LOCALE_INVARIANT", 0x7f);
    // winnt.h writes its NTSTATUS values as DWORDs, as the SDK does.
    c.constant(
        "STATUS_ACCESS_VIOLATION",
        f::STATUS_ACCESS_VIOLATION as u32 as i64,
    );
    if let Err(e) = c.compile(&include_dir()) {
        panic!("the base headers disagree with windows-sys: {e}");
    }

    // strsafe.h's printf forms need the C runtime's MSVC-semantics
    // declarations: compile against include/crt, reaching include/ from it.
    let mut s = HeaderCheck::new("../windows.h");
    s.include("../strsafe.h");
    header_constants!(
        s,
        ui,
        STRSAFE_E_INSUFFICIENT_BUFFER,
        STRSAFE_E_INVALID_PARAMETER,
        STRSAFE_E_END_OF_FILE,
        STRSAFE_MAX_CCH
    );
    if let Err(e) = s.compile(&include_dir().join("crt")) {
        panic!("strsafe.h disagrees with windows-sys: {e}");
    }
}

/// A C file written as Windows code is: SAL, __declspec, __cdecl,
/// ARRAYSIZE, InterlockedIncrement on a `long`, LARGE_INTEGER members,
/// StringCchPrintfW, TCHAR.
const WINDOWS_STYLE_C: &str = r#"#include <windows.h>
#include <strsafe.h>
#include <sal.h>
#include <intsafe.h>
#include <tchar.h>

typedef struct Counter {
    long refs;
    LONG hits;
    LONGLONG total;
} Counter;

static __declspec(noinline) int __cdecl Twice(_In_ int value) { return value * 2; }
static DWORD WINAPI Worker(_In_opt_ LPVOID param) { UNREFERENCED_PARAMETER(param); return 0; }
static HRESULT Describe(_Out_writes_(cch) LPWSTR buffer, _In_ size_t cch, _In_z_ LPCWSTR name, __in int n) {
    return StringCchPrintfW(buffer, cch, L"%s=%d", name, n);
}

__declspec(align(16)) static BYTE aligned[32];
static CRITICAL_SECTION lock;
static SRWLOCK srw = SRWLOCK_INIT;
static CONDITION_VARIABLE cv = CONDITION_VARIABLE_INIT;
static INIT_ONCE once = INIT_ONCE_STATIC_INIT;

int main(void) {
    Counter c = {0, 0, 0};
    WCHAR text[32];
    TCHAR ttext[16];
    LARGE_INTEGER li;
    ULARGE_INTEGER uli;
    OVERLAPPED ov;
    SYSTEM_INFO si;
    size_t sum = 0;
    DWORD big = 0;
    LPTHREAD_START_ROUTINE start = Worker;
    if (InterlockedIncrement(&c.refs) != 1) return 1;
    if (InterlockedIncrement(&c.hits) != 1) return 2;
    if (InterlockedDecrement(&c.refs) != 0) return 3;
    if (InterlockedCompareExchange(&c.refs, 5, 0) != 0 || c.refs != 5) return 4;
    if (InterlockedExchangeAdd64(&c.total, 7) != 0 || InterlockedIncrement64(&c.total) != 8) return 5;
    li.QuadPart = 0x100000002LL;
    if (li.LowPart != 2 || li.HighPart != 1 || li.u.LowPart != 2) return 6;
    uli.QuadPart = 0; uli.HighPart = 1;
    if (uli.u.HighPart != 1) return 7;
    ZeroMemory(&ov, sizeof ov);
    ov.Offset = 1; ov.OffsetHigh = 0;
    ZeroMemory(&si, sizeof si);
    si.wProcessorArchitecture = PROCESSOR_ARCHITECTURE_AMD64;
    if (FAILED(Describe(text, ARRAYSIZE(text), L"n", Twice(21)))) return 8;
    if (StringCchCopy(ttext, ARRAYSIZE(ttext), TEXT("winsession")) != S_OK) return 9;
    if (StringCchCopyW(text, 4, L"toolong") != STRSAFE_E_INSUFFICIENT_BUFFER || text[3] != 0) return 10;
    if (SizeTAdd((size_t)-1, 1, &sum) != INTSAFE_E_ARITHMETIC_OVERFLOW) return 11;
    if (DWordAdd(1, 2, &big) != S_OK || big != 3) return 12;
    if (HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED) != E_ACCESSDENIED) return 13;
    if (HRESULT_CODE(E_INVALIDARG) != ERROR_INVALID_PARAMETER || HRESULT_FACILITY(E_INVALIDARG) != FACILITY_WIN32) return 14;
    if (MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US) != 0x409) return 15;
    if (LOWORD(MAKELONG(1, 2)) != 1 || HIWORD(MAKELONG(1, 2)) != 2 || max(3, 4) != 4) return 16;
    if (WAIT_OBJECT_0 != 0 || INFINITE != 0xFFFFFFFF || (ULONG_PTR)INVALID_HANDLE_VALUE != (ULONG_PTR)-1) return 17;
    if (sizeof(CRITICAL_SECTION) != 40 || FIELD_OFFSET(OVERLAPPED, hEvent) != 24) return 18;
    (void)lock; (void)srw; (void)cv; (void)once; (void)aligned; (void)start;
    return 0;
}
"#;

/// The same in C++, with the C++ standard headers around <windows.h>.
const WINDOWS_STYLE_CPP: &str = r#"#include <windows.h>
#include <string>
#include <strsafe.h>
#include <sal.h>
#include <intsafe.h>
#include <vector>

class __declspec(novtable) Thing {
  public:
    virtual ~Thing() {}
    ULONG AddRef() { return (ULONG)InterlockedIncrement(&m_refs); }
    ULONG Release() { return (ULONG)InterlockedDecrement(&m_refs); }
    long m_refs = 1;
};

static HRESULT __stdcall Fill(_Out_writes_(cch) PWSTR out, _In_ size_t cch, __in PCWSTR who, __out_opt int *n) {
    if (n) *n = 1;
    return StringCchPrintfW(out, cch, L"hi %s", who);
}

int __cdecl main() {
    Thing t;
    WCHAR buf[16];
    int n = 0;
    LONG l = 0;
    LONG64 l64 = 0;
    PVOID slot = nullptr;
    std::vector<std::wstring> v;
    LARGE_INTEGER li = {};
    li.LowPart = 5;
    if (t.AddRef() != 2 || t.Release() != 1) return 1;
    if (InterlockedExchange(&l, 3) != 0 || InterlockedOr(&l, 4) != 3 || l != 7) return 2;
    if (InterlockedAdd64(&l64, 2) != 2) return 3;
    if (InterlockedExchangePointer(&slot, &t) != nullptr || InterlockedCompareExchangePointer(&slot, nullptr, &t) != &t) return 4;
    if (FAILED(Fill(buf, ARRAYSIZE(buf), L"x", &n)) || n != 1) return 5;
    if (li.QuadPart != 5 || li.u.LowPart != 5) return 6;
    v.push_back(L"x");
    MemoryBarrier();
    YieldProcessor();
    return SUCCEEDED(S_OK) && FAILED(E_FAIL) && std::max(1, 2) == 2 ? 0 : 7;
}
"#;

/// The C++ standard headers that use __in/__out as names, or are common.
const STD_HEADERS: &[&str] = &[
    "string",
    "vector",
    "functional",
    "iostream",
    "thread",
    "mutex",
    "memory",
    "algorithm",
    "system_error",
    "chrono",
    "map",
    "utility",
    "tuple",
    "regex",
    "sstream",
    "fstream",
    "locale",
    "random",
    "future",
    "filesystem",
    "optional",
    "variant",
];

fn compile(lang: &str, std: &str, defines: &[&str], source: &Path) -> Result<(), String> {
    let include = include_dir();
    let out = Command::new(if lang == "c" { "cc" } else { "c++" })
        .args([
            "-fshort-wchar",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-c",
            "-o",
            "/dev/null",
        ])
        .arg(format!("-std={std}"))
        .args(["-x", lang])
        .args(defines)
        .arg("-I")
        .arg(include.join("crt"))
        .arg("-I")
        .arg(&include)
        .arg(source)
        .output()
        .map_err(|e| format!("cannot run the compiler: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{lang} -std={std} {defines:?}:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kernel32-headers-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn windows_style_code_compiles_in_every_mode() {
    let dir = scratch("modes");
    let c = dir.join("style.c");
    std::fs::write(&c, WINDOWS_STYLE_C).unwrap();
    let std_includes: String = STD_HEADERS
        .iter()
        .map(|h| format!("#include <{h}>\n"))
        .collect();
    let before = dir.join("windows_first.cpp");
    std::fs::write(&before, format!("{WINDOWS_STYLE_CPP}{std_includes}")).unwrap();
    let after = dir.join("std_first.cpp");
    std::fs::write(&after, format!("{std_includes}{WINDOWS_STYLE_CPP}")).unwrap();
    let configurations: &[&[&str]] = &[
        &[],
        &["-DUNICODE", "-D_UNICODE"],
        &["-DWIN32_LEAN_AND_MEAN"],
    ];
    let mut failures = Vec::new();
    for defines in configurations {
        for std in ["c11", "gnu11"] {
            failures.extend(compile("c", std, defines, &c).err());
        }
        for std in ["c++17", "c++20"] {
            for source in [&before, &after] {
                failures.extend(compile("c++", std, defines, source).err());
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What the inline parts of the headers do, run: Interlocked on `long` and
/// `LONG`, LARGE_INTEGER's two views, strsafe's copy and truncation,
/// intsafe's overflow, HRESULT_FROM_WIN32, MAKELANGID. Needs no library.
const BEHAVIOUR_C: &str = r#"#include <windows.h>
#include <strsafe.h>
#include <intsafe.h>
#include <stdio.h>
#define CHECK(e) do { if (!(e)) { printf("failed: %s\n", #e); return 1; } } while (0)
int main(void) {
    long refs = 0;
    LONG hits = 10;
    LONG64 total = 0;
    LARGE_INTEGER li;
    WCHAR w[6];
    char a[4];
    size_t len = 0, sum = 0;
    ULONG ul = 0;
    CHECK(InterlockedIncrement(&refs) == 1 && refs == 1);
    CHECK(InterlockedDecrement(&hits) == 9);
    CHECK(InterlockedExchange(&hits, 4) == 9 && hits == 4);
    CHECK(InterlockedCompareExchange(&refs, 7, 1) == 1 && refs == 7);
    CHECK(InterlockedCompareExchange(&refs, 8, 1) == 7 && refs == 7);
    CHECK(InterlockedExchangeAdd(&hits, 3) == 4 && hits == 7);
    CHECK(InterlockedAnd(&hits, 6) == 7 && hits == 6);
    CHECK(InterlockedIncrement64(&total) == 1);
    li.QuadPart = -2;
    CHECK(li.LowPart == 0xFFFFFFFEu && li.HighPart == -1 && li.u.HighPart == -1);
    CHECK(StringCchCopyW(w, ARRAYSIZE(w), L"abc") == S_OK && w[3] == 0);
    CHECK(StringCchCatW(w, ARRAYSIZE(w), L"def") == STRSAFE_E_INSUFFICIENT_BUFFER && w[5] == 0 && w[3] == L'd' && w[4] == L'e');
    CHECK(StringCchLengthW(w, ARRAYSIZE(w), &len) == S_OK && len == 5);
    CHECK(StringCchCopyW(w, 0, L"x") == STRSAFE_E_INVALID_PARAMETER);
    CHECK(StringCchCopyNW(w, ARRAYSIZE(w), L"abcdef", 2) == S_OK && w[2] == 0);
    CHECK(StringCchPrintfA(a, sizeof a, "%d", 12345) == STRSAFE_E_INSUFFICIENT_BUFFER && a[3] == 0 && a[0] == '1');
    CHECK(SizeTAdd((size_t)-1, 1, &sum) == INTSAFE_E_ARITHMETIC_OVERFLOW && sum == SIZET_ERROR);
    CHECK(SizeTMult(3, 4, &sum) == S_OK && sum == 12);
    CHECK(LongLongToULong(-1, &ul) == INTSAFE_E_ARITHMETIC_OVERFLOW && ul == ULONG_ERROR);
    CHECK(ULongAdd(1, 2, &ul) == S_OK && ul == 3);
    CHECK(HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED) == E_ACCESSDENIED && HRESULT_FROM_WIN32(0) == S_OK);
    CHECK(HRESULT_CODE(E_INVALIDARG) == ERROR_INVALID_PARAMETER && HRESULT_FACILITY(E_INVALIDARG) == FACILITY_WIN32);
    CHECK(HRESULT_SEVERITY(E_FAIL) == SEVERITY_ERROR && MAKE_HRESULT(1, FACILITY_ITF, 0x200) == (HRESULT)0x80040200);
    CHECK(MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US) == 0x409);
    CHECK(MAKEWORD(1, 2) == 0x0201 && HIBYTE(0x0201) == 2 && LOBYTE(0x0201) == 1);
    return 0;
}
"#;

#[test]
fn inline_header_functions_behave_as_windows() {
    let dir = scratch("run");
    let src = dir.join("behaviour.c");
    let exe = dir.join("behaviour");
    std::fs::write(&src, BEHAVIOUR_C).unwrap();
    let include = include_dir();
    let built = Command::new("cc")
        .args([
            "-fshort-wchar",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-std=c11",
            "-o",
        ])
        .arg(&exe)
        .arg("-I")
        .arg(include.join("crt"))
        .arg("-I")
        .arg(&include)
        .arg(&src)
        .output()
        .unwrap();
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let ran = Command::new(&exe).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        ran.status.success(),
        "{}",
        String::from_utf8_lossy(&ran.stdout)
    );
}
