//! CLI scenarios for `claimcheck check` and `claimcheck rules`: exit codes, config
//! files (discovery, per-path entries, severities, packs, dates, tolerance),
//! inline suppressions, and the rule listing. Each scenario writes its files into
//! a fresh folder under the system temp dir and runs the binary there.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// 40 escaped, 30 recaptured: nothing to report.
const CLEAN: &str = "# Breakout at Harrowgate jail

Police said 40 inmates escaped from Harrowgate jail on Sunday night.

By Tuesday, 30 had been recaptured, the prison governor said.
";

/// 40 escaped, 55 recaptured: CC101, an error.
const RECAPTURED: &str = "# Breakout at Harrowgate jail

Police said 40 inmates escaped from Harrowgate jail on Sunday night.

By Tuesday, 55 had been recaptured, the prison governor said.
";

/// "Dozens" against seven: CC002, a warning.
const DOZENS: &str = "# Storm damage in Kellerby

Dozens of firefighters were injured when the gale brought down the old grain store in Kellerby on Saturday night.

Seven firefighters were injured, two of them seriously, the district fire service said on Monday.
";

/// A date after 2026-02-10 told in the past tense: CC001, an error.
const FUTURE: &str = "# Lantern festival in Ostrava Vale

The Ostrava Vale lantern festival closed on 14 February after four nights, organisers said.
";

/// A pack of its own: paintings stolen and recovered, rule CC601.
const HEIST_PACK: &str = r#"[pack]
name = "heist"
about = "things stolen and recovered"

[metric.stolen]
kind = "count"
cues = ["stole", "stolen", "took", "taken"]

[metric.recovered]
kind = "count"
cues = ["recovered", "found"]

[[rule]]
code = "CC601"
name = "recovered-exceeds-stolen"
check = "recovered <= stolen"
severity = "error"
message = "{recovered} recovered is more than the {stolen} stolen"
help = "No more items can be recovered than were stolen."
doc = """
What it checks: items recovered against items stolen.

Why it matters: recovering more than was taken is impossible.

Example: "Thieves took 12 paintings … 15 paintings were recovered."

Corrected: "… 10 paintings were recovered."
"""
"#;

/// Fires CC601 only with the heist pack loaded.
const HEIST: &str = "# Gallery theft in Wenlow

Thieves took 12 paintings from the Wenlow gallery on Friday.

Police said 15 paintings were recovered from a barn on Sunday.
";

/// A scratch folder of its own for each test, removed when the test ends.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("cc-check-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir is writable");
        Scratch(dir)
    }

    /// Write `text` at `rel`, creating folders on the way.
    fn file(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("dir is writable");
        std::fs::write(&path, text).expect("scratch file is writable");
        path
    }

    /// `claimcheck ARGS...` run inside the scratch folder.
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .current_dir(&self.0)
            .env("NO_COLOR", "1")
            .env_remove("COLUMNS")
            .args(args)
            .output()
            .expect("the claimcheck binary runs")
    }

    /// `claimcheck check ARGS... --format json`, which must complete (exit 0 or 1).
    fn check_json(&self, args: &[&str]) -> (i32, Value) {
        let mut all = vec!["check"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--format", "json"]);
        let out = self.run(&all);
        let code = out.status.code().expect("an exit code");
        assert!(code == 0 || code == 1, "exit {code}:\n{}", stderr(&out));
        let json = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
        (code, json)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The diagnostic renderer wraps long lines and draws margins; compare without them.
fn unwrapped(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '│' | '·' | '×' | '╭' | '╰' | '─' | '┬'))
        .collect()
}

/// The run failed with exit 2, printed nothing on stdout, and its message holds
/// every one of `words` (compared without wrapping).
#[track_caller]
fn assert_fails_with(out: &Output, words: &[&str]) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "exit status; stderr:\n{err}");
    assert!(out.stdout.is_empty(), "no output on a failed run");
    for w in words {
        assert!(
            unwrapped(&err).contains(&unwrapped(w)),
            "stderr lacks {w:?}:\n{err}"
        );
    }
}

/// (code, severity, message) of every diagnostic, in output order.
fn findings(json: &Value) -> Vec<(String, String, String)> {
    json["diagnostics"]
        .as_array()
        .expect("a diagnostics array")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_string(),
                d["severity"].as_str().unwrap_or_default().to_string(),
                d["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn codes(json: &Value) -> Vec<String> {
    findings(json).into_iter().map(|(c, _, _)| c).collect()
}

const PUBLISHED: [&str; 2] = ["--published", "2026-02-10"];

fn with_date<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut v = args.to_vec();
    v.extend_from_slice(&PUBLISHED);
    v
}

