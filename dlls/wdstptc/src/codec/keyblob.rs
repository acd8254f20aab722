//! The keys of the [MS-WDSMT] SIGN and HASH modes as [MS-WDSMSI] 2.2.1
//! carries them, and the server's RSA key pair.
//!
//! - `SignKey` is a CryptoAPI PUBLICKEYBLOB: PUBLICKEYSTRUC (bType,
//!   bVersion, reserved, aiKeyAlg), RSAPUBKEY (magic "RSA1", bitlen,
//!   pubexp), then the modulus, every number little-endian ("Base Provider
//!   Key BLOBs", RSAPUBKEY).
//! - `SymKey` is a PLAINTEXTKEYBLOB: PUBLICKEYSTRUC, a DWORD key length, the
//!   key bytes ([MS-WDSMSI] 4.1 sends a CALG_3DES key this way).
//!
//! The RSA arithmetic is `ring`'s (signing and verifying); the `rsa` crate
//! only generates a key pair and reads and writes PKCS#8 files.

use std::io;
use std::path::Path;

use ring::signature::{self, RsaKeyPair, RsaPublicKeyComponents};
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use rsa::rand_core::TryRng;
use windows_sys::Win32::Security::Cryptography::{
    ALG_ID, CALG_3DES, CALG_RSA_KEYX, CALG_RSA_SIGN, CUR_BLOB_VERSION, PLAINTEXTKEYBLOB,
    PUBLICKEYBLOB,
};

use super::{DecodeError, DecodeResult, Reader};

/// RSAPUBKEY.magic of a public key: the ASCII of "RSA1" read as a
/// little-endian DWORD, 0x31415352.
const RSA1_MAGIC: u32 = u32::from_le_bytes(*b"RSA1");

/// The size of the key pair a server generates: the smallest `ring` signs
/// with (and NIST SP 800-131A's floor for RSA signatures).
pub const SERVER_KEY_BITS: usize = 2048;

/// An RSA public key: what a client verifies the server's packets with.
#[derive(Clone, PartialEq, Eq)]
pub struct RsaPublicKey {
    /// Big-endian, no leading zero bytes (as `ring` takes it).
    modulus: Vec<u8>,
    exponent: u32,
}

impl std::fmt::Debug for RsaPublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "RsaPublicKey({} bits, e={})",
            self.modulus.len() * 8,
            self.exponent
        )
    }
}

impl RsaPublicKey {
    /// A key from its big-endian modulus and its exponent; leading zero
    /// bytes of the modulus are dropped. A zero modulus or an even or
    /// trivial exponent is no RSA key.
    pub fn new(modulus_be: &[u8], exponent: u32) -> DecodeResult<Self> {
        let first = modulus_be.iter().position(|&b| b != 0);
        let Some(first) = first else {
            return Err(DecodeError::BadField("RSA modulus"));
        };
        if exponent < 3 || exponent.is_multiple_of(2) {
            return Err(DecodeError::BadField("RSAPUBKEY.pubexp"));
        }
        Ok(RsaPublicKey {
            modulus: modulus_be[first..].to_vec(),
            exponent,
        })
    }

    pub fn modulus_be(&self) -> &[u8] {
        &self.modulus
    }

    pub fn exponent(&self) -> u32 {
        self.exponent
    }

    /// Bytes in a signature made with this key: the modulus length.
    pub fn signature_len(&self) -> usize {
        self.modulus.len()
    }

    /// The PUBLICKEYBLOB of this key, as CryptExportKey writes it. aiKeyAlg
    /// is CALG_RSA_SIGN, the algorithm of an AT_SIGNATURE key pair
    /// (CryptGenKey, ALG_ID): [MS-WDSMSI] 3.1.1.3's SignKey only signs.
    pub fn to_public_key_blob(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(20 + self.modulus.len());
        put_blob_header(&mut out, PUBLICKEYBLOB, CALG_RSA_SIGN);
        out.extend_from_slice(&RSA1_MAGIC.to_le_bytes());
        let bitlen = u32::try_from(self.modulus.len() * 8).unwrap_or(u32::MAX);
        out.extend_from_slice(&bitlen.to_le_bytes());
        out.extend_from_slice(&self.exponent.to_le_bytes());
        out.extend(self.modulus.iter().rev());
        out
    }

