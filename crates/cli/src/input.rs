//! Reading articles: any bytes in, a document or a clear error naming the file.

use claimcheck_claims::Document;
use miette::{miette, Result};
use std::path::Path;

/// Larger inputs are refused rather than slowly processed: no news article comes near.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

pub fn read_document(path: &Path) -> Result<Document> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| miette!("cannot read {name}: {e}"))?;
    if meta.is_dir() {
        return Err(miette!("cannot read {name}: it is a directory"));
    }
    if meta.len() > MAX_BYTES {
        return Err(miette!(
            "{name} is {} bytes; claimcheck reads files up to {MAX_BYTES} bytes",
            meta.len()
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| miette!("cannot read {name}: {e}"))?;
    document_from_bytes(&name, bytes)
}

/// Check the bytes are text: non-empty, UTF-8, no NUL bytes (a binary file).
pub fn document_from_bytes(name: &str, bytes: Vec<u8>) -> Result<Document> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(miette!("{name} is empty: there is nothing to check"));
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(miette!(
            "{name} looks like a binary file (NUL byte at offset {pos}), not text"
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        miette!(
            "{name} is not valid UTF-8 (invalid byte at offset {}); save it as UTF-8 and retry",
            e.utf8_error().valid_up_to()
        )
    })?;
    // A byte-order mark is not part of the text; keep offsets as in the file by
    // leaving it in place (it is not a token, so no claim can cover it).
    Ok(Document::new(name, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_bytes_are_named_errors() {
        let e = document_from_bytes("a.md", vec![]).unwrap_err();
        assert!(e.to_string().contains("a.md is empty"));
        let e = document_from_bytes("b.bin", vec![b'x', 0, 1]).unwrap_err();
        assert!(e.to_string().contains("binary"));
        let e = document_from_bytes("c.txt", vec![b'a', 0xff, b'b']).unwrap_err();
        assert!(e.to_string().contains("not valid UTF-8"));
        assert!(document_from_bytes("d.txt", b"About 120 fled.".to_vec()).is_ok());
    }
}
