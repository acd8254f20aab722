#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]
//! secur32: the security packages behind authenticated DCE/RPC, over
//! Devolutions' `sspi` crate (NTLM, Kerberos and Negotiate/SPNEGO, client
//! and server). This crate adds no cryptography: it drives sspi's
//! `InitializeSecurityContext`, `AcceptSecurityContext`, `EncryptMessage`
//! and `DecryptMessage` and reports failures with the `SEC_E_*` status
//! Windows gives.
//!
//! # Identity sources
//!
//! - **Client, NTLM**: the [`Credentials`] the caller passes; without
//!   them the first `DOMAIN:user:password` line of the file named by
//!   `NTLM_USER_FILE`, as gss-ntlmssp does.
//! - **Client, Kerberos**: a password, from the caller or (`DOMAIN` being
//!   the realm) the same file: `WDS.TEST:alice:pw` asks for the principal
//!   `alice@WDS.TEST`. sspi requests the TGT and the service ticket
//!   itself; it cannot read an MIT credential cache, so a ticket from
//!   `kinit` (`KRB5CCNAME`) is not used. The KDC comes from
//!   `SSPI_KDC_URL_<REALM>`, `SSPI_KDC_URL` or krb5.conf (`KRB5_CONFIG`,
//!   `[realms] REALM = { kdc = host }`, reached over TCP). The user's
//!   principal must require pre-authentication (MIT: `+requires_preauth`
//!   or `default_principal_flags = +preauth`; AD's default). A refused
//!   logon (wrong password, unknown, expired or revoked principal) is
//!   `SEC_E_LOGON_DENIED`.
//! - **Client, Negotiate**: as above; sspi picks Kerberos when it finds a
//!   KDC for the user's realm and the target is a name, NTLM otherwise: a
//!   target SPN holding an IP address (`host/10.0.0.1`) always takes NTLM,
//!   as Windows does unless `TryIPSPN` is set.
//! - **Server, NTLM**: a user database in gss-ntlmssp's `NTLM_USER_FILE`
//!   format. Names compare case-insensitively; an entry with an empty
//!   domain matches the user in any domain.
//! - **Server, Kerberos**: the service's key from a keytab (`KRB5_KTNAME`,
//!   else `/etc/krb5.keytab`), AES-256 or AES-128. The client is named
//!   `user@REALM`; no local account or NTLM entry is needed for it.

mod context;
mod error;
mod gss_token;
mod identity;
mod kdc;
mod keytab;

pub use context::{ClientContext, DceContext, Package, ServerContext, Session, Step};
pub use error::{SecError, SecResult};
pub use identity::{
    Credentials, KRB5_KTNAME, NTLM_USER_FILE, ServerCredentials, parse_user_file, read_user_file,
};
pub use keytab::{Keytab, ServiceKey};

#[cfg(test)]
mod tests;
