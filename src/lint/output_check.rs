//! The JSON check shared by the output rules (GW501 for a typical body, GW505 for no body).

use serde::de::IgnoredAny;

use super::config::Integration;
use super::context::{Content, SampleRender};
use super::{locate, Finding, LintContext};
use crate::gateway::Direction;

/// Whether JSON output checks apply to this template.
pub fn applies(ctx: &LintContext) -> bool {
    ctx.template.is_some() && ctx.content() == Content::Json
}

/// What is wrong with one render's output as JSON, if anything. Empty output is accepted.
pub fn json_problem(ctx: &LintContext, r: &SampleRender) -> Option<Finding> {
    let output = r.result.as_ref().ok()?;
    if output.trim().is_empty() {
        return None;
    }
    if output.trim_start().starts_with('<') {
        return Some(
            Finding::new(
                crate::vtl::Span::new(0, ctx.source.chars().next().map_or(0, char::len_utf8)),
                format!(
                    "output is XML for {}, but the content type is JSON",
                    r.label
                ),
            )
            .label("this template's output")
            .help("map it under an XML content type, or produce JSON"),
        );
    }
    // A MOCK integration reads its request template's output with API Gateway's own
    // permissive JSON reader (json-smart), which accepts `{statusCode: 200}`.
    if ctx.integration == Some(Integration::Mock)
        && ctx.direction == Direction::Request
        && crate::gateway::payload::parse_json_value(output).is_ok()
    {
        return None;
    }
    let e = serde_json::from_str::<IgnoredAny>(output).err()?;
    // serde_json's column is the 1-based column of the character it stopped at.
    let at = locate::offset_of(output, e.line(), e.column());
    let span = locate::output_to_source(ctx.source, output, at);
    let msg = e.to_string();
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
    Some(
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
    )
}
