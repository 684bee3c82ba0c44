//! The source registry: canonical sources and the names the news gives them
//! ("Syrian authorities", "Damascus" → Syrian government), the word lists that
//! decide when two names are one source, and the alignment word lists. Loaded
//! from `rules/sources.toml` (embedded) plus any file of the same shape.

// The errors carry the file's text so miette can show the bad spot; they are
// returned once per bad file, so their size costs nothing.
#![allow(clippy::result_large_err)]

use crate::text::words_in;
use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use toml::Spanned;

/// The registry file embedded in the binary.
pub const BUILTIN_SOURCES: &str = include_str!("../../../rules/sources.toml");

/// A registry file that cannot be used, with the spot in its TOML.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("invalid source registry {origin}: {message}")]
#[diagnostic(code(claimcheck::sources))]
pub struct RegistryError {
    pub origin: String,
    pub message: String,
    #[source_code]
    pub src: NamedSource<String>,
    #[label("{label}")]
    pub span: Option<SourceSpan>,
    pub label: String,
}

impl RegistryError {
    fn at(origin: &str, text: &str, message: String, span: Option<std::ops::Range<usize>>) -> Self {
        RegistryError {
            origin: origin.to_string(),
            label: message.clone(),
            message,
            src: NamedSource::new(origin, text.to_string()),
            span: span.map(|r| SourceSpan::from(r.start..r.end.max(r.start))),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegistry {
    #[serde(default)]
    names: RawNames,
    #[serde(default)]
    alignment: RawAlignment,
    #[serde(default)]
    source: Vec<RawSource>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawNames {
    #[serde(default)]
    noise: Vec<String>,
    #[serde(default)]
    pronouns: Vec<String>,
    #[serde(default)]
    generic_heads: Vec<String>,
    #[serde(default)]
    speaker_roles: Vec<String>,
    #[serde(default)]
    descriptions: Vec<String>,
    #[serde(default)]
    place_descriptions: Vec<String>,
    #[serde(default)]
    document_kinds: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawAlignment {
    #[serde(default)]
    stop_words: Vec<String>,
    #[serde(default)]
    generic_nouns: Vec<String>,
    #[serde(default)]
    scope_words: Vec<String>,
    #[serde(default)]
    not_names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    name: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    context: Vec<String>,
}

/// A canonical source and the names it goes by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// How the source is shown: "Syrian government".
    pub name: String,
    /// Other names, as written in the registry: "Syrian authorities", "Damascus".
    pub aliases: Vec<String>,
    /// Words one of which must occur in the material for the entry to apply.
    pub context: Vec<String>,
    /// The name and aliases as normalised word sequences.
    forms: Vec<Vec<String>>,
}

/// Word lists: for names (noise, pronouns, generic heads, speaker roles) and for
/// alignment (stop words, generic counted nouns, scope words). Lower case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lexicon {
    pub noise: BTreeSet<String>,
    pub pronouns: BTreeSet<String>,
    pub generic_heads: BTreeSet<String>,
    pub speaker_roles: BTreeSet<String>,
    /// Nouns that describe a body named before: "the company", "the operator".
    pub descriptions: BTreeSet<String>,
    /// Descriptions that name a place: only a body named with the word fits.
    pub place_descriptions: BTreeSet<String>,
    /// Words naming a kind of document in a title: "Transcript: …".
    pub document_kinds: BTreeSet<String>,
    pub stop_words: BTreeSet<String>,
    pub generic_nouns: BTreeSet<String>,
    pub scope_words: BTreeSet<String>,
    pub not_names: BTreeSet<String>,
}

/// Canonical sources with their aliases, and the word lists.
#[derive(Clone, Debug, Default)]
pub struct SourceRegistry {
    entries: Vec<Entry>,
    pub lexicon: Lexicon,
}

/// A source's name as a figure is credited to it, with the canonical source
/// when the registry knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceName {
    /// As the text words it: "Syrian security forces", "the coast guard".
    pub written: String,
    /// The registry's name for it, when it has one: "Syrian government".
    pub canonical: Option<String>,
    /// Normalised words (noise dropped), for comparing unknown names.
    #[serde(skip)]
    words: Vec<String>,
    /// `words` without generic heads, when at least two words remain.
    #[serde(skip)]
    core: Vec<String>,
    #[serde(skip)]
    entry: Option<usize>,
}

impl SourceName {
    /// The canonical name, or the name as written.
    pub fn display(&self) -> &str {
        self.canonical.as_deref().unwrap_or(&self.written)
    }
}

fn lower_set(words: &[String]) -> BTreeSet<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

impl SourceRegistry {
    /// The embedded registry, `rules/sources.toml`.
    pub fn builtin() -> Result<Self, RegistryError> {
        Self::from_toml("rules/sources.toml", BUILTIN_SOURCES)
    }

    /// A registry from one file's text; `origin` names it in errors.
    pub fn from_toml(origin: &str, text: &str) -> Result<Self, RegistryError> {
        let mut reg = SourceRegistry::default();
        reg.extend(origin, text)?;
        Ok(reg)
    }

    /// Add a file's entries and words. An entry with the name of a known source
    /// adds aliases to it; an alias another source already has is an error.
    pub fn extend(&mut self, origin: &str, text: &str) -> Result<(), RegistryError> {
        let raw: RawRegistry = toml::from_str(text)
            .map_err(|e| RegistryError::at(origin, text, e.message().to_string(), e.span()))?;
        let lx = &mut self.lexicon;
        lx.noise.extend(lower_set(&raw.names.noise));
        lx.pronouns.extend(lower_set(&raw.names.pronouns));
        lx.generic_heads.extend(lower_set(&raw.names.generic_heads));
        lx.speaker_roles.extend(lower_set(&raw.names.speaker_roles));
        lx.descriptions.extend(lower_set(&raw.names.descriptions));
        lx.place_descriptions
            .extend(lower_set(&raw.names.place_descriptions));
        lx.document_kinds
            .extend(lower_set(&raw.names.document_kinds));
        lx.stop_words.extend(lower_set(&raw.alignment.stop_words));
        lx.generic_nouns
            .extend(lower_set(&raw.alignment.generic_nouns));
        lx.scope_words.extend(lower_set(&raw.alignment.scope_words));
        lx.not_names.extend(lower_set(&raw.alignment.not_names));
        for src in raw.source {
            let name_words = self.normalise(src.name.get_ref());
            if name_words.is_empty() {
                return Err(RegistryError::at(
                    origin,
                    text,
                    "a source needs a name with at least one word".into(),
                    Some(src.name.span()),
                ));
            }
            let idx = match self.entries.iter().position(|e| e.forms[0] == name_words) {
                Some(i) => i,
                None => {
                    self.entries.push(Entry {
                        name: src.name.get_ref().trim().to_string(),
                        aliases: Vec::new(),
                        context: Vec::new(),
                        forms: vec![name_words],
                    });
                    self.entries.len() - 1
                }
            };
            for alias in &src.aliases {
                let form = self.normalise(alias.get_ref());
                if form.is_empty() {
                    return Err(RegistryError::at(
                        origin,
                        text,
                        format!(
                            "alias {:?} has no word that names anything",
                            alias.get_ref()
                        ),
                        Some(alias.span()),
                    ));
                }
                if let Some(other) = self
                    .entries
                    .iter()
                    .enumerate()
                    .find(|(i, e)| *i != idx && e.forms.contains(&form))
                {
                    return Err(RegistryError::at(
                        origin,
                        text,
                        format!("alias {:?} already names {}", alias.get_ref(), other.1.name),
                        Some(alias.span()),
                    ));
                }
                let entry = &mut self.entries[idx];
                if !entry.forms.contains(&form) {
                    entry.forms.push(form);
                    entry.aliases.push(alias.get_ref().trim().to_string());
                }
            }
            let entry = &mut self.entries[idx];
            for c in src.context {
                if !entry.context.contains(&c) {
                    entry.context.push(c);
                }
            }
        }
        Ok(())
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// A name's words: lower case, possessives and noise words dropped, hyphens
    /// splitting words.
    pub fn normalise(&self, name: &str) -> Vec<String> {
        words_in(name, 0, name.len())
            .into_iter()
            .map(|w| {
                let l = w.lower;
                l.strip_suffix("'s")
                    .or_else(|| l.strip_suffix('\''))
                    .unwrap_or(&l)
                    .to_string()
            })
            .filter(|w| !w.is_empty() && !self.lexicon.noise.contains(w))
            .collect()
    }

    /// The registry as it applies to some material: entries whose context words
    /// occur in none of the texts are left out.
    pub fn scoped<'r>(&'r self, texts: &[&str]) -> ScopedRegistry<'r> {
        let present: BTreeSet<String> = texts
            .iter()
            .flat_map(|t| words_in(t, 0, t.len()))
            .map(|w| w.lower)
            .collect();
        let active = self
            .entries
            .iter()
            .map(|e| {
                e.context.is_empty()
                    || e.context.iter().any(|c| {
                        let cw = self.normalise(c);
                        !cw.is_empty() && cw.iter().all(|w| present.contains(w))
                    })
            })
            .collect();
        ScopedRegistry {
            registry: self,
            active,
        }
    }

    /// Resolve a name with every entry in force.
    pub fn resolve(&self, name: &str) -> Option<SourceName> {
        ScopedRegistry {
            registry: self,
            active: vec![true; self.entries.len()],
        }
        .resolve(name)
    }
}

/// The registry with the entries that apply to one reconciliation.
pub struct ScopedRegistry<'r> {
    pub registry: &'r SourceRegistry,
    active: Vec<bool>,
}

