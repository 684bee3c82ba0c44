//! The HTML report as an editor gets it. The binary writes the pages of the
//! check and reconcile fixtures; each page is checked as written (every
//! finding and claim present and linked both ways, no link out, nothing that
//! loads), then opened in headless Chromium: the DOM the browser built is
//! checked the same way (markup a browser would re-nest shows up there), the
//! browser's network log must hold no request from the page, and a
//! screenshot is saved in `target/html-report/` to look at.
//!
//! Without Chromium the browser half is skipped with a message, so `cargo
//! test` passes on a bare machine; `.ci/run` installs Chromium and sets
//! `CLAIMCHECK_REQUIRE_BROWSER=1`, which turns the skip into a failure.

mod common;

use common::{claimcheck, workspace_root};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHECK_FIXTURE: &str = "tests/fixtures/check/harrowgate.md";
const DRAFT: &str = "tests/fixtures/reconcile/draft.md";
const MATERIAL: [&str; 7] = [
    "--source",
    "tests/fixtures/reconcile/sources/emergency-service.md",
    "--source",
    "tests/fixtures/reconcile/sources/mayor-transcript.md",
    "--reference",
    "tests/fixtures/reconcile/facts.toml",
    "--published=2026-05-15",
];

/// A page to check: how the binary writes it, and what it must show.
struct Report {
    name: &'static str,
    page: Vec<String>,
    /// The same run as `claimcheck/diagnostics@1`, for the findings.
    findings: Vec<String>,
    /// `claims` on the draft, for the claims.
    claims: Vec<String>,
    /// The page shows only the reconciliation's findings (CC5xx).
    reconciliation_only: bool,
}

fn reports() -> Vec<Report> {
    let with = |head: &[&str], tail: &[&str]| -> Vec<String> {
        head.iter().chain(tail).map(|s| s.to_string()).collect()
    };
    let mut check_material = vec!["check", DRAFT];
    check_material.extend(MATERIAL);
    let mut reconcile = vec!["reconcile", DRAFT];
    reconcile.extend(MATERIAL);
    vec![
        Report {
            name: "harrowgate",
            page: with(&["check", CHECK_FIXTURE], &["--format", "html"]),
            findings: with(&["check", CHECK_FIXTURE], &["--format", "json"]),
            claims: with(&["claims", CHECK_FIXTURE], &["--format", "json"]),
            reconciliation_only: false,
        },
        Report {
            name: "check-with-sources",
            page: with(&check_material, &["--format", "html"]),
            findings: with(&check_material, &["--format", "json"]),
            claims: with(
                &["claims", DRAFT, "--published=2026-05-15"],
                &["--format", "json"],
            ),
            reconciliation_only: false,
        },
        Report {
            name: "reconcile",
            page: with(&reconcile, &["--format", "html"]),
            findings: with(&check_material, &["--format", "json"]),
            claims: with(
                &["claims", DRAFT, "--published=2026-05-15"],
                &["--format", "json"],
            ),
            reconciliation_only: true,
        },
    ]
}

fn run(args: &[String]) -> String {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = claimcheck(&args);
    let code = out.status.code().expect("an exit code");
    assert!(
        code == 0 || code == 1,
        "claimcheck {args:?} exited {code}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn json(args: &[String]) -> Value {
    serde_json::from_str(&run(args)).expect("JSON output")
}

impl Report {
    /// The findings the page must show: `reconcile` shows the
    /// reconciliation's own, those of `check` with a CC5xx code.
    fn expected_findings(&self) -> Value {
        let mut all = json(&self.findings);
        if self.reconciliation_only {
            all["diagnostics"]
                .as_array_mut()
                .expect("diagnostics")
                .retain(|d| d["code"].as_str().is_some_and(|c| c.starts_with("CC5")));
        }
        all
    }
}

/// The text of `html` with its tags dropped and its entities read.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// `html` without the links back to findings after the labels in it (a
/// label inside another's span has its own).
fn without_refs(html: &str) -> String {
    let mut out = html.to_string();
    while let Some(start) = out.find("<a class=\"ref ") {
        let end = start + out[start..].find("</a>").expect("the link ends") + "</a>".len();
        out.replace_range(start..end, "");
    }
    out
}

/// The inner HTML of the element with `id`, up to its own end tag.
fn element<'p>(page: &'p str, id: &str) -> Option<&'p str> {
    let at = page.find(&format!(" id=\"{id}\""))?;
    let open = page[..at].rfind('<')?;
    let name: String = page[open + 1..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let start = open + page[open..].find('>')? + 1;
    let (opening, closing) = (format!("<{name}"), format!("</{name}>"));
    let mut depth = 1;
    let mut at = start;
    while depth > 0 {
        let next_close = at + page[at..].find(&closing)?;
        let next_open = page[at..].find(&opening).map(|i| at + i);
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + opening.len();
            }
            _ => {
                depth -= 1;
                at = next_close + closing.len();
            }
        }
    }
    Some(&page[start..at - closing.len()])
}

