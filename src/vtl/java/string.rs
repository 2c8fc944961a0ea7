//! `java.lang.String` semantics on Rust `&str`.
//!
//! Java strings are sequences of UTF-16 code units: `length()`, indices and
//! `compareTo` all count units, so `"😀".length()` is 2. We keep Rust `str`
//! and translate indices, with an ASCII fast path (for ASCII, unit index ==
//! byte index).
//!
//! **Lone surrogates.** Java can split a surrogate pair (`"😀x".substring(0,
//! 1)`); Rust strings cannot hold the half. Java writes such a half as `?`
//! (0x3F) when the result is encoded to UTF-8 for output, so this module
//! produces `?` in its place. That is exact for output; it is inexact only
//! if the two halves are later glued back together in a template (Java would
//! then print the emoji again), which is rare.
//!
//! **Case mapping** uses Rust's Unicode tables (Unicode 17 in Rust 1.95).
//! `simple_upper`/`simple_lower`/`to_upper_case`/`to_lower_case` of every
//! single code point matched JDK 25.0.2 (Unicode 16) and JDK 17.0.15
//! (Unicode 13) wherever the JDK maps it (0 mismatches, dump of all code
//! points, 2026-11-23); characters newer than the JDK's Unicode version are
//! mapped here but not by Java (56 vs JDK 25, 190 vs JDK 17).
//!
//! Exception messages are those of JDK 17 (the machine's JDK, `Msg.java`
//! harness in the tests). JDK 25 words them differently ("Index 5 out of
//! bounds for length 3", "Range [0, 10) out of bounds for length 3").

use std::fmt;

/// A Java exception thrown by an emulated method ("method threw").
/// `class` is the fully qualified class name, e.g.
/// `java.lang.StringIndexOutOfBoundsException`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct JavaException {
    pub class: &'static str,
    pub message: String,
}

impl JavaException {
    pub fn new(class: &'static str, message: impl Into<String>) -> Self {
        JavaException {
            class,
            message: message.into(),
        }
    }

    /// `java.lang.StringIndexOutOfBoundsException` with `message`.
    pub fn string_index(message: impl Into<String>) -> Self {
        Self::new("java.lang.StringIndexOutOfBoundsException", message)
    }

    /// `java.lang.IllegalArgumentException` with `message`.
    pub fn illegal_argument(message: impl Into<String>) -> Self {
        Self::new("java.lang.IllegalArgumentException", message)
    }
}

/// Formats like Java's `Throwable.toString()`: `class: message`.
impl fmt::Display for JavaException {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class, self.message)
    }
}

impl std::error::Error for JavaException {}

/// Java's `s.length()`: the number of UTF-16 code units.
pub fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    s.chars().map(char::len_utf16).sum()
}

/// Byte offset of UTF-16 unit `unit` (0 <= unit <= length).
/// `Ok(b)`: `unit` starts the char at byte `b` (or is the end).
/// `Err(b)`: `unit` is the low half of the supplementary char at byte `b`.
/// Caller guarantees the range; past the end it returns `Ok(s.len())`.
fn unit_to_byte(s: &str, unit: usize) -> Result<usize, usize> {
    let mut u = 0;
    for (b, c) in s.char_indices() {
        if u == unit {
            return Ok(b);
        }
        let w = c.len_utf16();
        if u + w > unit {
            return Err(b);
        }
        u += w;
    }
    Ok(s.len())
}

/// UTF-16 index of byte offset `byte` (a char boundary).
fn byte_to_unit(s: &str, byte: usize) -> usize {
    let head = s.get(..byte).unwrap_or(s);
    if head.is_ascii() {
        head.len()
    } else {
        head.chars().map(char::len_utf16).sum()
    }
}

/// True when Java 9+ would store `s` as a compact Latin-1 string (all chars
/// <= U+00FF). JDK 17 words some exceptions differently for those.
fn is_latin1(s: &str) -> bool {
    s.is_ascii() || s.chars().all(|c| (c as u32) <= 0xFF)
}