    /// Read a PUBLICKEYBLOB. aiKeyAlg may be CALG_RSA_SIGN or
    /// CALG_RSA_KEYX: CryptVerifySignature takes the public key of either
    /// key spec, and [MS-WDSMSI] does not say which the server exports.
    pub fn from_public_key_blob(blob: &[u8]) -> DecodeResult<Self> {
        let mut r = Reader::new(blob);
        let alg = read_blob_header(&mut r, PUBLICKEYBLOB)?;
        if alg != CALG_RSA_SIGN && alg != CALG_RSA_KEYX {
            return Err(DecodeError::BadField("PUBLICKEYSTRUC.aiKeyAlg"));
        }
        if le_u32(&mut r)? != RSA1_MAGIC {
            return Err(DecodeError::BadField("RSAPUBKEY.magic"));
        }
        let bitlen = le_u32(&mut r)?;
        let exponent = le_u32(&mut r)?;
        // RSAPUBKEY: "in practice, this must always be a multiple of eight".
        if bitlen == 0 || !bitlen.is_multiple_of(8) {
            return Err(DecodeError::BadField("RSAPUBKEY.bitlen"));
        }
        let len = usize::try_from(bitlen / 8).map_err(|_| DecodeError::Truncated)?;
        let modulus_le = r.bytes(len)?;
        r.finish()?;
        let modulus_be: Vec<u8> = modulus_le.iter().rev().copied().collect();
        RsaPublicKey::new(&modulus_be, exponent)
    }

    /// Check a CryptoAPI signature (PKCS#1 v1.5 over SHA-256, stored least
    /// significant byte first) of `msg`. Keys of 1024 to 8192 bits are
    /// taken: a Windows server chose its key, and we cannot choose for it.
    pub fn verify_capi(&self, msg: &[u8], signature_le: &[u8]) -> bool {
        if signature_le.len() != self.signature_len() {
            return false;
        }
        let signature_be: Vec<u8> = signature_le.iter().rev().copied().collect();
        let exponent = self.exponent.to_be_bytes();
        let first = exponent.iter().position(|&b| b != 0).unwrap_or(3);
        let key = RsaPublicKeyComponents {
            n: &self.modulus[..],
            e: &exponent[first..],
        };
        key.verify(
            &signature::RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY,
            msg,
            &signature_be,
        )
        .is_ok()
    }
}

/// The server's RSA key pair ([MS-WDSMSI] 3.1.1.3 SignKey).
pub struct Signer {
    pair: RsaKeyPair,
    public: RsaPublicKey,
    /// Kept to write the key to a file; `ring` cannot export it.
    pkcs8_der: rsa::pkcs8::SecretDocument,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Signer({:?})", self.public)
    }
}

fn invalid(what: impl std::fmt::Display) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_string())
}

impl Signer {
    /// A new SERVER_KEY_BITS key pair from the OS's random numbers. This
    /// takes a while (seconds in a debug build): do it once, at server start.
    pub fn generate() -> io::Result<Self> {
        // `rsa` takes an infallible generator; a failing OS source is
        // found here, before it could panic inside the generation.
        OsRandom.try_fill_bytes(&mut [0u8; 32])?;
        let mut rng = rsa::rand_core::UnwrapErr(OsRandom);
        let key = rsa::RsaPrivateKey::new(&mut rng, SERVER_KEY_BITS).map_err(invalid)?;
        Self::from_pkcs8_der(key.to_pkcs8_der().map_err(invalid)?.as_bytes())
    }

