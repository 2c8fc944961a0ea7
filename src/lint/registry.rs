//! The rule registry: every rule's code, name, default severity, documentation and check.
//! Selecting, ignoring and listing rules is data, not code. Codes are stable: a retired rule
//! keeps its code unused.
//!
//! Code groups: `GW0xx` the template as a whole (syntax, size), `GW1xx` JSON output hazards,
//! `GW2xx` API Gateway's `$util`, `$context` and `$input` surface, `GW3xx` variables,
//! `GW4xx` overrides and MOCK, `GW5xx` checks that render the template.

use super::context::LintContext;
use super::diagnostic::{Finding, Severity};
use super::rules;

pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// The rule file's text; its `//!` comment is the documentation.
    source: &'static str,
    pub check: fn(&LintContext, &mut Vec<Finding>),
}

impl Rule {
    /// The documentation: the rule file's `//!` doc comment (Markdown).
    pub fn doc(&self) -> String {
        let mut out = String::new();
        for line in self.source.lines() {
            let Some(rest) = line.strip_prefix("//!") else {
                if out.is_empty() {
                    continue;
                }
                break;
            };
            out.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            out.push('\n');
        }
        out
    }

    /// The first paragraph under "What it does", on one line.
    pub fn summary(&self) -> String {
        let doc = self.doc();
        let body = doc.split("## What it does").nth(1).unwrap_or(&doc);
        body.trim_start()
            .split("\n\n")
            .next()
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

macro_rules! registry {
    ($( $code:literal $name:literal $severity:ident $module:ident; )*) => {
        /// Every rule, sorted by code.
        pub static RULES: &[Rule] = &[
            $( Rule {
                code: $code,
                name: $name,
                severity: Severity::$severity,
                source: include_str!(concat!("rules/", stringify!($module), ".rs")),
                check: rules::$module::check,
            }, )*
        ];
    };
}

registry! {
    "GW001" "syntax-error" Error syntax_error;
    "GW002" "unsupported-include" Error unsupported_include;
    "GW003" "template-too-large" Error template_too_large;
    "GW101" "quoted-input-json" Error quoted_input_json;
    "GW102" "quoted-input-body" Warning quoted_input_body;
    "GW103" "object-printed-as-json" Warning object_printed_as_json;
    "GW104" "escape-javascript-quote" Error escape_javascript_quote;
    "GW105" "unescaped-request-value" Warning unescaped_request_value;
    "GW106" "foreach-trailing-comma" Error foreach_trailing_comma;
    "GW201" "unknown-util-function" Error unknown_util_function;
    "GW202" "appsync-only-helper" Error appsync_only_helper;
    "GW203" "unknown-context-variable" Warning unknown_context_variable;
    "GW204" "log-only-context-variable" Error log_only_context_variable;
    "GW205" "invalid-jsonpath" Error invalid_jsonpath;
    "GW206" "count-on-list" Error count_on_list;
    "GW301" "undefined-variable" Warning undefined_variable;
    "GW302" "unused-variable" Warning unused_variable;
    "GW303" "nullable-set-in-loop" Warning nullable_set_in_loop;
    "GW401" "override-set-twice" Error override_set_twice;
    "GW402" "invalid-override-status" Error invalid_override_status;
    "GW403" "mock-quoted-status-code" Error mock_quoted_status_code;
    "GW501" "invalid-json-output" Error invalid_json_output;
    "GW502" "invalid-xml-output" Error invalid_xml_output;
    "GW503" "render-failure" Warning render_failure;
    "GW504" "loop-over-limit" Warning loop_over_limit;
    "GW505" "json-output-without-body" Warning json_output_without_body;
}

/// A rule by code (`GW101`, any case) or name (`quoted-input-json`).
pub fn by_code(code: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .find(|r| r.code.eq_ignore_ascii_case(code) || r.name == code)
}
