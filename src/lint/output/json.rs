//! JSON output: an array of findings, sorted by file then position.

use serde::Serialize;

use crate::lint::diagnostic::{FileReport, Region};

#[derive(Serialize)]
struct Item<'a> {
    code: &'a str,
    name: &'a str,
    severity: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
    file: &'a str,
    location: Region,
    /// Byte offsets into the file, half-open.
    span: [u32; 2],
}

pub fn write(reports: &[FileReport]) -> String {
    let items: Vec<Item> = reports
        .iter()
        .flat_map(|f| {
            f.diagnostics.iter().map(move |d| Item {
                code: d.code,
                name: d.name,
                severity: d.severity.as_str(),
                message: &d.message,
                help: d.help.as_deref(),
                file: &f.path,
                location: Region::of(&f.source, d.span),
                span: [d.span.start, d.span.end],
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&items).unwrap_or_else(|_| String::from("[]"));
    s.push('\n');
    s
}
