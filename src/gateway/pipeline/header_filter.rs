//! Which headers API Gateway lets through, drops or renames, on the way in (client → method
//! request → backend) and on the way out (integration response → client), for REST APIs.
//!
//! Sources, best first:
//!
//! - **REC**: LocalStack's `TestApiGatewayHeaderRemapping` snapshots, recorded against real AWS
//!   on 2024-12-11 (`tests/aws-recorded/vectors/TestApiGatewayHeaderRemapping__*`). A client
//!   sent 25 standard headers to AWS, AWS_PROXY, HTTP and HTTP_PROXY methods, with and without
//!   mappings of the same names; the snapshots show what a template's `$input.params` saw, the
//!   Lambda proxy event's `headers`, what an httpbin.org echo received, and the client's
//!   response headers (static `method.response.header.*` mappings, httpbin's own headers).
//! - **DG-KI**: AWS's "Amazon API Gateway important notes" (REST APIs). Its current table of
//!   dropped/remapped headers is only on the live page; the archived source
//!   (`awsdocs/amazon-api-gateway-developer-guide`, `doc_source/api-gateway-known-issues.md`)
//!   keeps its definitions ("`Remapped`: the name changes from `<string>` to
//!   `X-Amzn-Remapped-<string>`") and, in an older revision, the list of headers that "may be
//!   remapped ... when sent to your integration endpoint or sent back by your integration
//!   endpoint" (the 25 names the recording exercises, plus Content-Type and Accept).
//! - **LS**: LocalStack's `header_utils.py` (its reading of the same recording); used only where
//!   the recording cannot show a rule, and said so.
//!
//! Where the recording and LS differ, the recording wins: LS remaps only Connection,
//! Content-Length, Date and Server for proxy integrations; gwmap remaps the same set for every
//! type (only those four are recorded for a proxy, because httpbin sent no others).
//!
//! Not modelled: the headers API Gateway generates itself (`Date`, `Content-Length`,
//! `Connection`, `x-amzn-RequestId`, `x-amz-apigw-id`, `X-Amzn-Trace-Id`, `X-Forwarded-*`,
//! `Host`), which carry per-request values.

use indexmap::IndexMap;

use crate::gateway::headers::dropped_on_arrival;
use crate::gateway::integration::IntegrationType;

/// Never sent to an HTTP or HTTP_PROXY backend, even when mapped; mapping them is no error
/// there (for AWS and AWS_PROXY, mapping the first four fails the execution). REC:
/// `header_remapping_http[HTTP]` and `[HTTP_PROXY]` (full) map each to a static value and
/// httpbin received none of them. Via could instead be stripped by httpbin's own front end;
/// the recording cannot tell, and a client's Via is missing there too.
const NOT_SENT_TO_HTTP: &[&str] = &["connection", "expect", "proxy-authenticate", "te", "via"];

/// Client headers HTTP_PROXY does not forward (a mapping of the same name is still sent). REC:
/// `header_remapping_http[HTTP_PROXY]` no-param: the client's `Content-Encoding: deflate` did
/// not reach httpbin, while under `[HTTP]` full a mapped `Content-Encoding: compress` did, and
/// the Lambda proxy event of `[AWS_PROXY]` has the client's.
const NOT_FORWARDED_BY_HTTP_PROXY: &[&str] = &["content-encoding"];

/// Integration response headers the client never gets. REC: a static `Transfer-Encoding`
/// response mapping is missing from the client's headers in `header_remapping_aws[AWS]` and
/// `[HTTP]` (full), with no `x-amzn-Remapped-` twin.
const DROPPED_FROM_RESPONSE: &[&str] = &["transfer-encoding"];

/// Integration response headers the client gets as `x-amzn-Remapped-<name>` (the name as the
/// integration wrote it, the value unchanged). REC: the static mappings of
/// `header_remapping_aws[AWS]` and `[HTTP]` (full) come back renamed for exactly these names;
/// under `[HTTP_PROXY]` httpbin's own Connection, Content-Length, Date and Server do. Every
/// other name mapped there (Accept, Accept-Charset, Accept-Encoding, Age, Content-Encoding,
/// Content-Type, Pragma, Range, Referer, TE, Via, Warn) reaches the client unchanged.
const REMAPPED_IN_RESPONSE: &[&str] = &[
    "authorization",
    "connection",
    "content-length",
    "content-md5",
    "date",
    "expect",
    "host",
    "max-forwards",
    "proxy-authenticate",
    "server",
    "trailer",
    "upgrade",
    "user-agent",
    "www-authenticate",
];

/// The prefix of a remapped response header, spelt as AWS sends it (REC).
pub const REMAPPED_PREFIX: &str = "x-amzn-Remapped-";

fn listed(list: &[&str], name: &str) -> bool {
    list.iter().any(|h| h.eq_ignore_ascii_case(name))
}

