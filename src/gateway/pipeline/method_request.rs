//! Step 1, method request: with a request validator, the declared parameters marked required
//! must be present (BAD_REQUEST_PARAMETERS otherwise, DG-GR; body as in LocalStack's AWS-recorded snapshot
//! `{"message": "Missing required request parameters: [x-header-param, issuer, qs1]"}`).

use indexmap::IndexMap;

use super::gateway_responses::GatewayError;
use crate::gateway::request::Request;

/// The names of the required parameters the request lacks, in declaration order.
pub fn missing_required(
    declared: &IndexMap<String, bool>,
    request: &Request,
) -> Result<(), GatewayError> {
    let mut missing = Vec::new();
    for (name, required) in declared {
        if !required {
            continue;
        }
        let Some(rest) = name.strip_prefix("method.request.") else {
            continue;
        };
        let (kind, param) = rest.split_once('.').unwrap_or((rest, ""));
        let present = match kind {
            "path" => request.path.contains_key(param),
            "querystring" | "multivaluequerystring" => request.query.contains_key(param),
            "header" | "multivalueheader" => request.header(param).is_some(),
            _ => true,
        };
        if !present {
            missing.push(param.to_string());
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(GatewayError::MissingParameters(missing))
    }
}
