//! Human output: one miette report per finding (code, message, labelled span, help), then a
//! summary by rule.

use std::collections::BTreeMap;

use miette::{LabeledSpan, MietteDiagnostic, NamedSource, Report};

use crate::lint::diagnostic::{FileReport, Severity};

pub fn write(reports: &[FileReport]) -> String {
    let mut out = String::new();
    let mut by_rule: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let (mut errors, mut warnings) = (0, 0);
    for file in reports {
        for d in &file.diagnostics {
            let label = d.label.clone().unwrap_or_else(|| d.message.clone());
            let mut m = MietteDiagnostic::new(d.message.clone())
                .with_code(format!("{}({})", d.code, d.name))
                .with_severity(match d.severity {
                    Severity::Error => miette::Severity::Error,
                    Severity::Warning => miette::Severity::Warning,
                })
                .with_label(LabeledSpan::at(d.span, label));
            if let Some(h) = &d.help {
                m = m.with_help(h.clone());
            }
            let report =
                Report::new(m).with_source_code(NamedSource::new(&file.path, file.source.clone()));
            out.push_str(&format!("{report:?}\n"));
            *by_rule.entry((d.code, d.name)).or_default() += 1;
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
        }
    }
    let files = reports.len();
    if errors + warnings == 0 {
        out.push_str(&format!(
            "All checks passed ({files} file{}).\n",
            plural(files)
        ));
    } else {
        for ((code, name), n) in &by_rule {
            out.push_str(&format!("{n:>5}  {code}  {name}\n"));
        }
        out.push_str(&format!(
            "Found {} finding{} ({errors} error{}, {warnings} warning{}) in {files} file{}.\n",
            errors + warnings,
            plural(errors + warnings),
            plural(errors),
            plural(warnings),
            plural(files)
        ));
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
