//! mf: the Media Session and what it plays (Wine keeps them in dlls/mf):
//! the session, the presentation clock, topologies and the topology loader,
//! the source resolver and its sources, the sinks, and the transforms the
//! loader inserts. Built on the `mfplat` crate below it.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]
// COM methods take raw pointers by their ABI, and windows-bindgen's `_Impl`
// traits declare them as safe functions: the unsafe boundary is the vtable
// shim C calls, where each pointer is the caller's promise.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

pub mod alsa;
pub mod capi;
pub mod clock;
pub mod converter;
pub mod decoder;
pub mod demux;
pub mod resample;
pub mod sequencer;
pub mod session;
pub mod sink;
pub mod source;
pub mod topo_loader;
pub mod topology;
pub mod transform;
