//! The process and its host: environment variables, the computer and user
//! names, system and version information, startup information, debugger
//! output, ExitProcess. (The command line and the entry point are in
//! [`crate::startup`].)
//!
//! Decisions where Linux and Windows differ:
//! - Environment names are case-sensitive on Linux and not on Windows: a
//!   lookup tries the exact name, then a case-insensitive match. A few
//!   variables every Windows process has are derived when unset:
//!   USERPROFILE (HOME), USERNAME (the login name), COMPUTERNAME,
//!   TEMP and TMP (the temporary directory without its trailing slash).
//! - The computer name is the host name up to its first dot, upper-cased
//!   and cut to MAX_COMPUTERNAME_LENGTH (15) characters, as a NetBIOS name
//!   is; GetComputerNameEx's DNS names keep the host name's case.
//! - GetVersionEx reports Windows 10 version 22H2, 10.0.19045, as Windows
//!   does for a program whose manifest declares Windows 10 support.
//! - The system directory is the directory of libwinsession.so (where
//!   every DLL name of winsession lives), the Windows directory its parent
//!   (the installation prefix).

use std::ffi::c_void;

use win32::abi::{bool_call, guard};
use win32::{Win32Error, Win32Result, set_last_error};
use windows_sys::Win32::Foundation as f;
use windows_sys::Win32::System::Diagnostics::Debug::VER_PLATFORM_WIN32_NT;
use windows_sys::Win32::System::SystemInformation as si;
use windows_sys::Win32::System::Threading::{STARTUPINFOA, STARTUPINFOW};
use windows_sys::Win32::System::WindowsProgramming::MAX_COMPUTERNAME_LENGTH;
use windows_sys::core::{BOOL, PCSTR, PCWSTR, PSTR, PWSTR};

use crate::string::{Char, read_arg, write_in_out, write_sized};

/// An environment variable by Windows' rules (see the module documentation).
fn environment_variable(name: &str) -> Option<String> {
    if let Some(v) = std::env::var_os(name) {
        return Some(v.to_string_lossy().into_owned());
    }
    let found = std::env::vars_os().find(|(k, _)| k.to_string_lossy().eq_ignore_ascii_case(name));
    if let Some((_, v)) = found {
        return Some(v.to_string_lossy().into_owned());
    }
    match name.to_ascii_uppercase().as_str() {
        "USERPROFILE" => std::env::var("HOME").ok(),
        "USERNAME" => Some(user_name()),
        "COMPUTERNAME" => Some(netbios_name()),
        "TEMP" | "TMP" => {
            let mut dir = std::env::var("TMPDIR")
                .ok()
                .filter(|d| !d.is_empty())
                .unwrap_or_else(|| "/tmp".into());
            while dir.len() > 1 && dir.ends_with('/') {
                dir.pop();
            }
            Some(dir)
        }
        _ => None,
    }
}

/// # Safety
/// `name` is NULL or terminated; `buffer` has room for `size` units.
unsafe fn get_environment_variable<C: Char>(name: *const C, buffer: *mut C, size: u32) -> u32 {
    guard("GetEnvironmentVariable", 0, || {
        // SAFETY: the caller's contract.
        let name = match unsafe { read_arg(name) } {
            Ok(Some(n)) => n,
            _ => {
                set_last_error(Win32Error(f::ERROR_ENVVAR_NOT_FOUND).0);
                return 0;
            }
        };
        match environment_variable(&name) {
            Some(value) => {
                // An empty value returns 0, told apart by last error 0.
                set_last_error(0);
                // SAFETY: the caller's contract.
                unsafe { write_sized(&value, buffer, size) }
            }
            None => {
                set_last_error(f::ERROR_ENVVAR_NOT_FOUND);
                0
            }
        }
    })
}

/// # Safety
/// `name` is NULL or terminated; `buffer` has room for `size` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetEnvironmentVariableW(
    name: PCWSTR,
    buffer: PWSTR,
    size: u32,
) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { get_environment_variable(name, buffer, size) }
}

