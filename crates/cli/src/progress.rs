//! A progress bar on standard error for a long run at a terminal: articles
//! done, articles per second, findings so far and the time left. Nothing when
//! standard error is not a terminal, with `--quiet`, or for a handful of files.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Fewer articles than this finish before a bar would be worth drawing.
const MIN_ARTICLES: usize = 20;

pub struct Progress {
    bar: Option<ProgressBar>,
    findings: usize,
    /// Articles that had no results (named on stderr).
    failed: usize,
}

impl Progress {
    /// `total` is the number of articles, when known (not for record streams).
    pub fn new(total: Option<usize>, quiet: bool) -> Progress {
        let wanted =
            !quiet && std::io::stderr().is_terminal() && total.is_none_or(|n| n >= MIN_ARTICLES);
        let bar = wanted.then(|| {
            let (bar, template) = match total {
                Some(n) => (
                    ProgressBar::new(n as u64),
                    "{bar:30} {pos}/{len} articles, {per_sec}, {msg}, {eta} left",
                ),
                None => (
                    ProgressBar::no_length(),
                    "{spinner} {pos} articles, {per_sec}, {msg}",
                ),
            };
            bar.set_style(ProgressStyle::with_template(template).expect("the template is valid"));
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(8));
            bar.set_message("0 findings");
            bar
        });
        Progress {
            bar,
            findings: 0,
            failed: 0,
        }
    }

    /// One more article done, with its findings.
    pub fn done(&mut self, findings: usize) {
        if let Some(bar) = &self.bar {
            self.findings += findings;
            bar.set_message(format!("{} findings", self.findings));
            bar.inc(1);
        }
    }

    /// One more article done that had no results: named on standard error
    /// without tearing the bar.
    pub fn failed(&mut self, failure: &crate::records::Failure) {
        let line = failure.message();
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
        self.failed += 1;
        self.done(0);
    }

    /// Removes the bar; how many articles had no results.
    pub fn finish(&self) -> usize {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        self.failed
    }

    /// Removes the bar; the exit code of a run that wrote what it could: 2
    /// when an article had no results, else 0.
    pub fn exit_code(&self) -> std::process::ExitCode {
        match self.finish() {
            0 => std::process::ExitCode::SUCCESS,
            _ => std::process::ExitCode::from(2),
        }
    }
}
