//! The WinHTTP option table: one row per `WINHTTP_OPTION_*` the library
//! knows, saying which handle kinds may set it and query it, what kind of
//! value it carries, its default and whether a request inherits it from its
//! session. `WinHttpSetOption` and `WinHttpQueryOption` (in
//! `crate::capi::option`) both read their rules from [`TABLE`].
//!
//! The handle kinds and errors are Windows' as Wine's
//! `dlls/winhttp/tests/winhttp.c` records them (its `ok()` lines without
//! `todo_wine` pass on Windows): an option the library does not know is
//! ERROR_WINHTTP_INVALID_OPTION to set and ERROR_INVALID_PARAMETER to
//! query; a known option on the wrong kind of handle is
//! ERROR_WINHTTP_INCORRECT_HANDLE_TYPE; an option that cannot be queried at
//! all (DISABLE_FEATURE, ENABLE_FEATURE, the WebSocket keep-alive) is
//! ERROR_INVALID_PARAMETER to query.

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

/// A set of handle kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kinds(u8);

impl Kinds {
    pub const NONE: Kinds = Kinds(0);
    pub const SESSION: Kinds = Kinds(1);
    pub const CONNECT: Kinds = Kinds(2);
    pub const REQUEST: Kinds = Kinds(4);
    pub const SOCKET: Kinds = Kinds(8);
    pub const ALL: Kinds = Kinds(15);

    const fn with(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }

    pub fn contains(self, kind: Kinds) -> bool {
        self.0 & kind.0 == kind.0 && kind.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

const SESSION: Kinds = Kinds::SESSION;
const REQUEST: Kinds = Kinds::REQUEST;
const SOCKET: Kinds = Kinds::SOCKET;
const SESSION_REQUEST: Kinds = SESSION.with(REQUEST);
const SESSION_CONNECT_REQUEST: Kinds = SESSION.with(Kinds::CONNECT).with(REQUEST);
const CONNECT_REQUEST: Kinds = Kinds::CONNECT.with(REQUEST);
const NONE: Kinds = Kinds::NONE;
const ALL: Kinds = Kinds::ALL;

/// A DWORD option kept in [`Options`], by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    ResolveTimeout,
    ConnectTimeout,
    SendTimeout,
    ReceiveTimeout,
    ReceiveResponseTimeout,
    SecurityFlags,
    SecureProtocols,
    RedirectPolicy,
    MaxRedirects,
    DisableFeatures,
    EnableFeatures,
    Decompression,
    ConnectRetries,
    MaxConnsPerServer,
    MaxConnsPer10Server,
    EnableHttpProtocol,
    AutologonPolicy,
    MaxResponseHeaderSize,
    PassportAuth,
    WebSocketReceiveBuffer,
    WebSocketSendBuffer,
}

const SLOTS: usize = Slot::WebSocketSendBuffer as usize + 1;

/// What a set value must satisfy; anything else is ERROR_INVALID_PARAMETER.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    Any,
    /// No bits outside the mask.
    Mask(u32),
    /// At most this value.
    AtMost(u32),
    /// At least this value.
    AtLeast(u32),
    /// Exactly this value.
    Equals(u32),
}

impl Check {
    fn accepts(self, v: u32) -> bool {
        match self {
            Check::Any => true,
            Check::Mask(m) => v & !m == 0,
            Check::AtMost(max) => v <= max,
            Check::AtLeast(min) => v >= min,
            Check::Equals(x) => v == x,
        }
    }
}

/// How a set DWORD is checked and stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The error for a length other than 4: ERROR_INSUFFICIENT_BUFFER for
    /// most options (REDIRECT_POLICY in Wine's tests), ERROR_INVALID_PARAMETER
    /// for the ones Windows checks as arguments (ENABLE_FEATURE, the
    /// WebSocket keep-alive).
    pub size_error: Win32Error,
    pub check: Check,
    /// DISABLE_FEATURE adds to the flags already set rather than replacing
    /// them (each call disables more).
    pub accumulate: bool,
    /// The value stored is at least this option's, read when it is set:
    /// Windows keeps RECEIVE_RESPONSE_TIMEOUT no shorter than the handle's
    /// RECEIVE_TIMEOUT (Wine's test_timeouts, on Windows: 30000 set on a
    /// request whose receive timeout is 0xbeefdead reads back 0xbeefdead,
    /// 48878 on a session at 48879 reads 48879, 48880 reads 48880).
    pub floor: Option<Slot>,
}

