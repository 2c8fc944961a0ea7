//! ## What it does
//! Renders a JSON template against a typical request (a JSON body with every field the
//! template reads, directly or through `#set`/`#foreach` variables) and reports output that is
//! not valid JSON, pointing at the template text that produced the broken spot. (The same
//! check with no body is GW505.)
//!
//! Response templates are checked when their content type is JSON; request templates when
//! their output starts with `{` or `[` (a request template's key is the *client's* content
//! type, not its output's). A MOCK integration's request template is read with API Gateway's
//! permissive JSON reader (json-smart: `{statusCode: 200}` passes); everything else must be
//! strict JSON, as Lambda and the AWS services parse it. Empty output is accepted.
//!
//! ## Why is this bad?
//! Backends parse what the template produced. Lambda non-proxy integrations answer 400
//! "Could not parse request body into json"; services answer `SerializationException`.
//!
//! ## Example
//! ```vtl
//! {
//!   "id": "$input.path('$.id')"
//!   "name": "$input.path('$.name')"
//! }
//! ```
//!
//! ## Use instead
//! ```vtl
//! {
//!   "id": "$input.path('$.id')",
//!   "name": "$input.path('$.name')"
//! }
//! ```
//!
//! ## References
//! - peers.md §3 item 2 (AWS validates what a template produced).

use crate::lint::context::TYPICAL;
use crate::lint::output_check;
use crate::lint::{Finding, LintContext};

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    if !output_check::applies(ctx) {
        return;
    }
    for r in ctx.renders().iter().filter(|r| r.label == TYPICAL) {
        out.extend(output_check::json_problem(ctx, r));
    }
}