/// # Safety
/// `name` is NULL or terminated; `buffer` has room for `size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetEnvironmentVariableA(name: PCSTR, buffer: PSTR, size: u32) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { get_environment_variable(name, buffer, size) }
}

/// A NULL value deletes the variable. A name that is empty or holds '='
/// (after its first character, which Windows allows for its drive
/// variables) is ERROR_INVALID_PARAMETER.
///
/// # Safety
/// `name` and `value` are NULL or terminated.
unsafe fn set_environment_variable<C: Char>(name: *const C, value: *const C) -> BOOL {
    bool_call("SetEnvironmentVariable", || {
        // SAFETY: the caller's contract.
        let name = unsafe { read_arg(name) }?.ok_or(Win32Error::INVALID_PARAMETER)?;
        if name.is_empty() || name[1..].contains('=') || name.contains('\0') {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: the caller's contract.
        let value = unsafe { read_arg(value) }?;
        // SAFETY: Windows programs set variables from any thread; setenv
        // racing another thread's getenv is the hazard C's setenv carries
        // too, and Rust readers take std's environment lock.
        unsafe {
            match value {
                Some(v) => std::env::set_var(&name, v),
                None => std::env::remove_var(&name),
            }
        }
        Ok(())
    })
}

/// # Safety
/// `name` and `value` are NULL or terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SetEnvironmentVariableW(name: PCWSTR, value: PCWSTR) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { set_environment_variable(name, value) }
}

/// # Safety
/// `name` and `value` are NULL or terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SetEnvironmentVariableA(name: PCSTR, value: PCSTR) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { set_environment_variable(name, value) }
}

/// Replace each `%NAME%` by the variable's value; names that are not set,
/// and a `%` without a closing one, stay as they are.
fn expand_environment(source: &str) -> String {
    let mut out = String::new();
    let mut rest = source;
    while let Some(start) = rest.find('%') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('%') {
            Some(end) => match environment_variable(&after[..end]).filter(|_| end > 0) {
                Some(value) => {
                    out.push_str(&value);
                    rest = &after[end + 1..];
                }
                None => {
                    // Keep the first '%' and look again from the second.
                    out.push('%');
                    out.push_str(&after[..end]);
                    rest = &after[end..];
                }
            },
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Returns the size of the expansion, terminator included; the expansion
/// is written only when it fits (the ExpandEnvironmentStrings page).
///
/// # Safety
/// `source` is NULL or terminated; `destination` has room for `size` units.
unsafe fn expand_environment_strings<C: Char>(
    source: *const C,
    destination: *mut C,
    size: u32,
) -> u32 {
    guard("ExpandEnvironmentStrings", 0, || {
        // SAFETY: the caller's contract.
        let source = match unsafe { read_arg(source) } {
            Ok(Some(s)) => s,
            _ => {
                set_last_error(Win32Error::INVALID_PARAMETER.0);
                return 0;
            }
        };
        let units = C::encode(&expand_environment(&source));
        let needed = units.len() as u32 + 1;
        if !destination.is_null() && needed <= size {
            // SAFETY: `needed <= size` units fit.
            unsafe { crate::string::copy_terminated(&units, destination) };
        }
        needed
    })
}

/// # Safety
/// `source` is NULL or terminated; `destination` has room for `size` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn ExpandEnvironmentStringsW(
    source: PCWSTR,
    destination: PWSTR,
    size: u32,
) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { expand_environment_strings(source, destination, size) }
}

/// # Safety
/// `source` is NULL or terminated; `destination` has room for `size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn ExpandEnvironmentStringsA(
    source: PCSTR,
    destination: PSTR,
    size: u32,
) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { expand_environment_strings(source, destination, size) }
}