const fn rule(check: Check) -> Rule {
    Rule {
        size_error: Win32Error::INSUFFICIENT_BUFFER,
        check,
        accumulate: false,
        floor: None,
    }
}

/// A rule whose wrong-sized value is an argument error (87).
pub const fn strict(check: Check) -> Rule {
    Rule {
        size_error: Win32Error::INVALID_PARAMETER,
        check,
        accumulate: false,
        floor: None,
    }
}

/// A string option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    UserAgent,
    Username,
    Password,
    ProxyUsername,
    ProxyPassword,
    /// The request's URL, built from its connection and path (query only).
    Url,
}

/// The value an option carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// A DWORD kept in [`Options`].
    Dword(Slot, Rule),
    /// A DWORD the WebSocket handle keeps: the keep-alive interval.
    Keepalive(Rule),
    /// A DWORD the WebSocket handle keeps: the close timeout.
    CloseTimeout(Rule),
    /// The handle's DWORD_PTR context.
    Context,
    /// An event HANDLE set when the session closes.
    UnloadEvent,
    /// The WINHTTP_HANDLE_TYPE_* of the handle (query only).
    HandleType,
    /// The parent handle: the session of a connection, the connection of a
    /// request (query only).
    Parent,
    /// The worker pool size: set on a NULL handle only.
    WorkerThreads,
    /// No value: the request asks for the WebSocket upgrade.
    Upgrade,
    /// A UTF-16 string; set lengths count WCHARs.
    Text(Text),
    /// A WINHTTP_PROXY_INFO.
    Proxy,
    /// A WINHTTP_CONNECTION_INFO: the request's socket addresses.
    ConnectionInfo,
    /// A PCCERT_CONTEXT of the server's certificate.
    ServerCert,
    /// The WINHTTP_PROTOCOL_FLAG_* the response came over (query only).
    ProtocolUsed,
    /// A WINHTTP_SECURITY_INFO: what the connection's TLS settled on.
    SecurityInfo,
}

/// Whether a request takes the option from its session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inherit {
    /// Copied from the session when the request is opened; a connection
    /// reports the session's current value (Wine's `test_timeouts`).
    FromSession,
    /// Each handle starts from the default.
    No,
}

/// One option of the table.
#[derive(Debug, Clone, Copy)]
pub struct OptionRow {
    pub option: u32,
    pub set_on: Kinds,
    pub query_on: Kinds,
    pub value: Value,
    /// The value Windows reports before any set (DWORD slots).
    pub default: u32,
    pub inherit: Inherit,
}

const fn row(
    option: u32,
    set_on: Kinds,
    query_on: Kinds,
    value: Value,
    default: u32,
    inherit: Inherit,
) -> OptionRow {
    OptionRow {
        option,
        set_on,
        query_on,
        value,
        default,
        inherit,
    }
}

/// The SDK's SECURITY_FLAG_IGNORE_ALL_CERT_ERRORS: the only flags a request
/// may set (Wine's `test_secure_connection`: SECURITY_FLAG_SECURE and
/// SECURITY_FLAG_STRENGTH_STRONG fail).
const SECURITY_IGNORE_FLAGS: u32 = wh::SECURITY_FLAG_IGNORE_UNKNOWN_CA
    | wh::SECURITY_FLAG_IGNORE_CERT_DATE_INVALID
    | wh::SECURITY_FLAG_IGNORE_CERT_CN_INVALID
    | wh::SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE;

/// The SDK's WINHTTP_FLAG_SECURE_PROTOCOL_ALL, which the metadata leaves
/// out.
const SECURE_PROTOCOL_ALL: u32 = wh::WINHTTP_FLAG_SECURE_PROTOCOL_SSL2
    | wh::WINHTTP_FLAG_SECURE_PROTOCOL_SSL3
    | wh::WINHTTP_FLAG_SECURE_PROTOCOL_TLS1
    | wh::WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1
    | wh::WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2
    | wh::WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;

/// The SDK's WINHTTP_DECOMPRESSION_FLAG_ALL.
const DECOMPRESSION_ALL: u32 =
    wh::WINHTTP_DECOMPRESSION_FLAG_GZIP | wh::WINHTTP_DECOMPRESSION_FLAG_DEFLATE;

