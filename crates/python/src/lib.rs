//! `claimcheck._native`, the compiled half of the Python package: a `Checker`
//! class over the library's [`claimcheck::Checker`], and the package's error
//! type. The package's Python half (`python/claimcheck/__init__.py`) adds the
//! module-level `check` and `claims` and documents the API; the stubs are
//! `python/claimcheck/_native.pyi`.
//!
//! Results cross into Python as the documents the CLI writes (JSON parsed by
//! Python's `json` into plain dicts and lists), so Python, Spark and the CLI
//! give the same findings byte for byte. Checking runs with the interpreter
//! detached (the GIL released): threads check articles in parallel.

use claimcheck::claims_out::{ClaimsFormat, ClaimsView};
use claimcheck_claims::Document;
use claimcheck_report::Format;
use jiff::civil::Date;
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use std::path::PathBuf;

create_exception!(
    claimcheck,
    ClaimcheckError,
    PyValueError,
    "An article, date, config or rule pack claimcheck cannot use; the message is the CLI's."
);

/// A miette report as the package's exception: its message and causes, then,
/// when it points into a file (a rule pack's TOML), the labelled snippet as
/// the CLI draws it, without colour.
fn error(report: miette::Report) -> PyErr {
    let mut message = report.to_string();
    for cause in report.chain().skip(1) {
        message.push_str(&format!(": {cause}"));
    }
    if report.labels().is_some_and(|mut l| l.next().is_some()) {
        let mut drawn = String::new();
        let handler =
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
        if handler.render_report(&mut drawn, report.as_ref()).is_ok() {
            message.push('\n');
            message.push_str(drawn.trim_end());
        }
    }
    ClaimcheckError::new_err(message)
}

/// A publication date: `None`, a `"YYYY-MM-DD"` string or a `datetime.date`.
fn date_arg(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Date>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let text: String = if let Ok(s) = value.cast::<PyString>() {
        s.extract()?
    } else if value.hasattr("isoformat")? && value.hasattr("year")? {
        value.call_method0("isoformat")?.extract()?
    } else {
        return Err(PyTypeError::new_err(
            "published must be a 'YYYY-MM-DD' string or a datetime.date",
        ));
    };
    claimcheck::parse_date(&text)
        .map(Some)
        .map_err(|e| ClaimcheckError::new_err(format!("published: {e}")))
}

/// Folders or files: one path (a string or `os.PathLike`) or a sequence of them.
fn paths_arg(value: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<PathBuf>> {
    match value.filter(|v| !v.is_none()) {
        None => Ok(Vec::new()),
        Some(v) if v.is_instance_of::<PyString>() || v.hasattr("__fspath__")? => {
            Ok(vec![v.extract()?])
        }
        Some(v) => v.try_iter()?.map(|p| p.and_then(|p| p.extract())).collect(),
    }
}

/// Rule codes: one string, or a sequence of them.
fn codes_arg(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Vec<String>>> {
    match value.filter(|v| !v.is_none()) {
        None => Ok(None),
        Some(v) if v.is_instance_of::<PyString>() => Ok(Some(vec![v.extract()?])),
        Some(v) => v
            .try_iter()?
            .map(|c| c.and_then(|c| c.extract()))
            .collect::<PyResult<Vec<String>>>()
            .map(Some),
    }
}

/// Sources as (name, text): each a string (its text, named after the article
/// as a JSON Lines record's are), a `(name, text)` pair or a mapping with
/// `text` and an optional `id`. Empty ones are left out, as the CLI leaves
/// out an empty `--source`.
fn sources_arg(path: &str, value: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<(String, String)>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(Vec::new());
    };
    if value.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "sources must be a sequence of texts, (name, text) pairs or {'id', 'text'} mappings, not one string",
        ));
    }
    let mut out = Vec::new();
    for (k, item) in value.try_iter()?.enumerate() {
        let item = item?;
        let unnamed = || format!("{path}#source-{}", k + 1);
        let (name, text): (String, String) = if item.is_instance_of::<PyString>() {
            (unnamed(), item.extract()?)
        } else if let Ok(pair) = item.cast::<PyTuple>() {
            pair.extract()?
        } else if let Ok(map) = item.cast::<PyDict>() {
            let text = map
                .get_item("text")?
                .ok_or_else(|| PyTypeError::new_err(format!("source {} has no 'text'", k + 1)))?
                .extract()?;
            let name = match map.get_item("id")? {
                Some(id) if !id.is_none() => id.str()?.extract()?,
                _ => unnamed(),
            };
            (name, text)
        } else {
            return Err(PyTypeError::new_err(format!(
                "source {} must be a text, a (name, text) pair or a mapping with 'text'",
                k + 1
            )));
        };
        if !text.trim().is_empty() {
            out.push((name, text));
        }
    }
    Ok(out)
}

