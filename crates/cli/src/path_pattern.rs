//! The `path` of a config's `[[per-path]]` entry: a folder or file prefix, or a
//! glob with `*`, `?` and `**`, always relative to the config file's folder. Small
//! enough that a glob crate would cost more than it saves.

/// A parsed `path` pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathPattern {
    segments: Vec<String>,
    /// No `*` or `?`: the pattern names a file or a folder and matches what is in it.
    prefix: bool,
}

impl PathPattern {
    /// Parse a pattern; the error says what is wrong with it.
    pub fn parse(pattern: &str) -> Result<PathPattern, String> {
        let p = pattern.trim();
        if p.is_empty() {
            return Err("the path is empty".into());
        }
        if p.starts_with('/') || p.contains('\\') || p.as_bytes().get(1) == Some(&b':') {
            return Err("write the path relative to the config file's folder, with `/`".into());
        }
        let p = p.strip_prefix("./").unwrap_or(p).trim_end_matches('/');
        let segments: Vec<String> = p
            .split('/')
            .filter(|s| !s.is_empty() && *s != ".")
            .map(str::to_string)
            .collect();
        if segments.iter().any(|s| s == "..") {
            return Err("`..` cannot appear in a path pattern".into());
        }
        if segments.iter().any(|s| s.contains("**") && s != "**") {
            return Err("`**` must be a whole path segment, as in `drafts/**/*.md`".into());
        }
        let prefix = !p.contains(['*', '?']);
        Ok(PathPattern { segments, prefix })
    }

    /// Whether a path (relative to the config's folder, split into its components)
    /// matches.
    pub fn matches(&self, path: &[&str]) -> bool {
        if self.prefix {
            return path.len() >= self.segments.len()
                && self.segments.iter().zip(path).all(|(s, p)| s == p);
        }
        match_segments(&self.segments, path)
    }
}

fn match_segments(pattern: &[String], path: &[&str]) -> bool {
    match pattern.split_first() {
        None => path.is_empty(),
        Some((first, rest)) if first == "**" => {
            (0..=path.len()).any(|skip| match_segments(rest, &path[skip..]))
        }
        Some((first, rest)) => path.split_first().is_some_and(|(p, path_rest)| {
            match_segment(first, p) && match_segments(rest, path_rest)
        }),
    }
}

/// `*` any run of characters, `?` one character, anything else itself.
fn match_segment(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    // Classic two-pointer wildcard match with backtracking to the last `*`.
    let (mut i, mut j) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while j < n.len() {
        if i < p.len() && (p[i] == '?' || p[i] == n[j]) {
            i += 1;
            j += 1;
        } else if i < p.len() && p[i] == '*' {
            star = Some((i, j));
            i += 1;
        } else if let Some((si, sj)) = star {
            i = si + 1;
            j = sj + 1;
            star = Some((si, sj + 1));
        } else {
            return false;
        }
    }
    p[i..].iter().all(|c| *c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pattern: &str, path: &str) -> bool {
        let parts: Vec<&str> = path.split('/').collect();
        PathPattern::parse(pattern).unwrap().matches(&parts)
    }

    #[test]
    fn prefixes_match_whole_segments() {
        assert!(m("drafts", "drafts/a.md"));
        assert!(m("drafts/", "drafts/sport/a.md"));
        assert!(m("./drafts/a.md", "drafts/a.md"));
        assert!(!m("drafts", "drafts-old/a.md"));
        assert!(!m("drafts/a.md", "a.md"));
    }

    #[test]
    fn stars_stay_inside_a_segment() {
        assert!(m("*.md", "a.md"));
        assert!(!m("*.md", "drafts/a.md"));
        assert!(m("drafts/*.md", "drafts/a.md"));
        assert!(!m("drafts/*.md", "drafts/x/a.md"));
        assert!(m("drafts/wire-??.txt", "drafts/wire-07.txt"));
        assert!(m("d*s/*", "drafts/a.md"));
        assert!(!m("*.md", "a.txt"));
    }

    #[test]
    fn double_stars_span_folders() {
        assert!(m("**/*.md", "a.md"));
        assert!(m("**/*.md", "x/y/a.md"));
        assert!(m("drafts/**", "drafts/x/a.md"));
        assert!(m("drafts/**/wire/*.md", "drafts/wire/a.md"));
        assert!(m("drafts/**/wire/*.md", "drafts/2026/feb/wire/a.md"));
        assert!(!m("drafts/**/wire/*.md", "drafts/2026/a.md"));
    }

    #[test]
    fn bad_patterns_are_refused() {
        assert!(PathPattern::parse("").is_err());
        assert!(PathPattern::parse("/abs/a.md").is_err());
        assert!(PathPattern::parse("../up").is_err());
        assert!(PathPattern::parse("a**/b").is_err());
        assert!(PathPattern::parse("C:\\drafts").is_err());
    }
}