fn without(
    headers: &IndexMap<String, Vec<String>>,
    drop: impl Fn(&str) -> bool,
) -> IndexMap<String, Vec<String>> {
    headers
        .iter()
        .filter(|(k, _)| !drop(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The client's headers as the method request has them.
pub fn method_request_headers(
    client: &IndexMap<String, Vec<String>>,
) -> IndexMap<String, Vec<String>> {
    without(client, dropped_on_arrival)
}

/// The headers an integration request carries to its backend, after mappings and overrides.
pub fn integration_request_headers(
    kind: IntegrationType,
    headers: &IndexMap<String, Vec<String>>,
) -> IndexMap<String, Vec<String>> {
    match kind {
        IntegrationType::Http | IntegrationType::HttpProxy => {
            without(headers, |k| listed(NOT_SENT_TO_HTTP, k))
        }
        _ => headers.clone(),
    }
}

/// The method request headers HTTP_PROXY passes on before its mappings are merged in.
pub fn http_proxy_forwarded(
    method_request: &IndexMap<String, Vec<String>>,
) -> IndexMap<String, Vec<String>> {
    without(method_request, |k| listed(NOT_FORWARDED_BY_HTTP_PROXY, k))
}

/// The method response headers as the client gets them: dropped ones removed, remapped ones
/// renamed where they stand (so the order is kept). A remapped name that collides with one
/// already there replaces it: the last writer wins, as for any header set twice.
pub fn method_response_headers(
    headers: &IndexMap<String, Vec<String>>,
) -> IndexMap<String, Vec<String>> {
    let mut out: IndexMap<String, Vec<String>> = IndexMap::new();
    for (k, v) in headers {
        if listed(DROPPED_FROM_RESPONSE, k) {
            continue;
        }
        let name = if listed(REMAPPED_IN_RESPONSE, k) {
            format!("{REMAPPED_PREFIX}{k}")
        } else {
            k.clone()
        };
        if let Some(existing) = out.keys().find(|e| e.eq_ignore_ascii_case(&name)).cloned() {
            out.shift_remove(&existing);
        }
        out.insert(name, v.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(pairs: &[(&str, &str)]) -> IndexMap<String, Vec<String>> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), vec![v.to_string()]))
            .collect()
    }

    fn names(m: &IndexMap<String, Vec<String>>) -> Vec<&str> {
        m.keys().map(String::as_str).collect()
    }

    #[test]
    fn method_request_drops_hop_by_hop_and_server_headers_in_any_case() {
        let got = method_request_headers(&h(&[
            ("Accept", "a"),
            ("connection", "close"),
            ("CONTENT-MD5", "x"),
            ("Via", "v"),
            ("WWW-Authenticate", "Basic"),
            ("Authorization", "t"),
        ]));
        assert_eq!(names(&got), ["Accept", "Via", "Authorization"]);
    }

    #[test]
    fn http_backends_never_get_connection_expect_proxy_authenticate_te_or_via() {
        let mapped = h(&[
            ("Expect", "200-ok"),
            ("Via", "x"),
            ("Server", "s"),
            ("te", "g"),
        ]);
        assert_eq!(
            names(&integration_request_headers(IntegrationType::Http, &mapped)),
            ["Server"]
        );
        assert_eq!(
            names(&integration_request_headers(
                IntegrationType::HttpProxy,
                &mapped
            )),
            ["Server"]
        );
        // AWS integrations fail on these mappings earlier; the filter leaves them alone.
        assert_eq!(
            integration_request_headers(IntegrationType::Aws, &mapped).len(),
            4
        );
    }

    #[test]
    fn http_proxy_does_not_forward_the_clients_content_encoding() {
        let got = http_proxy_forwarded(&h(&[("Content-Encoding", "deflate"), ("Age", "1")]));
        assert_eq!(names(&got), ["Age"]);
    }

    #[test]
    fn response_headers_are_remapped_in_place_and_transfer_encoding_dropped() {
        let got = method_response_headers(&h(&[
            ("Accept", "1"),
            ("WWW-Authenticate", "Basic"),
            ("Transfer-Encoding", "chunked"),
            ("server", "gunicorn"),
            ("TE", "t"),
        ]));
        assert_eq!(
            names(&got),
            [
                "Accept",
                "x-amzn-Remapped-WWW-Authenticate",
                "x-amzn-Remapped-server",
                "TE"
            ]
        );
        assert_eq!(got["x-amzn-Remapped-WWW-Authenticate"], ["Basic"]);
    }

    #[test]
    fn a_remapped_name_replaces_an_explicit_one() {
        let got = method_response_headers(&h(&[("x-amzn-Remapped-Date", "old"), ("Date", "new")]));
        assert_eq!(names(&got), ["x-amzn-Remapped-Date"]);
        assert_eq!(got["x-amzn-Remapped-Date"], ["new"]);
    }
}
