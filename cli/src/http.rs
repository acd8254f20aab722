//! `winsession http get|post URL`: an HTTP client in the spirit of curl,
//! over the winhttp crate's objects as a Windows program drives them
//! (WinHttpOpen, WinHttpConnect, WinHttpOpenRequest, WinHttpSendRequest,
//! WinHttpWriteData, WinHttpReceiveResponse, WinHttpQueryHeaders,
//! WinHttpReadData), sync mode. Redirects and the 401/407 retry run here,
//! as the WinHTTP pages' samples run them in the application.

use std::fs::File;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Subcommand};
use win32::Win32Error;
use win32::sync::lock;
use windows_sys::Win32::Networking::WinHttp as wh;
use winhttp::api::{Connection, Session};
use winhttp::auth::Credential;
use winhttp::options::{self, Slot, Value};
use winhttp::query::{Converted, HeaderValue};
use winhttp::request::Request;
use winhttp::url::{Answer, Part, Want};

mod sink;
use sink::{Partial, Progress};

const EXIT_STATUS: &str = "\
Exit status: 0 when the (last) response is 1xx, 2xx or 3xx; 22 when it is
400 or more, as curl --fail (FILE is then left as it was; without -o the
error body is still printed); for failures curl's numbers: 3 bad URL,
6 host not resolved, 7 cannot connect, 8 malformed response, 23 cannot
write the output, 26 cannot read --data-file, 28 timeout, 35 TLS failure,
47 too many redirects, 56 connection lost; 1 for anything else.
Redirects are followed as WinHTTP follows them: at most 10, never from
https to http; --proxy takes http://[user:password@]host[:port].";

#[derive(Subcommand)]
pub enum Command {
    /// GET a URL: the body to stdout, or to FILE with -o.
    #[command(after_help = EXIT_STATUS)]
    Get {
        /// An http:// or https:// URL.
        url: String,
        #[command(flatten)]
        common: Common,
    },
    /// POST data to a URL (Content-Type application/x-www-form-urlencoded
    /// unless -H sets one, as curl -d).
    #[command(after_help = EXIT_STATUS)]
    Post {
        /// An http:// or https:// URL.
        url: String,
        #[command(flatten)]
        data: Data,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Args)]
#[group(required = true, multiple = false)]
pub struct Data {
    /// The body; several -d are joined with '&', as curl joins them.
    #[arg(short = 'd', long = "data")]
    data: Vec<String>,
    /// Send this file's bytes as the body (streamed with WinHttpWriteData).
    #[arg(long)]
    data_file: Option<PathBuf>,
}

#[derive(Args)]
pub struct Common {
    /// Write the body to FILE (through a temporary file beside it, renamed
    /// at the end: a failed transfer never leaves a truncated FILE).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
    /// An extra request header, 'Name: value' (repeatable).
    #[arg(short = 'H', long = "header", value_name = "HEADER")]
    headers: Vec<String>,
    /// Send through this HTTP proxy (http:// URLs only).
    #[arg(long, value_name = "URL")]
    proxy: Option<String>,
    /// Credentials for Basic authentication, given when the server asks.
    #[arg(short = 'u', long, value_name = "USER:PASSWORD")]
    user: Option<String>,
    /// Print each response's status line and headers to stderr.
    #[arg(short = 'i', long)]
    include: bool,
    /// Follow at most N redirects (WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS).
    #[arg(long, value_name = "N", conflicts_with = "no_redirects")]
    max_redirects: Option<u32>,
    /// Never follow redirects (WINHTTP_OPTION_REDIRECT_POLICY_NEVER).
    #[arg(long)]
    no_redirects: bool,
    /// Seconds each step may take: resolving, connecting, sending,
    /// receiving (WinHttpSetTimeouts; 0 waits forever). WinHTTP's
    /// defaults otherwise: 60 s to connect, 30 s to send and to receive.
    #[arg(long, value_name = "SECONDS")]
    timeout: Option<u32>,
    /// Accept any server certificate (WINHTTP_OPTION_SECURITY_FLAGS with
    /// every SECURITY_FLAG_IGNORE_*), as curl -k.
    #[arg(short = 'k', long)]
    insecure: bool,
    /// No progress bar.
    #[arg(short = 's', long)]
    silent: bool,
}

/// Why the command ends without a response to report: the message and
/// the exit status.
#[derive(Debug)]
struct Failure {
    message: String,
    exit: u8,
}

