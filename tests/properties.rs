//! Properties: the parser never panics on any input, and rendering always ends (with output or
//! an error) within the limits, however the template loops or recurses.

use gwmap::gateway::{render_template, RenderOptions, Request};
use gwmap::vtl::Template;
use proptest::prelude::*;

/// Fragments that combine into templates full of Velocity syntax, valid or not.
fn fragment() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "#set($a = 1)",
        "#set($l = [1..3])",
        "#set($m = {'k': $a})",
        "#if($a)",
        "#elseif($a == 2)",
        "#else",
        "#end",
        "#foreach($i in $l)",
        "#foreach($i in [1..2000])",
        "#break",
        "#stop",
        "#macro(m $x)",
        "#m($a)",
        "#m(",
        "#define($d)",
        "$d",
        "$a",
        "$!a",
        "${a}",
        "$a.b",
        "$m.k",
        "$l[0]",
        "$l[-1]",
        "$a.toString()",
        "$i",
        "$foreach.index",
        "\\$a",
        "\\#if",
        "##c\n",
        "#*",
        "*#",
        "#[[",
        "]]#",
        "\"",
        "'",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "$",
        "#",
        " ",
        "\n",
        "\r\n",
        "\t",
        "x",
        "é",
        "😀",
        "$input.json('$')",
        "$input.path('$.a')",
        "$util.urlEncode($a)",
        "#set($s = \"$a#if(true)y#end\")",
        "$s.replaceAll('a*', '-')",
        "$s.split(',')",
        "#set($a = $a + 1)",
        "#set($a = $a * 2147483647)",
        "#evaluate('$a')",
        "#m($l)",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parser_never_panics_on_bytes(s in "\\PC{0,200}") {
        let _ = Template::parse(&s);
    }

    #[test]
    fn parse_and_render_always_end(parts in prop::collection::vec(fragment(), 0..40)) {
        let source: String = parts.concat();
        if let Ok(t) = Template::parse(&source) {
            let request = Request { body: String::from("{\"a\": [1, 2]}"), ..Request::default() };
            let _ = render_template(&t, &request, RenderOptions::default());
        }
    }
}

/// A macro that calls itself forever ends with the macro-depth error, not a stack overflow.
#[test]
fn unbounded_recursion_is_an_error() {
    let t = Template::parse("#macro(r $n)#r($n)#end#r(1)").unwrap();
    let e = render_template(&t, &Request::default(), RenderOptions::default()).unwrap_err();
    assert!(e.to_string().contains("max_macro_depth"), "{e}");
}

/// Deeply nested input is a syntax error, not a stack overflow.
#[test]
fn deep_nesting_is_an_error() {
    let src = "#if(true)".repeat(10_000);
    let e = Template::parse(&src).unwrap_err();
    assert!(e.message.contains("nesting"), "{}", e.message);
    let src = format!("#set($a = {}1{})", "(".repeat(10_000), ")".repeat(10_000));
    assert!(Template::parse(&src).is_err());
}

/// Nested loops that stay under the per-loop limit still stop at the step budget.
#[test]
fn nested_loops_hit_the_step_budget() {
    let src =
        "#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])x#end#end#end";
    let t = Template::parse(src).unwrap();
    let e = render_template(&t, &Request::default(), RenderOptions::default()).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("max_steps") || msg.contains("max_output_bytes"),
        "{msg}"
    );
}

/// The 1,000-iteration limit of API Gateway stops a loop silently.
#[test]
fn foreach_stops_at_one_thousand() {
    let t = Template::parse(
        "#foreach($i in [1..1500])#end$velocityCount#foreach($i in [1..1500])#set($n = $i)#end$n",
    )
    .unwrap();
    let out = render_template(&t, &Request::default(), RenderOptions::default()).unwrap();
    assert_eq!(out.output, "1000");
}

/// Values that double each iteration hit a size limit instead of exhausting memory.
#[test]
fn doubling_strings_and_lists_hit_size_limits() {
    for (src, limit) in [
        (
            "#set($s = 'ab')#foreach($i in [1..60])#set($s = \"$s$s\")#end",
            "max_string_bytes",
        ),
        (
            "#set($s = 'ab')#foreach($i in [1..60])#set($s = $s + $s)#end",
            "max_string_bytes",
        ),
        (
            "#set($s = 'ab')#foreach($i in [1..60])#set($s = $s.concat($s))#end",
            "max_string_bytes",
        ),
        (
            "#set($l = [1])#foreach($i in [1..60])#set($x = $l.addAll($l))#end",
            "max_collection_size",
        ),
    ] {
        let t = Template::parse(src).unwrap();
        let e = render_template(&t, &Request::default(), RenderOptions::default()).unwrap_err();
        assert!(e.to_string().contains(limit), "{src}: {e}");
    }
}
