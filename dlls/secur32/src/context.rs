//! Client and server security contexts: the handshake legs
//! (`InitializeSecurityContext` / `AcceptSecurityContext`) and DCE/RPC
//! packet privacy (`EncryptMessage` / `DecryptMessage` with header signing).

use std::ops::Range;
use std::panic::AssertUnwindSafe;
use std::time::Duration;

use sspi::credssp::SspiContext;
use sspi::kerberos::ServerProperties;
use sspi::ntlm::NtlmConfig;
use sspi::{
    BufferType, ClientRequestFlags, CredentialUse, CredentialsBuffers, DataRepresentation,
    EncryptionFlags, KdcResolution, Kerberos, KerberosConfig, KerberosServerConfig, Negotiate,
    NegotiateConfig, Ntlm, SecurityBuffer, SecurityBufferFlags, SecurityBufferRef, SecurityStatus,
    ServerRequestFlags, Sspi, SspiEx, SspiImpl, UsernameParts,
};
use windows_sys::Win32::Foundation::{
    SEC_E_INTERNAL_ERROR, SEC_E_INVALID_HANDLE, SEC_E_INVALID_TOKEN, SEC_E_LOGON_DENIED,
    SEC_E_NO_CREDENTIALS, SEC_E_UNKNOWN_CREDENTIALS,
};

use crate::error::{SecError, SecResult};
use crate::identity::{Credentials, ServerCredentials};
use crate::kdc::KdcTransport;

/// The security packages, by the names `AcquireCredentialsHandle` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Package {
    Ntlm,
    Kerberos,
    /// SPNEGO ([MS-SPNG]): Kerberos when a KDC is known for the realm,
    /// else NTLM.
    Negotiate,
}

/// One handshake leg.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Send this token and wait for the peer's (`SEC_I_CONTINUE_NEEDED`).
    Continue(Vec<u8>),
    /// Established (`SEC_E_OK`); a last token may still go to the peer.
    Complete(Option<Vec<u8>>),
}

/// The clock skew a Kerberos acceptor tolerates (RFC 4120 appendix A:
/// "typically on the order of 5 minutes"; Windows' default too).
const MAX_CLOCK_SKEW: Duration = Duration::from_secs(300);

/// The requests an RPC caller makes at `RPC_C_AUTHN_LEVEL_PKT_PRIVACY`:
/// confidentiality, integrity and the DCE (three-leg) style ([MS-RPCE]
/// 3.3.1.5.2.1; [MS-KILE] 3.4.5.1).
const CLIENT_FLAGS: ClientRequestFlags = ClientRequestFlags::MUTUAL_AUTH
    .union(ClientRequestFlags::INTEGRITY)
    .union(ClientRequestFlags::CONFIDENTIALITY)
    .union(ClientRequestFlags::USE_DCE_STYLE);
const SERVER_FLAGS: ServerRequestFlags = ServerRequestFlags::MUTUAL_AUTH
    .union(ServerRequestFlags::INTEGRITY)
    .union(ServerRequestFlags::CONFIDENTIALITY)
    .union(ServerRequestFlags::USE_DCE_STYLE);

/// The NetBIOS-style name NTLM and Negotiate put in their messages.
fn computer_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|name| name.trim().to_owned())
        .unwrap_or_else(|_| String::from("localhost"))
}

fn kerberos_config() -> KerberosConfig {
    // KdcUrl(None): sspi finds the realm's KDC in SSPI_KDC_URL or krb5.conf.
    KerberosConfig {
        kdc_resolution: KdcResolution::KdcUrl(None),
        client_computer_name: computer_name(),
    }
}

fn ntlm_config() -> NtlmConfig {
    NtlmConfig {
        client_computer_name: Some(computer_name()),
    }
}

/// The state both sides share once established.
struct Session {
    context: SspiContext,
    established: bool,
    signature_len: usize,
    /// sspi (through picky-krb's ASN.1 decoders) panics on some malformed
    /// tokens; such a context is never used again, as Windows requires a
    /// failed context to be deleted.
    poisoned: bool,
}

impl Session {
    fn new(context: SspiContext) -> Self {
        Self {
            context,
            established: false,
            signature_len: 0,
            poisoned: false,
        }
    }

