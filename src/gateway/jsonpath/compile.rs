//! Jayway 2.0.0 `PathCompiler.compile`: trims the path, prefixes `$.` when it starts with
//! neither `$` nor `@`, cuts it into fragments (`$`, `..`, `[...]`, and names after `.`, which
//! become `['name']`) and hands each fragment to the analyzer. Every failure inside is
//! rethrown as `new InvalidPathException(cause)`, so its message is `cause.toString()`.

use super::analyze::analyze;
use super::functions::Function;
use super::jstr::{
    char_at, ends_with, substring, text, trim, JResult, JavaError, ILLEGAL_ARGUMENT,
};
use super::token::{Path, Token};
use super::Dialect;

/// A failure and the byte offset in the source path it points at.
pub(super) type Located = (JavaError, usize);

/// Compiles `path`; `base` is the byte offset of `path` inside the text diagnostics refer to.
pub(super) fn compile(path: &str, base: usize, dialect: Dialect) -> Result<Path, Located> {
    if path.is_empty() {
        return Err((
            JavaError::new(ILLEGAL_ARGUMENT, "Path may not be null empty"),
            base,
        ));
    }
    let mut at = base;
    compile_inner(path, base, dialect, &mut at).map_err(|e| (e.wrapped(), at))
}

/// Source offsets of the characters of the text being compiled.
struct Source {
    chars: Vec<char>,
    offsets: Vec<usize>,
}

impl Source {
    fn offset(&self, i: usize) -> usize {
        self.offsets
            .get(i)
            .or(self.offsets.last())
            .copied()
            .unwrap_or(0)
    }
}

fn prepare(path: &str, base: usize) -> JResult<(Source, bool)> {
    let all: Vec<(usize, char)> = path.char_indices().map(|(i, c)| (base + i, c)).collect();
    let chars: Vec<char> = all.iter().map(|&(_, c)| c).collect();
    let lead = chars.iter().take_while(|&&c| c <= ' ').count();
    let trimmed = trim(&chars).to_vec();
    let mut offsets: Vec<usize> = all
        .iter()
        .skip(lead)
        .take(trimmed.len())
        .map(|&(o, _)| o)
        .collect();
    offsets.push(base + path.len());
    if ends_with(&trimmed, "..") {
        return Err(JavaError::invalid_path("A path can not end with a scan."));
    }
    let mut chars = trimmed;
    let first = char_at(&chars, 0)?;
    if first != '$' && first != '@' {
        let o = offsets.first().copied().unwrap_or(base);
        chars.splice(0..0, ['$', '.']);
        offsets.splice(0..0, [o, o]);
    }
    let is_root_path = char_at(&chars, 0)? == '$';
    // `@...` becomes `$...` (evaluated against the current item inside a filter).
    if let Some(c) = chars.first_mut() {
        *c = '$';
    }
    if chars.len() > 1 && chars[1] != '.' && chars[1] != '[' {
        return Err(JavaError::invalid_path(format!(
            "Invalid path {}",
            text(&chars)
        )));
    }
    Ok((Source { chars, offsets }, is_root_path))
}

fn compile_inner(path: &str, base: usize, dialect: Dialect, at: &mut usize) -> JResult<Path> {
    let (src, is_root_path) = prepare(path, base)?;
    let s = &src.chars;
    let len = s.len() as isize;
    let mut tokens = Vec::new();
    let mut offsets = Vec::new();
    let mut i: isize = 0;
    while i < len {
        let start = i;
        let fragment: Vec<char> = match char_at(s, i)? {
            ' ' => return Err(JavaError::invalid_path("Space not allowed in path")),
            '$' => {
                i += 1;
                vec!['$']
            }
            '[' => {
                let n = fast_forward_until_closed(s, i);
                let f = substring(s, i, i + n)?.to_vec();
                i += n;
                f
            }
            '.' => {
                i += 1;
                // No bound check here in 2.0.0: a trailing `.` reads past the end.
                if char_at(s, i)? == '.' {
                    i += 1;
                    vec!['.', '.']
                } else {
                    let n = fast_forward(s, i);
                    if n == 0 {
                        continue;
                    }
                    let name = substring(s, i, i + n)?;
                    let leaf = i + n >= len;
                    i += n;
                    if n == 1 && name[0] == '*' {
                        vec!['[', '*', ']']
                    } else if let Some(f) = function_at(name, leaf, dialect) {
                        *at = src.offset(start as usize);
                        tokens.push(Token::Function(f));
                        offsets.push(*at);
                        continue;
                    } else {
                        bracketed(name)
                    }
                }
            }
            '*' => {
                i += 1;
                vec!['[', '*', ']']
            }
            _ => {
                let n = fast_forward(s, i);
                let name = substring(s, i, i + n)?;
                i += n;
                bracketed(name)
            }
        };
        *at = src.offset(start as usize);
        let token = analyze(&fragment, *at, dialect)?;
        tokens.push(token);
        offsets.push(*at);
    }
    Ok(Path {
        tokens,
        offsets,
        is_root_path,
    })
}

/// `"['" + name + "']"`.
fn bracketed(name: &[char]) -> Vec<char> {
    let mut f = vec!['[', '\''];
    f.extend_from_slice(name);
    f.extend(['\'', ']']);
    f
}

/// With functions enabled (Jayway 2.1+), a last `.name()` naming a known function.
fn function_at(name: &[char], leaf: bool, dialect: Dialect) -> Option<Function> {
    if !dialect.functions || !leaf {
        return None;
    }
    let t = text(name);
    Function::from_name(t.strip_suffix("()")?)
}

/// `fastForward`: up to the next `.`, `[` or space.
fn fast_forward(s: &[char], from: isize) -> isize {
    let rest = s.get(from.max(0) as usize..).unwrap_or(&[]);
    rest.iter()
        .take_while(|&&c| c != '.' && c != '[' && c != ' ')
        .count() as isize
}

/// `fastForwardUntilClosed`: through the `]` that closes the `[` at `from`, counting nested
/// brackets (quotes are not special here).
fn fast_forward_until_closed(s: &[char], from: isize) -> isize {
    let mut index = from.max(0) as usize + 1;
    let mut skip: isize = 1;
    let mut nested = 0;
    while let Some(&c) = s.get(index) {
        index += 1;
        skip += 1;
        if c == ']' && nested == 0 {
            break;
        }
        if c == '[' {
            nested += 1;
        }
        if c == ']' {
            nested -= 1;
        }
    }
    skip
}
