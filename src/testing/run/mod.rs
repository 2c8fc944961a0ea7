//! The runner: loads case files, reads each template, integration, request and backend file
//! once, runs the cases in parallel (rayon), compares, and, with `--bless`, writes new or
//! changed goldens. Results are sorted (case file, then the case's position), so output is
//! deterministic.
//!
//! - [`template`]: a template case renders its template;
//! - [`integration`]: an integration case runs the whole method through the pipeline.

mod integration;
mod template;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::gateway::integration::Integration;
use crate::gateway::pipeline::Backend;
use crate::gateway::Request;
use crate::testing::bless::write_atomic;
use crate::testing::case::{self, Case, CaseFile, CaseFileError, CaseKind, Compare, RequestSource};
use crate::testing::compare::{self, Difference, Mismatch};
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

/// What a case runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Template(PathBuf),
    Integration(PathBuf),
}

impl Subject {
    pub fn path(&self) -> &Path {
        match self {
            Subject::Template(p) | Subject::Integration(p) => p,
        }
    }
}

/// What a golden file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A template case's rendered output.
    Output,
    IntegrationRequest,
    MethodResponse,
}

impl Part {
    pub fn label(self) -> &'static str {
        match self {
            Part::Output => "output",
            Part::IntegrationRequest => "integration request",
            Part::MethodResponse => "method response",
        }
    }

    /// The name in JSON reports (as the case file spells the expectation).
    pub fn key(self) -> &'static str {
        match self {
            Part::Output => "expected",
            Part::IntegrationRequest => "expectIntegrationRequest",
            Part::MethodResponse => "expectMethodResponse",
        }
    }
}

/// One golden file of a case and how it compared.
#[derive(Debug, Clone)]
pub struct GoldenCheck {
    pub part: Part,
    pub golden: PathBuf,
    pub result: GoldenResult,
}

#[derive(Debug, Clone)]
pub enum GoldenResult {
    /// Not compared: the case failed before it got there.
    NotChecked,
    Matched,
    /// The output did not match the golden.
    Differs {
        mismatch: Mismatch,
        expected: String,
        actual: String,
        hint: Option<String>,
    },
    /// No golden file yet.
    Missing {
        actual: String,
    },
    /// The golden could not be read, or `--bless` could not write it.
    Error(String),
    /// `--bless` wrote it: created (else updated).
    Blessed {
        created: bool,
    },
}

impl GoldenResult {
    pub fn is_problem(&self) -> bool {
        matches!(
            self,
            GoldenResult::Differs { .. } | GoldenResult::Missing { .. } | GoldenResult::Error(_)
        )
    }
}

/// What went wrong with the case itself, before or besides its goldens.
#[derive(Debug, Clone)]
pub enum Detail {
    None,
    /// `expectRequestOverride` / `expectResponseOverride` did not match.
    Override {
        which: &'static str,
        differences: Vec<Difference>,
    },
    /// `expectError` was set but the render (or invocation) succeeded, or failed differently.
    ExpectedError {
        /// "render" or "invocation".
        what: &'static str,
        wanted: String,
        got: Option<String>,
    },
    /// The case could not run (an unreadable request, template or integration, a template
    /// error): a message with its location.
    Error(String),
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub file: PathBuf,
    pub case: String,
    pub subject: Subject,
    pub compare: Compare,
    pub status: Status,
    pub detail: Detail,
    /// The case's goldens, in the case file's order of expectations.
    pub goldens: Vec<GoldenCheck>,
    pub duration: Duration,
    /// Filled when coverage is on and a template case's render completed.
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

type Cache<T> = BTreeMap<PathBuf, Result<Arc<T>, String>>;

/// Every file the cases share, read once.
struct Loaded {
    templates: Cache<LoadedTemplate>,
    requests: Cache<Request>,
    integrations: Cache<Integration>,
    backends: Cache<Backend>,
}

fn load_all<T: Send + Sync>(
    mut paths: Vec<&PathBuf>,
    load: impl Fn(&Path) -> Result<T, String> + Sync,
) -> Cache<T> {
    paths.sort();
    paths.dedup();
    paths
        .par_iter()
        .map(|p| ((*p).clone(), load(p).map(Arc::new)))
        .collect()
}

/// A shared file a case names, or the error that reading it gave.
fn cached<'a, T>(cache: &'a Cache<T>, path: &Path) -> Result<&'a T, String> {
    match cache.get(path) {
        Some(Ok(t)) => Ok(t),
        Some(Err(e)) => Err(e.clone()),
        None => Err(format!("internal: {} not loaded", path.display())),
    }
}

