//! Archive runs: a directory, a glob, standard input and JSON Lines records
//! give the same findings as the same files named one by one, and the output
//! is the same bytes for any number of threads.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Articles of our own with and without slips, and files a walk must skip.
const FILES: [(&str, &str); 7] = [
    (
        "desk/breakout.md",
        "# Breakout\n\nPolice said 40 inmates escaped from Harrowgate jail on Sunday night.\n\nBy Tuesday, 55 had been recaptured, the governor said.\n",
    ),
    (
        "desk/ferries.txt",
        "Three of the 2 ferries sank in the storm, the coastguard said.\n",
    ),
    (
        "desk/quiet.md",
        "The library lent 12,400 books last year, up from 11,900, the council said.\n",
    ),
    (
        "desk/storm/gale.markdown",
        "Dozens of firefighters were hurt when the gale hit on Saturday.\n\nSeven firefighters were hurt, the fire service said on Monday.\n",
    ),
    (
        "desk/storm/budget.md",
        "The council will spend £4.2 million, of which £5 million goes on roads.\n",
    ),
    ("desk/notes.json", "{\"not\": \"an article\"}"),
    ("desk/.draft.md", "Three of the 2 boats sank.\n"),
];

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("cc-batch-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in FILES {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        Scratch(dir)
    }

    fn run(&self, args: &[&str], stdin: Option<&str>) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
        cmd.current_dir(&self.0)
            .env("NO_COLOR", "1")
            .env_remove("COLUMNS")
            .args(args)
            .args(["--no-config", "--published", "2026-02-10"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(Stdio::piped());
        let mut child = cmd.spawn().expect("the claimcheck binary runs");
        let input = stdin.unwrap_or("").to_string();
        let mut pipe = child.stdin.take().unwrap();
        let writer = std::thread::spawn(move || {
            use std::io::Write;
            let _ = pipe.write_all(input.as_bytes());
        });
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        out
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The articles a walk of desk/ reads, in its order (sorted at every level).
const WALKED: [&str; 5] = [
    "desk/breakout.md",
    "desk/ferries.txt",
    "desk/quiet.md",
    "desk/storm/budget.md",
    "desk/storm/gale.markdown",
];

fn text(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

/// Each finding as (path, code, offset, text) of its primary label.
fn findings(json: &Value) -> Vec<(String, String, u64, String)> {
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let l = &d["labels"][0];
            (
                l["path"].as_str().unwrap().replace('\\', "/"),
                d["code"].as_str().unwrap().to_string(),
                l["offset"].as_u64().unwrap(),
                l["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_directory_gives_what_its_files_named_one_by_one_give() {
    let s = Scratch::new("dir");
    let one_by_one = s.run(
        &[&["check", "--format", "json"][..], &WALKED[..]].concat(),
        None,
    );
    let walked = s.run(&["check", "desk", "--format", "json"], None);
    assert_eq!(walked.status.code(), Some(1));
    assert_eq!(text(&walked), text(&one_by_one));
    let found = findings(&json(&walked));
    // Every file with a slip has its finding; the skipped files have none.
    for path in [
        "desk/breakout.md",
        "desk/ferries.txt",
        "desk/storm/gale.markdown",
    ] {
        assert!(found.iter().any(|f| f.0 == path), "{path}: {found:?}");
    }
    assert!(!found
        .iter()
        .any(|f| f.0.contains(".draft") || f.0.contains(".json")));
    // A glob chooses among the walked files.
    let md = s.run(
        &["check", "desk", "--glob", "*.md", "--format", "json"],
        None,
    );
    let md_named = s.run(
        &[
            "check",
            "desk/breakout.md",
            "desk/quiet.md",
            "desk/storm/budget.md",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(text(&md), text(&md_named));
    // claims too.
    let claims_walked = s.run(&["claims", "desk", "--format", "json"], None);
    let claims_named = s.run(
        &[&["claims", "--format", "json"][..], &WALKED[..]].concat(),
        None,
    );
    assert_eq!(text(&claims_walked), text(&claims_named));
    assert!(json(&claims_walked)["claims"].as_array().unwrap().len() > 10);
}

#[test]
fn standard_input_gives_what_the_file_gives() {
    let s = Scratch::new("stdin");
    for (path, body) in FILES.iter().take(5) {
        let from_file = s.run(&["check", path, "--format", "json"], None);
        let from_stdin = s.run(
            &["check", "-", "--stdin-filename", path, "--format", "json"],
            Some(body),
        );
        assert_eq!(text(&from_stdin), text(&from_file), "{path}");
        let claims_file = s.run(&["claims", path, "--format", "jsonl"], None);
        let claims_stdin = s.run(
            &["claims", "-", "--stdin-filename", path, "--format", "jsonl"],
            Some(body),
        );
        assert_eq!(text(&claims_stdin), text(&claims_file), "{path}");
    }
}

#[test]
fn records_give_what_the_files_give() {
    let s = Scratch::new("records");
    let mut stream = String::new();
    for path in WALKED {
        let body = std::fs::read_to_string(s.0.join(path)).unwrap();
        let record = serde_json::json!({"id": path, "text": body});
        stream.push_str(&record.to_string());
        stream.push('\n');
    }
    std::fs::write(s.0.join("export.jsonl"), &stream).unwrap();
    let files = s.run(
        &[&["check", "--format", "jsonl"][..], &WALKED[..]].concat(),
        None,
    );
    for input in [&["export.jsonl"][..], &["-"][..]] {
        let records = s.run(
            &[
                &["check", "--input", "jsonl", "--format", "jsonl"][..],
                input,
            ]
            .concat(),
            Some(&stream),
        );
        // The same lines, each with its record's id added.
        let want: Vec<String> = text(&files)
            .lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l).unwrap();
                let path = v["path"].as_str().unwrap();
                l.replacen(
                    &format!("\"path\":\"{path}\""),
                    &format!("\"path\":\"{path}\",\"record\":\"{path}\""),
                    1,
                )
            })
            .collect();
        assert!(!want.is_empty());
        assert_eq!(text(&records).lines().collect::<Vec<_>>(), want);
    }
    // A record's own date and sources count.
    let dated = serde_json::json!({
        "id": 7,
        "text": "The festival closed on 14 February after four nights, organisers said.",
        "published": "2026-02-10",
    });
    let undated = serde_json::json!({
        "id": 8,
        "text": "The festival closed on 14 February after four nights, organisers said.",
        "published": "2026-03-01",
    });
    let sourced = serde_json::json!({
        "id": 9,
        "text": "Police said 120 people were evacuated.",
        "sources": ["Police said 210 people were evacuated from the estate."],
    });
    let lines = format!("{dated}\n{undated}\n{sourced}\n");
    let out = s.run(
        &["check", "-", "--input", "jsonl", "--format", "json"],
        Some(&lines),
    );
    let found = findings(&json(&out));
    assert!(
        found.iter().any(|f| f.0 == "7" && f.1 == "CC001"),
        "{found:?}"
    );
    assert!(!found.iter().any(|f| f.0 == "8"), "{found:?}");
    assert!(found.iter().any(|f| f.0 == "9"), "{found:?}");
}

#[test]
fn reconcile_takes_a_folder_and_gives_a_document_per_draft() {
    let s = Scratch::new("reconcile");
    std::fs::write(
        s.0.join("wire.txt"),
        "Police said 40 inmates escaped on Sunday night. The coastguard said two ferries sank.",
    )
    .unwrap();
    let lines = s.run(
        &[
            "reconcile",
            "desk",
            "--source",
            "wire.txt",
            "--format",
            "jsonl",
        ],
        None,
    );
    assert_eq!(
        lines.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&lines.stderr)
    );
    let docs: Vec<Value> = text(&lines)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a document per line"))
        .collect();
    assert_eq!(docs.len(), WALKED.len());
    for (doc, path) in docs.iter().zip(WALKED) {
        let one = s.run(
            &[
                "reconcile",
                path,
                "--source",
                "wire.txt",
                "--format",
                "json",
            ],
            None,
        );
        assert_eq!(*doc, json(&one), "{path}");
    }
    let human = s.run(&["reconcile", "desk", "--source", "wire.txt"], None);
    assert_eq!(
        text(&human).matches("against 1 source").count(),
        WALKED.len()
    );
    let refused = s.run(
        &[
            "reconcile",
            "desk",
            "--source",
            "wire.txt",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("for several use"));
}

#[test]
fn any_number_of_threads_gives_the_same_bytes() {
    let s = Scratch::new("jobs");
    for format in ["human", "json", "jsonl", "sarif", "github"] {
        let one = s.run(&["check", "desk", "--format", format, "--jobs", "1"], None);
        assert!(!one.stdout.is_empty(), "{format}");
        for jobs in ["2", "3"] {
            let many = s.run(&["check", "desk", "--format", format, "--jobs", jobs], None);
            assert_eq!(text(&many), text(&one), "{format} with {jobs} threads");
            assert_eq!(many.status.code(), one.status.code());
        }
    }
    for format in ["human", "json", "jsonl"] {
        let one = s.run(&["claims", "desk", "--format", format, "--jobs", "1"], None);
        let two = s.run(&["claims", "desk", "--format", format, "--jobs", "2"], None);
        assert_eq!(text(&two), text(&one), "claims {format}");
    }
}

#[test]
fn json_lines_are_one_record_each() {
    let s = Scratch::new("jsonl");
    let out = s.run(
        &["claims", "desk", "--format", "jsonl", "--relations"],
        None,
    );
    let mut kinds = std::collections::BTreeSet::new();
    for line in text(&out).lines() {
        let v: Value = serde_json::from_str(line).expect("each line is JSON");
        assert!(v["path"]
            .as_str()
            .is_some_and(|p| Path::new(p).starts_with("desk")));
        kinds.insert(v["type"].as_str().unwrap().to_string());
    }
    assert!(kinds.contains("claim"), "{kinds:?}");
    let checked = s.run(&["check", "desk", "--format", "jsonl"], None);
    for line in text(&checked).lines() {
        let v: Value = serde_json::from_str(line).expect("each line is JSON");
        assert!(v["code"].as_str().is_some_and(|c| c.starts_with("CC")));
    }
}
