//! Dates: absolute ("January 20, 2026", "20 January 2026", "Jan. 20", "November
//! 2025", "in 2014"), fuzzy ("late January", "the end of 2025"), relative ("last
//! week", "on Tuesday") resolved against the publication date, and spans
//! ("between late January and early February").

use crate::candidate::Candidate;
use crate::scan::Scan;
use jiff::civil::Date;

/// Month names, weekdays, fuzzy parts and relative words, from `rules/lexicon/dates.toml`.
#[derive(Debug, Default)]
pub struct DateLexicon {}

impl DateLexicon {
    pub fn from_toml(_text: &str) -> Result<Self, crate::LexiconError> {
        Ok(DateLexicon {})
    }
}

/// Every date reading in the document. `published` anchors relative dates and
/// months named without a year.
pub fn find_dates(_scan: &Scan, _lex: &DateLexicon, _published: Option<Date>) -> Vec<Candidate> {
    Vec::new()
}
