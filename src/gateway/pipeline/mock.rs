//! MOCK: the status comes from the rendered request, `{"statusCode": 200}` (DG-MOCK).
//! AWS reads it with a lenient parser (`{statusCode: 200}` works: LS-PR#11967, recorded on
//! AWS); the value must be a number (`"200"` gives 500: aws/aws-cdk #5997).

use super::gateway_responses::GatewayError;
use crate::gateway::payload::parse_payload;
use crate::vtl::value::Value;

/// The MOCK status for the integration request body (after the template ran). With no body
/// at all (no template, nothing sent) the mock answers 200 (unrecorded; the oracle's choice).
pub fn mock_status(body: &str) -> Result<u16, GatewayError> {
    if body.trim().is_empty() {
        return Ok(200);
    }
    let bad = |why: &str| GatewayError::Configuration(format!("MOCK integration: {why}"));
    let doc =
        parse_payload(body).map_err(|e| bad(&format!("the request body is not JSON ({e})")))?;
    let Value::Map(m) = doc else {
        return Err(bad(
            "the request body is not a JSON object with a statusCode",
        ));
    };
    let code = m.borrow().entries.get("statusCode").cloned();
    let n: i64 = match code {
        Some(Value::Int(i)) => i64::from(i),
        Some(Value::Long(l)) => l,
        Some(other) if !other.is_null() => {
            return Err(bad(&format!(
                "statusCode must be a number, got a {}",
                other.type_name()
            )))
        }
        _ => return Err(bad("statusCode is missing")),
    };
    u16::try_from(n)
        .ok()
        .filter(|c| (100..=599).contains(c))
        .ok_or_else(|| bad(&format!("statusCode {n} is not an HTTP status")))
}
