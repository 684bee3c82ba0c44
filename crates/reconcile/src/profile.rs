//! What the reconciler knows of each document and each figure before aligning:
//! sentences, quotations, the document's own name and its speakers; for each
//! figure its comparable value, metric, counted noun, part/whole role, the
//! context words around it (IDF-weighted over all the documents), its scope
//! markers, and who gives it.

use crate::compare::{Family, Quant};
use crate::registry::{Lexicon, ScopedRegistry, SourceName};
use crate::text::{self, Turn, Word};
use crate::Material;
use claimcheck_claims::{Claim, Document, Kind, Span};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Quotations shorter than this are names, titles or scare quotes.
pub const MIN_QUOTE_WORDS: usize = 4;
/// Context words further than this from a figure are not its context.
const CONTEXT_REACH: usize = 15;

/// One document, analysed.
pub struct Profiled<'a> {
    pub doc: &'a Document,
    pub claims: &'a [Claim],
    pub sentences: Vec<Span>,
    /// Quotations of at least [`MIN_QUOTE_WORDS`] words.
    pub quotes: Vec<Span>,
    pub title: Option<(String, Span)>,
    /// The document as a source: its title, or its file stem.
    pub identity: Option<SourceName>,
    /// The body a title "Body: what it is" names before its colon
    /// ("Greyfield Homes: statement on the Housing Standards Regulator's
    /// judgment" is Greyfield's, though the regulator's name is in it too).
    pub body: Option<SourceName>,
    /// Transcript turns and the speaker each names (roles such as REPORTER name nobody).
    pub turns: Vec<(Turn, Option<SourceName>)>,
    /// A news report: its title reads as a headline, so its own words are
    /// a reporter's, not a party's.
    pub report: bool,
}

/// Whether a figure is a part of another ("16 of its 36") or the whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Part,
    Whole,
}

/// One claim as the aligner sees it.
pub struct Figure {
    /// 0 is the draft; sources follow in the order given.
    pub doc: usize,
    pub claim: usize,
    pub quant: Quant,
    pub metric: Option<String>,
    /// The class of the noun the figure counts, from its frame ("vessel" for
    /// "37 ships" and "37 vessels"); none for a generic noun ("people").
    pub noun: Option<String>,
    /// The verb or noun that governs the figure, from its frame ("waiting").
    pub predicate: Option<String>,
    pub role: Option<Role>,
    /// Context stems by id with IDF-weighted closeness, sorted by id.
    pub bag: Vec<(usize, f64)>,
    pub norm: f64,
    pub scope_words: BTreeSet<String>,
    /// Names in the figure's sentence: capitalised words not opening it, the
    /// credited source's own words, calendar words and stop words aside.
    pub names: BTreeSet<String>,
    /// Years written in the figure's sentence, its own excepted.
    pub years: BTreeSet<i16>,
    /// Who the text credits the figure to (pronouns left out).
    pub credited: Option<SourceName>,
    /// Everyone who gives the figure: the credited source, the speaker of the
    /// transcript turn, and the document itself.
    pub givers: Vec<SourceName>,
    /// The body the figure's document is the title of ("Greyfield Homes" for
    /// "Greyfield Homes: statement on …"): it gives the figure to a credit
    /// by name, not to a bare description ("the board").
    pub body: Option<SourceName>,
    /// Inside a quotation: the quotation check covers it.
    pub in_quote: bool,
    /// The whole of "one of four concrete silos", or the window of "14 roof
    /// falls in the past five years": the setting described, not a figure
    /// the credited source is quoted for.
    pub setting: bool,
    pub sentence: usize,
    /// A rate's base: "10.6 bags for every 1,000 passengers", "11.6
    /// mishandled bags per 1,000 passengers" → ("1000", stem of
    /// "passengers").
    pub per: Option<(String, String)>,
}

/// The analysed documents and every figure in them.
pub struct Corpus<'a> {
    pub docs: Vec<Profiled<'a>>,
    pub figures: Vec<Figure>,
    pub vocab: HashMap<String, usize>,
    pub idf: Vec<f64>,
    /// How much each document is about what the draft is about: the cosine of
    /// their IDF-weighted word profiles (the draft's own is 1).
    pub relatedness: Vec<f64>,
    /// The draft's dates with no year written ("last year"), by sentence:
    /// never judged (they resolve against the draft's own day), but a
    /// source's year they restate is theirs ("handled 14.2 million tonnes
    /// last year, 6 per cent more than in 2024" against "in 2025, up 6 per
    /// cent on the previous year": 2025 is last year's, not 2024's).
    pub relative_dates: Vec<(usize, Quant)>,
    /// Per document, the lines that introduce someone's words ("Chief
    /// executive Priya Nandra said:"), in text order. Found once, so a
    /// figure's speaker is a binary search.
    pub statements: Vec<Vec<StatementLine>>,
}