const PROTOCOL_ALL: u32 = wh::WINHTTP_PROTOCOL_FLAG_HTTP2 | wh::WINHTTP_PROTOCOL_FLAG_HTTP3;

/// Timeouts are any DWORD: 0 and 0xFFFFFFFF mean infinite.
const TIMEOUT: Rule = rule(Check::Any);
const FROM_SESSION: Inherit = Inherit::FromSession;
const NO: Inherit = Inherit::No;
pub const INFINITE: u32 = u32::MAX;

/// Every option the library knows. Defaults are the documented ones
/// ("WinHttpSetTimeouts", "Option Flags") and those Wine's tests read on
/// Windows: RECEIVE_RESPONSE_TIMEOUT ~0, REDIRECT_POLICY
/// DISALLOW_HTTPS_TO_HTTP, SECURITY_FLAGS 0, the WebSocket buffers 32768.
#[rustfmt::skip]
pub static TABLE: &[OptionRow] = &[
    // Timeouts: session and request set; a connection reads its session's
    // (set there is 12018, Wine's test_timeouts).
    row(wh::WINHTTP_OPTION_RESOLVE_TIMEOUT, SESSION_REQUEST, SESSION_CONNECT_REQUEST, Value::Dword(Slot::ResolveTimeout, TIMEOUT), 0, FROM_SESSION),
    row(wh::WINHTTP_OPTION_CONNECT_TIMEOUT, SESSION_REQUEST, SESSION_CONNECT_REQUEST, Value::Dword(Slot::ConnectTimeout, TIMEOUT), 60_000, FROM_SESSION),
    row(wh::WINHTTP_OPTION_SEND_TIMEOUT, SESSION_REQUEST, SESSION_CONNECT_REQUEST, Value::Dword(Slot::SendTimeout, TIMEOUT), 30_000, FROM_SESSION),
    row(wh::WINHTTP_OPTION_RECEIVE_TIMEOUT, SESSION_REQUEST, SESSION_CONNECT_REQUEST, Value::Dword(Slot::ReceiveTimeout, TIMEOUT), 30_000, FROM_SESSION),
    row(wh::WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT, SESSION_REQUEST, SESSION_CONNECT_REQUEST, Value::Dword(Slot::ReceiveResponseTimeout, Rule { floor: Some(Slot::ReceiveTimeout), ..TIMEOUT }), INFINITE, FROM_SESSION),
    // Security flags: a request's; 0 until set (test_secure_connection).
    row(wh::WINHTTP_OPTION_SECURITY_FLAGS, SESSION_REQUEST, SESSION_REQUEST, Value::Dword(Slot::SecurityFlags, rule(Check::Mask(SECURITY_IGNORE_FLAGS))), 0, FROM_SESSION),
    // Secure protocols: a connection refuses them (test_secure_connection).
    // The default is what rustls offers: TLS 1.2 and 1.3.
    row(wh::WINHTTP_OPTION_SECURE_PROTOCOLS, SESSION_REQUEST, SESSION_REQUEST, Value::Dword(Slot::SecureProtocols, strict(Check::Mask(SECURE_PROTOCOL_ALL))), wh::WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | wh::WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3, FROM_SESSION),
    row(wh::WINHTTP_OPTION_REDIRECT_POLICY, SESSION_REQUEST, SESSION_REQUEST, Value::Dword(Slot::RedirectPolicy, rule(Check::AtMost(wh::WINHTTP_OPTION_REDIRECT_POLICY_LAST))), wh::WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP, FROM_SESSION),
    row(wh::WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS, SESSION_REQUEST, SESSION_REQUEST, Value::Dword(Slot::MaxRedirects, strict(Check::Any)), 10, FROM_SESSION),
    // Request only, write only; a session or connection is 12018, a query
    // 87 (test_WinHttpQueryOption). Any bits are accepted (0xffffffff too).
    row(wh::WINHTTP_OPTION_DISABLE_FEATURE, REQUEST, NONE, Value::Dword(Slot::DisableFeatures, Rule { accumulate: true, ..rule(Check::Any) }), 0, NO),
    // Only WINHTTP_ENABLE_SSL_REVOCATION, and a length of exactly 4.
    row(wh::WINHTTP_OPTION_ENABLE_FEATURE, REQUEST, NONE, Value::Dword(Slot::EnableFeatures, Rule { accumulate: true, ..strict(Check::Equals(wh::WINHTTP_ENABLE_SSL_REVOCATION)) }), 0, NO),
    // Set only: a query is 87 (Wine's test_WinHttpQueryOption, on Windows).
    row(wh::WINHTTP_OPTION_DECOMPRESSION, SESSION_REQUEST, NONE, Value::Dword(Slot::Decompression, strict(Check::Mask(DECOMPRESSION_ALL))), 0, FROM_SESSION),
    // "The default value is five attempts" (Option Flags).
    row(wh::WINHTTP_OPTION_CONNECT_RETRIES, SESSION_REQUEST, SESSION_REQUEST, Value::Dword(Slot::ConnectRetries, rule(Check::Any)), 5, FROM_SESSION),
    // Per-server connection limits belong to the session's pool; INFINITE
    // by default (Option Flags).
    row(wh::WINHTTP_OPTION_MAX_CONNS_PER_SERVER, SESSION, SESSION, Value::Dword(Slot::MaxConnsPerServer, rule(Check::AtLeast(1))), INFINITE, NO),
    row(wh::WINHTTP_OPTION_MAX_CONNS_PER_1_0_SERVER, SESSION, SESSION, Value::Dword(Slot::MaxConnsPer10Server, rule(Check::AtLeast(1))), INFINITE, NO),
    row(wh::WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL, SESSION_REQUEST, SESSION_REQUEST, Value::Dword(Slot::EnableHttpProtocol, strict(Check::Mask(PROTOCOL_ALL))), 0, FROM_SESSION),
    row(wh::WINHTTP_OPTION_AUTOLOGON_POLICY, REQUEST, REQUEST, Value::Dword(Slot::AutologonPolicy, rule(Check::AtMost(wh::WINHTTP_AUTOLOGON_SECURITY_LEVEL_HIGH))), wh::WINHTTP_AUTOLOGON_SECURITY_LEVEL_MEDIUM, NO),
    // Passport: a session's, set only (Wine's test_passport_auth).
    row(wh::WINHTTP_OPTION_CONFIGURE_PASSPORT_AUTH, SESSION, NONE, Value::Dword(Slot::PassportAuth, rule(Check::Mask(wh::WINHTTP_ENABLE_PASSPORT_AUTH | wh::WINHTTP_DISABLE_PASSPORT_KEYRING | wh::WINHTTP_ENABLE_PASSPORT_KEYRING))), 0, NO),
    // The longest response head (Option Flags: 64 KiB by default).
    row(wh::WINHTTP_OPTION_MAX_RESPONSE_HEADER_SIZE, SESSION_REQUEST, SESSION_REQUEST, Value::Dword(Slot::MaxResponseHeaderSize, rule(Check::AtLeast(1))), 64 * 1024, FROM_SESSION),
    // WebSocket buffers: session and request; a connection or WebSocket is
    // 12018 both ways (test_websocket).
    row(wh::WINHTTP_OPTION_WEB_SOCKET_RECEIVE_BUFFER_SIZE, SESSION_REQUEST, SESSION_REQUEST, Value::Dword(Slot::WebSocketReceiveBuffer, rule(Check::Any)), 32_768, FROM_SESSION),
    row(wh::WINHTTP_OPTION_WEB_SOCKET_SEND_BUFFER_SIZE, SESSION_REQUEST, SESSION_REQUEST, Value::Dword(Slot::WebSocketSendBuffer, rule(Check::Any)), 32_768, FROM_SESSION),
    // The keep-alive: WebSocket only, at least 15 s, never queried
    // (test_websocket).
    row(wh::WINHTTP_OPTION_WEB_SOCKET_KEEPALIVE_INTERVAL, SOCKET, NONE, Value::Keepalive(strict(Check::AtLeast(15_000))), 30_000, NO),
    row(wh::WINHTTP_OPTION_WEB_SOCKET_CLOSE_TIMEOUT, SOCKET, NONE, Value::CloseTimeout(strict(Check::Any)), 10_000, NO),
    row(wh::WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, REQUEST, NONE, Value::Upgrade, 0, NO),
    row(wh::WINHTTP_OPTION_CONTEXT_VALUE, ALL, ALL, Value::Context, 0, NO),
    row(wh::WINHTTP_OPTION_UNLOAD_NOTIFY_EVENT, SESSION, NONE, Value::UnloadEvent, 0, NO),
    row(wh::WINHTTP_OPTION_HANDLE_TYPE, NONE, ALL, Value::HandleType, 0, NO),
    row(wh::WINHTTP_OPTION_PARENT_HANDLE, NONE, CONNECT_REQUEST, Value::Parent, 0, NO),
    // Set on NULL only; every handle reports 0 (test_WinHttpQueryOption).
    row(wh::WINHTTP_OPTION_WORKER_THREAD_COUNT, NONE, ALL, Value::WorkerThreads, 0, NO),
    row(wh::WINHTTP_OPTION_USER_AGENT, SESSION, SESSION, Value::Text(Text::UserAgent), 0, NO),
    row(wh::WINHTTP_OPTION_URL, NONE, REQUEST, Value::Text(Text::Url), 0, NO),
    // Credentials: a request's; "" until set (test_credentials).
    row(wh::WINHTTP_OPTION_USERNAME, REQUEST, REQUEST, Value::Text(Text::Username), 0, NO),
    row(wh::WINHTTP_OPTION_PASSWORD, REQUEST, REQUEST, Value::Text(Text::Password), 0, NO),
    row(wh::WINHTTP_OPTION_PROXY_USERNAME, REQUEST, REQUEST, Value::Text(Text::ProxyUsername), 0, NO),
    row(wh::WINHTTP_OPTION_PROXY_PASSWORD, REQUEST, REQUEST, Value::Text(Text::ProxyPassword), 0, NO),
    row(wh::WINHTTP_OPTION_PROXY, SESSION_REQUEST, SESSION_REQUEST, Value::Proxy, 0, FROM_SESSION),
    row(wh::WINHTTP_OPTION_CONNECTION_INFO, NONE, REQUEST, Value::ConnectionInfo, 0, NO),
    row(wh::WINHTTP_OPTION_SERVER_CERT_CONTEXT, NONE, REQUEST, Value::ServerCert, 0, NO),
    row(wh::WINHTTP_OPTION_SECURITY_INFO, NONE, REQUEST, Value::SecurityInfo, 0, NO),
    row(wh::WINHTTP_OPTION_HTTP_PROTOCOL_USED, NONE, REQUEST, Value::ProtocolUsed, 0, NO),
];

