//! Documents attached to consultations, kept on disk (server only). A file is named by the
//! SHA-256 of its content in the documents folder (KO_DOCUMENTS_DIR, by default
//! `<data folder>/documents`; instances sharing one database share the folder too). It is
//! written under a temporary name and renamed, so a reader never sees half a file, and the
//! same content uploaded twice is kept once.
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The SHA-256 of a document, as its file name (64 hexadecimal digits).
pub fn digest(content: &[u8]) -> String {
    hex::encode(Sha256::digest(content))
}

/// Where a document's content is kept; None for a name that is not a digest (so no path
/// can be made from anything else).
pub fn path(dir: &Path, sha256: &str) -> Option<PathBuf> {
    (sha256.len() == 64 && sha256.bytes().all(|b| b.is_ascii_hexdigit())).then(|| dir.join(sha256))
}

/// Keeps `content` and returns its digest. Blocking: call it from `spawn_blocking`.
pub fn save(dir: &Path, content: &[u8]) -> std::io::Result<String> {
    let sha = digest(content);
    let target = dir.join(&sha);
    if target.is_file() {
        return Ok(sha);
    }
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".upload-{}", crate::platform::random_hex(8)));
    let written = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(content)?;
        f.sync_all()?;
        std::fs::rename(&tmp, &target)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.map(|_| sha)
}

/// Removes a document's content (when no consultation refers to it any more).
pub fn remove(dir: &Path, sha256: &str) {
    if let Some(p) = path(dir, sha256) {
        let _ = std::fs::remove_file(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_kept_once_under_its_digest() {
        let dir = std::env::temp_dir().join(format!("ko-docs-{}", crate::platform::random_hex(6)));
        let a = save(&dir, b"%PDF-1.4 one").unwrap();
        let b = save(&dir, b"%PDF-1.4 one").unwrap();
        assert_eq!(a, b);
        assert_eq!(a, digest(b"%PDF-1.4 one"));
        assert_eq!(
            std::fs::read(path(&dir, &a).unwrap()).unwrap(),
            b"%PDF-1.4 one"
        );
        // Nothing else is in the folder: no temporary file was left behind.
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        assert!(path(&dir, "../../etc/passwd").is_none());
        assert!(path(&dir, &"g".repeat(64)).is_none());
        remove(&dir, &a);
        assert!(!dir.join(&a).exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