/// Java's `s.charAt(index)`.
///
/// Returns the UTF-16 unit as a `char`. Where `index` addresses one half of
/// a surrogate pair, Java returns that half, which prints as `?`; so does
/// this function (see the module docs).
///
/// Errors with JDK 17's `StringIndexOutOfBoundsException`; its wording
/// depends on the string's internal coder: `String index out of range: 5`
/// for Latin-1 strings, `index 5, length 3` for others.
pub fn char_at(s: &str, index: i32) -> Result<char, JavaException> {
    let len = utf16_len(s);
    if index < 0 || index as usize >= len {
        return Err(if is_latin1(s) {
            JavaException::string_index(format!("String index out of range: {index}"))
        } else {
            JavaException::string_index(format!("index {index}, length {len}"))
        });
    }
    if s.is_ascii() {
        return Ok(s.as_bytes()[index as usize] as char);
    }
    match unit_to_byte(s, index as usize) {
        Ok(b) => match s[b..].chars().next() {
            Some(c) if c.len_utf16() == 1 => Ok(c),
            // High half of a pair.
            _ => Ok('?'),
        },
        // Low half of a pair.
        Err(_) => Ok('?'),
    }
}

/// Java's `s.substring(begin)` (`end == None`) or `s.substring(begin, end)`.
///
/// Errors as JDK 17: `begin 0, end 10, length 3` (both forms; the one-arg
/// form checks `begin, length()`). A cut through a surrogate pair yields `?`
/// for the half (see the module docs).
pub fn substring(s: &str, begin: i32, end: Option<i32>) -> Result<String, JavaException> {
    let len = utf16_len(s);
    let end_i = end.unwrap_or(len as i32);
    if begin < 0 || end_i < begin || end_i as usize > len {
        return Err(JavaException::string_index(format!(
            "begin {begin}, end {end_i}, length {len}"
        )));
    }
    Ok(utf16_slice_lossy(s, begin as usize, end_i as usize))
}

/// UTF-16 units `[begin, end)` of `s` (caller checked 0 <= begin <= end <=
/// length), with `?` for a split surrogate half.
pub fn utf16_slice_lossy(s: &str, begin: usize, end: usize) -> String {
    if begin >= end {
        return String::new();
    }
    if s.is_ascii() {
        return s.get(begin..end).unwrap_or("").to_owned();
    }
    let mut out = String::new();
    let start = match unit_to_byte(s, begin) {
        Ok(b) => b,
        Err(b) => {
            // `begin` is the low half of the char at b.
            out.push('?');
            b + 4
        }
    };
    match unit_to_byte(s, end) {
        Ok(e) => out.push_str(s.get(start..e).unwrap_or("")),
        Err(e) => {
            // `end` cuts the char at e: keep its high half.
            if e >= start {
                out.push_str(s.get(start..e).unwrap_or(""));
                out.push('?');
            }
        }
    }
    out
}

/// Java's `s.indexOf(needle, from)` (`indexOf(needle)` is `from = 0`).
/// Returns a UTF-16 index or -1. A negative `from` counts as 0; a `from`
/// past the end finds only the empty needle (at `length()`).
pub fn index_of(s: &str, needle: &str, from: i32) -> i32 {
    let len = utf16_len(s);
    if from >= 0 && from as usize >= len {
        return if needle.is_empty() { len as i32 } else { -1 };
    }
    let from = from.max(0) as usize;
    if needle.is_empty() {
        return from as i32;
    }
    // A valid needle can only match at a char boundary, so a `from` inside
    // a surrogate pair may start at the next char.
    let start = match unit_to_byte(s, from) {
        Ok(b) => b,
        Err(b) => b + 4,
    };
    match s.get(start..).and_then(|t| t.find(needle)) {
        Some(pos) => byte_to_unit(s, start + pos) as i32,
        None => -1,
    }
}