/// The row of `option`, if the library knows it.
pub fn find(option: u32) -> Option<&'static OptionRow> {
    TABLE.iter().find(|r| r.option == option)
}

fn werr(code: u32) -> Win32Error {
    Win32Error(code)
}

impl OptionRow {
    /// May `kind` set this option? A known option on the wrong handle is
    /// 12018; one no handle can set is ERROR_WINHTTP_OPTION_NOT_SETTABLE
    /// ("WinHttpSetOption": "can only be queried").
    pub fn check_set(&self, kind: Kinds) -> Win32Result<()> {
        if self.set_on.contains(kind) {
            Ok(())
        } else if self.set_on.is_empty() && self.value != Value::WorkerThreads {
            Err(werr(wh::ERROR_WINHTTP_OPTION_NOT_SETTABLE))
        } else {
            Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_TYPE))
        }
    }

    /// May `kind` query this option? A write-only option is 87 on every
    /// handle; a readable one on the wrong handle 12018.
    pub fn check_query(&self, kind: Kinds) -> Win32Result<()> {
        if self.query_on.contains(kind) {
            Ok(())
        } else if self.query_on.is_empty() {
            Err(Win32Error::INVALID_PARAMETER)
        } else {
            Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_TYPE))
        }
    }
}

impl Rule {
    /// The DWORD a set call passes: `bytes` is the caller's buffer.
    pub fn decode(&self, bytes: Option<&[u8]>) -> Win32Result<u32> {
        let Some(bytes) = bytes else {
            return Err(Win32Error::INVALID_PARAMETER);
        };
        let raw: [u8; 4] = bytes.try_into().map_err(|_| self.size_error)?;
        let v = u32::from_ne_bytes(raw);
        if self.check.accepts(v) {
            Ok(v)
        } else {
            Err(Win32Error::INVALID_PARAMETER)
        }
    }
}

