//! Rule packs: `rules/*.toml` files holding metrics (what a figure measures and
//! the cue words that signal it). The default packs are embedded in the binary;
//! more can be loaded from disk. A malformed pack is a miette diagnostic pointing
//! at the spot in the TOML.

mod pack;

pub use pack::{builtin_packs, load_pack, load_pack_dir, PackError, RulePack, BUILTIN_PACKS};