/// Java's `s.lastIndexOf(needle, from)`; `from == None` is the one-argument
/// form (`from = length()`). Returns the largest match start <= `from`, a
/// UTF-16 index, or -1.
pub fn last_index_of(s: &str, needle: &str, from: Option<i32>) -> i32 {
    let len = utf16_len(s) as i64;
    let nlen = utf16_len(needle) as i64;
    let right = len - nlen;
    let mut from = i64::from(from.unwrap_or(i32::MAX));
    if from > right {
        from = right;
    }
    if from < 0 {
        return -1;
    }
    if nlen == 0 {
        return from as i32;
    }
    // Largest char boundary <= from (a match cannot start mid-pair).
    let fb = match unit_to_byte(s, from as usize) {
        Ok(b) | Err(b) => b,
    };
    // A match starting at or before `fb` ends at or before this (rounded
    // down to a char boundary, where every match ends).
    let mut limit = (fb + needle.len()).min(s.len());
    while !s.is_char_boundary(limit) {
        limit -= 1;
    }
    match s.get(..limit).and_then(|t| t.rfind(needle)) {
        Some(pos) => byte_to_unit(s, pos) as i32,
        None => -1,
    }
}

/// Java's `s.trim()`: strips leading and trailing chars <= U+0020 (all
/// ASCII controls and space), unlike Rust's `trim`, which strips Unicode
/// whitespace and keeps controls such as U+0000.
pub fn java_trim(s: &str) -> &str {
    s.trim_matches(|c: char| c <= '\u{20}')
}

/// Java's `a.compareTo(b)`: the difference of the first differing UTF-16
/// units, else the difference of the lengths in UTF-16 units.
pub fn compare_to(a: &str, b: &str) -> i32 {
    let (ab, bb) = (a.as_bytes(), b.as_bytes());
    let common = ab.iter().zip(bb).take_while(|(x, y)| x == y).count();
    if common == ab.len() || common == bb.len() {
        // One is a prefix of the other.
        let ra = a.get(common..).map_or(0, utf16_len) as i32;
        let rb = b.get(common..).map_or(0, utf16_len) as i32;
        return ra - rb;
    }
    // Back up to the start of the char where they differ.
    let mut start = common;
    while !a.is_char_boundary(start) {
        start -= 1;
    }
    let (ta, tb) = (&a[start..], &b[start..]);
    for (x, y) in ta.encode_utf16().zip(tb.encode_utf16()) {
        if x != y {
            return i32::from(x) - i32::from(y);
        }
    }
    utf16_len(ta) as i32 - utf16_len(tb) as i32
}

/// Java's `Character.toUpperCase(int)`: the simple (one-to-one) uppercase
/// mapping. Rust only exposes the full mapping; where that has several
/// chars (`ß` → `SS`), the simple mapping is the char itself except for the
/// Greek letters with ypogegrammeni, which map to their titlecase forms.
pub fn simple_upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u,
        _ => {
            let u = c as u32;
            let mapped = match u {
                0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => u + 8,
                0x1FB3 | 0x1FC3 | 0x1FF3 => u + 9,
                _ => u,
            };
            char::from_u32(mapped).unwrap_or(c)
        }
    }
}

/// Java's `Character.toLowerCase(int)`: the simple lowercase mapping. Only
/// U+0130 has a multi-char full mapping (`i̇`); its simple one is `i`.
pub fn simple_lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // The first char of the full mapping is the simple mapping (U+0130:
    // `i` + U+0307 → `i`). Checked for every code point against JDK 25.
    c.to_lowercase().next().unwrap_or(c)
}

/// The case fold Java's case-insensitive comparisons use per code point:
/// `toLowerCase(toUpperCase(c))`.
fn fold(c: char) -> u32 {
    simple_lower(simple_upper(c)) as u32
}

