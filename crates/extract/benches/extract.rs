//! Extraction speed over several MB of news text, in MB/s and articles/s, and
//! the speed of the whole check (extraction plus every rule) on the same text,
//! so that the rules' share of the time stays in view.
//!
//! The input is built at bench time from articles already on disk: the project's
//! fixtures (`tests/fixtures/*.md`) and, when the shared folder sits next to the
//! workspace, the real news in `../shared/realnews/*.txt` (read in place, never
//! copied into the repository). The articles are repeated until the input reaches
//! `MIN_BYTES`; each stays a document of its own, as in a newsroom's CI.
//!
//! A second group, `shapes`, checks one document of each hostile shape (one
//! paragraph, a bullet list, one line, no full stop at all) at 0.5 MB and 2 MB:
//! the 2 MB figure must stay within 5x of the 0.5 MB one.
//!
//!     cargo bench -p claimcheck-extract --bench extract -- --warm-up-time 1 --measurement-time 5
//!     cargo bench -p claimcheck-extract --bench extract -- shapes --warm-up-time 1 --measurement-time 5

use claimcheck_claims::Document;
use claimcheck_extract::Extractor;
use criterion::{black_box, criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use jiff::civil::Date;
use std::path::{Path, PathBuf};

/// The least amount of text one iteration of the throughput benchmark reads.
const MIN_BYTES: usize = 4 * 1024 * 1024;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The files in `dir` ending in `.ext`, sorted by name; none if `dir` is absent.
fn files_in(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    paths.sort();
    paths
}

/// Every article the benchmark can find, each as its own document.
fn articles() -> Vec<Document> {
    let root = workspace_root();
    let mut paths = files_in(&root.join("tests/fixtures"), "md");
    paths.extend(files_in(&root.join("../shared/realnews"), "txt"));
    let docs: Vec<Document> = paths
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            Some(Document::new(p.display().to_string(), text))
        })
        .collect();
    assert!(
        !docs.is_empty(),
        "no articles found under {}",
        root.display()
    );
    docs
}

/// The articles repeated until they hold at least `MIN_BYTES` of text.
fn repeated(articles: &[Document]) -> Vec<Document> {
    let mut out = Vec::new();
    let mut bytes = 0;
    while bytes < MIN_BYTES {
        for doc in articles {
            bytes += doc.text.len();
            out.push(doc.clone());
        }
    }
    out
}

fn rules() -> claimcheck_rules::RuleSet {
    claimcheck_rules::RuleSet::new(claimcheck_rules::builtin_packs().expect("built-in packs load"))
        .expect("built-in packs agree")
}

fn extractor(rules: &claimcheck_rules::RuleSet) -> Extractor {
    Extractor::new(rules.metrics.clone()).expect("embedded lexicons load")
}

fn bench(c: &mut Criterion) {
    let rules = rules();
    let extractor = extractor(&rules);
    // Relative dates resolve against one fixed day; the date does not change the work.
    let published = Date::new(2026, 2, 10).ok();
    let articles = articles();
    let news = repeated(&articles);
    let bytes: usize = news.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "extract bench: {} distinct articles ({} bytes), repeated to {} documents ({bytes} bytes)",
        articles.len(),
        articles.iter().map(|d| d.text.len()).sum::<usize>(),
        news.len(),
    );

    // Decimal units: the throughput prints in MB/s (10^6 bytes), the unit the
    // targets and peers' figures are given in.
    let mut group = c.benchmark_group("extract");
    // One iteration reads megabytes: few, equal-sized samples are enough.
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::BytesDecimal(bytes as u64));
    group.bench_function("news-text", |b| {
        b.iter(|| {
            for doc in &news {
                black_box(extractor.extract(black_box(doc), published));
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::BytesDecimal(bytes as u64));
    let ctx = claimcheck_rules::CheckContext { published };
    group.bench_function("news-text", |b| {
        b.iter(|| {
            for doc in &news {
                let graph = extractor.extract_graph(black_box(doc), published);
                black_box(rules.check(doc, &graph, &ctx));
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("extract-articles");
    group.throughput(Throughput::Elements(articles.len() as u64));
    group.bench_function("each-article-once", |b| {
        b.iter(|| {
            for doc in &articles {
                black_box(extractor.extract(black_box(doc), published));
            }
        })
    });
    group.finish();
}

/// The articles' text laid out in one document shape, cut to `bytes` (on a
/// character boundary): the shapes hostile or careless copy takes.
fn shaped(articles: &[Document], shape: &str, bytes: usize) -> Document {
    let joined: String = articles
        .iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let laid_out = match shape {
        // A pasted transcript: one paragraph, line breaks kept, no blank line.
        "one-paragraph" => joined
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        // A bullet list: a sentence a line.
        "bullet-list" => joined
            .split(". ")
            .map(|s| format!("- {}.", s.replace('\n', " ")))
            .collect::<Vec<_>>()
            .join("\n"),
        // A one-line export.
        "one-line" => joined.replace('\n', " "),
        // A dump without a full stop: one endless sentence.
        "no-stops" => joined
            .replace(['\n', '.', '!', '?'], " ")
            .replace("  ", ", "),
        _ => joined,
    };
    let mut text = laid_out.repeat(bytes / laid_out.len().max(1) + 1);
    let mut cut = bytes.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    Document::new(format!("{shape}-{bytes}"), text)
}

/// `check` (extraction, relations, every rule) on one document of each shape
/// at 0.5 MB and 2 MB: the time must grow with the size, not its square.
fn shapes(c: &mut Criterion) {
    let rules = rules();
    let extractor = extractor(&rules);
    let published = Date::new(2026, 2, 10).ok();
    let ctx = claimcheck_rules::CheckContext { published };
    let articles = articles();
    let mut group = c.benchmark_group("shapes");
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    for shape in [
        "paragraphs",
        "one-paragraph",
        "bullet-list",
        "one-line",
        "no-stops",
    ] {
        for bytes in [500_000, 2_000_000] {
            let doc = shaped(&articles, shape, bytes);
            group.throughput(Throughput::BytesDecimal(doc.text.len() as u64));
            group.bench_function(format!("{shape}/{bytes}"), |b| {
                b.iter(|| {
                    let graph = extractor.extract_graph(black_box(&doc), published);
                    black_box(rules.check(&doc, &graph, &ctx));
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench, shapes);
criterion_main!(benches);
