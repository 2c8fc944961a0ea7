//! Jayway 2.0.0 `PathCompiler.PathComponentAnalyzer`: turns one fragment into a token. It
//! scans the fragment for the first `?` (filter), `'` (property names) or digit, `:`, `-`,
//! `@` (array operation) and skips everything else, which is why `["a"]` fails ("Could not
//! analyze path component") while `[x1]` reads as index 1.

use super::criteria::parse_filter;
use super::jstr::{char_at, parse_int, substring, text, JResult, JavaError};
use super::token::{ArrayOp, Token};
use super::Dialect;

pub(super) fn analyze(f: &[char], offset: usize, dialect: Dialect) -> JResult<Token> {
    match text(f).as_str() {
        "$" => return Ok(Token::Root),
        ".." => return Ok(Token::Scan),
        "[*]" | ".*" => return Ok(Token::Wildcard),
        "[?]" => return Ok(Token::Predicate(vec![None])),
        _ => {}
    }
    if is_placeholder_filter(f) {
        let count = f.iter().filter(|&&c| c == '?').count();
        return Ok(Token::Predicate((0..count).map(|_| None).collect()));
    }
    let mut i: isize = 0;
    loop {
        let c = char_at(f, i)?;
        match c {
            '?' => return criteria_sequence(f, i, offset, dialect),
            '\'' => return property(f, i),
            c if c.is_ascii_digit() || c == ':' || c == '-' || c == '@' => {
                return array_sequence(f, i)
            }
            _ => i += 1,
        }
        if i >= f.len() as isize {
            return Err(JavaError::invalid_path(format!(
                "Could not analyze path component: {}",
                text(f)
            )));
        }
    }
}

/// `FILTER_PATTERN`, `^\[\s*\?\s*[,\s*\?]*?\s*]$`: `[?]`, `[?, ?]`, ... (filters passed as
/// arguments, which API Gateway never supplies).
fn is_placeholder_filter(f: &[char]) -> bool {
    let java_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r');
    let (Some('['), Some(']')) = (f.first(), f.last()) else {
        return false;
    };
    let inner = &f[1..f.len().saturating_sub(1).max(1)];
    let mut rest = inner.iter().skip_while(|&&c| java_space(c));
    if rest.next() != Some(&'?') {
        return false;
    }
    rest.all(|&c| java_space(c) || c == ',' || c == '*' || c == '?')
}

/// `analyzeCriteriaSequence4`: the filter runs from the `[` before the `?` to the first `]`
/// outside quotes and parentheses; anything after it in the fragment is ignored.
fn criteria_sequence(f: &[char], i: isize, offset: usize, dialect: Dialect) -> JResult<Token> {
    let mut start = i;
    while char_at(f, start)? != '[' {
        start -= 1;
    }
    let mut end: isize = 0;
    let mut mem = ' ';
    let mut curr = start;
    let mut in_prop = false;
    let mut square = 0;
    let mut round = 0;
    while end == 0 {
        let c = char_at(f, curr)?;
        match c {
            '(' if !in_prop => round += 1,
            ')' if !in_prop => round -= 1,
            '[' if !in_prop => square += 1,
            ']' if !in_prop => {
                square -= 1;
                if round == 0 {
                    end = curr + 1;
                }
            }
            '\'' if mem != '\\' => in_prop = !in_prop,
            _ => {}
        }
        mem = c;
        curr += 1;
    }
    if round != 0 || square != 0 {
        return Err(JavaError::invalid_path("Filter brackets are not balanced"));
    }
    let filter = parse_filter(substring(f, start, end)?, offset, dialect)?;
    Ok(Token::Predicate(vec![Some(filter)]))
}

