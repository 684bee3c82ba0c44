//! What applies to each file: the config found for it (or given, or none), and the
//! rule set, extractor and publication date that config implies. Files that share
//! a config share one `Settings`, built once.

use crate::config::{discover, Config, Policy};
use claimcheck_claims::RuleMeta;
use claimcheck_extract::Extractor;
use claimcheck_rules::{PackError, RuleSet, META_RULES};
use jiff::civil::Date;
use miette::{IntoDiagnostic, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The config-related flags every command takes.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct ConfigArgs {
    /// Use this config file for every file instead of looking for claimcheck.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config", global = true)]
    pub config: Option<PathBuf>,
    /// Use no config file at all.
    #[arg(long, global = true)]
    pub no_config: bool,
}

/// The command line's part: flags that sit on top of any config.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub config: ConfigArgs,
    /// `--rules` folders, added to every config's packs.
    pub rules: Vec<PathBuf>,
    /// `--published`: wins over the config's `published`.
    pub published: Option<Date>,
    /// `--select`: replaces the config's selection.
    pub select: Option<Vec<String>>,
    /// `--ignore`: adds to the config's.
    pub ignore: Vec<String>,
}

/// Everything one config (or none) implies.
pub struct Settings {
    pub config: Option<Config>,
    pub rules: RuleSet,
    pub extractor: Extractor,
    pub published: Option<Date>,
    /// Every rule in force: built-in checks, packs, then the suppression rules.
    pub metas: Vec<RuleMeta>,
}

impl Settings {
    fn build(config: Option<Config>, ov: &Overrides) -> Result<Settings> {
        let mut dirs: Vec<PathBuf> = config.iter().flat_map(|c| c.rules.clone()).collect();
        dirs.extend(ov.rules.iter().cloned());
        // The same folder named twice (config and --rules) is loaded once.
        let mut seen = Vec::new();
        dirs.retain(|d| {
            let key = std::fs::canonicalize(d).unwrap_or_else(|_| d.clone());
            let fresh = !seen.contains(&key);
            seen.push(key);
            fresh
        });
        let rules = RuleSet::new(load_packs(&dirs)?)?;
        reserve_meta_codes(&rules)?;
        let mut metas = rules.metas();
        metas.extend(META_RULES.iter().map(|m| m.meta()));
        metas.extend(claimcheck_reconcile::metas());
        if let Some(c) = &config {
            let known: Vec<&str> = metas.iter().map(|m| m.code.as_str()).collect();
            c.check_codes(&known)?;
        }
        let mut extractor = Extractor::new(rules.metrics.clone()).into_diagnostic()?;
        if let Some(t) = config.as_ref().and_then(|c| c.tolerance) {
            extractor.set_approx_tolerance(t).into_diagnostic()?;
        }
        let published = ov
            .published
            .or_else(|| config.as_ref().and_then(|c| c.published));
        Ok(Settings {
            config,
            rules,
            extractor,
            published,
            metas,
        })
    }

    /// The config's source-registry files.
    pub fn source_registries(&self) -> Vec<PathBuf> {
        self.config
            .as_ref()
            .map(|c| c.sources.clone())
            .unwrap_or_default()
    }

    /// The codes of every rule in force.
    pub fn codes(&self) -> Vec<&str> {
        self.metas.iter().map(|m| m.code.as_str()).collect()
    }

    /// Which rules run on `file`, at what severity: config, its matching per-path
    /// entries in file order, then `--select` / `--ignore`.
    pub fn policy(&self, file: &Path, ov: &Overrides) -> Policy {
        let base = match &self.config {
            None => Policy::default(),
            Some(c) => {
                let abs = std::fs::canonicalize(file)
                    .or_else(|_| std::path::absolute(file))
                    .ok();
                let rel: Option<Vec<String>> = abs.as_deref().and_then(|a| {
                    a.strip_prefix(&c.dir).ok().map(|r| {
                        r.components()
                            .map(|x| x.as_os_str().to_string_lossy().into_owned())
                            .collect()
                    })
                });
                let parts: Option<Vec<&str>> =
                    rel.as_ref().map(|v| v.iter().map(String::as_str).collect());
                c.policy(parts.as_deref())
            }
        };
        base.with_command_line(ov.select.as_deref(), &ov.ignore)
    }
}

/// The built-in packs plus those from `--rules` folders.
pub fn load_packs(dirs: &[std::path::PathBuf]) -> Result<Vec<claimcheck_rules::RulePack>> {
    let mut packs = claimcheck_rules::builtin_packs()?;
    for dir in dirs {
        packs.extend(claimcheck_rules::load_pack_dir(dir)?);
    }
    Ok(packs)
}

