//! The schemes that answer a server's challenge rather than send a fixed
//! header: Digest (RFC 7616), computed here, and NTLM and Negotiate
//! (RFC 4559, [MS-NTHT]) through secur32's security contexts, which hold
//! the only cryptography involved.
//!
//! WinHTTP runs these legs itself once the application has set the
//! credentials (the WinHttpSetCredentials page): the first request of a
//! connection-based scheme carries the context's first token, each 401 or
//! 407 that carries a token is answered on the same connection, and only
//! the last answer reaches the application.

use base64::Engine;
use md5::Md5;
use secur32::{ClientContext, Package, Step};
use sha2::{Digest, Sha256};
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

use crate::auth::{Credential, split_list};

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

/// One scheme's conversation with one target during a request.
pub enum Handshake {
    Digest {
        user: String,
        password: String,
        /// The nonce count: how many requests used the current nonce.
        count: u32,
    },
    Context {
        context: Box<ClientContext>,
        scheme: &'static str,
        /// The context is established: a further 401 is a refusal.
        done: bool,
    },
}

impl Handshake {
    /// The handshake `credential` asks for, or `None` for a scheme sent as
    /// it is (Basic) or not implemented (Passport). NTLM and Negotiate
    /// without a user take the process's identity (secur32's
    /// NTLM_USER_FILE); the Kerberos service is `HTTP/host` (RFC 4559 4.1).
    pub fn for_credential(credential: &Credential, host: &str) -> Win32Result<Option<Handshake>> {
        let (package, scheme) = match credential.scheme {
            wh::WINHTTP_AUTH_SCHEME_DIGEST => {
                return Ok(Some(Handshake::Digest {
                    user: credential.user.clone().unwrap_or_default(),
                    password: credential.password.clone().unwrap_or_default(),
                    count: 0,
                }));
            }
            wh::WINHTTP_AUTH_SCHEME_NTLM => (Package::Ntlm, "NTLM"),
            // No Kerberos ticket names an address, so Negotiate to one is
            // NTLM; its raw messages go under the Negotiate scheme, as
            // Windows' Negotiate package sends them when it falls back
            // (SPNEGO acceptors take raw NTLMSSP tokens).
            wh::WINHTTP_AUTH_SCHEME_NEGOTIATE if host.parse::<std::net::IpAddr>().is_ok() => {
                (Package::Ntlm, "Negotiate")
            }
            wh::WINHTTP_AUTH_SCHEME_NEGOTIATE => (Package::Negotiate, "Negotiate"),
            _ => return Ok(None),
        };
        let identity = credential.user.as_deref().map(|user| {
            let (domain, user) = split_user(user);
            secur32::Credentials::new(domain, user, credential.password.as_deref().unwrap_or(""))
        });
        let context = ClientContext::for_http(package, identity, &format!("HTTP/{host}"))
            .map_err(security_error)?;
        Ok(Some(Handshake::Context {
            context: Box::new(context),
            scheme,
            done: false,
        }))
    }

    /// The header value the first request carries: a connection-based
    /// scheme's first token; `None` for Digest, which waits for a nonce.
    pub fn opening(&mut self) -> Win32Result<Option<String>> {
        match self {
            Handshake::Digest { .. } => Ok(None),
            Handshake::Context {
                context,
                scheme,
                done,
            } => Ok(leg(context, scheme, done, None)?),
        }
    }

    /// The header value answering the challenges of a 401 or 407
    /// (`challenges`: its WWW-Authenticate or Proxy-Authenticate values)
    /// for the request `verb uri`; `None` when there is nothing to answer
    /// (no challenge of this scheme, or a refusal), and the response goes
    /// to the application.
    pub fn answer(
        &mut self,
        challenges: &[&str],
        verb: &str,
        uri: &str,
    ) -> Win32Result<Option<String>> {
        match self {
            Handshake::Digest {
                user,
                password,
                count,
            } => {
                let Some(params) = find(challenges, "Digest").map(|c| parameters(&c)) else {
                    return Ok(None);
                };
                *count += 1;
                Ok(digest(&params, user, password, verb, uri, *count))
            }
            Handshake::Context {
                context,
                scheme,
                done,
            } => {
                if *done {
                    return Ok(None);
                }
                let Some(token) = find(challenges, scheme).map(|c| c.trim().to_string()) else {
                    return Ok(None);
                };
                if token.is_empty() {
                    // A bare scheme name after our token: refused.
                    return Ok(None);
                }
                let input = b64()
                    .decode(token.as_bytes())
                    .map_err(|_| Win32Error(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE))?;
                // A refused logon ends the dance: the 401 goes to the
                // application, as Windows hands back a 401 for a wrong
                // password.
                Ok(leg(context, scheme, done, Some(&input)).unwrap_or(None))
            }
        }
    }
}