/// A rendered document as Python sees it: parsed into dicts when no format
/// was asked for, else the text itself.
fn result(py: Python<'_>, text: String, parse: bool) -> PyResult<Py<PyAny>> {
    if parse {
        let json = py.import("json")?;
        Ok(json.call_method1("loads", (text,))?.unbind())
    } else {
        Ok(PyString::new(py, &text).into_any().unbind())
    }
}

/// Loads rule packs, lexicons and config once; check any number of articles
/// with it, from any number of threads.
#[pyclass(frozen, module = "claimcheck")]
struct Checker {
    inner: claimcheck::Checker,
}

#[pymethods]
impl Checker {
    #[new]
    #[pyo3(signature = (config=None, rules=None, published=None, select=None, ignore=None))]
    fn new(
        py: Python<'_>,
        config: Option<PathBuf>,
        rules: Option<&Bound<'_, PyAny>>,
        published: Option<&Bound<'_, PyAny>>,
        select: Option<&Bound<'_, PyAny>>,
        ignore: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let options = claimcheck::CheckerOptions {
            config,
            rules: paths_arg(rules)?,
            published: date_arg(published)?,
            select: codes_arg(select)?,
            ignore: codes_arg(ignore)?.unwrap_or_default(),
        };
        let inner = py
            .detach(|| claimcheck::Checker::new(options))
            .map_err(error)?;
        Ok(Checker { inner })
    }

    #[pyo3(signature = (text, published=None, sources=None, path="<string>", record=None, format=None))]
    #[allow(clippy::too_many_arguments)]
    fn check(
        &self,
        py: Python<'_>,
        text: String,
        published: Option<&Bound<'_, PyAny>>,
        sources: Option<&Bound<'_, PyAny>>,
        path: &str,
        record: Option<String>,
        format: Option<&str>,
    ) -> PyResult<Py<PyAny>> {
        let published = date_arg(published)?;
        let sources = sources_arg(path, sources)?;
        let chosen: Format = match format {
            None => Format::Json,
            Some(f) => f.parse().map_err(|e: claimcheck_report::UnknownFormat| {
                PyValueError::new_err(e.to_string())
            })?,
        };
        let inner = &self.inner;
        let rendered = py.detach(|| -> miette::Result<String> {
            let doc = inner.document(path, text)?;
            let sources: Vec<Document> = sources
                .into_iter()
                .map(|(name, text)| Document::new(name, text))
                .collect();
            let (findings, annotations) = inner.check_annotated(&doc, published, &sources)?;
            Ok(inner.render_annotated(
                &doc,
                record.as_deref(),
                &findings,
                annotations,
                &sources,
                chosen,
            ))
        });
        result(py, rendered.map_err(error)?, format.is_none())
    }

    #[pyo3(signature = (text, published=None, path="<string>", record=None, format=None, schema=2, relations=false))]
    #[allow(clippy::too_many_arguments)]
    fn claims(
        &self,
        py: Python<'_>,
        text: String,
        published: Option<&Bound<'_, PyAny>>,
        path: &str,
        record: Option<String>,
        format: Option<&str>,
        schema: u8,
        relations: bool,
    ) -> PyResult<Py<PyAny>> {
        let published = date_arg(published)?;
        let chosen: ClaimsFormat = format
            .unwrap_or("json")
            .parse()
            .map_err(PyValueError::new_err)?;
        if !(1..=2).contains(&schema) {
            return Err(PyValueError::new_err(format!(
                "schema must be 1 or 2, not {schema}"
            )));
        }
        let view = ClaimsView {
            format: chosen,
            schema,
            relations,
        };
        let inner = &self.inner;
        let rendered = py.detach(|| -> miette::Result<String> {
            let doc = inner.document(path, text)?;
            Ok(inner.render_claims(&doc, record.as_deref(), published, view))
        });
        result(py, rendered.map_err(error)?, format.is_none())
    }
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Checker>()?;
    m.add("ClaimcheckError", m.py().get_type::<ClaimcheckError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