mod exit_codes {
    use super::*;

    #[test]
    fn a_clean_article_exits_0() {
        let tmp = Scratch::new();
        tmp.file("a.md", CLEAN);
        let (code, json) = tmp.check_json(&with_date(&["a.md", "--no-config"]));
        assert_eq!(code, 0);
        assert!(codes(&json).is_empty(), "{json}");
        let out = tmp.run(&with_date(&["check", "a.md", "--no-config"]));
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("no findings"), "{}", stdout(&out));
    }

    #[test]
    fn an_error_exits_1() {
        let tmp = Scratch::new();
        tmp.file("a.md", RECAPTURED);
        let (code, json) = tmp.check_json(&with_date(&["a.md", "--no-config"]));
        assert_eq!(code, 1);
        assert_eq!(codes(&json), ["CC101"]);
        for format in ["human", "sarif", "github"] {
            let out = tmp.run(&with_date(&[
                "check",
                "a.md",
                "--no-config",
                "--format",
                format,
            ]));
            assert_eq!(out.status.code(), Some(1), "{format}");
            assert!(stdout(&out).contains("CC101"), "{format}");
        }
    }

    #[test]
    fn a_warning_exits_0_and_1_with_deny_warnings() {
        let tmp = Scratch::new();
        tmp.file("a.md", DOZENS);
        let (code, json) = tmp.check_json(&with_date(&["a.md", "--no-config"]));
        assert_eq!(code, 0);
        assert_eq!(
            findings(&json)
                .iter()
                .map(|f| (f.0.as_str(), f.1.as_str()))
                .collect::<Vec<_>>(),
            [("CC002", "warning")]
        );
        let (code, _) = tmp.check_json(&with_date(&["a.md", "--no-config", "--deny", "warnings"]));
        assert_eq!(code, 1);
    }

    #[test]
    fn a_bad_pack_exits_2_naming_the_pack_and_the_spot() {
        let tmp = Scratch::new();
        tmp.file("a.md", CLEAN);
        tmp.file(
            "packs/broken.toml",
            &HEIST_PACK.replace("recovered <= stolen", "recovered <= taken_back"),
        );
        let out = tmp.run(&["check", "a.md", "--no-config", "--rules", "packs"]);
        assert_fails_with(&out, &["broken.toml", "unknown metric `taken_back`"]);
    }

    #[test]
    fn a_pack_may_not_take_a_suppression_rule_code() {
        let tmp = Scratch::new();
        tmp.file("a.md", CLEAN);
        tmp.file("packs/heist.toml", &HEIST_PACK.replace("CC601", "CC902"));
        let out = tmp.run(&["check", "a.md", "--no-config", "--rules", "packs"]);
        assert_fails_with(
            &out,
            &["heist.toml", "CC902 is reserved", "unused-suppression"],
        );
    }

    #[test]
    fn a_bad_config_exits_2_naming_the_problem() {
        let tmp = Scratch::new();
        tmp.file("a.md", CLEAN);
        tmp.file(
            "claimcheck.toml",
            "select = [\"CC101\"]\nignroe = [\"CC002\"]\n",
        );
        let out = tmp.run(&["check", "a.md"]);
        assert_fails_with(
            &out,
            &["claimcheck.toml", "unknown field `ignroe`", "unknown key"],
        );
        tmp.file("claimcheck.toml", "ignore = [\"CC1O1\"]\n");
        let out = tmp.run(&["check", "a.md"]);
        assert_fails_with(
            &out,
            &[
                "claimcheck.toml",
                "unknown rule code `CC1O1` in ignore",
                "Did you mean CC101",
            ],
        );
    }

    #[test]
    fn an_unreadable_file_exits_2_naming_it() {
        let tmp = Scratch::new();
        tmp.file("a.md", CLEAN);
        let out = tmp.run(&["check", "a.md", "missing.md", "--no-config"]);
        assert_fails_with(&out, &["missing.md", "cannot read"]);
        std::fs::write(tmp.0.join("latin1.md"), b"Caf\xe9 opened in 2019.\n").unwrap();
        // A file found unreadable as it is read is named, and the summary
        // does not pass it off as clean.
        let out = tmp.run(&["check", "latin1.md", "a.md", "--no-config"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("latin1.md is not valid UTF-8"));
        let shown = String::from_utf8_lossy(&out.stdout);
        assert_eq!(shown, "no findings; 1 file could not be checked\n");
        let out = tmp.run(&["check", "a.md", "--config", "nowhere.toml"]);
        assert_fails_with(&out, &["nowhere.toml", "cannot read config"]);
    }

    #[test]
    fn unknown_codes_on_the_command_line_exit_2() {
        let tmp = Scratch::new();
        tmp.file("a.md", CLEAN);
        let out = tmp.run(&["check", "a.md", "--no-config", "--select", "CC101,CC1O2"]);
        assert_fails_with(&out, &["unknown rule code `CC1O2`", "CC102"]);
    }

    #[test]
    fn select_and_ignore_flags() {
        let tmp = Scratch::new();
        tmp.file(
            "a.md",
            &format!("{RECAPTURED}\n{}", &FUTURE[FUTURE.find("The").unwrap()..]),
        );
        let (_, json) = tmp.check_json(&with_date(&["a.md", "--no-config"]));
        assert_eq!(codes(&json), ["CC101", "CC001"]);
        let (_, json) = tmp.check_json(&with_date(&["a.md", "--no-config", "--select", "CC001"]));
        assert_eq!(codes(&json), ["CC001"]);
        let (code, json) = tmp.check_json(&with_date(&[
            "a.md",
            "--no-config",
            "--ignore",
            "CC001,CC101",
        ]));
        assert_eq!((code, codes(&json)), (0, vec![]));
    }
}

