//! dcerpc: DCE/RPC over connection-oriented transports (`ncacn_ip_tcp`),
//! C706 chapter 12 with Microsoft's extensions ([MS-RPCE]), as sans-IO
//! machines in the manner of quinn-proto: bytes in, bytes and events out.
//! The caller owns the socket and any timeout ([MS-WDSC] 3.2.2 leaves the
//! call timeout to the client).
//!
//! Layers: `uuid` (identifiers), `pdu` (the wire format, and `pdu::seal`
//! for packet privacy), `error` (failures and their status codes), `security` (the
//! trait an authentication package implements; this crate has no crypto),
//! `client` and `server` (one association each), `epm` (the endpoint
//! mapper's `ept_map`).

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod client;
pub mod epm;
pub mod error;
pub mod pdu;
pub mod security;
pub mod server;
pub mod uuid;

pub use client::{Client, ClientConfig, ClientEvent};
pub use pdu::{PduError, RpcError};
pub use security::{Acceptor, SecurityContext, SecurityError, Step};
pub use server::{Call, CallAuth, Server, ServerConfig, ServerEvent};
pub use uuid::{SyntaxId, Uuid};
