//! Step 3, the backend's answer, as a case or `--backend` file gives it (gwmap's own format):
//!
//! - `{"status": 200, "headers": {"K": "v" | ["v1", "v2"]}, "body": "text" | any JSON}`: an
//!   HTTP endpoint or AWS service; with `"isBase64Encoded": true` the body is the base64 text of
//!   the bytes it answers;
//! - `{"result": any JSON}`: a Lambda function's return value (`{"payload": "raw"}` for exact
//!   bytes);
//! - `{"errorMessage": "...", "errorType": "..."}`: a Lambda function error (`payload` for the
//!   exact error document);
//! - `{"echo": true}` (also the default): answers 200 with the integration request body.

use indexmap::IndexMap;
use serde_json::{json, Value as Json};

#[derive(Clone, Debug, PartialEq)]
pub enum Backend {
    Http {
        status: u16,
        headers: IndexMap<String, Vec<String>>,
        body: String,
        /// `body` is base64 for the answer's bytes.
        body_is_base64: bool,
    },
    /// A Lambda invocation that returned: its payload bytes.
    LambdaResult(String),
    /// A Lambda function error.
    LambdaError {
        message: String,
        error_type: Option<String>,
        payload: String,
    },
    Echo,
}

fn compact(v: &Json) -> String {
    match v {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The fields a backend file may have.
pub const FIELDS: &[&str] = &[
    "status",
    "headers",
    "body",
    "isBase64Encoded",
    "result",
    "payload",
    "errorMessage",
    "errorType",
    "stackTrace",
    "echo",
];

impl Backend {
    pub fn from_json(v: &Json) -> Result<Backend, String> {
        let Json::Object(o) = v else {
            return Err("$: expected an object".into());
        };
        for k in o.keys() {
            if !FIELDS.contains(&k.as_str()) {
                return Err(format!(
                    "$.{k}: unknown field; known: status, headers, body, isBase64Encoded (HTTP/AWS), result, payload, errorMessage, errorType (Lambda), echo"
                ));
            }
        }
        if o.get("echo").and_then(Json::as_bool) == Some(true) {
            return Ok(Backend::Echo);
        }
        if let Some(m) = o.get("errorMessage") {
            let message = compact(m);
            let error_type = o.get("errorType").map(compact);
            let mut p = serde_json::Map::new();
            p.insert("errorMessage".into(), m.clone());
            if let Some(t) = o.get("errorType") {
                p.insert("errorType".into(), t.clone());
            }
            p.insert(
                "stackTrace".into(),
                o.get("stackTrace").cloned().unwrap_or(json!([])),
            );
            // `payload` gives the exact bytes of the error document when they matter.
            let payload = match o.get("payload") {
                Some(raw) => compact(raw),
                None => Json::Object(p).to_string(),
            };
            return Ok(Backend::LambdaError {
                message,
                error_type,
                payload,
            });
        }
        if let Some(r) = o.get("result") {
            return Ok(Backend::LambdaResult(r.to_string()));
        }
        if let Some(p) = o.get("payload") {
            return Ok(Backend::LambdaResult(compact(p)));
        }
        let status = match o.get("status") {
            None => 200,
            Some(Json::Number(n)) => n
                .as_u64()
                .and_then(|n| u16::try_from(n).ok())
                .filter(|n| (100..=599).contains(n))
                .ok_or_else(|| format!("$.status: {n} is not an HTTP status"))?,
            Some(_) => return Err("$.status: expected a number".into()),
        };
        let mut headers = IndexMap::new();
        match o.get("headers") {
            None | Some(Json::Null) => {}
            Some(Json::Object(h)) => {
                for (k, v) in h {
                    let vals = match v {
                        Json::Array(a) => a.iter().map(compact).collect(),
                        other => vec![compact(other)],
                    };
                    headers.insert(k.clone(), vals);
                }
            }
            Some(_) => return Err("$.headers: expected an object".into()),
        }
        let body = match o.get("body") {
            None | Some(Json::Null) => String::new(),
            Some(b) => compact(b),
        };
        let body_is_base64 = match o.get("isBase64Encoded") {
            None | Some(Json::Null) => false,
            Some(Json::Bool(b)) => *b,
            Some(_) => return Err("$.isBase64Encoded: expected true or false".into()),
        };
        if body_is_base64 {
            if !matches!(
                o.get("body"),
                None | Some(Json::Null) | Some(Json::String(_))
            ) {
                return Err("$.body: with isBase64Encoded, expected a string of base64".into());
            }
            super::binary::decode(&body)
                .map_err(|e| format!("$.body: isBase64Encoded is true, but the body is {e}"))?;
        }
        Ok(Backend::Http {
            status,
            headers,
            body,
            body_is_base64,
        })
    }
}
