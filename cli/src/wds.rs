//! `winsession wds`: multicast file transfer in the spirit of wdsmcast and
//! udp-sender/udp-receiver, over the wdstptc crate's public API.

use std::fs::File;
use std::io::{IsTerminal, Write};
use std::os::unix::fs::FileExt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Subcommand;
use wdstptc::codec::mt::Signer;
use wdstptc::params::{self, ServerParams};
use wdstptc::provider::FileProvider;
use wdstptc::rpc_auth::RpcAcceptor;
use wdstptc::session::{self, AuthLevel, Callbacks, ClientSession, Request, Status};
use wdstptc::transport_server::{NamespaceAccess, RpcSecurity, ServerConfig, TransportServer};
use win32::Win32Error;
use win32::sync::lock;

#[derive(Subcommand)]
pub enum Command {
    /// Serve files to multicast clients until interrupted.
    Serve {
        /// A namespace and the file or directory it serves (repeatable).
        #[arg(long = "namespace", num_args = 2, value_names = ["NAME", "PATH"], required = true)]
        namespaces: Vec<String>,
        /// The interface (name or IPv4 address) to serve on.
        #[arg(long, default_value = "127.0.0.1")]
        interface: String,
        /// Cap on the bits per second sent, with an optional k, m or g suffix.
        #[arg(long)]
        rate: Option<String>,
        /// Block size in bytes (1385 keeps datagrams unfragmented in a 1500-byte MTU).
        #[arg(long, default_value_t = params::DEFAULT_BLOCK_SIZE)]
        block_size: u32,
        /// Use WDS's own 8785-byte blocks (fragmented datagrams).
        #[arg(long, conflicts_with = "block_size")]
        wds_blocks: bool,
        /// First multicast group; each new session takes the next address.
        #[arg(long, default_value = "239.195.0.1")]
        multicast_base: std::net::Ipv4Addr,
        /// UDP port for session requests.
        #[arg(long, default_value_t = 5041)]
        port: u16,
        /// TCP port of the [MS-WDSC] RPC endpoint (0: any free port).
        #[arg(long, default_value_t = 5040)]
        rpc_port: u16,
        /// Take session requests over UDP only.
        #[arg(long, conflicts_with_all = ["rpc_port", "endpoint_mapper"])]
        no_rpc: bool,
        /// Also run an endpoint mapper on TCP 135 that points clients at the RPC endpoint.
        #[arg(long)]
        endpoint_mapper: bool,
        /// Packet security of sessions requested over RPC: none, checksum, hash or sign.
        #[arg(long, default_value = "hash")]
        rpc_security: String,
        /// The server's RSA key for --rpc-security sign (PKCS#8 PEM or DER; made if missing).
        #[arg(long)]
        sign_key: Option<PathBuf>,
        /// NTLM users ("DOMAIN:user:password" lines, gss-ntlmssp's format).
        #[arg(long)]
        ntlm_users: Option<PathBuf>,
        /// Kerberos keytab holding the server's service key.
        #[arg(long)]
        keytab: Option<PathBuf>,
        /// Service principal to take from the keytab (default: its first).
        #[arg(long)]
        spn: Option<String>,
        /// Refuse anonymous requests (UDP, or RPC without authentication) for NAMESPACE (repeatable).
        #[arg(long = "require-auth", value_name = "NAMESPACE")]
        require_auth: Vec<String>,
        /// Let PRINCIPAL (user, DOMAIN\\user, user@REALM or @group) into NAMESPACE;
        /// once a namespace has one, only those listed get in (repeatable).
        #[arg(long = "allow", num_args = 2, value_names = ["NAMESPACE", "PRINCIPAL"])]
        allow: Vec<String>,
        /// Seconds without any client before a session ends.
        #[arg(long, default_value_t = 300)]
        inactivity: u64,
        /// Seconds a silent client keeps its place before it is kicked.
        #[arg(long, default_value_t = 60)]
        client_timeout: u64,
    },
    /// Receive one object from a multicast server into a file.
    Receive {
        /// The server: a host name or address, optionally with :port.
        #[arg(long)]
        server: String,
        #[arg(long)]
        namespace: String,
        object: String,
        outfile: PathBuf,
        /// Bytes the client may hold before the file has them (default 32 MiB).
        #[arg(long, default_value_t = 32 << 20)]
        cache: u64,
        /// Seconds without a server packet before giving up.
        #[arg(long, default_value_t = 30)]
        inactivity: u64,
        /// Authenticate (Negotiate at packet privacy over RPC): the identity comes from
        /// NTLM_USER_FILE or the Kerberos ticket cache (see the README).
        #[arg(long)]
        auth: bool,
    },
}

