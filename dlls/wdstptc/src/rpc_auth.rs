//! The security packages of authenticated [MS-WDSC] RPC: `dcerpc`'s
//! [`SecurityContext`] and [`Acceptor`] over the `secur32` crate (sspi).
//! [MS-WDSC] 2.1 asks for `RPC_C_AUTHN_GSS_NEGOTIATE` at
//! `RPC_C_AUTHN_LEVEL_PKT_PRIVACY`; NTLM and Kerberos are offered by their
//! own `auth_type` too, as Windows' RPC runtime accepts them.

use std::ops::Range;

use dcerpc::security::{RPC_C_AUTHN_GSS_KERBEROS, RPC_C_AUTHN_GSS_NEGOTIATE, RPC_C_AUTHN_WINNT};
use dcerpc::{Acceptor, SecurityContext, SecurityError, Step};
use secur32::{
    ClientContext, Credentials, DceContext, Package, SecError, ServerContext, ServerCredentials,
};

/// The package an `auth_type` ([MS-RPCE] 2.2.1.1.7) names.
pub fn package_for(auth_type: u8) -> Option<Package> {
    match auth_type {
        RPC_C_AUTHN_WINNT => Some(Package::Ntlm),
        RPC_C_AUTHN_GSS_NEGOTIATE => Some(Package::Negotiate),
        RPC_C_AUTHN_GSS_KERBEROS => Some(Package::Kerberos),
        _ => None,
    }
}

pub fn auth_type_of(package: Package) -> u8 {
    match package {
        Package::Ntlm => RPC_C_AUTHN_WINNT,
        Package::Negotiate => RPC_C_AUTHN_GSS_NEGOTIATE,
        Package::Kerberos => RPC_C_AUTHN_GSS_KERBEROS,
    }
}

fn rpc_error(error: SecError) -> SecurityError {
    SecurityError {
        status: error.status().cast_unsigned(),
        message: error.message().to_owned(),
    }
}

fn rpc_step(step: secur32::Step) -> Step {
    match step {
        secur32::Step::Continue(token) => Step::Continue(token),
        secur32::Step::Complete(token) => Step::Complete(token),
    }
}

/// One side of an authenticated association: a `secur32` client or
/// server context as `dcerpc`'s [`SecurityContext`].
pub struct RpcAuth<C>(C);

/// A client's side.
pub type RpcClientAuth = RpcAuth<ClientContext>;
/// A server's side.
pub type RpcServerAuth = RpcAuth<ServerContext>;

impl RpcClientAuth {
    /// `credentials` `None` takes them from the environment (the
    /// `secur32` crate documentation lists the sources); `target_spn` is
    /// the server's `service/host`.
    pub fn new(
        auth_type: u8,
        credentials: Option<Credentials>,
        target_spn: &str,
    ) -> Result<Self, SecurityError> {
        let package = package_for(auth_type).ok_or_else(|| {
            rpc_error(SecError::new(
                windows_sys::Win32::Foundation::SEC_E_SECPKG_NOT_FOUND,
                format!("no security package for auth_type {auth_type}"),
            ))
        })?;
        let context = ClientContext::new(package, credentials, target_spn).map_err(rpc_error)?;
        Ok(RpcAuth(context))
    }
}

impl<C: DceContext> SecurityContext for RpcAuth<C> {
    fn auth_type(&self) -> u8 {
        auth_type_of(self.0.package())
    }

    fn step(&mut self, input: Option<&[u8]>) -> Result<Step, SecurityError> {
        self.0.step(input).map(rpc_step).map_err(rpc_error)
    }

    fn signature_len(&self) -> usize {
        self.0.signature_len()
    }

    fn set_header_signing(&mut self, sign: bool) {
        self.0.set_header_signing(sign);
    }

    fn seal(&mut self, pdu: &mut [u8], stub: Range<usize>) -> Result<Vec<u8>, SecurityError> {
        self.0.seal_dce(pdu, stub).map_err(rpc_error)
    }

    fn unseal(
        &mut self,
        pdu: &mut [u8],
        stub: Range<usize>,
        signature: &[u8],
    ) -> Result<(), SecurityError> {
        self.0.unseal_dce(pdu, stub, signature).map_err(rpc_error)
    }

    /// Known once the client's first sealed PDU has verified (see
    /// `secur32::DceContext::peer_name`).
    fn peer_name(&self) -> Option<String> {
        self.0.peer_name().map(str::to_owned)
    }
}

