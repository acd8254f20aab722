//! `libwinsession.so`: the one shared object that carries every exported
//! Windows function.
//!
//! The per-DLL names (`libwtsapi32.so`, later `libwinhttp.so`,
//! `libwdstptc.so`, `libmf.so`) are symbolic links to it, installed by
//! `scripts/build-libs.sh`. Its SONAME is `libwinsession.so`, so however
//! many of those names a program links, the loader maps one object and
//! the program sees one per-thread last error and one handle table.

// Referencing the crates links their `#[no_mangle]` exports into this
// object.
pub use mf::capi::*;
pub use mfplat::capi::*;
pub use wdstptc::capi::*;
pub use win32::abi::{GetLastError, SetLastError};
pub use winhttp::capi::*;
pub use wtsapi32::capi::*;
// The base DLLs export only #[no_mangle] functions; naming the crates links
// them into this object.
extern crate kernel32 as _;
extern crate ole32 as _;
extern crate shlwapi as _;
extern crate ucrtbase as _;