pub fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Serve {
            namespaces,
            interface,
            rate,
            block_size,
            wds_blocks,
            multicast_base,
            port,
            rpc_port,
            no_rpc,
            endpoint_mapper,
            rpc_security,
            sign_key,
            ntlm_users,
            keytab,
            spn,
            require_auth,
            allow,
            inactivity,
            client_timeout,
        } => {
            let ip = wdstptc::net::interface_ipv4(&interface).map_err(|e| e.to_string())?;
            let mut cfg = ServerConfig::new(ip);
            cfg.initiation_port = port;
            cfg.multicast_base = multicast_base;
            cfg.block_size = if wds_blocks {
                params::WDS_BLOCK_SIZE
            } else {
                block_size
            };
            cfg.rate = rate.as_deref().map(parse_rate).transpose()?;
            cfg.params = ServerParams {
                inactivity_timeout: Duration::from_secs(inactivity),
                client_dead_timeout: Duration::from_secs(client_timeout),
                ..ServerParams::default()
            };
            for pair in namespaces.chunks(2) {
                let [name, path] = pair else {
                    return Err("--namespace takes NAME PATH".into());
                };
                let p = FileProvider::new(path).map_err(|e| format!("{path}: {e}"))?;
                cfg.namespaces.push((name.clone(), Arc::new(p)));
            }
            if !no_rpc {
                cfg.rpc_port = Some(rpc_port);
                cfg.endpoint_mapper = endpoint_mapper;
            }
            cfg.rpc_security = match (rpc_security.as_str(), sign_key) {
                ("sign", Some(path)) => RpcSecurity::Sign(Arc::new(
                    Signer::load_or_generate(&path)
                        .map_err(|e| format!("{}: {e}", path.display()))?,
                )),
                ("sign", None) => return Err("--rpc-security sign needs --sign-key FILE".into()),
                (_, Some(_)) => return Err("--sign-key goes with --rpc-security sign".into()),
                ("none", None) => RpcSecurity::None,
                ("checksum", None) => RpcSecurity::Checksum,
                ("hash", None) => RpcSecurity::Hash,
                (other, None) => return Err(format!("unknown --rpc-security {other:?}")),
            };
            if ntlm_users.is_some() || keytab.is_some() {
                let mut creds = secur32::ServerCredentials::new();
                if let Some(path) = &ntlm_users {
                    creds
                        .add_user_file(path)
                        .map_err(|e| format!("{}: {}", path.display(), e.message()))?;
                }
                if let Some(path) = &keytab {
                    creds
                        .set_keytab(path, spn.as_deref())
                        .map_err(|e| format!("{}: {}", path.display(), e.message()))?;
                }
                cfg.acceptor = Some(Arc::new(RpcAcceptor::new(creds)));
            }
            for name in require_auth {
                access_for(&mut cfg, &name).require_authentication = true;
            }
            for pair in allow.chunks(2) {
                let [name, who] = pair else {
                    return Err("--allow takes NAMESPACE PRINCIPAL".into());
                };
                access_for(&mut cfg, name).allowed.push(who.clone());
            }
            serve(cfg)
        }
        Command::Receive {
            server,
            namespace,
            object,
            outfile,
            cache,
            inactivity,
            auth,
        } => {
            let request = Request {
                server,
                namespace,
                object,
                cache_size: cache,
                auth: if auth {
                    AuthLevel::Auth
                } else {
                    AuthLevel::NoAuth
                },
            };
            receive(request, outfile, Duration::from_secs(inactivity))
        }
    }
}