/// "improved by 18 per cent over the last year", "in the last five
/// years": a window that runs up to now, the same as "over the past year";
/// not another occasion ("at the last review", "last year's total").
fn window_up_to_now(words: &[Word], i: usize) -> bool {
    let low = |k: usize| words.get(k).map(|w| w.lower.as_str());
    let unit = |w: Option<&str>| {
        matches!(
            w,
            Some(
                "year"
                    | "years"
                    | "month"
                    | "months"
                    | "week"
                    | "weeks"
                    | "day"
                    | "days"
                    | "decade"
                    | "decades"
                    | "twelve"
                    | "12"
            )
        )
    };
    low(i) == Some("last")
        && i >= 2
        && low(i - 1) == Some("the")
        && matches!(
            low(i - 2),
            Some("over" | "in" | "during" | "for" | "within")
        )
        && (unit(low(i + 1)) || unit(low(i + 2)))
}

/// The lines of a statement that introduce someone's words on a line of
/// their own, "Chief executive Priya Nandra said:" or "… said in a
/// statement:", or opening a quotation on the same line ("Chief executive
/// Martin Oduya said: "Our tenants …""), as (where the words begin, the
/// capitalised words before "said"); not a sentence that happens to end in a
/// colon.
fn statement_lines(text: &str) -> Vec<StatementLine> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let line = line.trim_end();
        let Some(cut) = line.find(" said").or_else(|| line.find(" says")) else {
            continue;
        };
        let inline = [" said: \"", " says: \"", " said: “", " says: “"]
            .iter()
            .any(|opening| line[cut..].starts_with(opening));
        // A quotation on the line is all the speaker says; a line of its
        // own introduces the rest of the statement.
        let (words_at, words_end) = if inline {
            (start + cut + " said:".len(), start + line.len())
        } else if line.ends_with(':') && line.len() - cut <= 30 {
            (start + line.len(), usize::MAX)
        } else {
            continue;
        };
        let run: Vec<&str> = line[..cut]
            .split_whitespace()
            .rev()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .collect();
        if !run.is_empty() {
            let name = run.into_iter().rev().collect::<Vec<_>>().join(" ");
            out.push(StatementLine {
                words_at,
                words_end,
                who: name,
            });
        }
    }
    out
}

/// A line of a statement that introduces someone's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementLine {
    /// Where the words begin: after the line, or after "said:" on it.
    pub words_at: usize,
    /// Where they end: the line's end for a quotation on it, else never.
    pub words_end: usize,
    /// The capitalised words before "said".
    pub who: String,
}

/// Who speaks the words at `at`: the last statement line before it, while
/// its words last.
fn statement_speaker(lines: &[StatementLine], at: usize) -> Option<&str> {
    let i = lines.partition_point(|l| l.words_at <= at);
    let line = &lines[i.checked_sub(1)?];
    (at < line.words_end).then_some(line.who.as_str())
}

/// The body a person credited at `name` speaks for, when the sentence
/// introduces them by their post: "Its spokeswoman, Liv Arnesen, said" (the
/// body named first in the sentence before: "The conservation group
/// Coastwatch Skelby said it would appeal"), "Tarrow Water's chief
/// executive, Ann Holt, said".
fn speaks_for(text: &str, sentences: &[Span], si: usize, name: Span) -> Option<String> {
    const POSTS: &[&str] = &[
        "spokeswoman",
        "spokesman",
        "spokesperson",
        "executive",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "president",
        "head",
        "leader",
        "secretary",
        "coordinator",
        "manager",
    ];
    let start = sentences.get(si)?.start;
    let before = text.get(start..name.start)?.trim_end();
    let before = before.strip_suffix(',').unwrap_or(before).trim_end();
    let words: Vec<&str> = before.split_whitespace().collect();
    let post_at = words
        .iter()
        .rposition(|w| POSTS.contains(&w.to_lowercase().as_str()))?;
    // The post is the last word before the name ("chief executive, Ann
    // Holt").
    if words.len() - post_at > 1 {
        return None;
    }
    let owner_at = (post_at.saturating_sub(2)..post_at).find(|&j| {
        let w = words[j].to_lowercase();
        matches!(w.as_str(), "its" | "their") || w.ends_with("'s") || w.ends_with("’s")
    })?;
    let owner = words[owner_at];
    if let Some(name) = owner
        .strip_suffix("'s")
        .or_else(|| owner.strip_suffix("’s"))
    {
        // The capitalised words ending at the possessive: "Tarrow Water's".
        let run: Vec<&str> = words[..owner_at]
            .iter()
            .rev()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .copied()
            .collect();
        let mut parts: Vec<&str> = run.into_iter().rev().collect();
        parts.push(name);
        return Some(parts.join(" "));
    }
    // "Its": the first name of the sentence before, after its opening word.
    let prev = sentences.get(si.checked_sub(1)?)?;
    let prev_words: Vec<&str> = text.get(prev.start..prev.end)?.split_whitespace().collect();
    let first = (1..prev_words.len()).find(|&j| prev_words[j].starts_with(char::is_uppercase))?;
    let run: Vec<&str> = prev_words[first..]
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    Some(run.join(" "))
}

fn has_written_year(s: &str) -> bool {
    s.as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
}

fn file_stem(path: &str) -> String {
    std::path::Path::new(path)
        .file_stem()
        .map_or_else(|| path.to_string(), |s| s.to_string_lossy().into_owned())
}

/// Determiners and pronouns that may follow "of" in a partitive ("five of the …").
const PARTITIVE: &[&str] = &[
    "the", "its", "their", "these", "those", "them", "whom", "which", "his", "her", "our", "this",
];

