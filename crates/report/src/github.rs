//! The github format: one GitHub Actions workflow command per finding, which the
//! runner turns into an annotation on the lines of the pull request.

use std::fmt::Write as _;

use claimcheck_claims::Severity;

use crate::located::{Located, LocatedLabel};

pub(crate) fn render(findings: &[Located<'_>]) -> String {
    let mut out = String::new();
    for located in findings {
        let finding = located.finding;
        let command = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let mut properties = Vec::new();
        if let Some(primary) = located.primary() {
            properties.push(("file", primary.path.to_string()));
            if let (Some(start), Some(last)) = (primary.start, primary.last_char()) {
                properties.push(("line", start.line.to_string()));
                properties.push(("col", start.column.to_string()));
                properties.push(("endLine", last.line.to_string()));
                // GitHub's end column is the last annotated character, inclusive.
                properties.push(("endColumn", last.column.to_string()));
            }
        }
        properties.push(("title", format!("{} {}", finding.code, finding.rule)));
        let properties = properties
            .iter()
            .map(|(key, value)| format!("{key}={}", escape_property(value)))
            .collect::<Vec<_>>()
            .join(",");
        let _ = writeln!(
            out,
            "::{command} {properties}::{}",
            escape_data(&message(located))
        );
    }
    out
}

/// The annotation's text: the message, the other labels the finding relies on (an
/// annotation shows one place, so the rest are named), and the help.
fn message(located: &Located<'_>) -> String {
    let mut text = located.finding.message.clone();
    for label in located.labels.iter().skip(1) {
        let _ = write!(text, "\nalso: {}", describe(label));
    }
    if let Some(help) = &located.finding.help {
        let _ = write!(text, "\nhelp: {help}");
    }
    text
}

fn describe(label: &LocatedLabel<'_>) -> String {
    let place = match label.start {
        Some(start) => format!(
            "{}:{}:{} “{}”",
            label.path, start.line, start.column, label.text
        ),
        None => label.path.to_string(),
    };
    if label.message.is_empty() {
        place
    } else {
        format!("{place} — {}", label.message)
    }
}

/// Escapes a command's message, as the Actions runner unescapes it.
pub(crate) fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as data, and also `:` and `,`, which delimit properties.
pub(crate) fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_escapes_percent_and_line_breaks() {
        assert_eq!(escape_data("100%\r\nsure"), "100%25%0D%0Asure");
        assert_eq!(escape_data("a: b, c"), "a: b, c");
    }

    #[test]
    fn properties_also_escape_colons_and_commas() {
        assert_eq!(escape_property("C:\\x,y%\n"), "C%3A\\x%2Cy%25%0A");
    }

    #[test]
    fn percent_is_escaped_first() {
        // Escaping "%" after ":" would double-escape "%3A" into "%253A".
        assert_eq!(escape_property("%:"), "%25%3A");
    }
}
