//! ## What it does
//! Renders an XML template against generated requests and reports output that is not
//! well-formed XML (unclosed or mismatched elements, stray `&`, several roots…).
//!
//! Response templates are checked when their content type is XML; request templates (whose
//! key is the client's content type) when their output starts with `<`. Empty output is
//! accepted.
//!
//! ## Why is this bad?
//! XML backends (SOAP services, S3 and SQS query APIs) reject a malformed document; request
//! values containing `<` or `&` printed unescaped are the usual cause.
//!
//! ## Example
//! ```vtl
//! <order><note>$input.path('$.note')</order>
//! ```
//!
//! ## Use instead
//! ```vtl
//! <order><note>$input.path('$.note')</note></order>
//! ```

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::lint::context::Content;
use crate::lint::locate;
use crate::lint::{Finding, LintContext};

/// The output offset and message of the first XML error.
fn xml_error(text: &str) -> Option<(usize, String)> {
    let mut reader = Reader::from_str(text);
    let mut depth: usize = 0;
    let mut roots = 0;
    loop {
        let before = reader.buffer_position() as usize;
        match reader.read_event() {
            Ok(Event::Start(_)) => {
                if depth == 0 {
                    roots += 1;
                }
                depth += 1;
            }
            Ok(Event::Empty(_)) => {
                if depth == 0 {
                    roots += 1;
                }
            }
            Ok(Event::End(_)) => depth = depth.saturating_sub(1),
            Ok(Event::Text(t)) if depth == 0 => {
                if !t.iter().all(|b| b.is_ascii_whitespace()) {
                    return Some((before, "text outside the root element".into()));
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => return Some((reader.error_position() as usize, e.to_string())),
        }
        if roots > 1 {
            return Some((before, "more than one root element".into()));
        }
    }
    if depth > 0 {
        return Some((text.len(), "an element is not closed".into()));
    }
    None
}

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    if ctx.template.is_none() || ctx.content() != Content::Xml {
        return;
    }
    let mut renders: Vec<_> = ctx.renders().iter().collect();
    renders.sort_by_key(|r| r.label != crate::lint::context::TYPICAL);
    for r in renders {
        let Ok(output) = &r.result else { continue };
        if output.trim().is_empty() {
            continue;
        }
        let looks_json = output.trim_start().starts_with(['{', '[']);
        if let Some((at, mut msg)) = xml_error(output) {
            if looks_json {
                msg = String::from("the output is JSON, but the content type is XML");
            }
            let span = locate::output_to_source(ctx.source, output, at);
            out.push(
                Finding::new(
                    span,
                    format!("output is not well-formed XML for {}: {msg}", r.label),
                )
                .label("the broken output comes from here")
                .help(format!(
                    "the output there reads `{}`; run `gwmap render` to see it all",
                    locate::excerpt(output, at)
                )),
            );
            return;
        }
    }
}
