//! Where a response body goes: the progress bar on stderr, and -o's
//! temporary file that becomes FILE only once the body is whole.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// 12.3 KiB, as the progress bar shows sizes.
fn human(bytes: f64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{value:.0} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

const BAR_WIDTH: usize = 30;

/// The progress line: a bar and percent when the length is known, else
/// the bytes so far; the average rate either way.
fn progress_line(received: u64, total: Option<u64>, elapsed: Duration) -> String {
    let rate = received as f64 / elapsed.as_secs_f64().max(1e-3);
    match total.filter(|&t| t > 0) {
        Some(total) => {
            let percent = (received.saturating_mul(100) / total).min(100);
            let filled = (percent as usize * BAR_WIDTH) / 100;
            format!(
                "[{}{}] {percent:>3}% {} / {} {}/s",
                "#".repeat(filled),
                " ".repeat(BAR_WIDTH - filled),
                human(received as f64),
                human(total as f64),
                human(rate)
            )
        }
        None => format!("{} {}/s", human(received as f64), human(rate)),
    }
}

/// The progress bar on stderr: only on a terminal, only once the transfer
/// has run a while, redrawn at most 10 times a second.
pub struct Progress {
    enabled: bool,
    started: Instant,
    drawn: Option<Instant>,
    total: Option<u64>,
    received: u64,
}

const PROGRESS_DELAY: Duration = Duration::from_millis(500);
const PROGRESS_INTERVAL: Duration = Duration::from_millis(100);

impl Progress {
    pub fn new(enabled: bool, total: Option<u64>) -> Progress {
        Progress {
            enabled,
            started: Instant::now(),
            drawn: None,
            total,
            received: 0,
        }
    }

    pub fn add(&mut self, n: usize) {
        self.received += n as u64;
        let now = Instant::now();
        let due = match self.drawn {
            None => now - self.started >= PROGRESS_DELAY,
            Some(at) => now - at >= PROGRESS_INTERVAL,
        };
        if self.enabled && due {
            self.draw(now);
        }
    }

    fn draw(&mut self, now: Instant) {
        let line = progress_line(self.received, self.total, now - self.started);
        eprint!("\r{line}\x1b[K");
        let _ = std::io::stderr().flush();
        self.drawn = Some(now);
    }

    /// The last state, and the line ended, if a bar was shown.
    pub fn finish(&mut self) {
        if self.drawn.is_some() {
            self.draw(Instant::now());
            eprintln!();
        }
    }
}

/// -o FILE's temporary file beside it: renamed over FILE by `commit`,
/// removed if dropped before (an error, a 4xx, a panic unwinding).
pub struct Partial {
    pub file: File,
    pub temp: PathBuf,
    dest: PathBuf,
    committed: bool,
}

impl Partial {
    /// The temporary file for `dest`, created new (never one already there).
    pub fn create(dest: &Path) -> std::io::Result<Partial> {
        let name = dest
            .file_name()
            .ok_or_else(|| std::io::Error::other("not a file name"))?;
        let temp = dest.with_file_name(format!(
            ".{}.winsession-{}.part",
            name.to_string_lossy(),
            std::process::id()
        ));
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        Ok(Partial {
            file,
            temp,
            dest: dest.to_path_buf(),
            committed: false,
        })
    }

    /// Everything on disk, then FILE replaced whole.
    pub fn commit(mut self) -> std::io::Result<()> {
        self.file.sync_all()?;
        std::fs::rename(&self.temp, &self.dest)?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for Partial {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_lines() {
        let second = Duration::from_secs(1);
        assert_eq!(
            progress_line(512, Some(1024), second),
            format!(
                "[{}{}]  50% 512 B / 1.0 KiB 512 B/s",
                "#".repeat(15),
                " ".repeat(15)
            )
        );
        assert_eq!(
            progress_line(3 * 1024 * 1024, None, 2 * second),
            "3.0 MiB 1.5 MiB/s"
        );
        // More than announced never draws past the end.
        assert!(progress_line(2000, Some(1000), second).contains("100%"));
        assert_eq!(human(5.0 * 1024.0 * 1024.0 * 1024.0), "5.0 GiB");
    }

    #[test]
    fn a_partial_file_is_removed_unless_committed() {
        let dir = std::env::temp_dir().join(format!("winsession-http-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let dest = dir.join("out.bin");
        std::fs::write(&dest, b"old").unwrap();
        let mut p = Partial::create(&dest).unwrap();
        p.file.write_all(b"half").unwrap();
        let temp = p.temp.clone();
        assert!(temp.exists());
        drop(p);
        assert!(!temp.exists());
        assert_eq!(std::fs::read(&dest).unwrap(), b"old");
        let mut p = Partial::create(&dest).unwrap();
        p.file.write_all(b"new").unwrap();
        p.commit().unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"new");
        assert!(!temp.exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
