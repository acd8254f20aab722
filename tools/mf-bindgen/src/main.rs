//! Generates the Media Foundation COM interfaces (IIDs, vtables in the SDK's
//! order, caller wrappers and `_Impl` traits) and the constants listed in
//! `filter.txt`, then hardens the generated vtable shims, which C code
//! calls directly:
//!
//! - an out pointer that the shim writes the result through is checked for
//!   NULL first (E_POINTER), before the implementation runs: windows-bindgen
//!   writes through it unchecked, and Media Foundation checks arguments
//!   before state (CONFORMANCE G6, G9). Only a parameter the metadata marks
//!   `[out]` alone, neither `[optional]` nor `[in, out]`, becomes such a
//!   written result (windows-bindgen's retval rule), so every pointer the
//!   metadata calls optional already reaches the implementation as it is.
//!   Where Windows departs from that rule for a pointer the metadata calls
//!   required, [`OUT_RULES`] says how, method by method;
//! - the call into the implementation runs inside `crate::com::barrier`, so
//!   a panic becomes E_UNEXPECTED instead of unwinding into C.
//!
//! PROPVARIANT's BSTR members become plain `*mut u16` (a BSTR's ABI): the
//! `windows_core::BSTR` type exists only on Windows, and no code here owns
//! a BSTR.

use std::path::Path;

const E_POINTER: &str = "windows_core::HRESULT(0x8000_4003_u32 as i32)";
const E_INVALIDARG: &str = "windows_core::HRESULT(0x8007_0057_u32 as i32)";

/// What a method's written-result pointer does when it is NULL, where
/// Windows does not answer E_POINTER before the call.
#[derive(Clone, Copy)]
enum Null {
    /// Windows answers this HRESULT, still before the implementation runs.
    Answers(&'static str),
    /// Windows allows NULL: the implementation runs, and its result is
    /// written only where asked (the `_Impl` method keeps its signature).
    Optional,
    /// The implementation takes the pointer itself and returns the HRESULT:
    /// Windows lets it be NULL (and then writes nothing), checks state
    /// before it, or writes it together with a code other than S_OK.
    Passed,
}

/// The exceptions, as (interface::method, parameter, rule), each from the
/// method's documentation or from Windows' answers recorded by Wine's
/// conformance tests (mfplat.c, mf.c: `ok()` lines without `todo_wine`).
/// Generation fails when an entry no longer names a written result.
const OUT_RULES: &[(&str, &str, Null)] = &[
    // test_sample: GetBufferCount(NULL) is E_INVALIDARG.
    (
        "IMFSample::GetBufferCount",
        "pdwbuffercount",
        Null::Answers(E_INVALIDARG),
    ),
    // test_sample: NULL makes the sample contiguous all the same; an empty
    // sample is E_UNEXPECTED.
    (
        "IMFSample::ConvertToContiguousBuffer",
        "ppbuffer",
        Null::Passed,
    ),
    // test_MFCreateCollection: a NULL element is E_UNEXPECTED with NULL
    // written, an index past the end E_INVALIDARG with nothing written.
    ("IMFCollection::GetElement", "ppunkelement", Null::Passed),
    // The element removed may be a NULL one (AddElement(NULL) is allowed).
    ("IMFCollection::RemoveElement", "ppunkelement", Null::Passed),
    // test_media_type: S_FALSE comes with the flags that still hold, and
    // E_INVALIDARG with them zeroed.
    ("IMFMediaType::IsEqual", "pdwflags", Null::Passed),
    // The page: ppMediaType "can be NULL" (test_stream_descriptor).
    (
        "IMFMediaTypeHandler::IsMediaTypeSupported",
        "ppmediatype",
        Null::Optional,
    ),
    // The page: ppunkKey may be NULL; MF_S_CLOCK_STOPPED comes with the key.
    ("IMFTimer::SetTimer", "ppunkkey", Null::Passed),
    // test_presentation_clock: without a time source the clock answers
    // MF_E_CLOCK_NO_TIME_SOURCE even for NULL.
    (
        "IMFClock::GetClockCharacteristics",
        "pdwcharacteristics",
        Null::Passed,
    ),
    // test_presentation_clock: GetTimeSource(NULL) and
    // GetShutdownStatus(NULL) are E_INVALIDARG.
    (
        "IMFPresentationClock::GetTimeSource",
        "pptimesource",
        Null::Answers(E_INVALIDARG),
    ),
    (
        "IMFShutdown::GetShutdownStatus",
        "pstatus",
        Null::Answers(E_INVALIDARG),
    ),
    // test_topology_node: a node with no object, or a stream with no
    // preferred type, answers E_FAIL with NULL written (past the last
    // stream: E_INVALIDARG, nothing written).
    ("IMFTopologyNode::GetObject", "ppobject", Null::Passed),
    ("IMFTopologyNode::GetInputPrefType", "pptype", Null::Passed),
    ("IMFTopologyNode::GetOutputPrefType", "pptype", Null::Passed),
    // test_bytestream (the file byte stream): GetLength(NULL) and
    // GetCurrentPosition(NULL) are E_INVALIDARG.
    (
        "IMFByteStream::GetLength",
        "pqwlength",
        Null::Answers(E_INVALIDARG),
    ),
    (
        "IMFByteStream::GetCurrentPosition",
        "pqwposition",
        Null::Answers(E_INVALIDARG),
    ),
];

fn main() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = here.join("../../dlls/mfplat/src/bindings.rs");
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
    std::fs::write(&*out, pass_pointers(&formatted))
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

/// Applies the shim rewrites to every vtable shim.
fn harden(src: &str) -> String {
    const SHIM: &str = "unsafe extern \"system\" fn ";
    let mut out = String::with_capacity(src.len() + src.len() / 4);
    let mut rest = src;
    let mut applied = Vec::new();
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
        out.push_str(&harden_shim(&shim[..end], &mut applied));
        rest = &shim[end..];
    }
    out.push_str(rest);
    for (method, _, _) in OUT_RULES {
        assert!(
            applied.contains(method),
            "OUT_RULES: {method} has no written result"
        );
    }
    out
}