impl Failure {
    fn new(exit: u8, message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            exit,
        }
    }

    /// A failed WinHTTP call, named as the Win32 error it returned.
    fn api(what: &str, e: Win32Error) -> Failure {
        Failure::new(exit_code(e), format!("{what}: {}", describe(e)))
    }

    /// The same failure, saying which request it was.
    fn during(self, verb: &str, target: &Target) -> Failure {
        Failure::new(
            self.exit,
            format!("{verb} {}: {}", target.url(), self.message),
        )
    }
}

/// curl's exit status for the errors WinHTTP calls return.
fn exit_code(e: Win32Error) -> u8 {
    match e.0 {
        wh::ERROR_WINHTTP_INVALID_URL | wh::ERROR_WINHTTP_UNRECOGNIZED_SCHEME => 3,
        wh::ERROR_WINHTTP_NAME_NOT_RESOLVED => 6,
        wh::ERROR_WINHTTP_CANNOT_CONNECT => 7,
        wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE => 8,
        wh::ERROR_WINHTTP_TIMEOUT => 28,
        wh::ERROR_WINHTTP_SECURE_FAILURE => 35,
        wh::ERROR_WINHTTP_REDIRECT_FAILED => 47,
        wh::ERROR_WINHTTP_CONNECTION_ERROR => 56,
        _ => 1,
    }
}

/// "what went wrong: ERROR_NAME (number)" for the WinHTTP errors (the
/// "Error Messages (Winhttp.h)" page); other codes as win32 words them.
fn describe(e: Win32Error) -> String {
    let known = match e.0 {
        wh::ERROR_WINHTTP_TIMEOUT => ("ERROR_WINHTTP_TIMEOUT", "the request timed out"),
        wh::ERROR_WINHTTP_INTERNAL_ERROR => ("ERROR_WINHTTP_INTERNAL_ERROR", "internal error"),
        wh::ERROR_WINHTTP_INVALID_URL => ("ERROR_WINHTTP_INVALID_URL", "the URL is invalid"),
        wh::ERROR_WINHTTP_UNRECOGNIZED_SCHEME => (
            "ERROR_WINHTTP_UNRECOGNIZED_SCHEME",
            "the URL's scheme is not http or https",
        ),
        wh::ERROR_WINHTTP_NAME_NOT_RESOLVED => (
            "ERROR_WINHTTP_NAME_NOT_RESOLVED",
            "the server name could not be resolved",
        ),
        wh::ERROR_WINHTTP_LOGIN_FAILURE => ("ERROR_WINHTTP_LOGIN_FAILURE", "the login failed"),
        wh::ERROR_WINHTTP_OPERATION_CANCELLED => (
            "ERROR_WINHTTP_OPERATION_CANCELLED",
            "the operation was cancelled",
        ),
        wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE => (
            "ERROR_WINHTTP_INCORRECT_HANDLE_STATE",
            "the request is in the wrong state",
        ),
        wh::ERROR_WINHTTP_CANNOT_CONNECT => (
            "ERROR_WINHTTP_CANNOT_CONNECT",
            "could not connect to the server",
        ),
        wh::ERROR_WINHTTP_CONNECTION_ERROR => (
            "ERROR_WINHTTP_CONNECTION_ERROR",
            "the connection was reset or closed",
        ),
        wh::ERROR_WINHTTP_HEADER_NOT_FOUND => {
            ("ERROR_WINHTTP_HEADER_NOT_FOUND", "the header was not found")
        }
        wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE => (
            "ERROR_WINHTTP_INVALID_SERVER_RESPONSE",
            "the server's response could not be parsed",
        ),
        wh::ERROR_WINHTTP_REDIRECT_FAILED => {
            ("ERROR_WINHTTP_REDIRECT_FAILED", "too many redirects")
        }
        wh::ERROR_WINHTTP_SECURE_FAILURE => (
            "ERROR_WINHTTP_SECURE_FAILURE",
            "the TLS handshake or the server's certificate failed",
        ),
        _ => return e.to_string(),
    };
    format!("{}: {} ({})", known.1, known.0, e.0)
}

/// One "Name: value" of -H, checked as WinHttpAddRequestHeaders checks it.
fn parse_header(text: &str) -> Result<(String, String), Failure> {
    let bad = || Failure::new(2, format!("-H {text:?}: expected 'Name: value'"));
    let (name, value) = text.split_once(':').ok_or_else(bad)?;
    winhttp::headers::checked(name, value).map_err(|_| bad())
}

