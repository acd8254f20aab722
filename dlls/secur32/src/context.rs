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
use crate::gss_token;
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
/// A context's sspi state, shared by both sides; opaque outside this
/// module, reached through [`DceContext`].
pub struct Session {
    context: SspiContext,
    established: bool,
    signature_len: usize,
    /// sspi (through picky-krb's ASN.1 decoders) panics on some malformed
    /// tokens; such a context is never used again, as Windows requires a
    /// failed context to be deleted.
    poisoned: bool,
    /// Whether the PDU header and sec_trailer are signed (see
    /// `set_header_signing`).
    sign_header: bool,
}

impl Session {
    fn new(context: SspiContext) -> Self {
        Self {
            context,
            established: false,
            signature_len: 0,
            poisoned: false,
            sign_header: true,
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

    /// The buffers of one PDU, the stub's index and, last, the signature.
    /// Without header signing Windows' RPC runtime passes the header and
    /// trailer SECBUFFER_READONLY, which its Kerberos leaves out of the
    /// checksum and its NTLM still signs; sspi's Kerberos would take such
    /// a buffer for the stub, so for Kerberos they are left out instead.
    fn dce_buffers<'a>(
        &self,
        pdu: &'a mut [u8],
        stub: &Range<usize>,
        signature: &'a mut [u8],
    ) -> SecResult<(Vec<SecurityBufferRef<'a>>, usize)> {
        let (header, body, trailer) = split_pdu(pdu, stub)?;
        let token = SecurityBufferRef::token_buf(signature);
        let body = SecurityBufferRef::data_buf(body);
        if !self.sign_header && negotiated_kerberos(&self.context) {
            return Ok((vec![body, token], 0));
        }
        let signed = |part| {
            SecurityBufferRef::data_buf(part)
                .with_flags(SecurityBufferFlags::SECBUFFER_READONLY_WITH_CHECKSUM)
        };
        Ok((vec![signed(header), body, signed(trailer), token], 1))
    }

    fn encrypt(&mut self, pdu: &mut [u8], stub: Range<usize>) -> SecResult<Vec<u8>> {
        self.require_established()?;
        let stub_len = stub.len();
        let mut signature = vec![0; self.signature_len];
        let signature_len = {
            let (mut message, body) = self.dce_buffers(pdu, &stub, &mut signature)?;
            self.context
                .encrypt_message(EncryptionFlags::empty(), &mut message)?;
            // The stub is encrypted in place: same length, as RC4 (NTLM)
            // and the rotated RFC 4121 wrap token (Kerberos) keep it.
            if message[body].data().len() != stub_len {
                return Err(SecError::new(
                    SEC_E_INTERNAL_ERROR,
                    "the package changed the stub length",
                ));
            }
            message.last().map_or(0, |token| token.data().len())
        };
        signature.truncate(signature_len);
        Ok(signature)
    }

    fn decrypt(&mut self, pdu: &mut [u8], stub: Range<usize>, signature: &[u8]) -> SecResult<()> {
        self.require_established()?;
        let mut signature = signature.to_vec();
        let (mut message, _) = self.dce_buffers(pdu, &stub, &mut signature)?;
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

/// The KDC's refusals of the client's own logon (RFC 4120 7.5.9), by the
/// texts sspi gives them: the wrong password, an unknown, expired or
/// disabled principal, an expired password.
const KDC_LOGON_REFUSALS: [&str; 5] = [
    "pre-authentication information was invalid",
    "client not found in Kerberos database",
    "client's entry in database has expired",
    "clients credentials have been revoked",
    "password has expired",
];

/// Windows' Kerberos package fails `InitializeSecurityContext` with
/// `SEC_E_LOGON_DENIED` ("The logon attempt failed") when the KDC refuses
/// the user's AS exchange; sspi reports these as `SEC_E_KDC_INVALID_REQUEST`,
/// `SEC_E_INVALID_PARAMETER` or `SEC_E_UNKNOWN_CREDENTIALS`.
fn logon_refusal(error: SecError) -> SecError {
    let message = error.message().to_ascii_lowercase();
    if KDC_LOGON_REFUSALS
        .iter()
        .any(|refusal| message.starts_with(refusal))
    {
        SecError::new(SEC_E_LOGON_DENIED, error.message())
    } else {
        error
    }
}

/// The initiator side (`InitializeSecurityContext`).
pub struct ClientContext {
    package: Package,
    session: Session,
    credentials: Option<CredentialsBuffers>,
    target_spn: String,
    /// What the context asks for: RPC's sealing or HTTP's authentication.
    requirements: ClientRequestFlags,
}

impl ClientContext {
    /// A context for authenticated RPC at packet privacy. `credentials`
    /// `None` takes them from the environment (see the crate
    /// documentation); `target_spn` is the server's `service/host`.
    pub fn new(
        package: Package,
        credentials: Option<Credentials>,
        target_spn: &str,
    ) -> SecResult<Self> {
        Self::with_requirements(package, credentials, target_spn, CLIENT_FLAGS)
    }

    /// A context for HTTP authentication (RFC 4559, [MS-NTHT]): the tokens
    /// go in Authorization headers and nothing is sealed afterwards, so
    /// only mutual authentication is asked for, and not the DCE style.
    pub fn for_http(
        package: Package,
        credentials: Option<Credentials>,
        target_spn: &str,
    ) -> SecResult<Self> {
        Self::with_requirements(
            package,
            credentials,
            target_spn,
            ClientRequestFlags::MUTUAL_AUTH,
        )
    }

    /// One leg of an HTTP handshake: the server's token in (`None` on the
    /// first leg), ours out.
    pub fn step(&mut self, input: Option<&[u8]>) -> SecResult<Step> {
        self.initiate(input)
    }

    fn with_requirements(
        package: Package,
        credentials: Option<Credentials>,
        target_spn: &str,
        requirements: ClientRequestFlags,
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
        let identity = sspi::Credentials::AuthIdentity(credentials.to_sspi()?);
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
            requirements,
        })
    }

    /// One leg: the server's token in (`None` on the first leg), ours out.
    /// Kerberos may contact the KDC here (blocking, 5 s per KDC).
    fn initiate(&mut self, input: Option<&[u8]>) -> SecResult<Step> {
        let Self {
            session,
            credentials,
            target_spn,
            requirements,
            ..
        } = self;
        let requirements = *requirements;
        session
            .guard(|session| {
                Self::initialize(session, credentials, target_spn, requirements, input)
            })
            .map_err(logon_refusal)
    }

    fn initialize(
        session: &mut Session,
        credentials: &mut Option<CredentialsBuffers>,
        target_spn: &str,
        requirements: ClientRequestFlags,
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
            // Always an input buffer, empty on the first leg: sspi's
            // Kerberos client reads it (for a U2U TGT) before its AS
            // exchange and fails without one.
            let mut builder = context
                .initialize_security_context()
                .with_credentials_handle(credentials)
                .with_context_requirements(requirements)
                .with_target_data_representation(DataRepresentation::Native)
                .with_target_name(target_spn)
                .with_input(&mut input_buffers)
                .with_output(&mut output);
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
}

fn negotiated_kerberos(context: &SspiContext) -> bool {
    match context {
        SspiContext::Kerberos(_) => true,
        SspiContext::Negotiate(negotiate) => negotiate.negotiated_protocol().is_kerberos(),
        _ => false,
    }
}

/// The client's name as the acceptor reports it. NTLM gives `DOMAIN\user`
/// as the AUTHENTICATE_MESSAGE names it. For Kerberos sspi builds
/// `cname@crealm` with the realm lower-cased; the realm goes back to upper
/// case, the form MIT and AD realms take (RFC 4120 6.1: "it is
/// conventional to use the uppercase of a domain name"), so the name reads
/// as the principal `user@REALM`.
fn peer_name(context: &SspiContext, username: &sspi::Username) -> String {
    match username.parts() {
        UsernameParts::UserPrincipalName(parts) if negotiated_kerberos(context) => {
            format!(
                "{}@{}",
                parts.account_name(),
                parts.suffix().to_ascii_uppercase()
            )
        }
        _ => username.inner().to_owned(),
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
    /// How many of the client's tokens have been taken.
    legs: u32,
}

fn kerberos_server(credentials: &ServerCredentials) -> SecResult<KerberosServerConfig> {
    let key = credentials
        .service_key
        .as_ref()
        .ok_or_else(|| SecError::new(SEC_E_NO_CREDENTIALS, "no Kerberos service key (keytab)"))?;
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
}

fn no_users() -> SecError {
    SecError::new(SEC_E_NO_CREDENTIALS, "no NTLM user database")
}

/// An SPNEGO acceptor: Kerberos when a keytab gave a service key, NTLM
/// (from the user database) as the fallback. `kerberos_client` is the
/// name a Kerberos client is known to authenticate as (see
/// `ServerContext::probe_kerberos_client`).
fn negotiate_server(
    credentials: &ServerCredentials,
    kerberos_client: Option<sspi::Username>,
) -> SecResult<SspiContext> {
    let mut users = credentials
        .users
        .iter()
        .map(Credentials::to_sspi)
        .collect::<SecResult<Vec<_>>>()?;
    let config: Box<dyn sspi::negotiate::ProtocolConfig> = if credentials.service_key.is_some() {
        Box::new(kerberos_server(credentials)?)
    } else if users.is_empty() {
        return Err(no_users());
    } else {
        Box::new(ntlm_config())
    };
    users.extend(kerberos_client.map(|username| sspi::AuthIdentity {
        username,
        password: String::new().into(),
    }));
    Ok(SspiContext::Negotiate(Negotiate::new_server(
        NegotiateConfig::new(config, None, computer_name()),
        users,
    )?))
}

impl ServerContext {
    pub fn new(package: Package, credentials: ServerCredentials) -> SecResult<Self> {
        let context = match package {
            Package::Ntlm if credentials.users.is_empty() => return Err(no_users()),
            Package::Ntlm => SspiContext::Ntlm(Ntlm::with_config(ntlm_config())),
            Package::Kerberos => {
                let config = kerberos_server(&credentials)?;
                SspiContext::Kerberos(Kerberos::new_server_from_config(
                    config.kerberos_config,
                    config.server_properties,
                )?)
            }
            Package::Negotiate => negotiate_server(&credentials, None)?,
        };
        Ok(Self {
            package,
            session: Session::new(context),
            credentials,
            peer: None,
            legs: 0,
        })
    }

    /// One leg: the client's token in, ours out. An unknown user or a
    /// wrong password is `SEC_E_LOGON_DENIED`, as Windows reports both.
    fn respond(&mut self, input: &[u8]) -> SecResult<Step> {
        let Self {
            package,
            session,
            credentials,
            legs,
            ..
        } = self;
        let package = *package;
        let leg = *legs;
        *legs = leg.saturating_add(1);
        let first = leg == 0;
        let unframed = match package {
            Package::Kerberos if first => gss_token::unframe_ap_req(input).map(<[u8]>::to_vec),
            Package::Negotiate if first => gss_token::unframe_neg_token_init(input),
            Package::Negotiate => gss_token::with_neg_state(input),
            _ => None,
        };
        let input = unframed.as_deref().unwrap_or(input);
        session
            .guard(|session| {
                if first && package == Package::Negotiate && credentials.service_key.is_some() {
                    Self::probe_kerberos_client(session, credentials, input)?;
                }
                let step = Self::accept(package, session, credentials, input)?;
                match step {
                    Step::Continue(token)
                        if package == Package::Negotiate
                            && leg == 1
                            && negotiated_kerberos(&session.context)
                            && !gss_token::has_mech_list_mic(input) =>
                    {
                        Self::complete_without_mic(session, token)
                    }
                    step => Ok(step),
                }
            })
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

    /// The client's second token finished DCE-style Kerberos (AP-REQ in
    /// the first, its AP-REP in the second) without a mechListMIC. sspi's
    /// acceptor then wants one more leg for it, but RFC 4178 5 makes the
    /// MIC exchange OPTIONAL when the mechanism is the most preferred of
    /// both sides, which Kerberos carried in the first token is, and
    /// Windows completes here (Impacket's initiator relies on it). A MIC
    /// the client does send is still checked by sspi.
    fn complete_without_mic(session: &mut Session, token: Vec<u8>) -> SecResult<Step> {
        session.establish()?;
        let token = gss_token::completed(&token).unwrap_or(token);
        Ok(Step::Complete(Some(token)))
    }

    /// sspi's SPNEGO acceptor checks the client's mechListMIC only after
    /// finding the client's name among the identities it was built with
    /// (meant for NTLM's password lookup), so a Kerberos client, whose
    /// name the KDC vouches for and no local database lists, would be
    /// refused. The first token is therefore tried on a throw-away
    /// acceptor: when it selects Kerberos and the AP-REQ verifies, the
    /// real acceptor is rebuilt knowing the ticket's client name. The
    /// password given with that name is never used: the same token
    /// selects Kerberos again, and a context never changes mechanism.
    fn probe_kerberos_client(
        session: &mut Session,
        credentials: &ServerCredentials,
        input: &[u8],
    ) -> SecResult<()> {
        let mut probe = Session::new(negotiate_server(credentials, None)?);
        if Self::accept(Package::Negotiate, &mut probe, credentials, input).is_err()
            || !negotiated_kerberos(&probe.context)
        {
            // The real acceptor reports the failure (or takes NTLM).
            return Ok(());
        }
        // No name when the client's optimistic token was not Kerberos and
        // the AP-REQ is still to come; that later leg is then refused.
        if let Ok(names) = probe.context.query_context_names() {
            session.context = negotiate_server(credentials, Some(names.username))?;
        }
        Ok(())
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
        let identity = sspi::Credentials::AuthIdentity(user.to_sspi()?);
        context.custom_set_auth_identity(identity)?;
        context.complete_auth_token(&mut [])?;
        Ok(())
    }

    fn unseal_and_name_peer(
        &mut self,
        pdu: &mut [u8],
        stub: Range<usize>,
        signature: &[u8],
    ) -> SecResult<()> {
        self.session.unseal_dce(pdu, stub, signature)?;
        if self.peer.is_none() {
            let peer = self.session.guard(|session| {
                let names = session.context.query_context_names()?;
                Ok(peer_name(&session.context, &names.username))
            })?;
            self.peer = Some(peer);
        }
        Ok(())
    }
}

/// One body for both sides of an association: the handshake step and
/// DCE-style sealing ([MS-RPCE] 3.3.1.5.2.2), over the shared [`Session`].
pub trait DceContext: Send {
    fn package(&self) -> Package;

    /// One leg: the peer's token in (`None` only on a client's first leg),
    /// ours out.
    fn step(&mut self, input: Option<&[u8]>) -> SecResult<Step>;

    #[doc(hidden)]
    fn session(&self) -> &Session;
    #[doc(hidden)]
    fn session_mut(&mut self) -> &mut Session;

    /// The `auth_value` length once established.
    fn signature_len(&self) -> usize {
        self.session().signature_len
    }

    /// Whether [`seal_dce`](Self::seal_dce) and `unseal_dce` sign the PDU
    /// header and sec_trailer: the association's PFC_SUPPORT_HEADER_SIGN
    /// ([MS-RPCE] 2.2.2.3, 3.3.1.5.2.2). On unless the bind did not
    /// negotiate it; Impacket's Kerberos, for one, does not.
    fn set_header_signing(&mut self, sign_header: bool) {
        self.session_mut().sign_header = sign_header;
    }

    /// Encrypts `pdu[stub]` in place and returns the signature over all
    /// of `pdu` ([MS-RPCE] 3.3.1.5.2.2, header signing).
    fn seal_dce(&mut self, pdu: &mut [u8], stub: Range<usize>) -> SecResult<Vec<u8>> {
        self.session_mut().seal_dce(pdu, stub)
    }

    /// Decrypts `pdu[stub]` in place and checks `signature` over all of
    /// `pdu`: `SEC_E_MESSAGE_ALTERED` if any byte differs.
    fn unseal_dce(
        &mut self,
        pdu: &mut [u8],
        stub: Range<usize>,
        signature: &[u8],
    ) -> SecResult<()> {
        self.session_mut().unseal_dce(pdu, stub, signature)
    }

    /// The authenticated peer (server side), `DOMAIN\user` or
    /// `user@REALM`.
    fn peer_name(&self) -> Option<&str> {
        None
    }
}

impl DceContext for ClientContext {
    fn package(&self) -> Package {
        self.package
    }
    fn step(&mut self, input: Option<&[u8]>) -> SecResult<Step> {
        self.initiate(input)
    }
    fn session(&self) -> &Session {
        &self.session
    }
    fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }
}

impl DceContext for ServerContext {
    fn package(&self) -> Package {
        self.package
    }
    /// The client always speaks first ([MS-RPCE] 3.3.1.5.2.1).
    fn step(&mut self, input: Option<&[u8]>) -> SecResult<Step> {
        let input = input.ok_or_else(|| {
            SecError::new(SEC_E_INVALID_TOKEN, "the acceptor needs the client's token")
        })?;
        self.respond(input)
    }
    fn session(&self) -> &Session {
        &self.session
    }
    fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }
    fn unseal_dce(
        &mut self,
        pdu: &mut [u8],
        stub: Range<usize>,
        signature: &[u8],
    ) -> SecResult<()> {
        self.unseal_and_name_peer(pdu, stub, signature)
    }
    /// The authenticated client once it has sent a PDU whose signature
    /// verified. sspi's NTLM acceptor checks the password only through
    /// the AUTHENTICATE_MESSAGE's MIC, which older clients (Impacket among
    /// them) leave out; for those, a wrong password shows only as
    /// `SEC_E_MESSAGE_ALTERED` on the first sealed PDU, so no name is
    /// vouched for before one has verified.
    fn peer_name(&self) -> Option<&str> {
        self.peer.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use windows_sys::Win32::Foundation::SEC_E_KDC_INVALID_REQUEST;

    use super::*;

    #[test]
    fn kdc_refusals_of_the_users_logon_are_logon_denied() {
        let wrong_password = SecError::from(sspi::Error::new(
            sspi::ErrorKind::KdcInvalidRequest,
            "pre-authentication information was invalid. Additional error text: x",
        ));
        assert_eq!(logon_refusal(wrong_password).status(), SEC_E_LOGON_DENIED);
        let expired = SecError::from(sspi::Error::new(
            sspi::ErrorKind::InvalidParameter,
            "client's entry in database has expired",
        ));
        assert_eq!(logon_refusal(expired).status(), SEC_E_LOGON_DENIED);
        // Other KDC errors keep sspi's status.
        let policy = SecError::from(sspi::Error::new(
            sspi::ErrorKind::KdcInvalidRequest,
            "KDC policy rejects request",
        ));
        assert_eq!(logon_refusal(policy).status(), SEC_E_KDC_INVALID_REQUEST);
    }

    #[test]
    fn a_kerberos_peer_is_named_with_its_realm_in_upper_case() {
        let upn = sspi::Username::new_upn("alice", "wds.test").unwrap();
        let kerberos =
            SspiContext::Kerberos(Kerberos::new_client_from_config(kerberos_config()).unwrap());
        assert_eq!(peer_name(&kerberos, &upn), "alice@WDS.TEST");
        // NTLM names are reported as the client wrote them.
        let ntlm = SspiContext::Ntlm(Ntlm::with_config(ntlm_config()));
        assert_eq!(peer_name(&ntlm, &upn), "alice@wds.test");
        let down_level = sspi::Username::new_down_level_logon_name("alice", "WDS").unwrap();
        assert_eq!(peer_name(&kerberos, &down_level), "WDS\\alice");
    }
}
