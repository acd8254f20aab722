//! wtsapi32 for Linux: the Terminal Services session API over the host's
//! real login sessions.
//!
//! The Rust API is [`Server`]: [`Server::current`] is the local host
//! (WTS_CURRENT_SERVER_HANDLE), [`Server::open`] names another host,
//! reached over SSH. Sessions come from a [`SessionSource`]: utmp and
//! /proc on the local host, the far host's own source over SSH, or one a
//! session host registers with [`register_session_source`]. The C ABI in
//! [`capi`] is a thin layer over this API.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod capi;
pub mod events;
pub mod local;
pub mod logind;
pub mod model;
pub mod procfs;
pub mod remote;
pub mod server;
pub mod source;
pub mod utmp;

pub use model::{ANY_SESSION, CURRENT_SESSION, ConnectState, Message, Process, Session};
pub use server::{Info, Server, register_session_source};
pub use source::SessionSource;
