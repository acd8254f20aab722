//! Generates the Media Foundation COM interfaces (IIDs, vtables in the SDK's
//! order, caller wrappers and `_Impl` traits) and the constants listed in
//! `filter.txt`, then hardens the generated vtable shims, which C code
//! calls directly:
//!
//! - an out pointer that the shim writes the result through is checked for
//!   NULL first (E_POINTER), before the implementation runs: windows-bindgen
//!   writes through it unchecked, and Media Foundation checks arguments
//!   before state (CONFORMANCE G6, G9);
//! - the call into the implementation runs inside `crate::com::barrier`, so
//!   a panic becomes E_UNEXPECTED instead of unwinding into C.
//!
//! PROPVARIANT's BSTR members become plain `*mut u16` (a BSTR's ABI): the
//! `windows_core::BSTR` type exists only on Windows, and no code here owns
//! a BSTR.

use std::path::Path;

const E_POINTER: &str = "windows_core::HRESULT(0x8000_4003_u32 as i32)";

fn main() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = here.join("../../dlls/mf/src/bindings.rs");
    let filter = here.join("filter.txt");
    let (out, filter) = (out.to_string_lossy(), filter.to_string_lossy());
    windows_bindgen::bindgen([
        "--in",
        "default",
        "--out",
        &*out,
        "--flat",
        "--implement",
        "--filter-file",
        &*filter,
    ]);
    let generated = std::fs::read_to_string(&*out).unwrap_or_default();
    let hardened = harden(&generated).replace("windows_core::BSTR", "*mut u16");
    std::fs::write(&*out, hardened).unwrap_or_else(|e| panic!("writing {out}: {e}"));
    rustfmt(&out);
    let formatted = std::fs::read_to_string(&*out).unwrap_or_default();
    std::fs::write(&*out, set_timer_status(&formatted))
        .unwrap_or_else(|e| panic!("writing {out}: {e}"));
    rustfmt(&out);
}

fn rustfmt(path: &str) {
    let ok = std::process::Command::new("rustfmt")
        .args(["--edition", "2024", path])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "rustfmt {path} failed");
}

/// IMFTimer::SetTimer lets ppunkKey be NULL, and succeeds with
/// MF_S_CLOCK_STOPPED on a stopped clock (both documented): its `_Impl`
/// method returns the key with the success code, and the shim writes the
/// key only where asked to and returns that code.
fn set_timer_status(src: &str) -> String {
    const REWRITES: [(&str, &str); 2] = [
        (
            "    ) -> windows_core::Result<windows_core::IUnknown>;\n    fn CancelTimer(",
            "    ) -> windows_core::Result<(windows_core::IUnknown, windows_core::HRESULT)>;\n    fn CancelTimer(",
        ),
        (
            "Ok(ok__) => {\n                        ppunkkey.write(core::mem::transmute(ok__));\n                        windows_core::HRESULT(0)\n",
            "Ok((ok__, status__)) => {\nif !ppunkkey.is_null() { ppunkkey.write(core::mem::transmute(ok__)); }\nstatus__\n",
        ),
    ];
    let mut out = src.to_string();
    for (from, to) in REWRITES {
        assert_eq!(out.matches(from).count(), 1, "IMFTimer::SetTimer: {from}");
        out = out.replace(from, to);
    }
    out
}

/// Applies both rewrites to every vtable shim.
fn harden(src: &str) -> String {
    const SHIM: &str = "unsafe extern \"system\" fn ";
    let mut out = String::with_capacity(src.len() + src.len() / 4);
    let mut rest = src;
    while let Some(at) = rest.find(SHIM) {
        out.push_str(&rest[..at]);
        let shim = &rest[at..];
        // A shim ends where the next one (or the vtable literal) begins.
        let end = shim[SHIM.len()..]
            .find(SHIM)
            .map(|n| n + SHIM.len())
            .into_iter()
            .chain(shim.find("\n        Self {"))
            .min()
            .unwrap_or(shim.len());
        out.push_str(&harden_shim(&shim[..end]));
        rest = &shim[end..];
    }
    out.push_str(rest);
    out
}

fn harden_shim(shim: &str) -> String {
    let Some(call) = find_impl_call(shim) else {
        return shim.to_string();
    };
    let (start, end) = call;
    let name = shim[start..].split('(').next().unwrap_or("").replace("_Impl", "");
    let mut body = format!(
        "{}crate::com::barrier(\"{name}\", || {}){}",
        &shim[..start],
        &shim[start..end],
        &shim[end..]
    );
    let outs: Vec<String> = shim
        .match_indices(".write(")
        .map(|(i, _)| {
            let before = &shim[..i];
            let from = before
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(0, |p| p + 1);
            before[from..].to_string()
        })
        .collect();
    // ppunkKey may be NULL (set_timer_status).
    if !outs.is_empty() && name != "IMFTimer::SetTimer" {
        let checks: String = outs
            .iter()
            .map(|p| format!("if {p}.is_null() {{ return {E_POINTER}; }}\n"))
            .collect();
        if let Some(at) = body.find("let this: &Identity") {
            body.insert_str(at, &checks);
        }
    }
    body
}

/// The span of `IFoo_Impl::Method(...)`, found by balancing parentheses.
fn find_impl_call(shim: &str) -> Option<(usize, usize)> {
    let open = shim.find("_Impl::")?;
    let start = shim[..open]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |p| p + 1);
    let paren = open + shim[open..].find('(')?;
    let mut depth = 0usize;
    for (i, c) in shim[paren..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some((start, paren + i + 1));
                }
            }
            _ => {}
        }
    }
    None
}