/// The client context `WDS_TRANSPORTCLIENT_AUTH` uses against `host`:
/// Negotiate ([MS-WDSC] 2.1) for the service principal `host/<host>`
/// (the WDS server runs as the machine account), with the identity from
/// the environment. A failure is the `SEC_E_*` status as a `u32`, e.g.
/// `SEC_E_NO_CREDENTIALS` (0x8009030E) when no identity is configured.
pub fn client_context(host: &str) -> Result<Box<dyn SecurityContext>, u32> {
    let context = RpcClientAuth::new(RPC_C_AUTHN_GSS_NEGOTIATE, None, &format!("host/{host}"))
        .map_err(|error| error.status)?;
    Ok(Box::new(context))
}

/// The server's packages: NTLM and Negotiate when it has users, Kerberos
/// (and Kerberos inside Negotiate) when it has a keytab key.
#[derive(Debug, Clone)]
pub struct RpcAcceptor {
    credentials: ServerCredentials,
}

impl RpcAcceptor {
    pub fn new(credentials: ServerCredentials) -> Self {
        Self { credentials }
    }
}

impl Acceptor for RpcAcceptor {
    fn accept(&self, auth_type: u8) -> Option<Box<dyn SecurityContext>> {
        let package = package_for(auth_type)?;
        // A package without the identities it needs is not offered.
        let context = ServerContext::new(package, self.credentials.clone()).ok()?;
        Some(Box::new(RpcAuth(context)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acceptor() -> RpcAcceptor {
        let mut credentials = ServerCredentials::new();
        credentials.add_user(Credentials::new("WDS", "alice", "Secret123"));
        RpcAcceptor::new(credentials)
    }

    fn handshake(client: &mut dyn SecurityContext, server: &mut dyn SecurityContext) {
        let mut token = match client.step(None).unwrap() {
            Step::Continue(token) => token,
            Step::Complete(_) => panic!("one leg cannot finish"),
        };
        loop {
            let reply = match server.step(Some(&token)).unwrap() {
                Step::Continue(reply) => reply,
                Step::Complete(None) => return,
                Step::Complete(Some(reply)) => {
                    assert!(matches!(
                        client.step(Some(&reply)).unwrap(),
                        Step::Complete(None)
                    ));
                    return;
                }
            };
            token = match client.step(Some(&reply)).unwrap() {
                Step::Continue(token) | Step::Complete(Some(token)) => token,
                Step::Complete(None) => return,
            };
        }
    }

    #[test]
    fn ntlm_and_negotiate_associations_seal_through_the_trait() {
        for auth_type in [RPC_C_AUTHN_WINNT, RPC_C_AUTHN_GSS_NEGOTIATE] {
            let credentials = Credentials::new("WDS", "alice", "Secret123");
            let mut client =
                RpcClientAuth::new(auth_type, Some(credentials), "host/wds.test").unwrap();
            let mut server = acceptor().accept(auth_type).unwrap();
            assert_eq!(server.auth_type(), auth_type);
            handshake(&mut client, server.as_mut());
            assert_eq!(client.signature_len(), server.signature_len());

            let mut pdu = b"header..stub bytes..trailer".to_vec();
            let plain = pdu.clone();
            let signature = client.seal(&mut pdu, 8..20).unwrap();
            server.unseal(&mut pdu, 8..20, &signature).unwrap();
            assert_eq!(pdu, plain);
            assert_eq!(server.peer_name().as_deref(), Some("WDS\\alice"));

            let signature = server.seal(&mut pdu, 8..20).unwrap();
            pdu[0] ^= 1;
            let err = client.unseal(&mut pdu, 8..20, &signature).unwrap_err();
            assert_eq!(
                err.status,
                windows_sys::Win32::Foundation::SEC_E_MESSAGE_ALTERED.cast_unsigned()
            );
        }
    }

    #[test]
    fn packages_without_identities_or_unknown_types_are_not_offered() {
        assert!(
            acceptor().accept(RPC_C_AUTHN_GSS_KERBEROS).is_none(),
            "no keytab"
        );
        assert!(
            acceptor()
                .accept(dcerpc::security::RPC_C_AUTHN_NONE)
                .is_none()
        );
        assert!(
            RpcAcceptor::new(ServerCredentials::new())
                .accept(RPC_C_AUTHN_WINNT)
                .is_none()
        );
        let err = RpcClientAuth::new(68, None, "host/x").err().unwrap();
        assert_eq!(
            err.status,
            windows_sys::Win32::Foundation::SEC_E_SECPKG_NOT_FOUND.cast_unsigned()
        );
    }
}