/// The access entry of `namespace`, made on first use.
fn access_for<'a>(cfg: &'a mut ServerConfig, namespace: &str) -> &'a mut NamespaceAccess {
    let i = match cfg
        .access
        .iter()
        .position(|(n, _)| n.eq_ignore_ascii_case(namespace))
    {
        Some(i) => i,
        None => {
            cfg.access
                .push((namespace.to_string(), NamespaceAccess::default()));
            cfg.access.len() - 1
        }
    };
    &mut cfg.access[i].1
}

/// "950m" -> bytes per second.
fn parse_rate(s: &str) -> Result<u64, String> {
    let (num, mult) = match s.char_indices().last() {
        Some((i, 'k' | 'K')) => (&s[..i], 1e3),
        Some((i, 'm' | 'M')) => (&s[..i], 1e6),
        Some((i, 'g' | 'G')) => (&s[..i], 1e9),
        _ => (s, 1.0),
    };
    let bits: f64 = num
        .parse()
        .map_err(|_| format!("bad rate {s:?} (bits per second, e.g. 950m)"))?;
    if !bits.is_finite() || bits <= 0.0 {
        return Err(format!("bad rate {s:?}"));
    }
    Ok((bits * mult / 8.0) as u64)
}

fn serve(cfg: ServerConfig) -> Result<(), String> {
    let stop = Arc::new(AtomicBool::new(false));
    let s2 = stop.clone();
    crate::signals::on_interrupt(move || s2.store(true, Ordering::SeqCst))?;
    let server = TransportServer::start(cfg.clone())
        .map_err(|e| format!("cannot serve on {}: {e}", cfg.interface))?;
    if let Some(rpc) = server.rpc_addr() {
        eprintln!("RPC endpoint on {rpc}");
    }
    eprintln!(
        "serving {} on {} (block {} bytes{})",
        cfg.namespaces
            .iter()
            .map(|(n, _)| n.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        server.local_addr(),
        cfg.block_size,
        cfg.rate
            .map(|r| format!(", cap {} Mbit/s", r * 8 / 1_000_000))
            .unwrap_or_default()
    );
    let mut last = Vec::new();
    while !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(200));
        let reports = server.reports();
        // A line when something a reader cares about changes.
        let keys: Vec<_> = reports
            .iter()
            .map(|r| {
                (
                    r.offer.session_id,
                    r.stats.active_clients,
                    r.stats.completed,
                    r.stats.rounds,
                    r.finished,
                )
            })
            .collect();
        for (r, key) in reports.iter().zip(&keys) {
            if !last.contains(key) {
                eprintln!(
                    "session {:08x} {}/{} group {}:{} clients {} completed {} rounds {} sent {} MB (odata {}, rdata {}, nacks {}){}",
                    r.offer.session_id,
                    r.namespace,
                    r.content,
                    r.offer.multicast_addr,
                    r.offer.port,
                    r.stats.active_clients,
                    r.stats.completed,
                    r.stats.rounds,
                    r.stats.bytes_sent / 1_000_000,
                    r.stats.odata,
                    r.stats.rdata,
                    r.stats.nacks,
                    if r.finished { " ended" } else { "" }
                );
            }
        }
        last = keys;
    }
    server.stop();
    eprintln!("stopped");
    Ok(())
}

struct Sink {
    file: File,
    error: Mutex<Option<String>>,
    size: Mutex<Option<u64>>,
}