    /// Runs one call into sspi, turning a panic into `SEC_E_INVALID_TOKEN`
    /// so that a malformed packet from the network cannot take the
    /// process down.
    fn guard<T>(&mut self, call: impl FnOnce(&mut Self) -> SecResult<T>) -> SecResult<T> {
        if self.poisoned {
            return Err(SecError::new(
                SEC_E_INVALID_HANDLE,
                "the security context failed earlier",
            ));
        }
        match std::panic::catch_unwind(AssertUnwindSafe(|| call(self))) {
            Ok(result) => result,
            Err(_) => {
                self.poisoned = true;
                Err(SecError::new(
                    SEC_E_INVALID_TOKEN,
                    "the security package could not decode a message",
                ))
            }
        }
    }

    fn establish(&mut self) -> SecResult<()> {
        self.signature_len = usize::try_from(self.context.query_context_sizes()?.security_trailer)
            .map_err(|_| SecError::new(SEC_E_INTERNAL_ERROR, "signature size"))?;
        self.established = true;
        Ok(())
    }

    fn require_established(&self) -> SecResult<()> {
        if self.established {
            Ok(())
        } else {
            Err(SecError::out_of_sequence(
                "the security context is not established",
            ))
        }
    }

    /// [MS-RPCE] 3.3.1.5.2.2: the header and the sec_trailer travel in
    /// SECBUFFER_DATA | SECBUFFER_READONLY_WITH_CHECKSUM buffers (signed,
    /// not encrypted), the stub in SECBUFFER_DATA, the signature in
    /// SECBUFFER_TOKEN.
    fn seal_dce(&mut self, pdu: &mut [u8], stub: Range<usize>) -> SecResult<Vec<u8>> {
        self.guard(|session| session.encrypt(pdu, stub))
    }

    fn unseal_dce(
        &mut self,
        pdu: &mut [u8],
        stub: Range<usize>,
        signature: &[u8],
    ) -> SecResult<()> {
        self.guard(|session| session.decrypt(pdu, stub, signature))
    }

    fn encrypt(&mut self, pdu: &mut [u8], stub: Range<usize>) -> SecResult<Vec<u8>> {
        self.require_established()?;
        let (header, body, trailer) = split_pdu(pdu, &stub)?;
        let stub_len = body.len();
        let mut signature = vec![0; self.signature_len];
        let mut message = [
            SecurityBufferRef::data_buf(header)
                .with_flags(SecurityBufferFlags::SECBUFFER_READONLY_WITH_CHECKSUM),
            SecurityBufferRef::data_buf(body),
            SecurityBufferRef::data_buf(trailer)
                .with_flags(SecurityBufferFlags::SECBUFFER_READONLY_WITH_CHECKSUM),
            SecurityBufferRef::token_buf(&mut signature),
        ];
        self.context
            .encrypt_message(EncryptionFlags::empty(), &mut message)?;
        // The stub is encrypted in place: same length, as RC4 (NTLM) and
        // the rotated RFC 4121 wrap token (Kerberos) keep it.
        if message[1].data().len() != stub_len {
            return Err(SecError::new(
                SEC_E_INTERNAL_ERROR,
                "the package changed the stub length",
            ));
        }
        let signature_len = message[3].data().len();
        signature.truncate(signature_len);
        Ok(signature)
    }

    fn decrypt(&mut self, pdu: &mut [u8], stub: Range<usize>, signature: &[u8]) -> SecResult<()> {
        self.require_established()?;
        let (header, body, trailer) = split_pdu(pdu, &stub)?;
        let mut signature = signature.to_vec();
        let mut message = [
            SecurityBufferRef::data_buf(header)
                .with_flags(SecurityBufferFlags::SECBUFFER_READONLY_WITH_CHECKSUM),
            SecurityBufferRef::data_buf(body),
            SecurityBufferRef::data_buf(trailer)
                .with_flags(SecurityBufferFlags::SECBUFFER_READONLY_WITH_CHECKSUM),
            SecurityBufferRef::token_buf(&mut signature),
        ];
        self.context.decrypt_message(&mut message)?;
        Ok(())
    }
}

