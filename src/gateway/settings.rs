//! The engine settings API Gateway uses, in one place, each with its evidence.

use crate::vtl::{Limits, LoopOverflow, NullReference, Settings};

/// AWS quota "Number of iterations in a #foreach ... #end loop in mapping templates: 1000"
/// (API Gateway developer guide, quotas). Velocity 1.7 ends the loop silently when
/// `directive.foreach.maxloops` is reached; whether AWS errors instead is unverified.
pub const FOREACH_LIMIT: usize = 1000;

/// AWS quota: mapping templates are at most 300 KB (developer guide, known issues).
pub const TEMPLATE_SIZE_LIMIT: usize = 300 * 1024;

/// AWS quota: REST API payloads are at most 10 MB.
pub const PAYLOAD_SIZE_LIMIT: usize = 10 * 1024 * 1024;

/// The engine settings that make Velocity 1.7 behave as API Gateway does.
///
/// - Null references evaluate to `""` everywhere ([`NullReference::EmptyString`]). Recorded
///   on AWS: after `#set($r = $input.path('$.missing'))` both `$r == $null` and `$r == ""` are
///   true (LocalStack parity test `test_input_path_template_formatting`, recorded against AWS),
///   and `#if($foo.bar != '')` with `$foo` undefined takes the `#else` branch
///   (`test_apigateway_to_kinesis[PutRecords]`). Stock 1.7 gives true/false and true.
/// - `#foreach` stops after [`FOREACH_LIMIT`] iterations.
/// - Macro depth 20 (Velocity 1.7 default `velocimacro.max.depth`); AWS's value is unknown.
pub fn api_gateway_settings() -> Settings {
    Settings {
        null_reference: NullReference::EmptyString,
        limits: Limits {
            max_foreach_iterations: Some(FOREACH_LIMIT),
            foreach_overflow: LoopOverflow::Stop,
            max_output_bytes: PAYLOAD_SIZE_LIMIT,
            max_string_bytes: PAYLOAD_SIZE_LIMIT,
            ..Limits::default()
        },
    }
}
