//! CLI scenarios: what `claimcheck claims` does with bad input, bad arguments and
//! bad rule packs. A failed run exits 2 with a message naming the culprit; a good
//! run exits 0. Scratch files live in a fresh folder under the system temp dir.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

const GOOD_ARTICLE: &str = "About 120 detainees escaped, officials said on Monday.\n";

/// A scratch folder of its own for each test, removed when the test ends.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("cc-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir is writable");
        Scratch(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("scratch file is writable");
        path
    }

    fn dir(&self, name: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(&path).expect("scratch dir is writable");
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The binary, ready for arguments.
fn claimcheck() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    cmd.env("NO_COLOR", "1").env_remove("COLUMNS");
    cmd
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("the claimcheck binary runs")
}

/// `claimcheck claims PATH EXTRA...`
fn claims_on(path: &Path, extra: &[&str]) -> Output {
    run(claimcheck().arg("claims").arg(path).args(extra))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The diagnostic renderer wraps long lines and draws margins; compare without them.
fn unwrapped(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '│' | '·' | '×' | '╭' | '╰' | '─'))
        .collect()
}

/// The run failed with exit code 2, said nothing on stdout, and its message names
/// `path` and contains every one of `words`.
#[track_caller]
fn assert_fails_naming(out: &Output, path: &Path, words: &[&str]) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "exit status; stderr:\n{err}");
    assert!(out.stdout.is_empty(), "no output on a failed run");
    let name = path.display().to_string();
    assert!(
        unwrapped(&err).contains(&unwrapped(&name)),
        "stderr does not name {name}:\n{err}"
    );
    for w in words {
        assert!(err.contains(w), "stderr lacks {w:?}:\n{err}");
    }
}

