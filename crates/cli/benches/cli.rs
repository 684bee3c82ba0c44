//! The whole command-line path, process and all: what a newsroom's archive run
//! and an editor's single check cost, so the library's figures (the extract
//! bench) and the command's cannot drift apart unseen.
//!
//! - `cli/archive`: `check DIR --format json` and `claims DIR --format jsonl`
//!   over a folder of articles on one thread and on two, in MB/s (and articles/s
//!   = MB/s ÷ the mean article size printed at the start), beside `wc -w` over
//!   the same files, the floor of one pass that only splits words.
//! - `cli/one-article`: `check` of one article, process start included.
//!
//! The folder is built at bench time in the system temp dir from the project's
//! fixtures and, when the shared folder sits next to the workspace, the real news
//! in `../shared/realnews` (read in place, never copied into the repository),
//! repeated to `ARTICLES` files.
//!
//!     cargo bench -p claimcheck --bench cli -- --warm-up-time 1 --measurement-time 5

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Files in the archive folder: a day's output of a large newsroom.
const ARTICLES: usize = 2000;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The articles to repeat: the fixtures, and the real news when present.
fn sample_articles() -> Vec<String> {
    let root = workspace_root();
    let mut dirs = vec![
        root.join("tests/fixtures"),
        root.join("tests/fixtures/check"),
    ];
    dirs.push(root.join("../shared/realnews"));
    let mut paths: Vec<PathBuf> = dirs
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md" || x == "txt"))
        .filter(|p| !p.ends_with("README.md"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter(|t| !t.trim().is_empty())
        .collect()
}

/// A folder of `ARTICLES` files and its size in bytes.
fn archive() -> (PathBuf, u64) {
    let dir = std::env::temp_dir().join(format!("claimcheck-bench-archive-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the temp dir is writable");
    let articles = sample_articles();
    let mut bytes = 0;
    for i in 0..ARTICLES {
        let text = &articles[i % articles.len()];
        bytes += text.len() as u64;
        std::fs::write(dir.join(format!("a{i:05}.md")), text).expect("the temp dir is writable");
    }
    (dir, bytes)
}

fn run(program: &str, args: &[&str]) {
    let status = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("the program runs");
    // 0 clean, 1 findings: both a completed run.
    assert!(
        matches!(status.code(), Some(0 | 1)),
        "{program} {args:?}: {status}"
    );
}

fn bench(c: &mut Criterion) {
    let exe = env!("CARGO_BIN_EXE_claimcheck");
    let (dir, bytes) = archive();
    let folder = dir.to_str().expect("a UTF-8 temp dir");
    eprintln!(
        "archive: {ARTICLES} articles, {bytes} bytes, {} bytes each on average",
        bytes / ARTICLES as u64
    );
    let files: Vec<String> = (0..ARTICLES)
        .map(|i| dir.join(format!("a{i:05}.md")).display().to_string())
        .collect();
    let mut group = c.benchmark_group("cli/archive");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes));
    let mut wc = vec!["-w"];
    wc.extend(files.iter().map(String::as_str));
    group.bench_function("wc -w", |b| b.iter(|| run("wc", &wc)));
    for jobs in ["1", "2"] {
        group.bench_function(format!("check json, {jobs} thread(s)"), |b| {
            b.iter(|| {
                run(
                    exe,
                    &[
                        "check",
                        folder,
                        "--no-config",
                        "--format",
                        "json",
                        "--jobs",
                        jobs,
                    ],
                )
            })
        });
        group.bench_function(format!("claims jsonl, {jobs} thread(s)"), |b| {
            b.iter(|| {
                run(
                    exe,
                    &[
                        "claims",
                        folder,
                        "--no-config",
                        "--format",
                        "jsonl",
                        "--jobs",
                        jobs,
                    ],
                )
            })
        });
    }
    group.finish();
    let one = workspace_root().join("tests/fixtures/prison-break.md");
    let one = one.to_str().expect("a UTF-8 path");
    let mut group = c.benchmark_group("cli/one-article");
    group.bench_function("check, process included", |b| {
        b.iter(|| {
            run(
                exe,
                &["check", one, "--no-config", "--published", "2026-02-10"],
            )
        })
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
