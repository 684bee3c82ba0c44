//! What the path arguments name, as a list of inputs in a fixed order: files as
//! given, directories walked as ripgrep walks them (`.gitignore`-aware, sorted,
//! `--glob`, by default only articles: *.md, *.markdown, *.txt), and `-` for
//! standard input. With `--input jsonl` each input is a stream of records
//! rather than one article (see [`crate::records`]).

use claimcheck::input;
use claimcheck_claims::Document;
use miette::{miette, Result};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The file names a directory walk reads when no `--glob` says otherwise.
pub const ARTICLE_GLOBS: [&str; 3] = ["*.md", "*.markdown", "*.txt"];

/// How the path arguments are read, and how the run goes: shared by `claims`
/// and `check`.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct BatchArgs {
    /// In directories, read only files matching this glob (repeatable; `!GLOB`
    /// leaves files out). Without a glob that selects: *.md, *.markdown, *.txt.
    /// As with ripgrep, a glob that selects a file wins over `.gitignore`.
    #[arg(long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,
    /// The name standard input (`-`) is reported under; the config is looked
    /// up from its folder.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
    /// What the inputs hold: articles, or JSON Lines records
    /// {"id", "text", "published"?, "sources"?} (a CMS export as one stream).
    #[arg(long = "input", value_enum, value_name = "KIND", default_value_t = InputKind::Text)]
    pub input: InputKind,
    /// Threads to check on; by default every core. The output is the same
    /// for any number.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// No progress bar on a terminal.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