mod config {
    use super::*;

    #[test]
    fn found_by_walking_up_from_the_file() {
        let tmp = Scratch::new();
        tmp.file("newsroom/claimcheck.toml", "ignore = [\"CC101\"]\n");
        tmp.file("newsroom/drafts/crime/a.md", RECAPTURED);
        let (code, json) = tmp.check_json(&with_date(&["newsroom/drafts/crime/a.md"]));
        assert_eq!((code, codes(&json)), (0, vec![]));
        // The same file with discovery off.
        let (code, _) = tmp.check_json(&with_date(&["newsroom/drafts/crime/a.md", "--no-config"]));
        assert_eq!(code, 1);
        // A file outside the config's folder is not governed by it.
        tmp.file("elsewhere/a.md", RECAPTURED);
        let (code, _) = tmp.check_json(&with_date(&["elsewhere/a.md"]));
        assert_eq!(code, 1);
    }

    #[test]
    fn the_nearest_config_wins_and_each_file_gets_its_own() {
        let tmp = Scratch::new();
        tmp.file("claimcheck.toml", "ignore = [\"CC101\"]\n");
        tmp.file("desk/claimcheck.toml", "select = [\"CC101\"]\n");
        tmp.file("a.md", RECAPTURED);
        tmp.file("desk/b.md", RECAPTURED);
        let (code, json) = tmp.check_json(&with_date(&["a.md", "desk/b.md"]));
        assert_eq!(code, 1);
        let paths: Vec<&str> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["labels"][0]["path"].as_str().unwrap())
            .collect();
        assert_eq!(paths, ["desk/b.md"]);
    }

    #[test]
    fn config_flag_overrides_discovery() {
        let tmp = Scratch::new();
        tmp.file("claimcheck.toml", "ignore = [\"CC101\"]\n");
        tmp.file("strict.toml", "select = [\"CC101\"]\n");
        tmp.file("a.md", RECAPTURED);
        let (code, _) = tmp.check_json(&with_date(&["a.md"]));
        assert_eq!(code, 0);
        let (code, json) = tmp.check_json(&with_date(&["a.md", "--config", "strict.toml"]));
        assert_eq!((code, codes(&json)), (1, vec!["CC101".to_string()]));
        let out = tmp.run(&["check", "a.md", "--config", "strict.toml", "--no-config"]);
        assert_eq!(out.status.code(), Some(2), "the two flags conflict");
    }

    #[test]
    fn per_path_entries_apply_to_matching_files_only() {
        let tmp = Scratch::new();
        tmp.file(
            "claimcheck.toml",
            r#"
[[per-path]]
path = "wire/**/*.md"
ignore = ["CC101"]

[[per-path]]
path = "opinion"
severity = { CC101 = "note" }
"#,
        );
        tmp.file("wire/agency/a.md", RECAPTURED);
        tmp.file("opinion/b.md", RECAPTURED);
        tmp.file("news/c.md", RECAPTURED);
        let (code, json) = tmp.check_json(&with_date(&["wire/agency/a.md"]));
        assert_eq!((code, codes(&json)), (0, vec![]));
        let (code, json) = tmp.check_json(&with_date(&["opinion/b.md"]));
        assert_eq!(code, 0);
        assert_eq!(findings(&json)[0].1, "note");
        let (code, json) = tmp.check_json(&with_date(&["news/c.md"]));
        assert_eq!((code, findings(&json)[0].1.as_str()), (1, "error"));
        // Walking the folder applies each file's entries as naming it does.
        let (code, json) = tmp.check_json(&with_date(&["."]));
        let by_file: Vec<(String, String)> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                let path = d["labels"][0]["path"].as_str().unwrap().replace('\\', "/");
                (path, d["severity"].as_str().unwrap().to_string())
            })
            .collect();
        assert_eq!(code, 1);
        assert_eq!(
            by_file,
            [
                ("./news/c.md".into(), "error".into()),
                ("./opinion/b.md".into(), "note".into())
            ]
        );
        // Standard input named into a folder takes that folder's entries.
        for (name, want) in [("wire/agency/new.md", 0), ("news/new.md", 1)] {
            let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
                .current_dir(&tmp.0)
                .args([
                    "check",
                    "-",
                    "--stdin-filename",
                    name,
                    "--published",
                    "2026-02-10",
                ])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(RECAPTURED.as_bytes())
                .unwrap();
            let out = child.wait_with_output().unwrap();
            assert_eq!(out.status.code(), Some(want), "{name}");
        }
    }

    #[test]
    fn a_severity_override_changes_the_exit_code() {
        let tmp = Scratch::new();
        tmp.file("a.md", RECAPTURED);
        let (code, _) = tmp.check_json(&with_date(&["a.md"]));
        assert_eq!(code, 1);
        tmp.file("claimcheck.toml", "[severity]\nCC101 = \"warning\"\n");
        let (code, json) = tmp.check_json(&with_date(&["a.md"]));
        assert_eq!(code, 0);
        assert_eq!(findings(&json)[0].1, "warning");
        assert_eq!(json["summary"]["warnings"], 1);
        let (code, _) = tmp.check_json(&with_date(&["a.md", "--deny", "warnings"]));
        assert_eq!(code, 1);
        // And the other way: a warning raised to an error fails the run.
        tmp.file("b.md", DOZENS);
        tmp.file("claimcheck.toml", "[severity]\nCC002 = \"error\"\n");
        let (code, _) = tmp.check_json(&with_date(&["b.md"]));
        assert_eq!(code, 1);
    }

    #[test]
    fn published_comes_from_the_config_unless_the_flag_is_given() {
        let tmp = Scratch::new();
        tmp.file("a.md", FUTURE);
        let (code, _) = tmp.check_json(&["a.md"]);
        assert_eq!(
            code, 0,
            "without a publication date no date is in the future"
        );
        tmp.file("claimcheck.toml", "published = 2026-02-10\n");
        let (code, json) = tmp.check_json(&["a.md"]);
        assert_eq!((code, codes(&json)), (1, vec!["CC001".to_string()]));
        let (code, _) = tmp.check_json(&["a.md", "--published", "2026-03-01"]);
        assert_eq!(code, 0, "--published wins over the config");
    }

    #[test]
    fn packs_named_in_the_config_are_loaded_relative_to_it() {
        let tmp = Scratch::new();
        tmp.file("desk/packs/heist.toml", HEIST_PACK);
        tmp.file("desk/claimcheck.toml", "rules = [\"packs\"]\n");
        tmp.file("desk/stories/a.md", HEIST);
        let (code, json) = tmp.check_json(&with_date(&["desk/stories/a.md"]));
        assert_eq!((code, codes(&json)), (1, vec!["CC601".to_string()]));
        // The config may select the pack's codes, and `claimcheck rules` lists them.
        tmp.file(
            "desk/claimcheck.toml",
            "rules = [\"packs\"]\nselect = [\"CC601\"]\n",
        );
        let (code, _) = tmp.check_json(&with_date(&["desk/stories/a.md"]));
        assert_eq!(code, 1);
        let out = tmp.run(&["rules", "--config", "desk/claimcheck.toml"]);
        assert!(
            stdout(&out).contains("CC601  recovered-exceeds-stolen"),
            "{}",
            stdout(&out)
        );
        // Without the config the code is unknown.
        tmp.file("claimcheck.toml", "select = [\"CC601\"]\n");
        tmp.file("b.md", HEIST);
        let out = tmp.run(&["check", "b.md"]);
        assert_fails_with(&out, &["unknown rule code `CC601` in select"]);
    }

    #[test]
    fn tolerance_reaches_the_extractor() {
        let tmp = Scratch::new();
        tmp.file("a.md", "About 120 inmates escaped, police said.\n");
        let bounds = |tmp: &Scratch| {
            let out = tmp.run(&["claims", "a.md", "--format", "json"]);
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            let json: Value = serde_json::from_slice(&out.stdout).unwrap();
            let v = &json["claims"][0]["value"];
            (
                v["low"].as_str().unwrap().to_string(),
                v["high"].as_str().unwrap().to_string(),
            )
        };
        assert_eq!(bounds(&tmp), ("108".to_string(), "132".to_string()));
        tmp.file("claimcheck.toml", "tolerance = \"0.2\"\n");
        assert_eq!(bounds(&tmp), ("96".to_string(), "144".to_string()));
        tmp.file("claimcheck.toml", "tolerance = \"1.2\"\n");
        let out = tmp.run(&["claims", "a.md"]);
        assert_fails_with(
            &out,
            &["claimcheck.toml", "between 0 and 1", "not a tolerance"],
        );
    }

    #[test]
    fn bad_values_are_labelled() {
        let tmp = Scratch::new();
        tmp.file("a.md", CLEAN);
        for (toml, words) in [
            (
                "[severity]\nCC101 = \"fatal\"\n",
                &["must be error, warning or note", "not a severity"][..],
            ),
            (
                "published = \"2026-02-30\"\n",
                &["not a real calendar date"][..],
            ),
            (
                "[[per-path]]\npath = \"/srv/news\"\n",
                &["relative to the config file's folder"][..],
            ),
            (
                "[[per-path]]\npath = \"wire\"\nselct = [\"CC101\"]\n",
                &["unknown field `selct`"][..],
            ),
            (
                "rules = [\"no-such-folder\"]\n",
                &["does not exist", "not a folder"][..],
            ),
            ("select = \"CC101\"\n", &["invalid type"][..]),
        ] {
            tmp.file("claimcheck.toml", toml);
            let out = tmp.run(&["check", "a.md"]);
            let mut all = vec!["claimcheck.toml"];
            all.extend_from_slice(words);
            assert_fails_with(&out, &all);
        }
    }
}