/// The body a document's title names before a colon or a dash ("Greyfield
/// Homes: statement on the Housing Standards Regulator's judgment" is
/// Greyfield's, not the regulator's; "Northline Airways — Statement on flight
/// NL418"), unless that part names a kind of document ("Transcript: …").
fn titled_body<'t>(title: &'t str, lex: &Lexicon) -> Option<&'t str> {
    let cut = [":", " — ", " – ", " - "]
        .iter()
        .filter_map(|sep| title.find(sep))
        .min()?;
    let head = &title[..cut];
    let words = text::words_in(head, 0, head.len());
    let kind = |w: &Word| lex.document_kinds.contains(&w.lower) || lex.noise.contains(&w.lower);
    (!words.is_empty() && !words.iter().all(kind)).then(|| head.trim())
}

/// The document a source is: the one whose title's body is that source,
/// else the first whose title or file name names it ("The Housing Standards
/// Regulator" is the regulator's judgment, not Greyfield's statement on it).
pub(crate) fn document_of(
    reg: &ScopedRegistry,
    docs: &[Profiled],
    x: &SourceName,
) -> Option<usize> {
    let by = |body: bool| {
        docs.iter()
            .enumerate()
            .skip(1)
            .find(|(_, p)| {
                let name = if body { &p.body } else { &p.identity };
                name.as_ref().is_some_and(|n| reg.same(x, n))
            })
            .map(|(i, _)| i)
    };
    by(true).or_else(|| by(false))
}

