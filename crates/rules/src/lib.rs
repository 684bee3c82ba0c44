//! Rule packs and checks: `rules/*.toml` files holding metrics (what a figure
//! measures and the cue words that signal it) and relations between metrics, plus
//! the built-in checks no expression can say. A malformed pack is a miette
//! diagnostic pointing at the spot in the TOML.

// A pack error carries its TOML for the miette label; it is built once, on the
// way out, so its size does not matter.
#![allow(clippy::result_large_err)]

mod builtin;
mod eval;
mod expr;
mod facts;
mod pack;
mod relation;
mod ruleset;
mod suppression;

pub use builtin::{Builtin, BUILTINS};
pub use expr::{parse_check, Check, Cmp, ExprError};
pub use pack::{
    builtin_packs, load_pack, load_pack_dir, PackError, PackRule, RulePack, BUILTIN_PACKS,
};
pub use ruleset::{CheckContext, RuleSet};
pub use suppression::{
    similar_codes, MetaRule, Scope, Suppression, Suppressions, INVALID_SUPPRESSION, META_RULES,
    UNUSED_SUPPRESSION,
};
