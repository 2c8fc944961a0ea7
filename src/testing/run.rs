//! The runner: loads case files, parses each template and request file once, renders the
//! cases in parallel (rayon), compares, and, with `--bless`, writes new or changed goldens.
//! Results are sorted (case file, then the case's position), so output is deterministic.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::gateway::{render_template, RenderOptions, Request};
use crate::testing::bless::write_atomic;
use crate::testing::case::{self, Case, CaseFile, CaseFileError, Compare, RequestSource};
use crate::testing::compare::{self, json, Difference, Mismatch};
use crate::vtl::trace::TraceEntry;
use crate::vtl::Template;

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub bless: bool,
    /// Only cases whose id (`file::name`) contains this text.
    pub filter: Option<String>,
    /// Overrides every case's comparison.
    pub compare: Option<Compare>,
    pub ignore_key_order: bool,
    /// Stop at the first failure (cases then run one at a time, in order).
    pub fail_fast: bool,
    /// Record traces for coverage.
    pub coverage: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Passed,
    Failed,
    Errored,
    /// `--bless` wrote this case's golden (new or changed).
    Blessed,
}

#[derive(Debug, Clone)]
pub enum Detail {
    None,
    /// The output did not match the golden.
    Mismatch {
        mismatch: Mismatch,
        expected: String,
        actual: String,
        hint: Option<String>,
    },
    /// No golden file yet.
    MissingGolden {
        actual: String,
    },
    /// `expectRequestOverride` / `expectResponseOverride` did not match.
    Override {
        which: &'static str,
        differences: Vec<Difference>,
    },
    /// `expectError` was set but the render succeeded, or failed differently.
    ExpectedError {
        wanted: String,
        got: Option<String>,
    },
    /// The case could not run (unreadable request or template, template error): a message
    /// with its location.
    Error(String),
    /// Blessed: whether the golden was created (else updated).
    Blessed {
        created: bool,
    },
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub file: PathBuf,
    pub case: String,
    pub template: PathBuf,
    pub golden: PathBuf,
    pub compare: Compare,
    pub status: Status,
    pub detail: Detail,
    pub duration: Duration,
    /// Filled when coverage is on and the render completed.
    pub trace: Option<Vec<TraceEntry>>,
}

impl Outcome {
    pub fn id(&self) -> String {
        format!("{}::{}", self.file.display(), self.case)
    }
}

/// A parsed template shared by every case that names it.
pub struct LoadedTemplate {
    pub source: String,
    pub template: Template,
}

#[derive(Default)]
pub struct RunReport {
    pub outcomes: Vec<Outcome>,
    /// Case files that could not be read or are invalid (a usage error: exit 2).
    pub file_errors: Vec<CaseFileError>,
    /// Each template that was loaded, by path, for coverage.
    pub templates: BTreeMap<PathBuf, Arc<LoadedTemplate>>,
    /// Goldens written by `--bless`, in order.
    pub written: Vec<PathBuf>,
    /// Cases not run because of `--fail-fast`.
    pub not_run: usize,
    pub elapsed: Duration,
    /// The `source` field of each case file, for reports.
    pub sources: BTreeMap<PathBuf, String>,
}

impl RunReport {
    pub fn count(&self, s: Status) -> usize {
        self.outcomes.iter().filter(|o| o.status == s).count()
    }
}

fn render_message(name: &str, source: &str, report: miette::Report) -> String {
    let _ = source;
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
    let mut s = String::new();
    if handler.render_report(&mut s, report.as_ref()).is_err() {
        s = format!("{name}: {report}");
    }
    s.trim_end().to_string()
}

fn load_template(path: &Path) -> Result<Arc<LoadedTemplate>, String> {
    let name = path.display().to_string();
    let source = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the template {name}: {e}"))?;
    match Template::parse(&source) {
        Ok(template) => Ok(Arc::new(LoadedTemplate { source, template })),
        Err(e) => Err(render_message(
            &name,
            &source,
            crate::report::syntax_error(&name, &source, &e),
        )),
    }
}

fn load_request(path: &Path) -> Result<Arc<Request>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the request file {}: {e}", path.display()))?;
    Request::from_json(&text).map(Arc::new).map_err(|e| {
        let mut m = format!("{}", path.display());
        if let Some((l, c)) = e.line_col {
            m.push_str(&format!(":{l}:{c}"));
        }
        m.push_str(&format!(": {}: {}", e.path, e.message));
        if let Some(h) = e.help {
            m.push_str(&format!("\n  help: {h}"));
        }
        m
    })
}

