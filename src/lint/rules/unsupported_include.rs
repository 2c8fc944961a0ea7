//! ## What it does
//! Reports `#include` and `#parse`.
//!
//! ## Why is this bad?
//! API Gateway has no template files to load: the directive fails at run time and the
//! request ends in `500 Internal Server Error`.
//!
//! ## Example
//! ```vtl
//! #parse("common.vtl")
//! ```
//!
//! ## Use instead
//! Inline the shared text, or define it once in the template with `#macro` or `#define`:
//! ```vtl
//! #macro(common){"source": "api"}#end
//! #common()
//! ```
//!
//! ## References
//! - apigw-semantics §5; Velocity 1.7 needs a resource loader for both directives.

use crate::lint::visit::{self, Visit};
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::Node;

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    visit::walk(t, &mut |v| {
        if let Visit::Node(Node::Include { directive, span }, _) = v {
            out.push(
                Finding::new(
                    *span,
                    format!("`#{directive}` is not supported by API Gateway"),
                )
                .label("there are no template files to load")
                .help("inline the text, or reuse it with #macro or #define"),
            );
        }
    });
}
