//! Reporters for `gwmap test`: human (one line per failure, its diff, a summary), JSON (one
//! document for scripts) and JUnit XML (for CI test tabs, via quick-junit).

use std::fmt::Write as _;

use crate::testing::compare::{text, Mismatch};
use crate::testing::coverage::{ranges, Coverage};
use crate::testing::run::{
    Detail, GoldenCheck, GoldenResult, Outcome, Part, RunReport, Status, Subject,
};

pub struct HumanOptions {
    pub color: bool,
    /// Failure lines and the summary only: no diffs.
    pub quiet: bool,
    /// Also one line per passing case.
    pub verbose: bool,
}

fn paint(color: bool, code: &str, s: &str) -> String {
    if color {
        format!("\x1b[{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

fn indent(s: &str, by: &str) -> String {
    s.lines().map(|l| format!("{by}{l}\n")).collect()
}

/// What went wrong, several lines, for humans and for JUnit descriptions.
pub fn detail_text(o: &Outcome, color: bool) -> String {
    let mut out = String::new();
    match &o.detail {
        Detail::Override { which, differences } => {
            for d in differences {
                let _ = writeln!(out, "    {which}{}", d.to_string().trim_start_matches('$'));
            }
        }
        Detail::ExpectedError { what, wanted, got } => match got {
            None if *what == "invocation" => {
                let _ = writeln!(
                    out,
                    "    expected a gateway response containing \"{wanted}\", but the method answered \
                     (API Gateway did not answer itself)"
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "    expected the {what} to fail with \"{wanted}\", but it succeeded"
                );
            }
            Some(m) => {
                let _ = writeln!(out, "    expected an error containing \"{wanted}\", got:");
                out.push_str(&indent(m, "    "));
            }
        },
        Detail::Error(m) => out.push_str(&indent(m, "    ")),
        Detail::None => {}
    }
    let failing = failing(o);
    for g in &failing {
        // With one failing golden the headline already says which it is.
        if failing.len() > 1 {
            let _ = writeln!(
                out,
                "    {}: {} ({})",
                g.part.label(),
                short(o, &g.result),
                g.golden.display()
            );
        }
        out.push_str(&golden_text(g, color));
    }
    out
}

fn failing(o: &Outcome) -> Vec<&GoldenCheck> {
    o.goldens.iter().filter(|g| g.result.is_problem()).collect()
}

/// How one golden differs, several lines.
fn golden_text(g: &GoldenCheck, color: bool) -> String {
    let mut out = String::new();
    match &g.result {
        GoldenResult::Differs {
            mismatch,
            expected,
            actual,
            hint,
        } => match mismatch {
            Mismatch::Text => {
                out.push_str(&text::diff(expected, actual, color, "    "));
                if let Some(h) = hint {
                    let _ = writeln!(out, "    note: {h}");
                }
            }
            Mismatch::Structure(diffs) => {
                for d in diffs {
                    let _ = writeln!(out, "    {d}");
                }
                if diffs.len() >= crate::testing::compare::MAX_DIFFERENCES {
                    let _ = writeln!(
                        out,
                        "    (only the first {} differences are shown)",
                        diffs.len()
                    );
                }
            }
            Mismatch::Malformed { which, message } => {
                let _ = writeln!(out, "    the {which} is {message}");
                if *which == "output" {
                    out.push_str(&indent(&preview(actual), "    | "));
                }
            }
        },
        GoldenResult::Missing { actual } => {
            let _ = writeln!(
                out,
                "    no golden file {} yet; run `gwmap test --bless` to create it from this output:",
                g.golden.display()
            );
            out.push_str(&indent(&preview(actual), "    | "));
        }
        GoldenResult::Error(m) => out.push_str(&indent(m, "    ")),
        GoldenResult::NotChecked | GoldenResult::Matched | GoldenResult::Blessed { .. } => {}
    }
    out
}

fn preview(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    if lines.len() > 20 {
        format!(
            "{}\n... ({} more lines)",
            lines[..20].join("\n"),
            lines.len() - 20
        )
    } else if s.is_empty() {
        String::from("(empty output)")
    } else {
        s.to_string()
    }
}

/// What happened to one golden, in a few words.
fn short(o: &Outcome, r: &GoldenResult) -> String {
    match r {
        GoldenResult::Differs {
            mismatch: Mismatch::Malformed { .. },
            ..
        } => String::from("cannot compare"),
        GoldenResult::Differs {
            mismatch: Mismatch::Text,
            ..
        } => String::from("differs from the golden file (exact)"),
        GoldenResult::Differs { .. } => {
            format!("differs from the golden file ({})", o.compare.name())
        }
        GoldenResult::Missing { .. } => String::from("golden file missing"),
        GoldenResult::Error(_) => String::from("could not run"),
        GoldenResult::NotChecked | GoldenResult::Matched | GoldenResult::Blessed { .. } => {
            String::new()
        }
    }
}

/// One golden's problem, naming the part it holds (`method response differs from ...`); a
/// template case's output keeps its shorter wording (`golden file missing`).
fn phrase(o: &Outcome, g: &GoldenCheck) -> String {
    let s = short(o, &g.result);
    match (&g.result, g.part) {
        (
            GoldenResult::Differs {
                mismatch: Mismatch::Text | Mismatch::Structure(_),
                ..
            },
            part,
        ) => format!("{} {s}", part.label()),
        (_, Part::Output) => s,
        (_, part) => format!("{}: {s}", part.label()),
    }
}

fn headline(o: &Outcome) -> String {
    match &o.detail {
        Detail::Override { .. } => String::from("override differs"),
        Detail::ExpectedError { .. } => String::from("expected an error"),
        Detail::Error(_) => String::from("could not run"),
        Detail::None => {
            let failing = failing(o);
            let all_differ = failing.iter().all(|g| {
                matches!(
                    g.result,
                    GoldenResult::Differs {
                        mismatch: Mismatch::Text | Mismatch::Structure(_),
                        ..
                    }
                )
            });
            if failing.len() > 1 && all_differ {
                let parts: Vec<&str> = failing.iter().map(|g| g.part.label()).collect();
                format!("{} differ from their golden files", parts.join(" and "))
            } else {
                failing
                    .iter()
                    .map(|g| phrase(o, g))
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        }
    }
}

fn golden_of(o: &Outcome) -> String {
    match failing(o).as_slice() {
        [g] if matches!(
            g.result,
            GoldenResult::Differs { .. } | GoldenResult::Missing { .. }
        ) =>
        {
            format!(" ({})", g.golden.display())
        }
        _ => String::new(),
    }
}

pub fn human(report: &RunReport, coverage: Option<&Coverage>, opts: &HumanOptions) -> String {
    let c = opts.color;
    let mut out = String::new();
    for e in &report.file_errors {
        let _ = writeln!(out, "{} {e}", paint(c, "1;31", "INVALID"));
    }
    for o in &report.outcomes {
        match o.status {
            Status::Passed => {
                if opts.verbose {
                    let _ = writeln!(out, "{} {}", paint(c, "32", "ok"), o.id());
                }
            }
            Status::Blessed => {
                let blessed: Vec<&GoldenCheck> = o
                    .goldens
                    .iter()
                    .filter(|g| matches!(g.result, GoldenResult::Blessed { .. }))
                    .collect();
                let created = blessed
                    .iter()
                    .all(|g| matches!(g.result, GoldenResult::Blessed { created: true }));
                let paths: Vec<String> = blessed
                    .iter()
                    .map(|g| g.golden.display().to_string())
                    .collect();
                let _ = writeln!(
                    out,
                    "{} {} -> {}",
                    paint(c, "33", if created { "NEW" } else { "BLESSED" }),
                    o.id(),
                    paths.join(", ")
                );
            }
            Status::Failed | Status::Errored => {
                let tag = if o.status == Status::Failed {
                    "FAIL"
                } else {
                    "ERROR"
                };
                let _ = writeln!(
                    out,
                    "{} {}: {}{}",
                    paint(c, "1;31", tag),
                    o.id(),
                    headline(o),
                    golden_of(o)
                );
                if !opts.quiet {
                    out.push_str(&detail_text(o, c));
                }
            }
        }
    }
    if let Some(cov) = coverage {
        out.push_str(&coverage_text(cov, c));
    }
    out.push_str(&summary(report, c));
    out
}

pub fn summary(report: &RunReport, c: bool) -> String {
    let failed = report.count(Status::Failed);
    let errored = report.count(Status::Errored) + report.file_errors.len();
    let ok = failed == 0 && errored == 0;
    let mut s = format!(
        "{}: {} passed, {} failed, {} errored",
        if ok {
            paint(c, "1;32", "test result: ok")
        } else {
            paint(c, "1;31", "test result: FAILED")
        },
        report.count(Status::Passed),
        failed,
        errored
    );
    let blessed = report.count(Status::Blessed);
    if blessed > 0 {
        let _ = write!(
            s,
            ", {blessed} blessed ({} golden file(s) written)",
            report.written.len()
        );
    }
    if report.not_run > 0 {
        let _ = write!(s, ", {} not run (--fail-fast)", report.not_run);
    }
    let _ = writeln!(
        s,
        "; {} case file(s) in {:.1?}",
        report.sources.len().max(count_files(report)),
        report.elapsed
    );
    if report.count(Status::Failed) > 0 && !report.outcomes.is_empty() {
        let _ = writeln!(
            s,
            "review the diffs, then run `gwmap test --bless` to accept the new output"
        );
    }
    s
}

fn count_files(report: &RunReport) -> usize {
    let mut files: Vec<_> = report.outcomes.iter().map(|o| &o.file).collect();
    files.dedup();
    files.len() + report.file_errors.len()
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        String::from("100.0%")
    } else {
        format!("{:.1}%", a as f64 * 100.0 / b as f64)
    }
}

pub fn coverage_text(cov: &Coverage, c: bool) -> String {
    let mut out = String::from("coverage:\n");
    let width = cov
        .templates
        .iter()
        .map(|t| t.template.len())
        .max()
        .unwrap_or(5)
        .max(5);
    for t in &cov.templates {
        let _ = writeln!(
            out,
            "  {:width$}  lines {:>4}/{:<4} {:>6}  branches {:>3}/{:<3} {:>6}  ({} render(s))",
            t.template,
            t.lines_covered,
            t.lines_total,
            pct(t.lines_covered, t.lines_total),
            t.branches_covered,
            t.branches_total,
            pct(t.branches_covered, t.branches_total),
            t.renders,
        );
        if !t.uncovered_lines.is_empty() {
            let _ = writeln!(
                out,
                "      {} {}",
                paint(c, "33", "lines never run:"),
                ranges(&t.uncovered_lines)
            );
        }
        for m in &t.missed_branches {
            let _ = writeln!(
                out,
                "      {}:{}:{}: {}",
                t.template, m.line, m.column, m.message
            );
        }
    }
    let _ = writeln!(
        out,
        "  {:width$}  lines {:>4}/{:<4} {:>6}  branches {:>3}/{:<3} {:>6}",
        "total",
        cov.lines_covered,
        cov.lines_total,
        pct(cov.lines_covered, cov.lines_total),
        cov.branches_covered,
        cov.branches_total,
        pct(cov.branches_covered, cov.branches_total),
    );
    out
}

/// One golden's result for the JSON report.
fn golden_json(o: &Outcome, g: &GoldenCheck) -> serde_json::Map<String, serde_json::Value> {
    use serde_json::json;
    let mut map = serde_json::Map::new();
    let status = match g.result {
        GoldenResult::NotChecked => "notChecked",
        GoldenResult::Matched => "passed",
        GoldenResult::Differs { .. } | GoldenResult::Missing { .. } => "failed",
        GoldenResult::Error(_) => "errored",
        GoldenResult::Blessed { .. } => "blessed",
    };
    map.insert("status".into(), json!(status));
    match &g.result {
        GoldenResult::Differs {
            mismatch: Mismatch::Structure(d),
            ..
        } => {
            map.insert("message".into(), json!(phrase(o, g)));
            map.insert("differences".into(), json!(d));
        }
        GoldenResult::Blessed { created } => {
            map.insert(
                "blessed".into(),
                json!(if *created { "created" } else { "updated" }),
            );
        }
        GoldenResult::Differs { .. } | GoldenResult::Missing { .. } | GoldenResult::Error(_) => {
            map.insert("message".into(), json!(phrase(o, g)));
            map.insert("detail".into(), json!(golden_text(g, false)));
        }
        GoldenResult::NotChecked | GoldenResult::Matched => {}
    }
    map
}

pub fn json(report: &RunReport, coverage: Option<&Coverage>) -> String {
    use serde_json::{json, Value};
    let cases: Vec<Value> = report
        .outcomes
        .iter()
        .map(|o| {
            let mut map = serde_json::Map::new();
            map.insert("file".into(), json!(o.file.display().to_string()));
            map.insert("case".into(), json!(o.case));
            let (key, path) = match &o.subject {
                Subject::Template(p) => ("template", p),
                Subject::Integration(p) => ("integration", p),
            };
            map.insert(key.into(), json!(path.display().to_string()));
            if let (Subject::Template(_), [g]) = (&o.subject, o.goldens.as_slice()) {
                map.insert("golden".into(), json!(g.golden.display().to_string()));
            }
            map.insert("compare".into(), json!(o.compare.name()));
            map.insert("status".into(), json!(o.status));
            map.insert(
                "durationMicros".into(),
                json!(o.duration.as_micros() as u64),
            );
            if let Some(src) = report.sources.get(&o.file) {
                map.insert("source".into(), json!(src));
            }
            match &o.detail {
                Detail::Override { differences, .. } => {
                    map.insert("message".into(), json!(headline(o)));
                    map.insert("differences".into(), json!(differences));
                }
                Detail::ExpectedError { .. } | Detail::Error(_) => {
                    map.insert("message".into(), json!(headline(o)));
                    map.insert("detail".into(), json!(detail_text(o, false)));
                }
                Detail::None => match &o.subject {
                    // A template case has one golden: its result is the case's, as it always was.
                    Subject::Template(_) => {
                        if let Some(g) = o.goldens.first() {
                            let mut g = golden_json(o, g);
                            g.remove("status");
                            map.extend(g);
                        }
                    }
                    Subject::Integration(_) => {
                        if o.status != Status::Passed && o.status != Status::Blessed {
                            map.insert("message".into(), json!(headline(o)));
                        }
                    }
                },
            }
            if let Subject::Integration(_) = o.subject {
                let expectations: Vec<Value> = o
                    .goldens
                    .iter()
                    .map(|g| {
                        let mut m = serde_json::Map::new();
                        m.insert("expect".into(), json!(g.part.key()));
                        m.insert("golden".into(), json!(g.golden.display().to_string()));
                        m.extend(golden_json(o, g));
                        Value::Object(m)
                    })
                    .collect();
                map.insert("expectations".into(), Value::Array(expectations));
            }
            Value::Object(map)
        })
        .collect();
    let errors: Vec<Value> = report
        .file_errors
        .iter()
        .map(|e| {
            json!({
                "file": e.file.display().to_string(),
                "jsonPath": e.json_path,
                "message": e.message,
                "help": e.help,
                "line": e.line_col.map(|l| l.0),
                "column": e.line_col.map(|l| l.1),
            })
        })
        .collect();
    let mut doc = json!({
        "summary": {
            "passed": report.count(Status::Passed),
            "failed": report.count(Status::Failed),
            "errored": report.count(Status::Errored) + report.file_errors.len(),
            "blessed": report.count(Status::Blessed),
            "notRun": report.not_run,
            "durationMicros": report.elapsed.as_micros() as u64,
        },
        "cases": cases,
        "caseFileErrors": errors,
        "written": report.written.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
    });
    if let (Some(c), Some(map)) = (coverage, doc.as_object_mut()) {
        map.insert(
            "coverage".into(),
            serde_json::to_value(c).unwrap_or(Value::Null),
        );
    }
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

pub fn junit(report: &RunReport) -> String {
    use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
    let mut r = Report::new("gwmap test");
    r.set_time(report.elapsed);
    let mut suites: Vec<TestSuite> = Vec::new();
    for o in &report.outcomes {
        let name = o.file.display().to_string();
        if suites.last().is_none_or(|s| s.name.as_str() != name) {
            suites.push(TestSuite::new(name.clone()));
        }
        let status = match o.status {
            Status::Passed | Status::Blessed => TestCaseStatus::success(),
            Status::Failed | Status::Errored => {
                let kind = if o.status == Status::Failed {
                    NonSuccessKind::Failure
                } else {
                    NonSuccessKind::Error
                };
                let mut s = TestCaseStatus::non_success(kind);
                s.set_message(headline(o));
                s.set_description(detail_text(o, false));
                s
            }
        };
        let mut tc = TestCase::new(o.case.clone(), status);
        tc.set_classname(name);
        tc.set_time(o.duration);
        if let Some(s) = suites.last_mut() {
            s.add_test_case(tc);
        }
    }
    for e in &report.file_errors {
        let name = e.file.display().to_string();
        let mut s = TestCaseStatus::non_success(NonSuccessKind::Error);
        s.set_message("invalid case file");
        s.set_description(e.to_string());
        let mut suite = TestSuite::new(name.clone());
        let mut tc = TestCase::new("(case file)", s);
        tc.set_classname(name);
        suite.add_test_case(tc);
        suites.push(suite);
    }
    r.add_test_suites(suites);
    let mut s = r.to_string().unwrap_or_default();
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
}