/// Whether `needle` occurs in `hay` as a contiguous run, and where.
fn find_run(hay: &[String], needle: &[String]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
}

impl ScopedRegistry<'_> {
    pub fn lexicon(&self) -> &Lexicon {
        &self.registry.lexicon
    }

    /// A name as a source: `None` for a pronoun or a name with no words. The
    /// canonical source is the entry with the longest alias the name contains;
    /// a name holding aliases of two entries (a joint statement) stays as written.
    pub fn resolve(&self, name: &str) -> Option<SourceName> {
        let reg = self.registry;
        let words = reg.normalise(name);
        if words.is_empty() || words.iter().all(|w| reg.lexicon.pronouns.contains(w)) {
            return None;
        }
        let mut matches: Vec<(usize, usize, usize)> = Vec::new(); // entry, start, len
        for (i, e) in reg.entries.iter().enumerate() {
            if !self.active[i] {
                continue;
            }
            for f in &e.forms {
                if let Some(at) = find_run(&words, f) {
                    matches.push((i, at, f.len()));
                }
            }
        }
        let best = matches.iter().max_by_key(|m| (m.2, std::cmp::Reverse(m.0)));
        let entry = best.and_then(|&(e, at, len)| {
            let rival = matches
                .iter()
                .any(|&(o, oat, olen)| o != e && (oat >= at + len || oat + olen <= at));
            (!rival).then_some(e)
        });
        let heads = &reg.lexicon.generic_heads;
        let kept: Vec<String> = words
            .iter()
            .filter(|w| !heads.contains(*w))
            .cloned()
            .collect();
        let core = if kept.len() >= 2 || kept.len() == words.len() {
            kept
        } else {
            words.clone()
        };
        Some(SourceName {
            written: name.trim().to_string(),
            canonical: entry.map(|e| reg.entries[e].name.clone()),
            words,
            core,
            entry,
        })
    }

    /// Whether two names are one source: the same canonical source; or, for a
    /// name the registry does not know, every word of an alias of the other's
    /// source among its words; or, between two unknown names, every word of one
    /// among the words of the other (also with spaces removed: "coastguard").
    pub fn same(&self, a: &SourceName, b: &SourceName) -> bool {
        match (a.entry, b.entry) {
            (Some(x), Some(y)) => x == y,
            (Some(x), None) => self.holds_alias(b, x),
            (None, Some(y)) => self.holds_alias(a, y),
            (None, None) => {
                let (small, large) = if a.core.len() <= b.core.len() {
                    (&a.core, &b.core)
                } else {
                    (&b.core, &a.core)
                };
                if small.is_empty() {
                    return false;
                }
                let heads = &self.registry.lexicon.generic_heads;
                if small.iter().all(|w| heads.contains(w)) {
                    return false;
                }
                let large_set: BTreeSet<&String> = large.iter().collect();
                if small.iter().all(|w| large_set.contains(w)) {
                    return true;
                }
                // "the state Export Credit Board" for "Export Credit Board": a
                // leading modifier before three words the other holds.
                if small.len() >= 4 && small[1..].iter().all(|w| large_set.contains(w)) {
                    return true;
                }
                let joined_small: String = small.concat();
                if joined_small.len() >= 6 && large.concat().contains(&joined_small) {
                    return true;
                }
                // "LRR" for "Lindmark Regional Rail": an acronym spelled by the
                // initials of a run of the other's words.
                let acronym = |short: &[String], long: &[String]| match short {
                    [w] if (2..=6).contains(&w.len())
                        && w.chars().all(|c| c.is_ascii_alphabetic()) =>
                    {
                        long.windows(w.len()).any(|run| {
                            run.iter()
                                .zip(w.chars())
                                .all(|(word, c)| word.starts_with(c))
                        })
                    }
                    _ => false,
                };
                acronym(&a.words, &b.words) || acronym(&b.words, &a.words)
            }
        }
    }

    /// A name that picks out one body or person: a registry entry, or words
    /// beyond generic heads ("the fisheries ministry", not "officials" or
    /// "a spokeswoman").
    pub fn is_specific(&self, n: &SourceName) -> bool {
        let heads = &self.registry.lexicon.generic_heads;
        n.entry.is_some() || (!n.core.is_empty() && !n.core.iter().all(|w| heads.contains(w)))
    }

    /// A name that only describes a body ("the company", "the operator"):
    /// it points back to a body named before.
    pub fn describes_only(&self, n: &SourceName) -> bool {
        let lx = &self.registry.lexicon;
        n.entry.is_none()
            && !n.words.is_empty()
            && n.words
                .iter()
                .all(|w| lx.descriptions.contains(w) || lx.generic_heads.contains(w))
            && n.words.iter().any(|w| lx.descriptions.contains(w))
    }

    /// Whether a name in running text names a body by its own name or the
    /// start of it ("Greyfield" for "Greyfield Homes"): a short name, not a
    /// document's whole title ("Transcript — Radio Lanne, 14 May").
    pub fn names_start_of(&self, mention: &SourceName, body: &SourceName) -> bool {
        !mention.words.is_empty() && body.words.len() <= 4 && body.words.starts_with(&mention.words)
    }

    /// Whether a description may stand for a body: the body's name holds no
    /// other kind of body ("the company" is not "the fire service").
    /// The words of a name that describe a kind of body ("union" in "the
    /// union", "company" in "the company").
    pub fn kinds_in(&self, name: &SourceName) -> Vec<String> {
        let kinds = &self.registry.lexicon.descriptions;
        name.words
            .iter()
            .filter(|w| kinds.contains(*w))
            .cloned()
            .collect()
    }

    /// Whether a description ("the company", "the airport") can stand for a
    /// body: the body's own kind words are all in it, and a place it names is
    /// in the body's name.
    pub fn may_describe(&self, description: &SourceName, body: &SourceName) -> bool {
        let lx = &self.registry.lexicon;
        let places_fit = description
            .words
            .iter()
            .filter(|w| lx.place_descriptions.contains(*w))
            .all(|w| body.words.contains(w));
        places_fit
            && body
                .words
                .iter()
                .filter(|w| lx.descriptions.contains(*w))
                .all(|w| description.words.contains(w))
    }

    /// Whether every word of `part` is in `whole` ("Halvard Water" in "Rivers
    /// Authority: enforcement ruling on Halvard Water").
    pub fn holds_all(&self, whole: &SourceName, part: &SourceName) -> bool {
        !part.words.is_empty() && part.words.iter().all(|w| whole.words.contains(w))
    }

    /// Whether two names share a word ("Emmerlund" in "Bank of Emmerlund"
    /// and "Emmerlund Statistics").
    pub fn share_a_word(&self, a: &SourceName, b: &SourceName) -> bool {
        a.words.iter().any(|w| b.words.contains(w))
    }

    fn holds_alias(&self, name: &SourceName, entry: usize) -> bool {
        let set: BTreeSet<&String> = name.words.iter().collect();
        self.registry.entries[entry]
            .forms
            .iter()
            .filter(|f| f.len() >= 2)
            .any(|f| f.iter().all(|w| set.contains(w)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reg() -> SourceRegistry {
        SourceRegistry::builtin().expect("the embedded registry loads")
    }

    #[test]
    fn a_place_described_is_a_body_named_for_it() {
        let r = reg();
        let s = r.scoped(&[]);
        let airport = s.resolve("the airport").unwrap();
        let company = s.resolve("the company").unwrap();
        let aerovia = s.resolve("Aerovia").unwrap();
        let brisk = s.resolve("Brisk International Airport").unwrap();
        assert!(s.may_describe(&airport, &brisk));
        assert!(!s.may_describe(&airport, &aerovia));
        // A body whose name says nothing of its kind may be "the company".
        assert!(s.may_describe(&company, &aerovia));
    }

    #[test]
    fn an_acronym_is_the_name_it_spells() {
        let r = reg();
        let s = r.scoped(&["A story about a rail strike."]);
        let short = s.resolve("LRR").unwrap();
        let long = s
            .resolve("Lindmark Regional Rail — Statement on planned industrial action")
            .unwrap();
        assert!(s.same(&short, &long), "{short:?} {long:?}");
        let other = s.resolve("the Rail and Transit Workers' Union").unwrap();
        assert!(!s.same(&short, &other));
    }

    #[test]
    fn aliases_resolve_case_and_article_free() {
        let r = reg();
        let s = r.scoped(&["A story about Syria."]);
        for n in [
            "Syrian authorities",
            "the interior ministry",
            "Damascus",
            "Syrian security forces spokesman",
            "syrian Security Forces",
        ] {
            assert_eq!(
                s.resolve(n).unwrap().canonical.as_deref(),
                Some("Syrian government"),
                "{n}"
            );
        }
        for n in [
            "the SDF",
            "Syrian Democratic Forces",
            "the Kurdish-led forces",
        ] {
            assert_eq!(
                s.resolve(n).unwrap().canonical.as_deref(),
                Some("Syrian Democratic Forces"),
                "{n}"
            );
        }
    }

    #[test]
    fn context_limits_generic_aliases() {
        let r = reg();
        let elsewhere = r.scoped(&["The ferry sank off Cape Aran."]);
        let n = elsewhere.resolve("the interior ministry").unwrap();
        assert_eq!(n.canonical, None);
        assert_eq!(n.display(), "the interior ministry");
    }

    #[test]
    fn joint_names_and_pronouns() {
        let r = reg();
        let s = r.scoped(&["Syria"]);
        assert_eq!(
            s.resolve("Syrian authorities and the SDF")
                .unwrap()
                .canonical,
            None
        );
        assert!(s.resolve("she").is_none());
        assert!(s.resolve("  ").is_none());
    }

    #[test]
    fn unknown_names_meet_by_their_words() {
        let r = reg();
        let s = r.scoped(&[]);
        let same = |a: &str, b: &str| s.same(&s.resolve(a).unwrap(), &s.resolve(b).unwrap());
        assert!(same(
            "the labour ministry",
            "Ministry of Labour and Social Protection — Statement"
        ));
        assert!(same(
            "the coast guard",
            "Lirran Coast Guard — Press statement"
        ));
        assert!(same("coastguard", "Lirran Coast Guard"));
        assert!(same("harbourmaster Nikos Darel", "Darel"));
        assert!(same("coast guard officials", "the coast guard"));
        assert!(!same("regional officials", "Regional Roads Authority"));
        assert!(!same("the fire service", "the labour ministry"));
    }

    #[test]
    fn a_bad_alias_is_reported_where_it_stands() {
        let text = "[[source]]\nname = \"Kell police\"\naliases = [\"Damascus\"]\n";
        let mut r = reg();
        let err = r.extend("extra.toml", text).unwrap_err();
        assert!(err.message.contains("already names Syrian government"));
        let span = err.span.unwrap();
        assert_eq!(
            &text[span.offset()..span.offset() + span.len()],
            "\"Damascus\""
        );
        let err = SourceRegistry::from_toml("x.toml", "[[source]]\nnam = 1\n").unwrap_err();
        assert!(err.span.is_some());
    }
}
