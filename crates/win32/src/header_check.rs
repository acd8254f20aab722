//! Checking a C header against Rust values from windows-sys: the values
//! become `_Static_assert`s, compiled with the system compiler as C and as
//! C++ (with CINTERFACE, so COM interfaces are the C structs whose layout
//! is asserted) against `include/`; the headers alone are also compiled as
//! plain C++, where COM interfaces are classes. Used by each DLL crate's
//! header test.

use std::path::Path;
use std::process::Command;

/// Collects assertions for one header.
pub struct HeaderCheck {
    includes: String,
    source: String,
}

impl HeaderCheck {
    pub fn new(header: &str) -> HeaderCheck {
        HeaderCheck {
            includes: format!("#include <{header}>\n"),
            source: format!(
                "#include <{header}>\n#include <stddef.h>\n#ifdef __cplusplus\n#define _Static_assert static_assert\n#endif\n"
            ),
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

    pub fn offset(&mut self, c_type: &str, field: &str, offset: usize) {
        self.source.push_str(&format!(
            "_Static_assert(offsetof({c_type}, {field}) == {offset}, \"offsetof {c_type}.{field}\");\n"
        ));
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
        let mut result = Ok(());
        for (lang, define, file) in [
            ("c", None, &src),
            ("c++", Some("-DCINTERFACE"), &src),
            ("c++", None, &classes),
        ] {
            let out = Command::new("cc")
                .args([
                    "-fshort-wchar",
                    "-fsyntax-only",
                    "-Wall",
                    "-Werror",
                    "-x",
                    lang,
                ])
                .args(define)
                .arg("-I")
                .arg(include_dir)
                .arg(file)
                .output()
                .map_err(|e| format!("cannot run cc: {e}"))?;
            if !out.status.success() {
                result = Err(format!(
                    "{lang} {}:\n{}",
                    define.unwrap_or(""),
                    String::from_utf8_lossy(&out.stderr)
                ));
                break;
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
        result
    }
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