/// A pack rule may not take a code of the suppression rules.
fn reserve_meta_codes(rules: &RuleSet) -> Result<()> {
    for p in &rules.packs {
        for r in &p.rules {
            // Codes of the suppression audit and of the reconciliation rules are
            // taken, whatever packs are loaded.
            let reserved = META_RULES
                .iter()
                .map(|m| (m.code.to_string(), m.name.to_string()))
                .chain(
                    claimcheck_reconcile::metas()
                        .into_iter()
                        .map(|m| (m.code, m.name)),
                )
                .find(|(code, _)| *code == r.meta.code);
            if let Some((code, name)) = reserved {
                let needle = format!("\"{}\"", code);
                let at = p.text.find(&needle).map(|a| a..a + needle.len());
                return Err(PackError::at(
                    &p.origin,
                    &p.text,
                    format!("rule code {code} is reserved for the built-in rule {name}"),
                    at,
                    "reserved code",
                )
                .into());
            }
        }
    }
    Ok(())
}

/// The settings for each file, and which of them each file uses.
pub struct Resolved {
    pub settings: Vec<Settings>,
    /// `settings[of_file[i]]` applies to the i-th file.
    pub of_file: Vec<usize>,
}

/// Find each file's config (or use `--config`, or none) and build the settings.
pub fn for_files<'a>(
    files: impl IntoIterator<Item = &'a Path>,
    ov: &Overrides,
) -> Result<Resolved> {
    // Each config once, and for each file only the index of its own: an
    // archive run's memory does not grow by a path per file.
    let mut distinct: Vec<Option<PathBuf>> = Vec::new();
    let mut of_file = Vec::new();
    let mut found: BTreeMap<PathBuf, Option<PathBuf>> = BTreeMap::new();
    for file in files {
        let key = if ov.config.no_config {
            None
        } else if let Some(c) = &ov.config.config {
            Some(c.clone())
        } else {
            let dir = config_dir(file)?;
            found
                .entry(dir.clone())
                .or_insert_with(|| discover(&dir))
                .clone()
        };
        let i = distinct.iter().position(|d| *d == key).unwrap_or_else(|| {
            distinct.push(key);
            distinct.len() - 1
        });
        of_file.push(i);
    }
    resolve(distinct, of_file, ov)
}

/// Where the config lookup for `file` starts: its folder, or the current one
/// for a stream ("/dev/stdin", a pipe from `<(…)`), which has no folder of its
/// own. Standard input's name (`--stdin-filename`) need not exist: its folder
/// is where it would be.
fn config_dir(file: &Path) -> Result<PathBuf> {
    let meta = std::fs::metadata(file);
    let stream = meta.as_ref().is_ok_and(|m| !m.is_file());
    let abs = if stream {
        None
    } else if meta.is_err() {
        Some(std::path::absolute(file).into_diagnostic()?)
    } else {
        Some(
            std::fs::canonicalize(file)
                .map_err(|e| miette::miette!("cannot read {}: {e}", file.display()))?,
        )
    };
    match abs.as_deref().and_then(Path::parent) {
        Some(dir) => Ok(dir.to_path_buf()),
        None => std::env::current_dir().map_err(|e| {
            miette::miette!("cannot find the current folder to look for claimcheck.toml: {e}")
        }),
    }
}

/// The settings for a command that checks no file (`claimcheck rules`): the config
/// found from the current folder.
pub fn for_current_dir(ov: &Overrides) -> Result<Settings> {
    let key = if ov.config.no_config {
        None
    } else if let Some(c) = &ov.config.config {
        Some(c.clone())
    } else {
        std::env::current_dir().ok().and_then(|d| discover(&d))
    };
    let mut r = resolve(vec![key], vec![0], ov)?;
    Ok(r.settings.swap_remove(0))
}

/// The settings of each distinct config (or none); `of_file[i]` indexes the
/// one the i-th file uses.
fn resolve(
    distinct: Vec<Option<PathBuf>>,
    of_file: Vec<usize>,
    ov: &Overrides,
) -> Result<Resolved> {
    let mut settings = Vec::new();
    for k in distinct {
        let config = k.as_deref().map(Config::load).transpose()?;
        settings.push(Settings::build(config, ov)?);
    }
    // `--select` and `--ignore` must name rules that exist wherever they apply.
    for s in &settings {
        let known = s.codes();
        for code in ov.select.iter().flatten().chain(&ov.ignore) {
            if !known.contains(&code.as_str()) {
                let similar = claimcheck_rules::similar_codes(code, known.iter().copied());
                let hint = if similar.is_empty() {
                    "`claimcheck rules` lists every rule code".to_string()
                } else {
                    format!("did you mean {}?", similar.join(" or "))
                };
                return Err(miette::miette!(
                    "unknown rule code `{code}` on the command line; {hint}"
                ));
            }
        }
    }
    Ok(Resolved { settings, of_file })
}
