//! Choosing a template by media type (§8.1, §9.2): the MIME type only, parameters dropped;
//! no Content-Type (or Accept) counts as `application/json` (DG-MAP, DG-PASS).

use indexmap::IndexMap;

/// `application/json; charset=UTF-8` → `application/json`; missing or empty → `application/json`.
pub fn mime_of(header: Option<&str>) -> String {
    let mime = header
        .map(|h| {
            h.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    if mime.is_empty() {
        "application/json".into()
    } else {
        mime
    }
}

/// The request template for a Content-Type, if one is defined for its MIME type.
pub fn request_template<'a>(
    templates: &'a IndexMap<String, String>,
    content_type: Option<&str>,
) -> Option<(&'a str, &'a str)> {
    let mime = mime_of(content_type);
    templates
        .iter()
        .find(|(k, _)| k.trim().eq_ignore_ascii_case(&mime))
        .map(|(k, v)| (k.as_str(), v.as_str()))
}

/// The response template for an Accept header: the first media type listed (DG-KI), then
/// `application/json` (LocalStack observed AWS preferring it), then the first defined
/// (DG-MAP says "the first"; unverified which order that is).
pub fn response_template<'a>(
    templates: &'a IndexMap<String, String>,
    accept: Option<&str>,
) -> Option<(&'a str, &'a str)> {
    if templates.is_empty() {
        return None;
    }
    let first = accept.map(|a| a.split(',').next().unwrap_or("").to_string());
    let mime = mime_of(first.as_deref());
    let find = |m: &str| {
        templates
            .iter()
            .find(|(k, _)| k.trim().eq_ignore_ascii_case(m))
            .map(|(k, v)| (k.as_str(), v.as_str()))
    };
    find(&mime)
        .or_else(|| find("application/json"))
        .or_else(|| templates.first().map(|(k, v)| (k.as_str(), v.as_str())))
}
