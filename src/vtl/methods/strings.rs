//! `java.lang.String` methods. Indices are UTF-16 units, as in Java.

use super::{int_arg, str_arg, MemberError, MemberResult};
use crate::vtl::java::regex::{JavaRegex, RegexError};
use crate::vtl::java::string as js;
use crate::vtl::java::string::JavaException;
use crate::vtl::settings::Limits;
use crate::vtl::value::{ListKind, Str, Value};

pub(super) fn call(s: &Str, name: &str, args: &[Value], limits: &Limits) -> MemberResult {
    let v = match (name, args) {
        ("length", []) => Value::Int(js::utf16_len(s) as i32),
        ("isEmpty", []) => Value::Bool(s.is_empty()),
        ("isBlank", []) => Value::Bool(s.chars().all(char::is_whitespace)),
        ("charAt", [i]) => {
            let i = int_arg(i).ok_or(MemberError::NotFound)?;
            Value::string(js::char_at(s, i)?.to_string())
        }
        ("substring", [b]) => {
            let b = int_arg(b).ok_or(MemberError::NotFound)?;
            Value::string(js::substring(s, b, None)?)
        }
        ("substring", [b, e]) => {
            let (b, e) = (int_arg(b), int_arg(e));
            let (Some(b), Some(e)) = (b, e) else {
                return Err(MemberError::NotFound);
            };
            Value::string(js::substring(s, b, Some(e))?)
        }
        ("indexOf", [needle]) => Value::Int(js::index_of(s, &needle_text(needle)?, 0)),
        ("indexOf", [needle, from]) => {
            let from = int_arg(from).ok_or(MemberError::NotFound)?;
            Value::Int(js::index_of(s, &needle_text(needle)?, from))
        }
        ("lastIndexOf", [needle]) => Value::Int(js::last_index_of(s, &needle_text(needle)?, None)),
        ("lastIndexOf", [needle, from]) => {
            let from = int_arg(from).ok_or(MemberError::NotFound)?;
            Value::Int(js::last_index_of(s, &needle_text(needle)?, Some(from)))
        }
        ("contains", [x]) => Value::Bool(s.contains(str_arg(x).ok_or(MemberError::NotFound)?)),
        ("startsWith", [x]) => Value::Bool(s.starts_with(str_arg(x).ok_or(MemberError::NotFound)?)),
        ("startsWith", [x, from]) => {
            let x = str_arg(x).ok_or(MemberError::NotFound)?;
            let from = int_arg(from).ok_or(MemberError::NotFound)?;
            let len = js::utf16_len(s) as i32;
            Value::Bool(
                from >= 0
                    && from <= len
                    && js::utf16_slice_lossy(s, from as usize, len as usize).starts_with(x),
            )
        }
        ("endsWith", [x]) => Value::Bool(s.ends_with(str_arg(x).ok_or(MemberError::NotFound)?)),
        ("equalsIgnoreCase", [x]) => Value::Bool(match x {
            Value::Str(x) => js::equals_ignore_case(s, x),
            _ => false,
        }),
        ("compareTo", [x]) => {
            Value::Int(js::compare_to(s, str_arg(x).ok_or(MemberError::NotFound)?))
        }
        ("compareToIgnoreCase", [x]) => Value::Int(js::compare_to_ignore_case(
            s,
            str_arg(x).ok_or(MemberError::NotFound)?,
        )),
        ("trim", []) => Value::str(js::java_trim(s)),
        ("strip", []) => Value::str(s.trim()),
        ("toUpperCase", []) => Value::string(js::to_upper_case(s)),
        ("toLowerCase", []) => Value::string(js::to_lower_case(s)),
        ("concat", [x]) => {
            let x = str_arg(x).ok_or(MemberError::NotFound)?;
            Value::string(format!("{s}{x}"))
        }
        ("replace", [a, b]) => {
            let (Some(a), Some(b)) = (str_arg(a), str_arg(b)) else {
                return Err(MemberError::NotFound);
            };
            Value::string(js::replace_literal(s, a, b))
        }
        ("replaceAll", [re, rep]) => {
            let (re, rep) = regex_args(re, rep)?;
            Value::string(
                regex(re, limits)?
                    .replace_all(s, rep)
                    .map_err(regex_error)?,
            )
        }
        ("replaceFirst", [re, rep]) => {
            let (re, rep) = regex_args(re, rep)?;
            Value::string(
                regex(re, limits)?
                    .replace_first(s, rep)
                    .map_err(regex_error)?,
            )
        }
        ("matches", [re]) => {
            let re = str_arg(re).ok_or(MemberError::NotFound)?;
            Value::Bool(regex(re, limits)?.is_match_whole(s).map_err(regex_error)?)
        }
        ("split", [re]) => {
            let re = str_arg(re).ok_or(MemberError::NotFound)?;
            string_array(regex(re, limits)?.split(s).map_err(regex_error)?)
        }
        ("split", [re, limit]) => {
            let re = str_arg(re).ok_or(MemberError::NotFound)?;
            let limit = int_arg(limit).ok_or(MemberError::NotFound)?;
            string_array(
                regex(re, limits)?
                    .split_limit(s, limit)
                    .map_err(regex_error)?,
            )
        }
        ("toString", []) | ("intern", []) => Value::Str(s.clone()),
        ("codePointAt", [i]) => {
            let i = int_arg(i).ok_or(MemberError::NotFound)?;
            let c = js::char_at(s, i)?;
            // At the first half of a surrogate pair Java returns the whole code point.
            let rest = js::utf16_slice_lossy(s, i as usize, js::utf16_len(s));
            Value::Int(
                rest.chars()
                    .next()
                    .filter(|_| c == '?')
                    .map_or(c as i32, |r| r as i32),
            )
        }
        _ => return Err(MemberError::NotFound),
    };
    Ok(v)
}

/// `indexOf(String)` or `indexOf(int ch)`.
fn needle_text(v: &Value) -> Result<String, MemberError> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        Value::Int(c) => char::from_u32(*c as u32)
            .map(String::from)
            .ok_or(MemberError::NotFound),
        _ => Err(MemberError::NotFound),
    }
}

fn regex_args<'v>(re: &'v Value, rep: &'v Value) -> Result<(&'v str, &'v str), MemberError> {
    match (str_arg(re), str_arg(rep)) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(MemberError::NotFound),
    }
}

fn regex(pattern: &str, limits: &Limits) -> Result<JavaRegex, MemberError> {
    JavaRegex::cached(pattern, limits.regex_backtrack_limit).map_err(regex_error)
}

fn regex_error(e: RegexError) -> MemberError {
    let m = e.message;
    if m.contains("backtracking limit") {
        return MemberError::Limit("regex_backtrack_limit", 0);
    }
    // Which exception Java throws: replacement-string errors come from Matcher, the rest
    // from Pattern.compile.
    let class = if m.starts_with("No group") {
        "java.lang.IndexOutOfBoundsException"
    } else if m.starts_with("Illegal group reference") || m.starts_with("character to be escaped") {
        "java.lang.IllegalArgumentException"
    } else {
        "java.util.regex.PatternSyntaxException"
    };
    MemberError::Threw(JavaException::new(class, m))
}

fn string_array(parts: Vec<String>) -> Value {
    Value::new_list(
        ListKind::StringArray,
        parts.into_iter().map(Value::string).collect(),
    )
}
