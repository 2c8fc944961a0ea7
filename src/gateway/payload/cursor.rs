//! The character cursor of json-smart's `JSONParserString`: one current character `c`, the
//! sentinel `EOI` (0x1A) once the text is exhausted, and Java's `pos`.
//!
//! json-smart works on UTF-16 `char`s; we walk the UTF-8 text one `char` at a time and keep
//! `pos` as a byte index, converting to a UTF-16 index only when a message needs it. All the
//! characters the grammar reacts to are ASCII, so this is the same walk.

/// json-smart's end-of-input sentinel. A real U+001A in the text compares equal to it in every
/// `c == EOI` test, exactly as in Java.
pub(super) const EOI: char = '\u{1a}';

pub(super) struct Cursor<'a> {
    pub(super) text: &'a str,
    /// Byte index of `c`; `len + k` after `k + 1` reads past the end (Java keeps counting).
    /// `None` before the first read (Java's `pos = -1`).
    pos: Option<usize>,
    /// The current character, or [`EOI`] past the end.
    pub(super) c: char,
}

impl<'a> Cursor<'a> {
    pub(super) fn new(text: &'a str) -> Cursor<'a> {
        Cursor {
            text,
            pos: None,
            c: EOI,
        }
    }

    /// Byte index of the current character (0 before the first read).
    pub(super) fn pos(&self) -> usize {
        self.pos.unwrap_or(0)
    }

    pub(super) fn len(&self) -> usize {
        self.text.len()
    }

    /// `read()` / `readS()`: advance one character; past the end `c` becomes `EOI`.
    pub(super) fn read(&mut self) {
        let next = match self.pos {
            None => 0,
            Some(p) if p < self.text.len() => p + self.c.len_utf8(),
            Some(p) => p + 1,
        };
        self.set(next);
    }

    /// Jump to byte index `pos` (a character boundary or the end) and load `c` there.
    pub(super) fn set(&mut self, pos: usize) {
        self.pos = Some(pos);
        self.c = self
            .text
            .get(pos..)
            .and_then(|rest| rest.chars().next())
            .unwrap_or(EOI);
    }

    /// Is the cursor past the last character (Java `pos >= len`)?
    pub(super) fn at_end(&self) -> bool {
        self.pos() >= self.text.len()
    }

    /// `in.substring(start, stop)` on byte indices, clamped to the text.
    pub(super) fn slice(&self, start: usize, stop: usize) -> &'a str {
        let end = stop.min(self.text.len());
        self.text.get(start.min(end)..end).unwrap_or("")
    }

    /// The Java (UTF-16) index of byte index `pos`; past the end Java keeps counting by one.
    pub(super) fn java_index(&self, pos: usize) -> usize {
        let len = self.text.len();
        let clamped = pos.min(len);
        let prefix = self.text.get(..clamped).unwrap_or("");
        prefix.chars().map(char::len_utf16).sum::<usize>() + (pos - clamped)
    }

    /// Java's `pos` of the current character.
    pub(super) fn jpos(&self) -> usize {
        self.java_index(self.pos())
    }
}

/// `String.trim()`: strips characters `<= ' '` at both ends.
pub(super) fn java_trim(s: &str) -> &str {
    s.trim_matches(|c: char| c <= ' ')
}