/// The environment block: `NAME=value` strings, each terminated, and a
/// final terminator, in one process-heap block.
fn environment_block<C: Char>() -> Win32Result<*mut C> {
    let mut units = Vec::new();
    for (k, v) in std::env::vars_os() {
        units.extend(C::encode(&format!(
            "{}={}",
            k.to_string_lossy(),
            v.to_string_lossy()
        )));
        units.push(C::default());
    }
    units.push(C::default());
    let bytes = size_of_val(units.as_slice());
    let block = crate::memory::allocate(crate::memory::process_heap(), bytes, false)?;
    // SAFETY: the block has room for every unit.
    unsafe { std::ptr::copy_nonoverlapping(units.as_ptr().cast::<u8>(), block, bytes) };
    Ok(block.cast())
}

#[unsafe(no_mangle)]
pub extern "system" fn GetEnvironmentStringsW() -> PWSTR {
    guard("GetEnvironmentStringsW", std::ptr::null_mut(), || {
        environment_block::<u16>().unwrap_or_else(|e| {
            set_last_error(e.0);
            std::ptr::null_mut()
        })
    })
}

/// The SDK's `GetEnvironmentStrings` (the ANSI block, UTF-8 here).
#[unsafe(no_mangle)]
pub extern "system" fn GetEnvironmentStrings() -> PSTR {
    guard("GetEnvironmentStrings", std::ptr::null_mut(), || {
        environment_block::<u8>().unwrap_or_else(|e| {
            set_last_error(e.0);
            std::ptr::null_mut()
        })
    })
}

fn free_environment(name: &'static str, block: *mut c_void) -> BOOL {
    bool_call(name, || {
        crate::memory::free(crate::memory::process_heap(), block.cast())
    })
}

/// # Safety
/// `block` is any value; only blocks GetEnvironmentStrings handed out are
/// freed.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn FreeEnvironmentStringsW(block: PCWSTR) -> BOOL {
    free_environment("FreeEnvironmentStringsW", block as *mut c_void)
}

/// # Safety
/// As [`FreeEnvironmentStringsW`].
#[unsafe(no_mangle)]
pub unsafe extern "system" fn FreeEnvironmentStringsA(block: PCSTR) -> BOOL {
    free_environment("FreeEnvironmentStringsA", block as *mut c_void)
}

fn host_name() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: gethostname writes at most `buf.len()` bytes.
    if unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } != 0 {
        return "localhost".into();
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..end]).into_owned()
}

/// The NetBIOS computer name (see the module documentation).
fn netbios_name() -> String {
    let host = host_name();
    let short = host.split('.').next().unwrap_or_default();
    short
        .to_uppercase()
        .chars()
        .take(MAX_COMPUTERNAME_LENGTH as usize)
        .collect()
}

/// # Safety
/// `size` is writable; `buffer` has room for `*size` units.
unsafe fn get_computer_name<C: Char>(buffer: *mut C, size: *mut u32) -> BOOL {
    bool_call("GetComputerName", || {
        // SAFETY: the caller's contract.
        unsafe {
            write_in_out(
                &netbios_name(),
                buffer,
                size,
                false,
                Win32Error(f::ERROR_BUFFER_OVERFLOW),
            )
        }
    })
}

/// # Safety
/// `size` is writable; `buffer` has room for `*size` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetComputerNameW(buffer: PWSTR, size: *mut u32) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { get_computer_name(buffer, size) }
}

/// # Safety
/// `size` is writable; `buffer` has room for `*size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetComputerNameA(buffer: PSTR, size: *mut u32) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { get_computer_name(buffer, size) }
}

