//! Java `String` operations as Jayway 2.0.0's hand-written path compiler uses them, on `char`
//! slices, with the exceptions they throw (JDK 17 texts). The compiler leans on those
//! exceptions: a path that runs off the end of a fragment fails with
//! `StringIndexOutOfBoundsException`, and that text is what the user sees.
//!
//! Indices count `char`s; Java counts UTF-16 units. They differ only after a character outside
//! the Basic Multilingual Plane in a path, where index texts in messages would differ.

pub(super) const INVALID_PATH: &str = "com.jayway.jsonpath.InvalidPathException";
pub(super) const STRING_INDEX: &str = "java.lang.StringIndexOutOfBoundsException";
pub(super) const NUMBER_FORMAT: &str = "java.lang.NumberFormatException";
pub(super) const UNSUPPORTED: &str = "java.lang.UnsupportedOperationException";
pub(super) const EMPTY_STACK: &str = "java.util.EmptyStackException";
pub(super) const ILLEGAL_ARGUMENT: &str = "java.lang.IllegalArgumentException";
pub(super) const ILLEGAL_STATE: &str = "java.lang.IllegalStateException";
pub(super) const PATTERN_SYNTAX: &str = "java.util.regex.PatternSyntaxException";
pub(super) const NULL_POINTER: &str = "java.lang.NullPointerException";
pub(super) const CLASS_CAST: &str = "java.lang.ClassCastException";
pub(super) const JSON_PATH: &str = "com.jayway.jsonpath.JsonPathException";

/// A Java exception: its class and `getMessage()` (`None` for exceptions without one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct JavaError {
    pub(super) class: &'static str,
    pub(super) message: Option<String>,
}

impl JavaError {
    pub(super) fn new(class: &'static str, message: impl Into<String>) -> JavaError {
        JavaError {
            class,
            message: Some(message.into()),
        }
    }

    pub(super) fn invalid_path(message: impl Into<String>) -> JavaError {
        JavaError::new(INVALID_PATH, message)
    }

    /// `Throwable.toString()`.
    pub(super) fn to_java_string(&self) -> String {
        match &self.message {
            Some(m) => format!("{}: {m}", self.class),
            None => self.class.to_string(),
        }
    }

    /// `new InvalidPathException(cause)`: the message becomes `cause.toString()`.
    pub(super) fn wrapped(self) -> JavaError {
        JavaError::invalid_path(self.to_java_string())
    }
}

pub(super) type JResult<T> = Result<T, JavaError>;

/// `s.charAt(i)`.
pub(super) fn char_at(s: &[char], i: isize) -> JResult<char> {
    usize::try_from(i)
        .ok()
        .and_then(|u| s.get(u).copied())
        .ok_or_else(|| JavaError::new(STRING_INDEX, format!("String index out of range: {i}")))
}

/// `s.substring(begin, end)`.
pub(super) fn substring(s: &[char], begin: isize, end: isize) -> JResult<&[char]> {
    let len = s.len() as isize;
    if begin < 0 || begin > end || end > len {
        return Err(JavaError::new(
            STRING_INDEX,
            format!("begin {begin}, end {end}, length {len}"),
        ));
    }
    Ok(&s[begin as usize..end as usize])
}

/// `s.trim()`: strips characters `<= ' '`.
pub(super) fn trim(s: &[char]) -> &[char] {
    let start = s.iter().position(|&c| c > ' ').unwrap_or(s.len());
    let end = s.iter().rposition(|&c| c > ' ').map_or(start, |e| e + 1);
    &s[start..end.max(start)]
}

pub(super) fn starts_with(s: &[char], prefix: &str) -> bool {
    let p: Vec<char> = prefix.chars().collect();
    s.starts_with(&p)
}

pub(super) fn ends_with(s: &[char], suffix: &str) -> bool {
    let p: Vec<char> = suffix.chars().collect();
    s.ends_with(&p)
}

/// `s.indexOf(needle)`.
pub(super) fn index_of(s: &[char], needle: &str) -> Option<usize> {
    let n: Vec<char> = needle.chars().collect();
    if n.is_empty() {
        return Some(0);
    }
    s.windows(n.len()).position(|w| w == n.as_slice())
}

pub(super) fn text(s: &[char]) -> String {
    s.iter().collect()
}

/// `Integer.parseInt(s)`: optional sign, ASCII digits, within `int` range.
pub(super) fn parse_int(s: &[char]) -> JResult<i32> {
    let t = text(s);
    let body = t.strip_prefix(['-', '+']).unwrap_or(&t);
    let valid = !body.is_empty() && body.chars().all(|c| c.is_ascii_digit());
    match t.parse::<i32>() {
        Ok(v) if valid => Ok(v),
        _ => Err(JavaError::new(
            NUMBER_FORMAT,
            format!("For input string: \"{t}\""),
        )),
    }
}