impl BatchArgs {
    /// The threads to use for `inputs`: no more than there are files (one
    /// article is checked without starting any), however many records.
    pub fn threads(&self, inputs: &[Input]) -> usize {
        let wanted = self.jobs.map_or_else(
            || std::thread::available_parallelism().map_or(1, usize::from),
            usize::from,
        );
        match self.input {
            InputKind::Text => wanted.min(inputs.len()),
            InputKind::Jsonl => wanted,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum InputKind {
    /// UTF-8 text or Markdown, one article per file.
    #[default]
    Text,
    /// JSON Lines: one article per line.
    Jsonl,
}

/// One input: a file or standard input. An archive run holds one per file,
/// so it is kept small (a path of exactly its length) and its name is made
/// from the path when needed.
#[derive(Clone, Debug)]
pub struct Input {
    /// The name findings are reported under, and the path the config is
    /// looked up from and per-path settings match. For standard input it is
    /// `--stdin-filename` (which need not exist) or `<stdin>`.
    pub path: Box<Path>,
    stdin: bool,
}

impl Input {
    fn file(path: PathBuf) -> Input {
        Input {
            path: path.into_boxed_path(),
            stdin: false,
        }
    }

    /// The name findings are reported under.
    pub fn name(&self) -> String {
        self.path.display().to_string()
    }

    /// The whole input as an article.
    pub fn read(&self) -> Result<Document> {
        if !self.stdin {
            return input::read_document(&self.path);
        }
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(input::MAX_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| miette!("cannot read standard input: {e}"))?;
        if bytes.len() as u64 > input::MAX_BYTES {
            return Err(miette!(
                "standard input is over {} bytes; claimcheck reads articles up to that size",
                input::MAX_BYTES
            ));
        }
        input::document_from_bytes(&self.name(), bytes)
    }

    /// The input as a stream of bytes, for JSON Lines.
    pub fn open(&self) -> Result<Box<dyn std::io::BufRead + Send>> {
        if self.stdin {
            return Ok(Box::new(std::io::BufReader::new(std::io::stdin())));
        }
        let file = std::fs::File::open(&self.path)
            .map_err(|e| miette!("cannot read {}: {e}", self.path.display()))?;
        Ok(Box::new(std::io::BufReader::with_capacity(1 << 16, file)))
    }
}

/// The inputs the arguments name, in order. A named file or directory that
/// does not exist fails the run before anything is checked; what a file holds
/// (empty, binary, not UTF-8) is found when it is read, and reported for it.
pub fn expand(args: &[PathBuf], batch: &BatchArgs) -> Result<Vec<Input>> {
    let mut out = Vec::new();
    let mut stdin_seen = false;
    for arg in args {
        if arg.as_os_str() == "-" {
            if std::mem::replace(&mut stdin_seen, true) {
                return Err(miette!("`-` (standard input) is named twice"));
            }
            let path = batch
                .stdin_filename
                .clone()
                .unwrap_or_else(|| PathBuf::from("<stdin>"));
            out.push(Input {
                path: path.into_boxed_path(),
                stdin: true,
            });
            continue;
        }
        let meta =
            std::fs::metadata(arg).map_err(|e| miette!("cannot read {}: {e}", arg.display()))?;
        if meta.is_dir() {
            let before = out.len();
            walk(arg, &batch.globs, &mut out)?;
            if out.len() == before {
                return Err(miette!(
                    "no files to check in {}: it holds none matching {}",
                    arg.display(),
                    globs_described(&batch.globs)
                ));
            }
        } else {
            // A file named on the command line is read whatever its name.
            out.push(Input::file(arg.clone()));
        }
    }
    Ok(out)
}

fn globs_described(globs: &[String]) -> String {
    if selects(globs) {
        globs.join(", ")
    } else {
        ARTICLE_GLOBS.join(", ")
    }
}

/// Whether the globs choose files (one is not a `!` exclusion); if not, the
/// article globs do.
fn selects(globs: &[String]) -> bool {
    globs.iter().any(|g| !g.starts_with('!'))
}

/// The files under `dir`, sorted by name at every level; hidden files and
/// whatever `.gitignore` and `.ignore` files leave out are skipped.
fn walk(dir: &Path, globs: &[String], out: &mut Vec<Input>) -> Result<()> {
    let mut builder = ignore::WalkBuilder::new(dir);
    // A folder of articles is often no git repository: its .gitignore counts anyway.
    builder.require_git(false);
    builder.sort_by_file_name(|a, b| a.cmp(b));
    let mut overrides = ignore::overrides::OverrideBuilder::new(dir);
    for glob in globs {
        overrides
            .add(glob)
            .map_err(|e| miette!("--glob {glob}: {e}"))?;
    }
    builder.overrides(overrides.build().map_err(|e| miette!("--glob: {e}"))?);
    if !selects(globs) {
        let mut types = ignore::types::TypesBuilder::new();
        for glob in ARTICLE_GLOBS {
            types
                .add("article", glob)
                .expect("the article globs are valid");
        }
        types.select("article");
        builder.types(types.build().expect("the article type is defined"));
    }
    for entry in builder.build() {
        let entry = entry.map_err(|e| miette!("cannot read in {}: {e}", dir.display()))?;
        // A file the article globs select is let through the walker's hidden
        // filter (a whitelist wins over it), so hidden files are left out here.
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if entry.file_type().is_some_and(|t| t.is_file()) && !hidden {
            out.push(Input::file(entry.into_path()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(inputs: &[Input], root: &Path) -> Vec<String> {
        inputs
            .iter()
            .map(|i| {
                i.path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect()
    }

    #[test]
    fn directories_are_walked_sorted_for_articles_only() {
        let root = std::env::temp_dir().join(format!("cc-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (path, text) in [
            ("b.md", "x"),
            ("a.txt", "x"),
            ("notes.json", "{}"),
            ("sub/c.markdown", "x"),
            ("sub/skip.md", "x"),
            (".hidden.md", "x"),
            (".gitignore", "sub/skip.md\n"),
        ] {
            let p = root.join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        let all = expand(std::slice::from_ref(&root), &BatchArgs::default()).unwrap();
        assert_eq!(names(&all, &root), ["a.txt", "b.md", "sub/c.markdown"]);
        let only_md = BatchArgs {
            globs: vec!["*.md".into()],
            ..Default::default()
        };
        // As with ripgrep's --glob, a glob that selects a file wins over .gitignore.
        let md = expand(std::slice::from_ref(&root), &only_md).unwrap();
        assert_eq!(names(&md, &root), ["b.md", "sub/skip.md"]);
        let not_sub = BatchArgs {
            globs: vec!["!sub/**".into()],
            ..Default::default()
        };
        let top = expand(std::slice::from_ref(&root), &not_sub).unwrap();
        assert_eq!(names(&top, &root), ["a.txt", "b.md"]);
        let none = BatchArgs {
            globs: vec!["*.html".into()],
            ..Default::default()
        };
        let e = expand(std::slice::from_ref(&root), &none).unwrap_err();
        assert!(e.to_string().contains("no files to check"), "{e}");
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn standard_input_is_named_once() {
        let args = [PathBuf::from("-"), PathBuf::from("-")];
        let e = expand(&args, &BatchArgs::default()).unwrap_err();
        assert!(e.to_string().contains("named twice"));
        let named = BatchArgs {
            stdin_filename: Some("desk/story.md".into()),
            ..Default::default()
        };
        let one = expand(&[PathBuf::from("-")], &named).unwrap();
        assert_eq!(one[0].name(), "desk/story.md");
    }
}