fn split_pdu<'a>(
    pdu: &'a mut [u8],
    stub: &Range<usize>,
) -> SecResult<(&'a mut [u8], &'a mut [u8], &'a mut [u8])> {
    if stub.start > stub.end || stub.end > pdu.len() {
        return Err(SecError::new(
            SEC_E_INVALID_TOKEN,
            "the stub lies outside the PDU",
        ));
    }
    let (header, rest) = pdu.split_at_mut(stub.start);
    let (body, trailer) = rest.split_at_mut(stub.end - stub.start);
    Ok((header, body, trailer))
}

fn token_buffers(input: Option<&[u8]>) -> (Vec<SecurityBuffer>, Vec<SecurityBuffer>) {
    let input = vec![SecurityBuffer::new(
        input.unwrap_or_default().to_vec(),
        BufferType::Token,
    )];
    let output = vec![SecurityBuffer::new(Vec::new(), BufferType::Token)];
    (input, output)
}

fn take_token(output: &mut [SecurityBuffer]) -> Vec<u8> {
    output
        .iter_mut()
        .find(|buffer| buffer.buffer_type.buffer_type == BufferType::Token)
        .map(|buffer| std::mem::take(&mut buffer.buffer))
        .unwrap_or_default()
}

/// The initiator side (`InitializeSecurityContext`).
pub struct ClientContext {
    package: Package,
    session: Session,
    credentials: Option<CredentialsBuffers>,
    target_spn: String,
}

impl ClientContext {
    /// `credentials` `None` takes them from the environment (see the crate
    /// documentation); `target_spn` is the server's `service/host`.
    pub fn new(
        package: Package,
        credentials: Option<Credentials>,
        target_spn: &str,
    ) -> SecResult<Self> {
        let credentials = match credentials {
            Some(credentials) => credentials,
            None => Credentials::from_environment()?,
        };
        let mut context = match package {
            Package::Ntlm => SspiContext::Ntlm(Ntlm::with_config(ntlm_config())),
            Package::Kerberos => {
                SspiContext::Kerberos(Kerberos::new_client_from_config(kerberos_config())?)
            }
            Package::Negotiate => SspiContext::Negotiate(Negotiate::new_client(
                NegotiateConfig::new(Box::new(ntlm_config()), None, computer_name()),
            )?),
        };
        let identity =
            sspi::Credentials::AuthIdentity(credentials.to_sspi(package == Package::Kerberos)?);
        let acquired = context
            .acquire_credentials_handle()
            .with_credential_use(CredentialUse::Outbound)
            .with_auth_data(&identity)
            .execute(&mut context)?;
        Ok(Self {
            package,
            session: Session::new(context),
            credentials: acquired.credentials_handle,
            target_spn: target_spn.to_owned(),
        })
    }

    pub fn package(&self) -> Package {
        self.package
    }

    /// One leg: the server's token in (`None` on the first leg), ours out.
    /// Kerberos may contact the KDC here (blocking, 5 s per KDC).
    pub fn step(&mut self, input: Option<&[u8]>) -> SecResult<Step> {
        let Self {
            session,
            credentials,
            target_spn,
            ..
        } = self;
        session.guard(|session| Self::initialize(session, credentials, target_spn, input))
    }

    fn initialize(
        session: &mut Session,
        credentials: &mut Option<CredentialsBuffers>,
        target_spn: &str,
        input: Option<&[u8]>,
    ) -> SecResult<Step> {
        if session.established {
            return Err(SecError::out_of_sequence(
                "the security context is already established",
            ));
        }
        let (mut input_buffers, mut output) = token_buffers(input);
        let context = &mut session.context;
        let status = {
            let mut builder = context
                .initialize_security_context()
                .with_credentials_handle(credentials)
                .with_context_requirements(CLIENT_FLAGS)
                .with_target_data_representation(DataRepresentation::Native)
                .with_target_name(target_spn)
                .with_output(&mut output);
            if input.is_some() {
                builder = builder.with_input(&mut input_buffers);
            }
            context
                .initialize_security_context_impl(&mut builder)?
                .resolve_with_client(&KdcTransport)?
                .status
        };
        if matches!(
            status,
            SecurityStatus::CompleteNeeded | SecurityStatus::CompleteAndContinue
        ) {
            context.complete_auth_token(&mut output)?;
        }
        let token = take_token(&mut output);
        match status {
            SecurityStatus::ContinueNeeded | SecurityStatus::CompleteAndContinue => {
                Ok(Step::Continue(token))
            }
            SecurityStatus::Ok | SecurityStatus::CompleteNeeded => {
                session.establish()?;
                Ok(Step::Complete(Some(token).filter(|t| !t.is_empty())))
            }
            other => Err(SecError::new(
                SEC_E_INTERNAL_ERROR,
                format!("unexpected status {other:?}"),
            )),
        }
    }

