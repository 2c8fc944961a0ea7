//! Responses API Gateway itself produces (gateway responses, §11 of the semantics reference):
//! their status, default body and `x-amzn-ErrorType`.
//!
//! The default template is `{"message":$context.error.messageString}`. Spacing: LocalStack's
//! AWS-validated tests compare these bodies as parsed JSON, so the bytes below are AWS's
//! message strings in the spacing LocalStack uses (`{"message": "..."}`), unverified
//! byte-for-byte (docs/FIDELITY.md). One place to change them.

use indexmap::IndexMap;

/// A gateway response type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GatewayError {
    /// BAD_REQUEST_PARAMETERS: a required method request parameter is missing.
    MissingParameters(Vec<String>),
    /// UNSUPPORTED_MEDIA_TYPE: passthroughBehavior refused the request's Content-Type.
    UnsupportedMediaType,
    /// API_CONFIGURATION_ERROR (500), with the reason for the execution log.
    Configuration(String),
    /// A Lambda proxy response AWS cannot use (502): "Malformed Lambda proxy response".
    MalformedProxyResponse(String),
    /// The Lambda function itself failed under a proxy integration (502).
    ProxyFunctionError(String),
}

impl GatewayError {
    pub fn status(&self) -> u16 {
        match self {
            GatewayError::MissingParameters(_) => 400,
            GatewayError::UnsupportedMediaType => 415,
            GatewayError::Configuration(_) => 500,
            GatewayError::MalformedProxyResponse(_) | GatewayError::ProxyFunctionError(_) => 502,
        }
    }

    /// The gateway response type name, as in `$context.error.responseType`.
    pub fn response_type(&self) -> &'static str {
        match self {
            GatewayError::MissingParameters(_) => "BAD_REQUEST_PARAMETERS",
            GatewayError::UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
            GatewayError::Configuration(_) => "API_CONFIGURATION_ERROR",
            GatewayError::MalformedProxyResponse(_) | GatewayError::ProxyFunctionError(_) => {
                "DEFAULT_5XX"
            }
        }
    }

    /// `$context.error.message`.
    pub fn message(&self) -> String {
        match self {
            GatewayError::MissingParameters(names) => {
                format!(
                    "Missing required request parameters: [{}]",
                    names.join(", ")
                )
            }
            GatewayError::UnsupportedMediaType => "Unsupported Media Type".into(),
            _ => "Internal server error".into(),
        }
    }

    /// `x-amzn-ErrorType` (LocalStack's table, validated against AWS).
    pub fn error_type(&self) -> &'static str {
        match self {
            GatewayError::MissingParameters(_) | GatewayError::UnsupportedMediaType => {
                "BadRequestException"
            }
            _ => "InternalServerErrorException",
        }
    }

    /// What the execution log says about it (AWS's TestInvokeMethod wording where known).
    pub fn log_line(&self) -> String {
        match self {
            GatewayError::MissingParameters(_) => {
                format!("Request validation failed: {}", self.message())
            }
            GatewayError::UnsupportedMediaType => {
                "Request body does not match any request template and passthrough is not allowed: 415 Unsupported Media Type".into()
            }
            GatewayError::Configuration(why) => {
                format!("Execution failed due to configuration error: {why}")
            }
            GatewayError::MalformedProxyResponse(why) => {
                format!("Execution failed due to configuration error: Malformed Lambda proxy response ({why})")
            }
            GatewayError::ProxyFunctionError(why) => {
                format!("Lambda execution failed with status 200 due to customer function error: {why}")
            }
        }
    }

    /// The response the client gets.
    pub fn body(&self) -> String {
        let mut msg = String::new();
        crate::vtl::value::write_json(
            &crate::vtl::value::Value::string(self.message()),
            crate::vtl::value::JsonStyle::LT_COMPRESS,
            &mut msg,
        );
        format!("{{\"message\": {msg}}}")
    }

    pub fn headers(&self) -> IndexMap<String, Vec<String>> {
        let mut h = IndexMap::new();
        h.insert("Content-Type".into(), vec!["application/json".into()]);
        h.insert("x-amzn-ErrorType".into(), vec![self.error_type().into()]);
        h
    }
}
