//! The HTML report: one self-contained page an editor opens in a browser.
//!
//! Each article is shown whole, with every claim marked by kind (hover or focus
//! shows its value, interval, hedge, metric and source) and every finding's
//! labels underlined by severity. The findings are listed beside the text, each
//! linked to its labels and each label linked back to its finding by a numbered
//! reference after it, like a footnote. Labels in source documents link the same
//! way into the sources, shown below the article with the reconciliation table.
//!
//! The page is text an attacker may have written (a draft, a source) shown in a
//! browser, so:
//! - every byte of document text goes through [`push_text`]: markup characters as
//!   entities, and controls, bidi overrides and invisible characters written out
//!   visibly as the terminal report writes them, so the page cannot say something
//!   the file does not;
//! - the page has no script and makes no request. Its Content-Security-Policy
//!   allows nothing but its own inline style sheet (`default-src 'none'`), so even
//!   a fault in the escaping could not fetch anything or run code;
//! - the tooltips are CSS (`attr(data-tip)` in `::after`), so the page reads the
//!   same with scripts off, and they show on keyboard focus as on hover.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use claimcheck_claims::{Bound, Claim, Document, Kind, Severity, Span, Value};

use crate::located::{clamp_to_chars, locate, Located};
use crate::shown::escaped;
use crate::Summary;

/// What the reconciliation says about a draft's figures, as the HTML report
/// shows it: filled by the caller from the reconciler's view, so this crate
/// need not know how reconciliation works.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reconciled {
    pub metrics: Vec<ReconciledMetric>,
    pub quotations: Vec<ReconciledQuote>,
}

/// The rows of one metric.
#[derive(Clone, Debug, PartialEq)]
pub struct ReconciledMetric {
    pub metric: String,
    pub rows: Vec<ReconciledRow>,
}

/// A draft figure, its verdict, and the material's figures beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReconciledRow {
    pub draft: Figure,
    pub verdict: String,
    pub material: Vec<Figure>,
}

/// A figure at a place in a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub path: String,
    pub span: Span,
    /// The value in words ("120 (approx)").
    pub value: String,
    /// Who gives it.
    pub source: Option<String>,
    /// How it stands to the draft's figure ("equal", "conflict").
    pub relation: Option<String>,
}

/// A quotation and what the sources say to it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReconciledQuote {
    pub path: String,
    pub span: Span,
    /// The quotation as the draft gives it.
    pub text: String,
    pub verdict: String,
    /// Where the sources say it, when they do.
    pub passage: Option<(String, Span)>,
    pub diff: Option<String>,
}

/// What the HTML page shows of an article besides its findings.
#[derive(Clone, Debug, Default)]
pub struct Annotations {
    /// The article's claims, marked in its text and listed below it.
    pub claims: Vec<Claim>,
    /// The reconciliation with the article's material, when it has any.
    pub reconciled: Option<Reconciled>,
}

/// One article as the page shows it, kept until the page is written.
#[derive(Clone, Debug)]
pub(crate) struct Article {
    pub path: String,
    pub record: Option<String>,
    pub findings: Vec<claimcheck_claims::Finding>,
    /// The article first, then every document a label or figure points into.
    pub docs: Vec<Document>,
    pub claims: Vec<Claim>,
    pub reconciled: Option<Reconciled>,
}

/// An article rendered as a section of the page, with what the page's header
/// says of it.
pub(crate) struct Section {
    id: String,
    title: String,
    summary: Summary,
    claims: usize,
    html: String,
}

