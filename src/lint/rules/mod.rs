//! One rule per file; the registry ([`super::registry`]) lists them with their codes.

pub mod appsync_only_helper;
pub mod count_on_list;
pub mod escape_javascript_quote;
pub mod foreach_trailing_comma;
pub mod invalid_json_output;
pub mod invalid_jsonpath;
pub mod invalid_override_status;
pub mod invalid_xml_output;
pub mod json_output_without_body;
pub mod log_only_context_variable;
pub mod loop_over_limit;
pub mod mock_quoted_status_code;
pub mod nullable_set_in_loop;
pub mod object_printed_as_json;
pub mod override_set_twice;
pub mod quoted_input_body;
pub mod quoted_input_json;
pub mod render_failure;
pub mod syntax_error;
pub mod template_too_large;
pub mod undefined_variable;
pub mod unescaped_request_value;
pub mod unknown_context_variable;
pub mod unknown_util_function;
pub mod unsupported_include;
pub mod unused_variable;