/// One leg of a security context, as the header value to send.
fn leg(
    context: &mut ClientContext,
    scheme: &str,
    done: &mut bool,
    input: Option<&[u8]>,
) -> Win32Result<Option<String>> {
    let token = match context.step(input).map_err(security_error)? {
        Step::Continue(token) => Some(token),
        Step::Complete(token) => {
            *done = true;
            token
        }
    };
    Ok(token
        .filter(|t| !t.is_empty())
        .map(|t| format!("{scheme} {}", b64().encode(t))))
}

/// A security package's failure as WinHTTP reports it: no identity to use
/// is ERROR_WINHTTP_LOGIN_FAILURE, as is a refused logon.
fn security_error(_: secur32::SecError) -> Win32Error {
    Win32Error(wh::ERROR_WINHTTP_LOGIN_FAILURE)
}

/// `DOMAIN\user` or `user@domain` into (domain, user); a bare name has no
/// domain.
fn split_user(user: &str) -> (&str, &str) {
    if let Some((domain, name)) = user.split_once('\\') {
        (domain, name)
    } else if let Some((name, domain)) = user.rsplit_once('@') {
        (domain, name)
    } else {
        ("", user)
    }
}

/// What follows `scheme` in its challenge: a token68, or the first
/// auth-param with the following ones (items of the comma list that are
/// `name=value`) joined by commas.
fn find(challenges: &[&str], scheme: &str) -> Option<String> {
    for value in challenges {
        let items = split_list(value);
        for (at, item) in items.iter().enumerate() {
            let item = item.trim_matches([' ', '\t']);
            let name_end = item.find([' ', '\t']).unwrap_or(item.len());
            if !item[..name_end].eq_ignore_ascii_case(scheme) {
                continue;
            }
            let mut rest = vec![item[name_end..].trim().to_string()];
            rest.extend(
                items[at + 1..]
                    .iter()
                    .map(|i| i.trim_matches([' ', '\t']))
                    .take_while(|i| is_param(i))
                    .map(str::to_string),
            );
            return Some(rest.join(","));
        }
    }
    None
}

/// `name = value` with a token name (RFC 9110 11.2's auth-param).
fn is_param(item: &str) -> bool {
    item.split_once('=').is_some_and(|(name, _)| {
        let name = name.trim_matches([' ', '\t']);
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
    })
}

/// Digest's auth-params, names lower-cased, quotes and escapes removed.
fn parameters(text: &str) -> Vec<(String, String)> {
    split_list(text)
        .into_iter()
        .filter_map(|item| {
            let (name, value) = item.split_once('=')?;
            let value = value.trim_matches([' ', '\t']);
            let value = match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
                Some(quoted) => {
                    let mut out = String::new();
                    let mut chars = quoted.chars();
                    while let Some(c) = chars.next() {
                        out.push(if c == '\\' {
                            chars.next().unwrap_or(c)
                        } else {
                            c
                        });
                    }
                    out
                }
                None => value.to_string(),
            };
            Some((name.trim_matches([' ', '\t']).to_ascii_lowercase(), value))
        })
        .collect()
}

