//! `$util`: the six functions API Gateway documents, as a host object.

use crate::gateway::payload::parse_json_value;
use crate::gateway::util;
use crate::vtl::java::string::JavaException;
use crate::vtl::value::{to_java_string, HostError, HostObject, Value};

#[derive(Debug, Default)]
pub struct Util;

impl HostObject for Util {
    fn class_name(&self) -> &'static str {
        "com.amazonaws.apigateway.Util"
    }

    fn property(&self, _name: &str) -> Result<Value, HostError> {
        Err(HostError::NoSuchMember)
    }

    fn call(&self, name: &str, args: &[Value]) -> Result<Value, HostError> {
        let [arg] = args else {
            return Err(HostError::NoSuchMember);
        };
        if !matches!(
            name,
            "escapeJavaScript"
                | "parseJson"
                | "urlEncode"
                | "urlDecode"
                | "base64Encode"
                | "base64Decode"
        ) {
            return Err(HostError::NoSuchMember);
        }
        // Arguments are converted with toString(); a null argument gives null.
        let Some(s) = to_java_string(arg) else {
            return Ok(Value::Null);
        };
        Ok(match name {
            "escapeJavaScript" => Value::string(util::escape_javascript(&s)),
            "urlEncode" => Value::string(util::url_encode(&s)),
            "urlDecode" => Value::string(util::url_decode(&s).map_err(HostError::Threw)?),
            "base64Encode" => Value::string(util::base64_encode(&s)),
            "base64Decode" => Value::string(util::base64_decode(&s).map_err(HostError::Threw)?),
            _ => parse_json_value(&s).map_err(|e| {
                HostError::Threw(JavaException::new(
                    "java.lang.IllegalArgumentException",
                    format!("parseJson: {}", e.to_java_string()),
                ))
            })?,
        })
    }

    /// Observed on AWS in 2015 (npm api-gateway-mapping-template): `$util` prints `{}`.
    fn to_java_string(&self) -> Option<String> {
        Some(String::from("{}"))
    }
}