/// The names of COMPUTER_NAME_FORMAT; too small a buffer is ERROR_MORE_DATA
/// with the size needed (the GetComputerNameEx page).
///
/// # Safety
/// `size` is writable; `buffer` has room for `*size` units.
unsafe fn get_computer_name_ex<C: Char>(
    format: si::COMPUTER_NAME_FORMAT,
    buffer: *mut C,
    size: *mut u32,
) -> BOOL {
    bool_call("GetComputerNameEx", || {
        let host = host_name();
        let (short, domain) = host.split_once('.').unwrap_or((&host, ""));
        let name = match format {
            si::ComputerNameNetBIOS | si::ComputerNamePhysicalNetBIOS => netbios_name(),
            si::ComputerNameDnsHostname | si::ComputerNamePhysicalDnsHostname => short.to_owned(),
            si::ComputerNameDnsDomain | si::ComputerNamePhysicalDnsDomain => domain.to_owned(),
            si::ComputerNameDnsFullyQualified | si::ComputerNamePhysicalDnsFullyQualified => {
                host.clone()
            }
            _ => return Err(Win32Error::INVALID_PARAMETER),
        };
        // SAFETY: the caller's contract.
        unsafe { write_in_out(&name, buffer, size, false, Win32Error(f::ERROR_MORE_DATA)) }
    })
}

/// # Safety
/// `size` is writable; `buffer` has room for `*size` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetComputerNameExW(
    format: si::COMPUTER_NAME_FORMAT,
    buffer: PWSTR,
    size: *mut u32,
) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { get_computer_name_ex(format, buffer, size) }
}

/// # Safety
/// `size` is writable; `buffer` has room for `*size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetComputerNameExA(
    format: si::COMPUTER_NAME_FORMAT,
    buffer: PSTR,
    size: *mut u32,
) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { get_computer_name_ex(format, buffer, size) }
}

/// The login name of the effective user (its passwd entry), else $USER.
fn user_name() -> String {
    // SAFETY: geteuid has no preconditions.
    win32::account::user_name(unsafe { libc::geteuid() })
        .unwrap_or_else(|| std::env::var("USER").unwrap_or_default())
}

/// On success `*size` counts the terminator, unlike GetComputerName (the
/// GetUserName page); too small is ERROR_INSUFFICIENT_BUFFER.
///
/// # Safety
/// `size` is writable; `buffer` has room for `*size` units.
unsafe fn get_user_name<C: Char>(buffer: *mut C, size: *mut u32) -> BOOL {
    bool_call("GetUserName", || {
        // SAFETY: the caller's contract.
        unsafe {
            write_in_out(
                &user_name(),
                buffer,
                size,
                true,
                Win32Error::INSUFFICIENT_BUFFER,
            )
        }
    })
}

/// # Safety
/// `size` is writable; `buffer` has room for `*size` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetUserNameW(buffer: PWSTR, size: *mut u32) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { get_user_name(buffer, size) }
}

/// # Safety
/// `size` is writable; `buffer` has room for `*size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetUserNameA(buffer: PSTR, size: *mut u32) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { get_user_name(buffer, size) }
}

/// Ends the process through the C library's `exit`, so atexit handlers run
/// and stdio is flushed, as ExitProcess runs DLL detach and CRT cleanup.
#[unsafe(no_mangle)]
pub extern "system" fn ExitProcess(exit_code: u32) -> ! {
    // SAFETY: exit() has no preconditions; it does not return.
    unsafe { libc::exit(exit_code as i32) }
}

/// # Safety
/// `startup_info` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetStartupInfoW(startup_info: *mut STARTUPINFOW) {
    guard("GetStartupInfoW", (), || {
        if !startup_info.is_null() {
            // SAFETY: writable by contract.
            unsafe {
                *startup_info = STARTUPINFOW {
                    cb: size_of::<STARTUPINFOW>() as u32,
                    ..Default::default()
                }
            };
        }
    })
}

/// # Safety
/// `startup_info` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetStartupInfoA(startup_info: *mut STARTUPINFOA) {
    guard("GetStartupInfoA", (), || {
        if !startup_info.is_null() {
            // SAFETY: writable by contract.
            unsafe {
                *startup_info = STARTUPINFOA {
                    cb: size_of::<STARTUPINFOA>() as u32,
                    ..Default::default()
                }
            };
        }
    })
}

