//! ## What it does
//! Reports a template larger than 300 KB.
//!
//! ## Why is this bad?
//! API Gateway rejects mapping templates over 300 KB at deploy time (developer guide, known
//! issues), so the deployment fails.
//!
//! ## Example
//! A template that inlines a large lookup table as a `#set` map literal.
//!
//! ## Use instead
//! Keep large data in the backend (a DynamoDB table, a Lambda), or split the mapping across
//! methods.
//!
//! ## References
//! - apigw-semantics §6 (mapping template size, 300 KB max).

use crate::gateway::settings::TEMPLATE_SIZE_LIMIT;
use crate::lint::{Finding, LintContext};
use crate::vtl::Span;

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let len = ctx.source.len();
    if len > TEMPLATE_SIZE_LIMIT {
        let mut start = TEMPLATE_SIZE_LIMIT;
        while start > 0 && !ctx.source.is_char_boundary(start) {
            start -= 1;
        }
        out.push(
            Finding::new(
                Span::new(start, (start + 1).min(len)),
                format!(
                    "template is {len} bytes; API Gateway accepts at most {TEMPLATE_SIZE_LIMIT} (300 KB)"
                ),
            )
            .label("the limit is reached here")
            .help("move large data into the backend, or split the template"),
        );
    }
}
