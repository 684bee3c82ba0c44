//! Inline suppressions in an article, and the two rules that audit them.
//!
//! `<!-- claimcheck: ignore CC101 reason="…" -->` (Markdown) or a line
//! `claimcheck: ignore CC101 reason="…"` (plain text, optionally after `#`, `//` or
//! `%`) hides findings of the named codes whose primary label starts on the next
//! non-blank line; `ignore-file` hides them in the whole file. Suppressions are
//! audited: one that is malformed or names an unknown code is a CC901 finding, one
//! that hides nothing a CC902 finding.

use claimcheck_claims::{Document, Finding, Label, RuleMeta, Severity, Span};

/// A rule about the article's own suppression comments rather than its figures.
/// It has a code like any rule, so config can select or ignore it.
pub struct MetaRule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub doc: &'static str,
}

impl MetaRule {
    pub fn meta(&self) -> RuleMeta {
        RuleMeta {
            code: self.code.to_string(),
            name: self.name.to_string(),
            default_severity: self.severity,
            summary: self.summary.to_string(),
            doc: self.doc.trim().to_string(),
            origin: "built-in (suppressions)".to_string(),
        }
    }

    fn finding(
        &self,
        doc: &Document,
        span: Span,
        message: String,
        label: &str,
        help: String,
    ) -> Finding {
        Finding {
            code: self.code.to_string(),
            rule: self.name.to_string(),
            severity: self.severity,
            message,
            help: Some(help),
            labels: vec![Label {
                path: doc.path.clone(),
                span,
                message: label.to_string(),
            }],
        }
    }
}

pub const INVALID_SUPPRESSION: MetaRule = MetaRule {
    code: "CC901",
    name: "invalid-suppression",
    severity: Severity::Warning,
    summary: "A suppression comment is malformed, names no rule code, or names an unknown one.",
    doc: r#"
What it checks: every `claimcheck:` suppression comment in the article. It must
say `ignore` or `ignore-file`, name at least one rule code that exists, may end
with `reason="…"`, and must stand on a line of its own. CC901 and CC902 cannot
themselves be suppressed inline.

Why it matters: a suppression that does not parse, or names a mistyped code,
hides nothing, while its author believes a finding was looked at and waived.

Example: "<!-- claimcheck: ignore CC1O1 reason="the ministry counts transfers" -->"
(a letter O where a zero belongs).

Corrected: "<!-- claimcheck: ignore CC101 reason="the ministry counts transfers" -->"
"#,
};

pub const UNUSED_SUPPRESSION: MetaRule = MetaRule {
    code: "CC902",
    name: "unused-suppression",
    severity: Severity::Warning,
    summary: "A suppression comment hides no finding.",
    doc: r#"
What it checks: that each code a suppression names hides at least one finding: on
the next non-blank line for `ignore`, anywhere in the file for `ignore-file`. A
code whose rule is turned off for the file (config `select` or `ignore`) hides
nothing, so it is reported too.

Why it matters: stale suppressions outlive the figures they were written for and
would silently hide a new, real discrepancy on the same line.

Example: "<!-- claimcheck: ignore CC101 -->" above a paragraph whose recapture
figure has since been corrected to 30 of 40 escapees.

Corrected: the comment removed.
"#,
};

/// The rules about suppressions, beside the built-in checks and the packs' rules.
pub static META_RULES: &[MetaRule] = &[INVALID_SUPPRESSION, UNUSED_SUPPRESSION];

/// Where a suppression applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The next non-blank line that is not itself a suppression, as a byte range
    /// without its line break; `None` when the directive is the file's last line.
    NextLine(Option<Span>),
    /// The whole file (`ignore-file`).
    File,
}

/// A well-formed suppression comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    /// The comment, from `<!--` (or the comment marker) to its end.
    pub span: Span,
    pub scope: Scope,
    /// The codes as written, each with its span.
    pub codes: Vec<(String, Span)>,
    /// The text of `reason="…"`, if given.
    pub reason: Option<String>,
}