struct Job<'a> {
    file: &'a CaseFile,
    case: &'a Case,
}

/// Runs every case of `files` (already discovered and sorted).
pub fn run(files: &[PathBuf], options: &Options) -> RunReport {
    let started = Instant::now();
    let mut report = RunReport::default();
    let loaded: Vec<Result<CaseFile, CaseFileError>> =
        files.par_iter().map(|p| case::load(p)).collect();
    let mut case_files = Vec::new();
    for l in loaded {
        match l {
            Ok(f) => case_files.push(f),
            Err(e) => report.file_errors.push(e),
        }
    }
    let mut jobs = Vec::new();
    for f in &case_files {
        if let Some(s) = &f.source {
            report.sources.insert(f.path.clone(), s.clone());
        }
        for c in &f.cases {
            let id = format!("{}::{}", f.path.display(), c.name);
            if options
                .filter
                .as_ref()
                .is_none_or(|pat| id.contains(pat.as_str()))
            {
                jobs.push(Job { file: f, case: c });
            }
        }
    }
    // Parse each template and read each request file once.
    let mut template_paths: Vec<&PathBuf> = jobs.iter().map(|j| &j.case.template).collect();
    template_paths.sort();
    template_paths.dedup();
    let templates: BTreeMap<PathBuf, Result<Arc<LoadedTemplate>, String>> = template_paths
        .par_iter()
        .map(|p| ((*p).clone(), load_template(p)))
        .collect();
    let mut request_paths: Vec<&PathBuf> = jobs
        .iter()
        .filter_map(|j| match &j.case.request {
            RequestSource::File(p) => Some(p),
            RequestSource::Inline(_) => None,
        })
        .collect();
    request_paths.sort();
    request_paths.dedup();
    let requests: BTreeMap<PathBuf, Result<Arc<Request>, String>> = request_paths
        .par_iter()
        .map(|p| ((*p).clone(), load_request(p)))
        .collect();
    for (p, t) in &templates {
        if let Ok(t) = t {
            report.templates.insert(p.clone(), t.clone());
        }
    }
    let exec = |j: &Job| run_case(j.file, j.case, &templates, &requests, options);
    let mut outcomes: Vec<Outcome> = if options.fail_fast {
        let mut out = Vec::new();
        for j in &jobs {
            let o = exec(j);
            let bad = matches!(o.status, Status::Failed | Status::Errored);
            out.push(o);
            if bad {
                break;
            }
        }
        report.not_run = jobs.len() - out.len();
        out
    } else {
        jobs.par_iter().map(exec).collect()
    };
    if options.bless {
        bless(&mut outcomes, &mut report.written);
    }
    report.outcomes = outcomes;
    report.elapsed = started.elapsed();
    report
}

/// Writes the goldens of failing cases whose output is known, in order. Two cases sharing a
/// golden but wanting different bytes is an error, not a silent last-writer-wins.
fn bless(outcomes: &mut [Outcome], written: &mut Vec<PathBuf>) {
    let mut contents: BTreeMap<PathBuf, String> = BTreeMap::new();
    for o in outcomes.iter_mut() {
        let (actual, created) = match &o.detail {
            Detail::Mismatch { actual, .. } => (actual.clone(), false),
            Detail::MissingGolden { actual } => (actual.clone(), true),
            _ => continue,
        };
        if let Some(prev) = contents.get(&o.golden) {
            if *prev != actual {
                o.status = Status::Errored;
                o.detail = Detail::Error(format!(
                    "not blessed: another case already wrote {} with different output; give each \
                     case its own \"expected\" file",
                    o.golden.display()
                ));
            } else {
                o.status = Status::Blessed;
                o.detail = Detail::Blessed { created };
            }
            continue;
        }
        match write_atomic(&o.golden, actual.as_bytes()) {
            Ok(()) => {
                written.push(o.golden.clone());
                contents.insert(o.golden.clone(), actual);
                o.status = Status::Blessed;
                o.detail = Detail::Blessed { created };
            }
            Err(e) => {
                o.status = Status::Errored;
                o.detail = Detail::Error(format!("cannot write {}: {e}", o.golden.display()));
            }
        }
    }
}