/// The Content-Security-Policy of every page: nothing may load, run or be
/// sent; only the page's own inline style applies.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// Renders the `index`th article (0-based) of a page.
pub(crate) fn section(index: usize, article: &Article) -> Section {
    let id = format!("a{}", index + 1);
    let located = locate(&article.findings, &article.docs);
    let mut summary = Summary::default();
    for f in &article.findings {
        summary.count(f.severity);
    }
    let title = match &article.record {
        Some(record) => format!("{} (record {record})", article.path),
        None => article.path.clone(),
    };
    let main_doc = article
        .docs
        .iter()
        .find(|d| d.path == article.path)
        .or(article.docs.first());
    let mut html = String::new();
    let _ = write!(
        html,
        "<section class=\"article\" id=\"{id}\" aria-labelledby=\"{id}-h\">\n<h2 id=\"{id}-h\">"
    );
    push_text(&mut html, &title);
    let _ = write!(
        html,
        "</h2>\n<p class=\"counts\">{} · {} claims</p>\n<div class=\"cols\">\n",
        summary,
        article.claims.len()
    );
    let places = Places::new(&id, &located, article);
    if let Some(doc) = main_doc {
        html.push_str("<div class=\"text\" role=\"document\" aria-label=\"The article\">");
        html.push_str(&marked(
            &doc.text,
            places.marks_in(doc, Some(&article.claims)),
        ));
        html.push_str("</div>\n");
    }
    html.push_str(&findings_list(&id, &located, &places));
    html.push_str("</div>\n");
    if let Some(reconciled) = &article.reconciled {
        html.push_str(&reconciliation(&id, reconciled, &places, &article.claims));
    }
    if !article.claims.is_empty() {
        html.push_str(&claims_table(&id, &article.claims));
    }
    let sources: Vec<&Document> = article
        .docs
        .iter()
        .filter(|d| !main_doc.is_some_and(|m| std::ptr::eq(m, *d)) && places.points_into(&d.path))
        .collect();
    if !sources.is_empty() {
        let _ = write!(
            html,
            "<section class=\"sources\" aria-labelledby=\"{id}-sources\">\n<h3 id=\"{id}-sources\">Sources</h3>\n"
        );
        for (k, doc) in sources.iter().enumerate() {
            let _ = write!(html, "<h4 id=\"{id}-s{}\">", k + 1);
            push_text(&mut html, &doc.path);
            html.push_str("</h4>\n<div class=\"text source\">");
            html.push_str(&marked(&doc.text, places.marks_in(doc, None)));
            html.push_str("</div>\n");
        }
        html.push_str("</section>\n");
    }
    html.push_str("</section>\n");
    Section {
        id,
        title,
        summary,
        claims: article.claims.len(),
        html,
    }
}

