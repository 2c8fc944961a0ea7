//! `\Q...\E` quoting, removed before parsing exactly as Java's
//! `Pattern.RemoveQEQuoting` does: it is a textual pre-pass over the whole
//! pattern (so it also works inside `[...]`), and the parser then sees every
//! quoted non-alphanumeric character backslash-escaped.

/// Converts the pattern to code points followed by Java's two terminating
/// zeros, with quoting removed.
pub(crate) fn code_points_without_quoting(pattern: &str) -> Vec<u32> {
    let temp: Vec<u32> = pattern.chars().map(u32::from).collect();
    let len = temp.len();
    let at = |i: usize| temp.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i + 1 < len {
        if at(i) != u32::from('\\') {
            i += 1;
        } else if at(i + 1) != u32::from('Q') {
            i += 2;
        } else {
            break;
        }
    }
    if i + 1 >= len {
        return terminated(temp);
    }
    let mut out: Vec<u32> = temp[..i].to_vec();
    i += 2;
    let mut in_quote = true;
    let mut begin_quote = true;
    while i < len {
        let c = at(i);
        i += 1;
        let ascii = c < 0x80;
        if !ascii || is_alpha(c) {
            out.push(c);
        } else if is_digit(c) {
            // Java writes "\x3" before a digit that opens a quote, so a
            // preceding octal or \x escape cannot absorb it.
            if begin_quote {
                out.extend("\\x3".chars().map(u32::from));
            }
            out.push(c);
        } else if c != u32::from('\\') {
            if in_quote {
                out.push(u32::from('\\'));
            }
            out.push(c);
        } else if in_quote {
            if at(i) == u32::from('E') {
                i += 1;
                in_quote = false;
            } else {
                out.push(u32::from('\\'));
                out.push(u32::from('\\'));
            }
        } else if at(i) == u32::from('Q') {
            i += 1;
            in_quote = true;
            begin_quote = true;
            continue;
        } else {
            out.push(c);
            if i != len {
                out.push(at(i));
                i += 1;
            }
        }
        begin_quote = false;
    }
    terminated(out)
}

fn terminated(mut v: Vec<u32>) -> Vec<u32> {
    v.push(0);
    v.push(0);
    v
}

fn is_alpha(c: u32) -> bool {
    (u32::from('a')..=u32::from('z')).contains(&c) || (u32::from('A')..=u32::from('Z')).contains(&c)
}

fn is_digit(c: u32) -> bool {
    (u32::from('0')..=u32::from('9')).contains(&c)
}