    /// A PKCS#8 (unencrypted PrivateKeyInfo) RSA key of 2048 to 4096 bits.
    pub fn from_pkcs8_der(der: &[u8]) -> io::Result<Self> {
        let pair = RsaKeyPair::from_pkcs8(der).map_err(invalid)?;
        let components: RsaPublicKeyComponents<Vec<u8>> = pair.public().into();
        let exponent = components
            .e
            .iter()
            .try_fold(0u32, |acc, &b| {
                acc.checked_mul(256).map(|v| v | u32::from(b))
            })
            .ok_or_else(|| invalid("RSA public exponent does not fit in RSAPUBKEY.pubexp"))?;
        let public = RsaPublicKey::new(&components.n, exponent).map_err(invalid)?;
        let pkcs8_der = rsa::pkcs8::SecretDocument::try_from(der).map_err(invalid)?;
        Ok(Signer {
            pair,
            public,
            pkcs8_der,
        })
    }

    /// The "-----BEGIN PRIVATE KEY-----" form of PKCS#8.
    pub fn from_pkcs8_pem(pem: &str) -> io::Result<Self> {
        let key = rsa::RsaPrivateKey::from_pkcs8_pem(pem).map_err(invalid)?;
        Self::from_pkcs8_der(key.to_pkcs8_der().map_err(invalid)?.as_bytes())
    }

    /// Read a key file, PEM or DER.
    pub fn load(path: &Path) -> io::Result<Self> {
        let bytes = std::fs::read(path)?;
        if bytes.starts_with(b"-----BEGIN") {
            Self::from_pkcs8_pem(std::str::from_utf8(&bytes).map_err(invalid)?)
        } else {
            Self::from_pkcs8_der(&bytes)
        }
    }

    /// Write the key as PKCS#8 PEM, readable by its owner only.
    pub fn save(&self, path: &Path) -> io::Result<()> {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let pem = self
            .pkcs8_der
            .to_pem("PRIVATE KEY", LineEnding::LF)
            .map_err(invalid)?;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(path)?;
        file.write_all(pem.as_bytes())
    }

    /// The key in `path`, or a new one saved there if there is no file, so
    /// a server keeps its key (and clients their trust in it) across runs.
    pub fn load_or_generate(path: &Path) -> io::Result<Self> {
        match Self::load(path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let key = Self::generate()?;
                key.save(path)?;
                Ok(key)
            }
            other => other,
        }
    }

    pub fn public_key(&self) -> &RsaPublicKey {
        &self.public
    }

    /// [MS-WDSMSI] 2.2.1's SignKey variable: the public key's PUBLICKEYBLOB.
    pub fn public_key_blob(&self) -> Vec<u8> {
        self.public.to_public_key_blob()
    }

    pub fn signature_len(&self) -> usize {
        self.public.signature_len()
    }

    /// Sign `msg` as CryptSignHash does a CALG_SHA_256 hash object:
    /// PKCS#1 v1.5 with the SHA-256 DigestInfo, written into `out`
    /// (signature_len() bytes) least significant byte first, CryptoAPI's
    /// order. False only if the OS gives no random numbers for blinding.
    pub fn sign_capi(&self, msg: &[u8], out: &mut [u8]) -> bool {
        let rng = ring::rand::SystemRandom::new();
        if self
            .pair
            .sign(&signature::RSA_PKCS1_SHA256, &rng, msg, out)
            .is_err()
        {
            return false;
        }
        out.reverse();
        true
    }
}

/// The OS's random numbers for key generation.
struct OsRandom;

impl TryRng for OsRandom {
    type Error = io::Error;

    fn try_next_u32(&mut self) -> io::Result<u32> {
        let mut b = [0u8; 4];
        self.try_fill_bytes(&mut b)?;
        Ok(u32::from_le_bytes(b))
    }