/// # Safety
/// `text` is NULL or terminated.
unsafe fn output_debug<C: Char>(name: &'static str, text: *const C) {
    use std::io::Write;
    guard(name, (), || {
        // SAFETY: the caller's contract.
        let text = unsafe { read_arg(text) }.ok().flatten().unwrap_or_default();
        let _ = std::io::stderr().write_all(text.as_bytes());
    })
}

/// The text goes to stderr as UTF-8 (there is no debugger channel); as on
/// Windows no newline is added.
///
/// # Safety
/// `output_string` is NULL or terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn OutputDebugStringW(output_string: PCWSTR) {
    // SAFETY: the caller's contract.
    unsafe { output_debug("OutputDebugStringW", output_string) }
}

/// # Safety
/// `output_string` is NULL or terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn OutputDebugStringA(output_string: PCSTR) {
    // SAFETY: the caller's contract.
    unsafe { output_debug("OutputDebugStringA", output_string) }
}

/// A tracer (gdb, strace) is attached: TracerPid in /proc/self/status.
#[unsafe(no_mangle)]
pub extern "system" fn IsDebuggerPresent() -> BOOL {
    guard("IsDebuggerPresent", 0, || {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let traced = status
            .lines()
            .find_map(|l| l.strip_prefix("TracerPid:"))
            .and_then(|v| v.trim().parse::<u32>().ok())
            .is_some_and(|pid| pid != 0);
        BOOL::from(traced)
    })
}

/// cpu family, model and stepping of the first processor in /proc/cpuinfo.
fn processor_level_and_revision() -> (u16, u16) {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let field = |name: &str| {
        info.lines()
            .find(|l| l.split(':').next().is_some_and(|k| k.trim() == name))
            .and_then(|l| l.split(':').nth(1))
            .and_then(|v| v.trim().parse::<u16>().ok())
            .unwrap_or(0)
    };
    (
        field("cpu family"),
        (field("model") << 8) | field("stepping"),
    )
}

use windows_sys::Win32::System::SystemServices::PROCESSOR_AMD_X8664;

fn system_info() -> si::SYSTEM_INFO {
    // SAFETY: sysconf only reads configuration.
    let (page, cpus) = unsafe {
        (
            libc::sysconf(libc::_SC_PAGESIZE),
            libc::sysconf(libc::_SC_NPROCESSORS_ONLN),
        )
    };
    let cpus = u32::try_from(cpus).unwrap_or(1).max(1);
    let (level, revision) = processor_level_and_revision();
    let mut info = si::SYSTEM_INFO {
        dwPageSize: u32::try_from(page).unwrap_or(4096),
        // The user address range of x64 Windows.
        lpMinimumApplicationAddress: 0x1_0000 as *mut c_void,
        lpMaximumApplicationAddress: 0x7FFF_FFFE_FFFF as *mut c_void,
        dwActiveProcessorMask: if cpus >= usize::BITS {
            usize::MAX
        } else {
            (1usize << cpus) - 1
        },
        dwNumberOfProcessors: cpus,
        dwProcessorType: PROCESSOR_AMD_X8664,
        dwAllocationGranularity: 0x1_0000,
        wProcessorLevel: level,
        wProcessorRevision: revision,
        ..Default::default()
    };
    info.Anonymous.Anonymous.wProcessorArchitecture = if cfg!(target_arch = "aarch64") {
        si::PROCESSOR_ARCHITECTURE_ARM64
    } else {
        si::PROCESSOR_ARCHITECTURE_AMD64
    };
    info
}

/// # Safety
/// `system_info` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetSystemInfo(info: *mut si::SYSTEM_INFO) {
    guard("GetSystemInfo", (), || {
        if !info.is_null() {
            // SAFETY: writable by contract.
            unsafe { *info = system_info() };
        }
    })
}

/// The same as GetSystemInfo: a native process has no emulation layer.
///
/// # Safety
/// `system_info` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetNativeSystemInfo(info: *mut si::SYSTEM_INFO) {
    // SAFETY: the caller's contract.
    unsafe { GetSystemInfo(info) }
}