/// Java's `a.compareToIgnoreCase(b)` (`String.CASE_INSENSITIVE_ORDER`).
///
/// Equal chars are skipped; otherwise `toLowerCase(toUpperCase(c))` of both
/// is compared and the difference returned; if one string is a prefix of
/// the other, the UTF-16 length difference. What "char" means depends on
/// the compact-string coders (JDK 17 and 25 alike, `String.java`
/// CaseInsensitiveComparator): two non-Latin-1 strings compare by code point
/// (`StringUTF16.compareToCI`, surrogates paired), any other pair by UTF-16
/// unit, so `"😀".compareToIgnoreCase("a")` is `0xD83D - 'a'` = 55260.
pub fn compare_to_ignore_case(a: &str, b: &str) -> i32 {
    if a.is_ascii() && b.is_ascii() {
        for (&x, &y) in a.as_bytes().iter().zip(b.as_bytes()) {
            if x != y {
                let (fx, fy) = (x.to_ascii_lowercase(), y.to_ascii_lowercase());
                if fx != fy {
                    return i32::from(fx) - i32::from(fy);
                }
            }
        }
        return a.len() as i32 - b.len() as i32;
    }
    let by_code_point = !is_latin1(a) && !is_latin1(b);
    // Per-unit view of a supplementary char in the unit-based comparators:
    // its high surrogate, which no case mapping changes.
    let key = |c: char| -> u32 {
        if !by_code_point && c.len_utf16() == 2 {
            let mut units = [0u16; 2];
            c.encode_utf16(&mut units);
            u32::from(units[0])
        } else {
            fold(c)
        }
    };
    for (x, y) in a.chars().zip(b.chars()) {
        if x != y {
            let (fx, fy) = (key(x), key(y));
            if fx != fy {
                return fx as i32 - fy as i32;
            }
            if x.len_utf16() != y.len_utf16() {
                // Cannot happen with Unicode's mappings (they keep planes);
                // Java would fall out of step here, so stop comparing.
                break;
            }
        }
    }
    utf16_len(a) as i32 - utf16_len(b) as i32
}

/// Java's `a.equalsIgnoreCase(b)`: same UTF-16 length and, per char, equal
/// or equal after `toUpperCase` or after `toLowerCase(toUpperCase(..))`.
pub fn equals_ignore_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    if utf16_len(a) != utf16_len(b) {
        return false;
    }
    a.chars()
        .zip(b.chars())
        .all(|(x, y)| x == y || fold(x) == fold(y))
}

/// Java's `s.toUpperCase()` in an English default locale: full Unicode
/// uppercase mapping including SpecialCasing (`ß` → `SS`, `ŉ` → `ʼN`,
/// `ᾳ` → `ΑΙ`), i.e. the same as Rust's `to_uppercase` (up to the Unicode
/// version of the respective JDK and Rust).
pub fn to_upper_case(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    s.to_uppercase()
}

