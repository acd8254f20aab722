//! Errors as SSPI reports them: an `SEC_E_*` HRESULT and a description.

use std::fmt;

use windows_sys::Win32::Foundation::{SEC_E_INTERNAL_ERROR, SEC_E_OUT_OF_SEQUENCE};
use windows_sys::core::HRESULT;

/// A failure of a security package, carrying the status
/// `InitializeSecurityContext`, `AcceptSecurityContext`, `EncryptMessage`
/// or `DecryptMessage` return on Windows for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecError {
    status: HRESULT,
    message: String,
}

impl SecError {
    pub fn new(status: HRESULT, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
        }
    }

    /// The `SEC_E_*` HRESULT.
    pub fn status(&self) -> HRESULT {
        self.status
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub(crate) fn out_of_sequence(message: &str) -> Self {
        Self::new(SEC_E_OUT_OF_SEQUENCE, message)
    }
}

impl fmt::Display for SecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (status {:#010x})", self.message, self.status)
    }
}

impl std::error::Error for SecError {}

impl From<sspi::Error> for SecError {
    fn from(error: sspi::Error) -> Self {
        // sspi's ErrorKind discriminants are the SSPI status codes
        // (https://learn.microsoft.com/en-us/windows/win32/secauthn/sspi-status-codes);
        // the bit pattern is reinterpreted as the signed HRESULT.
        let code = error.error_type as u32;
        let status = if code == 0 {
            SEC_E_INTERNAL_ERROR
        } else {
            code.cast_signed()
        };
        Self::new(status, error.description)
    }
}

pub type SecResult<T> = Result<T, SecError>;
