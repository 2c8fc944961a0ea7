//! Mapping a position in rendered output back to the template text that produced it.
//!
//! Best effort, without instrumenting the engine: the literal text just before the output
//! position (on its line) is looked up in the template source; the longest such text that
//! occurs in the source wins (the occurrence nearest the output's line), and the finding
//! points right after it. When nothing matches, the longest start of the output line found in
//! the source is used, then the whole line, then the template's start.

use crate::vtl::Span;

pub fn output_to_source(source: &str, output: &str, offset: usize) -> Span {
    let mut offset = offset.min(output.len());
    while offset > 0 && !output.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = output[..offset].rfind('\n').map_or(0, |i| i + 1);
    // The text before the position, up to 60 bytes, possibly from earlier lines.
    let mut from = offset.saturating_sub(60);
    while !output.is_char_boundary(from) {
        from += 1;
    }
    // Whitespace right before the position says nothing about where it came from.
    let before = output[from..offset].trim_end();
    let starts: Vec<usize> = before.char_indices().map(|(i, _)| i).collect();
    // Longest tail of `before` (at most 60 bytes, at least 2) found in the source.
    for &i in &starts {
        let tail = &before[i..];
        if tail.len() > 60 {
            continue;
        }
        if tail.trim().is_empty() {
            break;
        }
        let out_line = output[..from + before.len()].matches('\n').count();
        let best = source
            .match_indices(tail)
            .take(64)
            .map(|(pos, _)| pos)
            .min_by_key(|pos| {
                source[..*pos + tail.len()]
                    .matches('\n')
                    .count()
                    .abs_diff(out_line)
            });
        if let Some(pos) = best {
            let mut at = pos + tail.len();
            // Point at the next printed character, not at the whitespace before it.
            while source[at..].starts_with([' ', '\t', '\r', '\n']) {
                at += 1;
            }
            let end = source[at..]
                .chars()
                .next()
                .map_or(at, |c| at + c.len_utf8());
            return Span::new(at, end);
        }
    }
    // The longest start of the output line (up to the position) found in the source: the
    // text before the reference that printed the broken value (`  "message": "`).
    let head = output[line_start..offset].trim_start();
    let ends: Vec<usize> = head
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .rev()
        .collect();
    for end in ends {
        let prefix = &head[..end];
        if prefix.trim().len() < 2 {
            break;
        }
        let out_line = output[..line_start].matches('\n').count();
        let best = source
            .match_indices(prefix)
            .take(64)
            .map(|(pos, _)| pos)
            .min_by_key(|pos| source[..*pos].matches('\n').count().abs_diff(out_line));
        if let Some(pos) = best {
            let at = pos + prefix.len();
            let end = source[at..]
                .chars()
                .next()
                .map_or(at, |c| at + c.len_utf8());
            return Span::new(at, end);
        }
    }
    let line_end = output[offset..]
        .find('\n')
        .map_or(output.len(), |i| offset + i);
    let line = output[line_start..line_end].trim();
    if line.len() >= 2 {
        if let Some(pos) = source.find(line) {
            return Span::new(pos, pos + line.len());
        }
    }
    Span::new(0, source.chars().next().map_or(0, char::len_utf8))
}

/// The byte offset of 1-based `line`/`column` (in characters) in `text`.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut off = 0;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line {
            let col = l
                .char_indices()
                .nth(column.saturating_sub(1))
                .map_or(l.len(), |(c, _)| c);
            return off + col;
        }
        off += l.len() + 1;
    }
    text.len()
}

/// A short excerpt of an output line around `offset`, for the help text.
pub fn excerpt(output: &str, offset: usize) -> String {
    let mut offset = offset.min(output.len());
    while offset > 0 && !output.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = output[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = output[offset..]
        .find('\n')
        .map_or(output.len(), |i| offset + i);
    let line = &output[line_start..line_end];
    let chars: Vec<char> = line.chars().collect();
    let col = output[line_start..offset].chars().count();
    let from = col.saturating_sub(40);
    let to = (col + 20).min(chars.len());
    let mut s: String = chars[from..to].iter().collect();
    if from > 0 {
        s.insert(0, '…');
    }
    if to < chars.len() {
        s.push('…');
    }
    s
}
