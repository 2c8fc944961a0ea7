//! Each lint rule: a failing and a passing example (fixtures inline), plus precise spans for a
//! few. Run with `cargo test --release --test lint_rules`.

use gwmap::lint::{lint_source, Diagnostic, FileSettings};

fn lint_as(src: &str, content_type: Option<&str>) -> Vec<Diagnostic> {
    let mut s = FileSettings::default();
    s.content_type = content_type.map(str::to_string);
    lint_source("t.vtl", src, &s).diagnostics
}

fn codes(src: &str) -> Vec<&'static str> {
    lint_as(src, Some("application/json"))
        .iter()
        .map(|d| d.code)
        .collect()
}

#[track_caller]
fn fails(code: &str, src: &str) -> Diagnostic {
    let all = lint_as(src, Some("application/json"));
    all.iter()
        .find(|d| d.code == code)
        .cloned()
        .unwrap_or_else(|| panic!("{code} expected in {src:?}, got {all:?}"))
}

#[track_caller]
fn passes(code: &str, src: &str) {
    let got = codes(src);
    assert!(
        !got.contains(&code),
        "{code} not expected in {src:?}, got {got:?}"
    );
}

/// The source text a diagnostic points at.
fn at<'a>(src: &'a str, d: &Diagnostic) -> &'a str {
    &src[d.span.range()]
}

#[test]
fn gw001_syntax_error() {
    fails("GW001", "#if($a)x");
    passes("GW001", "#if($a)x#end");
}

#[test]
fn gw002_unsupported_include() {
    let src = "#parse(\"common.vtl\")";
    let d = fails("GW002", src);
    assert!(at(src, &d).starts_with("#parse"));
    passes("GW002", "#macro(common)x#end#common()");
}

#[test]
fn gw003_template_too_large() {
    fails("GW003", &"a".repeat(300 * 1024 + 1));
    passes("GW003", &"a".repeat(1000));
}