/// `analyzeProperty`: the quoted names up to the first `]` (even one inside quotes); text
/// outside quotes is ignored and no escape is recognised (`['a\'b']` is the name `a\`).
fn property(f: &[char], mut i: isize) -> JResult<Token> {
    let mut names = Vec::new();
    let mut buf = String::new();
    let mut open = false;
    let mut c = char_at(f, i)?;
    while c != ']' {
        if c == '\'' {
            if open {
                names.push(std::mem::take(&mut buf));
            }
            open = !open;
        } else if open {
            buf.push(c);
        }
        i += 1;
        c = char_at(f, i)?;
    }
    Ok(Token::Property(names))
}

/// `analyzeArraySequence`: `[n]`, `[a,b]`, `[a:]`, `[:b]`, `[a:b]`, `[(@.length-n)]`.
fn array_sequence(f: &[char], mut i: isize) -> JResult<Token> {
    let mut buf: Vec<char> = Vec::new();
    let mut numbers = Vec::new();
    let context_size = char_at(f, i)? == '@';
    let (mut slice_to, mut slice_from, mut slice_between, mut sequence) =
        (false, false, false, false);
    if context_size {
        // Two reads: past the `@` and past the `.` that should follow it.
        char_at(f, i + 1)?;
        i += 2;
        let mut c = char_at(f, i)?;
        while c != '-' {
            if !matches!(c, ' ' | '(' | ')') {
                buf.push(c);
            }
            i += 1;
            c = char_at(f, i)?;
        }
        let function = text(&buf);
        buf.clear();
        if function != "size" && function != "length" {
            return Err(JavaError::invalid_path(format!(
                "Invalid function: @.{function}. Supported functions are: [(@.length - n)] and [(@.size() - n)]"
            )));
        }
        while c != ')' {
            if c != ' ' {
                buf.push(c);
            }
            i += 1;
            c = char_at(f, i)?;
        }
    } else {
        let mut c = char_at(f, i)?;
        while c.is_ascii_digit() || matches!(c, ',' | ' ' | ':' | '-') {
            match c {
                ' ' => {}
                ':' if buf.is_empty() => {
                    slice_to = true;
                    (i, c) = read_bound(f, i, &mut buf)?;
                    numbers.push(parse_int(&buf)?);
                    buf.clear();
                }
                ':' => {
                    numbers.push(parse_int(&buf)?);
                    buf.clear();
                    (i, c) = read_bound(f, i, &mut buf)?;
                    if buf.is_empty() {
                        slice_from = true;
                    } else {
                        slice_between = true;
                        numbers.push(parse_int(&buf)?);
                        buf.clear();
                    }
                }
                ',' => {
                    numbers.push(parse_int(&buf)?);
                    buf.clear();
                    sequence = true;
                }
                _ => buf.push(c),
            }
            if c == ']' {
                break;
            }
            i += 1;
            c = char_at(f, i)?;
        }
    }
    if !buf.is_empty() {
        numbers.push(parse_int(&buf)?);
    }
    let single = numbers.len() == 1 && !slice_to && !slice_from && !context_size;
    let op = if single {
        Some(ArrayOp::SingleIndex)
    } else if sequence {
        Some(ArrayOp::IndexSequence)
    } else if slice_from {
        Some(ArrayOp::SliceFrom)
    } else if slice_to {
        Some(ArrayOp::SliceTo)
    } else if slice_between {
        Some(ArrayOp::SliceBetween)
    } else if context_size {
        Some(ArrayOp::ContextSize)
    } else {
        None
    };
    Ok(Token::Array(op, numbers))
}

/// After a `:`: the digits, `-` and spaces of the bound (spaces dropped). Returns the index
/// and character it stopped at.
fn read_bound(f: &[char], mut i: isize, buf: &mut Vec<char>) -> JResult<(isize, char)> {
    i += 1;
    let mut c = char_at(f, i)?;
    while c.is_ascii_digit() || c == ' ' || c == '-' {
        if c != ' ' {
            buf.push(c);
        }
        i += 1;
        c = char_at(f, i)?;
    }
    Ok((i, c))
}
