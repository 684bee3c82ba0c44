//! `claimcheck lsp`: a language server over standard input and output, for
//! Markdown and plain text, so an editor shows the findings as the writer
//! types.
//!
//! Each open document is checked as `claimcheck check` checks its file (the
//! same config discovery from the file's folder, packs, published date,
//! select, ignore and inline suppressions) on open, on every change and on
//! save; a finding becomes a diagnostic at its primary label, with the other
//! labels as related information and the help after the message. Hovering a
//! figure shows its claim (value, interval, hedge, metric, source). A code
//! action on a diagnostic inserts the suppression comment for it on the line
//! above, with a reason to fill in.
//!
//! Documents are synced whole (a news article is a few kilobytes; a check
//! takes milliseconds), and each folder's settings are loaded once and kept
//! until a `claimcheck.toml` is saved.

use claimcheck::check::check_annotated;
use claimcheck::material::Material;
use claimcheck::settings::{self, Overrides, Settings};
use claimcheck_claims::{Claim, Document, Finding, Severity, Span};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
    Notification as _, PublishDiagnostics, ShowMessage,
};
use lsp_types::request::{CodeActionRequest, HoverRequest, Request as _};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams,
    CodeActionProviderCapability, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity,
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DidSaveTextDocumentParams, Hover, HoverContents, HoverParams, HoverProviderCapability,
    InitializeParams, Location, MarkupContent, MarkupKind, MessageType, NumberOrString, Position,
    PositionEncodingKind, PublishDiagnosticsParams, Range, SaveOptions, ServerCapabilities,
    ServerInfo, ShowMessageParams, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, TextEdit, Url, WorkspaceEdit,
};
use miette::{miette, IntoDiagnostic, Result};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The codes whose findings cannot be suppressed inline: the audits of the
/// suppression comments themselves.
const UNSUPPRESSIBLE: [&str; 2] = ["CC901", "CC902"];

/// The reason a new suppression comment carries until the writer gives one.
const REASON_PLACEHOLDER: &str = "TODO: why the figure stands";

pub fn run() -> Result<ExitCode> {
    let (connection, io_threads) = Connection::stdio();
    let (id, params) = connection.initialize_start().into_diagnostic()?;
    let params: InitializeParams = serde_json::from_value(params).into_diagnostic()?;
    let encoding = Encoding::negotiate(&params);
    let result = serde_json::json!({
        "capabilities": capabilities(encoding),
        "serverInfo": ServerInfo {
            name: "claimcheck".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        },
    });
    connection.initialize_finish(id, result).into_diagnostic()?;
    let mut server = Server {
        connection: &connection,
        encoding,
        open: HashMap::new(),
        settings: HashMap::new(),
    };
    server.serve()?;
    drop(connection);
    io_threads.join().into_diagnostic()?;
    Ok(ExitCode::SUCCESS)
}

fn capabilities(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::FULL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(true),
                })),
                ..Default::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        ..Default::default()
    }
}

/// How positions count characters on a line: UTF-16 code units (the
/// protocol's default) or bytes, when the client offers UTF-8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf16,
    Utf8,
}

impl Encoding {
    fn negotiate(params: &InitializeParams) -> Encoding {
        let offered = params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref());
        if offered.is_some_and(|o| o.contains(&PositionEncodingKind::UTF8)) {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        }
    }

    fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf8 => PositionEncodingKind::UTF8,
        }
    }

    /// The position of a byte offset of `doc`.
    fn position(self, doc: &Document, offset: usize) -> Position {
        let offset = floor_char(&doc.text, offset);
        let line = doc.line_col(offset).line - 1;
        let start = doc.line_start(offset);
        let before = &doc.text[start..offset];
        let character = match self {
            Encoding::Utf16 => before.encode_utf16().count(),
            Encoding::Utf8 => before.len(),
        };
        Position::new(line as u32, character as u32)
    }

    fn range(self, doc: &Document, span: Span) -> Range {
        Range::new(self.position(doc, span.start), self.position(doc, span.end))
    }

    /// The byte offset of a position in `text` (clamped to its line and to
    /// the text, as the protocol asks of positions past either).
    fn offset(self, text: &str, at: Position) -> usize {
        let mut line_start = 0;
        for _ in 0..at.line {
            match next_line(text, line_start) {
                Some(next) => line_start = next,
                None => return text.len(),
            }
        }
        let mut units = 0;
        for (i, c) in text[line_start..].char_indices() {
            if units >= at.character as usize || c == '\n' || c == '\r' {
                return line_start + i;
            }
            units += match self {
                Encoding::Utf16 => c.len_utf16(),
                Encoding::Utf8 => c.len_utf8(),
            };
        }
        text.len()
    }
}