    /// The `auth_value` length once established.
    pub fn signature_len(&self) -> usize {
        self.session.signature_len
    }

    /// Encrypts `pdu[stub]` in place and returns the signature over all
    /// of `pdu` ([MS-RPCE] 3.3.1.5.2.2, header signing).
    pub fn seal_dce(&mut self, pdu: &mut [u8], stub: Range<usize>) -> SecResult<Vec<u8>> {
        self.session.seal_dce(pdu, stub)
    }

    /// Decrypts `pdu[stub]` in place and checks `signature` over all of
    /// `pdu`: `SEC_E_MESSAGE_ALTERED` if any byte differs.
    pub fn unseal_dce(
        &mut self,
        pdu: &mut [u8],
        stub: Range<usize>,
        signature: &[u8],
    ) -> SecResult<()> {
        self.session.unseal_dce(pdu, stub, signature)
    }
}

/// The acceptor side (`AcceptSecurityContext`).
pub struct ServerContext {
    package: Package,
    session: Session,
    credentials: ServerCredentials,
    /// The client's name, set once it has produced a valid signature
    /// (see `peer_name`).
    peer: Option<String>,
}

impl ServerContext {
    pub fn new(package: Package, credentials: ServerCredentials) -> SecResult<Self> {
        let kerberos_server = || -> SecResult<KerberosServerConfig> {
            let key = credentials.service_key.as_ref().ok_or_else(|| {
                SecError::new(SEC_E_NO_CREDENTIALS, "no Kerberos service key (keytab)")
            })?;
            let components: Vec<&str> = key.components.iter().map(String::as_str).collect();
            let properties = ServerProperties::new(
                &components,
                None,
                MAX_CLOCK_SKEW,
                Some(key.key.clone().into()),
            )?;
            Ok(KerberosServerConfig {
                kerberos_config: kerberos_config(),
                server_properties: properties,
            })
        };
        let no_users = || SecError::new(SEC_E_NO_CREDENTIALS, "no NTLM user database");
        let context = match package {
            Package::Ntlm if credentials.users.is_empty() => return Err(no_users()),
            Package::Ntlm => SspiContext::Ntlm(Ntlm::with_config(ntlm_config())),
            Package::Kerberos => {
                let config = kerberos_server()?;
                SspiContext::Kerberos(Kerberos::new_server_from_config(
                    config.kerberos_config,
                    config.server_properties,
                )?)
            }
            Package::Negotiate => {
                let users = credentials
                    .users
                    .iter()
                    .map(|user| user.to_sspi(false))
                    .collect::<SecResult<Vec<_>>>()?;
                // Kerberos is offered when a keytab gave a service key;
                // NTLM stays available as SPNEGO's fallback.
                let config: Box<dyn sspi::negotiate::ProtocolConfig> =
                    if credentials.service_key.is_some() {
                        Box::new(kerberos_server()?)
                    } else if users.is_empty() {
                        return Err(no_users());
                    } else {
                        Box::new(ntlm_config())
                    };
                SspiContext::Negotiate(Negotiate::new_server(
                    NegotiateConfig::new(config, None, computer_name()),
                    users,
                )?)
            }
        };
        Ok(Self {
            package,
            session: Session::new(context),
            credentials,
            peer: None,
        })
    }

    pub fn package(&self) -> Package {
        self.package
    }

    /// One leg: the client's token in, ours out. An unknown user or a
    /// wrong password is `SEC_E_LOGON_DENIED`, as Windows reports both.
    pub fn step(&mut self, input: &[u8]) -> SecResult<Step> {
        let Self {
            package,
            session,
            credentials,
            ..
        } = self;
        let package = *package;
        session
            .guard(|session| Self::accept(package, session, credentials, input))
            .map_err(|error| {
                // sspi reports a user missing from the database as "no
                // credentials"; Windows does not tell the two cases apart.
                if error.status() == SEC_E_NO_CREDENTIALS
                    || error.status() == SEC_E_UNKNOWN_CREDENTIALS
                {
                    SecError::new(SEC_E_LOGON_DENIED, error.message())
                } else {
                    error
                }
            })
    }

