//! A byte cursor over template source, with the character classes Velocity 1.7's lexer uses.

// The classes as bit flags in one table: identifier scanning is the parser's inner loop.
const START: u8 = 1;
const WORD: u8 = 2;
const IDENT: u8 = 4;

const CLASSES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphabetic() || c == b'_' {
            t[b] |= START;
        }
        if c.is_ascii_alphanumeric() || c == b'_' {
            t[b] |= WORD | IDENT;
        }
        if c == b'-' {
            t[b] |= IDENT;
        }
        b += 1;
    }
    t
};

pub(super) fn is_ident_start(b: u8) -> bool {
    CLASSES[b as usize] & START != 0
}

/// Identifier characters: Velocity 1.x lets `-` inside names (`$elem.partition-key`).
pub(super) fn is_ident_char(b: u8) -> bool {
    CLASSES[b as usize] & IDENT != 0
}

/// Directive names (`#foreach`, `#myMacro`) do not take hyphens.
pub(super) fn is_word_char(b: u8) -> bool {
    CLASSES[b as usize] & WORD != 0
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_class_table_matches_the_definitions() {
        for b in 0..=255u8 {
            let word = b.is_ascii_alphanumeric() || b == b'_';
            assert_eq!(is_ident_start(b), b.is_ascii_alphabetic() || b == b'_');
            assert_eq!(is_word_char(b), word);
            assert_eq!(is_ident_char(b), word || b == b'-');
        }
    }
}
