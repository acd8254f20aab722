//! Win32 error codes and HRESULTs as types.

use std::fmt;
use std::io;

use windows_sys::Win32::Foundation as f;
use windows_sys::Win32::System::Rpc as rpc;

/// A Win32 error code, as `GetLastError` returns it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Win32Error(pub u32);

/// The result type of every fallible winsession API call.
pub type Win32Result<T> = Result<T, Win32Error>;

impl Win32Error {
    pub const SUCCESS: Self = Self(f::ERROR_SUCCESS);
    pub const ACCESS_DENIED: Self = Self(f::ERROR_ACCESS_DENIED);
    pub const INVALID_HANDLE: Self = Self(f::ERROR_INVALID_HANDLE);
    pub const NOT_ENOUGH_MEMORY: Self = Self(f::ERROR_NOT_ENOUGH_MEMORY);
    pub const INVALID_DATA: Self = Self(f::ERROR_INVALID_DATA);
    pub const NOT_SUPPORTED: Self = Self(f::ERROR_NOT_SUPPORTED);
    pub const INVALID_PARAMETER: Self = Self(f::ERROR_INVALID_PARAMETER);
    pub const CALL_NOT_IMPLEMENTED: Self = Self(f::ERROR_CALL_NOT_IMPLEMENTED);
    pub const INSUFFICIENT_BUFFER: Self = Self(f::ERROR_INSUFFICIENT_BUFFER);
    pub const TIMEOUT: Self = Self(f::ERROR_TIMEOUT);
    pub const NOT_FOUND: Self = Self(f::ERROR_NOT_FOUND);
    pub const INVALID_COMPUTERNAME: Self = Self(f::ERROR_INVALID_COMPUTERNAME);
    pub const INTERNAL_ERROR: Self = Self(f::ERROR_INTERNAL_ERROR);
    pub const INVALID_USER_BUFFER: Self = Self(f::ERROR_INVALID_USER_BUFFER);
    pub const FILE_NOT_FOUND: Self = Self(f::ERROR_FILE_NOT_FOUND);
    pub const BAD_NETPATH: Self = Self(f::ERROR_BAD_NETPATH);
    pub const RPC_S_SERVER_UNAVAILABLE: Self = Self(rpc::RPC_S_SERVER_UNAVAILABLE as u32);
    pub const RPC_S_CALL_FAILED: Self = Self(rpc::RPC_S_CALL_FAILED as u32);
    pub const CTX_WINSTATION_NOT_FOUND: Self = Self(f::ERROR_CTX_WINSTATION_NOT_FOUND);
    pub const CTX_WINSTATION_BUSY: Self = Self(f::ERROR_CTX_WINSTATION_BUSY);

    pub fn code(self) -> u32 {
        self.0
    }

    /// The Win32 error closest to an errno from a failed system call.
    pub fn from_errno(errno: i32) -> Self {
        let code = match errno {
            libc::EPERM | libc::EACCES => f::ERROR_ACCESS_DENIED,
            libc::ENOENT => f::ERROR_FILE_NOT_FOUND,
            libc::ESRCH => f::ERROR_INVALID_PARAMETER,
            libc::ENOMEM => f::ERROR_NOT_ENOUGH_MEMORY,
            libc::EINVAL => f::ERROR_INVALID_PARAMETER,
            libc::EBADF => f::ERROR_INVALID_HANDLE,
            libc::ENOSYS | libc::EOPNOTSUPP => f::ERROR_NOT_SUPPORTED,
            libc::ETIMEDOUT => f::ERROR_TIMEOUT,
            libc::EBUSY => f::ERROR_BUSY,
            libc::ENOSPC => f::ERROR_DISK_FULL,
            libc::EPIPE => f::ERROR_BROKEN_PIPE,
            libc::ECONNREFUSED | libc::EHOSTUNREACH | libc::ENETUNREACH => {
                rpc::RPC_S_SERVER_UNAVAILABLE as u32
            }
            _ => f::ERROR_GEN_FAILURE,
        };
        Self(code)
    }

