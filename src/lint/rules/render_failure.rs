//! ## What it does
//! Renders the template against generated requests (no body; a typical JSON body) and reports
//! a render that fails: a Java method that throws (`$util.parseJson` of invalid JSON,
//! `substring` out of range), a limit reached, `#evaluate` of bad text.
//!
//! ## Why is this bad?
//! API Gateway answers `500 Internal Server Error` when rendering fails.
//!
//! ## Example
//! ```vtl
//! #set($n = $input.params('name').substring(0, 3))
//! ```
//! fails when `name` is shorter than 3 characters or missing.
//!
//! ## Use instead
//! ```vtl
//! #set($name = $input.params('name'))
//! #if($name.length() >= 3)#set($n = $name.substring(0, 3))#end
//! ```

use crate::lint::{Finding, LintContext};

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let mut seen = Vec::new();
    for r in ctx.renders() {
        let Err(e) = &r.result else { continue };
        let msg = e.to_string();
        if seen.contains(&msg) {
            continue;
        }
        out.push(
            Finding::new(e.span, format!("rendering fails for {}: {msg}", r.label))
                .label("while evaluating this")
                .maybe_help(e.help()),
        );
        seen.push(msg);
    }
}