    fn try_next_u64(&mut self) -> io::Result<u64> {
        let mut b = [0u8; 8];
        self.try_fill_bytes(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> io::Result<()> {
        getrandom::fill(dst).map_err(|e| io::Error::other(e.to_string()))
    }
}

impl rsa::rand_core::TryCryptoRng for OsRandom {}

/// [MS-WDSMSI] 2.2.1's SymKey variable for the HMAC key `key`: a
/// PLAINTEXTKEYBLOB of a CALG_3DES key, as Windows sends it (4.1: 24 key
/// bytes). The key should have DES parity (`set_des_parity`), as
/// CryptGenKey's 3DES keys do: a receiver that imports it as a 3DES key
/// may otherwise not hash with the same bytes.
pub fn plaintext_key_blob(key: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(12 + key.len());
    put_blob_header(&mut out, PLAINTEXTKEYBLOB, CALG_3DES);
    let len = u32::try_from(key.len()).unwrap_or(u32::MAX);
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(key);
    out
}

/// The key bytes of a PLAINTEXTKEYBLOB (SymKey), whatever its algorithm:
/// CryptoAPI keys an HMAC with the key's bytes. The DWORD length must
/// match the bytes that follow it exactly.
pub fn parse_plaintext_key(blob: &[u8]) -> DecodeResult<&[u8]> {
    let mut r = Reader::new(blob);
    read_blob_header(&mut r, PLAINTEXTKEYBLOB)?;
    let len = le_u32(&mut r)?;
    if len == 0 {
        return Err(DecodeError::BadField("PLAINTEXTKEYBLOB dwKeySize"));
    }
    let key = r.bytes(usize::try_from(len).map_err(|_| DecodeError::Truncated)?)?;
    r.finish()?;
    Ok(key)
}

/// Give every byte odd parity in its low bit, as DES keys carry it (FIPS
/// 46-3; every byte of [MS-WDSMSI] 4.1's SymKey has odd parity).
pub fn set_des_parity(key: &mut [u8]) {
    for b in key {
        *b = (*b & 0xFE) | u8::from((*b >> 1).count_ones().is_multiple_of(2));
    }
}

fn put_blob_header(out: &mut Vec<u8>, blob_type: u32, alg: ALG_ID) {
    // PUBLICKEYSTRUC: bType and bVersion are bytes; the blob type
    // constants fit in one.
    out.push(blob_type as u8);
    out.push(CUR_BLOB_VERSION as u8);
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&alg.to_le_bytes());
}

/// Check PUBLICKEYSTRUC's bType, bVersion and reserved; return aiKeyAlg.
fn read_blob_header(r: &mut Reader<'_>, blob_type: u32) -> DecodeResult<ALG_ID> {
    let head = r.bytes(4)?;
    if u32::from(head[0]) != blob_type {
        return Err(DecodeError::BadField("PUBLICKEYSTRUC.bType"));
    }
    if u32::from(head[1]) != CUR_BLOB_VERSION {
        return Err(DecodeError::BadField("PUBLICKEYSTRUC.bVersion"));
    }
    if head[2..4] != [0, 0] {
        return Err(DecodeError::BadField("PUBLICKEYSTRUC.reserved"));
    }
    le_u32(r)
}

fn le_u32(r: &mut Reader<'_>) -> DecodeResult<u32> {
    let b = r.bytes(4)?;
    Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Two fixed 2048-bit keys, so tests need not generate one.
#[cfg(test)]
pub(crate) mod test_keys {
    pub const A: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCpn4m0FOJoUENO\n\
noOTeeK1GsadrPnf9e2mS/PbdiY6xi2wprwocFsKcHkz0/PxpJy7sOcy7gfWfKsq\n\
42ymNQxNfd/4mriFnrsrYggCD+NkjQZR0yltV5PlOP6UrAP9ESPgPEHDN7jUjuLt\n\
qPSKfiOizSoUEdsgeoEAMY4LN+zkdmU2BFq9vDA2J4T9rDr1bA0O+M7FjlXgEI5W\n\
HrGGp5+9RO1vrNWavv5j6HaCrUUDQPGN+qBCB0sNx5BDnaseU+xG97L+FUlbduks\n\
CXj7bRa4CYX6r06wr9Sfk4ugjjtprZHYhbN9fwxAinL+1CkNQwVG1CPR2EQWipf4\n\
v5rUlvinAgMBAAECggEATKAG32Rt0MytUyc1bhoqCUESxyjcaklY9X4rJ5FMfNGI\n\
01vG9QeogONFRV3yvc7shLdKAg5YWRLRahr5um2NZLY/xrjyMV5+0/7Belj+Eq7I\n\
U49uD/h3lZ21F6lLVfd3uvTNimgyJUd1CQKBkcygwYsn/pAAasAcZV99eODnMV7z\n\
9PVulN36u9dxu0VPVwvWlkgvLyC7nuhQd5B3yeLatbXg39GW+JYzzYC9DH+1Qxyf\n\
lCJHbiymVCGlhSrAkmXpHPZfY43xIIRoha+a4wFnfQrEmKgMWClCAjY9VIJLLDg3\n\
BgCNCb48swDbYBR/9yWOEVLTu8s9VPrKYpkL7DodCQKBgQDei6MJSgbx61KVpcii\n\
JNAAlVde/8zWS9XO74JaYoK5BPXn6qnAPtyjujoxawRigvl3nQ5BmaNfahkbqLIu\n\
ZtAXeVUJEinysZ/uVFc6RYNmJTJR5lRYHmTD8pyakrK0uyR0c9NxIzE1NtHyhiSk\n\
txiFG0oy3/sD7/hTcZPEJT/8KQKBgQDDH0JEK/9ehXl3RMUkHrZh1Dtib6CxkzN3\n\
ypjV1adZhZfPxsk8je+kK2c/OS2Aj9qAFkD7Anl5IxvbRwUD9+ADURnQCLYJXi2H\n\
GvyH9FQ5xbjRCFoba0SrT5rMYlr4DZOCwr/i9vXL2vLIsStOvsptBJbSCgmMXSIV\n\
BsWb2RvoTwKBgACZ3fHbelNS8GEpFnahpNIrlRXTmQkHIWeyq+Z0l6fKRKPAtX6o\n\
bM4gZaHWiSd+9Q+GpBA3SwKp9bFmbjzD2FIH6NviaayXIDhzj9y/bVBsT0t7VMT8\n\
KAeDczrTpJnqW3nZCjwm/S4InN6L0DOFrxJE9ZlXk4T6M/B9wQlplFepAoGBAIVx\n\
F0ywGlF2Tv+2VGzDZE+7aXGEjg1jckt2jteO6ohayNwcQvvaxg0sccvXOrs1pmT6\n\
0y3XH2QtEpwAEfoIx3b9O/3+NyBo/BHt7s671e48voyWfalKzwepxWAJ09TY1A0V\n\
S03ZP3hPIMMIB2ovKRktjkfO/YC1IN3oZ7SR4ngZAoGBAMrhTT5MZbpxM0q0rcUl\n\
F5IaiZsBAlK8pUlXvztwfU+nQ5Fv1y/4Na+7DHdUKkMw2nVnJfibzYXQWXgbHySe\n\
NJuvWdf9FxNPkZ1cHyQcgwkv0/imEF7WjTuwBK1e619nK0LTzibmNNPzXsJOoQhZ\n\
1m9z7Ln/XTHNV7HMwz6tkrpV\n\
-----END PRIVATE KEY-----\n";
    pub const B: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDNnCFGMxuP3QPN\n\
4x5VT4BfUVLgbJnv04Lqd5Nz5GOBxud7mUlSyyTv7KBkf/07utZKPSTJtTRaBGc4\n\
d/X2VNkcABI6B8Erd3vqPcwk74Ko0TJBaGY964dasKirRpIj5JKXamO69CvT37dh\n\
uPwRDwecF+JUzElyCNsp2l5pwj7U1vTVBZ26XJxr27niQ/SOsYrpT/ggQ922rxRb\n\
G20iN+Px0JSu0HzUpkseeQFljV/uO8AfTqwvS2GR4me/UMDzGtr0FA8TQelpVa3M\n\
J6n0nwTRflyaxBeSVGsAaAbRMxvVJZgBAnOiGyFKoFMtqi51/l+LYCE8yXXVkISl\n\
++t6JAztAgMBAAECggEABmGMTeSWKHh0CJ4giKPf//fC/xQ16eVufMYMfWNGUSfD\n\
N9UpB6A6ND06dCtnebEAgCZnoy7vBux35+2VeDRUOOpRMFcX4qScvG6zArDnm0NX\n\
HKHwSIc1530Dm18GxtQVuOTQmndwZk96u+AO1HXuuEvT7MLfiAlSK++BPOqOIqQN\n\
t5YrD5HgvyGg/sYihtmjICMspvmsqmJr8Ce5NQL0Y8uK0mglGzvYGHfsyXxNkws8\n\
jplc7t6uF4v5mM2DdmIJqJd9Hn/r6i42qZgO5LouAHUYm8GDarbr95jaogl4UQj1\n\
5NLGQzw0VI5QGWMD9Pu6BN1oUgYX0y3k/pUJogPlrQKBgQDpALzJd2U0BE4dq60k\n\
7dDFQtA7uWyYUBCekxKzAG0A5hFlW00wSLAoU8C4Cz1CtahAMVwBHFEInr64p96h\n\
g1lN5ED66/6N3YqxFYvB4OLnCMwpyOeJAWodX8hEZArPbRmaVmlwV0l8kh9GeQQa\n\
aw3K7VnNJ5DLvN/8X84g3cW0kwKBgQDh50GSxuP3JOJv4xXeMSM2akm6QLr8qapC\n\
r1vUdiP6Wk4NIFkZQKlf87hj0ecMRc5eIZUBixAvXcmB+QLh+p6Bwt+TZRFE6o2f\n\
m2YyllNBoijLPeCSkKjdR993eRAbcvjPbHPQUM+0Iq6vbdIWe5SaFLXUMrL+zuF7\n\
TuD/D5WofwKBgDo0H/SnqZUz2huZTfgim/satI+mwxTNM0mZbZtfaNtHnWLXStHb\n\
5n08ZrDSxevLGwtmCRiR7UAc/4F7Fab8+6r0cLL9jqn7hHC19CJrPeL+lJl/gS79\n\
Nne9/HXxE647D6E5Ir+YXlgK3FsrUbYTte9SGROhZY8vUDhn6kLVg1SXAoGAIvSi\n\
2/B0xABsHX4ZGymlVj06LVzo0kH6u5jg785cINgqbbOMtfCghN10sdWAGBERLtWp\n\
dfSry3iKvtbmUEt0jYW3DNq9wlk9Eu578OX7+hL6lwB7KJLD3oHJnXYZPPYcdBRH\n\
E3v9t9UKDNFEigATbYg43p39vpoKoAcDn9Qsh0cCgYEAm/ZQyEsHP6044LQv7Iva\n\
gIrLJ3Cwi43ffph9DVpLLAryk5yMXYI57ZaHoRMmBI8ZSTBPcDs82Z/mDJRJMcnz\n\
WFvSHToemxaDN2AViQlM902T67VXtvKMicQlG1n8tdI0b8iX0K3mp3f90T1JsvrX\n\
Z+SHo5mOyD7Cu1rkxAq/ohE=\n\
-----END PRIVATE KEY-----\n";
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len() / 2)
            .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
            .collect()
    }

