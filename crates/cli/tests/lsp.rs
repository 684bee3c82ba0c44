//! `claimcheck lsp` driven over JSON-RPC as an editor drives it: the binary
//! is started with pipes for standard input and output, and every message is
//! framed with its Content-Length header.
//!
//! Open a draft: its diagnostics are what `check --format json` reports for
//! the file. Edit a figure right: its diagnostic goes. Take the code action on
//! a diagnostic and apply its edit: `check` no longer reports the finding, and
//! the suppression it wrote hides something (no CC902) and parses (no CC901).

mod common;

use common::{claimcheck, workspace_root};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

const FIXTURE: &str = "tests/fixtures/check/harrowgate.md";

/// The editor's side of the connection.
struct Editor {
    server: Child,
    input: ChildStdin,
    messages: Receiver<Value>,
    /// Notifications read while waiting for a response.
    pending: Vec<Value>,
    next_id: u64,
}

impl Editor {
    /// Starts the server and initializes it; `utf8` offers UTF-8 positions.
    fn start(utf8: bool) -> Editor {
        let mut server = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .args(["lsp", "--stdio"])
            .current_dir(std::env::temp_dir())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the server starts");
        let input = server.stdin.take().expect("its input");
        let mut output = BufReader::new(server.stdout.take().expect("its output"));
        let (send, messages) = mpsc::channel();
        std::thread::spawn(move || {
            while let Some(message) = read_message(&mut output) {
                if send.send(message).is_err() {
                    return;
                }
            }
        });
        let mut editor = Editor {
            server,
            input,
            messages,
            pending: Vec::new(),
            next_id: 1,
        };
        let encodings = if utf8 {
            json!(["utf-8", "utf-16"])
        } else {
            json!(["utf-16"])
        };
        let init = editor.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": null,
                "capabilities": {"general": {"positionEncodings": encodings}},
            }),
        );
        let expected = if utf8 { "utf-8" } else { "utf-16" };
        assert_eq!(init["capabilities"]["positionEncoding"], expected);
        assert_eq!(init["serverInfo"]["name"], "claimcheck");
        editor.notify("initialized", json!({}));
        editor
    }

    fn write(&mut self, message: &Value) {
        let body = message.to_string();
        write!(self.input, "Content-Length: {}\r\n\r\n{body}", body.len())
            .expect("the server reads");
        self.input.flush().expect("the server reads");
    }

    fn next(&mut self) -> Value {
        self.messages
            .recv_timeout(Duration::from_secs(60))
            .expect("the server answers within a minute")
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.write(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let message = self.next();
            if message["id"] == id && message.get("method").is_none() {
                assert!(message.get("error").is_none(), "{method}: {message}");
                return message["result"].clone();
            }
            self.pending.push(message);
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.write(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            let message = match self.pending.iter().position(|m| is_diagnostics(m, uri)) {
                Some(i) => self.pending.remove(i),
                None => self.next(),
            };
            if is_diagnostics(&message, uri) {
                return message["params"]["diagnostics"]
                    .as_array()
                    .expect("diagnostics")
                    .clone();
            }
            self.pending.push(message);
        }
    }

    fn open(&mut self, uri: &str, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
        );
        self.diagnostics(uri)
    }

    fn change(&mut self, uri: &str, version: u32, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
        );
        self.diagnostics(uri)
    }

    fn stop(mut self) {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let status = self.server.wait().expect("the server exits");
        assert!(status.success(), "the server exits cleanly: {status}");
    }
}

fn is_diagnostics(message: &Value, uri: &str) -> bool {
    message["method"] == "textDocument/publishDiagnostics" && message["params"]["uri"] == uri
}

fn read_message(output: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if output.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length: ") {
            length = n.parse().ok();
        }
    }
    let mut body = vec![0; length?];
    output.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn fixture() -> (PathBuf, String, String) {
    let path = workspace_root()
        .join(FIXTURE)
        .canonicalize()
        .expect("the fixture");
    let text = std::fs::read_to_string(&path).expect("the fixture's text");
    let uri = format!("file://{}", path.display());
    (path, uri, text)
}

/// `check --format json` on a file, from the workspace root.
fn check_json(path: &Path) -> Vec<Value> {
    let out = claimcheck(&["check", &path.to_string_lossy(), "--format", "json"]);
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    json["diagnostics"].as_array().expect("diagnostics").clone()
}

/// What a diagnostic of the server says, and what one of `check` says, in
/// one shape: code, severity, message (with the help), and each label's
/// start as (line, column), both 0-based.
fn from_server(d: &Value) -> (String, String, String, Vec<(u64, u64)>) {
    let severity = match d["severity"].as_u64() {
        Some(1) => "error",
        Some(2) => "warning",
        Some(3) => "note",
        other => panic!("severity {other:?}"),
    };
    let mut starts = vec![(
        d["range"]["start"]["line"].as_u64().expect("line"),
        d["range"]["start"]["character"]
            .as_u64()
            .expect("character"),
    )];
    for r in d["relatedInformation"].as_array().into_iter().flatten() {
        let start = &r["location"]["range"]["start"];
        starts.push((
            start["line"].as_u64().expect("line"),
            start["character"].as_u64().expect("character"),
        ));
    }
    (
        d["code"].as_str().expect("code").to_string(),
        severity.to_string(),
        d["message"].as_str().expect("message").to_string(),
        starts,
    )
}