impl<'a> Corpus<'a> {
    pub fn build(draft: &Material<'a>, sources: &[Material<'a>], reg: &ScopedRegistry) -> Self {
        let lex = reg.lexicon();
        let all: Vec<&Material<'a>> = std::iter::once(draft).chain(sources.iter()).collect();
        let mut docs = Vec::with_capacity(all.len());
        let mut vocab: HashMap<String, usize> = HashMap::new();
        let mut df: Vec<usize> = Vec::new();
        let mut n_sentences = 0usize;
        let mut sentence_words: Vec<Vec<Vec<Word>>> = Vec::with_capacity(all.len());
        for (i, m) in all.iter().enumerate() {
            let text = &m.doc.text;
            let sentences = text::sentences(text);
            let quotes: Vec<Span> = text::quotations(text)
                .into_iter()
                .filter(|q| text::words_in(text, q.start, q.end).len() >= MIN_QUOTE_WORDS)
                .collect();
            let title = text::title(text);
            let report = i > 0 && title.as_ref().is_some_and(|(t, _)| reads_as_a_headline(t));
            let identity = if i == 0 {
                None
            } else {
                title
                    .as_ref()
                    .filter(|(t, _)| !reads_as_a_headline(t))
                    .and_then(|(t, _)| reg.resolve(t))
                    .or_else(|| reg.resolve(&file_stem(&m.doc.path)))
            };
            let body = title
                .as_ref()
                .filter(|(t, _)| i > 0 && !reads_as_a_headline(t))
                .and_then(|(t, _)| titled_body(t, lex))
                .and_then(|b| reg.resolve(b));
            let turns = if i == 0 {
                Vec::new()
            } else {
                text::turns(text)
                    .into_iter()
                    .map(|t| {
                        let role = reg
                            .registry
                            .normalise(&t.label)
                            .iter()
                            .all(|w| lex.speaker_roles.contains(w));
                        // "DR AMARA QUIST" is written as a story writes it.
                        let who = if role {
                            None
                        } else {
                            reg.resolve(&title_case(&t.label))
                        };
                        (t, who)
                    })
                    .collect()
            };
            let mut per_sentence = Vec::with_capacity(sentences.len());
            for s in &sentences {
                let words = text::words_in(text, s.start, s.end);
                let stems: BTreeSet<String> = words
                    .iter()
                    .filter(|w| context_word(w, lex))
                    .map(|w| text::stem(&w.lower))
                    .collect();
                for st in stems {
                    let next = vocab.len();
                    let id = *vocab.entry(st).or_insert(next);
                    if id == df.len() {
                        df.push(0);
                    }
                    df[id] += 1;
                }
                n_sentences += 1;
                per_sentence.push(words);
            }
            sentence_words.push(per_sentence);
            docs.push(Profiled {
                doc: m.doc,
                claims: m.claims,
                sentences,
                quotes,
                title,
                identity,
                body,
                turns,
                report,
            });
        }
        // "Rivers Authority: enforcement ruling on Halvard Water" beside
        // Halvard Water's own statement: a title that names another
        // document's body after its own is its body's alone, lest the other
        // body's credits reach it.
        let bodies: Vec<Option<SourceName>> = docs.iter().map(|p| p.body.clone()).collect();
        for (i, p) in docs.iter_mut().enumerate() {
            let (Some(body), Some(id)) = (&p.body, &p.identity) else {
                continue;
            };
            let names_another = bodies.iter().enumerate().any(|(j, other)| {
                j != i
                    && other
                        .as_ref()
                        .is_some_and(|o| !reg.holds_all(body, o) && reg.holds_all(id, o))
            });
            if names_another {
                p.identity = Some(body.clone());
            }
        }
        let idf: Vec<f64> = df
            .iter()
            .map(|&d| (1.0 + n_sentences as f64 / d as f64).ln())
            .collect();
        // Ordered maps: float sums in a fixed order give the same bits every run.
        let profiles: Vec<BTreeMap<usize, f64>> = sentence_words
            .iter()
            .map(|sentences| {
                let mut tf: BTreeMap<usize, f64> = BTreeMap::new();
                for w in sentences.iter().flatten().filter(|w| context_word(w, lex)) {
                    if let Some(&id) = vocab.get(&text::stem(&w.lower)) {
                        *tf.entry(id).or_insert(0.0) += 1.0;
                    }
                }
                tf.into_iter()
                    .map(|(id, n)| (id, (1.0 + f64::ln(n)) * idf[id]))
                    .collect()
            })
            .collect();
        let relatedness = profiles.iter().map(|p| cosine(&profiles[0], p)).collect();
        let mut corpus = Corpus {
            docs,
            figures: Vec::new(),
            vocab,
            idf,
            relatedness,
            relative_dates: Vec::new(),
            statements: Vec::new(),
        };
        corpus.statements = corpus
            .docs
            .iter()
            .map(|d| statement_lines(&d.doc.text))
            .collect();
        if let Some(draft) = corpus.docs.first() {
            corpus.relative_dates = draft
                .claims
                .iter()
                .filter(|c| c.kind == Kind::Date && !has_written_year(&c.text))
                .map(|c| {
                    let si = text::sentence_at(&draft.sentences, c.span.start);
                    (si, Quant::of(c))
                })
                .collect();
        }
        for (di, words) in sentence_words.iter().enumerate() {
            for ci in 0..corpus.docs[di].claims.len() {
                if let Some(f) = corpus.figure(di, ci, words, reg) {
                    corpus.figures.push(f);
                }
            }
        }
        corpus.resolve_descriptions(reg);
        corpus
    }

    /// "LRR … said it will run 40% of services. … The company said the walkout
    /// would cost it about 4 million euros": a draft figure credited to a
    /// description alone is credited to the body the draft credited last,
    /// up to six sentences before, when that body's material is among the
    /// sources.
    fn resolve_descriptions(&mut self, reg: &ScopedRegistry) {
        // The source document's own name for the body: "The PEA" is the
        // "Port Employers' Association" of its press release.
        let documented = |n: &SourceName, docs: &[Profiled]| {
            document_of(reg, docs, n).and_then(|i| docs[i].identity.clone())
        };
        let mut named: Vec<(usize, SourceName, SourceName)> = Vec::new();
        // Bodies the draft names without crediting them a figure: "Greyfield
        // Homes, which manages about 11,300 homes, …, the regulator said,
        // downgrading the association" names the association's body too.
        let mentioned: Vec<(usize, SourceName, SourceName)> = self
            .names_in_draft(reg)
            .into_iter()
            .filter_map(|(at, name)| {
                // Credited to the document as a source; the description
                // must fit the body's own name. A name that another
                // document's body shares a word with ("Emmerlund" beside
                // "Bank of Emmerlund" and "Emmerlund Statistics") names
                // neither for sure.
                let bodies: Vec<(&SourceName, &SourceName)> = self
                    .docs
                    .iter()
                    .skip(1)
                    .filter_map(|p| {
                        Some((
                            p.body.as_ref().or(p.identity.as_ref())?,
                            p.identity.as_ref()?,
                        ))
                    })
                    .collect();
                let (body, id) = bodies
                    .iter()
                    .find(|(body, _)| reg.names_start_of(&name, body))?;
                let shared = bodies
                    .iter()
                    .filter(|(other, _)| reg.share_a_word(&name, other))
                    .count();
                (shared == 1).then(|| (at, (*id).clone(), (*body).clone()))
            })
            .collect();
        // Bodies already resolved from a description, with its kind words:
        // once "the company" is Verdance Post, "the union" is not.
        let mut described: Vec<(SourceName, Vec<String>)> = Vec::new();
        for i in 0..self.figures.len() {
            if self.figures[i].doc != 0 {
                continue;
            }
            let sentence = self.figures[i].sentence;
            let Some(name) = self.figures[i].credited.clone() else {
                continue;
            };
            if !reg.describes_only(&name) {
                if let Some(id) = documented(&name, &self.docs) {
                    named.push((sentence, name, id));
                }
                continue;
            }
            // The last body of that kind: "the company" is not "the fire
            // service" credited just before, nor "the union" the PEA, whose
            // release names it an association.
            // (where, the body credited, the names the description must fit)
            let mut near: Vec<(usize, &SourceName, [&SourceName; 2])> = named
                .iter()
                .map(|(at, body, id)| (*at, body, [body, id]))
                .chain(
                    mentioned
                        .iter()
                        .map(|(at, id, body)| (*at, id, [body, body])),
                )
                .filter(|(at, _, _)| *at <= sentence && sentence - *at <= 6)
                .collect();
            // The nearest first; a body credited before one only named.
            near.sort_by_key(|(at, _, _)| std::cmp::Reverse(*at));
            let kinds = reg.kinds_in(&name);
            let described_otherwise = |body: &SourceName| {
                described
                    .iter()
                    .any(|(b, ks)| reg.same(b, body) && ks.iter().any(|k| !kinds.contains(k)))
            };
            let body = near
                .into_iter()
                .find(|(_, body, fit)| {
                    fit.iter().all(|n| reg.may_describe(&name, n)) && !described_otherwise(body)
                })
                .map(|(_, body, _)| body.clone());
            if let Some(body) = body {
                described.push((body.clone(), kinds));
                let f = &mut self.figures[i];
                f.givers.retain(|g| g.written != name.written);
                f.givers.push(body.clone());
                f.credited = Some(body);
            }
        }
    }

    /// Names in capitals in the draft, with the sentence each stands in:
    /// "Greyfield Homes", "the Housing Standards Regulator", "Greyfield".
    fn names_in_draft(&self, reg: &ScopedRegistry) -> Vec<(usize, SourceName)> {
        let Some(draft) = self.docs.first() else {
            return Vec::new();
        };
        let text = &draft.doc.text;
        let capital = |w: &Word| {
            text[w.span.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        };
        let mut out = Vec::new();
        for (si, s) in draft.sentences.iter().enumerate() {
            let words = text::words_in(text, s.start, s.end);
            // Runs of capitalised words with only spaces, or "of", "for",
            // "and" or "the", between them ("Bank of Emmerlund").
            let mut runs: Vec<Vec<&Word>> = Vec::new();
            for w in words.iter().filter(|w| capital(w)) {
                let joined = |p: &&Word| {
                    text[p.span.end..w.span.start]
                        .split_whitespace()
                        .all(|between| matches!(between, "of" | "for" | "and" | "the"))
                        && !text[p.span.end..w.span.start]
                            .contains(|c: char| !(c.is_whitespace() || c.is_ascii_lowercase()))
                };
                match runs.last_mut() {
                    Some(run) if run.last().is_some_and(joined) => run.push(w),
                    _ => runs.push(vec![w]),
                }
            }
            for run in &runs {
                let name = &text[run[0].span.start..run[run.len() - 1].span.end];
                if let Some(n) = reg.resolve(name).filter(|n| !reg.describes_only(n)) {
                    out.push((si, n));
                }
            }
        }
        out
    }

    fn figure(
        &self,
        di: usize,
        ci: usize,
        sentence_words: &[Vec<Word>],
        reg: &ScopedRegistry,
    ) -> Option<Figure> {
        let lex = reg.lexicon();
        let p = &self.docs[di];
        let claim = &p.claims[ci];
        if claim.span.end > p.doc.text.len() {
            return None;
        }
        // Dates only where a year is written: relative dates in a source resolve
        // against another day than the draft's.
        if claim.kind == Kind::Date && !has_written_year(&claim.text) {
            return None;
        }
        let quant = Quant::of(claim);
        let si = text::sentence_at(&p.sentences, claim.span.start);
        let words: &[Word] = sentence_words.get(si).map_or(&[], Vec::as_slice);
        let inside = |w: &Word| w.span.overlaps(&claim.span);
        let first = words.iter().position(inside);
        let last = words.iter().rposition(inside);
        let (lo, hi) = match (first, last) {
            (Some(a), Some(b)) => (a, b),
            _ => {
                let at = words.partition_point(|w| w.span.end <= claim.span.start);
                (at, at.saturating_sub(1))
            }
        };
        let attribution = claim.source.as_ref().map(|a| a.span);
        let mut weights: HashMap<usize, f64> = HashMap::new();
        for (j, w) in words.iter().enumerate() {
            if (lo..=hi).contains(&j)
                || attribution.is_some_and(|a| a.overlaps(&w.span))
                || !context_word(w, lex)
            {
                continue;
            }
            let dist = if j < lo { lo - j } else { j.saturating_sub(hi) };
            if dist > CONTEXT_REACH {
                continue;
            }
            let Some(&id) = self.vocab.get(&text::stem(&w.lower)) else {
                continue;
            };
            let closeness = 1.0 / (1.0 + (dist.max(1) - 1) as f64 / 3.0);
            let weight = closeness * self.idf[id];
            let e = weights.entry(id).or_insert(0.0);
            if weight > *e {
                *e = weight;
            }
        }
        let mut bag: Vec<(usize, f64)> = weights.into_iter().collect();
        bag.sort_by_key(|&(id, _)| id);
        let norm = bag.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();

        let clause = text::clause_around(
            &p.doc.text,
            sentence_span_of(&p.sentences, si, claim.span),
            claim.span,
        );
        // "47 per cent" is a percentage, not a rate "per day".
        let mut scope_words: BTreeSet<String> = words
            .iter()
            .enumerate()
            .filter(|&(i, w)| {
                clause.contains(&w.span)
                    && lex.scope_words.contains(&w.lower)
                    && !(w.lower == "per" && words.get(i + 1).is_some_and(|n| n.lower == "cent"))
                    && !window_up_to_now(words, i)
            })
            // "at the last review" and "at the previous review" set a figure
            // in the same earlier occasion.
            .map(|(_, w)| match w.lower.as_str() {
                "last" | "prior" | "previously" => "previous".to_string(),
                // "bags for every 1,000 passengers", "per 1,000", "each": one
                // rate.
                "every" | "each" => "per".to_string(),
                other => other.to_string(),
            })
            .collect();
        // "17 homes were destroyed and 40 more were damaged": a figure of
        // more things ("40 more", "a further 40", "another 40") counts a set
        // apart from the one before; "Up to 40 further homes" is such a set.
        let next = words.iter().position(|w| w.span.start >= claim.span.end);
        let prev = words.iter().rposition(|w| w.span.end <= claim.span.start);
        // Only these: "an extra 4.5 million" for "the additional cost … 4.5
        // million" names the same sum in other words.
        let after = |w: Option<&str>| matches!(w, Some("more" | "further" | "other"));
        let before = |w: Option<&str>| matches!(w, Some("another" | "further"));
        // Inside the figure only as its first word: "another 40", not the
        // hedge of "more than 40".
        let inside = claim.text.split_whitespace().next().map(str::to_lowercase);
        if after(next.map(|i| words[i].lower.as_str()))
            || before(prev.map(|i| words[i].lower.as_str()))
            || before(inside.as_deref())
        {
            scope_words.insert("more".to_string());
        }
        let sentence_span = p.sentences.get(si).copied().unwrap_or(claim.span);
        // Who says a figure is not what it is about: every source named in the
        // sentence is left out ("The SDF said around 120 …, while Syrian
        // authorities estimated …" names the same things as the swapped version).
        let credits: Vec<Span> = p
            .claims
            .iter()
            .filter_map(|c| c.source.as_ref().map(|a| a.span))
            .filter(|a| sentence_span.contains(a))
            .collect();
        let names = words
            .iter()
            .enumerate()
            .filter(|(j, w)| {
                *j > 0
                    && !(lo..=hi).contains(j)
                    && w.span.start > sentence_span.start
                    && p.doc.text[w.span.start..].starts_with(|c: char| c.is_uppercase())
                    && !w.is_number()
                    && !credits.iter().any(|a| a.overlaps(&w.span))
                    && !lex.stop_words.contains(&w.lower)
                    && !lex.not_names.contains(&w.lower)
            })
            // "Koranda's market value" names Koranda.
            .map(|(_, w)| {
                let l = w.lower.as_str();
                l.strip_suffix("'s")
                    .or_else(|| l.strip_suffix("’s"))
                    .unwrap_or(l)
                    .to_string()
            })
            .collect();
        // A year in the clause of another figure of the sentence is that
        // figure's: "cost … £4.2 million …, according to Whitlock, who said
        // 1,100 delivery jobs had gone since 2022".
        // Claims are in text order: the sentence's are one run of them.
        let in_sentence = p
            .claims
            .partition_point(|c| c.span.start < sentence_span.start)
            ..p.claims
                .partition_point(|c| c.span.start < sentence_span.end);
        // (In the draft only: a source's "returned 7.8% … in 2024, against
        // its benchmark return of 7.1%" dates both.)
        // Only across a relative clause: "takes the bill to £2,184.63 for
        // 2026/27, up £103.83 on this year" dates both figures.
        let relative_between = |c: &claimcheck_claims::Claim| {
            let (a, b) = if c.span.start < claim.span.start {
                (c.span.end, claim.span.start)
            } else {
                (claim.span.end, c.span.start)
            };
            p.doc.text.get(a..b).is_some_and(|t| {
                [", who ", ", which ", ", whose ", ", where "]
                    .iter()
                    .any(|w| t.contains(w))
            })
        };
        let anothers = |c: &claimcheck_claims::Claim| {
            di == 0
                && c.frame.clause != claim.frame.clause
                && relative_between(c)
                && in_sentence.clone().any(|o| {
                    let other = &p.claims[o];
                    o != ci
                        && other.kind != Kind::Date
                        && other.frame.clause == c.frame.clause
                        && sentence_span.contains(&other.span)
                })
        };
        let years = in_sentence
            .clone()
            .map(|k| (k, &p.claims[k]))
            .filter(|(k, c)| {
                *k != ci
                    && c.kind == Kind::Date
                    && sentence_span.contains(&c.span)
                    && has_written_year(&c.text)
                    && !anothers(c)
            })
            .filter_map(|(_, c)| match &c.value {
                claimcheck_claims::Value::Date(d) => Some(d.low.year()),
                _ => None,
            })
            .collect();

        let credited = claim.source.as_ref().and_then(|a| reg.resolve(&a.name));
        let mut givers: Vec<SourceName> = credited.iter().cloned().collect();
        if di > 0 {
            let turn = p
                .turns
                .iter()
                .find(|(t, _)| t.span.start <= claim.span.start && claim.span.start < t.span.end);
            if let Some((_, Some(who))) = turn {
                givers.push(who.clone());
            }
            // "REPORTER: Dr Lund, is this the strain behind the 2022
            // outbreak?": a question put to someone by name is part of the
            // exchange that person answers.
            if let Some(asked) = turn
                .and_then(|(t, _)| addressed(&p.doc.text[t.span.start..t.span.end]))
                .and_then(|n| reg.resolve(n))
            {
                if !givers.iter().any(|g| g.written == asked.written) {
                    givers.push(asked);
                }
            }
            if let Some(id) = &p.identity {
                givers.push(id.clone());
            }
        }
        // "Chief executive Priya Nandra said:" before a quotation: the
        // words after it are hers.
        if di > 0 {
            if let Some(who) = self
                .statements
                .get(di)
                .and_then(|lines| statement_speaker(lines, claim.span.start))
                .and_then(|n| reg.resolve(n))
            {
                if !givers.iter().any(|g| g.written == who.written) {
                    givers.push(who);
                }
            }
        }
        // "Its spokeswoman, Liv Arnesen, said …": a body's spokesperson
        // gives its figures too.
        if let Some(body) = claim
            .source
            .as_ref()
            .and_then(|a| speaks_for(&p.doc.text, &p.sentences, si, a.span))
            .and_then(|b| reg.resolve(&b))
        {
            if !givers.iter().any(|g| g.written == body.written) {
                givers.push(body);
            }
        }
        let in_quote = p.quotes.iter().any(|q| q.contains(&claim.span));
        // The sentence's words before the figure, not a copy of the text.
        let setting = {
            let low = |j: Option<usize>| j.and_then(|j| words.get(j)).map(|w| w.lower.as_str());
            let of_at = if low(lo.checked_sub(1)) == Some("the") {
                2
            } else {
                1
            };
            let one_of = low(lo.checked_sub(of_at)) == Some("of")
                && low(lo.checked_sub(of_at + 1)) == Some("one");
            // "recorded 14 roof falls … in the past five years": the window
            // a count is taken over, not a figure of its own.
            let window = quant.family == Family::Duration
                && matches!(low(lo.checked_sub(1)), Some("past" | "last" | "previous"))
                && low(lo.checked_sub(2)) == Some("the")
                && matches!(
                    low(lo.checked_sub(3)),
                    Some("in" | "over" | "during" | "within")
                );
            // "on the first day of a 48-hour strike", "during a two-day
            // walkout": the length of the event the sentence is set in,
            // written as its compound, not a figure the source is quoted for.
            let event = quant.family == Family::Duration
                && claim.text.contains('-')
                && matches!(low(lo.checked_sub(1)), Some("a" | "an" | "the"))
                && matches!(
                    low(lo.checked_sub(2)),
                    Some(
                        "of" | "during" | "in" | "on" | "into" | "throughout" | "after" | "before"
                    )
                );
            // "unemployment among 15-to-24-year-olds", "people aged 15 to
            // 24": the ages that name a group, not a figure about it.
            let after = &p.doc.text[claim.span.end.min(p.doc.text.len())..];
            let ages = quant.family == Family::Duration
                && (after.starts_with("-olds")
                    || after.starts_with(" olds")
                    || low(lo.checked_sub(1)) == Some("aged"));
            // "than in the first three months of the year": a period named.
            let period = quant.family == Family::Duration
                && matches!(
                    low(lo.checked_sub(1)),
                    Some("first" | "last" | "final" | "opening" | "closing" | "past" | "previous")
                )
                && low(lo.checked_sub(2)) == Some("the")
                && low(Some(hi + 1)) == Some("of");
            one_of || window || event || ages || period
        };
        Some(Figure {
            doc: di,
            claim: ci,
            noun: claim
                .frame
                .head
                .as_ref()
                .filter(|h| !h.generic)
                .map(|h| h.class.to_string()),
            predicate: claim.frame.predicate.as_deref().map(str::to_string),
            role: role(words, lo, hi, |w: &Word| {
                w.is_number() || p.claims.iter().any(|c| c.span.overlaps(&w.span))
            }),
            quant,
            metric: claim.metric.clone(),
            bag,
            norm,
            scope_words,
            names,
            years,
            credited,
            givers,
            body: if di > 0 { p.body.clone() } else { None },
            in_quote,
            setting,
            per: rate_base(words, hi),
            sentence: si,
        })
    }

    pub fn claim(&self, f: &Figure) -> &'a Claim {
        &self.docs[f.doc].claims[f.claim]
    }

    pub fn path(&self, f: &Figure) -> &'a str {
        &self.docs[f.doc].doc.path
    }
}

