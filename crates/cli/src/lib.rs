//! The library half of the `claimcheck` binary: checking an article as the CLI
//! does, without running it. [`Checker`] is the API the Python package
//! (`crates/python`) wraps; the fuzz targets use the config file's parser and
//! the strict publication-date parser.

pub mod check;
pub mod claims_out;
pub mod config;
pub mod input;
pub mod material;
pub mod path_pattern;
pub mod settings;
pub mod table;

pub use check::{Checker, CheckerOptions};

/// A calendar date, strictly YYYY-MM-DD and real (2026-02-30 is refused).
pub fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    let bytes = s.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err(format!("`{s}` is not a date in the form YYYY-MM-DD"));
    }
    let year: i16 = s[0..4].parse().map_err(|_| format!("`{s}`: bad year"))?;
    let month: i8 = s[5..7].parse().map_err(|_| format!("`{s}`: bad month"))?;
    let day: i8 = s[8..10].parse().map_err(|_| format!("`{s}`: bad day"))?;
    jiff::civil::Date::new(year, month, day)
        .map_err(|_| format!("`{s}` is not a real calendar date"))
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn dates_must_be_real() {
        assert!(parse_date("2026-02-10").is_ok());
        assert!(parse_date("2026-02-30")
            .unwrap_err()
            .contains("not a real calendar date"));
        assert!(parse_date("10/02/2026").is_err());
        assert!(parse_date("2026-2-1").is_err());
    }
}