#[test]
fn gw101_quoted_input_json() {
    let src = r#"{"name": "$input.json('$.name')"}"#;
    let d = fails("GW101", src);
    assert_eq!(at(src, &d), "$input.json('$.name')");
    passes("GW101", r#"{"name": $input.json('$.name')}"#);
}

#[test]
fn gw102_quoted_input_body() {
    fails("GW102", r#"{"payload": "$input.body"}"#);
    passes("GW102", r#"{"payload": $input.json('$')}"#);
}

#[test]
fn gw103_object_printed_as_json() {
    fails(
        "GW103",
        "#set($root = $input.path('$'))\n{\"order\": $root}",
    );
    fails("GW103", "{\"order\": $input.path('$')}");
    passes(
        "GW103",
        "#set($root = $input.path('$'))\n{\"order\": $input.json('$'), \"id\": $root.id}",
    );
}

#[test]
fn gw104_escape_javascript_quote() {
    fails(
        "GW104",
        r#"{"c": "$util.escapeJavaScript($input.path('$.c'))"}"#,
    );
    passes(
        "GW104",
        r#"{"c": "$util.escapeJavaScript($input.path('$.c')).replaceAll("\\'","'")"}"#,
    );
    passes(
        "GW104",
        "#set($c = $util.escapeJavaScript($input.path('$.c')))\n{\"c\": \"$c.replaceAll(\"\\\\'\",\"'\")\"}",
    );
}

#[test]
fn gw105_unescaped_request_value() {
    fails("GW105", r#"{"name": "$input.path('$.name')"}"#);
    fails("GW105", r#"{"q": "$input.params('q')"}"#);
    fails(
        "GW105",
        "#set($root = $input.path('$'))\n{\"name\": \"$root.name\"}",
    );
    fails(
        "GW105",
        "[#foreach($i in $input.path('$.items'))\"$i.name\"#if($foreach.hasNext),#end#end]",
    );
    passes(
        "GW105",
        r#"{"name": "$util.escapeJavaScript($input.path('$.name')).replaceAll("\\'","'")"}"#,
    );
    passes("GW105", r#"{"n": $input.path('$.items').size()}"#);
}

#[test]
fn gw106_foreach_trailing_comma() {
    let src = "[#foreach($i in $input.path('$.items'))\n{\"id\": 1},\n#end]";
    let d = fails("GW106", src);
    assert!(at(src, &d).starts_with("#foreach($i in $input.path('$.items'))"));
    passes(
        "GW106",
        "[#foreach($i in $input.path('$.items'))\n{\"id\": 1}#if($foreach.hasNext),#end\n#end]",
    );
    passes(
        "GW106",
        "[#foreach($i in $input.path('$.items'))\n{\"id\": 1},\n#end {\"last\": true}]",
    );
}

#[test]
fn gw201_unknown_util_function() {
    let d = fails("GW201", "$util.urlencode('a b')");
    assert!(d.help.unwrap().contains("urlEncode"));
    passes("GW201", "$util.urlEncode('a b')");
}

#[test]
fn gw202_appsync_only_helper() {
    fails("GW202", "{\"item\": $util.toJson($input.path('$'))}");
    fails("GW202", "{\"id\": \"$ctx.requestId\"}");
    passes("GW202", "{\"item\": $input.json('$')}");
}

#[test]
fn gw203_unknown_context_variable() {
    let src = r#"{"ip": "$context.identity.sourceIP"}"#;
    let d = fails("GW203", src);
    assert_eq!(at(src, &d), "sourceIP");
    assert!(d.help.unwrap().contains("$context.identity.sourceIp"));
    passes("GW203", r#"{"ip": "$context.identity.sourceIp"}"#);
    passes("GW203", r#"{"sub": "$context.authorizer.claims.sub"}"#);
}

#[test]
fn gw204_log_only_context_variable() {
    fails("GW204", r#"{"l": "$context.integrationLatency"}"#);
    fails("GW204", r#"{"m": "$context.error.message"}"#);
    passes("GW204", r#"{"t": $context.requestTimeEpoch}"#);
}

#[test]
fn gw205_invalid_jsonpath() {
    fails("GW205", "{\"a\": $input.json('$.items[0')}");
    passes("GW205", "{\"a\": $input.json('$.items[0]')}");
}

#[test]
fn gw206_count_on_list() {
    let src = "#if($input.path('$.items').count() > 0)x#end";
    let d = fails("GW206", src);
    assert_eq!(at(src, &d), "count()");
    passes("GW206", "#if($input.path('$.items').size() > 0)x#end");
}

#[test]
fn gw301_undefined_variable() {
    let src = "#set($inputRoot = $input.path('$'))\n{\"id\": $inputroot.id}";
    let d = fails("GW301", src);
    assert_eq!(at(src, &d), "inputroot");
    assert!(d.help.unwrap().contains("$inputRoot"));
    passes(
        "GW301",
        "#set($inputRoot = $input.path('$'))\n{\"id\": $inputRoot.id, \"n\": \"$!null\"}",
    );
}

#[test]
fn gw302_unused_variable() {
    fails("GW302", "#set($name = 1){\"n\": $nmae}");
    passes("GW302", "#set($name = 1){\"n\": $name}");
    passes(
        "GW302",
        "#set($l = [])#set($discard = $l.add(1))#set($x2 = $l.add(2)){\"n\": $l.size()}",
    );
}

#[test]
fn gw303_nullable_set_in_loop() {
    fails(
        "GW303",
        "#foreach($i in $input.path('$.items'))#set($n = $i.note)$n#end",
    );
    passes(
        "GW303",
        "#foreach($i in $input.path('$.items'))#set($n = \"\")#set($n = $i.note)$n#end",
    );
}

#[test]
fn gw401_override_set_twice() {
    let src = "#set($context.responseOverride.status = 400)\n#if($a)\n#set($context.responseOverride.status = 404)\n#end";
    let d = fails("GW401", src);
    assert!(d.message.contains("line 1"));
    passes(
        "GW401",
        "#if($a)\n#set($context.responseOverride.status = 400)\n#else\n#set($context.responseOverride.status = 404)\n#end",
    );
    fails(
        "GW401",
        "#set($context.requestOverride.header.X-Id = 'a')#set($context.requestOverride.header.x-id = 'b')",
    );
}

#[test]
fn gw402_invalid_override_status() {
    let src = "#set($context.responseOverride.status = \"404\")";
    let d = fails("GW402", src);
    assert_eq!(at(src, &d), "\"404\"");
    fails("GW402", "#set($context.responseOverride.status = 4000)");
    passes("GW402", "#set($context.responseOverride.status = 404)");
}

#[test]
fn gw403_mock_quoted_status_code() {
    let src = r#"{"statusCode": "200"}"#;
    let d = fails("GW403", src);
    assert_eq!(at(src, &d), "\"200\"");
    passes("GW403", r#"{"statusCode": 200}"#);
    // Not declared MOCK: a quoted reference may be data for a Lambda.
    passes("GW403", r#"{"statusCode": "$input.params('statusCode')"}"#);
}

#[test]
fn gw501_invalid_json_output() {
    let src = "{\n  \"a\": \"x\"\n  \"b\": 1\n}";
    let d = fails("GW501", src);
    // The missing comma is reported at the key that follows it, on line 3.
    assert_eq!(at(src, &d), "\"");
    assert_eq!(gwmap::vtl::span::line_col(src, d.span.start as usize).0, 3);
    passes("GW501", "{\"count\": $input.path('$.count')}");
    passes("GW501", "{\"a\": \"x\", \"b\": 1}");
    passes("GW501", "");
}

#[test]
fn gw505_json_output_without_body() {
    let src = "{\"count\": $input.path('$.count')}";
    let d = fails("GW505", src);
    assert!(d.message.contains("an empty body"));
    assert_eq!(at(src, &d), "$");
    passes("GW505", "{\"count\": \"$input.path('$.count')\"}");
    // Broken for every body: that is GW501, not GW505.
    passes("GW505", "{\"a\": 1,}");
}

#[test]
fn gw502_invalid_xml_output() {
    let bad = lint_as("<a><b></a>", Some("application/xml"));
    assert!(bad.iter().any(|d| d.code == "GW502"), "{bad:?}");
    let good = lint_as("<a><b/>$input.path('$.x')</a>", Some("application/xml"));
    assert!(!good.iter().any(|d| d.code == "GW502"), "{good:?}");
}

#[test]
fn gw503_render_failure() {
    fails("GW503", "#set($s = \"abc\")$s.substring(5)");
    passes("GW503", "#set($s = \"abc\")$s.substring(1)");
}

#[test]
fn gw504_loop_over_limit() {
    fails("GW504", "#foreach($i in [1..5000])$i#end");
    fails("GW504", "#foreach($i in [1..$input.path('$.n')])$i#end");
    passes("GW504", "#foreach($i in [1..10])$i#end");
}

#[test]
fn findings_are_sorted_and_deterministic() {
    let src = "{\"a\": \"$input.path('$.a')\", \"b\": \"$context.foo\", \"c\": $util.toJson(1)}";
    let a = lint_as(src, Some("application/json"));
    let b = lint_as(src, Some("application/json"));
    assert_eq!(a, b);
    let starts: Vec<u32> = a.iter().map(|d| d.span.start).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
}

#[test]
fn no_panic_on_odd_input() {
    for src in [
        "",
        "$",
        "#",
        "\"",
        "$input.json(",
        "#foreach(",
        "é\"$x\u{0}",
        "#set($a = [1..",
        "{\"a\": \"$input.path('$.a\u{e9}')\"}",
        "#*",
        "$!{",
        "#if($a)#elseif",
    ] {
        let _ = lint_as(src, Some("application/json"));
        let _ = lint_as(src, Some("application/xml"));
        let _ = lint_as(src, None);
    }
}
