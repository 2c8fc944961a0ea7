//! Temporary stand-in until the json-smart reader lands: strict JSON via serde_json.
use std::sync::Arc;

use crate::vtl::value::{ListKind, MapKind, Value};

#[derive(Debug, Clone)]
pub struct PayloadError {
    pub message: String,
    pub position: usize,
}

pub fn parse_payload(text: &str) -> Result<Value, PayloadError> {
    parse_json_value(text)
}

pub fn parse_json_value(text: &str) -> Result<Value, PayloadError> {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(v) => Ok(convert(&v)),
        Err(_) if !text.trim_start().starts_with(['{', '[', '"']) => Ok(Value::str(text)),
        Err(e) => Err(PayloadError {
            message: format!("Unexpected End Of File position {}: null", e.column()),
            position: 0,
        }),
    }
}

fn convert(v: &serde_json::Value) -> Value {
    use serde_json::Value as J;
    match v {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => i32::try_from(i).map_or(Value::Long(i), Value::Int),
            None => Value::Double(n.as_f64().unwrap_or(0.0)),
        },
        J::String(s) => Value::str(s),
        J::Array(a) => Value::new_list(ListKind::JsonArray, a.iter().map(convert).collect()),
        J::Object(m) => Value::new_map(
            MapKind::Linked,
            m.iter()
                .map(|(k, v)| (Arc::from(k.as_str()), convert(v)))
                .collect(),
        ),
    }
}