fn cosine(a: &BTreeMap<usize, f64>, b: &BTreeMap<usize, f64>) -> f64 {
    let norm = |m: &BTreeMap<usize, f64>| m.values().map(|v| v * v).sum::<f64>().sqrt();
    let (na, nb) = (norm(a), norm(b));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let dot: f64 = small
        .iter()
        .filter_map(|(k, v)| large.get(k).map(|w| v * w))
        .sum();
    dot / (na * nb)
}

fn sentence_span_of(sentences: &[Span], si: usize, fallback: Span) -> Span {
    sentences.get(si).copied().unwrap_or(fallback)
}

/// A word that can tell what a figure counts.
fn context_word(w: &Word, lex: &crate::registry::Lexicon) -> bool {
    w.lower.chars().count() >= 2 && !w.is_number() && !lex.stop_words.contains(&w.lower)
}

/// The base of a rate after the figure ending at word `hi`: "bags for every
/// 1,000 passengers", "per 100,000 people", "each 1,000 tonnes".
fn rate_base(words: &[Word], hi: usize) -> Option<(String, String)> {
    let at = (hi + 1..(hi + 5).min(words.len()))
        .find(|&j| matches!(words[j].lower.as_str(), "per" | "every" | "each"))?;
    // Words split at punctuation: "1,000" is two of them.
    let digits: String = words[at + 1..]
        .iter()
        .take_while(|w| w.is_number())
        .map(|w| w.lower.as_str())
        .collect();
    if digits.is_empty() {
        return None;
    }
    let noun = words[at + 1..].iter().find(|w| !w.is_number())?;
    Some((digits, text::stem(&noun.lower)))
}