/// The DWORD options of one handle, indexed by [`Slot`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options([u32; SLOTS]);

impl Default for Options {
    fn default() -> Self {
        let mut o = Options([0; SLOTS]);
        for r in TABLE {
            if let Value::Dword(slot, _) = r.value {
                o.0[slot as usize] = r.default;
            }
        }
        o
    }
}

impl Options {
    pub fn get(&self, slot: Slot) -> u32 {
        self.0[slot as usize]
    }

    /// Store `v` as `rule` says (replacing or adding flags).
    pub fn put(&mut self, slot: Slot, rule: &Rule, v: u32) {
        let v = rule.floor.map_or(v, |floor| v.max(self.get(floor)));
        let cell = &mut self.0[slot as usize];
        *cell = if rule.accumulate { *cell | v } else { v };
    }

    /// A new request's options: what the session passes down, defaults
    /// for the rest.
    pub fn for_request(session: &Options) -> Options {
        let mut o = Options::default();
        for r in TABLE {
            if let (Value::Dword(slot, _), Inherit::FromSession) = (r.value, r.inherit) {
                o.0[slot as usize] = session.get(slot);
            }
        }
        o
    }

    /// WinHttpSetTimeouts: the four values are checked first (any negative
    /// but -1 is ERROR_INVALID_PARAMETER, before the handle's kind), then
    /// stored as DWORDs, so -1 reads back as 0xFFFFFFFF.
    pub fn check_timeouts(values: [i32; 4]) -> Win32Result<()> {
        if values.iter().any(|&t| t < -1) {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        Ok(())
    }

    pub fn set_timeouts(&mut self, [resolve, connect, send, receive]: [i32; 4]) {
        self.0[Slot::ResolveTimeout as usize] = resolve as u32;
        self.0[Slot::ConnectTimeout as usize] = connect as u32;
        self.0[Slot::SendTimeout as usize] = send as u32;
        self.0[Slot::ReceiveTimeout as usize] = receive as u32;
    }
}

/// A timeout as a duration: 0 and 0xFFFFFFFF are infinite
/// ("WinHttpSetTimeouts").
pub fn timeout(ms: u32) -> Option<std::time::Duration> {
    (ms != 0 && ms != u32::MAX).then(|| std::time::Duration::from_millis(u64::from(ms)))
}

/// The string options of a request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub password: String,
    pub proxy_username: String,
    pub proxy_password: String,
}