/// The suppression comments of one document.
#[derive(Clone, Debug, Default)]
pub struct Suppressions {
    pub directives: Vec<Suppression>,
    /// Comments that start like a suppression but cannot be read: CC901 findings.
    pub malformed: Vec<Finding>,
    /// Byte ranges of every suppression comment, well-formed or not.
    comment_spans: Vec<Span>,
}

/// One line of the document: its byte range without the line break.
struct Line {
    span: Span,
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let body = piece.strip_suffix('\n').unwrap_or(piece);
        let body = body.strip_suffix('\r').unwrap_or(body);
        out.push(Line {
            span: Span::new(start, start + body.len()),
        });
        start += piece.len();
    }
    out
}

const MARKER: &str = "claimcheck:";

/// What a line holds, as far as suppressions go.
enum LineKind {
    Text,
    /// A comment on a line of its own: the comment's span and the text after
    /// `claimcheck:` with its offset.
    Directive {
        comment: Span,
        body: Span,
    },
    /// `<!-- claimcheck: … -->` with other text on the line.
    Inline {
        comment: Span,
    },
}

fn classify(text: &str, line: &Line) -> LineKind {
    let raw = &text[line.span.start..line.span.end];
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim();
    let start = line.span.start + lead;
    if let Some(inner) = trimmed
        .strip_prefix("<!--")
        .and_then(|t| t.strip_suffix("-->"))
    {
        let inner_lead = inner.len() - inner.trim_start().len();
        if inner.trim_start().starts_with(MARKER) {
            let body_start = start + 4 + inner_lead + MARKER.len();
            let body_end = start + trimmed.len() - 3;
            return LineKind::Directive {
                comment: Span::new(start, start + trimmed.len()),
                body: Span::new(body_start, body_end.max(body_start)),
            };
        }
    }
    if let Some(at) = find_inline(raw) {
        let from = line.span.start + at;
        let end = raw[at..]
            .find("-->")
            .map_or(line.span.end, |e| line.span.start + at + e + 3);
        return LineKind::Inline {
            comment: Span::new(from, end),
        };
    }
    // Plain text: `claimcheck:` first on the line, optionally after a comment marker.
    let mut rest = trimmed;
    for marker in ["//", "#", "%"] {
        if let Some(r) = rest.strip_prefix(marker) {
            rest = r.trim_start_matches(marker.chars().next().unwrap_or('#'));
            break;
        }
    }
    let rest_trimmed = rest.trim_start();
    if rest_trimmed.starts_with(MARKER) {
        let body_start = start + (trimmed.len() - rest_trimmed.len()) + MARKER.len();
        return LineKind::Directive {
            comment: Span::new(start, start + trimmed.len()),
            body: Span::new(body_start, start + trimmed.len()),
        };
    }
    LineKind::Text
}

/// Byte offset of `<!-- claimcheck:` (any spacing after `<!--`) within a line.
fn find_inline(raw: &str) -> Option<usize> {
    raw.match_indices("<!--")
        .map(|(i, _)| i)
        .find(|&i| raw[i + 4..].trim_start().starts_with(MARKER))
}

/// A piece of a directive body: a word or a `reason="…"` with its byte range.
enum Piece {
    Word(String, Span),
    Reason(String),
}

