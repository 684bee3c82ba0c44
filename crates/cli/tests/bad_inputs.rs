//! The bad-input matrix: every row of `tests/bad-inputs/matrix.toml` runs the
//! binary on an input that once broke it or could, and states the exit code and
//! what stdout and stderr must (and must not) contain. The rows are data, so a new
//! hostile input is one more row, not one more test function.
//!
//! Inputs are written inline in the row (`files`, `repeat`) into a scratch folder,
//! or read from `tests/bad-inputs/inputs/` for bytes TOML cannot hold (invalid
//! UTF-8). The committed inputs are hashed before and after the run: no row may
//! write to them.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Matrix {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    /// Arguments; `{dir}` is the scratch folder, `{inputs}` the committed inputs.
    args: Vec<String>,
    /// Scratch files: name → text.
    #[serde(default)]
    files: BTreeMap<String, String>,
    /// A scratch file made of `text` repeated `times` times (big inputs).
    repeat: Option<Repeat>,
    /// Bytes fed to standard input.
    stdin: Option<String>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    /// Standard output goes to /dev/full (a full disk).
    #[serde(default)]
    stdout_full: bool,
    exit: i32,
    /// Substrings stdout must contain; `stdout_not` must not.
    #[serde(default)]
    stdout: Vec<String>,
    #[serde(default)]
    stdout_not: Vec<String>,
    /// Substrings stderr must contain, compared without the renderer's wrapping.
    #[serde(default)]
    stderr: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Repeat {
    name: String,
    text: String,
    times: usize,
    /// Text written once after the repetitions.
    #[serde(default)]
    tail: String,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/bad-inputs")
}

/// The renderer wraps long lines and draws margins; compare without them.
fn unwrapped(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '│' | '·' | '×' | '╭' | '╰' | '─'))
        .collect()
}

/// Every committed input with a hash of its bytes.
fn inputs_fingerprint() -> BTreeMap<PathBuf, u64> {
    use std::hash::{Hash, Hasher};
    let mut out = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(root().join("inputs")) else {
        return out;
    };
    for entry in entries.flatten() {
        let bytes = std::fs::read(entry.path()).unwrap_or_default();
        let mut h = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut h);
        out.insert(entry.path(), h.finish());
    }
    out
}

fn run_case(case: &Case, scratch: &Path) -> Result<(), String> {
    std::fs::create_dir_all(scratch).map_err(|e| e.to_string())?;
    for (name, text) in &case.files {
        let path = scratch.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::write(path, text).map_err(|e| e.to_string())?;
    }
    if let Some(r) = &case.repeat {
        let mut text = r.text.repeat(r.times);
        text.push_str(&r.tail);
        std::fs::write(scratch.join(&r.name), text).map_err(|e| e.to_string())?;
    }
    let inputs = root().join("inputs");
    let args: Vec<String> = case
        .args
        .iter()
        .map(|a| {
            a.replace("{dir}", &scratch.display().to_string())
                .replace("{inputs}", &inputs.display().to_string())
        })
        .collect();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    cmd.args(&args)
        .current_dir(scratch)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS");
    cmd.envs(&case.env);
    cmd.stdin(if case.stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    if case.stdout_full {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .map_err(|e| format!("/dev/full: {e}"))?;
        cmd.stdout(full);
    } else {
        cmd.stdout(Stdio::piped());
    }
    cmd.stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| e.to_string())?;
    if let Some(text) = &case.stdin {
        let mut stdin = child.stdin.take().expect("piped stdin");
        let text = text.clone();
        std::thread::spawn(move || {
            let _ = stdin.write_all(text.as_bytes());
        });
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut faults = Vec::new();
    if out.status.code() != Some(case.exit) {
        faults.push(format!(
            "exit {:?}, expected {}",
            out.status.code(),
            case.exit
        ));
    }
    for want in &case.stdout {
        if !stdout.contains(want.as_str()) {
            faults.push(format!("stdout lacks {want:?}"));
        }
    }
    for unwanted in &case.stdout_not {
        if stdout.contains(unwanted.as_str()) {
            faults.push(format!("stdout contains {unwanted:?}"));
        }
    }
    for want in &case.stderr {
        if !unwrapped(&stderr).contains(&unwrapped(want)) {
            faults.push(format!("stderr lacks {want:?}"));
        }
    }
    if faults.is_empty() {
        Ok(())
    } else {
        let head: String = stdout.chars().take(1500).collect();
        Err(format!(
            "{}\n  args: {args:?}\n  stdout: {head}\n  stderr: {stderr}",
            faults.join("; ")
        ))
    }
}

#[test]
fn every_bad_input_gets_its_exit_code_and_message() {
    let text =
        std::fs::read_to_string(root().join("matrix.toml")).expect("matrix.toml is readable");
    let matrix: Matrix = toml::from_str(&text).expect("matrix.toml parses");
    assert!(matrix.case.len() >= 40, "the matrix keeps at least 40 rows");
    let before = inputs_fingerprint();
    let base = std::env::temp_dir().join(format!("cc-bad-{}", std::process::id()));
    let mut failures = Vec::new();
    for (i, case) in matrix.case.iter().enumerate() {
        if case.stdout_full && !Path::new("/dev/full").exists() {
            continue;
        }
        if let Err(e) = run_case(case, &base.join(i.to_string())) {
            failures.push(format!("{}: {e}", case.name));
        }
    }
    let _ = std::fs::remove_dir_all(&base);
    assert_eq!(
        before,
        inputs_fingerprint(),
        "a row wrote to a committed input"
    );
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n\n{}",
        failures.len(),
        matrix.case.len(),
        failures.join("\n\n")
    );
}