impl Credentials {
    pub fn slot(&mut self, text: Text) -> Option<&mut String> {
        match text {
            Text::Username => Some(&mut self.username),
            Text::Password => Some(&mut self.password),
            Text::ProxyUsername => Some(&mut self.proxy_username),
            Text::ProxyPassword => Some(&mut self.proxy_password),
            Text::UserAgent | Text::Url => None,
        }
    }
}

/// WINHTTP_OPTION_PROXY's value, as a session or request keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proxy {
    pub access: u32,
    pub proxy: String,
    pub bypass: String,
}

impl Proxy {
    /// WinHttpOpen's access type: a named proxy keeps its names. The
    /// default type reports the default configuration, as Windows reports
    /// the registry's ("WinHttpOpen"); the automatic type the environment,
    /// which stands for the IE settings here (`crate::proxy`).
    pub fn from_open(access: u32, proxy: &str, bypass: &str) -> Proxy {
        match access {
            wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY => Proxy {
                access,
                proxy: proxy.to_string(),
                bypass: bypass.to_string(),
            },
            wh::WINHTTP_ACCESS_TYPE_DEFAULT_PROXY => crate::proxy::default_config(),
            wh::WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY => {
                crate::proxy::EnvConfig::current().to_proxy()
            }
            _ => Proxy::default(),
        }
    }

    /// A set WINHTTP_PROXY_INFO: a named proxy needs a proxy name
    /// ("WINHTTP_PROXY_INFO"); unknown access types are invalid.
    pub fn checked(access: u32, proxy: String, bypass: String) -> Win32Result<Proxy> {
        match access {
            wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY if proxy.is_empty() => {
                Err(Win32Error::INVALID_PARAMETER)
            }
            wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY => Ok(Proxy {
                access,
                proxy,
                bypass,
            }),
            wh::WINHTTP_ACCESS_TYPE_NO_PROXY
            | wh::WINHTTP_ACCESS_TYPE_DEFAULT_PROXY
            | wh::WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY => Ok(Proxy {
                access,
                ..Proxy::default()
            }),
            _ => Err(Win32Error::INVALID_PARAMETER),
        }
    }
}

