//! Java methods and properties on engine values, resolved the way Velocity 1.7's introspector
//! resolves them (`UberspectImpl`): `$a.b` tries `getB()`, then `Map.get("b")`, then
//! `isB()`; a method that does not exist for the receiver and argument types is "not found"
//! (the reference is null), while one that throws fails the render.

mod collections;
pub(super) mod objects;
mod strings;

use crate::vtl::java::string::JavaException;
use crate::vtl::settings::Limits;
use crate::vtl::value::{to_java_string, HostError, Value};

/// Why a member access produced no value.
#[derive(Debug)]
pub(crate) enum MemberError {
    /// No such method or property for these argument types: the reference is null.
    NotFound,
    /// The Java method threw.
    Threw(JavaException),
    /// A limit was hit (regex backtracking, collection size).
    Limit(&'static str, usize),
}

impl From<JavaException> for MemberError {
    fn from(e: JavaException) -> Self {
        MemberError::Threw(e)
    }
}

impl From<HostError> for MemberError {
    fn from(e: HostError) -> Self {
        match e {
            HostError::NoSuchMember => MemberError::NotFound,
            HostError::Threw(e) => MemberError::Threw(e),
        }
    }
}

pub(crate) type MemberResult = Result<Value, MemberError>;

/// `$receiver.name`.
pub(crate) fn property(receiver: &Value, name: &str) -> MemberResult {
    // `getClass()` is found before `Map.get("class")` (PropertyExecutor comes first).
    if name == "class" && !matches!(receiver, Value::Host(_) | Value::Define(_)) {
        return Ok(Value::string(format!("class {}", receiver.type_name())));
    }
    match receiver {
        Value::Map(m) => Ok(m.borrow().entries.get(name).cloned().unwrap_or(Value::Null)),
        Value::Host(h) => Ok(h.property(name)?),
        Value::Entry(e) => match name {
            "key" => Ok(e.0.clone()),
            "value" => Ok(e.1.clone()),
            _ => Err(MemberError::NotFound),
        },
        Value::Foreach(_) => objects::foreach_member(receiver, name),
        Value::Str(s) => match name {
            "empty" => Ok(Value::Bool(s.is_empty())),
            "blank" => Ok(Value::Bool(s.chars().all(char::is_whitespace))),
            _ => Err(MemberError::NotFound),
        },
        Value::List(l) => match name {
            "empty" => Ok(Value::Bool(l.borrow().items.is_empty())),
            _ => Err(MemberError::NotFound),
        },
        Value::Double(d) => match name {
            "naN" | "NaN" => Ok(Value::Bool(d.is_nan())),
            "infinite" => Ok(Value::Bool(d.is_infinite())),
            _ => Err(MemberError::NotFound),
        },
        _ => Err(MemberError::NotFound),
    }
}

/// `$receiver.name(args)`.
pub(crate) fn call(receiver: &Value, name: &str, args: &[Value], limits: &Limits) -> MemberResult {
    let specific = match receiver {
        Value::Str(s) => strings::call(s, name, args, limits),
        Value::List(_) => collections::list_call(receiver, name, args),
        Value::Map(_) => collections::map_call(receiver, name, args),
        Value::Host(h) => return Ok(h.call(name, args)?),
        Value::Foreach(_) if args.is_empty() => objects::foreach_member(receiver, name),
        Value::Entry(e) => match (name, args) {
            ("getKey", []) => Ok(e.0.clone()),
            ("getValue", []) => Ok(e.1.clone()),
            _ => Err(MemberError::NotFound),
        },
        _ => objects::scalar_call(receiver, name, args),
    };
    match specific {
        Err(MemberError::NotFound) => objects::object_call(receiver, name, args),
        other => other,
    }
}

/// `$receiver[key]`: lists and arrays by (possibly negative) integer, maps by key, anything
/// else through a `get(key)` method.
pub(crate) fn index(receiver: &Value, key: &Value) -> MemberResult {
    match receiver {
        Value::List(l) => {
            // ASTIndex counts a negative index from the end before calling get().
            let key = match key {
                Value::Int(i) if *i < 0 => Value::Int(i + l.borrow().items.len() as i32),
                other => other.clone(),
            };
            collections::list_call(receiver, "get", std::slice::from_ref(&key)).or_else(|e| match e
            {
                MemberError::NotFound => Ok(Value::Null),
                e => Err(e),
            })
        }
        Value::Map(m) => {
            let k = to_java_string(key).unwrap_or_default();
            Ok(m.borrow()
                .entries
                .get(k.as_str())
                .cloned()
                .unwrap_or(Value::Null))
        }
        Value::Host(h) => Ok(h.call("get", std::slice::from_ref(key))?),
        _ => Err(MemberError::NotFound),
    }
}

/// `#set($base.key = value)` (`by_index` false) or `#set($base[key] = value)`.
pub(crate) fn assign(
    base: &Value,
    key: &Value,
    value: Value,
    by_index: bool,
) -> Result<(), MemberError> {
    match base {
        Value::Map(m) => {
            let k = to_java_string(key).unwrap_or_else(|| String::from("null"));
            m.borrow_mut().entries.insert(k.into(), value);
            Ok(())
        }
        Value::List(_) if by_index => {
            collections::list_call(base, "set", &[key.clone(), value]).map(|_| ())
        }
        Value::Host(h) => {
            h.call("put", &[key.clone(), value])?;
            Ok(())
        }
        _ => Err(MemberError::NotFound),
    }
}

/// An `int` parameter: Velocity 1.7 passes Integer (and the narrower boxes) to `int`, but
/// not Long or Double, so those calls find no method.
pub(crate) fn int_arg(v: &Value) -> Option<i32> {
    match v {
        Value::Int(i) => Some(*i),
        _ => None,
    }
}

pub(crate) fn str_arg(v: &Value) -> Option<&str> {
    match v {
        Value::Str(s) => Some(s),
        _ => None,
    }
}
