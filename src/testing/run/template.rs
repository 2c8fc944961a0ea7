//! Running a template case: render the template alone, check the overrides it set, compare
//! its output with the golden.

use std::path::Path;

use super::{cached, CaseRun, Detail, Loaded, LoadedTemplate, Options, Part};
use crate::gateway::{render_template, RenderOptions, Request};
use crate::testing::case::TemplateCase;
use crate::testing::compare::{self, json};
use crate::vtl::Template;

/// A miette report as plain text (no colour: it goes into diffs, JSON and JUnit alike).
fn render_message(name: &str, report: miette::Report) -> String {
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
    let mut s = String::new();
    if handler.render_report(&mut s, report.as_ref()).is_err() {
        s = format!("{name}: {report}");
    }
    s.trim_end().to_string()
}

pub(super) fn load_template(path: &Path) -> Result<LoadedTemplate, String> {
    let name = path.display().to_string();
    let source = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the template {name}: {e}"))?;
    match Template::parse(&source) {
        Ok(template) => Ok(LoadedTemplate { source, template }),
        Err(e) => Err(render_message(
            &name,
            crate::report::syntax_error(&name, &source, &e),
        )),
    }
}

pub(super) fn check(
    run: &mut CaseRun,
    case: &TemplateCase,
    request: &Request,
    loaded: &Loaded,
    options: &Options,
) -> Detail {
    let expect_error = run.case.expect_error.as_deref();
    let template = match cached(&loaded.templates, &case.template) {
        Ok(t) => t,
        // A template that does not parse is the error some cases expect.
        Err(e) => {
            return match expect_error {
                Some(w) if e.contains(w) => Detail::None,
                _ => Detail::Error(e),
            }
        }
    };
    let render_options = RenderOptions {
        direction: case.direction,
        trace: options.coverage,
    };
    let name = case.template.display().to_string();
    let rendered = match (
        render_template(&template.template, request, render_options),
        expect_error,
    ) {
        (Ok(r), None) => r,
        (Ok(r), Some(w)) => {
            run.trace = options.coverage.then(|| r.trace.clone());
            return Detail::ExpectedError {
                what: "render",
                wanted: w.to_string(),
                got: None,
            };
        }
        (Err(e), expect) => {
            let message = render_message(
                &name,
                crate::report::render_error(&name, &template.source, &e),
            );
            return match expect {
                Some(w) if message.contains(w) => Detail::None,
                Some(w) => Detail::ExpectedError {
                    what: "render",
                    wanted: w.to_string(),
                    got: Some(message),
                },
                None => Detail::Error(message),
            };
        }
    };
    if options.coverage {
        run.trace = Some(rendered.trace.clone());
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
                return Detail::Override { which, differences };
            }
        }
    }
    run.check_golden(Part::Output, rendered.output, compare::compare);
    Detail::None
}