fn hex_digest(algorithm: &str, data: &str) -> Option<String> {
    let bytes = match algorithm {
        "MD5" => Md5::digest(data.as_bytes()).to_vec(),
        "SHA-256" => Sha256::digest(data.as_bytes()).to_vec(),
        _ => return None,
    };
    Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// RFC 7616 3.4: the Authorization value for one Digest challenge, with
/// qop=auth when the server offers it (auth-int is not offered back);
/// `None` for an algorithm other than MD5 or SHA-256 (and their -sess).
fn digest(
    params: &[(String, String)],
    user: &str,
    password: &str,
    verb: &str,
    uri: &str,
    count: u32,
) -> Option<String> {
    let get = |name: &str| {
        params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let realm = get("realm").unwrap_or("");
    let nonce = get("nonce")?;
    let algorithm = get("algorithm").unwrap_or("MD5").to_ascii_uppercase();
    let (base, session) = match algorithm.strip_suffix("-SESS") {
        Some(base) => (base.to_string(), true),
        None => (algorithm.clone(), false),
    };
    let qop = get("qop").is_some_and(|q| q.split(',').any(|q| q.trim() == "auth"));
    let mut random = [0u8; 16];
    getrandom::fill(&mut random).ok()?;
    let cnonce: String = random.iter().map(|b| format!("{b:02x}")).collect();
    let mut ha1 = hex_digest(&base, &format!("{user}:{realm}:{password}"))?;
    if session {
        ha1 = hex_digest(&base, &format!("{ha1}:{nonce}:{cnonce}"))?;
    }
    let ha2 = hex_digest(&base, &format!("{verb}:{uri}"))?;
    let nc = format!("{count:08x}");
    let response = if qop {
        hex_digest(&base, &format!("{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}"))?
    } else {
        hex_digest(&base, &format!("{ha1}:{nonce}:{ha2}"))?
    };
    let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let mut value = format!(
        "Digest username=\"{}\", realm=\"{}\", nonce=\"{}\", uri=\"{}\", algorithm={algorithm}, response=\"{response}\"",
        quote(user),
        quote(realm),
        quote(nonce),
        quote(uri)
    );
    if qop {
        value.push_str(&format!(", qop=auth, nc={nc}, cnonce=\"{cnonce}\""));
    }
    if let Some(opaque) = get("opaque") {
        value.push_str(&format!(", opaque=\"{}\"", quote(opaque)));
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenge_parts() {
        let values = [
            "Basic realm=\"a, b\", NTLM",
            "Negotiate YIIB+w==, Digest realm=\"r\", nonce=\"n\"",
        ];
        assert_eq!(find(&values, "ntlm").as_deref(), Some(""));
        assert_eq!(find(&values, "Negotiate").as_deref(), Some("YIIB+w=="));
        let digest = find(&values, "Digest").unwrap();
        assert_eq!(
            parameters(&digest),
            [("realm".into(), "r".into()), ("nonce".into(), "n".into())]
        );
        assert_eq!(find(&values, "Bearer"), None);
        assert_eq!(split_user("DOM\\alice"), ("DOM", "alice"));
        assert_eq!(split_user("alice@REALM"), ("REALM", "alice"));
        assert_eq!(split_user("alice"), ("", "alice"));
    }

    /// RFC 7616 3.9.1's example, whose response is fixed once the cnonce
    /// is: recomputed here with the example's cnonce.
    #[test]
    fn digest_matches_rfc_7616_example() {
        let ha1 = hex_digest("MD5", "Mufasa:http-auth@example.org:Circle of Life").unwrap();
        let ha2 = hex_digest("MD5", "GET:/dir/index.html").unwrap();
        let nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
        let cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
        let response = hex_digest(
            "MD5",
            &format!("{ha1}:{nonce}:00000001:{cnonce}:auth:{ha2}"),
        )
        .unwrap();
        assert_eq!(response, "8ca523f5e9506fed4657c9700eebdbec");
        let ha1 = hex_digest("SHA-256", "Mufasa:http-auth@example.org:Circle of Life").unwrap();
        let ha2 = hex_digest("SHA-256", "GET:/dir/index.html").unwrap();
        let response = hex_digest(
            "SHA-256",
            &format!("{ha1}:{nonce}:00000001:{cnonce}:auth:{ha2}"),
        )
        .unwrap();
        assert_eq!(
            response,
            "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"
        );
    }

    #[test]
    fn digest_header_fields() {
        let params = parameters(
            r#"realm="r", nonce="n\"x", qop="auth,auth-int", opaque="o", algorithm=SHA-256"#,
        );
        let value = digest(&params, "u", "p", "GET", "/a?b", 1).unwrap();
        for part in [
            "Digest username=\"u\"",
            "realm=\"r\"",
            "nonce=\"n\\\"x\"",
            "uri=\"/a?b\"",
            "algorithm=SHA-256",
            "qop=auth",
            "nc=00000001",
            "opaque=\"o\"",
        ] {
            assert!(value.contains(part), "{part} in {value}");
        }
        assert_eq!(
            digest(&parameters("realm=r"), "u", "p", "GET", "/", 1),
            None,
            "no nonce"
        );
        assert_eq!(
            digest(
                &parameters("nonce=n, algorithm=SHA-512-256"),
                "u",
                "p",
                "GET",
                "/",
                1
            ),
            None
        );
    }
}
