//! `winsession http get|post URL`: an HTTP client in the spirit of curl,
//! over the winhttp crate's objects as a Windows program drives them
//! (WinHttpOpen, WinHttpConnect, WinHttpOpenRequest, WinHttpSendRequest,
//! WinHttpWriteData, WinHttpReceiveResponse, WinHttpQueryHeaders,
//! WinHttpReadData), sync mode. WinHTTP follows redirects, keeps the
//! cookies, routes through the proxy and decodes the body; the 401/407
//! retry runs here, as the WinHTTP pages' samples run it in the
//! application.

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
use winhttp::options::{self, Proxy, Value};
use winhttp::proxy::EnvConfig;
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
47 a redirect WinHTTP would not follow (more than --max-redirects, or
from https to http), 56 connection lost; 1 for anything else.
WinHTTP follows redirects (at most 10 unless --max-redirects says) and
keeps the cookies they set. --proxy takes http://[user:password@]host[:port];
without it http_proxy, https_proxy, all_proxy and no_proxy apply, as
WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY reads them (credentials in them are
not used). https:// goes through the proxy in a CONNECT tunnel.";

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
    /// Send through this HTTP proxy (WINHTTP_ACCESS_TYPE_NAMED_PROXY).
    #[arg(long, value_name = "URL")]
    proxy: Option<String>,
    /// Hosts reached directly, comma-separated ('*' for all), in place of
    /// no_proxy, as curl --noproxy.
    #[arg(long, value_name = "HOSTS")]
    noproxy: Option<String>,
    /// Credentials for Basic authentication, given when the server asks.
    #[arg(short = 'u', long, value_name = "USER:PASSWORD")]
    user: Option<String>,
    /// Print the final URL and each response's status line and headers to
    /// stderr.
    #[arg(short = 'i', long)]
    include: bool,
    /// Follow at most N redirects (WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS).
    #[arg(long, value_name = "N", conflicts_with = "no_redirects")]
    max_redirects: Option<u32>,
    /// Never follow redirects (WINHTTP_OPTION_REDIRECT_POLICY_NEVER).
    #[arg(long)]
    no_redirects: bool,
    /// Ask for a gzip or deflate body and decode it
    /// (WINHTTP_OPTION_DECOMPRESSION), as curl --compressed.
    #[arg(long)]
    compressed: bool,
    /// Seconds each step may take: resolving, connecting, sending,
    /// receiving (WinHttpSetTimeouts; 0 waits forever). WinHTTP's
    /// defaults otherwise: 60 s to connect, 30 s to send and to receive.
    #[arg(long, value_name = "SECONDS")]
    timeout: Option<u32>,
    /// Offer HTTP/2 to https servers (ALPN; WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL),
    /// as curl --http2; a server without it gets HTTP/1.1.
    #[arg(long)]
    http2: bool,
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

    /// The same failure, saying which request it was: its verb and URL
    /// as they are now, after any redirect.
    fn during(self, request: &Request) -> Failure {
        Failure::new(
            self.exit,
            format!("{} {}: {}", verb_of(request), request.url(), self.message),
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
        wh::ERROR_WINHTTP_REDIRECT_FAILED => (
            "ERROR_WINHTTP_REDIRECT_FAILED",
            "the redirect was not followed (too many, or from https to http)",
        ),
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

    fn same_origin(&self, other: &Target) -> bool {
        (self.secure, self.host.to_ascii_lowercase(), self.port)
            == (other.secure, other.host.to_ascii_lowercase(), other.port)
    }
}

/// --proxy's URL: what WinHttpOpen names, and the credentials for a 407.
#[derive(Debug, PartialEq, Eq)]
struct NamedProxy {
    /// host:port, the port WinHTTP's default (80) when the URL has none.
    host_port: String,
    login: Option<(String, String)>,
}

/// `http://[user:password@]host[:port]`, the scheme optional: WinHTTP
/// speaks plain HTTP to its proxy ("WINHTTP_PROXY_INFO").
fn parse_proxy(text: &str) -> Result<NamedProxy, Failure> {
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
    Ok(NamedProxy {
        host_port: format!("{}:{}", proxy.host, proxy.port),
        login: proxy
            .user
            .map(|user| (user, proxy.password.unwrap_or_default())),
    })
}

/// WinHttpOpen's proxy: --proxy's host:port as WINHTTP_ACCESS_TYPE_NAMED_PROXY,
/// else the environment (`var`) as WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY maps
/// it (winhttp's `proxy` module). no_proxy, or --noproxy in its place,
/// becomes the bypass list either way, as curl applies it to -x too.
fn session_proxy(
    named: Option<&str>,
    noproxy: Option<&str>,
    var: impl Fn(&str) -> Option<String>,
) -> Proxy {
    let env = EnvConfig::from_lookup(|name| match (noproxy, name) {
        (Some(list), "no_proxy" | "NO_PROXY") => Some(list.to_string()),
        _ => var(name),
    });
    match named {
        Some(host_port) => {
            Proxy::from_open(wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY, host_port, &env.bypass)
        }
        None => env.to_proxy(),
    }
}

/// The DWORD options the command line sets on the session.
fn session_options(common: &Common) -> Vec<(u32, u32)> {
    let mut set = Vec::new();
    if common.no_redirects {
        set.push((
            wh::WINHTTP_OPTION_REDIRECT_POLICY,
            wh::WINHTTP_OPTION_REDIRECT_POLICY_NEVER,
        ));
    }
    if let Some(max) = common.max_redirects {
        set.push((wh::WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS, max));
    }
    if common.compressed {
        set.push((
            wh::WINHTTP_OPTION_DECOMPRESSION,
            wh::WINHTTP_DECOMPRESSION_FLAG_GZIP | wh::WINHTTP_DECOMPRESSION_FLAG_DEFLATE,
        ));
    }
    if common.http2 {
        set.push((
            wh::WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL,
            wh::WINHTTP_PROTOCOL_FLAG_HTTP2,
        ));
    }
    if common.insecure {
        set.push((
            wh::WINHTTP_OPTION_SECURITY_FLAGS,
            wh::SECURITY_FLAG_IGNORE_UNKNOWN_CA
                | wh::SECURITY_FLAG_IGNORE_CERT_DATE_INVALID
                | wh::SECURITY_FLAG_IGNORE_CERT_CN_INVALID
                | wh::SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE,
        ));
    }
    set
}

/// Everything the command line asked for, checked.
struct Plan {
    verb: String,
    target: Target,
    headers: Vec<(String, String)>,
    body: Option<Upload>,
    output: Option<PathBuf>,
    proxy: Proxy,
    proxy_login: Option<(String, String)>,
    user: Option<(String, String)>,
    include: bool,
    progress: bool,
    options: Vec<(u32, u32)>,
    timeout: Option<u32>,
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
    let options = session_options(&common);
    let named = common.proxy.as_deref().map(parse_proxy).transpose()?;
    let proxy = session_proxy(
        named.as_ref().map(|p| p.host_port.as_str()),
        common.noproxy.as_deref(),
        |name| std::env::var(name).ok(),
    );
    Ok(Plan {
        verb: verb.into(),
        target,
        headers,
        body,
        output: common.output,
        proxy,
        proxy_login: named.and_then(|p| p.login),
        user,
        include: common.include,
        progress: !common.silent && std::io::stderr().is_terminal(),
        options,
        timeout: common.timeout,
    })
}

/// Set a DWORD option on the session, checked as WinHttpSetOption checks
/// it.
fn set_option(session: &Session, option: u32, value: u32) -> Result<(), Failure> {
    let failed = |e| Failure::api(&format!("WinHttpSetOption({option})"), e);
    let row = options::find(option)
        .ok_or_else(|| failed(Win32Error(wh::ERROR_WINHTTP_INVALID_OPTION)))?;
    row.check_set(options::Kinds::SESSION).map_err(failed)?;
    let Value::Dword(slot, rule) = row.value else {
        return Err(failed(Win32Error::INVALID_PARAMETER));
    };
    let value = rule.decode(Some(&value.to_ne_bytes())).map_err(failed)?;
    lock(&session.options).put(slot, &rule, value);
    Ok(())
}

fn query_text(request: &Request, level: u32) -> Option<String> {
    match request.query_header(level, None, 0) {
        Ok((HeaderValue::Text(t), _)) => Some(t),
        _ => None,
    }
}

/// The verb the request goes with now: a redirect may have made it GET.
fn verb_of(request: &Request) -> String {
    query_text(
        request,
        wh::WINHTTP_QUERY_REQUEST_METHOD | wh::WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
    )
    .unwrap_or_default()
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
/// "Authentication in WinHTTP" samples). WinHTTP has followed the
/// redirects by the time ReceiveResponse returns. Returns the final status.
fn exchange(request: &Arc<Request>, plan: &Plan) -> Result<u16, Failure> {
    let mut tried = (false, false);
    loop {
        // A redirect that made the verb GET dropped the body (RFC 9110
        // 15.4.3, 15.4.4): a retry there sends none either.
        let body = plan.body.as_ref().filter(|_| verb_of(request) == plan.verb);
        send(request, body)?;
        request
            .receive_response()
            .map_err(|e| Failure::api("WinHttpReceiveResponse", e))?;
        let status = status_of(request)?;
        if plan.include {
            // WINHTTP_OPTION_URL: where the redirects led; and
            // WINHTTP_OPTION_HTTP_PROTOCOL_USED: what the answer came over.
            eprint!("* URL: {}\r\n", request.url());
            let protocol = if request.protocol_used() & wh::WINHTTP_PROTOCOL_FLAG_HTTP2 != 0 {
                "HTTP/2"
            } else {
                "HTTP/1.1"
            };
            eprint!("* Protocol: {protocol}\r\n");
            if let Some(head) = query_text(request, wh::WINHTTP_QUERY_RAW_HEADERS_CRLF) {
                eprint!("{head}");
            }
        }
        // The server's credentials never go to another origin.
        let server_login = plan.user.as_ref().filter(|_| {
            Target::parse(&request.url()).is_ok_and(|now| now.same_origin(&plan.target))
        });
        let (target, login, done) = match status {
            401 => (wh::WINHTTP_AUTH_TARGET_SERVER, server_login, &mut tried.0),
            407 => (
                wh::WINHTTP_AUTH_TARGET_PROXY,
                plan.proxy_login.as_ref(),
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
fn transfer(plan: &Plan) -> Result<(String, u16), Failure> {
    let agent = concat!("winsession/", env!("CARGO_PKG_VERSION"));
    let session = Arc::new(Session::new(agent, false, plan.proxy.clone()));
    for &(option, value) in &plan.options {
        set_option(&session, option, value)?;
    }
    if let Some(seconds) = plan.timeout {
        let ms = i32::try_from(seconds.saturating_mul(1000)).unwrap_or(i32::MAX);
        lock(&session.options).set_timeouts([ms; 4]);
    }
    let target = &plan.target;
    let conn = Connection::new(&session, &target.host, target.port)
        .map_err(|e| Failure::api(&target.host, e))?;
    let flags = if target.secure {
        wh::WINHTTP_FLAG_SECURE
    } else {
        0
    };
    let request = Arc::new(Request::new(
        &Arc::new(conn),
        &plan.verb,
        &target.path,
        "",
        flags,
    ));
    let result = request
        .add_header_list(&plan.headers, wh::WINHTTP_ADDREQ_FLAG_ADD)
        .map_err(|e| Failure::api("WinHttpAddRequestHeaders", e))
        .and_then(|()| exchange(&request, plan))
        .and_then(|status| deliver(&request, status, &plan.output, plan.progress).map(|()| status))
        .map_err(|f| f.during(&request));
    let url = request.url();
    request.close_handle();
    result.map(|status| (url, status))
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
    match plan(command).and_then(|plan| transfer(&plan)) {
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
    use clap::Parser;
    use winhttp::options::Slot;

    fn target(url: &str) -> Target {
        Target::parse(url).unwrap()
    }

    #[derive(Parser)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    /// `get http://h/` with these options.
    fn common(args: &[&str]) -> Common {
        let argv = ["winsession", "get", "http://h/"]
            .into_iter()
            .chain(args.iter().copied());
        match Cli::try_parse_from(argv).unwrap().command {
            Command::Get { common, .. } => common,
            Command::Post { .. } => unreachable!(),
        }
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
        let t = target("https://example.org");
        assert_eq!((t.secure, t.port, t.path.as_str()), (true, 443, "/"));
        assert_eq!(target("http://[::1]:81/x").host, "[::1]");
        assert!(target("http://EXAMPLE.org/a").same_origin(&target("http://example.org:80/b")));
        assert!(!target("http://h/").same_origin(&target("https://h/")));
        assert!(!target("http://h/").same_origin(&target("http://h:81/")));
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
    fn command_line_options_become_session_options() {
        assert!(session_options(&common(&[])).is_empty());
        let set = session_options(&common(&["--no-redirects", "--compressed", "-k"]));
        assert_eq!(
            set[..2],
            [
                (
                    wh::WINHTTP_OPTION_REDIRECT_POLICY,
                    wh::WINHTTP_OPTION_REDIRECT_POLICY_NEVER
                ),
                (wh::WINHTTP_OPTION_DECOMPRESSION, 3),
            ]
        );
        assert_eq!(set[2].0, wh::WINHTTP_OPTION_SECURITY_FLAGS);
        let set = session_options(&common(&["--max-redirects", "0"]));
        assert_eq!(set, [(wh::WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS, 0)]);
        let set = session_options(&common(&["--http2"]));
        assert_eq!(
            set,
            [(
                wh::WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL,
                wh::WINHTTP_PROTOCOL_FLAG_HTTP2
            )]
        );
        let clash = [
            "winsession",
            "get",
            "http://h/",
            "--no-redirects",
            "--max-redirects",
            "1",
        ];
        assert!(Cli::try_parse_from(clash).is_err());
    }

    #[test]
    fn options_are_set_as_winhttp_set_option_checks_them() {
        let session = Session::new("t", false, Proxy::default());
        assert_eq!(lock(&session.options).get(Slot::MaxRedirects), 10);
        for (option, value) in session_options(&common(&[
            "--max-redirects",
            "3",
            "--compressed",
            "--http2",
        ])) {
            set_option(&session, option, value).unwrap();
        }
        let o = *lock(&session.options);
        assert_eq!(o.get(Slot::MaxRedirects), 3);
        assert_eq!(
            o.get(Slot::EnableHttpProtocol),
            wh::WINHTTP_PROTOCOL_FLAG_HTTP2
        );
        assert_eq!(
            o.get(Slot::Decompression),
            wh::WINHTTP_DECOMPRESSION_FLAG_GZIP | wh::WINHTTP_DECOMPRESSION_FLAG_DEFLATE
        );
        let e = set_option(&session, wh::WINHTTP_OPTION_DECOMPRESSION, 4).unwrap_err();
        assert!(
            e.message.contains("(87)") || e.message.contains("Win32 error 87"),
            "{}",
            e.message
        );
        // A request option, refused on a session as Windows refuses it.
        let e = set_option(&session, wh::WINHTTP_OPTION_DISABLE_FEATURE, 1).unwrap_err();
        assert!(e.message.contains("12018"), "{}", e.message);
    }

    #[test]
    fn proxies_are_plain_http() {
        let p = parse_proxy("proxy.lan:3128").unwrap();
        assert_eq!((p.host_port.as_str(), p.login), ("proxy.lan:3128", None));
        let p = parse_proxy("http://u:p%40ss@proxy.lan").unwrap();
        assert_eq!(p.host_port, "proxy.lan:80");
        assert_eq!(p.login, Some(("u".into(), "p%40ss".into())));
        assert!(parse_proxy("https://proxy.lan").is_err());
    }

    #[test]
    fn the_session_proxy_is_named_or_the_environment() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let p = session_proxy(Some("p:3128"), None, env(&[("http_proxy", "other:1")]));
        assert_eq!(p.access, wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY);
        assert_eq!((p.proxy.as_str(), p.bypass.as_str()), ("p:3128", ""));
        // no_proxy, or --noproxy over it, is the bypass list.
        let vars = &[("no_proxy", "a.lan"), ("https_proxy", "http://u:pw@q:8")];
        let p = session_proxy(Some("p:3128"), None, env(vars));
        assert_eq!(p.bypass, "a.lan;*.a.lan");
        let p = session_proxy(Some("p:3128"), Some("b.lan,10.0.0.0/8"), env(vars));
        assert_eq!(p.bypass, "b.lan;*.b.lan;10.*");
        // The environment, credentials left out.
        let p = session_proxy(None, None, env(vars));
        assert_eq!(p.access, wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY);
        assert_eq!(
            (p.proxy.as_str(), p.bypass.as_str()),
            ("https=q:8", "a.lan;*.a.lan")
        );
        let p = session_proxy(None, Some("*"), env(vars));
        assert_eq!(p.bypass, "*");
        assert_eq!(session_proxy(None, None, env(&[])), Proxy::default());
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
        assert_eq!(exit_code(Win32Error(wh::ERROR_WINHTTP_REDIRECT_FAILED)), 47);
        assert_eq!(exit_code(Win32Error::ACCESS_DENIED), 1);
        assert!(describe(Win32Error::ACCESS_DENIED).contains("Win32 error 5"));
    }
}
