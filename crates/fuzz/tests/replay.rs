//! Replays the committed fuzz corpora (`fuzz/corpus/<target>/*`) through the
//! targets' bodies, so every input the fuzzer kept, and every crash it once
//! found (saved there as a regression), runs on each `cargo test`.

use std::path::Path;

fn replay(target: &str, body: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus for {target}");
    for file in files {
        let data = std::fs::read(&file).expect("corpus file is readable");
        let caught = std::panic::catch_unwind(|| body(&data));
        assert!(caught.is_ok(), "{target} fails on {}", file.display());
    }
}

#[test]
fn extract_corpus() {
    replay("extract", claimcheck_fuzz::extract);
}

#[test]
fn check_corpus() {
    replay("check", claimcheck_fuzz::check);
}

#[test]
fn rule_pack_corpus() {
    replay("rule_pack", claimcheck_fuzz::rule_pack);
}

#[test]
fn reference_corpus() {
    replay("reference", claimcheck_fuzz::reference);
}

#[test]
fn suppressions_corpus() {
    replay("suppressions", claimcheck_fuzz::suppressions);
}

#[test]
fn config_corpus() {
    replay("config", claimcheck_fuzz::config);
}
