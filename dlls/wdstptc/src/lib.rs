//! wdstptc: the Windows Deployment Services multicast transport client
//! (wdstci.h's WdsTransportClient* API) and a transport server to match,
//! speaking Microsoft's published protocols byte for byte:
//! [MS-WDSMSI] session initiation over UDP, [MS-WDSMT] multicast transport
//! and [MS-WDSMA] block circulation.
//!
//! Layers: `codec` (wire formats), `client` and `server` (sans-IO state
//! machines), `initiation` ([MS-WDSMSI] over [MS-WDSC] RPC, both ends, on
//! the `dcerpc` crate's machines), `rpc` (their TCP runtime), `rpc_auth`
//! (the security packages, from the `secur32` crate), `session` and
//! `transport_server` (threads and sockets), `capi` (the C ABI). Every choice where the specs are open is in
//! `params`.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod capi;
pub mod client;
pub mod codec;
pub mod initiation;
pub mod net;
pub mod params;
pub mod provider;
pub mod rng;
pub mod rpc;
pub mod rpc_auth;
pub mod server;
pub mod session;
pub mod transport_server;
