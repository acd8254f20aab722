//! include/objbase.h, propidl.h and shlwapi.h agree with windows-sys
//! (Microsoft's metadata): COINIT, CLSCTX and VARENUM values, the layouts of
//! GUID, PROPVARIANT and QITAB. Checked by the C and C++ compilers.

#![allow(clippy::unwrap_used)]

use std::mem::{offset_of, size_of};
use std::path::PathBuf;

use win32::header_check::HeaderCheck;
use win32::{header_constants, header_sizes};

#[test]
fn com_headers_match_the_metadata() {
    let mut c = HeaderCheck::new("objbase.h");
    c.include("shlwapi.h");
    c.include("propvarutil.h");
    c.include("ole2.h");
    header_constants!(
        c,
        windows_sys::Win32::System::Com,
        COINIT_APARTMENTTHREADED,
        COINIT_MULTITHREADED,
        COINIT_DISABLE_OLE1DDE,
        COINIT_SPEED_OVER_MEMORY,
        CLSCTX_INPROC_SERVER,
        CLSCTX_INPROC_HANDLER,
        CLSCTX_LOCAL_SERVER,
        CLSCTX_REMOTE_SERVER,
        CLSCTX_ALL,
        CLSCTX_SERVER,
        CLSCTX_NO_CODE_DOWNLOAD,
        CLSCTX_ENABLE_CLOAKING,
        CLSCTX_PS_DLL,
    );
    header_constants!(
        c,
        windows_sys::Win32::System::Variant,
        VT_EMPTY,
        VT_NULL,
        VT_I2,
        VT_I4,
        VT_R4,
        VT_R8,
        VT_CY,
        VT_DATE,
        VT_BSTR,
        VT_BOOL,
        VT_UNKNOWN,
        VT_DECIMAL,
        VT_I1,
        VT_UI1,
        VT_UI2,
        VT_UI4,
        VT_I8,
        VT_UI8,
        VT_INT,
        VT_UINT,
        VT_LPSTR,
        VT_LPWSTR,
        VT_FILETIME,
        VT_BLOB,
        VT_CLSID,
        VT_VECTOR,
        VT_ARRAY,
        VT_BYREF,
    );
    header_sizes!(c, windows_sys::Win32::UI::Shell, QITAB);
    header_sizes!(
        c,
        windows_sys::Win32::System::Com::StructuredStorage,
        PROPVARIANT
    );
    c.size("GUID", size_of::<windows_sys::core::GUID>());
    c.size(
        "DECIMAL",
        size_of::<windows_sys::Win32::Foundation::DECIMAL>(),
    );
    c.size("CY", size_of::<windows_sys::Win32::System::Com::CY>());
    c.size("BLOB", size_of::<windows_sys::Win32::System::Com::BLOB>());
    c.offset(
        "QITAB",
        "dwOffset",
        offset_of!(windows_sys::Win32::UI::Shell::QITAB, dwOffset),
    );
    // The tag and the union member after it.
    c.offset("PROPVARIANT", "vt", 0);
    c.offset("PROPVARIANT", "pwszVal", 8);
    c.offset("PROPVARIANT", "uhVal", 8);
    let include = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../include");
    c.compile(&include).unwrap();
}
