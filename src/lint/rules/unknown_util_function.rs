//! ## What it does
//! Reports a `$util` member that API Gateway does not have, with the closest real one:
//! `$util.escapeJavascript(...)` → `escapeJavaScript`. (AppSync helpers such as
//! `$util.toJson` are GW202.)
//!
//! ## Why is this bad?
//! API Gateway's `$util` has six functions: `escapeJavaScript`, `parseJson`, `urlEncode`,
//! `urlDecode`, `base64Encode`, `base64Decode`. Anything else evaluates to nothing, so the
//! value silently disappears from the payload.
//!
//! ## Example
//! ```vtl
//! {"q": "$util.urlencode($input.params('q'))"}
//! ```
//!
//! ## Use instead
//! ```vtl
//! {"q": "$util.urlEncode($input.params('q'))"}
//! ```
//!
//! ## References
//! - apigw-semantics §2 (the `$util` table).

use crate::lint::names::{APPSYNC_UTIL, UTIL_FUNCTIONS};
use crate::lint::visit::{self, did_you_mean, Site};
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::RefPart;

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    for (r, site, _) in visit::references(t) {
        if &*r.root != "util" || site == Site::SetTarget {
            continue;
        }
        let Some(part) = r.parts.first() else {
            continue;
        };
        let (name, span, is_call) = match part {
            RefPart::Method { name, span, .. } => (&**name, *span, true),
            RefPart::Property { name, span } => (&**name, *span, false),
            RefPart::Index { .. } => continue,
        };
        if APPSYNC_UTIL.iter().any(|(n, _)| *n == name) {
            continue;
        }
        if is_call && UTIL_FUNCTIONS.contains(&name) {
            continue;
        }
        let help = did_you_mean(name, UTIL_FUNCTIONS.iter().copied(), |c| {
            format!("$util.{c}(...)")
        })
        .or_else(|| {
            (!is_call && UTIL_FUNCTIONS.contains(&name))
                .then(|| format!("`{name}` is a function: call it, `$util.{name}(...)`"))
        })
        .unwrap_or_else(|| format!("API Gateway's `$util` has {}", UTIL_FUNCTIONS.join(", ")));
        out.push(
            Finding::new(
                span,
                format!("`$util.{name}` is not an API Gateway function"),
            )
            .label("evaluates to nothing")
            .help(help),
        );
    }
}