    fn key_a() -> Signer {
        Signer::from_pkcs8_pem(test_keys::A).unwrap()
    }

    #[test]
    fn public_key_blob_has_the_documented_layout() {
        let key = key_a();
        let public = key.public_key();
        let n = public.modulus_be();
        assert_eq!(n.len(), 256);
        // Built by hand from PUBLICKEYSTRUC and RSAPUBKEY.
        let mut expected = vec![0x06, 0x02, 0x00, 0x00, 0x00, 0x24, 0x00, 0x00];
        expected.extend_from_slice(b"RSA1");
        expected.extend_from_slice(&[0x00, 0x08, 0x00, 0x00]); // 2048
        expected.extend_from_slice(&[0x01, 0x00, 0x01, 0x00]); // 65537
        expected.extend(n.iter().rev());
        let blob = public.to_public_key_blob();
        assert_eq!(blob, expected);
        assert_eq!(
            RsaPublicKey::from_public_key_blob(&blob).as_ref(),
            Ok(public)
        );
        // The same key exported from an AT_KEYEXCHANGE pair.
        let mut keyx = blob.clone();
        keyx[5] = 0xA4;
        assert_eq!(
            RsaPublicKey::from_public_key_blob(&keyx).as_ref(),
            Ok(public)
        );
    }

