//! TLS for wss://: rustls with the system's trust store, and the
//! certificate checks WINHTTP_OPTION_SECURITY_FLAGS can relax.
//!
//! Roots come from the system store (rustls-native-certs, which honours
//! SSL_CERT_FILE and SSL_CERT_DIR). The chain and the name are checked
//! separately so each SECURITY_FLAG_IGNORE_* flag relaxes exactly its own
//! error: UNKNOWN_CA an untrusted issuer, CERT_CN_INVALID a name mismatch,
//! CERT_DATE_INVALID an expired or not yet valid certificate,
//! CERT_WRONG_USAGE a wrong key usage. Signatures are always verified.

use std::sync::{Arc, OnceLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{verify_server_cert_signed_by_trust_anchor, verify_server_name};
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::ParsedCertificate;
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use windows_sys::Win32::Networking::WinHttp as wh;

fn provider() -> Arc<CryptoProvider> {
    static PROVIDER: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    Arc::clone(PROVIDER.get_or_init(|| Arc::new(rustls::crypto::ring::default_provider())))
}

/// The system's roots, loaded once per process.
fn roots() -> Arc<RootCertStore> {
    static ROOTS: OnceLock<Arc<RootCertStore>> = OnceLock::new();
    Arc::clone(ROOTS.get_or_init(|| {
        let mut store = RootCertStore::empty();
        for cert in rustls_native_certs::load_native_certs().certs {
            let _ = store.add(cert);
        }
        Arc::new(store)
    }))
}

#[derive(Debug)]
struct Verifier {
    roots: Arc<RootCertStore>,
    algorithms: WebPkiSupportedAlgorithms,
    flags: u32,
}

impl Verifier {
    fn ignored(&self, e: &rustls::Error) -> bool {
        let rustls::Error::InvalidCertificate(e) = e else {
            return false;
        };
        let flag = match e {
            CertificateError::UnknownIssuer => wh::SECURITY_FLAG_IGNORE_UNKNOWN_CA,
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                wh::SECURITY_FLAG_IGNORE_CERT_CN_INVALID
            }
            CertificateError::Expired
            | CertificateError::ExpiredContext { .. }
            | CertificateError::NotValidYet
            | CertificateError::NotValidYetContext { .. } => {
                wh::SECURITY_FLAG_IGNORE_CERT_DATE_INVALID
            }
            CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => {
                wh::SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE
            }
            _ => return false,
        };
        self.flags & flag != 0
    }

    fn check(&self, r: Result<(), rustls::Error>) -> Result<(), rustls::Error> {
        match r {
            Err(e) if !self.ignored(&e) => Err(e),
            _ => Ok(()),
        }
    }
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        _ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let cert = ParsedCertificate::try_from(end_entity)?;
        self.check(verify_server_cert_signed_by_trust_anchor(
            &cert,
            &self.roots,
            intermediates,
            now,
            self.algorithms.all,
        ))?;
        self.check(verify_server_name(&cert, server_name))?;
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

fn versions(protocols: u32) -> Vec<&'static rustls::SupportedProtocolVersion> {
    let mut v = Vec::new();
    if protocols & wh::WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3 != 0 {
        v.push(&rustls::version::TLS13);
    }
    if protocols & wh::WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 != 0 {
        v.push(&rustls::version::TLS12);
    }
    v
}

/// A client configuration for one request's security flags and
/// WINHTTP_OPTION_SECURE_PROTOCOLS (TLS 1.2 and 1.3 are what rustls has;
/// a set without either fails the handshake).
pub fn client_config(
    security_flags: u32,
    protocols: u32,
) -> Result<Arc<ClientConfig>, rustls::Error> {
    let provider = provider();
    let verifier = Verifier {
        roots: roots(),
        algorithms: provider.signature_verification_algorithms,
        flags: security_flags,
    };
    let config = ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&versions(protocols))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// What a TLS handshake settled on (WINHTTP_OPTION_SECURITY_INFO), kept by
/// the request that used the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Negotiated {
    pub version: rustls::ProtocolVersion,
    pub suite: rustls::CipherSuite,
    /// The key exchange group, when the handshake used one.
    pub group: Option<rustls::NamedGroup>,
}

impl Negotiated {
    /// The choices of a connection whose handshake is complete.
    pub fn of(connection: &rustls::CommonState) -> Option<Negotiated> {
        Some(Negotiated {
            version: connection.protocol_version()?,
            suite: connection.negotiated_cipher_suite()?.suite(),
            group: connection.negotiated_key_exchange_group().map(|g| g.name()),
        })
    }
}

/// The WINHTTP_CALLBACK_STATUS_FLAG_* bits SECURE_FAILURE reports for a
/// failed handshake.
pub fn failure_flags(e: &std::io::Error) -> u32 {
    let Some(rustls::Error::InvalidCertificate(cert)) = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
    else {
        return wh::WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR;
    };
    match cert {
        CertificateError::UnknownIssuer => wh::WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA,
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            wh::WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID
        }
        CertificateError::Expired
        | CertificateError::ExpiredContext { .. }
        | CertificateError::NotValidYet
        | CertificateError::NotValidYetContext { .. } => {
            wh::WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID
        }
        _ => wh::WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT,
    }
}
