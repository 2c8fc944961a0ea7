//! The header map of `$input.params()`: looked up case-insensitively (HTTP header names),
//! printed and iterated in request order.

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

use crate::vtl::value::{HostError, HostObject, ListKind, Value};

/// Dropped from the client's request before anything reads it: templates (`$input.params`),
/// mappings (`method.request.header.*`), the Lambda proxy event and HTTP_PROXY forwarding all
/// see them as absent. REC: each is absent from the template output of
/// `header_remapping_aws[AWS]` (full), from the event of `[AWS_PROXY]` (no-param) and from what
/// httpbin received under `[HTTP_PROXY]` (no-param). `Content-Length`: the recorded client sent
/// none (a GET without a body); LS drops it, and AWS recomputes it for the backend.
const DROPPED_ON_ARRIVAL: &[&str] = &[
    "connection",
    "content-length",
    "content-md5",
    "expect",
    "max-forwards",
    "proxy-authenticate",
    "server",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "www-authenticate",
];

/// True for a header API Gateway drops from the client's request before the method request
/// (see [`DROPPED_ON_ARRIVAL`]; the recordings are named in `pipeline::header_filter`).
pub fn dropped_on_arrival(name: &str) -> bool {
    DROPPED_ON_ARRIVAL
        .iter()
        .any(|h| h.eq_ignore_ascii_case(name))
}

#[derive(Debug, Default)]
pub struct HeaderMap {
    entries: RefCell<IndexMap<String, Value>>,
}

impl HeaderMap {
    pub fn new(entries: IndexMap<String, Value>) -> Rc<HeaderMap> {
        Rc::new(HeaderMap {
            entries: RefCell::new(entries),
        })
    }

    fn find(&self, name: &str) -> Option<String> {
        self.entries
            .borrow()
            .keys()
            .find(|k| k.eq_ignore_ascii_case(name))
            .cloned()
    }

    pub fn get(&self, name: &str) -> Value {
        match self.find(name) {
            Some(k) => self
                .entries
                .borrow()
                .get(&k)
                .cloned()
                .unwrap_or(Value::Null),
            None => Value::Null,
        }
    }
}

fn text(v: &Value) -> Option<String> {
    crate::vtl::value::to_java_string(v)
}

impl HostObject for HeaderMap {
    fn class_name(&self) -> &'static str {
        "java.util.LinkedHashMap"
    }

    fn property(&self, name: &str) -> Result<Value, HostError> {
        Ok(self.get(name))
    }

    fn call(&self, name: &str, args: &[Value]) -> Result<Value, HostError> {
        let entries = || self.entries.borrow();
        Ok(match (name, args) {
            ("get", [k]) => text(k).map_or(Value::Null, |k| self.get(&k)),
            ("containsKey", [k]) => Value::Bool(text(k).and_then(|k| self.find(&k)).is_some()),
            ("keySet", []) => Value::new_list(
                ListKind::ArrayList,
                entries().keys().map(|k| Value::str(k)).collect(),
            ),
            ("values", []) => {
                Value::new_list(ListKind::ArrayList, entries().values().cloned().collect())
            }
            ("entrySet", []) => Value::new_list(
                ListKind::ArrayList,
                entries()
                    .iter()
                    .map(|(k, v)| Value::Entry(Rc::new((Value::str(k), v.clone()))))
                    .collect(),
            ),
            ("size", []) => Value::Int(entries().len() as i32),
            ("isEmpty", []) => Value::Bool(entries().is_empty()),
            ("put", [k, v]) => {
                let Some(k) = text(k) else {
                    return Ok(Value::Null);
                };
                let existing = self.find(&k);
                let mut e = self.entries.borrow_mut();
                let old = existing.and_then(|ek| e.shift_remove(&ek));
                e.insert(k, v.clone());
                old.unwrap_or(Value::Null)
            }
            ("remove", [k]) => match text(k).and_then(|k| self.find(&k)) {
                Some(k) => self
                    .entries
                    .borrow_mut()
                    .shift_remove(&k)
                    .unwrap_or(Value::Null),
                None => Value::Null,
            },
            ("toString", []) => self.to_java_string().map_or(Value::Null, Value::string),
            _ => return Err(HostError::NoSuchMember),
        })
    }

    fn to_java_string(&self) -> Option<String> {
        let mut out = String::from("{");
        for (i, (k, v)) in self.entries.borrow().iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(k);
            out.push('=');
            out.push_str(&text(v).unwrap_or_else(|| String::from("null")));
        }
        out.push('}');
        Some(out)
    }

    fn iterate(&self) -> Option<Vec<Value>> {
        Some(self.entries.borrow().values().cloned().collect())
    }
}
