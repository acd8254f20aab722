//! Authentication as the application drives it (the WinHttpQueryAuthSchemes
//! page's sample): the challenges of a 401 or 407 response read into
//! WINHTTP_AUTH_SCHEME_* bits, the credentials WinHttpSetCredentials
//! keeps, and the Authorization header they make. Basic only so far.

use base64::Engine;
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Foundation::ERROR_INVALID_OPERATION;
use windows_sys::Win32::Networking::WinHttp as wh;

use crate::headers::Headers;

/// The schemes a response offers, as WinHttpQueryAuthSchemes reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offer {
    /// Every known scheme offered (WINHTTP_AUTH_SCHEME_* bits).
    pub supported: u32,
    /// The first known scheme, in the order the server listed them.
    pub first: u32,
    /// WINHTTP_AUTH_TARGET_SERVER or _PROXY.
    pub target: u32,
}

/// A scheme name's WINHTTP_AUTH_SCHEME_* bit; `None` for schemes WinHTTP
/// does not know (Bearer, for one: Wine's `test_multi_authentication`
/// records that Windows skips it).
fn scheme_bit(name: &str) -> Option<u32> {
    [
        ("Basic", wh::WINHTTP_AUTH_SCHEME_BASIC),
        ("NTLM", wh::WINHTTP_AUTH_SCHEME_NTLM),
        ("Passport1.4", wh::WINHTTP_AUTH_SCHEME_PASSPORT),
        ("Digest", wh::WINHTTP_AUTH_SCHEME_DIGEST),
        ("Negotiate", wh::WINHTTP_AUTH_SCHEME_NEGOTIATE),
    ]
    .into_iter()
    .find(|(n, _)| n.eq_ignore_ascii_case(name))
    .map(|(_, bit)| bit)
}

