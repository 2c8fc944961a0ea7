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

    /// The request path with path parameters substituted (`/pets/{id}` → `/pets/42`,
    /// `/files/{proxy+}` → `/files/a/b`). A `{name}` with no such parameter stays as written.
    pub fn actual_path(&self) -> String {
        let template = self.resource_path();
        let mut out = String::with_capacity(template.len() + 16);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            let name = &rest[open + 1..close];
            let name = name.strip_suffix('+').unwrap_or(name);
            out.push_str(&rest[..open]);
            match self.path.get(name) {
                Some(value) => out.push_str(value),
                None => out.push_str(&rest[open..=close]),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn with_path(resource: &str, params: &[(&str, &str)]) -> Request {
        Request {
            resource_path: Some(resource.into()),
            path: params
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..Request::default()
        }
    }

    #[test]
    fn path_parameters_are_substituted_once_each() {
        let r = with_path("/pets/{id}/toys/{toy}", &[("id", "42"), ("toy", "{id}")]);
        // A value is not itself searched for parameters.
        assert_eq!(r.actual_path(), "/pets/42/toys/{id}");
        let r = with_path("/files/{proxy+}", &[("proxy", "a/b.txt")]);
        assert_eq!(r.actual_path(), "/files/a/b.txt");
        let r = with_path("/x/{missing}/{", &[("id", "1")]);
        assert_eq!(r.actual_path(), "/x/{missing}/{");
        assert_eq!(Request::default().actual_path(), "/");
    }
}
