//! A claim: one figure, where it is, what it measures and who says so.

use crate::{Bound, Frame, Span, Value};
use serde::Serialize;

/// The kind of value a claim states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Count,
    Ordinal,
    Percent,
    Money,
    Date,
    Duration,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Ordinal => "ordinal",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Date => "date",
            Kind::Duration => "duration",
        }
    }
}

/// Whether the text asserts the figure or only entertains it ("possibly hundreds",
/// "could be as high as"). A modal figure is a source's upper estimate, not a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// "possibly", "could be", "may have", "perhaps".
    Possible,
    /// "an estimated", "estimates": a figure given as an estimate.
    Estimated,
}

/// Who a figure is credited to, as the article words it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Attribution {
    /// The source's name as the text gives it ("the SDF", "Syrian authorities"),
    /// with a surname or pronoun replaced by the fuller name it refers back to.
    pub name: String,
    /// Where that name stands in the text.
    pub span: Span,
    /// The reporting verb or phrase that links source and figure ("said", "according to").
    pub cue: String,
}

impl Attribution {
    /// The same voice, loosely: one name, or names with one last word ("the
    /// council" and "the Veldmark Research Council"; "Ms Arnst" and "Hella
    /// Arnst"), or a body named by the first word of its name ("Halden" and
    /// "Halden Mutual").
    pub fn same_voice(&self, other: &Attribution) -> bool {
        let last = |n: &str| n.split_whitespace().last().map(str::to_lowercase);
        let short_form = |short: &str, long: &str| {
            let mut words = long.split_whitespace();
            !short.contains(' ')
                && short.chars().next().is_some_and(char::is_uppercase)
                && words.next().is_some_and(|w| w == short)
                && words.next().is_some()
        };
        self.name.eq_ignore_ascii_case(&other.name)
            || last(&self.name) == last(&other.name)
            || short_form(&self.name, &other.name)
            || short_form(&other.name, &self.name)
    }
}

/// One figure in one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The figure with its hedge and unit: "around 120", "$1.96 billion", "late January".
    pub span: Span,
    pub text: String,
    pub kind: Kind,
    pub value: Value,
    /// Currency for money (ISO code or the currency word), `None` otherwise.
    pub unit: Option<String>,
    /// What the figure counts ("escaped", "killed"), from the rule packs' cue words.
    pub metric: Option<String>,
    /// The cue word that set the metric, and where it stands.
    pub metric_cue: Option<Span>,
    pub source: Option<Box<Attribution>>,
    pub modality: Option<Modality>,
    /// Index of the sentence the claim stands in (0-based, per document).
    pub sentence: usize,
    /// What the figure is about: counted noun, predicate, owner, tense, time, scope.
    pub frame: Frame,
}

impl Claim {
    pub fn bound(&self) -> Bound {
        self.value.bound()
    }
}

/// A metric as the rule packs define it: what a figure measures, and the cue
/// words that signal it ("escaped": "escaped", "fled", "escapees").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetricDef {
    pub name: String,
    pub kind: Kind,
    /// Cue phrases, lower case; several words allowed ("death toll").
    pub cues: Vec<String>,
    /// Nouns that name the metric in an "N-noun" compound ("11-nation", "90-member"),
    /// and only there: "a country of 14 million" says nothing about members.
    pub compounds: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(name: &str) -> Attribution {
        Attribution {
            name: name.to_string(),
            span: Span { start: 0, end: 0 },
            cue: "said".to_string(),
        }
    }

    #[test]
    fn one_voice_under_a_shortened_name() {
        assert!(said("Hella Arnst").same_voice(&said("Ms Arnst")));
        assert!(said("Halden").same_voice(&said("Halden Mutual")));
        assert!(said("Halden Mutual").same_voice(&said("Halden")));
        assert!(!said("Halden Mutual").same_voice(&said("Orrin Mutual Group")));
        assert!(!said("the federation").same_voice(&said("the union")));
        // A lower-case word is no name: "the" opens many names.
        assert!(!said("the").same_voice(&said("the federation")));
    }
}
