//! Binary payloads: `binaryMediaTypes` (an API-level setting), `contentHandling` on the
//! integration request and response, and the Lambda proxy's `isBase64Encoded`.
//!
//! Sources:
//!
//! - **DG-BIN**: "Content type conversions in API Gateway" (archived source
//!   `doc_source/api-gateway-payload-encodings-workflow.md`): the request and response tables
//!   implemented by [`convert_request`] and [`convert_response`], and "if the conversion fails,
//!   it returns a 500 response indicating an API configuration error".
//! - **DG-PE**: "Binary media types for REST APIs": `*/*` includes all content types; the first
//!   `Accept` media type decides whether the client gets binary.
//! - **REC**: AWS recordings in `tests/aws-recorded/`: `test_aws_proxy_binary_response` (seven
//!   Accept headers against `binaryMediaTypes` `[image/png, */test]`) and
//!   `TestApiGatewayS3BinarySupport` (CONVERT_TO_BINARY, with and without a template).
//!
//! A body that is binary once converted never reaches a mapping template: AWS answered 500 both
//! times a recording tried (REC: the S3 request with an `application/json` template, and the S3
//! response template after switching to CONVERT_TO_BINARY; DG-BIN: "you do not provide a
//! mapping template for such a conversion"). Both recorded bodies were invalid UTF-8; whether
//! valid UTF-8 bytes would render is not recorded, and gwmap answers 500 for them too.

use base64::Engine as _;

use super::gateway_responses::GatewayError;

/// `contentHandling` of an integration or integration response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContentHandling {
    ConvertToText,
    ConvertToBinary,
}

impl ContentHandling {
    /// `None` when unset; an unknown value is a configuration error (AWS refuses it when the
    /// integration is created, so it cannot be deployed).
    pub fn parse(value: Option<&str>) -> Result<Option<ContentHandling>, String> {
        match value.map(str::trim) {
            None | Some("") => Ok(None),
            Some(v) if v.eq_ignore_ascii_case("CONVERT_TO_TEXT") => {
                Ok(Some(ContentHandling::ConvertToText))
            }
            Some(v) if v.eq_ignore_ascii_case("CONVERT_TO_BINARY") => {
                Ok(Some(ContentHandling::ConvertToBinary))
            }
            Some(v) => Err(format!(
                "contentHandling `{v}`: expected CONVERT_TO_TEXT or CONVERT_TO_BINARY"
            )),
        }
    }
}

/// A body on its way through the method.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Payload {
    /// A UTF-8 string: what templates, mappings and the Lambda proxy event work with.
    Text(String),
    /// Bytes API Gateway sends as they are.
    Binary(Vec<u8>),
}

impl Payload {
    /// The payload as gwmap shows it: text as is, bytes base64-encoded (the flag says which).
    pub fn shown(&self) -> (String, bool) {
        match self {
            Payload::Text(t) => (t.clone(), false),
            Payload::Binary(b) => (encode(b), true),
        }
    }

    pub fn is_binary(&self) -> bool {
        matches!(self, Payload::Binary(_))
    }

    /// Bytes that arrive at the gateway: binary when their media type is one of the API's
    /// binary media types, otherwise text (invalid UTF-8 replaced, as a UTF-8 decoder does).
    pub fn arriving(bytes: Vec<u8>, binary: bool) -> Payload {
        if binary {
            Payload::Binary(bytes)
        } else {
            match String::from_utf8(bytes) {
                Ok(s) => Payload::Text(s),
                Err(e) => Payload::Text(String::from_utf8_lossy(e.as_bytes()).into_owned()),
            }
        }
    }
}