/// Split the text after `claimcheck:` into words and the reason. Words are
/// separated by spaces or commas; `reason=` must come last and be quoted.
fn pieces(text: &str, body: Span) -> Result<Vec<Piece>, (String, Span)> {
    let s = &text[body.start..body.end];
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() || c == ',' {
            i += c.len_utf8();
            continue;
        }
        if s[i..].starts_with("reason=") {
            let q = i + "reason=".len();
            let open = s[q..].chars().next();
            let close = match open {
                Some('"') => '"',
                Some('“') => '”',
                _ => {
                    return Err((
                        "the reason must be quoted: reason=\"…\"".into(),
                        Span::new(body.start + i, body.start + q),
                    ))
                }
            };
            let from = q + open.map_or(0, char::len_utf8);
            let Some(len) = s[from..].find(close) else {
                return Err((
                    "the reason's closing quote is missing".into(),
                    Span::new(body.start + i, body.end),
                ));
            };
            let after = from + len + close.len_utf8();
            if !s[after..].trim().is_empty() {
                return Err((
                    "nothing may follow the reason".into(),
                    Span::new(body.start + after, body.end),
                ));
            }
            out.push(Piece::Reason(s[from..from + len].trim().to_string()));
            break;
        }
        let len = s[i..]
            .find(|ch: char| ch.is_whitespace() || ch == ',')
            .unwrap_or(s.len() - i);
        out.push(Piece::Word(
            s[i..i + len].to_string(),
            Span::new(body.start + i, body.start + i + len),
        ));
        i += len;
    }
    Ok(out)
}

const SYNTAX_HELP: &str = "Write `<!-- claimcheck: ignore CC101 reason=\"…\" -->` on a line of its own, above the line it is for; `ignore-file` covers the whole file.";

impl Suppressions {
    /// Read every suppression comment in a document.
    pub fn parse(doc: &Document) -> Suppressions {
        let text = &doc.text;
        let lines = lines(text);
        let kinds: Vec<LineKind> = lines.iter().map(|l| classify(text, l)).collect();
        let mut out = Suppressions::default();
        for (n, kind) in kinds.iter().enumerate() {
            let (comment, body) = match kind {
                LineKind::Text => continue,
                LineKind::Inline { comment } => {
                    out.comment_spans.push(*comment);
                    out.malformed.push(INVALID_SUPPRESSION.finding(
                        doc,
                        *comment,
                        "a suppression comment must stand on a line of its own".into(),
                        "shares its line with text",
                        SYNTAX_HELP.into(),
                    ));
                    continue;
                }
                LineKind::Directive { comment, body } => (*comment, *body),
            };
            out.comment_spans.push(comment);
            let bad = |message: String, span: Span, label: &str| {
                INVALID_SUPPRESSION.finding(doc, span, message, label, SYNTAX_HELP.into())
            };
            let pieces = match pieces(text, body) {
                Ok(p) => p,
                Err((message, span)) => {
                    out.malformed.push(bad(message, span, "here"));
                    continue;
                }
            };
            let mut words = pieces.iter().filter_map(|p| match p {
                Piece::Word(w, s) => Some((w.as_str(), *s)),
                Piece::Reason(_) => None,
            });
            let scope = match words.next() {
                Some(("ignore", _)) => {
                    let target = lines[n + 1..]
                        .iter()
                        .zip(&kinds[n + 1..])
                        .find(|(l, k)| {
                            !matches!(k, LineKind::Directive { .. })
                                && !text[l.span.start..l.span.end].trim().is_empty()
                        })
                        .map(|(l, _)| l.span);
                    Scope::NextLine(target)
                }
                Some(("ignore-file", _)) => Scope::File,
                Some((other, span)) => {
                    out.malformed.push(bad(
                        format!(
                            "unknown suppression `{other}`: expected `ignore` or `ignore-file`"
                        ),
                        span,
                        "not ignore or ignore-file",
                    ));
                    continue;
                }
                None => {
                    out.malformed.push(bad(
                        "a suppression must say `ignore` or `ignore-file` and name rule codes"
                            .into(),
                        comment,
                        "empty suppression",
                    ));
                    continue;
                }
            };
            let mut codes: Vec<(String, Span)> = Vec::new();
            for (w, s) in words {
                if !codes.iter().any(|(c, _)| c == w) {
                    codes.push((w.to_string(), s));
                }
            }
            if codes.is_empty() {
                out.malformed.push(bad(
                    "a suppression must name at least one rule code".into(),
                    comment,
                    "names no code",
                ));
                continue;
            }
            let reason = pieces.iter().find_map(|p| match p {
                Piece::Reason(r) if !r.is_empty() => Some(r.clone()),
                _ => None,
            });
            out.directives.push(Suppression {
                span: comment,
                scope,
                codes,
                reason,
            });
        }
        out
    }

