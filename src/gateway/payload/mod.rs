//! The request/response body as API Gateway's Jayway JsonPath sees it: parsed by json-smart
//! 2.2 in permissive mode (`JsonSmartJsonProvider`: `new JSONParser(-1)` with
//! `JSONValue.defaultReader.DEFAULT_ORDERED`).
//!
//! What that means, all checked against Debian's json-smart 2.2 (see `tests.rs`):
//! - objects are `LinkedHashMap`s ([`MapKind::Linked`]), arrays `JSONArray`s
//!   ([`ListKind::JsonArray`]);
//! - integers are `Integer`, `Long` or `BigInteger` by size; decimals and exponents are `Double`
//!   when the token has at most 18 characters, `BigDecimal` beyond;
//! - text that is not JSON is read leniently: `a=b` is the string `"a=b"`, keys and values may
//!   be bare words or single-quoted, stray commas are skipped, and anything after the first
//!   value is ignored;
//! - malformed input fails with `ParseException` texts such as
//!   `Unexpected End Of File position 1: null`.
//!
//! [`MapKind::Linked`]: crate::vtl::value::MapKind::Linked
//! [`ListKind::JsonArray`]: crate::vtl::value::ListKind::JsonArray

mod cursor;
pub(crate) mod decimal;
mod error;
mod parser;
mod scalar;

#[cfg(test)]
mod print_tests;
#[cfg(test)]
pub(crate) mod tests;

pub use error::PayloadError;

use crate::vtl::value::Value;

/// What `JsonSmartJsonProvider.parse(body)` returns for a payload, or the exception it throws.
/// Linear in the size of the body; nesting is limited to 400 levels, as in Debian's build.
pub fn parse_payload(text: &str) -> Result<Value, PayloadError> {
    parser::Parser::new(text).parse()
}

/// The same reader, for `$util.parseJson`.
pub fn parse_json_value(text: &str) -> Result<Value, PayloadError> {
    parse_payload(text)
}