pub fn encode(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Standard base64, padding optional, surrounding whitespace ignored.
pub fn decode(text: &str) -> Result<Vec<u8>, String> {
    let t = text.trim();
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    engine
        .decode(t)
        .map_err(|e| format!("not valid base64: {e}"))
}

/// Whether a Content-Type or Accept value is one of the API's binary media types. Only the
/// first media type of a list counts, without its parameters (DG-PE). An entry `*/*` matches
/// everything (DG-PE), `type/*` every subtype of that type; `*/subtype` is not a media range
/// and matches nothing (REC: with `*/test` configured, neither `Accept: */test` nor
/// `Accept: random/test` got binary). A range in the header is not expanded: `Accept: image/*`
/// or `*/*` does not match `image/png` (REC). Media types compare case-insensitively.
pub fn is_binary_media_type(value: Option<&str>, binary_media_types: &[String]) -> bool {
    let Some(value) = value else {
        return false;
    };
    let first = value.split(',').next().unwrap_or("");
    let mime = first
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let Some((ty, sub)) = mime.split_once('/') else {
        return false;
    };
    if ty.is_empty() || sub.is_empty() {
        return false;
    }
    binary_media_types.iter().any(|entry| {
        let entry = entry
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match entry.split_once('/') {
            Some(("*", "*")) => true,
            Some(("*", _)) | None => false,
            Some((t, "*")) => t == ty,
            Some((t, s)) => t == ty && s == sub,
        }
    })
}

fn decode_or_500(text: &str, what: &str) -> Result<Vec<u8>, GatewayError> {
    decode(text).map_err(|e| {
        GatewayError::Configuration(format!(
            "Unable to transform the {what}: converting it to binary needs base64 text, and it is {e}"
        ))
    })
}

/// The integration request payload (DG-BIN request table): CONVERT_TO_TEXT base64-encodes
/// binary data, CONVERT_TO_BINARY base64-decodes text (500 when it is not base64); anything
/// else passes unchanged.
pub fn convert_request(
    payload: Payload,
    handling: Option<ContentHandling>,
) -> Result<Payload, GatewayError> {
    Ok(match (payload, handling) {
        (Payload::Binary(b), Some(ContentHandling::ConvertToText)) => Payload::Text(encode(&b)),
        (Payload::Text(t), Some(ContentHandling::ConvertToBinary)) => {
            Payload::Binary(decode_or_500(&t, "request body")?)
        }
        (p, _) => p,
    })
}

/// The method response payload (DG-BIN response table). Without contentHandling the client's
/// first Accept type decides: a binary type gets bytes (text is base64-decoded), a text type
/// gets text (bytes are base64-encoded).
pub fn convert_response(
    payload: Payload,
    handling: Option<ContentHandling>,
    accept_binary: bool,
) -> Result<Payload, GatewayError> {
    let to_binary = match handling {
        Some(ContentHandling::ConvertToText) => false,
        Some(ContentHandling::ConvertToBinary) => true,
        None => accept_binary,
    };
    Ok(match (payload, to_binary) {
        (Payload::Binary(b), false) => Payload::Text(encode(&b)),
        (Payload::Text(t), true) => Payload::Binary(decode_or_500(&t, "integration response")?),
        (p, _) => p,
    })
}

/// The error for a binary body that a template would have to render.
pub fn template_refuses_binary(which: &str) -> GatewayError {
    GatewayError::Configuration(format!(
        "Unable to transform the {which}: a binary body cannot be passed to a mapping template \
         (use contentHandling CONVERT_TO_TEXT to give the template the base64 text)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn media_type_matching_follows_the_recording() {
        let bmt = types(&["image/png", "*/test"]);
        // test_aws_proxy_binary_response [1] .. [6]
        assert!(is_binary_media_type(Some("image/png"), &bmt));
        for accept in ["image/jpg", "image/*", "*/test", "random/test", "*/*"] {
            assert!(!is_binary_media_type(Some(accept), &bmt), "{accept}");
        }
        // [0]: no binary media types at all
        assert!(!is_binary_media_type(Some("image/png"), &[]));
    }

    #[test]
    fn media_type_matching_wildcards_parameters_lists_and_case() {
        assert!(is_binary_media_type(Some("text/html"), &types(&["*/*"])));
        assert!(is_binary_media_type(
            Some("IMAGE/Webp; q=0.9, text/html"),
            &types(&["image/*"])
        ));
        // Only the first Accept type counts.
        assert!(!is_binary_media_type(
            Some("text/html, image/png"),
            &types(&["image/png"])
        ));
        for odd in ["", "png", "/png", "image/", ",", ";"] {
            assert!(
                !is_binary_media_type(Some(odd), &types(&["*/*"])),
                "{odd:?}"
            );
        }
        assert!(!is_binary_media_type(None, &types(&["*/*"])));
        assert!(!is_binary_media_type(
            Some("a/b"),
            &types(&["", "junk", "a"])
        ));
    }

    #[test]
    fn request_conversions_follow_the_table() {
        let text = || Payload::Text("aGk=".into());
        let bin = || Payload::Binary(b"hi".to_vec());
        assert_eq!(convert_request(text(), None).unwrap(), text());
        assert_eq!(
            convert_request(text(), Some(ContentHandling::ConvertToText)).unwrap(),
            text()
        );
        assert_eq!(
            convert_request(text(), Some(ContentHandling::ConvertToBinary)).unwrap(),
            bin()
        );
        assert_eq!(convert_request(bin(), None).unwrap(), bin());
        assert_eq!(
            convert_request(bin(), Some(ContentHandling::ConvertToBinary)).unwrap(),
            bin()
        );
        assert_eq!(
            convert_request(bin(), Some(ContentHandling::ConvertToText)).unwrap(),
            text()
        );
    }

    #[test]
    fn response_conversions_follow_the_table() {
        let text = || Payload::Text("aGk=".into());
        let bin = || Payload::Binary(b"hi".to_vec());
        let to_text = Some(ContentHandling::ConvertToText);
        let to_bin = Some(ContentHandling::ConvertToBinary);
        for accept_binary in [false, true] {
            assert_eq!(
                convert_response(text(), to_text, accept_binary).unwrap(),
                text()
            );
            assert_eq!(
                convert_response(text(), to_bin, accept_binary).unwrap(),
                bin()
            );
            assert_eq!(
                convert_response(bin(), to_text, accept_binary).unwrap(),
                text()
            );
            assert_eq!(
                convert_response(bin(), to_bin, accept_binary).unwrap(),
                bin()
            );
        }
        assert_eq!(convert_response(text(), None, false).unwrap(), text());
        assert_eq!(convert_response(text(), None, true).unwrap(), bin());
        assert_eq!(convert_response(bin(), None, false).unwrap(), text());
        assert_eq!(convert_response(bin(), None, true).unwrap(), bin());
    }

    #[test]
    fn text_that_is_not_base64_is_a_500_not_a_panic() {
        for bad in ["{\"a\": 1}", "é", "ab$", "====", "a\u{0}b"] {
            let e = convert_request(
                Payload::Text(bad.into()),
                Some(ContentHandling::ConvertToBinary),
            )
            .unwrap_err();
            assert_eq!(e.status(), 500, "{bad}");
            let e = convert_response(Payload::Text(bad.into()), None, true).unwrap_err();
            assert_eq!(e.status(), 500, "{bad}");
        }
    }

    #[test]
    fn content_handling_values() {
        assert_eq!(ContentHandling::parse(None), Ok(None));
        assert_eq!(
            ContentHandling::parse(Some("convert_to_binary")),
            Ok(Some(ContentHandling::ConvertToBinary))
        );
        assert!(ContentHandling::parse(Some("CONVERT_TO_JSON"))
            .unwrap_err()
            .contains("CONVERT_TO_TEXT or CONVERT_TO_BINARY"));
    }

    #[test]
    fn arriving_bytes_that_are_not_utf8_become_replacement_characters_as_text() {
        assert_eq!(
            Payload::arriving(vec![0x61, 0xff], false),
            Payload::Text("a\u{fffd}".into())
        );
        assert_eq!(
            Payload::arriving(vec![0xff], true),
            Payload::Binary(vec![0xff])
        );
        assert_eq!(Payload::Binary(vec![0xff]).shown(), ("/w==".into(), true));
    }
}
