//! Why bytes are not a PDU, why an association failed, and the Win32 and
//! NCA status codes each failure reports (C706 appendix E, [MS-RPCE]
//! 2.2.2.10 and 3.3.1.5.5).

use std::fmt;

use crate::pdu::{nak, reason};
use crate::security::SecurityError;

/// Why bytes are not a PDU.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PduError {
    /// The PDU ended inside a field.
    Truncated,
    /// `rpc_vers`.`rpc_vers_minor` other than 5.0 or 5.1.
    BadVersion(u8, u8),
    /// The peer uses big-endian integers, which we do not speak.
    BigEndian,
    /// A `PTYPE` this crate does not handle.
    UnknownType(u8),
    /// `frag_length` below the header, above the negotiated maximum or
    /// unequal to the bytes given.
    BadFragLength(u16),
    /// `auth_length` does not fit the fragment.
    BadAuthLength(u16),
    /// A field holds a value its specification rules out.
    BadField(&'static str),
    /// Encoding would exceed `frag_length`'s 65535 bytes.
    TooLarge,
}

impl fmt::Display for PduError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PduError::Truncated => write!(f, "PDU truncated"),
            PduError::BadVersion(a, b) => write!(f, "unsupported RPC version {a}.{b}"),
            PduError::BigEndian => write!(f, "big-endian data representation is not supported"),
            PduError::UnknownType(t) => write!(f, "unknown PDU type {t}"),
            PduError::BadFragLength(n) => write!(f, "bad frag_length {n}"),
            PduError::BadAuthLength(n) => write!(f, "bad auth_length {n}"),
            PduError::BadField(name) => write!(f, "bad value in field {name}"),
            PduError::TooLarge => write!(f, "PDU longer than 65535 bytes"),
        }
    }
}

impl std::error::Error for PduError {}

/// Win32 and NCA status values an [`RpcError`] maps to (winerror.h and
/// [MS-RPCE] 3.1.1.5.5 / C706 appendix E; this crate has no windows-sys
/// dependency).
pub mod status {
    /// `ERROR_ACCESS_DENIED`, also the `nca_s_fault_access_denied` fault.
    pub const ERROR_ACCESS_DENIED: u32 = 5;
    /// `RPC_S_SERVER_TOO_BUSY`.
    pub const RPC_S_SERVER_TOO_BUSY: u32 = 1723;
    /// `RPC_S_UNKNOWN_IF`.
    pub const RPC_S_UNKNOWN_IF: u32 = 1717;
    /// `RPC_S_CALL_FAILED`.
    pub const RPC_S_CALL_FAILED: u32 = 1726;
    /// `RPC_S_CALL_FAILED_DNE`.
    pub const RPC_S_CALL_FAILED_DNE: u32 = 1727;
    /// `RPC_S_PROTOCOL_ERROR`.
    pub const RPC_S_PROTOCOL_ERROR: u32 = 1728;
    /// `RPC_S_UNSUPPORTED_TRANS_SYN`.
    pub const RPC_S_UNSUPPORTED_TRANS_SYN: u32 = 1730;
    /// `RPC_S_UNKNOWN_AUTHN_LEVEL`.
    pub const RPC_S_UNKNOWN_AUTHN_LEVEL: u32 = 1748;
    /// `nca_s_op_rng_error`: opnum out of range.
    pub const NCA_S_OP_RNG_ERROR: u32 = 0x1c01_0002;
    /// `nca_s_unk_if`: unknown interface or presentation context.
    pub const NCA_S_UNK_IF: u32 = 0x1c01_0003;
    /// `nca_s_proto_error`.
    pub const NCA_S_PROTO_ERROR: u32 = 0x1c01_000b;
}

/// Why an association failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RpcError {
    /// The peer sent bytes that are not a valid PDU.
    Malformed(PduError),
    /// A valid PDU at the wrong time or with inconsistent fields.
    Protocol(&'static str),
    /// The server refused the bind, with its `provider_reject_reason`.
    BindNak(u16),
    /// The server rejected our presentation context.
    ContextRejected {
        /// `p_cont_def_result_t`.
        result: u16,
        /// `p_provider_reason_t`.
        reason: u16,
    },
    /// The security package refused a token or a signature.
    Security(SecurityError),
    /// A fault not tied to an outstanding call, with its status.
    Fault(u32),
    /// An `auth_level` this crate cannot provide (only CONNECT and
    /// PKT_PRIVACY are implemented).
    UnsupportedAuthLevel(u8),
    /// The peer sent a shutdown PDU.
    Shutdown,
}

impl RpcError {
    /// The Win32 status Windows' runtime reports for this failure.
    pub fn status(&self) -> u32 {
        match self {
            RpcError::Malformed(_) | RpcError::Protocol(_) => status::RPC_S_PROTOCOL_ERROR,
            RpcError::BindNak(r) => match *r {
                nak::AUTHENTICATION_TYPE_NOT_RECOGNIZED | nak::INVALID_CHECKSUM => {
                    status::ERROR_ACCESS_DENIED
                }
                nak::TEMPORARY_CONGESTION | nak::LOCAL_LIMIT_EXCEEDED => {
                    status::RPC_S_SERVER_TOO_BUSY
                }
                nak::PROTOCOL_VERSION_NOT_SUPPORTED => status::RPC_S_PROTOCOL_ERROR,
                _ => status::RPC_S_CALL_FAILED_DNE,
            },
            RpcError::ContextRejected { reason: r, .. } => match *r {
                reason::PROPOSED_TRANSFER_SYNTAXES_NOT_SUPPORTED => {
                    status::RPC_S_UNSUPPORTED_TRANS_SYN
                }
                _ => status::RPC_S_UNKNOWN_IF,
            },
            RpcError::Security(e) => e.status,
            RpcError::Fault(s) => *s,
            RpcError::UnsupportedAuthLevel(_) => status::RPC_S_UNKNOWN_AUTHN_LEVEL,
            RpcError::Shutdown => status::RPC_S_CALL_FAILED,
        }
    }
}

impl fmt::Display for RpcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RpcError::Malformed(e) => write!(f, "malformed PDU: {e}"),
            RpcError::Protocol(what) => write!(f, "protocol error: {what}"),
            RpcError::BindNak(r) => write!(f, "bind refused (bind_nak reason {r})"),
            RpcError::ContextRejected { result, reason } => {
                write!(
                    f,
                    "presentation context rejected (result {result}, reason {reason})"
                )
            }
            RpcError::Security(e) => write!(f, "security: {e}"),
            RpcError::Fault(s) => write!(f, "fault {s:#010x}"),
            RpcError::UnsupportedAuthLevel(l) => write!(f, "unsupported auth_level {l}"),
            RpcError::Shutdown => write!(f, "the peer shut the association down"),
        }
    }
}

impl std::error::Error for RpcError {}

impl From<PduError> for RpcError {
    fn from(e: PduError) -> RpcError {
        RpcError::Malformed(e)
    }
}

impl From<SecurityError> for RpcError {
    fn from(e: SecurityError) -> RpcError {
        RpcError::Security(e)
    }
}
