//! `java.util.List` (and arrays, which Velocity 1.7 wraps as lists) and `java.util.Map`.

use std::rc::Rc;
use std::sync::Arc;

use super::{int_arg, MemberError, MemberResult};
use crate::vtl::java::string::JavaException;
use crate::vtl::value::{java_equals, to_java_string, ListKind, Value};

fn out_of_bounds(index: i64, len: usize) -> MemberError {
    MemberError::Threw(JavaException::new(
        "java.lang.IndexOutOfBoundsException",
        format!("Index {index} out of bounds for length {len}"),
    ))
}

pub(super) fn list_call(receiver: &Value, name: &str, args: &[Value]) -> MemberResult {
    let Value::List(list) = receiver else {
        return Err(MemberError::NotFound);
    };
    let fixed = list.borrow().kind == ListKind::StringArray;
    let len = list.borrow().items.len();
    let v = match (name, args) {
        ("size", []) => Value::Int(len as i32),
        ("isEmpty", []) => Value::Bool(len == 0),
        ("get", [i]) => {
            let idx = int_arg(i).ok_or(MemberError::NotFound)? as i64;
            if idx < 0 || idx >= len as i64 {
                return Err(out_of_bounds(idx, len));
            }
            list.borrow().items[idx as usize].clone()
        }
        ("contains", [x]) => Value::Bool(list.borrow().items.iter().any(|v| java_equals(v, x))),
        ("indexOf", [x]) => Value::Int(
            list.borrow()
                .items
                .iter()
                .position(|v| java_equals(v, x))
                .map_or(-1, |i| i as i32),
        ),
        ("lastIndexOf", [x]) => Value::Int(
            list.borrow()
                .items
                .iter()
                .rposition(|v| java_equals(v, x))
                .map_or(-1, |i| i as i32),
        ),
        ("containsAll", [Value::List(other)]) => {
            let other = other.borrow().items.clone();
            let items = &list.borrow().items;
            Value::Bool(
                other
                    .iter()
                    .all(|x| items.iter().any(|v| java_equals(v, x))),
            )
        }
        ("hashCode", []) => Value::Int(list.borrow().items.iter().fold(1i32, |h, v| {
            h.wrapping_mul(31).wrapping_add(match v {
                Value::Null => 0,
                v => crate::vtl::methods::objects::hash_code(v),
            })
        })),
        ("toArray", []) => Value::new_list(ListKind::ArrayList, list.borrow().items.clone()),
        _ if fixed => return Err(MemberError::NotFound),
        ("add", [x]) => {
            list.borrow_mut().items.push(x.clone());
            Value::Bool(true)
        }
        ("add", [i, x]) => {
            let i = int_arg(i).ok_or(MemberError::NotFound)? as i64;
            if i < 0 || i > len as i64 {
                return Err(out_of_bounds(i, len));
            }
            list.borrow_mut().items.insert(i as usize, x.clone());
            Value::Null
        }
        ("addAll", [Value::List(other)]) => {
            let items = other.borrow().items.clone();
            let changed = !items.is_empty();
            list.borrow_mut().items.extend(items);
            Value::Bool(changed)
        }
        ("set", [i, x]) => {
            let i = int_arg(i).ok_or(MemberError::NotFound)? as i64;
            let idx = if i < 0 { i + len as i64 } else { i };
            if idx < 0 || idx >= len as i64 {
                return Err(out_of_bounds(idx, len));
            }
            std::mem::replace(&mut list.borrow_mut().items[idx as usize], x.clone())
        }
        ("remove", [Value::Int(i)]) => {
            let i = *i as i64;
            if i < 0 || i >= len as i64 {
                return Err(out_of_bounds(i, len));
            }
            list.borrow_mut().items.remove(i as usize)
        }
        ("remove", [x]) => {
            let pos = list.borrow().items.iter().position(|v| java_equals(v, x));
            match pos {
                Some(p) => {
                    list.borrow_mut().items.remove(p);
                    Value::Bool(true)
                }
                None => Value::Bool(false),
            }
        }
        ("clear", []) => {
            list.borrow_mut().items.clear();
            Value::Null
        }
        ("removeAll", [Value::List(other)]) => {
            let other = other.borrow().items.clone();
            let before = len;
            list.borrow_mut()
                .items
                .retain(|v| !other.iter().any(|x| java_equals(v, x)));
            Value::Bool(list.borrow().items.len() != before)
        }
        ("subList", [a, b]) => {
            let (Some(a), Some(b)) = (int_arg(a), int_arg(b)) else {
                return Err(MemberError::NotFound);
            };
            if a < 0 || b as i64 > len as i64 || a > b {
                return Err(MemberError::Threw(JavaException::new(
                    "java.lang.IndexOutOfBoundsException",
                    format!("fromIndex: {a}, toIndex: {b}, size: {len}"),
                )));
            }
            let kind = list.borrow().kind;
            Value::new_list(kind, list.borrow().items[a as usize..b as usize].to_vec())
        }
        ("toJSONString", []) if list.borrow().kind == ListKind::JsonArray => {
            Value::string(to_java_string(receiver).unwrap_or_default())
        }
        _ => return Err(MemberError::NotFound),
    };
    Ok(v)
}

