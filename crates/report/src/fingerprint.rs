//! Fingerprints that let code scanning recognise a finding across commits. They hash
//! what the finding is about (code, file, the labelled texts), never offsets, so an
//! edit elsewhere in the file does not turn an old finding into a new one.

use std::collections::HashMap;

use crate::located::Located;

/// FNV-1a, 64 bits: tiny, fast, and stable across platforms and Rust versions,
/// which is all a fingerprint needs (it is not a defence against collisions).
#[derive(Clone, Copy)]
struct Fnv1a(u64);

impl Fnv1a {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    fn new() -> Self {
        Fnv1a(Self::OFFSET_BASIS)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(Self::PRIME);
        }
    }

    /// A field with its length in front, so ("ab", "c") and ("a", "bc") differ.
    fn field(&mut self, text: &str) {
        self.write(&(text.len() as u64).to_le_bytes());
        self.write(text.as_bytes());
    }
}

/// FNV-1a 64 of `bytes`, for tests against the published test vectors.
#[cfg(test)]
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash = Fnv1a::new();
    hash.write(bytes);
    hash.0
}

/// The hash of a finding's identity: code, primary path (with forward slashes, as
/// in the SARIF uri), primary text, then every other label's text in label order.
pub(crate) fn identity(located: &Located<'_>) -> u64 {
    let mut hash = Fnv1a::new();
    hash.field(&located.finding.code);
    match located.primary() {
        Some(primary) => {
            hash.field(&primary.path.replace('\\', "/"));
            hash.field(primary.text);
        }
        None => {
            hash.field("");
            hash.field("");
        }
    }
    for label in located.labels.iter().skip(1) {
        hash.field(label.text);
    }
    hash.0
}

/// Fingerprints for findings in output order: the identity hash in hex, and for
/// the second and later findings with the same identity ":2", ":3"…, so that
/// repeated identical findings stay distinct results.
pub(crate) fn fingerprints(findings: &[Located<'_>]) -> Vec<String> {
    let mut seen: HashMap<u64, usize> = HashMap::new();
    findings
        .iter()
        .map(|located| {
            let id = identity(located);
            let occurrence = seen.entry(id).or_insert(0);
            *occurrence += 1;
            let occurrence = *occurrence;
            if occurrence == 1 {
                format!("{id:016x}")
            } else {
                format!("{id:016x}:{occurrence}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_reference_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
