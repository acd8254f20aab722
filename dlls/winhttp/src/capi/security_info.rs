//! WINHTTP_OPTION_SECURITY_INFO: the SDK's WINHTTP_SECURITY_INFO (winhttp.h,
//! under schannel.h), Schannel's SecPkgContext_ConnectionInfo followed by its
//! SecPkgContext_CipherInfo, filled from what rustls negotiated.
//!
//! Decisions where the pages are silent (they name the fields, not the
//! values for each suite):
//! - aiHash is the suite's PRF hash and dwHashStrength 0: the suites are
//!   AEAD, with no separate MAC, as Schannel reports them through .NET's
//!   SslStream (HashStrength 0).
//! - ChaCha20-Poly1305 has no ALG_ID: aiCipher is 0, szCipher names it.
//! - dwExchStrength and dwMin/MaxExchangeLen are the group's bits (255 for
//!   X25519); szCertificate is empty for TLS 1.3, whose suites do not name
//!   the certificate's key type.

use rustls::{CipherSuite, NamedGroup, ProtocolVersion};
use windows_sys::Win32::Security::Authentication::Identity as sspi;
use windows_sys::Win32::Security::Cryptography as crypt;

use crate::tls::Negotiated;

/// The SDK's WINHTTP_SECURITY_INFO (not in Microsoft's metadata).
#[repr(C)]
#[derive(Default)]
struct SecurityInfo {
    connection: sspi::SecPkgContext_ConnectionInfo,
    cipher: sspi::SecPkgContext_CipherInfo,
}

// Both structs are 4-byte fields and WCHAR arrays: no padding anywhere,
// so the bytes handed out are all initialised.
const _: () = assert!(
    size_of::<SecurityInfo>()
        == size_of::<sspi::SecPkgContext_ConnectionInfo>()
            + size_of::<sspi::SecPkgContext_CipherInfo>()
);

/// One suite rustls offers, as Schannel names it.
struct Suite {
    id: CipherSuite,
    /// The IANA name.
    name: &'static str,
    cipher: crypt::ALG_ID,
    cipher_name: &'static str,
    cipher_bits: u32,
    block_bytes: u32,
    hash: crypt::ALG_ID,
    hash_name: &'static str,
    hash_bits: u32,
    certificate: &'static str,
}

