//! `$util.base64Encode` / `$util.base64Decode`.

use super::utf8::decode_utf8_java;
use crate::vtl::java::string::JavaException;
use base64::Engine as _;

/// `Base64.getEncoder().encodeToString(s.getBytes(UTF_8))`: standard
/// alphabet, padded, no line breaks.
pub fn base64_encode(s: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(s.as_bytes())
}

/// `new String(Base64.getDecoder().decode(s), UTF_8)`.
///
/// The decoder is a port of `java.util.Base64.Decoder.decode(String)`
/// (JDK 17 and 25 behave the same), so that both the accepted inputs and
/// the `IllegalArgumentException` messages match:
///
/// * `s` is first encoded as ISO-8859-1: chars above U+00FF become `?`
///   (one per code point), so the error names byte 3f;
/// * padding is optional (`Zm8`), but if present must be complete (`Zm8=`,
///   `Zg==`); non-zero trailing bits are ignored (`Zh==` → `f`);
/// * whitespace, line breaks and the URL-safe alphabet are errors;
/// * "Illegal base64 character N" prints the *signed* byte in hex
///   (`é` = 0xE9 → `-17`).
///
/// The `base64` crate configured as crates.md Q6 says agrees on accept /
/// reject for every test input, but cannot give Java's messages.
pub fn base64_decode(s: &str) -> Result<String, JavaException> {
    let src: Vec<u8> = s
        .chars()
        .map(|c| {
            if (c as u32) <= 0xFF {
                c as u32 as u8
            } else {
                b'?'
            }
        })
        .collect();
    let bytes = java_base64_decode(&src)?;
    Ok(decode_utf8_java(&bytes))
}

fn iae(msg: impl Into<String>) -> JavaException {
    JavaException::illegal_argument(msg)
}

/// Value of a standard-alphabet byte, -2 for `=`, -1 otherwise.
fn sextet(b: u8) -> i32 {
    match b {
        b'A'..=b'Z' => i32::from(b - b'A'),
        b'a'..=b'z' => i32::from(b - b'a') + 26,
        b'0'..=b'9' => i32::from(b - b'0') + 52,
        b'+' => 62,
        b'/' => 63,
        b'=' => -2,
        _ => -1,
    }
}

/// Port of `Base64.Decoder.decode(byte[])` for the basic (RFC 4648, not
/// MIME, not URL) decoder: `decodedOutLength` then `decode0`.
fn java_base64_decode(src: &[u8]) -> Result<Vec<u8>, JavaException> {
    let sl = src.len();
    if sl == 0 {
        return Ok(Vec::new());
    }
    if sl < 2 {
        return Err(iae(
            "Input byte[] should at least have 2 bytes for base64 bytes",
        ));
    }
    let mut dst = Vec::with_capacity(sl / 4 * 3 + 3);
    let mut sp = 0;
    let mut bits: u32 = 0;
    let mut shiftto: i32 = 18;
    while sp < sl {
        let raw = src[sp];
        sp += 1;
        let b = sextet(raw);
        if b < 0 {
            if b == -2 {
                // `=`: legal only as "xx==" or "xxx=".
                if (shiftto == 6
                    && (sp == sl || {
                        let next = src[sp];
                        sp += 1;
                        next != b'='
                    }))
                    || shiftto == 18
                {
                    return Err(iae("Input byte array has wrong 4-byte ending unit"));
                }
                break;
            }
            return Err(iae(format!(
                "Illegal base64 character {}",
                java_signed_byte_hex(raw)
            )));
        }
        bits |= (b as u32) << shiftto;
        shiftto -= 6;
        if shiftto < 0 {
            dst.push((bits >> 16) as u8);
            dst.push((bits >> 8) as u8);
            dst.push(bits as u8);
            shiftto = 18;
            bits = 0;
        }
    }
    match shiftto {
        6 => dst.push((bits >> 16) as u8),
        0 => {
            dst.push((bits >> 16) as u8);
            dst.push((bits >> 8) as u8);
        }
        12 => return Err(iae("Last unit does not have enough valid bits")),
        _ => {}
    }
    if sp < sl {
        return Err(iae(format!(
            "Input byte array has incorrect ending byte at {sp}"
        )));
    }
    Ok(dst)
}

/// `Integer.toString(byte, 16)` of a signed Java byte: `3f`, `-17`.
fn java_signed_byte_hex(b: u8) -> String {
    let v = b as i8;
    if v < 0 {
        format!("-{:x}", -i32::from(v))
    } else {
        format!("{v:x}")
    }
}