const MAJOR: u32 = 10;
const MINOR: u32 = 0;
const BUILD: u32 = 19045;
// OSVERSIONINFOEXW keeps these in a BYTE and a WORD.
const VER_NT_WORKSTATION: u8 = windows_sys::Win32::System::SystemServices::VER_NT_WORKSTATION as u8;
const VER_SUITE_SINGLEUSERTS: u16 =
    windows_sys::Win32::System::SystemServices::VER_SUITE_SINGLEUSERTS as u16;

/// The caller sets dwOSVersionInfoSize to the size of OSVERSIONINFOW or
/// OSVERSIONINFOEXW; anything else is ERROR_INSUFFICIENT_BUFFER, as Wine's
/// tests show. The EX fields describe a workstation without service packs.
///
/// # Safety
/// `info` is writable for the size it announces.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetVersionExW(info: *mut si::OSVERSIONINFOW) -> BOOL {
    bool_call("GetVersionExW", || {
        if info.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: the caller provides at least the announced size.
        let size = unsafe { (*info).dwOSVersionInfoSize } as usize;
        if size != size_of::<si::OSVERSIONINFOW>() && size != size_of::<si::OSVERSIONINFOEXW>() {
            return Err(Win32Error::INSUFFICIENT_BUFFER);
        }
        let mut ex = si::OSVERSIONINFOEXW {
            dwOSVersionInfoSize: size as u32,
            dwMajorVersion: MAJOR,
            dwMinorVersion: MINOR,
            dwBuildNumber: BUILD,
            dwPlatformId: VER_PLATFORM_WIN32_NT,
            wSuiteMask: VER_SUITE_SINGLEUSERTS,
            wProductType: VER_NT_WORKSTATION,
            ..Default::default()
        };
        ex.szCSDVersion[0] = 0;
        // SAFETY: `size` bytes are writable and the EX structure begins
        // with the plain one.
        unsafe {
            std::ptr::copy_nonoverlapping(
                (&ex as *const si::OSVERSIONINFOEXW).cast::<u8>(),
                info.cast::<u8>(),
                size,
            )
        };
        Ok(())
    })
}

/// The packed version: build in the high word, minor and major bytes low.
#[unsafe(no_mangle)]
pub extern "system" fn GetVersion() -> u32 {
    (BUILD << 16) | (MINOR << 8) | MAJOR
}

/// The directory of libwinsession.so, and its parent.
fn system_directory() -> String {
    let mut buf = [0u16; 4096];
    let ours = crate::module::ourselves_module();
    // SAFETY: a 4096-unit buffer.
    let n = unsafe { crate::module::GetModuleFileNameW(ours, buf.as_mut_ptr(), buf.len() as u32) }
        as usize;
    let path = String::from_utf16_lossy(&buf[..n.min(buf.len())]);
    match path.rfind('/') {
        Some(0) | None => "/".into(),
        Some(i) => path[..i].to_owned(),
    }
}

fn windows_directory() -> String {
    let dir = system_directory();
    match dir.rfind('/') {
        Some(0) | None => "/".into(),
        Some(i) => dir[..i].to_owned(),
    }
}

/// # Safety
/// `buffer` has room for `size` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetSystemDirectoryW(buffer: PWSTR, size: u32) -> u32 {
    // SAFETY: the caller's contract.
    guard("GetSystemDirectoryW", 0, || unsafe {
        write_sized(&system_directory(), buffer, size)
    })
}

/// # Safety
/// `buffer` has room for `size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetSystemDirectoryA(buffer: PSTR, size: u32) -> u32 {
    // SAFETY: the caller's contract.
    guard("GetSystemDirectoryA", 0, || unsafe {
        write_sized(&system_directory(), buffer, size)
    })
}

/// # Safety
/// `buffer` has room for `size` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetWindowsDirectoryW(buffer: PWSTR, size: u32) -> u32 {
    // SAFETY: the caller's contract.
    guard("GetWindowsDirectoryW", 0, || unsafe {
        write_sized(&windows_directory(), buffer, size)
    })
}