/// Java's `s.toLowerCase()` in an English default locale.
///
/// Java uses the simple mapping for every char except two: `İ` (U+0130)
/// becomes `i̇` (U+0069 U+0307), and `Σ` becomes final `ς` when
/// ConditionalSpecialCasing's "final cased" test holds, else `σ`. That test
/// differs from Unicode's Final_Sigma (which Rust's `to_lowercase` uses): it
/// scans within the *word* (java.text.BreakIterator word rules) for a
/// preceding cased letter and no following one, skipping anything uncased,
/// so `ΑΣ1` → `ας1` in both but `Α1Σ` → `α1ς` in Java (Rust: `α1σ`). The
/// word boundaries are approximated (see `java_word_joined`).
pub fn to_lower_case(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    if !s.contains('\u{3A3}') {
        // No sigma: per-char mapping; `to_lowercase` of U+0130 is Java's
        // `i̇` too.
        return s.chars().flat_map(char::to_lowercase).collect();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '\u{3A3}' {
            out.push(if java_final_cased(&chars, i) {
                '\u{3C2}'
            } else {
                '\u{3C3}'
            });
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// ConditionalSpecialCasing.isFinalCased: within the word containing
/// position `i`, some cased char precedes `i` and none follows it.
fn java_final_cased(chars: &[char], i: usize) -> bool {
    let mut j = i;
    // Walk back while position j is not a word boundary.
    while j > 0 && java_word_joined(chars, j) {
        let ch = chars[j - 1];
        if java_is_cased(ch) {
            let mut k = i + 1;
            while k < chars.len() && java_word_joined(chars, k) {
                if java_is_cased(chars[k]) {
                    return false;
                }
                k += 1;
            }
            return true;
        }
        j -= 1;
    }
    false
}

/// ConditionalSpecialCasing.isCased: general category Lu, Ll or Lt, plus a
/// few Other_Lowercase/Other_Uppercase ranges. Approximated with Rust's
/// Lowercase/Uppercase properties plus the Lt letters.
fn java_is_cased(c: char) -> bool {
    c.is_lowercase()
        || c.is_uppercase()
        || matches!(c as u32,
            0x01C5 | 0x01C8 | 0x01CB | 0x01F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F
            | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// Combining marks and format chars (approximating categories Mn/Me/Cf):
/// Java's word rules attach them to the preceding char or ignore them.
fn is_mark_or_format(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A
        | 0x064B..=0x065F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x2064 | 0x20D0..=0x20FF | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F | 0xFEFF | 0x00AD)
}

/// Java's word-rule mid-word punctuation: dashes, connectors, soft hyphen,
/// U+2027, `"`, `'`, `.`.
fn is_mid_word(c: char) -> bool {
    matches!(
        c,
        '-' | '_' | '"' | '\'' | '.' | '\u{2010}'
            ..='\u{2015}' | '\u{2027}' | '\u{203F}' | '\u{2040}'
    )
}

/// Java's word-rule mid-number punctuation.
fn is_mid_num(c: char) -> bool {
    matches!(c, '"' | '\'' | ',' | '.' | '\u{66B}')
}

/// Approximation of `!BreakIterator.getWordInstance().isBoundary(pos)`:
/// true when the chars on both sides of `pos` belong to one word. Runs of
/// letters and digits are one word (JDK: "keep together any sequence of
/// contiguous words and numbers"); marks attach; one mid-word (mid-number)
/// punctuation char may sit between two letters (digits).
fn java_word_joined(chars: &[char], pos: usize) -> bool {
    if pos == 0 || pos >= chars.len() {
        return false;
    }
    let next = chars[pos];
    if is_mark_or_format(next) {
        return true;
    }
    // Base char before pos, skipping marks.
    let base_before = |p: usize| -> Option<char> {
        chars[..p]
            .iter()
            .rev()
            .copied()
            .find(|&c| !is_mark_or_format(c))
    };
    let Some(prev) = base_before(pos) else {
        return false;
    };
    if prev.is_alphanumeric() && next.is_alphanumeric() {
        return true;
    }
    let after = |p: usize| {
        chars[p + 1..]
            .iter()
            .copied()
            .find(|&c| !is_mark_or_format(c))
    };
    let joins = |l: char, m: char, r: char| {
        (l.is_alphabetic() && r.is_alphabetic() && is_mid_word(m))
            || (l.is_numeric() && r.is_numeric() && is_mid_num(m))
    };
    // prev | punct letter
    if prev.is_alphanumeric() {
        if let Some(r) = after(pos) {
            return joins(prev, next, r);
        }
        return false;
    }
    // letter punct | next
    if next.is_alphanumeric() {
        let prev_pos = chars[..pos]
            .iter()
            .rposition(|&c| !is_mark_or_format(c))
            .unwrap_or(0);
        if let Some(l) = base_before(prev_pos) {
            return joins(l, prev, next);
        }
    }
    false
}

/// Java's `s.replace(target, replacement)` for `CharSequence` arguments:
/// every non-overlapping occurrence, left to right. With an empty target,
/// Java inserts `replacement` before every UTF-16 unit and at the end
/// (`"abc".replace("", "-")` is `-a-b-c-`), which splits surrogate pairs;
/// each half then prints as `?` (module docs).
pub fn replace_literal(s: &str, target: &str, replacement: &str) -> String {
    if !target.is_empty() {
        return s.replace(target, replacement);
    }
    if replacement.is_empty() {
        // The halves of each pair end up adjacent again: unchanged.
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + (s.len() + 1) * replacement.len());
    out.push_str(replacement);
    for c in s.chars() {
        if c.len_utf16() == 2 {
            out.push('?');
            out.push_str(replacement);
            out.push('?');
        } else {
            out.push(c);
        }
        out.push_str(replacement);
    }
    out
}

#[cfg(test)]
#[path = "string_tests.rs"]
mod tests;
