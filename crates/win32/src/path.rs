//! Windows path names as Linux paths: one rule for every DLL that takes a
//! file name (kernel32's CreateFileW, mfplat's MFCreateFile and source
//! resolver), so a program that builds `C:\Temp\tone.wav` or
//! `out\played.wav` finds the same file through each of them.
//!
//! - `\` and `/` are both separators, as in Win32 file names.
//! - The `\\?\` and `\\.\` prefixes (no normalisation, device namespace)
//!   are dropped: the rest is an ordinary path here.
//! - A drive letter names the root: `C:\Temp\x` is `/Temp/x`. Linux has
//!   one tree, so every drive is it; a drive-relative `C:x` is relative to
//!   the current directory, and `C:` alone is the current directory.
//! - The device names `NUL`, `CONIN$` and `CONOUT$` are `/dev/null`,
//!   `/dev/stdin` and `/dev/stdout`.
//! - A UNC name `\\server\share\x` keeps its two leading separators
//!   (`//server/share/x`), which Linux reads as `/server/share/x`: a share
//!   mounted there is found, and nothing is reached over the network.
//! - Everything else (case, dots, spaces) is left as written.

use std::path::PathBuf;

/// The Linux path a Windows file name names.
pub fn from_windows(name: &str) -> PathBuf {
    let mut rest = name;
    let unc;
    if let Some(r) = rest
        .strip_prefix(r"\\?\UNC\")
        .or_else(|| rest.strip_prefix("//?/UNC/"))
    {
        // \\?\UNC\server\share is \\server\share.
        unc = format!("//{r}");
        rest = &unc;
    } else {
        for prefix in [r"\\?\", r"\\.\", "//?/", "//./"] {
            if let Some(r) = rest.strip_prefix(prefix) {
                rest = r;
                break;
            }
        }
    }
    match rest.to_ascii_uppercase().as_str() {
        "NUL" => return PathBuf::from("/dev/null"),
        "CONIN$" => return PathBuf::from("/dev/stdin"),
        "CONOUT$" => return PathBuf::from("/dev/stdout"),
        _ => {}
    }
    let bytes = rest.as_bytes();
    if bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' {
        rest = &rest[2..];
        if rest.is_empty() {
            rest = ".";
        }
    }
    PathBuf::from(rest.replace('\\', "/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_names_map_to_one_tree() {
        assert_eq!(
            from_windows(r"C:\Temp\tone.wav"),
            PathBuf::from("/Temp/tone.wav")
        );
        assert_eq!(from_windows(r"c:/Temp\x"), PathBuf::from("/Temp/x"));
        assert_eq!(from_windows(r"D:relative\x"), PathBuf::from("relative/x"));
        assert_eq!(from_windows("C:"), PathBuf::from("."));
        assert_eq!(from_windows("nul"), PathBuf::from("/dev/null"));
        assert_eq!(
            from_windows(r"\\?\UNC\srv\share\f"),
            PathBuf::from("//srv/share/f")
        );
        assert_eq!(from_windows("CONOUT$"), PathBuf::from("/dev/stdout"));
        assert_eq!(
            from_windows(r"\\?\C:\long\name"),
            PathBuf::from("/long/name")
        );
        assert_eq!(
            from_windows(r"\\server\share\x"),
            PathBuf::from("//server/share/x")
        );
        assert_eq!(
            from_windows(r"out\played.wav"),
            PathBuf::from("out/played.wav")
        );
        assert_eq!(from_windows("/tmp/a b.wav"), PathBuf::from("/tmp/a b.wav"));
        assert_eq!(
            from_windows(r"..\Common\Report.h"),
            PathBuf::from("../Common/Report.h")
        );
    }
}
