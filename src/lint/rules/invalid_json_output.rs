//! ## What it does
//! Renders a JSON template against generated requests (no body; a typical JSON body with
//! every field the template reads) and reports output that is not valid JSON, pointing at the
//! template text that produced the broken spot.
//!
//! Only templates whose content type is JSON (from the file name or `gwmap.toml`), or whose
//! output starts with `{` or `[`, are checked. Empty output is accepted.
//!
//! ## Why is this bad?
//! Backends parse what the template produced. Lambda non-proxy integrations answer 400
//! "Could not parse request body into json"; services answer `SerializationException`. A
//! missing field rendering as nothing (`"count": ,`) is the most common cause.
//!
//! ## Example
//! ```vtl
//! {"count": $input.path('$.count')}
//! ```
//! With no body, this renders `{"count": }`.
//!
//! ## Use instead
//! ```vtl
//! #set($count = $input.path('$.count'))
//! {"count": #if("$!count" == "")null#else$count#end}
//! ```
//!
//! ## References
//! - peers.md §3 item 2 (AWS validates what a template produced).

use serde::de::IgnoredAny;

use crate::lint::context::Content;
use crate::lint::locate;
use crate::lint::{Finding, LintContext};

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    if ctx.template.is_none() || ctx.content() != Content::Json {
        return;
    }
    // The typical body first: a failure there matters most; report one finding per file.
    let mut renders: Vec<_> = ctx.renders().iter().collect();
    renders.sort_by_key(|r| r.label != crate::lint::context::TYPICAL);
    for r in renders {
        let Ok(output) = &r.result else { continue };
        if output.trim().is_empty() {
            continue;
        }
        if let Err(e) = serde_json::from_str::<IgnoredAny>(output) {
            // serde_json's column is the 1-based column of the character it stopped at.
            let at = locate::offset_of(output, e.line(), e.column());
            let span = locate::output_to_source(ctx.source, output, at);
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg);
            out.push(
                Finding::new(
                    span,
                    format!(
                        "output is not valid JSON for {}: {msg} (output line {}, column {})",
                        r.label,
                        e.line(),
                        e.column()
                    ),
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