    /// What the code means, for messages shown to people.
    pub fn description(self) -> &'static str {
        match self.0 {
            f::ERROR_SUCCESS => "the operation completed successfully",
            f::ERROR_ACCESS_DENIED => "access is denied",
            f::ERROR_INVALID_HANDLE => "the handle is invalid",
            f::ERROR_NOT_ENOUGH_MEMORY => "not enough memory",
            f::ERROR_INVALID_DATA => "the data is invalid",
            f::ERROR_FILE_NOT_FOUND => "the file was not found",
            f::ERROR_NOT_SUPPORTED => "the request is not supported",
            f::ERROR_INVALID_PARAMETER => "the parameter is incorrect",
            f::ERROR_CALL_NOT_IMPLEMENTED => "this function is not supported on this system",
            f::ERROR_INSUFFICIENT_BUFFER => "the data area passed is too small",
            f::ERROR_TIMEOUT => "the operation timed out",
            f::ERROR_NOT_FOUND => "element not found",
            f::ERROR_INTERNAL_ERROR => "an internal error occurred",
            f::ERROR_INVALID_USER_BUFFER => "the supplied user buffer is not valid",
            f::ERROR_CTX_WINSTATION_NOT_FOUND => "the specified session cannot be found",
            f::ERROR_CTX_WINSTATION_BUSY => "the session is busy",
            0x6BA => "the RPC server is unavailable",
            0x6BE => "the remote procedure call failed",
            _ => "unknown error",
        }
    }
}

impl From<io::Error> for Win32Error {
    fn from(e: io::Error) -> Self {
        match e.raw_os_error() {
            Some(errno) => Self::from_errno(errno),
            None if e.kind() == io::ErrorKind::TimedOut => Self::TIMEOUT,
            None if e.kind() == io::ErrorKind::NotFound => Self::FILE_NOT_FOUND,
            None => Self(f::ERROR_GEN_FAILURE),
        }
    }
}

impl fmt::Debug for Win32Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Win32Error({})", self.0)
    }
}

impl fmt::Display for Win32Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (Win32 error {})", self.description(), self.0)
    }
}

impl std::error::Error for Win32Error {}

/// An HRESULT: negative means failure.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct HResult(pub i32);

impl HResult {
    pub const S_OK: Self = Self(0);
    pub const S_FALSE: Self = Self(1);

    pub fn is_ok(self) -> bool {
        self.0 >= 0
    }

    /// HRESULT_FROM_WIN32: facility 7, severity bit set; 0 stays S_OK.
    pub fn from_win32(e: Win32Error) -> Self {
        if e.0 == 0 || (e.0 as i32) < 0 {
            Self(e.0 as i32)
        } else {
            Self(((e.0 & 0xFFFF) | (7 << 16) | 0x8000_0000) as i32)
        }
    }
}

impl From<Win32Error> for HResult {
    fn from(e: Win32Error) -> Self {
        Self::from_win32(e)
    }
}

impl fmt::Display for HResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HRESULT 0x{:08X}", self.0 as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hresult_from_win32_matches_the_sdk_macro() {
        assert_eq!(HResult::from_win32(Win32Error::SUCCESS), HResult::S_OK);
        assert_eq!(
            HResult::from_win32(Win32Error::ACCESS_DENIED).0 as u32,
            0x8007_0005
        );
        assert_eq!(
            HResult::from_win32(Win32Error::INVALID_PARAMETER).0 as u32,
            windows_sys::Win32::Foundation::E_INVALIDARG as u32
        );
        assert!(!HResult::from_win32(Win32Error::INVALID_HANDLE).is_ok());
    }

    #[test]
    fn errno_maps_to_the_nearest_win32_error() {
        assert_eq!(
            Win32Error::from_errno(libc::EPERM),
            Win32Error::ACCESS_DENIED
        );
        assert_eq!(
            Win32Error::from(std::io::Error::from_raw_os_error(libc::ENOENT)),
            Win32Error::FILE_NOT_FOUND
        );
    }
}
