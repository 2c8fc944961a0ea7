//! Integration response selection (§9.1): each `selectionPattern` is a Java regex matched
//! against the **whole** string (`Matcher.matches()`): the Lambda `errorMessage` (empty on
//! success, so `.+` does not match a success: LS-PR#12580) or the status code for HTTP and
//! AWS services. Patterns are tried in the order given; the response without a pattern is the
//! default; no match and no default is a configuration error (500).

use super::gateway_responses::GatewayError;
use crate::gateway::integration::IntegrationResponse;
use crate::vtl::java::regex::JavaRegex;

pub fn select<'a>(
    responses: &'a [IntegrationResponse],
    subject: &str,
) -> Result<&'a IntegrationResponse, GatewayError> {
    for r in responses.iter().filter(|r| !r.is_default()) {
        let pattern = r.selection_pattern.as_deref().unwrap_or("");
        let re = JavaRegex::compile(pattern).map_err(|e| {
            GatewayError::Configuration(format!("invalid selectionPattern `{pattern}`: {e}"))
        })?;
        match re.is_match_whole(subject) {
            Ok(true) => return Ok(r),
            Ok(false) => {}
            Err(e) => {
                return Err(GatewayError::Configuration(format!(
                    "selectionPattern `{pattern}`: {e}"
                )))
            }
        }
    }
    responses.iter().find(|r| r.is_default()).ok_or_else(|| {
        GatewayError::Configuration(
            "No match for output mapping and no default output mapping configured".into(),
        )
    })
}