mod suppressions {
    use super::*;

    /// RECAPTURED with a suppression comment above the recapture line.
    fn suppressed(comment: &str) -> String {
        RECAPTURED.replace("By Tuesday", &format!("{comment}\nBy Tuesday"))
    }

    #[test]
    fn a_suppressed_finding_disappears() {
        let tmp = Scratch::new();
        tmp.file(
            "a.md",
            &suppressed("<!-- claimcheck: ignore CC101 reason=\"the governor counts last year's 20 escapees too\" -->"),
        );
        let (code, json) = tmp.check_json(&with_date(&["a.md", "--no-config"]));
        assert_eq!((code, codes(&json)), (0, vec![]));
    }

    #[test]
    fn only_the_next_non_blank_line_is_covered() {
        let tmp = Scratch::new();
        // The comment sits above the escape line; CC101's primary label is the
        // recapture figure two lines further down.
        tmp.file(
            "a.md",
            &RECAPTURED.replace(
                "Police said",
                "<!-- claimcheck: ignore CC101 -->\n\nPolice said",
            ),
        );
        let (code, json) = tmp.check_json(&with_date(&["a.md", "--no-config"]));
        assert_eq!(code, 1);
        assert_eq!(codes(&json), ["CC902", "CC101"]);
    }

    #[test]
    fn ignore_file_covers_the_whole_file() {
        let tmp = Scratch::new();
        tmp.file(
            "a.md",
            &format!("{RECAPTURED}\n<!-- claimcheck: ignore-file CC101 reason=\"disputed figures\" -->\n"),
        );
        let (code, json) = tmp.check_json(&with_date(&["a.md", "--no-config"]));
        assert_eq!((code, codes(&json)), (0, vec![]));
    }

