//! ## What it does
//! Reports `.count()` calls, usually meant as a list or map size.
//!
//! ## Why is this bad?
//! Velocity calls Java methods, and Java's `List`, `Map` and `String` have no `count()`. The
//! call evaluates to nothing, so `#if($items.count() > 0)` is never true.
//!
//! ## Example
//! ```vtl
//! #if($input.path('$.items').count() > 0)
//! ```
//!
//! ## Use instead
//! ```vtl
//! #if($input.path('$.items').size() > 0)
//! ```
//!
//! ## References
//! - apigw-semantics §6 (lint rule 4).

use crate::lint::visit;
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::RefPart;

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    for (r, _, _) in visit::references(t) {
        for part in &r.parts {
            if let RefPart::Method { name, args, span } = part {
                if &**name == "count" && args.is_empty() {
                    out.push(
                        Finding::new(*span, "Java lists and maps have no `count()` method")
                            .label("evaluates to nothing")
                            .help("use `.size()`"),
                    );
                }
            }
        }
    }
}