fn receive(request: Request, outfile: PathBuf, inactivity: Duration) -> Result<(), String> {
    session::initialize();
    let file = File::create(&outfile).map_err(|e| format!("{}: {e}", outfile.display()))?;
    let sink = Arc::new(Sink {
        file,
        error: Mutex::new(None),
        size: Mutex::new(None),
    });
    let params = wdstptc::params::ClientParams {
        inactivity_timeout: inactivity,
        ..Default::default()
    };
    let s = ClientSession::with_params(request, params).map_err(|e| describe(e.0))?;
    let (k1, k2, s2) = (sink.clone(), sink.clone(), s.clone());
    s.start(Callbacks {
        session_start: Some(Box::new(move |size| {
            *lock(&k1.size) = Some(size);
            if let Err(e) = k1.file.set_len(size) {
                *lock(&k1.error) = Some(e.to_string());
            }
        })),
        receive_contents: Some(Box::new(move |buf, offset| {
            if let Err(e) = k2.file.write_all_at(buf.as_slice(), offset) {
                let mut err = lock(&k2.error);
                if err.is_none() {
                    *err = Some(e.to_string());
                    // Nothing we receive can be kept: stop now.
                    let _ = s2.cancel(windows_sys::Win32::Foundation::ERROR_WRITE_FAULT);
                }
            }
            let _ = s2.complete_receive(buf.as_slice().len() as u32, offset);
        })),
        session_complete: Some(Box::new(|_| {})),
        ..Callbacks::default()
    })
    .map_err(|e| describe(e.0))?;
    let s3 = s.clone();
    crate::signals::on_interrupt(move || {
        let _ = s3.cancel(windows_sys::Win32::Foundation::ERROR_CANCELLED);
    })?;
    let tty = std::io::stderr().is_terminal();
    let started = Instant::now();
    let mut last_log = started;
    loop {
        let done = s
            .wait(Some(Duration::from_millis(if tty { 200 } else { 1000 })))
            .is_ok();
        let st = s.stats();
        let total = lock(&sink.size).unwrap_or(0);
        let elapsed = started.elapsed().as_secs_f64().max(1e-3);
        let rate = st.bytes as f64 / elapsed;
        let eta = if rate > 0.0 {
            (total.saturating_sub(st.bytes)) as f64 / rate
        } else {
            0.0
        };
        let line = format!(
            "{:>8.1}/{:.1} MB {:>3}% {:>7.1} Mbit/s ETA {:>4.0}s repairs {} nacks {}{}",
            st.bytes as f64 / 1e6,
            total as f64 / 1e6,
            (st.bytes * 100).checked_div(total).unwrap_or(0),
            rate * 8.0 / 1e6,
            eta,
            st.rdata,
            st.nacks_sent,
            if st.is_master { " (master)" } else { "" }
        );
        if tty {
            eprint!("\r{line}\x1b[K");
            let _ = std::io::stderr().flush();
        } else if done || last_log.elapsed() >= Duration::from_secs(1) {
            eprintln!("{line}");
            last_log = Instant::now();
        }
        if done {
            break;
        }
    }
    if tty {
        eprintln!();
    }
    s.close();
    let _ = session::shutdown();
    if let Some(e) = lock(&sink.error).take() {
        return Err(format!("{}: {e}", outfile.display()));
    }
    match s.status() {
        Status::Success => {
            eprintln!(
                "received {} in {:.2} s",
                outfile.display(),
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Status::Failure(code) => Err(describe(code)),
        Status::InProgress => Err("session did not complete".into()),
    }
}

fn describe(code: u32) -> String {
    use windows_sys::Win32::System::DeploymentServices as ds;
    let name = match code as i32 {
        ds::WDSMCS_E_NAMESPACE_NOT_FOUND => "the server has no such namespace",
        ds::WDSMCS_E_CONTENT_NOT_FOUND => "the namespace has no such object",
        ds::WDSMCS_E_CLIENT_DOESNOT_SUPPORT_SECURITY_MODE => {
            "the server asks for a packet security mode this client cannot check"
        }
        ds::WDSTPC_E_KICKED_FAIL
        | ds::WDSTPC_E_KICKED_POLICY_NOT_MET
        | ds::WDSTPC_E_KICKED_FALLBACK => "the server removed this client from the session",
        _ => Win32Error(code).description(),
    };
    format!("transfer failed: {name} (error {code:#x})")
}
