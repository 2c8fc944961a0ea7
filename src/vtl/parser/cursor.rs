//! A byte cursor over template source, with the character classes Velocity 1.7's lexer uses.

pub(super) fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

/// Identifier characters: Velocity 1.x lets `-` inside names (`$elem.partition-key`).
pub(super) fn is_ident_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// Directive names (`#foreach`, `#myMacro`) do not take hyphens.
pub(super) fn is_word_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

pub(super) fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// Whitespace inside directive arguments, where line breaks are allowed.
pub(super) fn is_arg_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Position of the next byte that can start something other than text.
pub(super) fn find_special(bytes: &[u8], from: usize) -> Option<usize> {
    bytes[from..]
        .iter()
        .position(|&b| b == b'$' || b == b'#' || b == b'\\')
        .map(|i| i + from)
}
