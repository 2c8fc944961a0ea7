//! `$input`: the payload (`body`, `json`, `path`) and the method request's parameters.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use indexmap::IndexMap;

use super::headers::{dropped_on_arrival, HeaderMap};
use super::jsonpath::JsonPath;
use super::payload::parse_payload;
use super::request::Request;
use crate::vtl::java::string::JavaException;
use crate::vtl::value::Entries;
use crate::vtl::value::{write_json, HostError, HostObject, JsonStyle, MapKind, Value};

pub struct Input {
    body: String,
    /// `$input.params()`, built on first use (most templates only call `params('name')`) and
    /// then shared, so a template's changes to it persist.
    params: OnceCell<Value>,
    path_params: IndexMap<String, String>,
    query: IndexMap<String, String>,
    headers: Rc<HeaderMap>,
    /// The payload, parsed once on first use and shared by every `path`/`json` call, so a
    /// map obtained from `$input.path` and changed by `#set` shows in a later `$input.json`.
    document: RefCell<Option<Result<Value, JavaException>>>,
}

impl Input {
    /// `body` is what `$input` reads: the method request body in a request template, the
    /// integration response body in a response template.
    pub fn new(request: &Request, body: &str) -> Input {
        // An empty body reads as `{}` (recorded on AWS: LocalStack test_input_body_formatting,
        // request and response templates; LocalStack PR 12413).
        let body = if body.is_empty() { "{}" } else { body };
        // Single-valued views keep the last value of a repeated parameter (AWS documents this
        // for REST `queryStringParameters`; headers by analogy, unverified).
        let last = |m: &IndexMap<String, Vec<String>>| -> IndexMap<String, String> {
            m.iter()
                .filter_map(|(k, v)| v.last().map(|l| (k.clone(), l.clone())))
                .collect()
        };
        let query = last(&request.query);
        let headers = HeaderMap::new(
            request
                .headers
                .iter()
                .filter(|(k, _)| !dropped_on_arrival(k))
                .filter_map(|(k, v)| v.last().map(|l| (k.clone(), Value::str(l))))
                .collect(),
        );
        Input {
            body: body.to_string(),
            params: OnceCell::new(),
            path_params: request.path.clone(),
            query,
            headers,
            document: RefCell::new(None),
        }
    }

    fn params(&self) -> &Value {
        self.params.get_or_init(|| {
            let as_map = |m: &IndexMap<String, String>| {
                Value::new_map(
                    MapKind::Linked,
                    m.iter()
                        .map(|(k, v)| (k.as_str().into(), Value::str(v)))
                        .collect(),
                )
            };
            let mut params = Entries::default();
            params.insert("path".into(), as_map(&self.path_params));
            params.insert("querystring".into(), as_map(&self.query));
            params.insert("header".into(), Value::Host(self.headers.clone()));
            Value::new_map(MapKind::Linked, params)
        })
    }

    fn document(&self) -> Result<Value, JavaException> {
        if let Some(doc) = self.document.borrow().as_ref() {
            return doc.clone();
        }
        let doc = parse_payload(&self.body).map_err(|e| {
            // AWS answers 400 {"message": "Could not process payload" + the parser exception}.
            JavaException::new(
                "java.lang.IllegalStateException",
                format!("Could not process payload{}", e.to_java_string()),
            )
        });
        *self.document.borrow_mut() = Some(doc.clone());
        doc
    }

    /// `None`: the path matches nothing.
    fn read(&self, path: &str) -> Result<Option<Value>, JavaException> {
        if path.is_empty() {
            return Ok(None);
        }
        let compiled = JsonPath::cached(path).map_err(|e| {
            JavaException::new("com.jayway.jsonpath.InvalidPathException", e.message)
        })?;
        let doc = self.document()?;
        compiled
            .read(&doc)
            .map_err(|e| JavaException::new("com.jayway.jsonpath.InvalidPathException", e.message))
    }

    fn param(&self, name: &str) -> Value {
        if let Some(v) = self.path_params.get(name) {
            return Value::str(v);
        }
        if let Some(v) = self.query.get(name) {
            return Value::str(v);
        }
        match self.headers.get(name) {
            Value::Null => Value::empty_str(),
            v => v,
        }
    }
}

fn path_arg(args: &[Value]) -> Result<&str, HostError> {
    match args {
        [Value::Str(s)] => Ok(s),
        _ => Err(HostError::NoSuchMember),
    }
}

impl HostObject for Input {
    fn class_name(&self) -> &'static str {
        "com.amazonaws.apigateway.Input"
    }

    fn property(&self, name: &str) -> Result<Value, HostError> {
        match name {
            "body" => Ok(Value::str(&self.body)),
            _ => Err(HostError::NoSuchMember),
        }
    }

    fn call(&self, name: &str, args: &[Value]) -> Result<Value, HostError> {
        match name {
            "getBody" if args.is_empty() => Ok(Value::str(&self.body)),
            "params" => match args {
                [] => Ok(self.params().clone()),
                [Value::Str(s)] => Ok(self.param(s)),
                _ => Err(HostError::NoSuchMember),
            },
            "path" => Ok(self
                .read(path_arg(args)?)
                .map_err(HostError::Threw)?
                .unwrap_or(Value::Null)),
            "json" => {
                let found = self.read(path_arg(args)?).map_err(HostError::Threw)?;
                let mut out = String::new();
                match found {
                    // No match: two quote characters, as LocalStack does (unverified on AWS).
                    None => out.push_str("\"\""),
                    Some(v) => write_json(&v, JsonStyle::LT_COMPRESS, &mut out),
                }
                Ok(Value::string(out))
            }
            _ => Err(HostError::NoSuchMember),
        }
    }

    /// Observed on AWS in 2015 (npm api-gateway-mapping-template): `$input` prints `{}`.
    fn to_java_string(&self) -> Option<String> {
        Some(String::from("{}"))
    }
}