    #[test]
    fn malformed_public_key_blobs_are_errors() {
        let blob = key_a().public_key().to_public_key_blob();
        for cut in 0..blob.len() {
            assert!(
                RsaPublicKey::from_public_key_blob(&blob[..cut]).is_err(),
                "cut at {cut}"
            );
        }
        let mut long = blob.clone();
        long.push(0);
        assert_eq!(
            RsaPublicKey::from_public_key_blob(&long),
            Err(DecodeError::TrailingBytes)
        );
        let broken = |at: usize, v: u8| {
            let mut b = blob.clone();
            b[at] = v;
            RsaPublicKey::from_public_key_blob(&b)
        };
        assert_eq!(
            broken(0, 0x07),
            Err(DecodeError::BadField("PUBLICKEYSTRUC.bType"))
        );
        assert_eq!(
            broken(1, 0x03),
            Err(DecodeError::BadField("PUBLICKEYSTRUC.bVersion"))
        );
        assert_eq!(
            broken(2, 0x01),
            Err(DecodeError::BadField("PUBLICKEYSTRUC.reserved"))
        );
        assert_eq!(
            broken(5, 0x66),
            Err(DecodeError::BadField("PUBLICKEYSTRUC.aiKeyAlg"))
        );
        // "RSA2" is a private key's magic.
        assert_eq!(
            broken(11, b'2'),
            Err(DecodeError::BadField("RSAPUBKEY.magic"))
        );
        assert_eq!(
            broken(12, 0x01),
            Err(DecodeError::BadField("RSAPUBKEY.bitlen"))
        );
        assert_eq!(
            broken(16, 0x02),
            Err(DecodeError::BadField("RSAPUBKEY.pubexp"))
        );
        // A bitlen longer than the modulus that follows.
        assert_eq!(broken(13, 0x09), Err(DecodeError::Truncated));
        // A huge bitlen allocates nothing: it is checked against the bytes.
        let mut huge = blob.clone();
        huge[12..16].copy_from_slice(&0xFFFF_FFF8u32.to_le_bytes());
        assert_eq!(
            RsaPublicKey::from_public_key_blob(&huge),
            Err(DecodeError::Truncated)
        );
        let mut zero = blob[..20].to_vec();
        zero[12..16].copy_from_slice(&8u32.to_le_bytes());
        zero.push(0);
        assert_eq!(
            RsaPublicKey::from_public_key_blob(&zero),
            Err(DecodeError::BadField("RSA modulus"))
        );
    }