    #[test]
    fn plain_text_comments_work_too() {
        let tmp = Scratch::new();
        for marker in ["", "# ", "// ", "% "] {
            tmp.file(
                "a.txt",
                &suppressed(&format!("{marker}claimcheck: ignore CC101")),
            );
            let (code, json) = tmp.check_json(&with_date(&["a.txt", "--no-config"]));
            assert_eq!((code, codes(&json)), (0, vec![]), "{marker:?}");
        }
    }

    #[test]
    fn unknown_and_unused_suppressions_are_reported_with_the_reason() {
        let tmp = Scratch::new();
        let text = format!(
            "{}\n<!-- claimcheck: ignore CC002 reason=\"the fire service corrected its count\" -->\nThe jail holds 300 inmates.\n",
            suppressed("<!-- claimcheck: ignore CC1O1 -->")
        );
        tmp.file("a.md", &text);
        let (code, json) = tmp.check_json(&with_date(&["a.md", "--no-config"]));
        assert_eq!(code, 1, "the mistyped code hides nothing");
        let found = findings(&json);
        let summary: Vec<(&str, &str)> =
            found.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
        assert_eq!(
            summary,
            [
                ("CC901", "warning"),
                ("CC101", "error"),
                ("CC902", "warning")
            ]
        );
        assert_eq!(found[0].2, "`CC1O1` is not a rule code");
        let help = json["diagnostics"][0]["help"].as_str().unwrap();
        assert!(help.starts_with("Did you mean CC101"), "{help}");
        assert_eq!(json["diagnostics"][0]["labels"][0]["text"], "CC1O1");
        assert_eq!(
            found[2].2,
            "the suppression of CC002 hides no finding on the next line (reason: \"the fire service corrected its count\")"
        );
    }