/// --user's "user:password" (the password may hold colons, the user not).
fn parse_user(text: &str) -> Result<(String, String), Failure> {
    match text.split_once(':') {
        Some((user, password)) if !user.is_empty() => Ok((user.into(), password.into())),
        _ => Err(Failure::new(2, "--user: expected USER:PASSWORD")),
    }
}

/// A cracked http:// or https:// URL.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Target {
    secure: bool,
    /// As the URL writes it (an IPv6 literal keeps its brackets).
    host: String,
    port: u16,
    /// The path and query, never empty; the fragment is never sent.
    path: String,
    user: Option<String>,
    password: Option<String>,
}

impl Target {
    /// WinHttpCrackUrl's parts, each into a buffer large enough.
    fn parse(url: &str) -> Result<Target, Win32Error> {
        let wide: Vec<u16> = url.encode_utf16().collect();
        let room = u32::try_from(wide.len() + 1).map_err(|_| Win32Error::INVALID_PARAMETER)?;
        let cracked = winhttp::url::crack(&wide, 0, &[Want::Buffer(room); 6])?;
        let part = |p: Part| match &cracked.answers[p as usize] {
            Answer::Copy(units) => Some(String::from_utf16_lossy(units)),
            _ => None,
        };
        let mut path = part(Part::UrlPath).unwrap_or_default();
        path.push_str(&part(Part::ExtraInfo).unwrap_or_default());
        if let Some(at) = path.find('#') {
            path.truncate(at);
        }
        if !path.starts_with('/') {
            path.insert(0, '/');
        }
        let non_empty = |s: Option<String>| s.filter(|s| !s.is_empty());
        Ok(Target {
            secure: cracked.scheme == wh::WINHTTP_INTERNET_SCHEME_HTTPS,
            host: part(Part::HostName).unwrap_or_default(),
            port: cracked.port,
            path,
            user: non_empty(part(Part::UserName)),
            password: part(Part::Password),
        })
    }

    fn scheme(&self) -> &'static str {
        if self.secure { "https" } else { "http" }
    }

    /// host[:port], the port left out when it is the scheme's default.
    fn authority(&self) -> String {
        let default = if self.secure {
            wh::INTERNET_DEFAULT_HTTPS_PORT
        } else {
            wh::INTERNET_DEFAULT_HTTP_PORT
        };
        if self.port == default {
            self.host.clone()
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// The URL without credentials or fragment.
    fn url(&self) -> String {
        format!("{}://{}{}", self.scheme(), self.authority(), self.path)
    }

    fn same_origin(&self, other: &Target) -> bool {
        (self.secure, self.host.to_ascii_lowercase(), self.port)
            == (other.secure, other.host.to_ascii_lowercase(), other.port)
    }

    /// A Location value against this URL (RFC 3986 5.2, without dot-segment
    /// removal: the server gets the path as the Location wrote it).
    fn resolve(&self, location: &str) -> String {
        let has_scheme = location
            .split_once("://")
            .is_some_and(|(s, _)| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphabetic()));
        let origin = format!("{}://{}", self.scheme(), self.authority());
        let base_path = self.path.split('?').next().unwrap_or("/");
        if has_scheme {
            location.to_string()
        } else if location.starts_with("//") {
            format!("{}:{location}", self.scheme())
        } else if location.starts_with('/') {
            format!("{origin}{location}")
        } else if location.starts_with('?') {
            format!("{origin}{base_path}{location}")
        } else {
            let dir = base_path.rsplit_once('/').map_or("", |(d, _)| d);
            format!("{origin}{dir}/{location}")
        }
    }
}

/// The proxy of --proxy: http://[user:password@]host[:port], the scheme
/// optional (WinHTTP speaks plain HTTP to its proxy).
fn parse_proxy(text: &str) -> Result<Target, Failure> {
    let url = if text.contains("://") {
        text.to_string()
    } else {
        format!("http://{text}")
    };
    let proxy = Target::parse(&url).map_err(|e| Failure::api(&format!("--proxy {text}"), e))?;
    if proxy.secure {
        return Err(Failure::new(
            2,
            "--proxy: only http:// proxies are supported",
        ));
    }
    Ok(proxy)
}