    #[test]
    fn sym_key_of_ms_wdsmsi_4_1_is_a_24_byte_3des_key_with_des_parity() {
        let blob = hex("0802000003660000180000002F15F82AE0683EF79E6D62A70BDC519D2A3246E0FDB354E9");
        assert_eq!(
            u32::from_le_bytes([blob[4], blob[5], blob[6], blob[7]]),
            CALG_3DES
        );
        let key = parse_plaintext_key(&blob).unwrap();
        assert_eq!(key.len(), 24);
        assert_eq!(&key[..4], &[0x2F, 0x15, 0xF8, 0x2A]);
        assert_eq!(plaintext_key_blob(key), blob);
        let mut adjusted = key.to_vec();
        set_des_parity(&mut adjusted);
        assert_eq!(adjusted, key, "Windows' key already has odd parity");
        let mut even = [0x00, 0x01, 0x02, 0xFF];
        set_des_parity(&mut even);
        assert_eq!(even, [0x01, 0x01, 0x02, 0xFE]);
    }

    #[test]
    fn malformed_plaintext_key_blobs_are_errors() {
        let blob = plaintext_key_blob(&[7; 24]);
        for cut in 0..blob.len() {
            assert!(parse_plaintext_key(&blob[..cut]).is_err(), "cut at {cut}");
        }
        let mut long = blob.clone();
        long.push(0);
        assert_eq!(parse_plaintext_key(&long), Err(DecodeError::TrailingBytes));
        let mut public = blob.clone();
        public[0] = 0x06;
        assert_eq!(
            parse_plaintext_key(&public),
            Err(DecodeError::BadField("PUBLICKEYSTRUC.bType"))
        );
        assert_eq!(
            parse_plaintext_key(&plaintext_key_blob(&[])),
            Err(DecodeError::BadField("PLAINTEXTKEYBLOB dwKeySize"))
        );
    }