    #[test]
    fn a_suppression_must_name_a_code() {
        let tmp = Scratch::new();
        tmp.file(
            "a.md",
            &suppressed("<!-- claimcheck: ignore reason=\"disputed\" -->"),
        );
        let (code, json) = tmp.check_json(&with_date(&["a.md", "--no-config"]));
        assert_eq!(code, 1);
        assert_eq!(
            findings(&json)[0],
            (
                "CC901".to_string(),
                "warning".to_string(),
                "a suppression must name at least one rule code".to_string()
            )
        );
    }

    #[test]
    fn the_audit_rules_obey_the_config() {
        let tmp = Scratch::new();
        tmp.file("a.md", &suppressed("<!-- claimcheck: ignore CC102 -->"));
        let (_, json) = tmp.check_json(&with_date(&["a.md"]));
        assert_eq!(codes(&json), ["CC902", "CC101"]);
        tmp.file("claimcheck.toml", "ignore = [\"CC902\"]\n");
        let (_, json) = tmp.check_json(&with_date(&["a.md"]));
        assert_eq!(codes(&json), ["CC101"]);
        tmp.file(
            "claimcheck.toml",
            "[severity]\nCC902 = \"error\"\nCC101 = \"note\"\n",
        );
        let (code, json) = tmp.check_json(&with_date(&["a.md"]));
        assert_eq!(code, 1);
        assert_eq!(findings(&json)[0].1, "error");
    }

    #[test]
    fn figures_in_a_suppression_comment_are_not_claims() {
        let tmp = Scratch::new();
        tmp.file(
            "a.md",
            &suppressed("<!-- claimcheck: ignore CC101 reason=\"about 900 escaped in 2019\" -->"),
        );
        let out = tmp.run(&with_date(&["claims", "a.md", "--no-config"]));
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(!text.contains("900") && !text.contains("2019"), "{text}");
        assert!(text.contains("\"55\""), "{text}");
    }
}

mod rules_command {
    use super::*;