/// "five of the corroded hangers" is a part; "36" in "16 of its 36" the whole.
fn role(words: &[Word], lo: usize, hi: usize, figure: impl Fn(&Word) -> bool) -> Option<Role> {
    let low = |j: usize| words.get(j).map(|w| w.lower.as_str());
    if low(hi + 1) == Some("of") {
        if let Some(next) = words.get(hi + 2) {
            // "10 of 32", "10 of its 32 hangers", "six of them": a part of a
            // whole the text counts. "560 of its members" and "70,000 of the
            // records" count members and records, as "560 members" does.
            let pronoun = matches!(
                next.lower.as_str(),
                "them" | "those" | "these" | "whom" | "which"
            );
            // Past determiners and possessives: "of the bridge's 36".
            let mut j = hi + 2;
            while j < hi + 5
                && words.get(j).is_some_and(|w| {
                    PARTITIVE.contains(&w.lower.as_str())
                        || w.lower.ends_with("'s")
                        || w.lower.ends_with("\u{2019}s")
                })
            {
                j += 1;
            }
            let whole_counted =
                figure(next) || pronoun || (j > hi + 2 && words.get(j).is_some_and(&figure));
            if whole_counted {
                return Some(Role::Part);
            }
        }
    }
    if lo >= 2 {
        let mut k = lo - 1;
        if PARTITIVE.contains(&words[k].lower.as_str()) && k >= 1 {
            k -= 1;
        }
        if words[k].lower == "of" && k >= 1 && figure(&words[k - 1]) {
            return Some(Role::Whole);
        }
    }
    None
}

