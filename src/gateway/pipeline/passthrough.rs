//! passthroughBehavior (DG-PASS table, §8.2):
//!
//! | case | WHEN_NO_MATCH | WHEN_NO_TEMPLATES | NEVER |
//! |---|---|---|---|
//! | a template matches | transform | transform | transform |
//! | no match, ≥1 template | pass through | 415 | 415 |
//! | no templates | pass through | pass through | 415 |

use indexmap::IndexMap;

use super::gateway_responses::GatewayError;
use super::template_selection::request_template;
use crate::gateway::integration::Passthrough;

/// What the integration request does with the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RequestBody<'a> {
    /// Render this template (its media-type key and text).
    Transform { key: &'a str, template: &'a str },
    /// Send the method request body unchanged.
    PassThrough,
}

pub fn decide<'a>(
    templates: &'a IndexMap<String, String>,
    behavior: Passthrough,
    content_type: Option<&str>,
) -> Result<RequestBody<'a>, GatewayError> {
    if let Some((key, template)) = request_template(templates, content_type) {
        return Ok(RequestBody::Transform { key, template });
    }
    match (behavior, templates.is_empty()) {
        (Passthrough::WhenNoMatch, _) | (Passthrough::WhenNoTemplates, true) => {
            Ok(RequestBody::PassThrough)
        }
        _ => Err(GatewayError::UnsupportedMediaType),
    }
}
