//! Process facts from /proc (CONFORMANCE.md §6.4).

use std::fs;
use std::path::Path;

/// The audit session id the kernel uses for "not in a login session".
pub const AUDIT_UNSET: u32 = u32::MAX;

#[derive(Debug, Clone, PartialEq)]
pub struct ProcEntry {
    pub pid: u32,
    pub name: String,
    pub state: char,
    /// The POSIX session (getsid) the process belongs to.
    pub sid: u32,
    pub uid: Option<u32>,
    pub threads: u32,
    pub utime_ticks: u64,
    pub stime_ticks: u64,
    /// The kernel audit session (`/proc/PID/sessionid`), if set.
    pub audit_session: Option<u32>,
    pub vm_size_kb: u64,
    pub vm_peak_kb: u64,
    pub vm_rss_kb: u64,
    pub vm_hwm_kb: u64,
    pub fds: u32,
}

/// The fields of `/proc/PID/stat` after the command name, which may itself
/// contain spaces and parentheses.
fn stat_fields(stat: &str) -> Option<(String, Vec<&str>)> {
    let open = stat.find('(')?;
    let close = stat.rfind(')')?;
    let comm = stat.get(open + 1..close)?.to_string();
    let rest = stat.get(close + 1..)?;
    Some((comm, rest.split_whitespace().collect()))
}

fn status_value(status: &str, key: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
}

pub fn audit_session(dir: &Path) -> Option<u32> {
    fs::read_to_string(dir.join("sessionid"))
        .ok()
        .and_then(|s| s.trim().parse::<u32>().ok())
        .filter(|&id| id != AUDIT_UNSET)
}

/// Read one process; `None` when it vanished or is unreadable.
pub fn read_entry(proc_root: &Path, pid: u32) -> Option<ProcEntry> {
    let dir = proc_root.join(pid.to_string());
    let stat = fs::read_to_string(dir.join("stat")).ok()?;
    let (comm, f) = stat_fields(&stat)?;
    let field = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok());
    let status = fs::read_to_string(dir.join("status")).unwrap_or_default();
    let name = fs::read_link(dir.join("exe"))
        .ok()
        .and_then(|p| {
            p.file_name().map(|n| {
                n.to_string_lossy()
                    .trim_end_matches(" (deleted)")
                    .to_string()
            })
        })
        .filter(|n| !n.is_empty())
        .unwrap_or(comm);
    let fds = fs::read_dir(dir.join("fd"))
        .map(|d| d.count() as u32)
        .unwrap_or(0);
    let uid = status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok());
    Some(ProcEntry {
        pid,
        name,
        state: f.first().and_then(|s| s.chars().next()).unwrap_or('?'),
        sid: field(3).unwrap_or(0) as u32,
        uid,
        threads: field(17).unwrap_or(1) as u32,
        utime_ticks: field(11).unwrap_or(0),
        stime_ticks: field(12).unwrap_or(0),
        audit_session: audit_session(&dir),
        vm_size_kb: status_value(&status, "VmSize:").unwrap_or(0),
        vm_peak_kb: status_value(&status, "VmPeak:").unwrap_or(0),
        vm_rss_kb: status_value(&status, "VmRSS:").unwrap_or(0),
        vm_hwm_kb: status_value(&status, "VmHWM:").unwrap_or(0),
        fds,
    })
}

/// Every process under `proc_root`.
pub fn list(proc_root: &Path) -> std::io::Result<Vec<ProcEntry>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(proc_root)? {
        let Ok(entry) = entry else { continue };
        let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse().ok()) else {
            continue;
        };
        if let Some(p) = read_entry(proc_root, pid) {
            out.push(p);
        }
    }
    out.sort_by_key(|p| p.pid);
    Ok(out)
}

/// A process counts as running unless it is gone or a zombie.
pub fn alive(proc_root: &Path, pid: u32) -> bool {
    let Ok(stat) = fs::read_to_string(proc_root.join(pid.to_string()).join("stat")) else {
        return false;
    };
    stat_fields(&stat)
        .and_then(|(_, f)| {
            f.first()
                .map(|s| !s.starts_with('Z') && !s.starts_with('X'))
        })
        .unwrap_or(false)
}

pub fn clock_ticks_per_second() -> u64 {
    // SAFETY: sysconf has no preconditions.
    let t = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if t > 0 { t as u64 } else { 100 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_with_parentheses_in_the_name() {
        let (comm, f) =
            stat_fields("42 (we ird) (x)) S 1 42 42 0 -1 4194560 1 2 3 4 10 20 0 0 20 0 3 0")
                .unwrap();
        assert_eq!(comm, "we ird) (x)");
        assert_eq!(f[0], "S");
        assert_eq!(f[3], "42");
        assert_eq!(f[11], "10");
        assert_eq!(f[17], "3");
    }

    #[test]
    fn reads_this_process() {
        let me = std::process::id();
        let e = read_entry(Path::new("/proc"), me).unwrap();
        assert_eq!(e.pid, me);
        assert!(e.threads >= 1);
        assert!(e.vm_rss_kb > 0);
        assert!(alive(Path::new("/proc"), me));
        assert!(!alive(Path::new("/proc"), u32::MAX - 1));
    }
}