impl Figure {
    /// Cosine similarity of the two figures' context words, and how many
    /// context words they share.
    pub fn similarity(&self, other: &Figure) -> (f64, usize) {
        if self.norm == 0.0 || other.norm == 0.0 {
            return (0.0, 0);
        }
        let (mut i, mut j, mut dot, mut shared) = (0, 0, 0.0, 0);
        while i < self.bag.len() && j < other.bag.len() {
            match self.bag[i].0.cmp(&other.bag[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += self.bag[i].1 * other.bag[j].1;
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        (dot / (self.norm * other.norm), shared)
    }

    pub fn family(&self) -> Family {
        self.quant.family
    }
}

/// "Tallis Diamonds profit more than halves as Kessara output slips": a wire
/// story's headline names the body it reports on, not the body that wrote
/// it. A title with no separator ("Holmgard Glass AB — Statement") and
/// several lower-case words between its names reads as a headline.
fn reads_as_a_headline(title: &str) -> bool {
    if [" — ", " – ", " - ", ": "]
        .iter()
        .any(|sep| title.contains(sep))
    {
        return false;
    }
    let words: Vec<&str> = title.split_whitespace().collect();
    let plain = words
        .iter()
        .filter(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !matches!(
                    **w,
                    "of" | "and" | "the" | "for" | "de" | "la" | "on" | "in" | "at" | "to"
                )
        })
        .count();
    words.len() >= 5 && plain >= 2
}

/// "DR AMARA QUIST" → "Dr Amara Quist": a label set in capitals, written as
/// a name; a label with lower case is kept as written.
fn title_case(label: &str) -> String {
    if label.chars().any(char::is_lowercase) {
        return label.to_string();
    }
    let mut out = String::with_capacity(label.len());
    let mut start = true;
    for c in label.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic() && c != '\'' && c != '’';
    }
    out
}

/// The name a question turn opens by addressing: "REPORTER (Tarn Valley
/// Radio): Dr Lund, is this …?" → "Dr Lund". None for a turn that asks
/// nothing or opens with no short name.
fn addressed(turn: &str) -> Option<&str> {
    if !turn.contains('?') {
        return None;
    }
    let said = turn
        .split_once(':')
        .map_or(turn, |(_, rest)| rest)
        .trim_start();
    let (name, _) = said.split_once(',')?;
    let words: Vec<&str> = name.split_whitespace().collect();
    (!words.is_empty()
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase)))
    .then_some(name.trim())
}

#[cfg(test)]
mod headline_tests {
    use super::reads_as_a_headline;

    #[test]
    fn a_headline_is_no_body_s_name() {
        assert!(reads_as_a_headline(
            "Tallis Diamonds profit more than halves as Kessara output slips"
        ));
        assert!(reads_as_a_headline(
            "Holmgard plans to close Vessen glassworks"
        ));
        assert!(!reads_as_a_headline("Holmgard Glass AB — Statement"));
        assert!(!reads_as_a_headline("Harwick Borough Council"));
        assert!(!reads_as_a_headline("Ministry of the Interior of Varnia"));
    }
}

#[cfg(test)]
mod addressed_tests {
    use super::addressed;

    #[test]
    fn a_question_put_by_name_is_addressed_to_that_name() {
        assert_eq!(
            addressed("REPORTER (Tarn Valley Radio): Dr Lund, is this the same strain as in 2022?"),
            Some("Dr Lund")
        );
        // An answer asks nothing; a question that opens with no name
        // addresses no one.
        assert_eq!(addressed("LUND: Yes, it is the same type."), None);
        assert_eq!(addressed("REPORTER: What happens next, and when?"), None);
    }
}