fn harden_shim(shim: &str, applied: &mut Vec<&'static str>) -> String {
    let Some((start, end)) = find_impl_call(shim) else {
        return shim.to_string();
    };
    let name = shim[start..]
        .split('(')
        .next()
        .unwrap_or("")
        .replace("_Impl", "");
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
    let mut null_answer = E_POINTER;
    if let Some((method, param, null)) = OUT_RULES.iter().find(|(m, _, _)| *m == name) {
        assert_eq!(outs, [*param], "OUT_RULES: {method} writes {outs:?}");
        applied.push(method);
        match null {
            Null::Answers(code) => null_answer = code,
            Null::Passed => return passed_shim(shim, start, end, &name, param),
            Null::Optional => {
                let call = format!("crate::com::barrier(\"{name}\", || {})", &shim[start..end]);
                let write = format!("{param}.write(");
                let at = shim.find(&write).unwrap_or_default();
                let stmt_end = at + shim[at..].find(");").unwrap_or_default() + 2;
                return format!(
                    "{}{call}{}if !{param}.is_null() {{ {} }}{}",
                    &shim[..start],
                    &shim[end..at],
                    &shim[at..stmt_end],
                    &shim[stmt_end..]
                );
            }
        }
    }
    let mut body = format!(
        "{}crate::com::barrier(\"{name}\", || {}){}",
        &shim[..start],
        &shim[start..end],
        &shim[end..]
    );
    let checks: String = outs
        .iter()
        .map(|p| format!("if {p}.is_null() {{ return {null_answer}; }}\n"))
        .collect();
    if let Some(at) = body.find("let this: &Identity") {
        body.insert_str(at, &checks);
    }
    body
}

