//! Writing the rendered output, and deciding whether it may be coloured.

use miette::{miette, Result};
use std::io::{ErrorKind, IsTerminal, Write};

/// `--color`: whether the human format draws ANSI colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal, `NO_COLOR` is unset and
    /// `TERM` is not `dumb`.
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                auto_color(
                    std::env::var_os("NO_COLOR").as_deref(),
                    std::env::var_os("TERM").as_deref(),
                ) && std::io::stdout().is_terminal()
            }
        }
    }
}

/// What `NO_COLOR` (https://no-color.org: set and not empty) and `TERM` allow.
fn auto_color(no_color: Option<&std::ffi::OsStr>, term: Option<&std::ffi::OsStr>) -> bool {
    no_color.is_none_or(|v| v.is_empty()) && term.is_none_or(|t| t != "dumb")
}

/// Columns the human report fits its lines to: `COLUMNS` when set to a number
/// (so a script or a test can ask for a width), else the terminal's when
/// standard output is one, else 100 (a pipe's output does not depend on where
/// it ran). Never fewer than 40.
pub fn report_width() -> usize {
    let asked = std::env::var("COLUMNS").ok();
    let terminal = std::io::stdout()
        .is_terminal()
        .then(|| terminal_size::terminal_size_of(std::io::stdout()))
        .flatten()
        .map(|(terminal_size::Width(w), _)| usize::from(w));
    width_from(asked.as_deref(), terminal)
}

fn width_from(asked: Option<&str>, terminal: Option<usize>) -> usize {
    asked
        .and_then(|columns| columns.trim().parse::<usize>().ok())
        .filter(|&columns| columns > 0)
        .or(terminal)
        .unwrap_or(100)
        .max(40)
}

/// Writes `out` to standard output. A reader that went away (`| head`) ends the
/// output quietly; any other failure (a full disk) is an error, so the run
/// exits 2 instead of reporting success with nothing written.
pub fn emit(out: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    written(
        stdout
            .write_all(out.as_bytes())
            .and_then(|()| stdout.flush()),
    )
}

/// A write's outcome as the user sees it: a reader that went away (`| head`)
/// is no error; any other failure (a full disk) is one, exit 2.
fn written(outcome: std::io::Result<()>) -> Result<()> {
    match outcome {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(miette!("cannot write the output: {e}")),
    }
}

/// Standard output written a piece at a time, each piece flushed so a reader
/// sees it at once.
pub struct Out {
    stdout: std::io::BufWriter<std::io::StdoutLock<'static>>,
}

impl Out {
    pub fn stdout() -> Out {
        Out {
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
        }
    }

    /// Writes `text`; `Stop` when the reader went away (`| head`), an error
    /// for any other failure (a full disk).
    pub fn write(&mut self, text: &str) -> Result<crate::batch::Flow> {
        if text.is_empty() {
            return Ok(crate::batch::Flow::More);
        }
        match self
            .stdout
            .write_all(text.as_bytes())
            .and_then(|()| self.stdout.flush())
        {
            Ok(()) => Ok(crate::batch::Flow::More),
            Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(crate::batch::Flow::Stop),
            Err(e) => Err(miette!("cannot write the output: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{auto_color, width_from};

    #[test]
    fn the_width_is_asked_for_then_the_terminal_s_then_100() {
        assert_eq!(width_from(Some("72"), Some(200)), 72);
        assert_eq!(width_from(Some("wide"), Some(200)), 200);
        assert_eq!(width_from(Some("0"), None), 100);
        assert_eq!(width_from(None, None), 100);
        assert_eq!(width_from(Some("12"), None), 40);
    }
    use std::ffi::OsStr;

    #[test]
    fn no_color_and_dumb_terminals_turn_colour_off() {
        assert!(auto_color(None, Some(OsStr::new("xterm-256color"))));
        assert!(auto_color(Some(OsStr::new("")), None));
        assert!(!auto_color(
            Some(OsStr::new("1")),
            Some(OsStr::new("xterm"))
        ));
        assert!(!auto_color(None, Some(OsStr::new("dumb"))));
    }
}