/// The verb and whether the body goes on after a redirect (RFC 9110
/// 15.4): 307 and 308 keep both; 303 turns anything but HEAD into GET;
/// 301 and 302 turn POST into GET, as WinHTTP and browsers do.
fn redirected(status: u16, verb: &str) -> (String, bool) {
    let to_get = match status {
        303 => verb != "HEAD",
        301 | 302 => verb == "POST",
        _ => false,
    };
    if to_get {
        ("GET".into(), false)
    } else {
        (verb.into(), true)
    }
}

/// Whether WINHTTP_OPTION_REDIRECT_POLICY lets a redirect go from one
/// scheme to the other ("Option Flags": DISALLOW_HTTPS_TO_HTTP by default).
fn policy_allows(policy: u32, from_secure: bool, to_secure: bool) -> bool {
    match policy {
        wh::WINHTTP_OPTION_REDIRECT_POLICY_NEVER => false,
        wh::WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP => !from_secure || to_secure,
        _ => true,
    }
}

/// Everything the command line asked for, checked.
struct Plan {
    verb: String,
    target: Target,
    headers: Vec<(String, String)>,
    body: Option<Upload>,
    output: Option<PathBuf>,
    proxy: Option<Target>,
    user: Option<(String, String)>,
    include: bool,
    progress: bool,
    max_redirects: Option<u32>,
    no_redirects: bool,
    timeout: Option<u32>,
    insecure: bool,
}

fn plan(command: Command) -> Result<Plan, Failure> {
    let (verb, url, body, common) = match command {
        Command::Get { url, common } => ("GET", url, None, common),
        Command::Post { url, data, common } => {
            let body = match data.data_file {
                Some(path) => {
                    let len = std::fs::metadata(&path)
                        .map_err(|e| Failure::new(26, format!("{}: {e}", path.display())))?
                        .len();
                    Upload::File { path, len }
                }
                None => Upload::Bytes(data.data.join("&").into_bytes()),
            };
            ("POST", url, Some(body), common)
        }
    };
    let target = Target::parse(&url).map_err(|e| Failure::api(&url, e))?;
    let mut headers = common
        .headers
        .iter()
        .map(|h| parse_header(h))
        .collect::<Result<Vec<_>, _>>()?;
    // curl -d's default type, unless -H gave one.
    if body.is_some()
        && !headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("Content-Type"))
    {
        headers.push((
            "Content-Type".into(),
            "application/x-www-form-urlencoded".into(),
        ));
    }
    let user = match common.user.as_deref() {
        Some(text) => Some(parse_user(text)?),
        // Credentials in the URL, as curl takes them.
        None => target
            .user
            .clone()
            .map(|u| (u, target.password.clone().unwrap_or_default())),
    };
    Ok(Plan {
        verb: verb.into(),
        target,
        headers,
        body,
        output: common.output,
        proxy: common.proxy.as_deref().map(parse_proxy).transpose()?,
        user,
        include: common.include,
        progress: !common.silent && std::io::stderr().is_terminal(),
        max_redirects: common.max_redirects,
        no_redirects: common.no_redirects,
        timeout: common.timeout,
        insecure: common.insecure,
    })
}

/// Set a DWORD option on the session, as WinHttpSetOption would.
fn set_option(session: &Session, option: u32, value: u32) {
    if let Some(Value::Dword(slot, rule)) = options::find(option).map(|row| row.value) {
        lock(&session.options).put(slot, &rule, value);
    }
}

fn query_text(request: &Request, level: u32) -> Option<String> {
    match request.query_header(level, None, 0) {
        Ok((HeaderValue::Text(t), _)) => Some(t),
        _ => None,
    }
}

fn status_of(request: &Request) -> Result<u16, Failure> {
    let level = wh::WINHTTP_QUERY_STATUS_CODE | wh::WINHTTP_QUERY_FLAG_NUMBER;
    match request.query_header(level, None, 0) {
        Ok((HeaderValue::Converted(Converted::Number(n)), _)) => {
            u16::try_from(n).map_err(|_| Failure::new(8, format!("status {n} out of range")))
        }
        Ok(_) => Err(Failure::new(8, "the response has no status code")),
        Err(e) => Err(Failure::api("WinHttpQueryHeaders", e)),
    }
}

