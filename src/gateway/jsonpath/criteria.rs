//! Jayway 2.0.0 `Filter.parse`, `Criteria.parse` and `Criteria.create`: the text of a
//! `[?(...)]` filter becomes criteria joined by `&&`/`||`.
//!
//! The 2.0.0 grammar is small: a criterion is `left op right` with the first operator found
//! among `==`, `>=`, `<=`, `!=`, `<`, `>`, `=~` (searched in that order, anywhere in the
//! text), or a lone path (an existence test, `!@.x` negated). Operands starting with `$`/`@`
//! are paths, `'...'` strings, `/.../` or `/.../i` regexes; anything else is kept as raw text
//! (`10`, `true`, `null`, `"x"` with its double quotes). There is no `in`, `nin`, `empty`,
//! nor grouping: parentheses are only trimmed off the ends of each criterion.

use std::fmt;

use super::compile::compile;
use super::jstr::{
    char_at, ends_with, index_of, starts_with, substring, text, trim, JResult, JavaError,
    EMPTY_STACK, PATTERN_SYNTAX, UNSUPPORTED,
};
use super::token::Path;
use super::Dialect;
use crate::vtl::java::regex::JavaRegex;
use crate::vtl::value::Value;

/// Backtracking budget for `=~` (Java has none; it would hang instead).
const REGEX_BACKTRACK_LIMIT: usize = 1_000_000;

/// `Filter`: `SingleFilter`, `AndFilter`, `OrFilter`.
#[derive(Debug)]
pub(super) enum Filter {
    Single(Criterion),
    And(Vec<Filter>),
    Or(Box<Filter>, Box<Filter>),
}

impl Filter {
    /// `Filter.and`: an `OrFilter` pushes the new criterion into its right branch.
    fn and(self, other: Criterion) -> Filter {
        match self {
            Filter::And(mut all) => {
                all.push(Filter::Single(other));
                Filter::And(all)
            }
            Filter::Or(left, right) => Filter::Or(
                left,
                Box::new(Filter::And(vec![*right, Filter::Single(other)])),
            ),
            single => Filter::And(vec![single, Filter::Single(other)]),
        }
    }
}

#[derive(Debug)]
pub(super) enum Criterion {
    /// `[?(@.x)]` / `[?(!@.x)]`: the path yields a non-null value (or, negated, does not).
    Exists { path: Box<Path>, exists: bool },
    Compare {
        left: Operand,
        op: Op,
        right: Operand,
    },
}

pub(super) enum Operand {
    Path(Box<Path>),
    /// A quoted string without its quotes, or raw text.
    Text(Value),
    /// A compiled `/.../` literal and its source (what `Pattern.toString()` prints).
    Pattern(JavaRegex, String),
}

impl fmt::Debug for Operand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operand::Path(p) => write!(f, "Path({})", p.to_string_from(0)),
            Operand::Text(v) => write!(f, "Text({v:?})"),
            Operand::Pattern(_, source) => write!(f, "Pattern({source})"),
        }
    }
}

/// `Criteria.CriteriaType` values the 2.0.0 string syntax can produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Op {
    Eq,
    Ne,
    Gt,
    Gte,
    Lt,
    Lte,
    Regex,
}

/// `Criteria.OPERATORS`, in the order `Criteria.parse` looks for them.
const OPERATORS: [(&str, Op); 7] = [
    ("==", Op::Eq),
    (">=", Op::Gte),
    ("<=", Op::Lte),
    ("!=", Op::Ne),
    ("<", Op::Lt),
    (">", Op::Gt),
    ("=~", Op::Regex),
];

/// `Filter.parse` of `[?(...)]`.
pub(super) fn parse_filter(f: &[char], offset: usize, dialect: Dialect) -> JResult<Filter> {
    let f = trim(f);
    if !starts_with(f, "[") || !ends_with(f, "]") {
        return Err(JavaError::invalid_path(format!(
            "Filter must start with '[' and end with ']'. {}",
            text(f)
        )));
    }
    let f = trim(substring(f, 1, f.len() as isize - 1)?);
    if !starts_with(f, "?") {
        return Err(JavaError::invalid_path(format!(
            "Filter must start with '[?' and end with ']'. {}",
            text(f)
        )));
    }
    let f = trim(&f[1..]);
    if !starts_with(f, "(") || !ends_with(f, ")") {
        return Err(JavaError::invalid_path(format!(
            "Filter must start with '[?(' and end with ')]'. {}",
            text(f)
        )));
    }
    let f = trim(substring(f, 1, f.len() as isize - 1)?);
    let mut operators: Vec<bool> = Vec::new(); // true: `&&`
    let mut criteria: Vec<Criterion> = Vec::new();
    for piece in split_on_logic(f) {
        let piece = trim(piece);
        match text(piece).as_str() {
            "&&" => operators.push(true),
            "||" => operators.push(false),
            _ => criteria.push(parse_criterion(clean(piece)?, offset, dialect)?),
        }
    }
    let empty_stack = || JavaError {
        class: EMPTY_STACK,
        message: None,
    };
    let invalid = || JavaError::invalid_path(format!("Invalid operators {}", text(f)));
    let mut root = Filter::Single(criteria.pop().ok_or_else(empty_stack)?);
    while let Some(and) = operators.pop() {
        if and {
            root = root.and(criteria.pop().ok_or_else(empty_stack)?);
        } else {
            let next = criteria.pop().ok_or_else(invalid)?;
            root = Filter::Or(Box::new(root), Box::new(Filter::Single(next)));
        }
    }
    if !criteria.is_empty() {
        return Err(invalid());
    }
    Ok(root)
}