    /// The document with every suppression comment blanked out (same length, line
    /// breaks kept), so that figures in a reason are not read as claims. The
    /// document itself when it has none: no copy of a long text for nothing.
    pub fn mask<'d>(&self, doc: &'d Document) -> std::borrow::Cow<'d, Document> {
        if self.comment_spans.is_empty() {
            return std::borrow::Cow::Borrowed(doc);
        }
        let mut text = doc.text.clone().into_bytes();
        for span in &self.comment_spans {
            for b in &mut text[span.start..span.end] {
                if *b != b'\n' && *b != b'\r' {
                    *b = b' ';
                }
            }
        }
        // Whole UTF-8 sequences were replaced by ASCII spaces, so the text stays valid.
        let text = String::from_utf8(text).unwrap_or_else(|_| doc.text.clone());
        std::borrow::Cow::Owned(Document::new(doc.path.clone(), text))
    }

    /// Drop the findings the suppressions cover, and report the suppressions'
    /// own problems: malformed ones, unknown or unsuppressible codes (CC901),
    /// and codes that hid nothing (CC902). `known` is every rule code in force.
    /// The result is in `Finding::sort_key` order.
    pub fn apply(&self, doc: &Document, findings: Vec<Finding>, known: &[&str]) -> Vec<Finding> {
        let meta = |code: &str| META_RULES.iter().any(|m| m.code == code);
        let mut used: Vec<Vec<bool>> = self
            .directives
            .iter()
            .map(|d| vec![false; d.codes.len()])
            .collect();
        let mut out: Vec<Finding> = Vec::new();
        for f in findings {
            let start = f
                .labels
                .first()
                .filter(|l| l.path == doc.path)
                .map(|l| l.span.start);
            let mut hidden = false;
            if let Some(start) = start {
                for (d, flags) in self.directives.iter().zip(used.iter_mut()) {
                    let covers = match d.scope {
                        Scope::File => true,
                        Scope::NextLine(Some(line)) => line.start <= start && start <= line.end,
                        Scope::NextLine(None) => false,
                    };
                    if !covers || meta(&f.code) {
                        continue;
                    }
                    for ((code, _), flag) in d.codes.iter().zip(flags.iter_mut()) {
                        if *code == f.code {
                            *flag = true;
                            hidden = true;
                        }
                    }
                }
            }
            if !hidden {
                out.push(f);
            }
        }
        out.extend(self.malformed.iter().cloned());
        for (d, flags) in self.directives.iter().zip(&used) {
            for ((code, span), used) in d.codes.iter().zip(flags) {
                if meta(code) {
                    out.push(INVALID_SUPPRESSION.finding(
                        doc,
                        *span,
                        format!("{code} cannot be suppressed inline"),
                        "not suppressible here",
                        format!("Turn it off for a file or folder with `ignore = [\"{code}\"]` in claimcheck.toml."),
                    ));
                } else if !known.contains(&code.as_str()) {
                    let similar = similar_codes(code, known.iter().copied());
                    let help = if similar.is_empty() {
                        "`claimcheck rules` lists every rule code.".to_string()
                    } else {
                        format!("Did you mean {}?", similar.join(" or "))
                    };
                    out.push(INVALID_SUPPRESSION.finding(
                        doc,
                        *span,
                        format!("`{code}` is not a rule code"),
                        "unknown code",
                        help,
                    ));
                } else if !used {
                    let place = match d.scope {
                        Scope::File => "in this file",
                        Scope::NextLine(_) => "on the next line",
                    };
                    let reason = d
                        .reason
                        .as_ref()
                        .map(|r| format!(" (reason: \"{r}\")"))
                        .unwrap_or_default();
                    out.push(
                        UNUSED_SUPPRESSION.finding(
                            doc,
                            *span,
                            format!("the suppression of {code} hides no finding {place}{reason}"),
                            "suppresses nothing",
                            "Remove it, or move it to the line above the figure it is meant for."
                                .into(),
                        ),
                    );
                }
            }
        }
        out.sort_by_key(Finding::sort_key);
        out
    }
}

