//! Path functions (`.length()`, `.min()`, ...), which Jayway has only from 2.1 on. Off by
//! default: Jayway 2.0.0 reads `$.a.length()` as a property named `length()`. Which version
//! API Gateway runs is not known, and no 2.1+ oracle was available, so these follow the
//! documented 2.x behaviour (aggregates over the numbers of an array, as a `Double`) rather
//! than a measured one.

use super::eval::java_text;
use super::jstr::{JavaError, JSON_PATH};
use crate::vtl::java::string::utf16_len;
use crate::vtl::value::{ListKind, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Function {
    Length,
    Size,
    Min,
    Max,
    Avg,
    Stddev,
    Sum,
}

impl Function {
    pub(super) fn from_name(name: &str) -> Option<Function> {
        Some(match name {
            "length" => Function::Length,
            "size" => Function::Size,
            "min" => Function::Min,
            "max" => Function::Max,
            "avg" => Function::Avg,
            "stddev" => Function::Stddev,
            "sum" => Function::Sum,
            _ => return None,
        })
    }

    pub(super) fn name(self) -> &'static str {
        match self {
            Function::Length => "length",
            Function::Size => "size",
            Function::Min => "min",
            Function::Max => "max",
            Function::Avg => "avg",
            Function::Stddev => "stddev",
            Function::Sum => "sum",
        }
    }
}

/// Applies `f` to the value the path reached.
pub(super) fn apply_function(f: Function, model: &Value) -> Result<Value, JavaError> {
    match f {
        Function::Length | Function::Size => length(model),
        _ => aggregate(f, &numbers(model)),
    }
}

/// `JsonProvider.length`: list size, map size, or string length.
fn length(model: &Value) -> Result<Value, JavaError> {
    let n = match model {
        Value::List(l) if l.borrow().kind != ListKind::StringArray => l.borrow().items.len(),
        Value::Map(m) => m.borrow().entries.len(),
        Value::Str(s) => utf16_len(s),
        other => {
            return Err(JavaError::new(
                JSON_PATH,
                format!("length operation can not applied to {}", java_text(other)),
            ))
        }
    };
    Ok(Value::Int(i32::try_from(n).unwrap_or(i32::MAX)))
}

/// The numbers among the elements of a list.
fn numbers(model: &Value) -> Vec<f64> {
    let Value::List(l) = model else {
        return Vec::new();
    };
    l.borrow()
        .items
        .iter()
        .filter_map(|v| v.as_number().map(|n| n.as_f64()))
        .collect()
}

fn aggregate(f: Function, xs: &[f64]) -> Result<Value, JavaError> {
    if xs.is_empty() {
        return Err(JavaError::new(
            JSON_PATH,
            "Aggregation function attempted to calculate value using empty array",
        ));
    }
    let n = xs.len() as f64;
    let sum: f64 = xs.iter().sum();
    let v = match f {
        Function::Min => xs.iter().copied().fold(f64::INFINITY, f64::min),
        Function::Max => xs.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        Function::Avg => sum / n,
        Function::Stddev => {
            let squares: f64 = xs.iter().map(|x| x * x).sum();
            (squares / n - (sum / n) * (sum / n)).sqrt()
        }
        _ => sum,
    };
    Ok(Value::Double(v))
}