    #[test]
    fn lists_every_rule_with_its_metadata() {
        let tmp = Scratch::new();
        let out = tmp.run(&["rules", "--no-config"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        let first = text.lines().next().unwrap();
        assert!(
            first.starts_with("code") && first.contains("severity") && first.contains("origin")
        );
        for row in [
            "CC001  future-date",
            "CC101  recaptured-exceeds-escaped",
            "CC901  invalid-suppression",
            "CC902  unused-suppression",
        ] {
            assert!(text.contains(row), "{row} missing:\n{text}");
        }
        let out = tmp.run(&["rules", "--no-config", "--format", "json"]);
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["schema"], "claimcheck/rules@1");
        let cc101 = json["rules"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["code"] == "CC101")
            .unwrap();
        assert_eq!(cc101["name"], "recaptured-exceeds-escaped");
        assert_eq!(cc101["default_severity"], "error");
        assert_eq!(cc101["origin"], "pack custody");
    }

    #[test]
    fn packs_from_the_command_line_are_listed() {
        let tmp = Scratch::new();
        tmp.file("packs/heist.toml", HEIST_PACK);
        let out = tmp.run(&["rules", "--no-config", "--rules", "packs"]);
        let text = stdout(&out);
        let row: Vec<&str> = text
            .lines()
            .find(|l| l.starts_with("CC601"))
            .unwrap_or_else(|| panic!("no CC601 row:\n{text}"))
            .split_whitespace()
            .collect();
        assert_eq!(
            row[..5],
            [
                "CC601",
                "recovered-exceeds-stolen",
                "error",
                "pack",
                "heist"
            ]
        );
        let out = tmp.run(&[
            "rules",
            "explain",
            "CC601",
            "--no-config",
            "--rules",
            "packs",
        ]);
        assert!(stdout(&out).contains("items recovered against items stolen"));
    }

    #[test]
    fn explain_prints_the_documentation() {
        let tmp = Scratch::new();
        for query in ["CC101", "cc101", "recaptured-exceeds-escaped"] {
            let out = tmp.run(&["rules", "explain", query, "--no-config"]);
            assert_eq!(out.status.code(), Some(0), "{query}");
            let text = stdout(&out);
            assert!(
                text.starts_with("CC101 recaptured-exceeds-escaped\n"),
                "{text}"
            );
            for heading in [
                "What it checks:",
                "Why it matters:",
                "Example:",
                "Corrected:",
            ] {
                assert!(text.contains(heading), "{query}: no {heading}");
            }
        }
        let out = tmp.run(&["rules", "explain", "CC902", "--no-config"]);
        assert!(stdout(&out).contains("Default severity: warning"));
    }

    #[test]
    fn explain_of_an_unknown_code_exits_2_with_suggestions() {
        let tmp = Scratch::new();
        let out = tmp.run(&["rules", "explain", "CC1O1", "--no-config"]);
        assert_fails_with(&out, &["unknown rule `CC1O1`", "did you mean CC101"]);
        let out = tmp.run(&[
            "rules",
            "explain",
            "recaptured-exceeds-escapd",
            "--no-config",
        ]);
        assert_fails_with(&out, &["did you mean CC101 (recaptured-exceeds-escaped)"]);
        let out = tmp.run(&["rules", "explain", "QQ7", "--no-config"]);
        assert_fails_with(
            &out,
            &["unknown rule `QQ7`", "`claimcheck rules` lists every rule"],
        );
    }
}

/// The scratch folders live under the temp dir; make sure that is not inside a
/// folder with a claimcheck.toml of its own, which would change every scenario.
#[test]
fn temp_dir_has_no_config_above_it() {
    let tmp = Scratch::new();
    let above: Vec<&Path> = tmp
        .0
        .ancestors()
        .filter(|d| d.join("claimcheck.toml").is_file())
        .collect();
    assert!(
        above.is_empty(),
        "a claimcheck.toml above the temp dir: {above:?}"
    );
}

/// A hedge covers rounding, not two digits swapped in a figure of three
/// significant digits: "some 312,000 panels" … "all 321,000 panels" is CC004;
/// "some 312,000" … "all 312,400" is a rounding, and round figures of two
/// significant digits ("about 12,000" … "21,000") are two quantities.
#[test]
fn swapped_digits_beside_a_hedge_are_a_count_mismatch() {
    let tmp = Scratch::new();
    let draft = |a: &str, b: &str| {
        format!(
            "# Solar farm approved\n\nThe scheme will use {a} panels on fixed frames, the company says.\n\n\
Once all {b} panels are in place, the farm will be the third-largest in the region.\n"
        )
    };
    tmp.file("swapped.md", &draft("some 312,000", "321,000"));
    tmp.file("rounded.md", &draft("some 312,000", "312,400"));
    tmp.file("round.md", &draft("about 12,000", "21,000"));
    let (_, json) = tmp.check_json(&["--no-config", "swapped.md"]);
    assert_eq!(codes(&json), ["CC004"], "{json:#}");
    let help = json["diagnostics"][0]["help"].as_str().unwrap_or_default();
    assert!(help.contains("swapped digits"), "{help}");
    for quiet in ["rounded.md", "round.md"] {
        let (_, json) = tmp.check_json(&["--no-config", quiet]);
        assert!(codes(&json).is_empty(), "{quiet}: {json:#}");
    }
}

/// The human report fits the terminal it is asked for (`COLUMNS`): a news
/// paragraph is one long line, so a snippet shows a window of it around the
/// labels, and labels far apart get windows of their own. The line and column
/// each window names are the ones the JSON gives its label.
#[test]
fn the_human_report_fits_the_terminal() {
    let tmp = Scratch::new();
    let filler = "The committee heard evidence from residents, engineers and the operator over \
several long sessions in the town hall, and the minutes run to many pages. ";
    tmp.file(
        "long.md",
        &format!(
            "# Blackout\n\nThe grid failure left a combined 412,000 customers in three provinces \
without power. {filler}{filler}The worst of the outages were in coastal Ardel, where 437,000 \
customers lost power. {filler}\n"
        ),
    );
    let (_, json) = tmp.check_json(&["--no-config", "--select", "CC003", "long.md"]);
    assert_eq!(codes(&json), ["CC003"], "{json:#}");
    for width in ["100", "60"] {
        let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .current_dir(&tmp.0)
            .env("NO_COLOR", "1")
            .env("COLUMNS", width)
            .args(["check", "--no-config", "--select", "CC003", "long.md"])
            .output()
            .expect("the claimcheck binary runs");
        let text = stdout(&out);
        let limit: usize = width.parse().unwrap();
        for line in text.lines() {
            assert!(line.chars().count() <= limit, "{width}: {line}\n{text}");
        }
        // Each window is headed by the exact place of a label in it, the
        // primary label's window by the primary label's.
        let labels = json["diagnostics"][0]["labels"].as_array().unwrap();
        let places: Vec<String> = labels
            .iter()
            .map(|label| format!("[long.md:{}:{}]", label["line"], label["column"]))
            .collect();
        assert!(text.contains(&places[0]), "{width}: {}:\n{text}", places[0]);
        let headers: Vec<&str> = text
            .lines()
            .filter_map(|line| line.split_once("╭─").map(|(_, place)| place))
            .collect();
        assert!(headers.len() >= 2, "{text}");
        for header in headers {
            assert!(
                places.iter().any(|p| p == header),
                "{width}: {header}\n{text}"
            );
        }
        assert!(text.contains("where 437,000 customers"), "{text}");
    }
}

/// False alarms the blind sets bx and by showed, each beside the slip the
/// same rule must still catch: a pair per fault, so neither half can pass
/// by the rule going quiet.
mod same_things_told_apart {
    use super::*;

