//! `$context`: AWS's key set and defaults, merged with the request file's `context`.

use std::sync::Arc;

use serde_json::Value as Json;

use super::hash_order::{insert_in_hashmap_order, sort_in_hashmap_order};
use super::request::Request;
use crate::vtl::value::Entries;
use crate::vtl::value::{to_java_string, MapKind, Value};

/// The default `$context`, with a fixed requestId and requestTime so golden files are stable.
/// Key set and order: AWS's own `$context.keySet()` and `$context.identity.keySet()`, recorded
/// in LocalStack's parity test `test_sqs_amz_json_protocol` against real AWS (copied from
/// shared/tools/oracle/context-defaults.json). `null` fields are computed from the request.
pub const DEFAULTS: &str = r#"{
  "resourceId": "r3s0u7",
  "resourcePath": null,
  "httpMethod": null,
  "extendedRequestId": "AbCdEfGhIjKlMnO=",
  "requestTime": "10/Mar/2025:12:00:00 +0000",
  "path": null,
  "accountId": "123456789012",
  "protocol": "HTTP/1.1",
  "requestOverride": {"path": {}, "header": {}, "querystring": {}},
  "stage": "dev",
  "domainPrefix": "a1b2c3d4e5",
  "requestTimeEpoch": 1741608000000,
  "requestId": "11111111-2222-3333-4444-555555555555",
  "identity": {
    "cognitoIdentityPoolId": null,
    "accountId": null,
    "cognitoIdentityId": null,
    "caller": null,
    "sourceIp": "203.0.113.10",
    "principalOrgId": null,
    "accessKey": null,
    "cognitoAuthenticationType": null,
    "cognitoAuthenticationProvider": null,
    "userArn": null,
    "userAgent": null,
    "user": null
  },
  "domainName": "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com",
  "deploymentId": "d1e2f3",
  "responseOverride": {"header": {}},
  "apiId": "a1b2c3d4e5"
}"#;

/// Builds `$context` for a request.
///
/// - The top map is a `java.util.HashMap`: it prints `{k=v, ...}` in hash order.
/// - Every map nested in it (identity, requestOverride, authorizer, claims...) prints as
///   nothing while its members work: AWS printed `$context.get('identity')` and
///   `$context.requestOverride.get('path')` as "" (`test_sqs_amz_json_protocol`), and the AWS
///   docs say "Calling `$context.authorizer.claims` returns null".
/// - Lambda authorizer values are stringified (AWS docs: "the stringified value").
pub fn build_context(request: &Request) -> Value {
    Seed {
        over: request.context.as_ref(),
        method: request.method(),
        resource_path: request.resource_path(),
        actual_path: &request.actual_path(),
        user_agent: request.header("User-Agent"),
    }
    .build()
}

/// What `$context` takes from a request, owned, so the value can be built later (on the
/// template's first read of `$context`) without keeping the request borrowed.
pub struct ContextSeed {
    over: Option<serde_json::Map<String, Json>>,
    method: String,
    resource_path: String,
    actual_path: String,
    user_agent: Option<String>,
}

impl ContextSeed {
    pub fn new(request: &Request) -> ContextSeed {
        ContextSeed {
            over: request.context.clone(),
            method: request.method().to_string(),
            resource_path: request.resource_path().to_string(),
            actual_path: request.actual_path(),
            user_agent: request.header("User-Agent").map(str::to_string),
        }
    }

    pub fn build(&self) -> Value {
        Seed {
            over: self.over.as_ref(),
            method: &self.method,
            resource_path: &self.resource_path,
            actual_path: &self.actual_path,
            user_agent: self.user_agent.as_deref(),
        }
        .build()
    }
}

/// What `$context` takes from a request, borrowed.
struct Seed<'a> {
    over: Option<&'a serde_json::Map<String, Json>>,
    method: &'a str,
    resource_path: &'a str,
    actual_path: &'a str,
    user_agent: Option<&'a str>,
}

impl Seed<'_> {
    fn build(&self) -> Value {
        thread_local! {
            // The defaults converted once per thread; each render works on a deep copy.
            static CONVERTED: Value = convert(defaults(), true);
        }
        let value = CONVERTED.with(Value::deep_clone);
        if let Some(over) = self.over {
            merge(&value, over);
        }
        self.computed(&value);
        let mut value = value;
        stringify_authorizer(&mut value);
        value
    }

    /// Fields computed from the request when the defaults and the request file leave them null.
    fn computed(&self, context: &Value) {
        let Value::Map(m) = context else { return };
        let mut m = m.borrow_mut();
        fill(&mut m.entries, "httpMethod", || Value::str(self.method));
        fill(&mut m.entries, "resourcePath", || {
            Value::str(self.resource_path)
        });
        let stage = m
            .entries
            .get("stage")
            .and_then(to_java_string)
            .unwrap_or_else(|| String::from("null"));
        fill(&mut m.entries, "path", || {
            let mut path = String::with_capacity(1 + stage.len() + self.actual_path.len());
            path.push('/');
            path.push_str(&stage);
            path.push_str(self.actual_path);
            Value::string(path)
        });
        if let (Some(Value::Map(identity)), Some(ua)) =
            (m.entries.get("identity").cloned(), self.user_agent)
        {
            fill(&mut identity.borrow_mut().entries, "userAgent", || {
                Value::str(ua)
            });
        }
    }
}