/// # Safety
/// `buffer` has room for `size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetWindowsDirectoryA(buffer: PSTR, size: u32) -> u32 {
    // SAFETY: the caller's contract.
    guard("GetWindowsDirectoryA", 0, || unsafe {
        write_sized(&windows_directory(), buffer, size)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::get_last_error;
    use win32::wstr::to_wide_nul;

    fn get_w(name: &str, size: u32) -> (u32, u32, String) {
        let n = to_wide_nul(name);
        let mut buf = vec![0u16; size as usize + 1];
        // SAFETY: a terminated name; the buffer has room for `size` units.
        let r = unsafe { GetEnvironmentVariableW(n.as_ptr(), buf.as_mut_ptr(), size) };
        let end = buf.iter().position(|&u| u == 0).unwrap_or(0);
        (r, get_last_error(), String::from_utf16_lossy(&buf[..end]))
    }

    #[test]
    fn environment_variables() {
        let name = to_wide_nul("K32_TEST_VARIABLE");
        let value = to_wide_nul("héllo");
        // SAFETY: terminated strings.
        unsafe { assert_eq!(SetEnvironmentVariableW(name.as_ptr(), value.as_ptr()), 1) };
        assert_eq!(get_w("K32_TEST_VARIABLE", 64), (5, 0, "héllo".into()));
        assert_eq!(get_w("k32_test_variable", 64).0, 5, "names ignore case");
        assert_eq!(
            get_w("K32_TEST_VARIABLE", 5).0,
            6,
            "too small: the size with the terminator"
        );
        let expanded = to_wide_nul("<%K32_TEST_VARIABLE%|%K32_UNSET_VARIABLE%|100%>");
        let mut buf = [0u16; 64];
        // SAFETY: terminated strings, a 64-unit buffer.
        unsafe {
            let n = ExpandEnvironmentStringsW(expanded.as_ptr(), buf.as_mut_ptr(), 64);
            assert_eq!(
                String::from_utf16_lossy(&buf[..n as usize - 1]),
                "<héllo|%K32_UNSET_VARIABLE%|100%>"
            );
            assert_eq!(
                ExpandEnvironmentStringsW(expanded.as_ptr(), buf.as_mut_ptr(), 3),
                n
            );
            assert_eq!(SetEnvironmentVariableW(name.as_ptr(), std::ptr::null()), 1);
            let bad = to_wide_nul("A=B");
            assert_eq!(SetEnvironmentVariableW(bad.as_ptr(), value.as_ptr()), 0);
        }
        assert_eq!(
            get_w("K32_TEST_VARIABLE", 64),
            (0, f::ERROR_ENVVAR_NOT_FOUND, String::new())
        );
        assert!(get_w("USERPROFILE", 512).0 > 0 || std::env::var("HOME").is_err());
    }

    #[test]
    fn environment_block_holds_the_variables() {
        // SAFETY: the block is terminated by an empty string and freed once.
        unsafe {
            let block = GetEnvironmentStringsW();
            assert!(!block.is_null());
            let mut p = block;
            let mut entries = Vec::new();
            while *p != 0 {
                let s = crate::string::c_units(p);
                entries.push(String::from_utf16_lossy(s));
                p = p.add(s.len() + 1);
            }
            assert!(entries.iter().all(|e| e.contains('=')));
            // Other tests change their own variables meanwhile; PATH stays.
            if let Ok(path) = std::env::var("PATH") {
                assert!(entries.contains(&format!("PATH={path}")));
            }
            assert_eq!(FreeEnvironmentStringsW(block), 1);
            assert_eq!(FreeEnvironmentStringsW(block), 0);
        }
    }

    #[test]
    fn computer_and_user_names() {
        let mut size = 0u32;
        // SAFETY: a NULL buffer with size 0 asks for the size.
        unsafe {
            assert_eq!(GetComputerNameW(std::ptr::null_mut(), &mut size), 0);
            assert_eq!(get_last_error(), f::ERROR_BUFFER_OVERFLOW);
            let mut buf = vec![0u16; size as usize];
            let mut room = size;
            assert_eq!(GetComputerNameW(buf.as_mut_ptr(), &mut room), 1);
            assert_eq!(room, size - 1);
            let name = String::from_utf16_lossy(&buf[..room as usize]);
            assert_eq!(name, netbios_name());
            assert!(name.len() <= 15 && !name.contains('.') && name == name.to_uppercase());

            let mut small = 1u32;
            let mut one = [0u16; 1];
            assert_eq!(
                GetComputerNameExW(
                    si::ComputerNameDnsFullyQualified,
                    one.as_mut_ptr(),
                    &mut small
                ),
                0
            );
            assert_eq!(get_last_error(), f::ERROR_MORE_DATA);
            assert_eq!(small as usize, host_name().encode_utf16().count() + 1);

            let mut size = 0u32;
            assert_eq!(GetUserNameW(std::ptr::null_mut(), &mut size), 0);
            assert_eq!(get_last_error(), f::ERROR_INSUFFICIENT_BUFFER);
            let mut buf = vec![0u16; size as usize];
            assert_eq!(GetUserNameW(buf.as_mut_ptr(), &mut size), 1);
            assert_eq!(
                size as usize,
                buf.len(),
                "the count includes the terminator"
            );
            assert_eq!(String::from_utf16_lossy(&buf[..buf.len() - 1]), user_name());
        }
    }

    #[test]
    fn system_and_version_information() {
        let mut info = si::SYSTEM_INFO::default();
        let mut version = si::OSVERSIONINFOEXW {
            dwOSVersionInfoSize: size_of::<si::OSVERSIONINFOEXW>() as u32,
            ..Default::default()
        };
        // SAFETY: writable structures of the announced sizes.
        unsafe {
            GetSystemInfo(&mut info);
            assert_eq!(info.dwPageSize as i64, libc::sysconf(libc::_SC_PAGESIZE));
            assert!(info.dwNumberOfProcessors >= 1);
            #[cfg(target_arch = "x86_64")]
            assert_eq!(
                info.Anonymous.Anonymous.wProcessorArchitecture,
                si::PROCESSOR_ARCHITECTURE_AMD64
            );
            assert_eq!(
                GetVersionExW((&mut version as *mut si::OSVERSIONINFOEXW).cast()),
                1
            );
            assert_eq!(
                (
                    version.dwMajorVersion,
                    version.dwMinorVersion,
                    version.dwBuildNumber
                ),
                (10, 0, 19045)
            );
            assert_eq!(version.wProductType, VER_NT_WORKSTATION);
            version.dwOSVersionInfoSize = 12;
            assert_eq!(
                GetVersionExW((&mut version as *mut si::OSVERSIONINFOEXW).cast()),
                0
            );
            assert_eq!(get_last_error(), f::ERROR_INSUFFICIENT_BUFFER);
            let mut startup = STARTUPINFOW {
                dwFlags: 99,
                ..Default::default()
            };
            GetStartupInfoW(&mut startup);
            assert_eq!(
                (startup.cb as usize, startup.dwFlags),
                (size_of::<STARTUPINFOW>(), 0)
            );
            let mut dir = [0u16; 1024];
            let n = GetSystemDirectoryW(dir.as_mut_ptr(), 1024);
            assert!(n > 0 && (n as usize) < 1024);
            assert_eq!(GetSystemDirectoryW(dir.as_mut_ptr(), n), n + 1);
            let w = GetWindowsDirectoryW(dir.as_mut_ptr(), 1024);
            assert!(w <= n);
        }
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let traced = status
            .lines()
            .any(|l| l.starts_with("TracerPid:") && l.split_whitespace().nth(1) != Some("0"));
        assert_eq!(IsDebuggerPresent() != 0, traced);
        assert_eq!(GetVersion() & 0xFF, 10);
    }
}