/// Where the line after the one starting at `from` starts: after "\n",
/// "\r\n" or a lone "\r", as the document's line index counts them.
fn next_line(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let at = from
        + bytes[from..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')?;
    Some(if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
        at + 2
    } else {
        at + 1
    })
}

fn floor_char(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// An open document as last checked.
struct Open {
    doc: Document,
    markdown: bool,
    findings: Vec<Finding>,
    claims: Vec<Claim>,
}

struct Server<'c> {
    connection: &'c Connection,
    encoding: Encoding,
    open: HashMap<Url, Open>,
    /// Each folder's settings, as `check` resolves them for a file there.
    settings: HashMap<PathBuf, Settings>,
}

impl Server<'_> {
    fn serve(&mut self) -> Result<()> {
        for message in &self.connection.receiver {
            match message {
                Message::Request(request) => {
                    if self
                        .connection
                        .handle_shutdown(&request)
                        .into_diagnostic()?
                    {
                        return Ok(());
                    }
                    let response = self.respond(request);
                    self.send(Message::Response(response));
                }
                Message::Notification(n) => self.notified(n),
                Message::Response(_) => {}
            }
        }
        Ok(())
    }

    fn send(&self, message: Message) {
        // The client has gone when this fails; the loop ends with the input.
        let _ = self.connection.sender.send(message);
    }

    fn respond(&self, request: Request) -> Response {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            HoverRequest::METHOD => params::<HoverParams>(&request)
                .map(|p| serde_json::to_value(self.hover(&p)).unwrap_or_default()),
            CodeActionRequest::METHOD => params::<CodeActionParams>(&request)
                .map(|p| serde_json::to_value(self.code_actions(&p)).unwrap_or_default()),
            other => {
                return error(
                    id,
                    ErrorCode::MethodNotFound,
                    format!("claimcheck does not answer {other}"),
                )
            }
        };
        match result {
            Ok(value) => Response::new_ok(id, value),
            Err(e) => error(id, ErrorCode::InvalidParams, e),
        }
    }

    fn notified(&mut self, n: Notification) {
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(n.params) {
                    let markdown = p.text_document.language_id == "markdown";
                    self.check(p.text_document.uri, p.text_document.text, Some(markdown));
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(mut p) = serde_json::from_value::<DidChangeTextDocumentParams>(n.params) {
                    // Synced whole: the last change is the text.
                    if let Some(change) = p.content_changes.pop() {
                        self.check(p.text_document.uri, change.text, None);
                    }
                }
            }
            DidSaveTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidSaveTextDocumentParams>(n.params) {
                    self.saved(p);
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(n.params) {
                    self.open.remove(&p.text_document.uri);
                    self.publish(p.text_document.uri, Vec::new());
                }
            }
            _ => {}
        }
    }

    fn saved(&mut self, p: DidSaveTextDocumentParams) {
        let uri = p.text_document.uri;
        let is_config = uri
            .path_segments()
            .and_then(|mut s| s.next_back())
            .is_some_and(|name| name == "claimcheck.toml");
        if is_config {
            // New settings for every folder: check every open document again.
            self.settings.clear();
            let open: Vec<(Url, String)> = self
                .open
                .iter()
                .map(|(u, o)| (u.clone(), o.doc.text.clone()))
                .collect();
            for (u, text) in open {
                self.check(u, text, None);
            }
        } else if let Some(text) = p.text {
            self.check(uri, text, None);
        } else if let Some(text) = self.open.get(&uri).map(|o| o.doc.text.clone()) {
            self.check(uri, text, None);
        }
    }

    /// Checks a document's text and publishes its diagnostics; a config
    /// that cannot be read is shown to the writer instead.
    fn check(&mut self, uri: Url, text: String, markdown: Option<bool>) {
        let path = uri
            .to_file_path()
            .unwrap_or_else(|_| PathBuf::from(uri.path()));
        let markdown = markdown
            .or_else(|| self.open.get(&uri).map(|o| o.markdown))
            .unwrap_or_else(|| is_markdown(&path));
        let doc = Document::new(path.to_string_lossy(), text);
        match self.findings(&path, &doc) {
            Ok((findings, claims)) => {
                let diagnostics = findings
                    .iter()
                    .filter_map(|f| self.diagnostic(&uri, &doc, f))
                    .collect();
                self.open.insert(
                    uri.clone(),
                    Open {
                        doc,
                        markdown,
                        findings,
                        claims,
                    },
                );
                self.publish(uri, diagnostics);
            }
            Err(report) => {
                let message = format!("claimcheck could not check {}: {report:?}", path.display());
                self.send(Message::Notification(Notification::new(
                    ShowMessage::METHOD.into(),
                    ShowMessageParams {
                        typ: MessageType::ERROR,
                        message: claimcheck_report::escape_for_terminal(&message).into_owned(),
                    },
                )));
            }
        }
    }

    fn findings(&mut self, path: &Path, doc: &Document) -> Result<(Vec<Finding>, Vec<Claim>)> {
        let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let ov = Overrides::default();
        if !self.settings.contains_key(&folder) {
            let mut resolved = settings::for_files([path], &ov)?;
            let s = resolved
                .settings
                .pop()
                .ok_or_else(|| miette!("no settings for {}", path.display()))?;
            self.settings.insert(folder.clone(), s);
        }
        let s = &self.settings[&folder];
        let material = Material {
            sources: Vec::new(),
            references: claimcheck_reconcile::References::new(),
        };
        let (findings, annotations) = check_annotated(doc, path, s, &ov, &material, s.published)?;
        Ok((findings, annotations.claims))
    }

    fn publish(&self, uri: Url, diagnostics: Vec<Diagnostic>) {
        let version = None;
        self.send(Message::Notification(Notification::new(
            PublishDiagnostics::METHOD.into(),
            PublishDiagnosticsParams {
                uri,
                diagnostics,
                version,
            },
        )));
    }

    /// A finding as a diagnostic at its primary label; the other labels in
    /// this document are its related information.
    fn diagnostic(&self, uri: &Url, doc: &Document, f: &Finding) -> Option<Diagnostic> {
        let primary = f.labels.first()?;
        if primary.path != doc.path {
            return None;
        }
        let related: Vec<DiagnosticRelatedInformation> = f
            .labels
            .iter()
            .skip(1)
            .filter(|l| l.path == doc.path)
            .map(|l| DiagnosticRelatedInformation {
                location: Location::new(uri.clone(), self.encoding.range(doc, l.span)),
                message: if l.message.is_empty() {
                    doc.slice(l.span).to_string()
                } else {
                    l.message.clone()
                },
            })
            .collect();
        let mut message = f.message.clone();
        if let Some(help) = &f.help {
            message.push_str("\nhelp: ");
            message.push_str(help);
        }
        Some(Diagnostic {
            range: self.encoding.range(doc, primary.span),
            severity: Some(match f.severity {
                Severity::Error => DiagnosticSeverity::ERROR,
                Severity::Warning => DiagnosticSeverity::WARNING,
                Severity::Note => DiagnosticSeverity::INFORMATION,
            }),
            code: Some(NumberOrString::String(f.code.clone())),
            source: Some("claimcheck".into()),
            message,
            related_information: (!related.is_empty()).then_some(related),
            ..Default::default()
        })
    }

    /// The claim under the cursor.
    fn hover(&self, p: &HoverParams) -> Option<Hover> {
        let at = &p.text_document_position_params;
        let open = self.open.get(&at.text_document.uri)?;
        let offset = self.encoding.offset(&open.doc.text, at.position);
        let claim = open
            .claims
            .iter()
            .find(|c| c.span.start <= offset && offset < c.span.end)?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: format!(
                    "**{}**: {}",
                    markdown_text(&claim.text),
                    markdown_text(&claimcheck_report::claim_summary(claim))
                ),
            }),
            range: Some(self.encoding.range(&open.doc, claim.span)),
        })
    }

    /// For each of claimcheck's diagnostics in the request, an action that
    /// suppresses its finding with a comment on the line above.
    fn code_actions(&self, p: &CodeActionParams) -> Vec<CodeActionOrCommand> {
        let uri = &p.text_document.uri;
        let Some(open) = self.open.get(uri) else {
            return Vec::new();
        };
        let mut actions = Vec::new();
        for d in &p.context.diagnostics {
            if d.source.as_deref() != Some("claimcheck") {
                continue;
            }
            let Some(NumberOrString::String(code)) = &d.code else {
                continue;
            };
            if UNSUPPRESSIBLE.contains(&code.as_str()) {
                continue;
            }
            let start = self.encoding.offset(&open.doc.text, d.range.start);
            // Only findings this document still has: a stale diagnostic
            // names nothing to suppress.
            let known = open.findings.iter().any(|f| {
                &f.code == code && f.labels.first().is_some_and(|l| l.span.start == start)
            });
            if !known {
                continue;
            }
            let line_start = open.doc.line_start(start);
            let indent: String = open.doc.text[line_start..]
                .chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect();
            let comment = if open.markdown {
                format!(
                    "{indent}<!-- claimcheck: ignore {code} reason=\"{REASON_PLACEHOLDER}\" -->\n"
                )
            } else {
                format!("{indent}claimcheck: ignore {code} reason=\"{REASON_PLACEHOLDER}\"\n")
            };
            let at = self.encoding.position(&open.doc, line_start);
            let edit = WorkspaceEdit {
                changes: Some(HashMap::from([(
                    uri.clone(),
                    vec![TextEdit::new(Range::new(at, at), comment)],
                )])),
                ..Default::default()
            };
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Suppress {code} on this line (claimcheck: ignore, with a reason)"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![d.clone()]),
                edit: Some(edit),
                ..Default::default()
            }));
        }
        actions
    }
}

