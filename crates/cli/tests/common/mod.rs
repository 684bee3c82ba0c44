//! What the CLI tests share: the workspace root, and running the built binary
//! from it so that paths in the output are the same relative ones everywhere.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `claimcheck ARGS...` from the workspace root, without colour.
pub fn claimcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(workspace_root())
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .args(args)
        .output()
        .expect("the claimcheck binary runs")
}