/// Connection and request for one hop: to the server, or to the proxy
/// with the absolute URL as the request target (RFC 9112 3.2.2) and the
/// server's Host, since the winhttp crate does not route through a proxy
/// itself yet.
fn open(
    session: &Arc<Session>,
    target: &Target,
    proxy: Option<&Target>,
    verb: &str,
) -> Result<Arc<Request>, Failure> {
    let (host, port, path) = match proxy {
        Some(_) if target.secure => {
            return Err(Failure::new(
                1,
                "https:// through a proxy needs a CONNECT tunnel, which the winhttp crate does not open yet",
            ));
        }
        Some(p) => (&p.host, p.port, target.url()),
        None => (&target.host, target.port, target.path.clone()),
    };
    let conn = Connection::new(session, host, port).map_err(|e| Failure::api(host, e))?;
    let flags = if target.secure {
        wh::WINHTTP_FLAG_SECURE
    } else {
        0
    };
    let request = Arc::new(Request::new(&Arc::new(conn), verb, &path, "", flags));
    if proxy.is_some() {
        request
            .add_headers(
                &format!("Host: {}", target.authority()),
                wh::WINHTTP_ADDREQ_FLAG_ADD,
            )
            .map_err(|e| Failure::api("WinHttpAddRequestHeaders", e))?;
    }
    Ok(request)
}

/// Credentials for the 401/407 retry.
struct Logins<'a> {
    server: Option<&'a (String, String)>,
    proxy: Option<(String, String)>,
}

/// A request body.
enum Upload {
    /// -d's text, sent with the head.
    Bytes(Vec<u8>),
    /// --data-file's, read again for each send.
    File { path: PathBuf, len: u64 },
}

/// WinHttpSendRequest, and WinHttpWriteData for a file's body in 64 KiB
/// pieces. A file past 4 GiB declares its Content-Length itself and sends
/// WINHTTP_IGNORE_REQUEST_TOTAL_LENGTH (the WinHttpSendRequest page).
fn send(request: &Arc<Request>, body: Option<&Upload>) -> Result<(), Failure> {
    let sent = |e| Failure::api("WinHttpSendRequest", e);
    let (path, len) = match body {
        None => return request.send("", &[], 0).map_err(sent),
        Some(Upload::Bytes(bytes)) => {
            let total = u32::try_from(bytes.len())
                .map_err(|_| Failure::new(26, "-d: the data is larger than 4 GiB"))?;
            return request.send("", bytes, total).map_err(sent);
        }
        Some(Upload::File { path, len }) => (path, *len),
    };
    let unreadable = |e: std::io::Error| Failure::new(26, format!("{}: {e}", path.display()));
    let mut file = File::open(path).map_err(unreadable)?;
    let total = match u32::try_from(len) {
        Ok(total) => total,
        Err(_) => {
            request
                .add_headers(
                    &format!("Content-Length: {len}"),
                    wh::WINHTTP_ADDREQ_FLAG_ADD | wh::WINHTTP_ADDREQ_FLAG_REPLACE,
                )
                .map_err(|e| Failure::api("WinHttpAddRequestHeaders", e))?;
            wh::WINHTTP_IGNORE_REQUEST_TOTAL_LENGTH
        }
    };
    request.send("", &[], total).map_err(sent)?;
    let mut buf = vec![0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let n = file.read(&mut buf[..want]).map_err(unreadable)?;
        if n == 0 {
            return Err(Failure::new(
                26,
                format!("{}: shorter than when the request began", path.display()),
            ));
        }
        request
            .write(&buf[..n])
            .map_err(|e| Failure::api("WinHttpWriteData", e))?;
        left -= n as u64;
    }
    Ok(())
}