    #[test]
    fn signatures_are_pkcs1_sha256_in_little_endian_order() {
        let key = key_a();
        let mut sig = vec![0u8; key.signature_len()];
        assert!(key.sign_capi(b"abc", &mut sig));
        assert_eq!(sig.len(), 256);
        // `openssl dgst -sha256 -sign` of "abc" with key A (big-endian,
        // as PKCS#1 writes it): ours is the same number, byte-reversed.
        let mut expected = hex(KNOWN_SIG_ABC);
        expected.reverse();
        assert_eq!(sig, expected);
        assert!(key.public_key().verify_capi(b"abc", &sig));
        assert!(!key.public_key().verify_capi(b"abd", &sig));
        let mut big_endian = sig.clone();
        big_endian.reverse();
        assert!(!key.public_key().verify_capi(b"abc", &big_endian));
        assert!(!key.public_key().verify_capi(b"abc", &sig[1..]));
        let other = Signer::from_pkcs8_pem(test_keys::B).unwrap();
        assert!(!other.public_key().verify_capi(b"abc", &sig));
    }

    const KNOWN_SIG_ABC: &str = "A8D566F2FB21845B8F6FBFF69653608AAD4D71B5F2B6DE88853F66752D04D0B7779821051B2A63629DA29FB7C5535CA67B093B36720084D92EAD99FF6AD07407322EA3AF1C0A0FC7E04E2FEF2198C19FEDA249722EEF443BB768D0DBEF30FDDD5FF704A185061A417AE493BD1B5574AA3D380751316F5EF058A93B3A3620474C0FDCD28AAA589F3554D3A7307E869EAE9D6494413E7AFBF36A485B81325B48A96D41A479150EDB1F1E6D51C3144A298180AA146B34F16296E9E113AE53C5FBFD4379ABEE7346967C2C773A6544A026CE5959B53B936062FFE53A18FE4E57AC930691B59ADD9659B02ADB55E523786E9E006D9FC4158789B36DAEDFA1F2AF48BD";

    #[test]
    fn key_files_round_trip_as_pem_and_der() {
        let dir = std::env::temp_dir().join(format!("wdstptc-keyblob-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let pem_path = dir.join("key.pem");
        let key = key_a();
        key.save(&pem_path).unwrap();
        let text = std::fs::read_to_string(&pem_path).unwrap();
        assert!(text.starts_with("-----BEGIN PRIVATE KEY-----"));
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&pem_path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(
            Signer::load(&pem_path).unwrap().public_key(),
            key.public_key()
        );
        let der_path = dir.join("key.der");
        std::fs::write(&der_path, key.pkcs8_der.as_bytes()).unwrap();
        let from_der = Signer::load_or_generate(&der_path).unwrap();
        assert_eq!(from_der.public_key(), key.public_key());
        let junk = dir.join("junk");
        std::fs::write(&junk, b"not a key").unwrap();
        assert_eq!(
            Signer::load(&junk).unwrap_err().kind(),
            io::ErrorKind::InvalidData
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