/// `match Impl::Method(args) { Ok(ok__) => { out.write(..); S_OK } Err(..) }`
/// becomes `barrier(|| Impl::Method(args, out))`: the implementation gets
/// the pointer and answers the HRESULT itself.
fn passed_shim(shim: &str, start: usize, end: usize, name: &str, param: &str) -> String {
    let head = shim[..start].trim_end();
    let head = head
        .strip_suffix("match")
        .unwrap_or_else(|| panic!("{name}: the call is not matched on"));
    let open = end
        + shim[end..]
            .find('{')
            .unwrap_or_else(|| panic!("{name}: no match arms"));
    let close = balanced(shim, open).unwrap_or_else(|| panic!("{name}: unbalanced arms"));
    let call = &shim[start..end];
    let args = call[..call.len() - 1].trim_end().trim_end_matches(',');
    format!(
        "{head}crate::com::barrier(\"{name}\", || {args}, {param})){}",
        &shim[close + 1..]
    )
}

/// The index of the bracket closing the one at `open`.
fn balanced(s: &str, open: usize) -> Option<usize> {
    let (o, c) = match s[open..].chars().next()? {
        '(' => ('(', ')'),
        '{' => ('{', '}'),
        _ => return None,
    };
    let mut depth = 0usize;
    for (i, ch) in s[open..].char_indices() {
        if ch == o {
            depth += 1;
        } else if ch == c {
            depth -= 1;
            if depth == 0 {
                return Some(open + i);
            }
        }
    }
    None
}

/// The span of `IFoo_Impl::Method(...)`.
fn find_impl_call(shim: &str) -> Option<(usize, usize)> {
    let open = shim.find("_Impl::")?;
    let start = shim[..open]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |p| p + 1);
    let paren = open + shim[open..].find('(')?;
    Some((start, balanced(shim, paren)? + 1))
}

/// The `_Impl` trait methods of the [`Null::Passed`] rules take the pointer
/// as the shim declares it and return the HRESULT.
fn pass_pointers(src: &str) -> String {
    let mut out = src.to_string();
    for (method, param, null) in OUT_RULES {
        if !matches!(null, Null::Passed) {
            continue;
        }
        let (iface, name) = method.split_once("::").unwrap_or_default();
        let ty = shim_param_type(&out, iface, name, param)
            .unwrap_or_else(|| panic!("{method}: no shim parameter {param}"));
        let trait_at = out
            .find(&format!("pub trait {iface}_Impl"))
            .unwrap_or_else(|| panic!("{method}: no trait"));
        let fn_at = trait_at
            + out[trait_at..]
                .find(&format!("fn {name}("))
                .unwrap_or_else(|| panic!("{method}: no trait method"));
        let open = fn_at + out[fn_at..].find('(').unwrap_or_default();
        let close = balanced(&out, open).unwrap_or_else(|| panic!("{method}: unbalanced"));
        let semi = close + out[close..].find(';').unwrap_or_default();
        let params = out[open + 1..close].trim_end().trim_end_matches(',');
        let declared = format!("({params}, {param}: {ty}) -> windows_core::HRESULT");
        out.replace_range(open..semi, &declared);
    }
    out
}

/// The type the vtable shim of `iface::name` gives `param`.
fn shim_param_type(src: &str, iface: &str, name: &str, param: &str) -> Option<String> {
    let vtbl = src.find(&format!("impl {iface}_Vtbl"))?;
    let shim = vtbl + src[vtbl..].find(&format!("unsafe extern \"system\" fn {name}<"))?;
    let generics = shim + src[shim..].find('<')?;
    let mut depth = 0usize;
    let mut open = None;
    for (i, c) in src[generics..].char_indices() {
        match c {
            '<' => depth += 1,
            '>' => depth -= 1,
            '(' if depth == 0 => {
                open = Some(generics + i);
                break;
            }
            _ => {}
        }
    }
    let open = open?;
    let close = balanced(src, open)?;
    src[open + 1..close].split(',').find_map(|p| {
        let (n, ty) = p.split_once(':')?;
        (n.trim() == param).then(|| ty.trim().to_string())
    })
}
