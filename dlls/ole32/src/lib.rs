//! ole32 and combase: the COM base Windows programs call around the APIs
//! winsession implements.
//!
//! - [`apartment`]: `CoInitialize(Ex)`/`CoUninitialize`, `OleInitialize`/
//!   `OleUninitialize` (per-thread apartments with Windows' return codes);
//! - [`classes`]: `CoCreateInstance` over classes that higher crates
//!   register with [`classes::register_class`];
//! - [`task_mem`]: the COM task allocator (`CoTaskMemAlloc` & co.), the C
//!   allocator, so blocks from any winsession API free with either;
//! - [`guid`]: GUID strings (`StringFromGUID2`, `CLSIDFromString`, ...) and
//!   `CoCreateGuid`;
//! - [`propsys`]: propsys' `PropVariantTo*` readers;
//! - [`bstr`]: oleaut32's BSTR allocator (`SysAllocString` & co.).

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod apartment;
pub mod bstr;
pub mod classes;
pub mod guid;
pub mod propsys;
pub mod task_mem;