    fn accept(
        package: Package,
        session: &mut Session,
        credentials: &ServerCredentials,
        input: &[u8],
    ) -> SecResult<Step> {
        if session.established {
            return Err(SecError::out_of_sequence(
                "the security context is already established",
            ));
        }
        let (mut input_buffers, mut output) = token_buffers(Some(input));
        let mut no_credentials: Option<CredentialsBuffers> = None;
        let context = &mut session.context;
        let status = {
            let builder = context
                .accept_security_context()
                .with_credentials_handle(&mut no_credentials)
                .with_context_requirements(SERVER_FLAGS)
                .with_target_data_representation(DataRepresentation::Native)
                .with_input(&mut input_buffers)
                .with_output(&mut output);
            context
                .accept_security_context_impl(builder)?
                .resolve_with_client(&KdcTransport)?
                .status
        };
        match status {
            SecurityStatus::ContinueNeeded => Ok(Step::Continue(take_token(&mut output))),
            SecurityStatus::CompleteAndContinue => {
                context.complete_auth_token(&mut output)?;
                Ok(Step::Continue(take_token(&mut output)))
            }
            SecurityStatus::Ok | SecurityStatus::CompleteNeeded => {
                if package == Package::Ntlm {
                    Self::check_ntlm_password(&mut session.context, credentials)?;
                } else if status == SecurityStatus::CompleteNeeded {
                    session.context.complete_auth_token(&mut output)?;
                }
                session.establish()?;
                let token = take_token(&mut output);
                Ok(Step::Complete(Some(token).filter(|t| !t.is_empty())))
            }
            other => Err(SecError::new(
                SEC_E_INTERNAL_ERROR,
                format!("unexpected status {other:?}"),
            )),
        }
    }

    /// Raw NTLM leaves the password check to the caller's database: give
    /// sspi the password of exactly the account the AUTHENTICATE_MESSAGE
    /// names, then let it derive the keys and check the MIC.
    fn check_ntlm_password(
        context: &mut SspiContext,
        credentials: &ServerCredentials,
    ) -> SecResult<()> {
        let names = context.query_context_names()?;
        // A UPN's suffix stands where a down-level name has its domain.
        let (account, domain) = match names.username.parts() {
            UsernameParts::DownLevelLogonName(parts) => {
                (parts.account_name(), parts.netbios_domain())
            }
            UsernameParts::UserPrincipalName(parts) => (parts.account_name(), Some(parts.suffix())),
        };
        let user = credentials
            .find_user(account, domain)
            .ok_or_else(|| SecError::new(SEC_E_LOGON_DENIED, "unknown user"))?;
        let identity = sspi::Credentials::AuthIdentity(user.to_sspi(false)?);
        context.custom_set_auth_identity(identity)?;
        context.complete_auth_token(&mut [])?;
        Ok(())
    }

    pub fn signature_len(&self) -> usize {
        self.session.signature_len
    }

    pub fn seal_dce(&mut self, pdu: &mut [u8], stub: Range<usize>) -> SecResult<Vec<u8>> {
        self.session.seal_dce(pdu, stub)
    }

    pub fn unseal_dce(
        &mut self,
        pdu: &mut [u8],
        stub: Range<usize>,
        signature: &[u8],
    ) -> SecResult<()> {
        self.session.unseal_dce(pdu, stub, signature)?;
        if self.peer.is_none() {
            let names = self
                .session
                .guard(|session| Ok(session.context.query_context_names()?))?;
            self.peer = Some(names.username.inner().to_owned());
        }
        Ok(())
    }

    /// The authenticated client, `DOMAIN\user` or `user@REALM`, once it
    /// has sent a PDU whose signature verified. sspi's NTLM acceptor
    /// checks the password only through the AUTHENTICATE_MESSAGE's MIC,
    /// which older clients (Impacket among them) leave out; for those, a
    /// wrong password shows only as `SEC_E_MESSAGE_ALTERED` on the first
    /// sealed PDU, so no name is vouched for before one has verified.
    pub fn peer_name(&self) -> Option<&str> {
        self.peer.as_deref()
    }
}