    fn codes_of(text: &str) -> Vec<String> {
        let tmp = Scratch::new();
        tmp.file("a.md", text);
        let (_, json) = tmp.check_json(&with_date(&["a.md", "--no-config"]));
        codes(&json)
    }

    #[test]
    fn a_vague_count_of_a_subset_picked_by_a_modifier_is_no_contradiction() {
        let subset = "# Bank to shut branches\n\nThe bank will close 20 branches in August. Its members had logged more than 1,000 visitors a week at several rural branches, a union official said.\n";
        assert!(!codes_of(subset).contains(&"CC002".to_string()));
        let same = "# Bank to shut branches\n\nThe bank will close 20 branches in August. Dozens of branches will shut, the bank said.\n";
        assert!(codes_of(same).contains(&"CC002".to_string()));
    }

    #[test]
    fn a_weekly_average_rounds_no_headcount() {
        let rate = "# Branch closures\n\nThe average branch on the list served fewer than 400 customers a week, the chief executive said.\n\nAbout 410 people work in the branches earmarked for closure.\n";
        assert!(!codes_of(rate).contains(&"CC009".to_string()));
        let count = "# Branch closures\n\nThe branches earmarked for closure employ fewer than 400 people, the chief executive said.\n\nAbout 410 people work in the branches earmarked for closure.\n";
        assert!(codes_of(count).contains(&"CC009".to_string()));
    }

    #[test]
    fn a_share_recalled_from_earlier_years_rounds_nothing_of_this_year() {
        let recalled = "# Colony losses\n\nAlmost a quarter of the country's honeybee colonies died over the winter, a survey found.\n\nLosses also topped a fifth in the winters of 2018-19 and 2022-23, when a record 27.5% of colonies were lost.\n";
        assert!(!codes_of(recalled).contains(&"CC009".to_string()));
        let now = "# Colony losses\n\nAlmost a quarter of the country's honeybee colonies died over the winter, a survey found.\n\nThe survey found that 27.5% of colonies were lost this winter.\n";
        assert!(codes_of(now).contains(&"CC009".to_string()));
    }

    #[test]
    fn a_tally_is_judged_against_the_played_count_that_allows_it() {
        let two_teams = "# Olympiad\n\nThe Veldrians collected 19 match points from their 11 matches, with nine wins, one draw and one defeat. Karsk, who won eight matches, drew two and lost one, took silver.\n\nBrandvold scored 8.5 points from 10 games on top board.\n";
        assert!(!codes_of(two_teams).contains(&"CC301".to_string()));
        let wrong = "# Olympiad\n\nThe Veldrians collected 19 match points from their 11 matches, with nine wins, one draw and two defeats.\n";
        assert!(codes_of(wrong).contains(&"CC301".to_string()));
    }
}