/// The values of `attr="…"` in the page.
fn values<'p>(page: &'p str, attr: &str) -> Vec<&'p str> {
    let needle = format!(" {attr}=\"");
    page.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &page[i + needle.len()..];
            &rest[..rest.find('"').expect("attribute ends")]
        })
        .collect()
}

/// What every page must show, as written and as the browser built it.
fn check_page(name: &str, page: &str, findings: &Value, claims: &Value) {
    let ids = values(page, "id");
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{name}: ids are unique");
    for href in values(page, "href") {
        let target = href
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("{name}: a link out of the page: {href}"));
        assert!(ids.contains(&target), "{name}: #{target} has no target");
    }
    for attr in ["src", "srcset", "action", "data", "poster"] {
        assert!(values(page, attr).is_empty(), "{name}: a {attr} attribute");
    }
    assert!(!page.contains("<script"), "{name}: a script");

    // Every finding, with each of its labels linked both ways.
    let diagnostics = findings["diagnostics"].as_array().expect("diagnostics");
    assert!(!diagnostics.is_empty(), "{name}: the fixture has findings");
    for (i, d) in diagnostics.iter().enumerate() {
        let id = format!("a1-d{}", i + 1);
        let item = element(page, &id).unwrap_or_else(|| panic!("{name}: no {id}"));
        let code = d["code"].as_str().expect("a code");
        assert!(
            item.contains(&format!("<code>{code}</code>")),
            "{name}: {id} is {code}"
        );
        assert!(
            text_of(item).contains(&text_of(d["message"].as_str().expect("a message"))),
            "{name}: {id} gives the message"
        );
        for (j, label) in d["labels"].as_array().expect("labels").iter().enumerate() {
            let label_id = format!("{id}-{}", j + 1);
            let marked = element(page, &label_id)
                .unwrap_or_else(|| panic!("{name}: label {label_id} is not marked"));
            assert_eq!(
                text_of(&without_refs(marked)),
                label["text"].as_str().expect("text")
            );
            assert!(
                item.contains(&format!("href=\"#{label_id}\"")),
                "{name}: {id} links to {label_id}"
            );
            let back = format!("href=\"#{id}\"");
            let after = &page[page.find(&format!(" id=\"{label_id}\"")).expect("marked")..];
            let next_link = after.find(" href=\"#").expect("a link after the label");
            assert!(
                after[next_link..].starts_with(&format!(" {back}")),
                "{name}: {label_id} links back to {id}"
            );
        }
    }

    // Every claim, marked with its text.
    let claims = claims["files"][0]["claims"]
        .as_array()
        .or_else(|| claims["claims"].as_array())
        .expect("claims");
    assert!(!claims.is_empty(), "{name}: the fixture has claims");
    for (k, claim) in claims.iter().enumerate() {
        let id = format!("a1-c{}", k + 1);
        let marked = element(page, &id).unwrap_or_else(|| panic!("{name}: no claim {id}"));
        assert_eq!(
            text_of(&without_refs(marked)),
            claim["text"].as_str().expect("text"),
            "{name}: {id}"
        );
        assert!(
            page.contains(&format!("href=\"#{id}\"")),
            "{name}: the claims table links to {id}"
        );
    }
    assert!(
        element(page, &format!("a1-c{}", claims.len() + 1)).is_none(),
        "{name}: no more claims than `claims` gives"
    );
}