/// `OPERATOR_SPLIT.split(filter)` with `((?<=&&|\|\|)|(?=&&|\|\|))`: cuts before and after
/// every `&&` and `||`, drops a leading empty piece and trailing empty pieces.
fn split_on_logic(s: &[char]) -> Vec<&[char]> {
    let is_op = |i: usize| matches!(s.get(i..i + 2), Some(['&', '&']) | Some(['|', '|']));
    let mut pieces = Vec::new();
    let mut from = 0;
    for at in 1..=s.len() {
        let behind = at >= 2 && is_op(at - 2);
        if behind || is_op(at) {
            pieces.push(&s[from..at]);
            from = at;
        }
    }
    pieces.push(&s[from..]);
    while pieces.len() > 1 && pieces.last().is_some_and(|p| p.is_empty()) {
        pieces.pop();
    }
    pieces
}

/// `Filter.cleanCriteria`: strips `[`, `?`, `(` and spaces in front, `)` and spaces behind.
fn clean(s: &[char]) -> JResult<&[char]> {
    let mut begin: isize = 0;
    let mut end = s.len() as isize - 1;
    while matches!(char_at(s, begin)?, '[' | '?' | '(' | ' ') {
        begin += 1;
    }
    while matches!(char_at(s, end)?, ')' | ' ') {
        end -= 1;
    }
    substring(s, begin, end + 1)
}

/// `Criteria.parse` then `Criteria.create`.
fn parse_criterion(s: &[char], offset: usize, dialect: Dialect) -> JResult<Criterion> {
    let found = OPERATORS
        .iter()
        .find_map(|&(token, op)| index_of(s, token).map(|i| (i, token, op)));
    let (left, op, right) = match found {
        Some((i, token, op)) => (
            trim(&s[..i]),
            Some(op),
            trim(&s[i + token.chars().count()..]),
        ),
        None => (trim(s), None, &[][..]),
    };
    let is_path = |x: &[char]| starts_with(x, "$") || starts_with(x, "@") || starts_with(x, "!@");
    let (left_operand, exists) = if is_path(left) {
        let negated = starts_with(left, "!");
        let p = if negated { &left[1..] } else { left };
        (Operand::Path(definite_path(p, offset, dialect)?), !negated)
    } else {
        (literal(left)?, true)
    };
    let right_operand = if is_path(right) {
        if starts_with(right, "!") {
            return Err(JavaError::invalid_path(
                "Invalid negation! Can only be used for existence check e.g [?(!@.foo)]",
            ));
        }
        Operand::Path(definite_path(right, offset, dialect)?)
    } else {
        literal(right)?
    };
    match (left_operand, op) {
        (Operand::Path(path), None) => Ok(Criterion::Exists { path, exists }),
        (_, None) => Err(JavaError::new(
            UNSUPPORTED,
            "CriteriaType  can not be parsed",
        )),
        (left, Some(op)) => Ok(Criterion::Compare {
            left,
            op,
            right: right_operand,
        }),
    }
}

fn definite_path(p: &[char], offset: usize, dialect: Dialect) -> JResult<Box<Path>> {
    let source = text(p);
    let path = compile(&source, offset, dialect).map_err(|(e, _)| e)?;
    if !path.is_definite() {
        return Err(JavaError::invalid_path(format!(
            "the predicate path: {source} is not definite"
        )));
    }
    Ok(Box::new(path))
}

/// `isString` → the text between the quotes; `isPattern` → a compiled regex; else raw text.
fn literal(x: &[char]) -> JResult<Operand> {
    let n = x.len();
    if n > 0 && x[0] == '\'' && x[n - 1] == '\'' {
        let inner = substring(x, 1, n as isize - 1)?;
        return Ok(Operand::Text(Value::string(text(inner))));
    }
    let is_pattern =
        n > 0 && x[0] == '/' && (x[n - 1] == '/' || (n >= 2 && x[n - 2] == '/' && x[n - 1] == 'i'));
    if is_pattern {
        return compile_pattern(x);
    }
    Ok(Operand::Text(Value::string(text(x))))
}

/// `Criteria.compilePattern`: `/re/` or `/re/i` (`Pattern.CASE_INSENSITIVE`).
fn compile_pattern(x: &[char]) -> JResult<Operand> {
    let last = x.iter().rposition(|&c| c == '/').unwrap_or(0) as isize;
    let ignore_case = ends_with(x, "i");
    let regex = text(substring(x, 1, last)?);
    // Pattern.compile(regex, CASE_INSENSITIVE) is `(?i)` in front of the pattern.
    let source = if ignore_case {
        format!("(?i){regex}")
    } else {
        regex.clone()
    };
    match JavaRegex::cached(&source, REGEX_BACKTRACK_LIMIT) {
        Ok(re) => Ok(Operand::Pattern(re, regex)),
        Err(e) => Err(JavaError::new(
            PATTERN_SYNTAX,
            pattern_syntax_message(&e.message, &regex, ignore_case),
        )),
    }
}

/// `PatternSyntaxException.getMessage()`: description, then the pattern, then a caret under
/// the error index. The index is shifted back over the `(?i)` we added for the flag.
fn pattern_syntax_message(first_line: &str, pattern: &str, shifted: bool) -> String {
    let (desc, index) = match first_line.rsplit_once(" near index ") {
        Some((d, n)) => (d, n.parse::<usize>().ok()),
        None => (first_line, None),
    };
    let index = index.map(|i| if shifted { i.saturating_sub(4) } else { i });
    let mut out = desc.to_string();
    if let Some(i) = index {
        out.push_str(&format!(" near index {i}"));
    }
    out.push('\n');
    out.push_str(pattern);
    if let Some(i) = index {
        if i < pattern.chars().count() {
            out.push('\n');
            out.push_str(&" ".repeat(i));
            out.push('^');
        }
    }
    out
}
