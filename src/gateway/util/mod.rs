//! API Gateway `$util` functions: byte-exact ports of the Java library
//! calls that AWS's implementation is documented (or observed) to match.
//!
//! Standalone on purpose: the only item used from the rest of the crate is
//! `crate::vtl::java::string::JavaException`, the "method threw" error.
//! `$util.parseJson` lives with the value model, not here.

mod b64;
mod escape;
mod url;
mod utf8;

pub use b64::{base64_decode, base64_encode};
pub use escape::escape_javascript;
pub use url::{url_decode, url_encode};
pub use utf8::decode_utf8_java;

#[cfg(test)]
mod tests;