fn load_request(path: &Path) -> Result<Request, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the request file {}: {e}", path.display()))?;
    Request::from_json(&text).map_err(|e| {
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
    let loaded = load_shared(&jobs);
    for (p, t) in &loaded.templates {
        if let Ok(t) = t {
            report.templates.insert(p.clone(), t.clone());
        }
    }
    let exec = |j: &Job| run_case(j.file, j.case, &loaded, options);
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

fn load_shared(jobs: &[Job]) -> Loaded {
    let mut templates = Vec::new();
    let mut integrations = Vec::new();
    let mut backends = Vec::new();
    let mut requests = Vec::new();
    for j in jobs {
        if let RequestSource::File(p) = &j.case.request {
            requests.push(p);
        }
        match &j.case.kind {
            CaseKind::Template(t) => templates.push(&t.template),
            CaseKind::Integration(i) => {
                integrations.push(&i.integration);
                if let case::BackendSource::File(p) = &i.backend {
                    backends.push(p);
                }
            }
        }
    }
    Loaded {
        templates: load_all(templates, template::load_template),
        requests: load_all(requests, load_request),
        integrations: load_all(integrations, integration::load_integration),
        backends: load_all(backends, integration::load_backend),
    }
}

/// A case's status from its detail and its goldens.
fn status_of(detail: &Detail, goldens: &[GoldenCheck]) -> Status {
    match detail {
        Detail::Error(_) => Status::Errored,
        Detail::Override { .. } | Detail::ExpectedError { .. } => Status::Failed,
        Detail::None => {
            let any = |f: fn(&GoldenResult) -> bool| goldens.iter().any(|g| f(&g.result));
            if any(|r| matches!(r, GoldenResult::Error(_))) {
                Status::Errored
            } else if any(|r| {
                matches!(
                    r,
                    GoldenResult::Differs { .. } | GoldenResult::Missing { .. }
                )
            }) {
                Status::Failed
            } else if any(|r| matches!(r, GoldenResult::Blessed { .. })) {
                Status::Blessed
            } else {
                Status::Passed
            }
        }
    }
}

/// Writes the goldens of failing cases whose output is known, in order. Two cases sharing a
/// golden but wanting different bytes is an error, not a silent last-writer-wins.
fn bless(outcomes: &mut [Outcome], written: &mut Vec<PathBuf>) {
    let mut contents: BTreeMap<PathBuf, String> = BTreeMap::new();
    for o in outcomes.iter_mut() {
        if !matches!(o.detail, Detail::None) {
            continue;
        }
        for g in o.goldens.iter_mut() {
            let (actual, created) = match &g.result {
                GoldenResult::Differs { actual, .. } => (actual.clone(), false),
                GoldenResult::Missing { actual } => (actual.clone(), true),
                _ => continue,
            };
            if let Some(prev) = contents.get(&g.golden) {
                g.result = if *prev != actual {
                    GoldenResult::Error(format!(
                        "not blessed: another case already wrote {} with different output; give \
                         each expectation its own golden file",
                        g.golden.display()
                    ))
                } else {
                    GoldenResult::Blessed { created }
                };
                continue;
            }
            g.result = match write_atomic(&g.golden, actual.as_bytes()) {
                Ok(()) => {
                    written.push(g.golden.clone());
                    contents.insert(g.golden.clone(), actual);
                    GoldenResult::Blessed { created }
                }
                Err(e) => GoldenResult::Error(format!("cannot write {}: {e}", g.golden.display())),
            };
        }
        o.status = status_of(&o.detail, &o.goldens);
    }
}

fn run_case(file: &CaseFile, case: &Case, loaded: &Loaded, options: &Options) -> Outcome {
    let started = Instant::now();
    let compare_mode = options.compare.unwrap_or(case.compare);
    let (subject, parts) = match &case.kind {
        CaseKind::Template(t) => (
            Subject::Template(t.template.clone()),
            // A case expecting an error reads no golden.
            match case.expect_error {
                None => vec![(Part::Output, &t.expected)],
                Some(_) => Vec::new(),
            },
        ),
        CaseKind::Integration(i) => (
            Subject::Integration(i.integration.clone()),
            [
                (Part::IntegrationRequest, &i.expect_integration_request),
                (Part::MethodResponse, &i.expect_method_response),
            ]
            .into_iter()
            .filter_map(|(part, g)| g.as_ref().map(|g| (part, g)))
            .collect(),
        ),
    };
    let mut run = CaseRun {
        case,
        compare: compare_mode,
        ignore_key_order: options.ignore_key_order || case.ignore_key_order,
        goldens: parts
            .into_iter()
            .map(|(part, golden)| GoldenCheck {
                part,
                golden: golden.clone(),
                result: GoldenResult::NotChecked,
            })
            .collect(),
        trace: None,
    };
    let detail = match cached_request(case, loaded) {
        Err(e) => Detail::Error(e),
        Ok(request) => match &case.kind {
            CaseKind::Template(t) => template::check(&mut run, t, request, loaded, options),
            CaseKind::Integration(i) => integration::check(&mut run, i, request, loaded),
        },
    };
    Outcome {
        file: file.path.clone(),
        case: case.name.clone(),
        subject,
        compare: compare_mode,
        status: status_of(&detail, &run.goldens),
        detail,
        goldens: run.goldens,
        duration: started.elapsed(),
        trace: run.trace,
    }
}

fn cached_request<'a>(case: &'a Case, loaded: &'a Loaded) -> Result<&'a Request, String> {
    match &case.request {
        RequestSource::Inline(r) => Ok(r),
        RequestSource::File(p) => cached(&loaded.requests, p),
    }
}

/// One case while it runs: what the kind-specific checks read and fill in.
struct CaseRun<'a> {
    case: &'a Case,
    compare: Compare,
    ignore_key_order: bool,
    goldens: Vec<GoldenCheck>,
    trace: Option<Vec<TraceEntry>>,
}

impl CaseRun<'_> {
    /// Compares `actual` with the golden of `part` (if the case expects one), with `compare`
    /// (`compare::compare` for template output, `compare::http::compare` for HTTP text).
    fn check_golden(
        &mut self,
        part: Part,
        actual: String,
        compare: fn(Compare, bool, &str, &str) -> Result<(), Mismatch>,
    ) {
        let (mode, ignore) = (self.compare, self.ignore_key_order);
        let Some(g) = self.goldens.iter_mut().find(|g| g.part == part) else {
            return;
        };
        g.result = match read_golden(&g.golden) {
            Err(e) => GoldenResult::Error(e),
            Ok(None) => GoldenResult::Missing { actual },
            Ok(Some(expected)) => match compare(mode, ignore, &expected, &actual) {
                Ok(()) => GoldenResult::Matched,
                Err(mismatch) => GoldenResult::Differs {
                    hint: match mismatch {
                        Mismatch::Text => compare::text::hint(&expected, &actual),
                        _ => None,
                    },
                    mismatch,
                    expected,
                    actual,
                },
            },
        };
    }
}

/// The golden's text, `None` if there is no such file yet.
fn read_golden(path: &Path) -> Result<Option<String>, String> {
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| format!("{}: the golden file is not UTF-8", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!(
            "cannot read the golden file {}: {e}",
            path.display()
        )),
    }
}
