//! WinHTTP's WebSocket client for Linux.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod api;
pub mod auth;
pub mod capi;
pub mod client;
pub mod cookie;
pub mod decode;
pub mod frame;
pub mod gate;
pub mod h2client;
pub mod handshake;
pub mod headers;
pub mod http;
pub mod machine;
pub mod options;
pub mod path;
pub mod pool;
pub mod proxy;
pub mod query;
pub mod redirect;
pub mod request;
pub mod runtime;
pub mod time;
pub mod tls;
pub mod transport;
pub mod url;
pub mod utf8;
pub mod websocket;