/// Send and receive, retrying once per target with Basic credentials when
/// a 401 or 407 offers it (the loop of the WinHttpQueryAuthSchemes and
/// "Authentication in WinHTTP" samples). Returns the final status.
fn exchange(
    request: &Arc<Request>,
    body: Option<&Upload>,
    logins: &Logins<'_>,
    include: bool,
) -> Result<u16, Failure> {
    let mut tried = (false, false);
    loop {
        send(request, body)?;
        request
            .receive_response()
            .map_err(|e| Failure::api("WinHttpReceiveResponse", e))?;
        let status = status_of(request)?;
        if include && let Some(head) = query_text(request, wh::WINHTTP_QUERY_RAW_HEADERS_CRLF) {
            eprint!("{head}");
        }
        let (target, login, done) = match status {
            401 => (wh::WINHTTP_AUTH_TARGET_SERVER, logins.server, &mut tried.0),
            407 => (
                wh::WINHTTP_AUTH_TARGET_PROXY,
                logins.proxy.as_ref(),
                &mut tried.1,
            ),
            _ => return Ok(status),
        };
        let Some((user, password)) = login.filter(|_| !*done) else {
            return Ok(status);
        };
        let offered = request.auth_offer().map(|o| o.supported).unwrap_or(0);
        if offered & wh::WINHTTP_AUTH_SCHEME_BASIC == 0 {
            eprintln!(
                "winsession: http: the server offers no Basic authentication, the only scheme supported"
            );
            return Ok(status);
        }
        let credential = Credential::new(
            target,
            wh::WINHTTP_AUTH_SCHEME_BASIC,
            Some(user.clone()),
            Some(password.clone()),
        )
        .map_err(|e| Failure::api("WinHttpSetCredentials", e))?;
        request.set_credentials(target, credential);
        *done = true;
    }
}

/// Copy the body to stdout or the partial file, with the progress bar.
fn copy_body(request: &Arc<Request>, out: &mut dyn Write, show: bool) -> Result<(), Failure> {
    let level = wh::WINHTTP_QUERY_CONTENT_LENGTH | wh::WINHTTP_QUERY_FLAG_NUMBER64;
    let total = match request.query_header(level, None, 0) {
        Ok((HeaderValue::Converted(Converted::Number64(n)), _)) => Some(n),
        _ => None,
    };
    let mut progress = Progress::new(show, total);
    let mut buf = vec![0u8; 64 * 1024];
    let result = loop {
        let n = match request.read(&mut buf, false) {
            Ok(0) => break Ok(()),
            Ok(n) => n,
            Err(e) => break Err(Failure::api("WinHttpReadData", e)),
        };
        if let Err(e) = out.write_all(&buf[..n]) {
            break Err(Failure::new(23, format!("writing the body: {e}")));
        }
        progress.add(n);
    };
    progress.finish();
    result?;
    out.flush()
        .map_err(|e| Failure::new(23, format!("writing the body: {e}")))
}

/// Run the plan: the final URL and status, once the body is delivered.
fn transfer(plan: Plan) -> Result<(String, u16), Failure> {
    let agent = concat!("winsession/", env!("CARGO_PKG_VERSION"));
    // No proxy for the session: --proxy is applied per request (`open`).
    let session = Arc::new(Session::new(agent, false, Default::default()));
    if plan.no_redirects {
        set_option(
            &session,
            wh::WINHTTP_OPTION_REDIRECT_POLICY,
            wh::WINHTTP_OPTION_REDIRECT_POLICY_NEVER,
        );
    }
    if plan.insecure {
        set_option(
            &session,
            wh::WINHTTP_OPTION_SECURITY_FLAGS,
            wh::SECURITY_FLAG_IGNORE_UNKNOWN_CA
                | wh::SECURITY_FLAG_IGNORE_CERT_DATE_INVALID
                | wh::SECURITY_FLAG_IGNORE_CERT_CN_INVALID
                | wh::SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE,
        );
    }
    if let Some(seconds) = plan.timeout {
        let ms = i32::try_from(seconds.saturating_mul(1000)).unwrap_or(i32::MAX);
        lock(&session.options).set_timeouts([ms; 4]);
    }
    if let Some(max) = plan.max_redirects {
        set_option(
            &session,
            wh::WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS,
            max,
        );
    }
    let proxy_login = plan
        .proxy
        .as_ref()
        .and_then(|p| Some((p.user.clone()?, p.password.clone().unwrap_or_default())));
    let (mut verb, mut target, mut body) = (plan.verb.clone(), plan.target.clone(), plan.body);
    let mut hops = 0u32;
    let request = loop {
        let request = open(&session, &target, plan.proxy.as_ref(), &verb)?;
        let headers: Vec<_> = plan
            .headers
            .iter()
            .filter(|(n, _)| body.is_some() || !n.eq_ignore_ascii_case("Content-Type"))
            .cloned()
            .collect();
        request
            .add_header_list(&headers, wh::WINHTTP_ADDREQ_FLAG_ADD)
            .map_err(|e| Failure::api("WinHttpAddRequestHeaders", e))?;
        // The server's credentials never go to another origin.
        let logins = Logins {
            server: plan
                .user
                .as_ref()
                .filter(|_| target.same_origin(&plan.target)),
            proxy: proxy_login.clone(),
        };
        let status = exchange(&request, body.as_ref(), &logins, plan.include)
            .map_err(|f| f.during(&verb, &target))?;
        let location = query_text(&request, wh::WINHTTP_QUERY_LOCATION);
        let (policy, max) = {
            let o = lock(&request.options);
            (o.get(Slot::RedirectPolicy), o.get(Slot::MaxRedirects))
        };
        let next = match location {
            Some(l) if matches!(status, 301 | 302 | 303 | 307 | 308) => target.resolve(&l),
            _ => break request,
        };
        let next_target = Target::parse(&next).map_err(|e| Failure::api(&next, e))?;
        if !policy_allows(policy, target.secure, next_target.secure) {
            if policy != wh::WINHTTP_OPTION_REDIRECT_POLICY_NEVER {
                eprintln!("winsession: http: not following {next}: https to http is refused");
            }
            break request;
        }
        if hops >= max {
            return Err(Failure::api(
                &format!("{} after {hops} redirects", target.url()),
                Win32Error(wh::ERROR_WINHTTP_REDIRECT_FAILED),
            ));
        }
        hops += 1;
        request.close_handle();
        let (next_verb, keep_body) = redirected(status, &verb);
        if !keep_body {
            body = None;
        }
        verb = next_verb;
        target = next_target;
    };
    let status = status_of(&request)?;
    let result = deliver(&request, status, &plan.output, plan.progress)
        .map_err(|f| f.during(&verb, &target));
    request.close_handle();
    result.map(|()| (target.url(), status))
}

