//! Reading the request file with errors that name the JSON path of the bad field.

use indexmap::IndexMap;
use serde_json::Value as Json;

use super::Request;

const FIELDS: &[&str] = &[
    "method",
    "resourcePath",
    "path",
    "query",
    "headers",
    "body",
    "isBase64Encoded",
    "stageVariables",
    "context",
];

/// A request file that cannot be used: where (a JSON path such as `$.query.tags[1]`) and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct RequestFileError {
    pub path: String,
    pub message: String,
    pub help: Option<String>,
    /// Line and column, for JSON syntax errors.
    pub line_col: Option<(usize, usize)>,
}

fn err(path: &str, message: impl Into<String>) -> RequestFileError {
    RequestFileError {
        path: path.to_string(),
        message: message.into(),
        help: None,
        line_col: None,
    }
}

/// What a JSON value is, for "expected X, found Y" messages.
pub fn json_kind(v: &Json) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

pub(super) fn parse(text: &str) -> Result<Request, RequestFileError> {
    let root: Json = serde_json::from_str(text).map_err(|e| RequestFileError {
        path: String::from("$"),
        message: format!("not valid JSON: {e}"),
        help: None,
        line_col: Some((e.line(), e.column())),
    })?;
    let Json::Object(obj) = root else {
        return Err(err(
            "$",
            format!("expected an object, found {}", json_kind(&root)),
        ));
    };
    let mut r = Request::default();
    for (key, value) in obj {
        let at = format!("$.{key}");
        match key.as_str() {
            "method" => r.method = Some(string(&at, &value)?),
            "resourcePath" => r.resource_path = Some(string(&at, &value)?),
            "path" => {
                for (k, v) in object(&at, value)? {
                    let v = scalar(&format!("{at}.{k}"), &v)?;
                    r.path.insert(k, v);
                }
            }
            "query" => r.query = multi(&at, value)?,
            "headers" => r.headers = multi(&at, value)?,
            "stageVariables" => {
                for (k, v) in object(&at, value)? {
                    let v = scalar(&format!("{at}.{k}"), &v)?;
                    r.stage_variables.insert(k, v);
                }
            }
            "body" => {
                r.body = match value {
                    Json::Null => String::new(),
                    Json::String(s) => s,
                    // Any other JSON value is the body serialised compactly.
                    other => other.to_string(),
                }
            }
            "isBase64Encoded" => match value {
                Json::Bool(b) => r.body_is_base64 = b,
                Json::Null => {}
                other => {
                    return Err(err(
                        &at,
                        format!("expected true or false, found {}", json_kind(&other)),
                    ))
                }
            },
            "context" => match value {
                Json::Object(m) => r.context = Some(m),
                Json::Null => {}
                other => {
                    return Err(err(
                        &at,
                        format!("expected an object, found {}", json_kind(&other)),
                    ))
                }
            },
            _ => {
                let mut e = err(&at, format!("unknown field `{key}`"));
                e.help = Some(
                    match crate::suggest::closest(&key, FIELDS.iter().copied()) {
                        Some(s) => {
                            format!("did you mean `{s}`? Known fields: {}", FIELDS.join(", "))
                        }
                        None => format!("known fields: {}", FIELDS.join(", ")),
                    },
                );
                return Err(e);
            }
        }
    }
    if r.body_is_base64 {
        // Checked here so that a bad body is the request file's error, not a 500 later.
        if let Err(e) = crate::gateway::pipeline::binary::decode(&r.body) {
            let mut e = err(
                "$.body",
                format!("`isBase64Encoded` is true, but the body is {e}"),
            );
            e.help = Some("give the bytes as standard base64 (RFC 4648), or drop `isBase64Encoded` for a text body".into());
            return Err(e);
        }
    }
    Ok(r)
}

fn string(at: &str, v: &Json) -> Result<String, RequestFileError> {
    match v {
        Json::String(s) => Ok(s.clone()),
        other => Err(err(
            at,
            format!("expected a string, found {}", json_kind(other)),
        )),
    }
}

/// A parameter value: strings, and numbers or booleans written as their text.
fn scalar(at: &str, v: &Json) -> Result<String, RequestFileError> {
    match v {
        Json::String(s) => Ok(s.clone()),
        Json::Number(n) => Ok(n.to_string()),
        Json::Bool(b) => Ok(b.to_string()),
        other => Err(err(
            at,
            format!(
                "expected a string, number or boolean, found {}",
                json_kind(other)
            ),
        )),
    }
}

fn object(at: &str, v: Json) -> Result<serde_json::Map<String, Json>, RequestFileError> {
    match v {
        Json::Object(m) => Ok(m),
        Json::Null => Ok(serde_json::Map::new()),
        other => Err(err(
            at,
            format!("expected an object, found {}", json_kind(&other)),
        )),
    }
}

/// `{"name": "v"}` or `{"name": ["v1", "v2"]}`.
fn multi(at: &str, v: Json) -> Result<IndexMap<String, Vec<String>>, RequestFileError> {
    let mut out = IndexMap::new();
    for (k, v) in object(at, v)? {
        let here = format!("{at}.{k}");
        let values = match v {
            Json::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, x)| scalar(&format!("{here}[{i}]"), x))
                .collect::<Result<Vec<_>, _>>()?,
            other => vec![scalar(&here, &other)?],
        };
        out.insert(k, values);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_field_names_the_path_and_suggests() {
        let e = parse(r#"{"qeury": {}}"#).unwrap_err();
        assert_eq!(e.path, "$.qeury");
        assert!(e.help.unwrap().contains("did you mean `query`"));
    }

    #[test]
    fn bad_nested_value_names_its_path() {
        let e = parse(r#"{"query": {"tags": ["a", {"x": 1}]}}"#).unwrap_err();
        assert_eq!(e.path, "$.query.tags[1]");
        assert!(e.message.contains("found an object"));
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let e = parse("{\n  \"method\": }").unwrap_err();
        assert_eq!(e.line_col.map(|l| l.0), Some(2));
    }

    #[test]
    fn base64_body_is_checked_and_flagged() {
        let r = parse(r#"{"body": "iVBORw==", "isBase64Encoded": true}"#).unwrap();
        assert!(r.body_is_base64);
        assert_eq!(r.body, "iVBORw==");
        let e = parse(r#"{"body": "not base64!", "isBase64Encoded": true}"#).unwrap_err();
        assert_eq!(e.path, "$.body");
        assert!(e.message.contains("not valid base64"), "{}", e.message);
        let e = parse(r#"{"isBase64Encoded": "yes"}"#).unwrap_err();
        assert_eq!(e.path, "$.isBase64Encoded");
    }

    #[test]
    fn json_body_is_serialised_and_string_body_kept_raw() {
        assert_eq!(
            parse(r#"{"body": {"a": 1.50}}"#).unwrap().body,
            r#"{"a":1.5}"#
        );
        assert_eq!(parse(r#"{"body": "a=1.50"}"#).unwrap().body, "a=1.50");
    }

    #[test]
    fn multi_values_and_numbers() {
        let r = parse(r#"{"query": {"x": ["1", 2]}, "path": {"id": 42}}"#).unwrap();
        assert_eq!(r.query["x"], vec!["1", "2"]);
        assert_eq!(r.path["id"], "42");
    }
}
