//! Checking a C header against Rust values from windows-sys: the values
//! become `_Static_assert`s, compiled with the system compiler as C and as
//! C++ (with CINTERFACE, so COM interfaces are the C structs whose layout
//! is asserted) against `include/`; the headers alone are also compiled as
//! plain C++, where COM interfaces are classes, and a C++ program built
//! from them checks that each class's virtual method sits in the vtable slot
//! the C struct gives it. Used by each DLL crate's header test.

use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;

/// The C++ slot check's body, after the headers; `SLOT` lines and the end
/// of `main` follow.
const SLOT_PROGRAM: &str = r#"#include <stdio.h>
#include <string.h>
template <typename F> static long slot_of(F f) {
    static_assert(sizeof(F) == 2 * sizeof(void *), "Itanium member pointers");
    unsigned long bits[2];
    memcpy(bits, &f, sizeof bits);
    return (long)((bits[0] - 1) / sizeof(void *));
}
static int bad;
#define SLOT(cls, m, want) do { long got = slot_of(&cls::m); \
    if (got != (want)) { printf(#cls "::" #m " in slot %ld, the C vtable's is %d\n", got, (want)); bad = 1; } } while (0)
int main() {
"#;

/// Collects assertions for one header.
pub struct HeaderCheck {
    includes: String,
    source: String,
    /// C++ checks of virtual slots, one per method of a COM vtable.
    slots: String,
}

impl HeaderCheck {
    pub fn new(header: &str) -> HeaderCheck {
        HeaderCheck {
            includes: format!("#include <{header}>\n"),
            source: format!(
                "#include <{header}>\n#include <stddef.h>\n#ifdef __cplusplus\n#define _Static_assert static_assert\n#endif\n"
            ),
            slots: String::new(),
        }
    }

    /// Includes one more header.
    pub fn include(&mut self, header: &str) {
        self.includes.push_str(&format!("#include <{header}>\n"));
        self.source.push_str(&format!("#include <{header}>\n"));
    }

    pub fn size(&mut self, c_type: &str, size: usize) {
        self.source.push_str(&format!(
            "_Static_assert(sizeof({c_type}) == {size}, \"sizeof {c_type}\");\n"
        ));
    }

    /// A field's offset; for a COM vtable (`IFooVtbl`), also the slot of
    /// the method in the C++ class `IFoo`.
    pub fn offset(&mut self, c_type: &str, field: &str, offset: usize) {
        self.source.push_str(&format!(
            "_Static_assert(offsetof({c_type}, {field}) == {offset}, \"offsetof {c_type}.{field}\");\n"
        ));
        if let Some(class) = c_type.strip_suffix("Vtbl") {
            let slot = offset / size_of::<usize>();
            self.slots
                .push_str(&format!("    SLOT({class}, {field}, {slot});\n"));
        }
    }

    pub fn constant(&mut self, name: &str, value: i64) {
        self.source.push_str(&format!(
            "_Static_assert((long long)({name}) == (long long)({value}), \"value of {name}\");\n"
        ));
    }

    /// Compile as C and C++; the compiler's complaint on failure.
    pub fn compile(&self, include_dir: &Path) -> Result<(), String> {
        let dir =
            std::env::temp_dir().join(format!("header-check-{}-{:p}", std::process::id(), self));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let src = dir.join("check.c");
        std::fs::write(&src, &self.source).map_err(|e| e.to_string())?;
        let classes = dir.join("classes.c");
        std::fs::write(&classes, &self.includes).map_err(|e| e.to_string())?;
        let syntax = OsStr::new("-fsyntax-only");
        let result = cc("c", &[syntax], include_dir, &src)
            .and_then(|_| {
                cc(
                    "c++",
                    &[syntax, OsStr::new("-DCINTERFACE")],
                    include_dir,
                    &src,
                )
            })
            .and_then(|_| cc("c++", &[syntax], include_dir, &classes))
            .and_then(|_| {
                if self.slots.is_empty() {
                    Ok(())
                } else {
                    self.run_slots(&dir, include_dir)
                }
            });
        let _ = std::fs::remove_dir_all(&dir);
        result
    }

    /// Builds and runs the C++ program that reads each method's slot out of
    /// its pointer to member: in the Itanium C++ ABI (g++ and clang on
    /// Linux) a pointer to a virtual member function holds 1 plus the
    /// method's byte offset in the vtable.
    fn run_slots(&self, dir: &Path, include_dir: &Path) -> Result<(), String> {
        let program = format!(
            "{}{SLOT_PROGRAM}{}    return bad;\n}}\n",
            self.includes, self.slots
        );
        let src = dir.join("slots.cpp");
        let exe = dir.join("slots");
        std::fs::write(&src, program).map_err(|e| e.to_string())?;
        cc(
            "c++",
            &[OsStr::new("-o"), exe.as_os_str()],
            include_dir,
            &src,
        )?;
        let ran = Command::new(&exe)
            .output()
            .map_err(|e| format!("cannot run the slot check: {e}"))?;
        if !ran.status.success() {
            return Err(format!(
                "C++ classes and C vtables disagree:\n{}",
                String::from_utf8_lossy(&ran.stdout)
            ));
        }
        Ok(())
    }
}

/// Runs the system compiler on `file` as `lang` with `extra` arguments,
/// against the headers of `include_dir`; on failure, the compiler's
/// complaint headed by the language and arguments.
fn cc(lang: &str, extra: &[&OsStr], include_dir: &Path, file: &Path) -> Result<(), String> {
    let out = Command::new("cc")
        .args(["-fshort-wchar", "-Wall", "-Werror", "-x", lang])
        .args(extra)
        .arg("-I")
        .arg(include_dir)
        .arg(file)
        .output()
        .map_err(|e| format!("cannot run cc: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    Err(format!(
        "{lang} {extra:?}:\n{}",
        String::from_utf8_lossy(&out.stderr)
    ))
}

/// `header_sizes!(check, module, Type, ...)`: sizeof each windows-sys type.
#[macro_export]
macro_rules! header_sizes {
    ($check:expr, $m:path, $($t:ident),* $(,)?) => {{
        use $m as m;
        $( $check.size(stringify!($t), size_of::<m::$t>()); )*
    }};
}

/// `header_offsets!(check, module, Type.field, ...)`.
#[macro_export]
macro_rules! header_offsets {
    ($check:expr, $m:path, $($t:ident . $f:ident),* $(,)?) => {{
        use $m as m;
        $( $check.offset(stringify!($t), stringify!($f), std::mem::offset_of!(m::$t, $f)); )*
    }};
}

/// `header_constants!(check, module, NAME, ...)`.
#[macro_export]
macro_rules! header_constants {
    ($check:expr, $m:path, $($name:ident),* $(,)?) => {{
        use $m as m;
        $( $check.constant(stringify!($name), m::$name as i64); )*
    }};
}
