//! ## What it does
//! Reports a template that Velocity 1.7 cannot parse: an unclosed `#if`, a stray `#end`, an
//! unterminated string or comment, a malformed reference or directive.
//!
//! ## Why is this bad?
//! API Gateway parses the template on every request. A template that does not parse fails
//! every call with `500 Internal Server Error` (`Invalid mapping expression` in the logs) and
//! is only found after deploy.
//!
//! ## Example
//! ```vtl
//! #if($input.path('$.name') != "")
//! {"name": "$input.path('$.name')"}
//! ```
//!
//! ## Use instead
//! ```vtl
//! #if($input.path('$.name') != "")
//! {"name": "$input.path('$.name')"}
//! #end
//! ```
//!
//! ## References
//! - Apache Velocity 1.7 grammar (`Parser.jjt`); apigw-semantics §5.2.

use crate::lint::{Finding, LintContext};

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    if let Some(e) = &ctx.syntax_error {
        let mut f = Finding::new(e.span, e.message.clone()).label(e.label.clone());
        f.help = e.help.clone();
        out.push(f);
    }
}
