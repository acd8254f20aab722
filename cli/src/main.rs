//! `winsession`: command-line tools over the winsession APIs.
//!
//! `winsession wts ...` is in the spirit of Windows' qwinsta, rwinsta,
//! logoff, msg and tasklist, built on the wtsapi32 crate's public API;
//! `winsession wds ...` like wdsmcast and udp-sender/udp-receiver;
//! `winsession mf ...` plays and probes media files through the Media
//! Session; `winsession http ...` is an HTTP client in the spirit of curl.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod http;
mod mf;
mod signals;
mod wds;
mod ws;
mod wts;

#[derive(Parser)]
#[command(
    name = "winsession",
    version,
    about = "Windows session APIs, natively on Linux"
)]
struct Cli {
    #[command(subcommand)]
    system: System,
}

#[derive(Subcommand)]
enum System {
    /// Terminal Services: sessions and processes on this or another host.
    Wts {
        #[command(subcommand)]
        command: wts::Command,
    },
    /// WDS multicast: serve files to many receivers at once, or receive one.
    Wds {
        #[command(subcommand)]
        command: wds::Command,
    },
    /// Media Foundation: play or probe media files through the Media Session.
    Mf {
        #[command(subcommand)]
        command: mf::Command,
    },
    /// WebSocket client over the WinHTTP API.
    Ws {
        #[command(subcommand)]
        command: ws::Command,
    },
    /// HTTP client over the WinHTTP API, in the spirit of curl.
    Http {
        #[command(subcommand)]
        command: http::Command,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.system {
        System::Wts { command } => wts::run(command),
        System::Wds { command } => wds::run(command),
        System::Ws { command } => ws::run(command),
        System::Mf { command } => mf::run(command),
        // Its own exit statuses (curl's): it reports its errors itself.
        System::Http { command } => return http::run(command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("winsession: {message}");
            ExitCode::FAILURE
        }
    }
}
