//! A light scan of the template's *text* (what is printed) to know which references sit inside
//! a JSON string literal: `"name": "$x"` puts `$x` inside one, `"n": $x` does not.
//!
//! Text nodes carry no spans, so this scans the source: it skips comments, directive headers
//! (`#if(...)`, `#set(...)`) and references (`$a.b(...)[0]`), and toggles the string state on
//! each `"` of the remaining text (JSON strings never span lines, so a newline resets it).

use std::collections::HashSet;

/// The byte offsets of the `$` of every reference that is printed inside a JSON string.
pub fn references_in_json_strings(source: &str) -> HashSet<usize> {
    let b = source.as_bytes();
    let mut inside = HashSet::new();
    let mut in_string = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                in_string = false;
                i += 1;
            }
            b'\\' if in_string => i += 2,
            b'"' => {
                in_string = !in_string;
                i += 1;
            }
            b'#' if b.get(i + 1) == Some(&b'#') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'#' if b.get(i + 1) == Some(&b'*') => {
                i = source[i + 2..]
                    .find("*#")
                    .map_or(b.len(), |k| i + 2 + k + 2);
            }
            b'#' if b.get(i + 1) == Some(&b'[') && b.get(i + 2) == Some(&b'[') => {
                i = source[i + 3..]
                    .find("]]#")
                    .map_or(b.len(), |k| i + 3 + k + 3);
            }
            b'#' if b
                .get(i + 1)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'{' || *c == b'@') =>
            {
                i += 1;
                let braced = b[i] == b'{';
                if braced || b[i] == b'@' {
                    i += 1;
                }
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                if braced && b.get(i) == Some(&b'}') {
                    i += 1;
                }
                let mut j = i;
                while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
                    j += 1;
                }
                if b.get(j) == Some(&b'(') {
                    i = skip_balanced(b, j);
                }
            }
            b'$' => {
                let start = i;
                let end = skip_reference(b, i);
                if end > start + 1 && in_string {
                    inside.insert(start);
                }
                i = end.max(start + 1);
            }
            _ => i += 1,
        }
    }
    inside
}

/// The end of a reference starting at `$` (`$!{a.b(...)}[0]`), or `i + 1` when it is no
/// reference.
fn skip_reference(b: &[u8], mut i: usize) -> usize {
    let start = i;
    i += 1;
    if b.get(i) == Some(&b'!') {
        i += 1;
    }
    let braced = b.get(i) == Some(&b'{');
    if braced {
        i += 1;
    }
    if !b
        .get(i)
        .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
    {
        return start + 1;
    }
    while i < b.len() && is_ident(b[i]) {
        i += 1;
    }
    loop {
        match b.get(i) {
            Some(b'.')
                if b.get(i + 1)
                    .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_') =>
            {
                i += 1;
                while i < b.len() && is_ident(b[i]) {
                    i += 1;
                }
            }
            Some(b'(') | Some(b'[') => i = skip_balanced(b, i),
            _ => break,
        }
    }
    if braced && b.get(i) == Some(&b'}') {
        i += 1;
    }
    i
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

/// From an opening `(` or `[`, the offset after its matching close (quotes respected).
fn skip_balanced(b: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) => {
                if c == q {
                    quote = None;
                }
            }
            None => match c {
                b'"' | b'\'' => quote = Some(c),
                b'(' | b'[' => depth += 1,
                b')' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return i + 1;
                    }
                }
                b'\n' if depth > 8 => return i,
                _ => {}
            },
        }
        i += 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_and_bare() {
        let s = "{\"a\": \"$x\", \"b\": $y, #if($z == \"q\")\"c\": \"${w}\"#end}";
        let got = references_in_json_strings(s);
        assert!(got.contains(&s.find("$x").unwrap()));
        assert!(!got.contains(&s.find("$y").unwrap()));
        assert!(got.contains(&s.find("${w}").unwrap()));
    }
}