fn run_case(
    file: &CaseFile,
    case: &Case,
    templates: &BTreeMap<PathBuf, Result<Arc<LoadedTemplate>, String>>,
    requests: &BTreeMap<PathBuf, Result<Arc<Request>, String>>,
    options: &Options,
) -> Outcome {
    let started = Instant::now();
    let compare_mode = options.compare.unwrap_or(case.compare);
    let mut outcome = Outcome {
        file: file.path.clone(),
        case: case.name.clone(),
        template: case.template.clone(),
        golden: case.expected.clone(),
        compare: compare_mode,
        status: Status::Errored,
        detail: Detail::None,
        duration: Duration::ZERO,
        trace: None,
    };
    let (status, detail) = check(
        case,
        compare_mode,
        templates,
        requests,
        options,
        &mut outcome.trace,
    );
    outcome.status = status;
    outcome.detail = detail;
    outcome.duration = started.elapsed();
    outcome
}

fn check(
    case: &Case,
    compare_mode: Compare,
    templates: &BTreeMap<PathBuf, Result<Arc<LoadedTemplate>, String>>,
    requests: &BTreeMap<PathBuf, Result<Arc<Request>, String>>,
    options: &Options,
    trace_out: &mut Option<Vec<TraceEntry>>,
) -> (Status, Detail) {
    let error = |m: String| (Status::Errored, Detail::Error(m));
    let request: &Request = match &case.request {
        RequestSource::Inline(r) => r,
        RequestSource::File(p) => match requests.get(p) {
            Some(Ok(r)) => r,
            Some(Err(e)) => return error(e.clone()),
            None => return error(format!("internal: request {} not loaded", p.display())),
        },
    };
    let loaded = match templates.get(&case.template) {
        Some(Ok(t)) => t,
        Some(Err(e)) => {
            return match &case.expect_error {
                Some(w) if e.contains(w.as_str()) => (Status::Passed, Detail::None),
                _ => error(e.clone()),
            }
        }
        None => {
            return error(format!(
                "internal: template {} not loaded",
                case.template.display()
            ))
        }
    };
    let render_options = RenderOptions {
        direction: case.direction,
        trace: options.coverage,
    };
    let name = case.template.display().to_string();
    let rendered = render_template(&loaded.template, request, render_options);
    let rendered = match (rendered, &case.expect_error) {
        (Ok(r), None) => r,
        (Ok(r), Some(w)) => {
            *trace_out = options.coverage.then(|| r.trace.clone());
            return (
                Status::Failed,
                Detail::ExpectedError {
                    wanted: w.clone(),
                    got: None,
                },
            );
        }
        (Err(e), expect) => {
            let message = render_message(
                &name,
                &loaded.source,
                crate::report::render_error(&name, &loaded.source, &e),
            );
            return match expect {
                Some(w) if message.contains(w.as_str()) => (Status::Passed, Detail::None),
                Some(w) => (
                    Status::Failed,
                    Detail::ExpectedError {
                        wanted: w.clone(),
                        got: Some(message),
                    },
                ),
                None => error(message),
            };
        }
    };
    if options.coverage {
        *trace_out = Some(rendered.trace.clone());
    }
    for (which, want, got) in [
        (
            "requestOverride",
            &case.expect_request_override,
            &rendered.request_override,
        ),
        (
            "responseOverride",
            &case.expect_response_override,
            &rendered.response_override,
        ),
    ] {
        if let Some(want) = want {
            let differences = json::subset("$", want, got);
            if !differences.is_empty() {
                return (Status::Failed, Detail::Override { which, differences });
            }
        }
    }
    let actual = rendered.output;
    let expected = match std::fs::read(&case.expected) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(_) => {
                return error(format!(
                    "{}: the golden file is not UTF-8",
                    case.expected.display()
                ))
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return (Status::Failed, Detail::MissingGolden { actual });
        }
        Err(e) => {
            return error(format!(
                "cannot read the golden file {}: {e}",
                case.expected.display()
            ))
        }
    };
    let ignore_order = options.ignore_key_order || case.ignore_key_order;
    match compare::compare(compare_mode, ignore_order, &expected, &actual) {
        Ok(()) => (Status::Passed, Detail::None),
        Err(mismatch) => {
            let hint = match mismatch {
                Mismatch::Text => compare::text::hint(&expected, &actual),
                _ => None,
            };
            (
                Status::Failed,
                Detail::Mismatch {
                    mismatch,
                    expected,
                    actual,
                    hint,
                },
            )
        }
    }
}