fn from_check(d: &Value) -> (String, String, String, Vec<(u64, u64)>) {
    let mut message = d["message"].as_str().expect("message").to_string();
    if let Some(help) = d["help"].as_str() {
        message = format!("{message}\nhelp: {help}");
    }
    let starts = d["labels"]
        .as_array()
        .expect("labels")
        .iter()
        .map(|l| {
            (
                l["line"].as_u64().expect("line") - 1,
                l["column"].as_u64().expect("column") - 1,
            )
        })
        .collect();
    (
        d["code"].as_str().expect("code").to_string(),
        d["severity"].as_str().expect("severity").to_string(),
        message,
        starts,
    )
}

fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().expect("code"))
        .collect()
}

#[test]
fn diagnostics_on_open_are_what_check_reports() {
    let (path, uri, text) = fixture();
    for utf8 in [false, true] {
        let mut editor = Editor::start(utf8);
        let ours: Vec<_> = editor.open(&uri, &text).iter().map(from_server).collect();
        let theirs: Vec<_> = check_json(&path).iter().map(from_check).collect();
        assert!(!theirs.is_empty(), "the fixture has findings");
        assert_eq!(ours, theirs);
        editor.stop();
    }
}

#[test]
fn a_fixed_figure_loses_its_diagnostic_and_a_hover_shows_a_claim() {
    let (_, uri, text) = fixture();
    let mut editor = Editor::start(false);
    let before = editor.open(&uri, &text);
    assert!(codes(&before).contains(&"CC101"), "{:?}", codes(&before));

    // "By Tuesday, 55 had been recaptured" of 40 who escaped: make it 35.
    let fixed = text.replacen("Tuesday, 55 had", "Tuesday, 35 had", 1);
    assert_ne!(fixed, text, "the fixture says 55");
    let after = editor.change(&uri, 2, &fixed);
    assert!(!codes(&after).contains(&"CC101"), "{:?}", codes(&after));
    assert_eq!(after.len(), before.len() - 1, "only that diagnostic went");

    let line = fixed
        .lines()
        .position(|l| l.contains("Police said 40"))
        .expect("a line") as u32;
    let character = fixed
        .lines()
        .nth(line as usize)
        .expect("the line")
        .find("40")
        .expect("40") as u32;
    let hover = editor.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character + 1}}),
    );
    let shown = hover["contents"]["value"].as_str().expect("markdown");
    assert!(shown.starts_with("**40**: count: 40"), "{shown}");
    assert!(shown.contains("metric escaped"), "{shown}");
    assert_eq!(
        hover["range"]["start"],
        json!({"line": line, "character": character})
    );
    // Nothing to show between figures.
    let none = editor.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": 0}}),
    );
    assert!(none.is_null(), "{none}");
    editor.stop();
}

/// `text` with a protocol TextEdit applied.
fn apply(text: &str, edit: &Value) -> String {
    let offset = |at: &Value| -> usize {
        let line = at["line"].as_u64().expect("line") as usize;
        let character = at["character"].as_u64().expect("character") as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        start + character
    };
    let (start, end) = (
        offset(&edit["range"]["start"]),
        offset(&edit["range"]["end"]),
    );
    format!(
        "{}{}{}",
        &text[..start],
        edit["newText"].as_str().expect("new text"),
        &text[end..]
    )
}

#[test]
fn the_code_action_suppresses_its_finding() {
    let (path, uri, text) = fixture();
    let mut editor = Editor::start(false);
    let diagnostics = editor.open(&uri, &text);
    let vague = diagnostics
        .iter()
        .find(|d| d["code"] == "CC002")
        .expect("the fixture's CC002")
        .clone();
    let actions = editor.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": vague["range"],
            "context": {"diagnostics": [vague]},
        }),
    );
    let actions = actions.as_array().expect("actions");
    assert_eq!(actions.len(), 1, "{actions:?}");
    assert_eq!(actions[0]["kind"], "quickfix");
    let edits = actions[0]["edit"]["changes"][&uri]
        .as_array()
        .expect("edits");
    assert_eq!(edits.len(), 1);
    let edited = apply(&text, &edits[0]);
    assert!(
        edited.contains("<!-- claimcheck: ignore CC002 reason=\""),
        "{edited}"
    );

    // `check` on the edited draft, beside the fixture's config.
    let dir = std::env::temp_dir().join(format!("cc-lsp-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    std::fs::copy(
        path.with_file_name("claimcheck.toml"),
        dir.join("claimcheck.toml"),
    )
    .expect("the config");
    let draft = dir.join("harrowgate.md");
    std::fs::write(&draft, &edited).expect("the edited draft");
    let found = check_json(&draft);
    let found_codes = codes(&found);
    assert!(!found_codes.contains(&"CC002"), "{found_codes:?}");
    assert!(!found_codes.contains(&"CC901"), "{found_codes:?}");
    assert_eq!(
        found_codes.iter().filter(|c| **c == "CC902").count(),
        codes(&diagnostics)
            .iter()
            .filter(|c| **c == "CC902")
            .count(),
        "the new suppression hides its finding: {found_codes:?}"
    );
    assert_eq!(found.len(), diagnostics.len() - 1);
    // The server agrees once the editor has the edit.
    let after = editor.change(&uri, 2, &edited);
    assert_eq!(codes(&after), found_codes);
    std::fs::remove_dir_all(&dir).ok();

    // No action for the audits of suppressions, which cannot be suppressed.
    let unused = diagnostics
        .iter()
        .find(|d| d["code"] == "CC902")
        .expect("a CC902")
        .clone();
    let none = editor.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": unused["range"], "context": {"diagnostics": [unused]}}),
    );
    assert_eq!(none, json!([]));
    editor.stop();
}
