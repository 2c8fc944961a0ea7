//! The client request a template is rendered against, and the request file that describes it.

mod file;

use indexmap::IndexMap;

pub use file::{json_kind, RequestFileError};

/// One method request, as the request file gives it (every field optional).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Request {
    pub method: Option<String>,
    pub resource_path: Option<String>,
    pub path: IndexMap<String, String>,
    /// Multi-valued query parameters keep every value; single-valued views take the last.
    pub query: IndexMap<String, Vec<String>>,
    pub headers: IndexMap<String, Vec<String>>,
    /// The raw payload (empty when absent).
    pub body: String,
    /// `body` is the base64 text of the payload's bytes (`isBase64Encoded` in the request
    /// file); templates rendered alone see that text, as with CONVERT_TO_TEXT.
    pub body_is_base64: bool,
    pub stage_variables: IndexMap<String, String>,
    /// Merged over the default `$context`.
    pub context: Option<serde_json::Map<String, serde_json::Value>>,
}

impl Request {
    pub fn method(&self) -> &str {
        self.method.as_deref().unwrap_or("GET")
    }

    pub fn resource_path(&self) -> &str {
        self.resource_path.as_deref().unwrap_or("/")
    }

    /// The last value of a header, found case-insensitively (HTTP header names).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .rev()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .and_then(|(_, v)| v.last())
            .map(String::as_str)
    }

    /// The request path with path parameters substituted (`/pets/{id}` → `/pets/42`).
    pub fn actual_path(&self) -> String {
        let mut out = self.resource_path().to_string();
        for (k, v) in &self.path {
            out = out
                .replace(&format!("{{{k}+}}"), v)
                .replace(&format!("{{{k}}}"), v);
        }
        out
    }

    /// The payload's bytes: the body's UTF-8, or the bytes its base64 text stands for.
    pub fn body_bytes(&self) -> Vec<u8> {
        if self.body_is_base64 {
            if let Ok(b) = crate::gateway::pipeline::binary::decode(&self.body) {
                return b;
            }
        }
        self.body.as_bytes().to_vec()
    }

    /// Reads a request file (JSON).
    pub fn from_json(text: &str) -> Result<Request, RequestFileError> {
        file::parse(text)
    }
}