const fn suite(
    id: CipherSuite,
    name: &'static str,
    (cipher, cipher_name, cipher_bits, block_bytes): (crypt::ALG_ID, &'static str, u32, u32),
    (hash, hash_name, hash_bits): (crypt::ALG_ID, &'static str, u32),
    certificate: &'static str,
) -> Suite {
    Suite {
        id,
        name,
        cipher,
        cipher_name,
        cipher_bits,
        block_bytes,
        hash,
        hash_name,
        hash_bits,
        certificate,
    }
}

const AES_128: (crypt::ALG_ID, &str, u32, u32) = (crypt::CALG_AES_128, "AES", 128, 16);
const AES_256: (crypt::ALG_ID, &str, u32, u32) = (crypt::CALG_AES_256, "AES", 256, 16);
const CHACHA: (crypt::ALG_ID, &str, u32, u32) = (0, "CHACHA20_POLY1305", 256, 1);
const SHA256: (crypt::ALG_ID, &str, u32) = (crypt::CALG_SHA_256, "SHA256", 256);
const SHA384: (crypt::ALG_ID, &str, u32) = (crypt::CALG_SHA_384, "SHA384", 384);

/// The suites of rustls' ring provider.
const SUITES: [Suite; 9] = [
    suite(
        CipherSuite::TLS13_AES_128_GCM_SHA256,
        "TLS_AES_128_GCM_SHA256",
        AES_128,
        SHA256,
        "",
    ),
    suite(
        CipherSuite::TLS13_AES_256_GCM_SHA384,
        "TLS_AES_256_GCM_SHA384",
        AES_256,
        SHA384,
        "",
    ),
    suite(
        CipherSuite::TLS13_CHACHA20_POLY1305_SHA256,
        "TLS_CHACHA20_POLY1305_SHA256",
        CHACHA,
        SHA256,
        "",
    ),
    suite(
        CipherSuite::TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        AES_128,
        SHA256,
        "ECDSA",
    ),
    suite(
        CipherSuite::TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        AES_256,
        SHA384,
        "ECDSA",
    ),
    suite(
        CipherSuite::TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        CHACHA,
        SHA256,
        "ECDSA",
    ),
    suite(
        CipherSuite::TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        AES_128,
        SHA256,
        "RSA",
    ),
    suite(
        CipherSuite::TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        AES_256,
        SHA384,
        "RSA",
    ),
    suite(
        CipherSuite::TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
        CHACHA,
        SHA256,
        "RSA",
    ),
];

/// The bits of a key exchange group's keys.
fn group_bits(group: NamedGroup) -> u32 {
    match group {
        NamedGroup::X25519 => 255,
        NamedGroup::secp256r1 => 256,
        NamedGroup::secp384r1 => 384,
        NamedGroup::secp521r1 => 521,
        NamedGroup::X448 => 448,
        _ => 0,
    }
}

/// `text` into a WCHAR array, NUL-terminated (the names are short ASCII).
fn wide(text: &str, out: &mut [u16; 64]) {
    for (slot, unit) in out.iter_mut().zip(text.encode_utf16().take(63)) {
        *slot = unit;
    }
}

fn info(negotiated: Option<&Negotiated>) -> SecurityInfo {
    let mut info = SecurityInfo::default();
    let Some(n) = negotiated else {
        return info;
    };
    let (protocol, wire) = match n.version {
        ProtocolVersion::TLSv1_3 => (sspi::SP_PROT_TLS1_3_CLIENT, 0x0304),
        _ => (sspi::SP_PROT_TLS1_2_CLIENT, 0x0303),
    };
    let exchange_bits = n.group.map_or(0, group_bits);
    let c = &mut info.connection;
    c.dwProtocol = protocol;
    c.aiExch = crypt::CALG_ECDH_EPHEM;
    c.dwExchStrength = exchange_bits;
    let p = &mut info.cipher;
    p.dwVersion = sspi::SECPKGCONTEXT_CIPHERINFO_V1;
    p.dwProtocol = wire;
    p.dwCipherSuite = u16::from(n.suite).into();
    p.dwBaseCipherSuite = p.dwCipherSuite;
    wide("ECDHE", &mut p.szExchange);
    p.dwMinExchangeLen = exchange_bits;
    p.dwMaxExchangeLen = exchange_bits;
    if let Some(s) = SUITES.iter().find(|s| s.id == n.suite) {
        c.aiCipher = s.cipher;
        c.dwCipherStrength = s.cipher_bits;
        c.aiHash = s.hash;
        wide(s.name, &mut p.szCipherSuite);
        wide(s.cipher_name, &mut p.szCipher);
        p.dwCipherLen = s.cipher_bits;
        p.dwCipherBlockLen = s.block_bytes;
        wide(s.hash_name, &mut p.szHash);
        p.dwHashLen = s.hash_bits;
        wide(s.certificate, &mut p.szCertificate);
    }
    info
}

/// The WINHTTP_SECURITY_INFO of a request: zeros before a TLS connection.
pub fn bytes(negotiated: Option<&Negotiated>) -> Vec<u8> {
    let info = info(negotiated);
    // SAFETY: `info` is a live repr(C) value with no padding (checked
    // above), so all its bytes are initialised; the slice ends before it.
    unsafe { std::slice::from_raw_parts((&raw const info).cast::<u8>(), size_of::<SecurityInfo>()) }
        .to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(w: &[u16; 64]) -> String {
        String::from_utf16_lossy(&w[..w.iter().position(|&u| u == 0).unwrap_or(64)])
    }

    #[test]
    fn before_a_tls_connection_everything_is_zero() {
        let b = bytes(None);
        assert_eq!(b.len(), 28 + 680);
        assert!(b.iter().all(|&x| x == 0));
    }

    #[test]
    fn tls13_aes_128_over_x25519() {
        let i = info(Some(&Negotiated {
            version: ProtocolVersion::TLSv1_3,
            suite: CipherSuite::TLS13_AES_128_GCM_SHA256,
            group: Some(NamedGroup::X25519),
        }));
        assert_eq!(i.connection.dwProtocol, sspi::SP_PROT_TLS1_3_CLIENT);
        assert_eq!(i.connection.aiCipher, crypt::CALG_AES_128);
        assert_eq!(i.connection.dwCipherStrength, 128);
        assert_eq!(i.connection.aiHash, crypt::CALG_SHA_256);
        assert_eq!(i.connection.dwHashStrength, 0);
        assert_eq!(i.connection.aiExch, crypt::CALG_ECDH_EPHEM);
        assert_eq!(i.connection.dwExchStrength, 255);
        assert_eq!(i.cipher.dwVersion, 1);
        assert_eq!(i.cipher.dwProtocol, 0x0304);
        assert_eq!(i.cipher.dwCipherSuite, 0x1301);
        assert_eq!(text(&i.cipher.szCipherSuite), "TLS_AES_128_GCM_SHA256");
        assert_eq!(text(&i.cipher.szCipher), "AES");
        assert_eq!(text(&i.cipher.szHash), "SHA256");
        assert_eq!(text(&i.cipher.szCertificate), "");
    }

    #[test]
    fn tls12_rsa_aes_256_over_p384() {
        let i = info(Some(&Negotiated {
            version: ProtocolVersion::TLSv1_2,
            suite: CipherSuite::TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
            group: Some(NamedGroup::secp384r1),
        }));
        assert_eq!(i.connection.dwProtocol, sspi::SP_PROT_TLS1_2_CLIENT);
        assert_eq!(i.connection.aiCipher, crypt::CALG_AES_256);
        assert_eq!(i.connection.dwCipherStrength, 256);
        assert_eq!(i.connection.aiHash, crypt::CALG_SHA_384);
        assert_eq!(i.cipher.dwProtocol, 0x0303);
        assert_eq!(i.cipher.dwCipherSuite, 0xC030);
        assert_eq!(i.cipher.dwMaxExchangeLen, 384);
        assert_eq!(text(&i.cipher.szCertificate), "RSA");
    }

    #[test]
    fn every_suite_rustls_offers_has_a_row() {
        for s in rustls::crypto::ring::ALL_CIPHER_SUITES {
            assert!(
                SUITES.iter().any(|row| row.id == s.suite()),
                "{:?}",
                s.suite()
            );
        }
    }
}
