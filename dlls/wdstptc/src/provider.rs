//! The content-provider model of wdstpdi.h: a namespace maps to a provider,
//! which opens content by name (CompareContent/OpenContent), tells its size
//! (GetContentSize), its metadata (GetContentMetadata) and reads it
//! (ReadContent). The default provider serves a file or a directory; an
//! object's metadata is the file beside it named `OBJECT.wdsmeta`.

use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// Open content, as the server reads it.
pub trait Content: Send + Sync {
    fn size(&self) -> u64;
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize>;
    /// [MS-WDSMSI] ContentMetadata; none by default.
    fn metadata(&self) -> Vec<u8> {
        Vec::new()
    }

    fn read_exact_at(&self, mut offset: u64, mut buf: &mut [u8]) -> io::Result<()> {
        while !buf.is_empty() {
            match self.read_at(offset, buf)? {
                0 => return Err(io::ErrorKind::UnexpectedEof.into()),
                n => {
                    offset += n as u64;
                    buf = &mut buf[n..];
                }
            }
        }
        Ok(())
    }
}

/// Why content could not be opened; the server sends the matching
/// WDSMCS_E_* code to the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    NotFound,
    AccessDenied,
}

/// A namespace's content provider.
pub trait ContentProvider: Send + Sync {
    fn open(&self, name: &str) -> Result<Arc<dyn Content>, OpenError>;
}

impl Content for File {
    fn size(&self) -> u64 {
        self.metadata().map(|m| m.len()).unwrap_or(0)
    }
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        FileExt::read_at(self, buf, offset)
    }
}

/// Content in memory (tests, and the C tests' small objects).
impl Content for Vec<u8> {
    fn size(&self) -> u64 {
        self.len() as u64
    }
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        let start = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(self.len());
        let n = buf.len().min(self.len() - start);
        buf[..n].copy_from_slice(&self[start..start + n]);
        Ok(n)
    }
}

/// A file (its own name is the one content name) or a directory (content
/// names are relative paths inside it; `..` and absolute paths are
/// refused).
pub struct FileProvider {
    root: PathBuf,
}

impl FileProvider {
    pub fn new(root: impl Into<PathBuf>) -> io::Result<Self> {
        let root = root.into().canonicalize()?;
        Ok(FileProvider { root })
    }
}

/// The largest metadata we hand out: it travels in the RPC reply, which a
/// client bounds (codec::wdsc::MAX_PACKET).
pub const MAX_METADATA: u64 = 64 * 1024;

/// A file and the metadata beside it.
struct FileContent {
    file: File,
    metadata: Vec<u8>,
}

impl Content for FileContent {
    fn size(&self) -> u64 {
        Content::size(&self.file)
    }
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        Content::read_at(&self.file, offset, buf)
    }
    fn metadata(&self) -> Vec<u8> {
        self.metadata.clone()
    }
}

/// `OBJECT.wdsmeta`, if it exists and is small enough.
fn sidecar_metadata(path: &Path) -> Vec<u8> {
    let mut name = path.as_os_str().to_owned();
    name.push(".wdsmeta");
    match File::open(&name) {
        Ok(f)
            if f.metadata()
                .is_ok_and(|m| m.is_file() && m.len() <= MAX_METADATA) =>
        {
            std::fs::read(&name).unwrap_or_default()
        }
        _ => Vec::new(),
    }
}

fn open_file(path: &Path) -> Result<Arc<dyn Content>, OpenError> {
    match File::open(path) {
        Ok(file) if file.metadata().is_ok_and(|m| m.is_file()) => Ok(Arc::new(FileContent {
            file,
            metadata: sidecar_metadata(path),
        })),
        Ok(_) => Err(OpenError::NotFound),
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => Err(OpenError::AccessDenied),
        Err(_) => Err(OpenError::NotFound),
    }
}

impl ContentProvider for FileProvider {
    fn open(&self, name: &str) -> Result<Arc<dyn Content>, OpenError> {
        if self.root.is_file() {
            // "The multicast server performs basic file name matching"
            // (the SDK provider sample).
            let own = self.root.file_name().and_then(|n| n.to_str());
            return if own == Some(name) {
                open_file(&self.root)
            } else {
                Err(OpenError::NotFound)
            };
        }
        let rel = Path::new(name);
        if name.is_empty() || rel.components().any(|c| !matches!(c, Component::Normal(_))) {
            return Err(OpenError::NotFound);
        }
        let path = self
            .root
            .join(rel)
            .canonicalize()
            .map_err(|_| OpenError::NotFound)?;
        if !path.starts_with(&self.root) {
            return Err(OpenError::NotFound);
        }
        open_file(&path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_provider_stays_inside_its_root() {
        let dir = std::env::temp_dir().join(format!("wds-provider-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("sub/a.bin"), b"hello").unwrap();
        let p = FileProvider::new(&dir).unwrap();
        let c = p.open("sub/a.bin").unwrap();
        assert_eq!(c.size(), 5);
        assert!(c.metadata().is_empty());
        std::fs::write(dir.join("sub/a.bin.wdsmeta"), b"image=7").unwrap();
        assert_eq!(p.open("sub/a.bin").unwrap().metadata(), b"image=7");
        let mut b = [0u8; 3];
        c.read_exact_at(2, &mut b).unwrap();
        assert_eq!(&b, b"llo");
        assert_eq!(p.open("../etc/passwd").err(), Some(OpenError::NotFound));
        assert_eq!(p.open("/etc/passwd").err(), Some(OpenError::NotFound));
        assert_eq!(p.open("sub").err(), Some(OpenError::NotFound));
        let f = FileProvider::new(dir.join("sub/a.bin")).unwrap();
        assert!(f.open("a.bin").is_ok());
        assert_eq!(f.open("b.bin").err(), Some(OpenError::NotFound));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