/// Codes (or rule names) close to `query`, for "did you mean": the nearest by edit
/// distance, ignoring case, at most three, best first.
pub fn similar_codes<'a>(
    query: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Vec<String> {
    let q = query.to_ascii_uppercase();
    let limit = (q.chars().count() / 3).clamp(1, 3);
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .map(|c| (edit_distance(&q, &c.to_ascii_uppercase()), c))
        .filter(|(d, _)| *d <= limit)
        .collect();
    scored.sort();
    scored.dedup();
    // A match but for case is the answer; nothing else is worth listing beside it.
    if scored.first().is_some_and(|(d, _)| *d == 0) {
        scored.retain(|(d, _)| *d == 0);
    }
    scored
        .into_iter()
        .take(3)
        .map(|(_, c)| c.to_string())
        .collect()
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(row[j]).min(row[j + 1])
            };
            prev = here;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&str] = &["CC001", "CC101", "CC201", "CC901", "CC902"];

    fn finding(doc: &Document, code: &str, needle: &str) -> Finding {
        let start = doc.text.find(needle).expect("needle in text");
        Finding {
            code: code.into(),
            rule: "some-rule".into(),
            severity: Severity::Error,
            message: "m".into(),
            help: None,
            labels: vec![Label {
                path: doc.path.clone(),
                span: Span::new(start, start + needle.len()),
                message: "l".into(),
            }],
        }
    }

    fn codes(findings: &[Finding]) -> Vec<&str> {
        findings.iter().map(|f| f.code.as_str()).collect()
    }

    #[test]
    fn markdown_comment_covers_the_next_non_blank_line() {
        let doc = Document::new(
            "a.md",
            "Intro.\n<!-- claimcheck: ignore CC101 reason=\"the warden counts transfers\" -->\n\nThen 55 were recaptured.\nLater 70 were recaptured.\n",
        );
        let sup = Suppressions::parse(&doc);
        assert!(sup.malformed.is_empty());
        assert_eq!(sup.directives.len(), 1);
        let d = &sup.directives[0];
        assert_eq!(d.reason.as_deref(), Some("the warden counts transfers"));
        assert_eq!(d.codes[0].0, "CC101");
        assert_eq!(doc.slice(d.codes[0].1), "CC101");
        let kept = sup.apply(
            &doc,
            vec![finding(&doc, "CC101", "55"), finding(&doc, "CC101", "70")],
            KNOWN,
        );
        assert_eq!(kept.len(), 1);
        assert_eq!(doc.slice(kept[0].labels[0].span), "70");
    }

    #[test]
    fn plain_text_forms_and_stacked_comments() {
        for marker in ["", "# ", "// ", "% ", "#"] {
            let text = format!(
                "{marker}claimcheck: ignore CC101, CC001\n<!-- claimcheck: ignore CC201 -->\nThe 55 and its 89th member in 2027.\n"
            );
            let doc = Document::new("a.txt", text);
            let sup = Suppressions::parse(&doc);
            assert_eq!(sup.directives.len(), 2, "{marker:?}");
            let kept = sup.apply(
                &doc,
                vec![
                    finding(&doc, "CC101", "55"),
                    finding(&doc, "CC201", "89th"),
                    finding(&doc, "CC001", "2027"),
                ],
                KNOWN,
            );
            assert!(kept.is_empty(), "{marker:?}: {kept:?}");
        }
    }

    #[test]
    fn ignore_file_covers_everything_it_names() {
        let doc = Document::new(
            "a.md",
            "One 55.\n\nTwo 70.\n<!-- claimcheck: ignore-file CC101 -->\n",
        );
        let sup = Suppressions::parse(&doc);
        let kept = sup.apply(
            &doc,
            vec![
                finding(&doc, "CC101", "55"),
                finding(&doc, "CC101", "70"),
                finding(&doc, "CC001", "Two"),
            ],
            KNOWN,
        );
        assert_eq!(codes(&kept), ["CC001"]);
    }

    #[test]
    fn unknown_unused_and_malformed_are_reported() {
        let doc = Document::new(
            "a.md",
            "<!-- claimcheck: ignore CC1O1 -->\nA 55.\n<!-- claimcheck: ignore CC201 reason=\"old\" -->\nA 55 again.\n<!-- claimcheck: ignore -->\nx\n<!-- claimcheck: disable CC101 -->\ny\nText <!-- claimcheck: ignore CC101 --> inline.\n<!-- claimcheck: ignore CC902 -->\nz\n<!-- claimcheck: ignore CC101 reason=\"open -->\n",
        );
        let sup = Suppressions::parse(&doc);
        let out = sup.apply(&doc, vec![], KNOWN);
        let messages: Vec<String> = out
            .iter()
            .map(|f| format!("{} {}", f.code, f.message))
            .collect();
        assert_eq!(
            messages,
            [
                "CC901 `CC1O1` is not a rule code",
                "CC902 the suppression of CC201 hides no finding on the next line (reason: \"old\")",
                "CC901 a suppression must name at least one rule code",
                "CC901 unknown suppression `disable`: expected `ignore` or `ignore-file`",
                "CC901 a suppression comment must stand on a line of its own",
                "CC901 CC902 cannot be suppressed inline",
                "CC901 the reason's closing quote is missing",
            ]
        );
        assert_eq!(out[0].help.as_deref(), Some("Did you mean CC101?"));
    }

    #[test]
    fn a_suppression_at_the_end_of_the_file_is_unused() {
        let doc = Document::new("a.md", "A 55.\n<!-- claimcheck: ignore CC101 -->\n\n");
        let sup = Suppressions::parse(&doc);
        assert_eq!(sup.directives[0].scope, Scope::NextLine(None));
        let out = sup.apply(&doc, vec![finding(&doc, "CC101", "55")], KNOWN);
        assert_eq!(codes(&out), ["CC101", "CC902"]);
    }

    #[test]
    fn masking_keeps_offsets_and_hides_the_comment() {
        let doc = Document::new(
            "a.md",
            "A “quote”.\n<!-- claimcheck: ignore CC101 reason=\"about 120 — fled\" -->\nB.\n",
        );
        let sup = Suppressions::parse(&doc);
        let masked = sup.mask(&doc);
        assert_eq!(masked.text.len(), doc.text.len());
        assert!(!masked.text.contains("120"));
        assert!(masked.text.starts_with("A “quote”.\n"));
        assert!(masked.text.ends_with("\nB.\n"));
    }

    #[test]
    fn meta_rules_are_documented() {
        for m in META_RULES {
            for heading in [
                "What it checks:",
                "Why it matters:",
                "Example:",
                "Corrected:",
            ] {
                assert!(m.doc.contains(heading), "{} lacks {heading}", m.code);
            }
        }
    }

    #[test]
    fn similar_codes_ranks_by_distance() {
        assert_eq!(similar_codes("cc101", KNOWN.iter().copied()), ["CC101"]);
        assert_eq!(similar_codes("CC1O1", KNOWN.iter().copied()), ["CC101"]);
        assert!(similar_codes("XYZ", KNOWN.iter().copied()).is_empty());
    }
}