/// The body to stdout, or through the partial file to -o's FILE unless
/// the status is an error.
fn deliver(
    request: &Arc<Request>,
    status: u16,
    output: &Option<PathBuf>,
    progress: bool,
) -> Result<(), Failure> {
    match output {
        Some(_) if status >= 400 => Ok(()),
        Some(dest) => {
            let unwritable = |e| Failure::new(23, format!("{}: {e}", dest.display()));
            let mut partial = Partial::create(dest).map_err(unwritable)?;
            let temp = partial.temp.clone();
            // Ctrl-C or SIGTERM: nothing truncated stays behind.
            crate::signals::on_interrupt(move || {
                let _ = std::fs::remove_file(&temp);
                std::process::exit(130);
            })
            .map_err(|e| Failure::new(1, e))?;
            copy_body(request, &mut partial.file, progress)?;
            partial.commit().map_err(unwritable)
        }
        None => copy_body(request, &mut std::io::stdout().lock(), progress),
    }
}

pub fn run(command: Command) -> ExitCode {
    match plan(command).and_then(transfer) {
        Ok((_, status)) if status < 400 => ExitCode::SUCCESS,
        Ok((url, status)) => {
            eprintln!("winsession: http: {url}: the server answered HTTP {status}");
            ExitCode::from(22)
        }
        Err(failure) => {
            eprintln!("winsession: http: {}", failure.message);
            ExitCode::from(failure.exit)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(url: &str) -> Target {
        Target::parse(url).unwrap()
    }

    #[test]
    fn headers_are_name_colon_value() {
        let (n, v) = parse_header("X-Thing:  a b ").unwrap();
        assert_eq!((n.as_str(), v.as_str()), ("X-Thing", "a b"));
        let (n, v) = parse_header("Empty:").unwrap();
        assert_eq!((n.as_str(), v.as_str()), ("Empty", ""));
        // The value keeps its colons.
        assert_eq!(parse_header("Host: h:8080").unwrap().1, "h:8080");
        for bad in ["NoColon", ": v", "Bad Name: v", "X: a\r\nInjected: 1"] {
            let e = parse_header(bad).unwrap_err();
            assert_eq!(e.exit, 2, "{bad}");
        }
    }

    #[test]
    fn user_and_password() {
        assert_eq!(
            parse_user("ann:pa:ss").unwrap(),
            ("ann".into(), "pa:ss".into())
        );
        assert_eq!(parse_user("ann:").unwrap(), ("ann".into(), String::new()));
        assert!(parse_user("ann").is_err());
        assert!(parse_user(":pw").is_err());
    }

    #[test]
    fn urls_are_cracked_as_winhttp_does() {
        let t = target("http://user:pw@example.org:8080/a/b?q=1#frag");
        assert_eq!(
            t,
            Target {
                secure: false,
                host: "example.org".into(),
                port: 8080,
                path: "/a/b?q=1".into(),
                user: Some("user".into()),
                password: Some("pw".into()),
            }
        );
        assert_eq!(t.url(), "http://example.org:8080/a/b?q=1");
        let t = target("https://example.org");
        assert_eq!((t.secure, t.port, t.path.as_str()), (true, 443, "/"));
        assert_eq!(t.authority(), "example.org");
        let t = target("http://[::1]:81/x");
        assert_eq!(
            (t.host.as_str(), t.authority().as_str()),
            ("[::1]", "[::1]:81")
        );
        assert_eq!(
            Target::parse("ftp://x/").unwrap_err().0,
            wh::ERROR_WINHTTP_UNRECOGNIZED_SCHEME
        );
        assert_eq!(
            Target::parse("http://h:99999/").unwrap_err().0,
            wh::ERROR_WINHTTP_INVALID_URL
        );
    }

    #[test]
    fn locations_resolve_against_the_request() {
        let base = target("http://h:8080/dir/page?x=1");
        assert_eq!(base.resolve("https://o/p"), "https://o/p");
        assert_eq!(base.resolve("//o2/p"), "http://o2/p");
        assert_eq!(base.resolve("/root"), "http://h:8080/root");
        assert_eq!(base.resolve("?y=2"), "http://h:8080/dir/page?y=2");
        assert_eq!(base.resolve("next"), "http://h:8080/dir/next");
        assert_eq!(target("http://h/").resolve("a"), "http://h/a");
    }

    #[test]
    fn redirect_rules() {
        assert_eq!(redirected(302, "POST"), ("GET".into(), false));
        assert_eq!(redirected(301, "PUT"), ("PUT".into(), true));
        assert_eq!(redirected(303, "PUT"), ("GET".into(), false));
        assert_eq!(redirected(303, "HEAD"), ("HEAD".into(), true));
        assert_eq!(redirected(307, "POST"), ("POST".into(), true));
        assert_eq!(redirected(308, "POST"), ("POST".into(), true));
        let default = wh::WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP;
        assert!(policy_allows(default, false, true));
        assert!(!policy_allows(default, true, false));
        assert!(policy_allows(
            wh::WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS,
            true,
            false
        ));
        assert!(!policy_allows(
            wh::WINHTTP_OPTION_REDIRECT_POLICY_NEVER,
            false,
            false
        ));
    }

    #[test]
    fn redirect_options_are_set_on_the_session() {
        let session = Session::new("t", false, Default::default());
        assert_eq!(lock(&session.options).get(Slot::MaxRedirects), 10);
        set_option(&session, wh::WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS, 3);
        set_option(
            &session,
            wh::WINHTTP_OPTION_REDIRECT_POLICY,
            wh::WINHTTP_OPTION_REDIRECT_POLICY_NEVER,
        );
        let o = lock(&session.options);
        assert_eq!(o.get(Slot::MaxRedirects), 3);
        assert_eq!(
            o.get(Slot::RedirectPolicy),
            wh::WINHTTP_OPTION_REDIRECT_POLICY_NEVER
        );
    }

    #[test]
    fn proxies_are_plain_http() {
        let p = parse_proxy("proxy.lan:3128").unwrap();
        assert_eq!((p.host.as_str(), p.port), ("proxy.lan", 3128));
        let p = parse_proxy("http://u:p@proxy.lan").unwrap();
        assert_eq!((p.port, p.user.as_deref()), (80, Some("u")));
        assert!(parse_proxy("https://proxy.lan").is_err());
    }

    #[test]
    fn errors_carry_the_win32_name_and_curls_status() {
        let e = Failure::api(
            "GET http://x/",
            Win32Error(wh::ERROR_WINHTTP_CANNOT_CONNECT),
        );
        assert_eq!(e.exit, 7);
        assert_eq!(
            e.message,
            "GET http://x/: could not connect to the server: ERROR_WINHTTP_CANNOT_CONNECT (12029)"
        );
        assert_eq!(exit_code(Win32Error(wh::ERROR_WINHTTP_TIMEOUT)), 28);
        assert_eq!(exit_code(Win32Error(wh::ERROR_WINHTTP_INVALID_URL)), 3);
        assert_eq!(exit_code(Win32Error::ACCESS_DENIED), 1);
        assert!(describe(Win32Error::ACCESS_DENIED).contains("Win32 error 5"));
    }
}