#[test]
fn a_good_article_exits_0() {
    let tmp = Scratch::new();
    let article = tmp.file("good.md", GOOD_ARTICLE.as_bytes());
    for format in ["human", "json"] {
        let out = claims_on(&article, &["--format", format, "--published", "2026-02-10"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(stderr(&out).is_empty(), "{}", stderr(&out));
        assert!(String::from_utf8_lossy(&out.stdout).contains("About 120"));
    }
}

#[test]
fn a_missing_file_exits_2_and_names_it() {
    let tmp = Scratch::new();
    let missing = tmp.0.join("missing.md");
    assert_fails_naming(&claims_on(&missing, &[]), &missing, &["cannot read"]);
}

#[test]
fn one_missing_file_among_good_ones_fails_the_run() {
    let tmp = Scratch::new();
    let good = tmp.file("good.md", GOOD_ARTICLE.as_bytes());
    let missing = tmp.0.join("gone.md");
    let out = run(claimcheck()
        .arg("claims")
        .args([&good, &missing])
        .args(["--format", "json"]));
    assert_fails_naming(&out, &missing, &[]);
}

#[test]
fn an_empty_file_exits_2_and_names_it() {
    let tmp = Scratch::new();
    for (name, bytes) in [("empty.md", &b""[..]), ("blank.md", &b" \n\t\n"[..])] {
        let path = tmp.file(name, bytes);
        assert_fails_naming(&claims_on(&path, &[]), &path, &["empty"]);
    }
}

#[test]
fn a_binary_file_exits_2_and_names_it() {
    let tmp = Scratch::new();
    let path = tmp.file("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0");
    assert_fails_naming(&claims_on(&path, &[]), &path, &["binary"]);
}

#[test]
fn a_non_utf8_file_exits_2_and_names_it() {
    let tmp = Scratch::new();
    // "Caf\xe9" is Latin-1: valid text in the wrong encoding, no NUL bytes.
    let path = tmp.file(
        "latin1.md",
        b"About 120 fled the Caf\xe9 Central on Monday.\n",
    );
    assert_fails_naming(&claims_on(&path, &[]), &path, &["UTF-8"]);
}

#[test]
fn a_directory_without_articles_exits_2_and_names_it() {
    let tmp = Scratch::new();
    let dir = tmp.dir("articles");
    assert_fails_naming(&claims_on(&dir, &[]), &dir, &["no files to check"]);
}

#[test]
fn an_impossible_publication_date_exits_2() {
    let tmp = Scratch::new();
    let article = tmp.file("good.md", GOOD_ARTICLE.as_bytes());
    for bad in ["2026-02-30", "2026-13-01", "10/02/2026", "yesterday"] {
        let out = claims_on(&article, &["--published", bad]);
        assert_eq!(out.status.code(), Some(2), "--published {bad}");
        assert!(stderr(&out).contains(bad), "{}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn an_unknown_flag_or_format_exits_2() {
    let tmp = Scratch::new();
    let article = tmp.file("good.md", GOOD_ARTICLE.as_bytes());
    let out = claims_on(&article, &["--frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--frobnicate"), "{}", stderr(&out));
    let out = claims_on(&article, &["--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("xml"), "{}", stderr(&out));
}

#[test]
fn no_file_or_no_command_exits_2() {
    assert_eq!(run(claimcheck().arg("claims")).status.code(), Some(2));
    assert_eq!(run(claimcheck().arg("nonsense")).status.code(), Some(2));
    assert_eq!(run(&mut claimcheck()).status.code(), Some(2));
}

/// A rules folder holding `pack.toml` with `text`, and a good article.
fn run_with_pack(tmp: &Scratch, text: &str) -> (Output, PathBuf) {
    let rules = tmp.dir("rules");
    let pack = rules.join("pack.toml");
    std::fs::write(&pack, text).expect("pack is writable");
    let article = tmp.file("good.md", GOOD_ARTICLE.as_bytes());
    let rules_arg = rules.display().to_string();
    (claims_on(&article, &["--rules", &rules_arg]), pack)
}

#[test]
fn a_pack_that_is_not_toml_exits_2_and_names_the_pack() {
    let tmp = Scratch::new();
    let (out, pack) = run_with_pack(&tmp, "[pack\nname = \"broken\"\n");
    assert_fails_naming(&out, &pack, &["invalid rule pack"]);
}

#[test]
fn a_pack_with_an_unknown_metric_kind_exits_2_and_points_at_it() {
    let tmp = Scratch::new();
    let text =
        "[pack]\nname = \"people\"\n\n[metric.escaped]\nkind = \"people\"\ncues = [\"fled\"]\n";
    let (out, pack) = run_with_pack(&tmp, text);
    assert_fails_naming(&out, &pack, &["invalid rule pack", "\"people\""]);
}

#[test]
fn a_pack_with_a_bad_metric_name_exits_2() {
    let tmp = Scratch::new();
    let text = "[pack]\nname = \"x\"\n\n[metric.Bad-Name]\nkind = \"count\"\ncues = [\"fled\"]\n";
    let (out, pack) = run_with_pack(&tmp, text);
    assert_fails_naming(&out, &pack, &["snake_case"]);
}

#[test]
fn a_missing_rules_folder_exits_2_and_names_it() {
    let tmp = Scratch::new();
    let article = tmp.file("good.md", GOOD_ARTICLE.as_bytes());
    let rules = tmp.0.join("no-such-rules");
    let rules_arg = rules.display().to_string();
    let out = claims_on(&article, &["--rules", &rules_arg]);
    assert_fails_naming(&out, &rules, &[]);
}

#[test]
fn a_good_pack_adds_its_metric() {
    let tmp = Scratch::new();
    let text = "[pack]\nname = \"weather\"\n\n[metric.stranded]\nkind = \"count\"\ncues = [\"stranded\"]\n";
    let rules = tmp.dir("rules");
    std::fs::write(rules.join("weather.toml"), text).expect("pack is writable");
    let article = tmp.file(
        "snow.md",
        b"Snow left about 300 drivers stranded overnight.\n",
    );
    let rules_arg = rules.display().to_string();
    let out = claims_on(&article, &["--rules", &rules_arg, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    assert_eq!(json["claims"][0]["metric"], "stranded", "{json}");
}
