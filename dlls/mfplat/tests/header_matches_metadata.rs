//! include/mfobjects.h, mftransform.h, mfidl.h, mfapi.h and mferror.h must
//! agree with the COM bindings generated from Microsoft's metadata
//! (dlls/mf/src/bindings.rs): each C vtable has the size of the Rust one and
//! every method, inherited ones included, sits at the offset the metadata
//! gives it (and at that slot of the C++ class), as do the structs' fields;
//! every enum member, value, MediaEventType and HRESULT is equal, and every
//! GUID and IID byte for byte. Checked by the C and C++ compilers. The
//! tables come from tools/mf-headers/gen.py (generated/header_tables.rs),
//! which writes the headers from the same list: an interface added there is
//! checked here with no other change. Also: COBJMACROS for every interface
//! in C, and C++'s __uuidof, IID_PPV_ARGS and mfapi.h's inline helpers.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::Command;

use mfplat::bindings::*;
use win32::header_check::HeaderCheck;
use windows_core::{GUID, Interface};

// Every constant is cast to i64, whatever its type.
#[allow(clippy::unnecessary_cast)]
mod generated {
    use super::*;
    use std::mem::offset_of;
    include!("generated/header_tables.rs");
}
use generated::{CONSTANTS, GUIDS, INTERFACES, OFFSETS, SIZES};

/// Metadata values that the headers' hand-written parts define.
const HAND_WRITTEN_CONSTANTS: &[(&str, i64)] = &[
    ("MF_SDK_VERSION", MF_SDK_VERSION as i64),
    ("MF_API_VERSION", MF_API_VERSION as i64),
    ("MF_VERSION", MF_VERSION as i64),
    ("MFSTARTUP_FULL", MFSTARTUP_FULL as i64),
    ("MFSTARTUP_LITE", MFSTARTUP_LITE as i64),
    ("MFSTARTUP_NOSOCKET", MFSTARTUP_NOSOCKET as i64),
];

/// Metadata GUIDs that the headers' hand-written parts define.
const HAND_WRITTEN_GUIDS: &[(&str, GUID)] = &[
    ("MF_EVENT_SESSIONCAPS", MF_EVENT_SESSIONCAPS),
    ("MF_EVENT_SESSIONCAPS_DELTA", MF_EVENT_SESSIONCAPS_DELTA),
    ("MF_EVENT_TOPOLOGY_STATUS", MF_EVENT_TOPOLOGY_STATUS),
];

#[test]
fn layouts_and_values_match_the_metadata() {
    let mut c = HeaderCheck::new("mfidl.h");
    for header in ["mftransform.h", "mfapi.h", "mferror.h"] {
        c.include(header);
    }
    c.size("PROPVARIANT", size_of::<PROPVARIANT>());
    for &(c_type, size) in SIZES {
        c.size(c_type, size);
    }
    for &(c_type, member, offset) in OFFSETS {
        c.offset(c_type, member, offset);
    }
    for &(name, value) in CONSTANTS.iter().chain(HAND_WRITTEN_CONSTANTS) {
        if value == i64::MIN {
            // i64::MIN has no C literal; its successor has.
            c.constant(&format!("{name} + 1"), value + 1);
        } else {
            c.constant(name, value);
        }
    }
    c.compile(&include_dir()).unwrap();
}

/// Every GUID and IID, compared byte for byte with the headers' by a C and
/// a C++ program (a GUID is not a constant expression in C, so this runs
/// rather than asserts statically).
#[test]
fn guids_match_the_metadata() {
    let mut checks = String::new();
    for (name, g) in GUIDS.iter().chain(HAND_WRITTEN_GUIDS) {
        let bytes: Vec<String> = g.data4.iter().map(|b| format!("0x{b:02x}")).collect();
        checks.push_str(&format!(
            "    {{ static const GUID want = {{0x{:08x}, 0x{:04x}, 0x{:04x}, {{{}}}}}; \
             if (memcmp(&{name}, &want, sizeof want)) {{ puts(\"{name}\"); bad = 1; }} }}\n",
            g.data1,
            g.data2,
            g.data3,
            bytes.join(", ")
        ));
    }
    let program = format!(
        "#include <mfidl.h>\n#include <mfapi.h>\n#include <mftransform.h>\n#include <stdio.h>\n#include <string.h>\nint main(void) {{\n    int bad = 0;\n{checks}    return bad;\n}}\n"
    );
    run_program("guids.c", &program).unwrap();
    run_program("guids.cpp", &program).unwrap();
}

fn include_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../include")
}