/// RFC 9110 5.6.2: a token character.
fn is_tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// Split a header value at the commas outside quoted strings (RFC 9110
/// 5.6.4: a backslash escapes the next character inside quotes).
pub(crate) fn split_list(value: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (at, c) in value.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ',' if !quoted => {
                items.push(&value[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    items.push(&value[start..]);
    items
}

/// The scheme names of one WWW-Authenticate or Proxy-Authenticate value,
/// in order. RFC 9110 11.6.1: `challenge = auth-scheme [ 1*SP ( token68 /
/// #auth-param ) ]`, and challenges are themselves a comma list, so an
/// item that is a token not followed by `=` starts a challenge while
/// `name=value` items are the previous challenge's parameters.
pub fn challenge_schemes(value: &str) -> Vec<&str> {
    split_list(value)
        .into_iter()
        .filter_map(|item| {
            let item = item.trim_matches([' ', '\t']);
            let end = item.find(|c| !is_tchar(c)).unwrap_or(item.len());
            let (token, rest) = item.split_at(end);
            let is_param = rest.trim_start_matches([' ', '\t']).starts_with('=');
            (!token.is_empty() && !is_param).then_some(token)
        })
        .collect()
}

/// The WINHTTP_AUTH_SCHEME_* bits of the known schemes these challenge
/// header values offer, in the server's order.
pub fn offered_schemes(values: &[&str]) -> Vec<u32> {
    values
        .iter()
        .flat_map(|v| challenge_schemes(v))
        .filter_map(scheme_bit)
        .collect()
}

/// WinHttpQueryAuthSchemes over a response: a 407's Proxy-Authenticate
/// headers, any other status's WWW-Authenticate headers (decision: the
/// status says which side asks). No known scheme is
/// ERROR_INVALID_OPERATION, as for a request without a response (Wine's
/// `test_basic_authentication`, on Windows).
pub fn offer(status: u16, headers: &Headers) -> Win32Result<Offer> {
    let (name, target) = if status == 407 {
        ("Proxy-Authenticate", wh::WINHTTP_AUTH_TARGET_PROXY)
    } else {
        ("WWW-Authenticate", wh::WINHTTP_AUTH_TARGET_SERVER)
    };
    let values: Vec<&str> = headers.get_all(name).collect();
    let bits = offered_schemes(&values);
    let first = *bits.first().ok_or(Win32Error(ERROR_INVALID_OPERATION))?;
    Ok(Offer {
        supported: bits.iter().fold(0, |all, b| all | b),
        first,
        target,
    })
}

/// Credentials WinHttpSetCredentials gave for one target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credential {
    pub scheme: u32,
    pub user: Option<String>,
    pub password: Option<String>,
}

impl Credential {
    /// Check WinHttpSetCredentials' arguments, as Wine's tests record
    /// Windows: one known scheme; Basic and Digest need a user name and
    /// a password, NTLM, Negotiate and Passport may take neither (the
    /// logged-on user's). The scheme need not be one the server offered.
    pub fn new(
        target: u32,
        scheme: u32,
        user: Option<String>,
        password: Option<String>,
    ) -> Win32Result<Credential> {
        let known_target = [
            wh::WINHTTP_AUTH_TARGET_SERVER,
            wh::WINHTTP_AUTH_TARGET_PROXY,
        ];
        if !known_target.contains(&target) || scheme_name(scheme).is_none() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let needs_both = [
            wh::WINHTTP_AUTH_SCHEME_BASIC,
            wh::WINHTTP_AUTH_SCHEME_DIGEST,
        ];
        if needs_both.contains(&scheme) && (user.is_none() || password.is_none()) {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        Ok(Credential {
            scheme,
            user,
            password,
        })
    }

    /// The Authorization (or Proxy-Authorization) value these credentials
    /// give without a round trip: Basic's `base64(user ":" password)`,
    /// UTF-8 (RFC 7617 2.1, with the charset it recommends). `None` for
    /// the schemes not implemented yet.
    pub fn preemptive(&self) -> Option<String> {
        if self.scheme != wh::WINHTTP_AUTH_SCHEME_BASIC {
            return None;
        }
        let pair = format!(
            "{}:{}",
            self.user.as_deref().unwrap_or(""),
            self.password.as_deref().unwrap_or("")
        );
        Some(format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(pair)
        ))
    }
}

/// The scheme name of a single WINHTTP_AUTH_SCHEME_* bit.
fn scheme_name(scheme: u32) -> Option<&'static str> {
    Some(match scheme {
        wh::WINHTTP_AUTH_SCHEME_BASIC => "Basic",
        wh::WINHTTP_AUTH_SCHEME_NTLM => "NTLM",
        wh::WINHTTP_AUTH_SCHEME_PASSPORT => "Passport1.4",
        wh::WINHTTP_AUTH_SCHEME_DIGEST => "Digest",
        wh::WINHTTP_AUTH_SCHEME_NEGOTIATE => "Negotiate",
        _ => return None,
    })
}

/// The credentials a request holds, per target.
#[derive(Debug, Clone, Default)]
pub struct AuthState {
    pub server: Option<Credential>,
    pub proxy: Option<Credential>,
}

impl AuthState {
    pub fn set(&mut self, target: u32, credential: Credential) {
        if target == wh::WINHTTP_AUTH_TARGET_PROXY {
            self.proxy = Some(credential);
        } else {
            self.server = Some(credential);
        }
    }

    /// Put the authorization headers into the request about to be sent.
    /// Credentials replace an Authorization header already there
    /// (decision: the application asked for them last).
    pub fn apply(&self, headers: &mut Headers) {
        for (credential, name) in [
            (&self.server, "Authorization"),
            (&self.proxy, "Proxy-Authorization"),
        ] {
            if let Some(value) = credential.as_ref().and_then(Credential::preemptive) {
                headers.remove(name);
                headers.push(name, &value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASIC: u32 = wh::WINHTTP_AUTH_SCHEME_BASIC;
    const NTLM: u32 = wh::WINHTTP_AUTH_SCHEME_NTLM;
    const NEGOTIATE: u32 = wh::WINHTTP_AUTH_SCHEME_NEGOTIATE;
    const DIGEST: u32 = wh::WINHTTP_AUTH_SCHEME_DIGEST;
    const SERVER: u32 = wh::WINHTTP_AUTH_TARGET_SERVER;
    const PROXY: u32 = wh::WINHTTP_AUTH_TARGET_PROXY;

    fn response(lines: &[(&str, &str)]) -> Headers {
        let mut h = Headers::default();
        for (n, v) in lines {
            h.push(n, v);
        }
        h
    }

    #[test]
    fn schemes_of_one_value() {
        assert_eq!(challenge_schemes("Basic realm=\"x\""), ["Basic"]);
        assert_eq!(challenge_schemes("NTLM"), ["NTLM"]);
        assert_eq!(
            challenge_schemes("Negotiate, NTLM, Basic realm=\"a\""),
            ["Negotiate", "NTLM", "Basic"]
        );
        // A comma inside a quoted realm, and an escaped quote, start nothing.
        assert_eq!(
            challenge_schemes(r#"Basic realm="a, Digest b \", NTLM", charset="UTF-8", Negotiate"#),
            ["Basic", "Negotiate"]
        );
        // Parameters after a scheme, with white space around '='.
        assert_eq!(
            challenge_schemes("Digest realm = \"r\", nonce=\"n\", qop=\"auth\", Basic realm=r"),
            ["Digest", "Basic"]
        );
        // token68 after the scheme, and empty list items.
        assert_eq!(
            challenge_schemes(" , Negotiate YIIGhgYGKwYBBQUCoII=,,NTLM "),
            ["Negotiate", "NTLM"]
        );
        assert!(challenge_schemes("").is_empty());
        assert!(challenge_schemes("\"quoted\"").is_empty());
    }

    #[test]
    fn offer_from_several_headers() {
        let h = response(&[
            ("WWW-Authenticate", "Bearer"),
            ("Content-Type", "text/plain"),
            ("www-authenticate", "Basic realm=\"x, y\""),
            ("WWW-Authenticate", "NTLM, Negotiate"),
        ]);
        // Unknown schemes are skipped: the first is the first known one.
        assert_eq!(
            offer(401, &h),
            Ok(Offer {
                supported: BASIC | NTLM | NEGOTIATE,
                first: BASIC,
                target: SERVER
            })
        );
        let h = response(&[("WWW-Authenticate", "Passport1.4 x=1, digest realm=\"d\"")]);
        let o = offer(401, &h).unwrap();
        assert_eq!(
            (o.supported, o.first),
            (
                wh::WINHTTP_AUTH_SCHEME_PASSPORT | DIGEST,
                wh::WINHTTP_AUTH_SCHEME_PASSPORT
            )
        );
    }

    #[test]
    fn offer_for_the_proxy_and_no_offer() {
        let h = response(&[
            ("WWW-Authenticate", "Basic realm=\"server\""),
            ("Proxy-Authenticate", "NTLM"),
        ]);
        assert_eq!(
            offer(407, &h),
            Ok(Offer {
                supported: NTLM,
                first: NTLM,
                target: PROXY
            })
        );
        let invalid_operation = Err(Win32Error(ERROR_INVALID_OPERATION));
        assert_eq!(offer(401, &response(&[])), invalid_operation);
        assert_eq!(
            offer(
                401,
                &response(&[("WWW-Authenticate", "Bearer realm=\"x\"")])
            ),
            invalid_operation
        );
        assert_eq!(
            offer(407, &response(&[("WWW-Authenticate", "Basic")])),
            invalid_operation
        );
    }

    #[test]
    fn credential_arguments_follow_windows() {
        let s = |v: &str| Some(v.to_string());
        let bad = Err(Win32Error::INVALID_PARAMETER);
        // Wine's test_basic_authentication: these succeed on Windows.
        for scheme in [NTLM, wh::WINHTTP_AUTH_SCHEME_PASSPORT, NEGOTIATE] {
            assert!(Credential::new(SERVER, scheme, None, None).is_ok());
        }
        assert_eq!(Credential::new(SERVER, DIGEST, None, None), bad);
        assert_eq!(Credential::new(SERVER, BASIC, None, None), bad);
        assert_eq!(Credential::new(SERVER, BASIC, s("user"), None), bad);
        assert_eq!(Credential::new(SERVER, BASIC, None, s("pwd")), bad);
        assert!(Credential::new(SERVER, BASIC, s("user"), s("pwd")).is_ok());
        assert!(Credential::new(PROXY, BASIC, s("user"), s("pwd")).is_ok());
        // One scheme bit, one target.
        assert_eq!(Credential::new(SERVER, BASIC | NTLM, s("u"), s("p")), bad);
        assert_eq!(Credential::new(SERVER, 0, s("u"), s("p")), bad);
        assert_eq!(Credential::new(2, BASIC, s("u"), s("p")), bad);
    }

    #[test]
    fn basic_header_is_utf8_base64() {
        let c = Credential::new(SERVER, BASIC, Some("user".into()), Some("pwd".into())).unwrap();
        assert_eq!(c.preemptive().as_deref(), Some("Basic dXNlcjpwd2Q="));
        // RFC 7617 2.1's example: "test" / "123£" in UTF-8.
        let c =
            Credential::new(SERVER, BASIC, Some("test".into()), Some("123\u{a3}".into())).unwrap();
        assert_eq!(c.preemptive().as_deref(), Some("Basic dGVzdDoxMjPCow=="));
        let c = Credential::new(SERVER, NTLM, None, None).unwrap();
        assert_eq!(c.preemptive(), None);
    }

    #[test]
    fn credentials_replace_the_header() {
        let mut h = response(&[("Authorization", "Bearer old"), ("Accept", "*/*")]);
        let mut auth = AuthState::default();
        auth.apply(&mut h);
        assert_eq!(h.get("Authorization"), Some("Bearer old"));
        let basic = |u: &str| Credential::new(SERVER, BASIC, Some(u.into()), Some("p".into()));
        auth.set(SERVER, basic("a").unwrap());
        auth.set(PROXY, basic("b").unwrap());
        auth.apply(&mut h);
        auth.set(SERVER, basic("c").unwrap());
        auth.apply(&mut h);
        let values: Vec<_> = h.iter().collect();
        assert_eq!(
            values,
            [
                ("Accept", "*/*"),
                ("Authorization", "Basic Yzpw"),
                ("Proxy-Authorization", "Basic Yjpw"),
            ]
        );
    }
}
