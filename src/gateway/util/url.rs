//! `$util.urlEncode` / `$util.urlDecode`.

use super::utf8::decode_utf8_java;
use crate::vtl::java::string::JavaException;

/// `java.net.URLEncoder.encode(s, "UTF-8")`: `A-Z a-z 0-9 . - * _` are
/// kept, space becomes `+`, every other UTF-8 byte becomes upper-case
/// `%XX` (so `~` is `%7E`). `form_urlencoded::byte_serialize` implements
/// exactly this set (crates.md Q5; re-checked in the tests against JDK 17).
pub fn url_encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// `java.net.URLDecoder.decode(s, "UTF-8")`, strictly as JDK 17 does it:
///
/// * `+` becomes a space, other chars are copied;
/// * each run of `%XY` escapes is collected into bytes and decoded with
///   Java's lossy UTF-8 decoder (`%FF` → U+FFFD);
/// * `XY` is parsed by `Integer.parseInt(s, i + 1, i + 3, 16)`, so a sign
///   is accepted (`%+A` is byte 0x0A, `%-0` byte 0), `%-1` is rejected as
///   "negative value", and Unicode digits count (`%０A`);
/// * errors are `IllegalArgumentException`s with Java's messages:
///   `URLDecoder: Incomplete trailing escape (%) pattern` and
///   `URLDecoder: Illegal hex characters in escape (%) pattern - Error at
///   index 0 in: "zz"` (JDK 8 said `For input string: "zz"`).
pub fn url_decode(s: &str) -> Result<String, JavaException> {
    if !s.contains(['%', '+']) {
        return Ok(s.to_owned());
    }
    // Java indexes UTF-16 units; the `%XY` window is 2 units.
    let units: Vec<u16> = s.encode_utf16().collect();
    let n = units.len();
    let mut out: Vec<u16> = Vec::with_capacity(n);
    let mut bytes: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < n {
        let c = units[i];
        if c == u16::from(b'+') {
            out.push(u16::from(b' '));
            i += 1;
        } else if c == u16::from(b'%') {
            bytes.clear();
            let mut c = c;
            while i + 2 < n && c == u16::from(b'%') {
                let v = parse_hex_pair(&units[i + 1..i + 3])?;
                if v < 0 {
                    return Err(JavaException::illegal_argument(
                        "URLDecoder: Illegal hex characters in escape (%) pattern - negative value",
                    ));
                }
                bytes.push(v as u8);
                i += 3;
                if i < n {
                    c = units[i];
                }
            }
            if i < n && c == u16::from(b'%') {
                return Err(JavaException::illegal_argument(
                    "URLDecoder: Incomplete trailing escape (%) pattern",
                ));
            }
            out.extend(decode_utf8_java(&bytes).encode_utf16());
        } else {
            out.push(c);
            i += 1;
        }
    }
    // Only whole chars of the input and decoder output: no lone halves.
    Ok(String::from_utf16_lossy(&out))
}

/// `Integer.parseInt(two units, 16)` with the JDK 17
/// `NumberFormatException.forCharSequence` message folded into the
/// URLDecoder error.
fn parse_hex_pair(w: &[u16]) -> Result<i32, JavaException> {
    let fail = |at: usize| {
        JavaException::illegal_argument(format!(
            "URLDecoder: Illegal hex characters in escape (%) pattern - Error at index {at} in: \"{}\"",
            utf16_lossy(w)
        ))
    };
    let mut k = 0;
    let mut negative = false;
    let first = w[0];
    if first < u16::from(b'0') {
        if first == u16::from(b'-') {
            negative = true;
        } else if first != u16::from(b'+') {
            return Err(fail(0));
        }
        k = 1;
    }
    let mut v: i32 = 0;
    while k < w.len() {
        let d = java_hex_digit(w[k]).ok_or_else(|| fail(k))?;
        v = v * 16 + d as i32;
        k += 1;
    }
    Ok(if negative { -v } else { v })
}

/// Text of UTF-16 units with a lone surrogate shown as `?` (how Java
/// prints it in UTF-8).
fn utf16_lossy(w: &[u16]) -> String {
    char::decode_utf16(w.iter().copied())
        .map(|r| r.unwrap_or('?'))
        .collect()
}

/// Zero code points of the BMP decimal-digit (Nd) ranges.
/// Source: JDK 17.0.15 / 25.0.2 `Character.getType == DECIMAL_DIGIT_NUMBER
/// && Character.digit(c, 10) == 0` for c <= U+FFFF (same 37 ranges; kept
/// here as well as in vtl::java::number so this module stays standalone).
const BMP_DIGIT_ZEROS: [u16; 37] = [
    0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10,
];

/// `Character.digit(char, 16)`: Unicode decimal digits, ASCII and
/// full-width `A-F`/`a-f`.
fn java_hex_digit(u: u16) -> Option<u32> {
    match u {
        0x30..=0x39 => return Some(u32::from(u - 0x30)),
        0x41..=0x46 => return Some(u32::from(u - 0x41 + 10)),
        0x61..=0x66 => return Some(u32::from(u - 0x61 + 10)),
        0xFF21..=0xFF26 => return Some(u32::from(u - 0xFF21 + 10)),
        0xFF41..=0xFF46 => return Some(u32::from(u - 0xFF41 + 10)),
        _ => {}
    }
    let idx = BMP_DIGIT_ZEROS.partition_point(|&z| z <= u);
    let zero = BMP_DIGIT_ZEROS[idx.checked_sub(1)?];
    if u - zero < 10 {
        Some(u32::from(u - zero))
    } else {
        None
    }
}
