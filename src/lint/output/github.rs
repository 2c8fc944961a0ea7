//! GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.

use crate::lint::diagnostic::{FileReport, Region, Severity};

/// Escaping of the message part (`%`, CR, LF).
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping of property values (also `:` and `,`).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn write(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for f in reports {
        for d in &f.diagnostics {
            let r = Region::of(&f.source, d.span);
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let mut message = d.message.clone();
            if let Some(h) = &d.help {
                message.push_str("\nhelp: ");
                message.push_str(h);
            }
            out.push_str(&format!(
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                escape_property(&f.path),
                r.start_line,
                r.start_column,
                r.end_line,
                r.end_column,
                escape_property(&format!("{} {}", d.code, d.name)),
                escape_data(&message)
            ));
        }
    }
    out
}