/// The whole page: a header with the run's summary and an index of the
/// articles, then each article's section.
pub(crate) fn page(sections: &[Section], summary: Summary, unchecked: usize) -> String {
    let mut out =
        String::with_capacity(sections.iter().map(|s| s.html.len()).sum::<usize>() + 8_192);
    let claims: usize = sections.iter().map(|s| s.claims).sum();
    let files = match sections.len() {
        1 => "1 article".to_string(),
        n => format!("{n} articles"),
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"claimcheck {}\">\n<title>",
        env!("CARGO_PKG_VERSION")
    );
    match sections {
        [one] => push_text(&mut out, &format!("claimcheck: {} ({summary})", one.title)),
        _ => push_text(&mut out, &format!("claimcheck: {files} ({summary})")),
    }
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header>\n<h1>claimcheck report</h1>\n");
    let _ = write!(
        out,
        "<p class=\"summary\" id=\"summary\"><strong>{summary}</strong> in {files}; {claims} claims"
    );
    match unchecked {
        0 => {}
        1 => out.push_str("; 1 file could not be checked"),
        n => {
            let _ = write!(out, "; {n} files could not be checked");
        }
    }
    out.push_str(".</p>\n");
    out.push_str(LEGEND);
    if sections.len() > 1 {
        out.push_str("<nav aria-label=\"Articles\">\n<h2>Articles</h2>\n<ol class=\"index\">\n");
        for s in sections {
            let _ = write!(out, "<li><a href=\"#{}\">", s.id);
            push_text(&mut out, &s.title);
            let _ = writeln!(out, "</a> <span class=\"counts\">{}</span></li>", s.summary);
        }
        out.push_str("</ol>\n</nav>\n");
    }
    out.push_str("</header>\n<main>\n");
    for s in sections {
        out.push_str(&s.html);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// Every place of an article the page marks, with its id: each finding's
/// labels, and the material's figures in the reconciliation table.
struct Places<'a> {
    prefix: &'a str,
    located: &'a [Located<'a>],
    /// The material's figures and quoted passages, in table order: (path, span).
    material: Vec<(&'a str, Span)>,
}

impl<'a> Places<'a> {
    fn new(prefix: &'a str, located: &'a [Located<'a>], article: &'a Article) -> Self {
        let mut material: Vec<(&str, Span)> = Vec::new();
        if let Some(r) = &article.reconciled {
            for row in r.metrics.iter().flat_map(|m| &m.rows) {
                for f in &row.material {
                    material.push((&f.path, f.span));
                }
            }
            for q in &r.quotations {
                if let Some((path, span)) = &q.passage {
                    material.push((path, *span));
                }
            }
        }
        material.sort();
        material.dedup();
        Places {
            prefix,
            located,
            material,
        }
    }

    /// Whether anything is marked in the document at `path`.
    fn points_into(&self, path: &str) -> bool {
        self.material.iter().any(|(p, _)| *p == path)
            || self
                .located
                .iter()
                .flat_map(|l| &l.labels)
                .any(|l| l.path == path && l.doc.is_some())
    }

    fn label_id(&self, finding: usize, label: usize) -> String {
        format!("{}-d{}-{}", self.prefix, finding + 1, label + 1)
    }

    /// The id of a figure of the material, when it is marked.
    fn material_id(&self, path: &str, span: Span) -> Option<String> {
        let k = self
            .material
            .iter()
            .position(|&(p, s)| p == path && s == span)?;
        Some(format!("{}-m{}", self.prefix, k + 1))
    }

    /// The marks in `doc`: the findings' labels, the material's figures, and
    /// (for the article) its claims.
    fn marks_in(&self, doc: &Document, claims: Option<&[Claim]>) -> Vec<Mark> {
        let mut marks = Vec::new();
        for (k, claim) in claims.unwrap_or_default().iter().enumerate() {
            marks.push(Mark {
                span: claim.span,
                tag: "span",
                attrs: format!(
                    "class=\"claim k-{}\" tabindex=\"0\" data-tip=\"{}\"",
                    claim.kind.as_str(),
                    attribute(&claim_summary(claim))
                ),
                id: Some(format!("{}-c{}", self.prefix, k + 1)),
                after: String::new(),
            });
        }
        for (i, l) in self.located.iter().enumerate() {
            for (j, label) in l.labels.iter().enumerate() {
                if label.path != doc.path || label.doc.is_none() {
                    continue;
                }
                let finding = format!("{}-d{}", self.prefix, i + 1);
                marks.push(Mark {
                    span: label.span,
                    tag: "mark",
                    attrs: format!(
                        "class=\"label {}{}\" title=\"{}\"",
                        severity_class(l.finding.severity),
                        if j == 0 { " primary" } else { "" },
                        attribute(&format!("{}: {}", l.finding.code, label.message))
                    ),
                    id: Some(self.label_id(i, j)),
                    after: format!(
                        "<a class=\"ref {}\" href=\"#{finding}\" aria-label=\"finding {} ({})\">{}</a>",
                        severity_class(l.finding.severity),
                        i + 1,
                        l.finding.code,
                        i + 1
                    ),
                });
            }
        }
        for &(path, span) in &self.material {
            if path == doc.path {
                marks.push(Mark {
                    span,
                    tag: "span",
                    attrs: "class=\"figure\"".into(),
                    id: self.material_id(path, span),
                    after: String::new(),
                });
            }
        }
        marks
    }
}

/// The findings beside the text, each linked to its labels.
fn findings_list(prefix: &str, located: &[Located], places: &Places) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<aside class=\"findings\" aria-labelledby=\"{prefix}-fh\">\n<h3 id=\"{prefix}-fh\">Findings</h3>\n"
    );
    if located.is_empty() {
        out.push_str("<p class=\"clean\">No findings.</p>\n</aside>\n");
        return out;
    }
    out.push_str("<ol class=\"findings\">\n");
    for (i, l) in located.iter().enumerate() {
        let f = l.finding;
        let _ = write!(
            out,
            "<li id=\"{prefix}-d{}\" class=\"finding {}\"><p class=\"head\"><span class=\"sev\">{}</span> <code>",
            i + 1,
            severity_class(f.severity),
            severity_class(f.severity)
        );
        push_text(&mut out, &f.code);
        out.push_str("</code> <span class=\"rule\">");
        push_text(&mut out, &f.rule);
        out.push_str("</span></p>\n<p class=\"message\">");
        push_text(&mut out, &f.message);
        out.push_str("</p>\n<ul class=\"labels\">\n");
        for (j, label) in l.labels.iter().enumerate() {
            out.push_str("<li>");
            let place = match label.start {
                Some(at) => format!("{}:{}:{}", label.path, at.line, at.column),
                None => label.path.to_string(),
            };
            if label.doc.is_some() {
                let _ = write!(out, "<a href=\"#{}\">", places.label_id(i, j));
                push_text(&mut out, &place);
                out.push_str("</a> <q>");
                push_text(&mut out, label.text);
                out.push_str("</q>");
            } else {
                push_text(&mut out, &place);
            }
            if !label.message.is_empty() {
                out.push_str(" — ");
                push_text(&mut out, label.message);
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
        if let Some(help) = &f.help {
            out.push_str("<p class=\"help\">");
            push_text(&mut out, help);
            out.push_str("</p>\n");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</aside>\n");
    out
}

/// The reconciliation table: per metric, each draft figure beside the
/// material's, linked to where each stands.
fn reconciliation(prefix: &str, r: &Reconciled, places: &Places, claims: &[Claim]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<section class=\"reconciliation\" aria-labelledby=\"{prefix}-rh\">\n<h3 id=\"{prefix}-rh\">Reconciliation with the sources</h3>\n"
    );
    if r.metrics.is_empty() {
        out.push_str("<p>No draft figure was aligned with the material.</p>\n");
    } else {
        out.push_str(
            "<table>\n<thead><tr><th scope=\"col\">Metric</th><th scope=\"col\">Draft</th>\
             <th scope=\"col\">Verdict</th><th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n",
        );
        for m in &r.metrics {
            for (k, row) in m.rows.iter().enumerate() {
                out.push_str("<tr>");
                if k == 0 {
                    let _ = write!(out, "<th scope=\"rowgroup\" rowspan=\"{}\">", m.rows.len());
                    push_text(&mut out, &m.metric);
                    out.push_str("</th>");
                }
                out.push_str("<td>");
                let claim = claims.iter().position(|c| c.span == row.draft.span);
                push_figure(
                    &mut out,
                    &row.draft,
                    claim.map(|k| format!("{prefix}-c{}", k + 1)),
                );
                push_verdict(&mut out, &row.verdict);
                if row.material.is_empty() {
                    out.push('—');
                }
                for (n, f) in row.material.iter().enumerate() {
                    if n > 0 {
                        out.push_str("<br>");
                    }
                    push_figure(&mut out, f, places.material_id(&f.path, f.span));
                }
                out.push_str("</td></tr>\n");
            }
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if !r.quotations.is_empty() {
        out.push_str(
            "<table class=\"quotes\">\n<thead><tr><th scope=\"col\">Quotation</th>\
             <th scope=\"col\">Verdict</th><th scope=\"col\">In the sources</th></tr></thead>\n<tbody>\n",
        );
        for q in &r.quotations {
            out.push_str("<tr><td>");
            out.push_str("<q>");
            push_text(&mut out, &q.text);
            out.push_str("</q>");
            push_verdict(&mut out, &q.verdict);
            match &q.passage {
                Some((path, span)) => {
                    if let Some(id) = places.material_id(path, *span) {
                        let _ = write!(out, "<a href=\"#{id}\">");
                        push_text(&mut out, path);
                        out.push_str("</a>");
                    } else {
                        push_text(&mut out, path);
                    }
                    if let Some(diff) = &q.diff {
                        out.push_str(" <code>");
                        push_text(&mut out, diff);
                        out.push_str("</code>");
                    }
                }
                None => out.push('—'),
            }
            out.push_str("</td></tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
    out
}

/// Closes a cell, writes the verdict in its own, and opens the next.
fn push_verdict(out: &mut String, verdict: &str) {
    let _ = write!(out, "</td><td class=\"verdict v-{}\">", class_name(verdict));
    push_text(out, verdict);
    out.push_str("</td><td>");
}

fn push_figure(out: &mut String, f: &Figure, link: Option<String>) {
    if let Some(id) = &link {
        let _ = write!(out, "<a href=\"#{id}\">");
    }
    push_text(out, &f.value);
    if link.is_some() {
        out.push_str("</a>");
    }
    let mut notes = Vec::new();
    if let Some(s) = &f.source {
        notes.push(s.as_str());
    }
    if let Some(r) = &f.relation {
        notes.push(r.as_str());
    }
    if !notes.is_empty() {
        out.push_str(" <span class=\"by\">(");
        push_text(out, &notes.join("; "));
        out.push_str(")</span>");
    }
}

/// Every claim in a table, each linked to its mark in the text.
fn claims_table(prefix: &str, claims: &[Claim]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<section class=\"claims\" aria-labelledby=\"{prefix}-ch\">\n<h3 id=\"{prefix}-ch\">Claims</h3>\n\
         <table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Kind</th><th scope=\"col\">Text</th>\
         <th scope=\"col\">Value</th><th scope=\"col\">Interval</th><th scope=\"col\">Hedge</th>\
         <th scope=\"col\">Metric</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n"
    );
    for (k, c) in claims.iter().enumerate() {
        let _ = write!(
            out,
            "<tr><td>{}</td><td><span class=\"swatch k-{kind}\"></span>{kind}</td><td><a href=\"#{prefix}-c{}\">",
            k + 1,
            k + 1,
            kind = c.kind.as_str()
        );
        push_text(&mut out, &c.text);
        out.push_str("</a></td><td>");
        push_text(&mut out, &value_text(c));
        out.push_str("</td><td>");
        push_text(&mut out, &interval_text(&c.value));
        out.push_str("</td><td>");
        push_text(&mut out, &hedge_text(c).unwrap_or_default());
        out.push_str("</td><td>");
        push_text(&mut out, c.metric.as_deref().unwrap_or_default());
        out.push_str("</td><td>");
        if let Some(s) = &c.source {
            push_text(&mut out, &s.name);
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    out
}

/// A claim in one line, as hovering or focusing it shows it: "count: 40 ·
/// interval [40, 40] · metric escaped · source Police (said)".
pub fn claim_summary(c: &Claim) -> String {
    let mut parts = vec![
        format!("{}: {}", c.kind.as_str(), value_text(c)),
        format!("interval {}", interval_text(&c.value)),
    ];
    if let Some(h) = hedge_text(c) {
        parts.push(format!("hedge {h}"));
    }
    if let Some(m) = &c.metric {
        parts.push(format!("metric {m}"));
    }
    if let Some(head) = &c.frame.head {
        parts.push(format!("counts {}", head.lemma));
    }
    if let Some(s) = &c.source {
        parts.push(format!("source {} ({})", s.name, s.cue));
    }
    parts.join(" · ")
}

fn value_text(c: &Claim) -> String {
    let nominal = c.value.nominal_string();
    match (&c.unit, c.kind) {
        (Some(unit), Kind::Money) => format!("{nominal} {unit}"),
        (_, Kind::Percent) => format!("{nominal}%"),
        _ => nominal,
    }
}

/// "[108, 132]", "(80, ∞)", "2025-01-21 to 2025-01-31".
fn interval_text(v: &Value) -> String {
    let numeric = |low: Option<String>, high: Option<String>, low_open: bool, high_open: bool| {
        format!(
            "{}{}, {}{}",
            if low_open || low.is_none() { '(' } else { '[' },
            low.unwrap_or_else(|| "−∞".into()),
            high.clone().unwrap_or_else(|| "∞".into()),
            if high_open || high.is_none() {
                ')'
            } else {
                ']'
            },
        )
    };
    match v {
        Value::Number(i) => numeric(
            i.low.map(|x| x.normalize().to_string()),
            i.high.map(|x| x.normalize().to_string()),
            i.low_open,
            i.high_open,
        ),
        Value::Duration { unit, amount } => numeric(
            amount.low.map(|x| unit.iso(x)),
            amount.high.map(|x| unit.iso(x)),
            amount.low_open,
            amount.high_open,
        ),
        Value::Date(d) if d.low == d.high => d.low.to_string(),
        Value::Date(d) => format!("{} to {}", d.low, d.high),
    }
}

fn hedge_text(c: &Claim) -> Option<String> {
    let bound = (c.bound() != Bound::Exact).then(|| c.bound().as_str().to_string());
    let modality = c.modality.map(|m| format!("{m:?}").to_lowercase());
    match (bound, modality) {
        (Some(b), Some(m)) => Some(format!("{b}, {m}")),
        (b, m) => b.or(m),
    }
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// A word safe as part of a class name: letters, digits and hyphens.
fn class_name(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// A span of a document marked in the page.
struct Mark {
    span: Span,
    tag: &'static str,
    /// The opening tag's attributes but the id.
    attrs: String,
    /// Given to the first element of the mark only, when overlapping marks cut
    /// it in pieces.
    id: Option<String>,
    /// Markup written right after the mark ends (the link back to a finding).
    after: String,
}

/// `text` escaped, with `marks` as elements around their spans. Marks that
/// overlap without nesting are cut into pieces, so the markup nests: the mark
/// on top of the stack closes first, and those it cut are opened again after it.
fn marked(text: &str, mut marks: Vec<Mark>) -> String {
    for m in &mut marks {
        m.span = clamp_to_chars(m.span, text);
    }
    marks.retain(|m| !m.span.is_empty());
    // Longer marks first at one start, so that they hold the shorter ones.
    marks.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut cuts: BTreeSet<usize> = marks
        .iter()
        .flat_map(|m| [m.span.start, m.span.end])
        .collect();
    cuts.insert(0);
    cuts.insert(text.len());
    let mut out = String::with_capacity(text.len() + marks.len() * 96);
    let mut open: Vec<usize> = Vec::new();
    let mut next = 0;
    let cuts: Vec<usize> = cuts.into_iter().collect();
    for (k, &at) in cuts.iter().enumerate() {
        if open.iter().any(|&m| marks[m].span.end == at) {
            let (mut reopen, mut ended) = (Vec::new(), Vec::new());
            while open.iter().any(|&m| marks[m].span.end == at) {
                let m = open.pop().expect("a mark that ends here is open");
                let _ = write!(out, "</{}>", marks[m].tag);
                if marks[m].span.end == at {
                    ended.push(m);
                } else {
                    reopen.push(m);
                }
            }
            // Links back in the order their marks began.
            ended.sort_by_key(|&m| (marks[m].span.start, std::cmp::Reverse(marks[m].span.end), m));
            for m in ended {
                out.push_str(&marks[m].after);
            }
            for m in reopen.into_iter().rev() {
                let _ = write!(out, "<{} {}>", marks[m].tag, marks[m].attrs);
                open.push(m);
            }
        }
        while next < marks.len() && marks[next].span.start == at {
            let m = &marks[next];
            let _ = write!(out, "<{} {}", m.tag, m.attrs);
            if let Some(id) = &m.id {
                let _ = write!(out, " id=\"{id}\"");
            }
            out.push('>');
            open.push(next);
            next += 1;
        }
        if let Some(&to) = cuts.get(k + 1) {
            push_text(&mut out, &text[at..to]);
        }
    }
    out
}

/// The entity a markup character is written as; `None` for other characters.
fn entity(c: char) -> Option<&'static str> {
    match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\'' => Some("&#39;"),
        _ => None,
    }
}

/// Document text as HTML text: markup characters as entities, and the
/// characters the terminal report writes out written out here too.
fn push_text(out: &mut String, text: &str) {
    for c in text.chars() {
        if let Some(e) = entity(c) {
            out.push_str(e);
        } else if let Some(shown) = escaped(c) {
            out.push_str("<span class=\"esc\">");
            out.push_str(&shown);
            out.push_str("</span>");
        } else {
            out.push(c);
        }
    }
}

/// Text for an attribute's value: as [`push_text`], but with the written-out
/// characters inline (no markup can stand in an attribute) and line breaks
/// as spaces.
fn attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if let Some(e) = entity(c) {
            out.push_str(e);
        } else if matches!(c, '\n' | '\r' | '\t') {
            out.push(' ');
        } else if let Some(shown) = escaped(c) {
            out.push_str(&shown);
        } else {
            out.push(c);
        }
    }
    out
}

const LEGEND: &str = "<p class=\"legend\">Claims by kind: \
<span class=\"claim k-count\">count</span> <span class=\"claim k-money\">money</span> \
<span class=\"claim k-percent\">percent</span> <span class=\"claim k-date\">date</span> \
<span class=\"claim k-duration\">duration</span> <span class=\"claim k-ordinal\">ordinal</span>. \
Findings: <mark class=\"label error\">error</mark> <mark class=\"label warning\">warning</mark> \
<mark class=\"label note\">note</mark>, each followed by its number.</p>\n";

const STYLE: &str = include_str!("html.css");

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, name: &str) -> Mark {
        Mark {
            span: Span { start, end },
            tag: "b",
            attrs: format!("class=\"{name}\""),
            id: Some(name.into()),
            after: format!("[{name}]"),
        }
    }

    #[test]
    fn text_is_escaped_and_hidden_characters_are_written_out() {
        let mut out = String::new();
        push_text(&mut out, "<script>\"a\" & 'b'\u{202E}\u{7}</script>");
        assert_eq!(
            out,
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;<span class=\"esc\">\\u{202E}</span>\
             <span class=\"esc\">\u{2407}</span>&lt;/script&gt;"
        );
        assert_eq!(attribute("a\"\n<b>\u{200b}"), "a&quot; &lt;b&gt;\\u{200B}");
    }

    #[test]
    fn nested_marks_nest() {
        let out = marked(
            "one two three",
            vec![mark(4, 7, "inner"), mark(0, 13, "outer")],
        );
        assert_eq!(
            out,
            "<b class=\"outer\" id=\"outer\">one <b class=\"inner\" id=\"inner\">two</b>[inner] three</b>[outer]"
        );
    }

    #[test]
    fn crossing_marks_are_cut_and_keep_one_id() {
        let out = marked("abcdef", vec![mark(0, 4, "x"), mark(2, 6, "y")]);
        assert_eq!(
            out,
            "<b class=\"x\" id=\"x\">ab<b class=\"y\" id=\"y\">cd</b></b>[x]<b class=\"y\">ef</b>[y]"
        );
    }

    #[test]
    fn marks_off_the_text_or_inside_a_character_are_mended() {
        let text = "“40” x";
        // 1 is inside the opening quote; 99 is past the end.
        let out = marked(text, vec![mark(1, 99, "m"), mark(3, 3, "empty")]);
        assert_eq!(out, "<b class=\"m\" id=\"m\">“40” x</b>[m]");
    }

    #[test]
    fn intervals_read_as_intervals() {
        use claimcheck_claims::Interval;
        use rust_decimal::Decimal;
        let v = Value::Number(Interval::at_least(Decimal::new(80, 0), true));
        assert_eq!(interval_text(&v), "(80, ∞)");
        let v = Value::Number(Interval::range(Decimal::new(15, 0), Decimal::new(17, 0)));
        assert_eq!(interval_text(&v), "[15, 17]");
    }
}