impl Default for Proxy {
    fn default() -> Self {
        Proxy {
            access: wh::WINHTTP_ACCESS_TYPE_NO_PROXY,
            proxy: String::new(),
            bypass: String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dword(option: u32) -> (Slot, Rule) {
        match find(option).unwrap().value {
            Value::Dword(slot, rule) => (slot, rule),
            other => panic!("{option}: {other:?}"),
        }
    }

    #[test]
    fn every_option_has_one_row_and_every_slot_one_option() {
        for (i, a) in TABLE.iter().enumerate() {
            assert!(
                TABLE[i + 1..].iter().all(|b| b.option != a.option),
                "{} twice",
                a.option
            );
        }
        let mut seen = [false; SLOTS];
        for r in TABLE {
            if let Value::Dword(slot, _) = r.value {
                assert!(!seen[slot as usize], "{slot:?} twice");
                seen[slot as usize] = true;
            }
        }
        assert!(seen.iter().all(|&s| s));
    }

    #[test]
    fn defaults_are_windows_values() {
        let o = Options::default();
        assert_eq!(o.get(Slot::ResolveTimeout), 0);
        assert_eq!(o.get(Slot::ConnectTimeout), 60_000);
        assert_eq!(o.get(Slot::SendTimeout), 30_000);
        assert_eq!(o.get(Slot::ReceiveTimeout), 30_000);
        assert_eq!(o.get(Slot::ReceiveResponseTimeout), u32::MAX);
        assert_eq!(
            o.get(Slot::RedirectPolicy),
            wh::WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP
        );
        assert_eq!(o.get(Slot::SecurityFlags), 0);
        assert_eq!(o.get(Slot::MaxRedirects), 10);
        assert_eq!(o.get(Slot::ConnectRetries), 5);
        assert_eq!(o.get(Slot::WebSocketReceiveBuffer), 32_768);
    }

    #[test]
    fn handle_kind_errors() {
        let disable = find(wh::WINHTTP_OPTION_DISABLE_FEATURE).unwrap();
        assert_eq!(
            disable.check_set(Kinds::SESSION),
            Err(Win32Error(wh::ERROR_WINHTTP_INCORRECT_HANDLE_TYPE))
        );
        assert_eq!(disable.check_set(Kinds::REQUEST), Ok(()));
        assert_eq!(
            disable.check_query(Kinds::REQUEST),
            Err(Win32Error::INVALID_PARAMETER)
        );
        let resolve = find(wh::WINHTTP_OPTION_RESOLVE_TIMEOUT).unwrap();
        assert_eq!(
            resolve.check_set(Kinds::CONNECT),
            Err(Win32Error(wh::ERROR_WINHTTP_INCORRECT_HANDLE_TYPE))
        );
        assert_eq!(resolve.check_query(Kinds::CONNECT), Ok(()));
        let buffer = find(wh::WINHTTP_OPTION_WEB_SOCKET_RECEIVE_BUFFER_SIZE).unwrap();
        assert_eq!(
            buffer.check_query(Kinds::SOCKET),
            Err(Win32Error(wh::ERROR_WINHTTP_INCORRECT_HANDLE_TYPE))
        );
        let kind = find(wh::WINHTTP_OPTION_HANDLE_TYPE).unwrap();
        assert_eq!(
            kind.check_set(Kinds::SESSION),
            Err(Win32Error(wh::ERROR_WINHTTP_OPTION_NOT_SETTABLE))
        );
        let workers = find(wh::WINHTTP_OPTION_WORKER_THREAD_COUNT).unwrap();
        assert_eq!(
            workers.check_set(Kinds::REQUEST),
            Err(Win32Error(wh::ERROR_WINHTTP_INCORRECT_HANDLE_TYPE))
        );
        assert!(find(0).is_none());
    }

    #[test]
    fn dword_sizes_and_values() {
        let (_, policy) = dword(wh::WINHTTP_OPTION_REDIRECT_POLICY);
        assert_eq!(
            policy.decode(Some(&[2, 0, 0])),
            Err(Win32Error::INSUFFICIENT_BUFFER)
        );
        assert_eq!(
            policy.decode(Some(&[2, 0, 0, 0, 0])),
            Err(Win32Error::INSUFFICIENT_BUFFER)
        );
        assert_eq!(policy.decode(None), Err(Win32Error::INVALID_PARAMETER));
        assert_eq!(policy.decode(Some(&2u32.to_ne_bytes())), Ok(2));
        assert_eq!(
            policy.decode(Some(&3u32.to_ne_bytes())),
            Err(Win32Error::INVALID_PARAMETER)
        );
        let (_, enable) = dword(wh::WINHTTP_OPTION_ENABLE_FEATURE);
        assert_eq!(enable.decode(Some(&[])), Err(Win32Error::INVALID_PARAMETER));
        assert_eq!(
            enable.decode(Some(&0xdead_beefu32.to_ne_bytes())),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(enable.decode(Some(&1u32.to_ne_bytes())), Ok(1));
        let (_, security) = dword(wh::WINHTTP_OPTION_SECURITY_FLAGS);
        assert_eq!(
            security.decode(Some(&wh::SECURITY_FLAG_SECURE.to_ne_bytes())),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(security.decode(Some(&0u32.to_ne_bytes())), Ok(0));
    }

    #[test]
    fn disable_feature_accumulates() {
        let (slot, rule) = dword(wh::WINHTTP_OPTION_DISABLE_FEATURE);
        let mut o = Options::default();
        o.put(slot, &rule, wh::WINHTTP_DISABLE_COOKIES);
        o.put(slot, &rule, wh::WINHTTP_DISABLE_KEEP_ALIVE);
        assert_eq!(
            o.get(slot),
            wh::WINHTTP_DISABLE_COOKIES | wh::WINHTTP_DISABLE_KEEP_ALIVE
        );
    }

    #[test]
    fn the_response_timeout_is_no_shorter_than_the_receive_timeout() {
        let (slot, rule) = dword(wh::WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT);
        let mut o = Options::default();
        assert_eq!(o.get(slot), INFINITE);
        o.set_timeouts([0, 0, 0, 48879]);
        o.put(slot, &rule, 48878);
        assert_eq!(o.get(slot), 48879);
        o.put(slot, &rule, 48880);
        assert_eq!(o.get(slot), 48880);
    }

    #[test]
    fn requests_inherit_only_what_the_table_says() {
        let mut session = Options::default();
        session.set_timeouts([1, 2, 3, 4]);
        let (policy, r) = dword(wh::WINHTTP_OPTION_REDIRECT_POLICY);
        session.put(policy, &r, wh::WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS);
        let (disable, r) = dword(wh::WINHTTP_OPTION_DISABLE_FEATURE);
        session.put(disable, &r, wh::WINHTTP_DISABLE_COOKIES);
        let request = Options::for_request(&session);
        assert_eq!(request.get(Slot::ResolveTimeout), 1);
        assert_eq!(request.get(Slot::ReceiveTimeout), 4);
        assert_eq!(
            request.get(policy),
            wh::WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS
        );
        assert_eq!(request.get(disable), 0);
    }

    #[test]
    fn timeouts() {
        assert_eq!(
            Options::check_timeouts([0, -2, 0, 0]),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(Options::check_timeouts([-1, -1, -1, -1]), Ok(()));
        let mut o = Options::default();
        o.set_timeouts([-1, 0, 0x4567, 0]);
        assert_eq!(o.get(Slot::ResolveTimeout), u32::MAX);
        assert_eq!(timeout(o.get(Slot::ResolveTimeout)), None);
        assert_eq!(timeout(o.get(Slot::ConnectTimeout)), None);
        assert_eq!(
            timeout(o.get(Slot::SendTimeout)),
            Some(std::time::Duration::from_millis(0x4567))
        );
    }

    #[test]
    fn proxy_rules() {
        assert_eq!(
            Proxy::checked(
                wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY,
                String::new(),
                "x".into()
            ),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(
            Proxy::checked(0xdead_beef, String::new(), String::new()),
            Err(Win32Error::INVALID_PARAMETER)
        );
        let p = Proxy::from_open(wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY, "p:8080", "<local>");
        assert_eq!(p.proxy, "p:8080");
        let direct = Proxy::from_open(wh::WINHTTP_ACCESS_TYPE_NO_PROXY, "ignored", "x");
        assert_eq!(direct, Proxy::default());
    }
}