/// Builds `source` (C or C++ by its extension) against include/ with the
/// flags of scripts/test.sh and runs it; `Err` holds the complaint.
fn run_program(file: &str, source: &str) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("mf-header-{}-{file}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let (src, exe) = (dir.join(file), dir.join("program"));
    std::fs::write(&src, source).map_err(|e| e.to_string())?;
    let (compiler, std) = if file.ends_with(".cpp") {
        ("c++", "-std=c++17")
    } else {
        ("cc", "-std=c11")
    };
    let built = Command::new(compiler)
        .args(["-fshort-wchar", std, "-Wall", "-Wextra", "-Werror", "-I"])
        .arg(include_dir())
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .output()
        .map_err(|e| e.to_string())?;
    let result = if !built.status.success() {
        Err(format!(
            "{file}:\n{}",
            String::from_utf8_lossy(&built.stderr)
        ))
    } else {
        let ran = Command::new(&exe).output().map_err(|e| e.to_string())?;
        if ran.status.success() {
            Ok(())
        } else {
            Err(format!(
                "{file} failed ({}): {}",
                ran.status,
                String::from_utf8_lossy(&ran.stdout)
            ))
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// COBJMACROS: every macro the headers define, called with its interface
/// and arguments in a function never run, compiles in C.
#[test]
fn cobjmacros_compile_for_every_interface() {
    let mut calls = String::new();
    for header in ["unknwn.h", "mfobjects.h", "mftransform.h", "mfidl.h"] {
        let text = std::fs::read_to_string(include_dir().join(header)).unwrap();
        for line in text
            .lines()
            .filter(|l| l.starts_with("#define ") && l.contains("->lpVtbl->"))
        {
            let head = &line["#define ".len()..line.find(')').unwrap()];
            let (name, params) = head.split_once('(').unwrap();
            let iface = name.split('_').next().unwrap();
            let mut args = vec![format!("({iface} *)p")];
            args.extend(params.split(',').skip(1).map(|_| "0".to_string()));
            calls.push_str(&format!("    {name}({});\n", args.join(", ")));
        }
    }
    assert!(calls.contains("    IMFMediaSession_GetEvent((IMFMediaSession *)p, 0, 0);"));
    assert!(calls.contains("    IMFMediaSession_QueryInterface((IMFMediaSession *)p, 0, 0);"));
    assert!(calls.contains("    IMFTopologyNode_SetUINT32((IMFTopologyNode *)p, 0, 0);"));
    let program = format!(
        "#define COBJMACROS\n#include <mfidl.h>\n#include <mfapi.h>\n\
         void never_called(void *p);\nvoid never_called(void *p) {{\n{calls}}}\nint main(void) {{ return 0; }}\n"
    );
    run_program("cobjmacros.c", &program).unwrap();
}

/// C++: __uuidof of every interface (as a type, through a pointer and
/// through IID_PPV_ARGS) is its IID; OFFSETOFCLASS and QITABENT give the
/// offsets of a class's interfaces; the inline size helpers pack.
#[test]
fn cpp_uuidof_and_iid_ppv_args() {
    let mut uuids = String::new();
    for i in INTERFACES {
        uuids.push_str(&format!(
            "    if (!(__uuidof({i}) == IID_{i})) {{ puts(\"{i}\"); return 1; }}\n"
        ));
    }
    let program = format!(
        r#"#include <mfidl.h>
#include <mfapi.h>
#include <shlwapi.h>
#include <stdio.h>
static const IID *seen;
static HRESULT fake_create(REFIID riid, void **ppv) {{ seen = &riid; *ppv = nullptr; return S_OK; }}
struct Both : public IMFAsyncCallback, public IMFClockStateSink {{ }};
int main() {{
    IMFMediaSession *pSession = nullptr;
    if (!(__uuidof(pSession) == IID_IMFMediaSession)) return 2;
    fake_create(IID_PPV_ARGS(&pSession));
    if (!(*seen == IID_IMFMediaSession)) return 3;
    UINT32 w = 0, h = 0;
    UnpackSize(PackSize(640, 480), &w, &h);
    if (PackSize(640, 480) != ((UINT64)640 << 32 | 480) || w != 640 || h != 480) return 4;
    static const QITAB qit[] = {{ QITABENT(Both, IMFAsyncCallback), QITABENT(Both, IMFClockStateSink), {{ 0, 0 }} }};
    if (qit[1].dwOffset != sizeof(void *) || !(*qit[0].piid == IID_IMFAsyncCallback)) return 5;
{uuids}    return 0;
}}
"#
    );
    run_program("uuidof.cpp", &program).unwrap();
}

/// C++ calls that need the library only to link: the SDK's default for
/// MFStartup's flags and the inline attribute helpers, compiled.
#[test]
fn cpp_mfstartup_default_and_attribute_helpers_compile() {
    let program = r#"#include <mfidl.h>
#include <mfapi.h>
#include <propvarutil.h>
void never_called(IMFAttributes *a);
void never_called(IMFAttributes *a) {
    UINT32 w, h, n, d;
    MFStartup(MF_VERSION);
    MFSetAttributeSize(a, MF_MT_FRAME_SIZE, 640, 480);
    MFGetAttributeSize(a, MF_MT_FRAME_SIZE, &w, &h);
    MFSetAttributeRatio(a, MF_MT_FRAME_RATE, 30000, 1001);
    MFGetAttributeRatio(a, MF_MT_PIXEL_ASPECT_RATIO, &n, &d);
    (void)MFGetAttributeUINT32(a, MF_MT_AVG_BITRATE, 0);
    (void)MFGetAttributeUINT64(a, MF_MT_FRAME_SIZE, 0);
    (void)MFGetAttributeDouble(a, MF_MT_FRAME_RATE, 0.0);
    PROPVARIANT v;
    InitPropVariantFromUInt32(7, &v);
    ULONG u;
    PropVariantToUInt32(v, &u);
}
int main() { return 0; }
"#;
    let dir = std::env::temp_dir().join(format!("mf-header-{}-helpers", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("helpers.cpp");
    std::fs::write(&src, program).unwrap();
    let out = Command::new("c++")
        .args([
            "-fshort-wchar",
            "-std=c++17",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-fsyntax-only",
            "-I",
        ])
        .arg(include_dir())
        .arg(&src)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
