//! `$util.escapeJavaScript`.

/// Apache commons-lang 2.6 `StringEscapeUtils.escapeJavaScript(s)`
/// (`escapeJavaStyleString(s, escapeSingleQuote = true,
/// escapeForwardSlash = true)`), per UTF-16 code unit:
///
/// * `'` `"` `\` `/` get a backslash (`\'` is not valid JSON; AWS documents
///   this quirk);
/// * BS HT LF FF CR become `\b` `\t` `\n` `\f` `\r`;
/// * other units below 0x20 become `\u00XX`;
/// * units above 0x7F become `\uXXXX` with upper-case hex, each half of a
///   surrogate pair separately (`😀` → `\uD83D\uDE00`);
/// * everything else, including DEL (0x7F), is copied.
///
/// Evidence: commons-lang 2.6 (Debian libcommons-lang-java) on JDK 17, see
/// the tests.
pub fn escape_javascript(s: &str) -> String {
    let bytes = s.as_bytes();
    // Fast path: nothing to escape.
    if bytes
        .iter()
        .all(|&b| (0x20..0x7F).contains(&b) && !matches!(b, b'\'' | b'"' | b'\\' | b'/'))
    {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + s.len() / 4 + 8);
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' => out.push_str("\\/"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || (c as u32) > 0x7F => {
                let mut units = [0u16; 2];
                for &u in c.encode_utf16(&mut units).iter() {
                    push_u_escape(&mut out, u);
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// `\uXXXX` with four upper-case hex digits (commons-lang pads
/// `Integer.toHexString(ch).toUpperCase()` to four).
fn push_u_escape(out: &mut String, u: u16) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[usize::from((u >> shift) & 0xF)] as char);
    }
}
