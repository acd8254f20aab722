#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]
//! The Win32 core shared by every winsession DLL.
//!
//! Like Wine's `kernelbase`, this crate holds what the individual DLL crates
//! have in common: Win32 error codes and HRESULTs, the per-thread last error,
//! the generational handle table, UTF-16 and "ANSI" (UTF-8) strings, the
//! buffers an API hands out and frees again, and the panic barrier at the C
//! boundary. All DLLs live in one shared object (`libwinsession.so`), so this
//! crate's statics exist exactly once per process: one last error per thread
//! and one handle table, whichever `-l` name a program linked.

pub mod abi;
pub mod account;
pub mod buffer;
pub mod error;
pub mod handle;
pub mod header_check;
pub mod last_error;
pub mod path;
pub mod sync;
pub mod time;
pub mod wstr;

pub use error::{HResult, Win32Error, Win32Result};
pub use handle::{Handle, HandleError};
pub use last_error::{get_last_error, set_last_error};