/// Sets `key` to `value()` unless the map already holds a non-null value there.
fn fill(entries: &mut Entries, key: &str, value: impl FnOnce() -> Value) {
    match entries.get_mut(key) {
        Some(slot) if slot.is_null() => *slot = value(),
        Some(_) => {}
        None => {
            entries.insert(Arc::from(key), value());
        }
    }
}

/// Deep-merges the request file's `context` into the context map, keeping every map's
/// HashMap iteration order.
fn merge(base: &Value, over: &serde_json::Map<String, Json>) {
    let Value::Map(m) = base else { return };
    for (k, v) in over {
        let existing = m.borrow().entries.get(k.as_str()).cloned();
        if let (Some(inner @ Value::Map(_)), Json::Object(o)) = (existing, v) {
            merge(&inner, o);
            continue;
        }
        let value = convert(v, false);
        let entries = &mut m.borrow_mut().entries;
        match entries.get_mut(k.as_str()) {
            Some(slot) => *slot = value,
            None => insert_in_hashmap_order(entries, Arc::from(k.as_str()), value),
        }
    }
}

/// The parsed defaults, shared by every render.
fn defaults() -> &'static Json {
    static DEFAULT_CONTEXT: std::sync::OnceLock<Json> = std::sync::OnceLock::new();
    DEFAULT_CONTEXT.get_or_init(|| serde_json::from_str(DEFAULTS).unwrap_or(Json::Null))
}

/// JSON → Java objects: maps in HashMap order, nested ones opaque.
fn convert(v: &Json, top: bool) -> Value {
    match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => {
            if let Some(i) = n.as_i64() {
                match i32::try_from(i) {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::Long(i),
                }
            } else if n.is_u64() {
                Value::BigInt(Arc::from(n.to_string()))
            } else {
                Value::Double(n.as_f64().unwrap_or(0.0))
            }
        }
        Json::String(s) => Value::str(s),
        Json::Array(items) => Value::new_list(
            crate::vtl::value::ListKind::ArrayList,
            items.iter().map(|x| convert(x, false)).collect(),
        ),
        Json::Object(m) => {
            let mut entries: Entries = m
                .iter()
                .map(|(k, v)| (Arc::from(k.as_str()), convert(v, false)))
                .collect();
            sort_in_hashmap_order(&mut entries);
            let kind = if top {
                MapKind::Linked
            } else {
                MapKind::Opaque
            };
            Value::new_map(kind, entries)
        }
    }
}

fn stringify_authorizer(context: &mut Value) {
    let Value::Map(m) = context else { return };
    let Some(Value::Map(auth)) = m.borrow().entries.get("authorizer").cloned() else {
        return;
    };
    let stringify = |v: &mut Value| {
        if !matches!(
            v,
            Value::Null | Value::Map(_) | Value::List(_) | Value::Str(_)
        ) {
            if let Some(s) = crate::vtl::value::to_java_string(v) {
                *v = Value::string(s);
            }
        }
    };
    for v in auth.borrow_mut().entries.values_mut() {
        if let Value::Map(inner) = v {
            for iv in inner.borrow_mut().entries.values_mut() {
                stringify(iv);
            }
        } else {
            stringify(v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cached_path_equals_the_general_path() {
        let mut r = Request {
            method: Some("PUT".into()),
            headers: [("User-Agent".to_string(), vec!["ua/1".to_string()])]
                .into_iter()
                .collect(),
            ..Request::default()
        };
        let fast = to_java_string(&build_context(&r));
        r.context = Some(serde_json::Map::new());
        let general = to_java_string(&build_context(&r));
        assert_eq!(fast, general);
        let Value::Map(m) = build_context(&r) else {
            panic!("context is a map")
        };
        let id = m.borrow().entries["identity"].clone();
        let Value::Map(id) = id else {
            panic!("identity is a map")
        };
        assert_eq!(
            to_java_string(&id.borrow().entries["userAgent"]).as_deref(),
            Some("ua/1")
        );
    }

    #[test]
    fn defaults_parse_and_computed_fields_fill_in() {
        assert!(defaults().is_object());
        let r = Request {
            method: Some("POST".into()),
            resource_path: Some("/pets/{id}".into()),
            path: [("id".to_string(), "7".to_string())].into_iter().collect(),
            ..Request::default()
        };
        let Value::Map(m) = build_context(&r) else {
            panic!("context is a map")
        };
        let m = m.borrow();
        assert_eq!(
            crate::vtl::value::to_java_string(&m.entries["path"]).as_deref(),
            Some("/dev/pets/7")
        );
        assert_eq!(
            crate::vtl::value::to_java_string(&m.entries["httpMethod"]).as_deref(),
            Some("POST")
        );
    }
}