fn key_text(k: &Value) -> String {
    to_java_string(k).unwrap_or_else(|| String::from("null"))
}

pub(super) fn map_call(receiver: &Value, name: &str, args: &[Value]) -> MemberResult {
    let Value::Map(map) = receiver else {
        return Err(MemberError::NotFound);
    };
    let v = match (name, args) {
        ("get", [k]) => map
            .borrow()
            .entries
            .get(key_text(k).as_str())
            .cloned()
            .unwrap_or(Value::Null),
        ("getOrDefault", [k, d]) => map
            .borrow()
            .entries
            .get(key_text(k).as_str())
            .cloned()
            .unwrap_or_else(|| d.clone()),
        ("put", [k, v]) => map
            .borrow_mut()
            .entries
            .insert(Arc::from(key_text(k)), v.clone())
            .unwrap_or(Value::Null),
        ("putAll", [Value::Map(other)]) => {
            let entries: Vec<_> = other
                .borrow()
                .entries
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            map.borrow_mut().entries.extend(entries);
            Value::Null
        }
        // LinkedHashMap.remove keeps the order of the other entries.
        ("remove", [k]) => map
            .borrow_mut()
            .entries
            .shift_remove(key_text(k).as_str())
            .unwrap_or(Value::Null),
        ("containsKey", [k]) => {
            Value::Bool(map.borrow().entries.contains_key(key_text(k).as_str()))
        }
        ("containsValue", [x]) => {
            Value::Bool(map.borrow().entries.values().any(|v| java_equals(v, x)))
        }
        ("keySet", []) => Value::new_list(
            ListKind::ArrayList,
            map.borrow()
                .entries
                .keys()
                .map(|k| Value::Str(k.clone()))
                .collect(),
        ),
        ("values", []) => Value::new_list(
            ListKind::ArrayList,
            map.borrow().entries.values().cloned().collect(),
        ),
        ("entrySet", []) => Value::new_list(
            ListKind::ArrayList,
            map.borrow()
                .entries
                .iter()
                .map(|(k, v)| Value::Entry(Rc::new((Value::Str(k.clone()), v.clone()))))
                .collect(),
        ),
        ("size", []) => Value::Int(map.borrow().entries.len() as i32),
        ("isEmpty", []) => Value::Bool(map.borrow().entries.is_empty()),
        ("clear", []) => {
            map.borrow_mut().entries.clear();
            Value::Null
        }
        ("toJSONString", []) => {
            let mut s = String::new();
            crate::vtl::value::write_json(
                receiver,
                crate::vtl::value::JsonStyle::JSON_ARRAY_TO_STRING,
                &mut s,
            );
            Value::string(s)
        }
        _ => return Err(MemberError::NotFound),
    };
    Ok(v)
}
