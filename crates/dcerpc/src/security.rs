//! The security context an authentication package provides to an
//! association ([MS-RPCE] 3.3.1.5.2 and 3.3.1.5.2.2). This crate has no
//! cryptography: a higher layer implements this trait over a trusted
//! library (see the README's WDS section for the choice).

use std::fmt;
use std::ops::Range;

/// `auth_type` values ([MS-RPCE] 2.2.1.1.7).
pub const RPC_C_AUTHN_NONE: u8 = 0;
pub const RPC_C_AUTHN_GSS_NEGOTIATE: u8 = 9;
pub const RPC_C_AUTHN_WINNT: u8 = 10;
pub const RPC_C_AUTHN_GSS_KERBEROS: u8 = 16;

/// `auth_level` values ([MS-RPCE] 2.2.1.1.8).
pub const RPC_C_AUTHN_LEVEL_NONE: u8 = 1;
pub const RPC_C_AUTHN_LEVEL_CONNECT: u8 = 2;
pub const RPC_C_AUTHN_LEVEL_PKT_INTEGRITY: u8 = 5;
pub const RPC_C_AUTHN_LEVEL_PKT_PRIVACY: u8 = 6;

/// One leg of the handshake.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// More legs follow: send this token and wait for the peer's.
    Continue(Vec<u8>),
    /// The context is established; a last token may still go to the peer
    /// (NTLM's AUTHENTICATE, Kerberos' DCE-style AP-REP).
    Complete(Option<Vec<u8>>),
}

/// A refusal by the security package, with the status Windows reports
/// for it (an `SEC_E_*` HRESULT or a Win32 error such as
/// `ERROR_ACCESS_DENIED`, 5, or `ERROR_LOGON_FAILURE`, 1326).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityError {
    pub status: u32,
    pub message: String,
}

impl fmt::Display for SecurityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (status {:#010x})", self.message, self.status)
    }
}

impl std::error::Error for SecurityError {}

/// One side of an authenticated association.
pub trait SecurityContext: Send {
    /// The `auth_type` this context speaks.
    fn auth_type(&self) -> u8;

    /// One handshake leg: the peer's token in (`None` on a client's first
    /// leg), ours out.
    fn step(&mut self, input: Option<&[u8]>) -> Result<Step, SecurityError>;

    /// How many bytes the signature (`auth_value`) takes once the context
    /// is established.
    fn signature_len(&self) -> usize;

    /// Packet privacy with header signing ([MS-RPCE] 3.3.1.5.2.2): `pdu`
    /// runs from the PDU's first byte to the end of its sec_trailer, with
    /// the stub and its padding at `stub`. Encrypts `pdu[stub]` in place
    /// and returns the signature over all of `pdu`.
    fn seal(&mut self, pdu: &mut [u8], stub: Range<usize>) -> Result<Vec<u8>, SecurityError>;

    /// The inverse of [`seal`](Self::seal): decrypts `pdu[stub]` in place
    /// and checks `signature` over all of `pdu`.
    fn unseal(
        &mut self,
        pdu: &mut [u8],
        stub: Range<usize>,
        signature: &[u8],
    ) -> Result<(), SecurityError>;

    /// The authenticated peer, once known (server side): `DOMAIN\user` or
    /// `user@REALM`, as the package names it.
    fn peer_name(&self) -> Option<String> {
        None
    }

    /// Whether both ends agreed on header signing (`PFC_SUPPORT_HEADER_SIGN`
    /// offered in the bind and echoed in bind_ack, [MS-RPCE] 3.3.1.5.2.2).
    /// Without it, a package whose signature covers only what it encrypts
    /// (Kerberos) leaves the header and trailer out; told once, before the
    /// first sealed PDU. Contexts that always sign the whole PDU ignore it.
    fn set_header_signing(&mut self, _sign: bool) {}
}

/// A server's source of security contexts: one fresh acceptor per
/// association that asks for `auth_type`, or `None` if the server does
/// not offer that package.
pub trait Acceptor: Send + Sync {
    fn accept(&self, auth_type: u8) -> Option<Box<dyn SecurityContext>>;
}