fn params<P: serde::de::DeserializeOwned>(request: &Request) -> Result<P, String> {
    serde_json::from_value(request.params.clone()).map_err(|e| e.to_string())
}

fn error(id: RequestId, code: ErrorCode, message: String) -> Response {
    Response::new_err(id, code as i32, message)
}

fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "md" | "markdown" | "mdx"))
}

/// Article text inside Markdown: its markup characters escaped, and what the
/// terminal would not show as itself written out.
fn markdown_text(text: &str) -> String {
    let shown = claimcheck_report::escape_for_terminal(text);
    let mut out = String::with_capacity(shown.len());
    for c in shown.chars() {
        if "\\`*_{}[]<>()#+-.!|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units_or_bytes() {
        let doc = Document::new("a.md", "ab\r\n“40” x\n😀 7");
        let forty = doc.text.find("40").expect("40");
        assert_eq!(Encoding::Utf16.position(&doc, forty), Position::new(1, 1));
        assert_eq!(Encoding::Utf8.position(&doc, forty), Position::new(1, 3));
        let seven = doc.text.find('7').expect("7");
        // The emoji is two UTF-16 units and four bytes.
        assert_eq!(Encoding::Utf16.position(&doc, seven), Position::new(2, 3));
        assert_eq!(Encoding::Utf8.position(&doc, seven), Position::new(2, 5));
        for encoding in [Encoding::Utf16, Encoding::Utf8] {
            for offset in [0, forty, seven, doc.text.len()] {
                let at = encoding.position(&doc, offset);
                assert_eq!(
                    encoding.offset(&doc.text, at),
                    offset,
                    "{encoding:?} {offset}"
                );
            }
        }
    }

    #[test]
    fn positions_past_a_line_or_the_text_are_clamped() {
        let text = "one\rtwo\nthree";
        assert_eq!(Encoding::Utf16.offset(text, Position::new(0, 99)), 3);
        assert_eq!(Encoding::Utf16.offset(text, Position::new(1, 1)), 5);
        assert_eq!(
            Encoding::Utf16.offset(text, Position::new(9, 0)),
            text.len()
        );
    }

    #[test]
    fn article_text_cannot_become_markup_in_a_hover() {
        assert_eq!(markdown_text("*40* [x](y)"), "\\*40\\* \\[x\\]\\(y\\)");
        assert_eq!(markdown_text("a\u{202E}b"), "a\\\\u\\{202E\\}b");
    }
}