#[test]
fn pages_show_every_finding_and_claim_linked() {
    for report in reports() {
        let page = run(&report.page);
        check_page(
            report.name,
            &page,
            &report.expected_findings(),
            &json(&report.claims),
        );
    }
}

/// Chromium, when this machine has it: `CLAIMCHECK_CHROMIUM`, else the
/// usual names on the PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CLAIMCHECK_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| {
            ["chromium", "chromium-browser", "google-chrome"]
                .into_iter()
                .map(move |name| dir.join(name))
        })
        .find(|p| p.is_file())
}

/// Runs headless Chromium on `page` with a fresh profile: the DOM after
/// the page loaded, and the URLs the page itself asked for, from the
/// network log (the browser's own requests have no page as initiator).
fn in_browser(chromium: &Path, page: &Path, extra: &[String]) -> (String, Vec<String>) {
    let scratch = page.with_extension("profile");
    let _ = std::fs::remove_dir_all(&scratch);
    let net_log = page.with_extension("netlog.json");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", scratch.display()))
        .arg(format!("--log-net-log={}", net_log.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Chromium starts");
    let started = Instant::now();
    while child.try_wait().expect("Chromium runs").is_none() {
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("Chromium took over two minutes on {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output().expect("Chromium's output");
    let _ = std::fs::remove_dir_all(&scratch);
    let log = std::fs::read_to_string(&net_log).expect("Chromium wrote its network log");
    // A log cut short at exit lacks its closing brackets.
    let log: Value = serde_json::from_str(&log)
        .or_else(|_| serde_json::from_str(&format!("{}]}}", log.trim_end().trim_end_matches(','))))
        .expect("the network log is JSON");
    let start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"].clone();
    let asked = log["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["type"] == start_job)
        .filter(|e| e["params"]["initiator"].as_str() != Some("not an origin"))
        .filter_map(|e| e["params"]["url"].as_str().map(str::to_string))
        .filter(|url| !url.starts_with("file://"))
        .collect();
    (String::from_utf8_lossy(&out.stdout).into_owned(), asked)
}

#[test]
fn pages_in_a_real_browser() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var_os("CLAIMCHECK_REQUIRE_BROWSER").is_none(),
            "CLAIMCHECK_REQUIRE_BROWSER is set but no Chromium was found"
        );
        eprintln!("skipped: no Chromium on this machine (install Debian's `chromium` to run it)");
        return;
    };
    let dir = workspace_root().join("target/html-report");
    std::fs::create_dir_all(&dir).expect("a folder for the pages");
    let dir = dir.canonicalize().expect("an absolute folder");

    // The detector first: a page that does load something must be caught.
    let probe = dir.join("probe.html");
    std::fs::write(
        &probe,
        "<!DOCTYPE html><title>probe</title><img src=\"http://127.0.0.1:9/x.png\">",
    )
    .expect("the probe page");
    let (_, asked) = in_browser(&chromium, &probe, &["--dump-dom".into()]);
    assert_eq!(
        asked,
        ["http://127.0.0.1:9/x.png"],
        "the probe's request is seen"
    );

    for report in reports() {
        let path = dir.join(format!("{}.html", report.name));
        std::fs::write(&path, run(&report.page)).expect("the page is written");
        let (dom, asked) = in_browser(&chromium, &path, &["--dump-dom".into()]);
        assert!(
            asked.is_empty(),
            "{}: the page asked for {asked:?}",
            report.name
        );
        assert!(
            dom.contains("<main>"),
            "{}: Chromium gave the DOM",
            report.name
        );
        check_page(
            report.name,
            &dom,
            &report.expected_findings(),
            &json(&report.claims),
        );
        let shot = dir.join(format!("{}.png", report.name));
        let _ = std::fs::remove_file(&shot);
        in_browser(
            &chromium,
            &path,
            &[
                format!("--screenshot={}", shot.display()),
                "--window-size=1280,1400".into(),
                "--hide-scrollbars".into(),
            ],
        );
        let png = std::fs::read(&shot).expect("Chromium saved a screenshot");
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 10_000,
            "{}: a real picture",
            report.name
        );
        eprintln!("{}: screenshot at {}", report.name, shot.display());
    }
}
