#!/usr/bin/env python3
"""Turn the AWS-recorded vectors (../vectors/, LocalStack parity tests recorded against real
AWS, Apache-2.0) into gwmap pipeline cases (../cases/*.json).

The reading of each vector (what the backend answered, which request the template saw, how
exact the recording is) is the calibrated one of the workshop's reference pipeline,
shared/tools/oracle/aws-check (`--pipeline` checks, 95/95 against oracle-java); this script
imports its planners and re-expresses every check in gwmap's own case format, using the
vector's real integration settings (all request/response templates, passthroughBehavior,
requestParameters, responseParameters) where the check used the vector's templates. It adds
the AWS_PROXY and HTTP_PROXY vectors that aws-check leaves out (proxy integrations).

    python3 tests/aws-recorded/tools/convert.py /path/to/oracle/aws-check
"""
import importlib.machinery
import importlib.util
import json
import os
import re
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VECTORS = os.path.join(ROOT, "vectors")
CASES = os.path.join(ROOT, "cases")


def load_aws_check(path):
    loader = importlib.machinery.SourceFileLoader("aws_check", path)
    spec = importlib.util.spec_from_loader("aws_check", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    mod.RECORDED = VECTORS
    return mod


def mime_of(h):
    m = (h or "").split(";")[0].strip().lower()
    return m or "application/json"


def header(req, name):
    for k, v in (req.get("headers") or {}).items():
        if k.lower() == name.lower():
            return v[-1] if isinstance(v, list) else v
    return None


def integration_for(ac, v, spec):
    si = spec["integration"]
    vi = v.get("integration") or {}
    req = spec["request"]
    out = OrderedDict(type=si["type"])
    if vi.get("uri"):
        out["uri"] = vi["uri"]
    if si.get("selectOn") == "errorMessage" and ":lambda:path/" not in out.get("uri", ""):
        out["uri"] = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/" \
                     "arn:aws:lambda:us-east-1:123456789012:function:fn/invocations"
    if si["type"] == "AWS" and si.get("selectOn") != "errorMessage" and \
            ":lambda:path/" in out.get("uri", ""):
        # the check reads the Lambda's answer as an HTTP-style status
        out["uri"] = "arn:aws:apigateway:us-east-1:lambda:action/Invoke"
    if vi.get("httpMethod"):
        out["httpMethod"] = vi["httpMethod"]
    tpl = si.get("requestTemplate")
    vt = vi.get("requestTemplates") or {}
    mime = mime_of(header(req, "Content-Type"))
    if tpl is None:
        out["passthroughBehavior"] = "WHEN_NO_MATCH"
    elif next((t for k, t in vt.items() if k.lower() == mime), None) == tpl:
        out["requestTemplates"] = vt
        if vi.get("passthroughBehavior"):
            out["passthroughBehavior"] = vi["passthroughBehavior"].upper()
    else:
        out["requestTemplates"] = {mime: tpl}
    if vi.get("requestParameters") and si["type"] == vi.get("type"):
        out["requestParameters"] = vi["requestParameters"]
    responses = []
    vresp = vi.get("integrationResponses") or []
    accept = mime_of((header(req, "Accept") or "").split(",")[0])
    for idx, r in enumerate(si["responses"]):
        ir = OrderedDict(statusCode=str(r["statusCode"]))
        if r.get("selectionPattern") is not None:
            ir["selectionPattern"] = r["selectionPattern"]
        same = idx < len(vresp) and str(vresp[idx].get("statusCode")) == ir["statusCode"]
        if same and vresp[idx].get("responseParameters"):
            ir["responseParameters"] = vresp[idx]["responseParameters"]
        if "template" in r:
            vt = (vresp[idx].get("responseTemplates") or {}) if same else {}
            if vt.get("application/json") == r["template"] and accept in (vt.keys() | {"*/*"}) \
                    and (accept not in vt or vt[accept] == r["template"]):
                ir["responseTemplates"] = vt
            else:
                ir["responseTemplates"] = {"application/json": r["template"]}
        responses.append(ir)
    out["responses"] = responses
    return out


def backend_for(spec):
    si = spec["integration"]
    b = si.get("backend")
    if b is None or b.get("echo"):
        return {"echo": True}
    if si.get("selectOn") == "errorMessage":
        if b.get("errorMessage") is not None:
            return OrderedDict(errorMessage=b["errorMessage"], payload=b.get("body", ""))
        return OrderedDict(payload=b.get("body", ""))
    out = OrderedDict(status=b.get("status", 200))
    out["body"] = b.get("body", "")
    return out


def expect_of(chk):
    e = OrderedDict()
    if chk.status is not None:
        e["status"] = chk.status
    if chk.headers:
        e["headers"] = chk.headers
    if chk.body is not None:
        e["body"] = OrderedDict(compare=chk.body[0], text=chk.body[1])
    return e


def proxy_payload_cases(v, vid):
    """test_aws_proxy_response_payload_format_validation: the Lambda returns
    json.loads(event["body"]), so the request body *is* the proxy result."""
    body = v["request"].get("body")
    if body is None:
        backend = OrderedDict(errorMessage="the JSON object must be str, bytes or bytearray, not NoneType",
                              errorType="TypeError")
    else:
        backend = OrderedDict(payload=body)
    rec = v["recorded"]
    content = rec["snapshot"]["content"]
    if isinstance(content, str):
        text, mode = content, "exact"
    else:
        text, mode = json.dumps(content), "json"
    expect = OrderedDict(status=rec["status"], body=OrderedDict(compare=mode, text=text))
    integ = OrderedDict(type="AWS_PROXY", httpMethod="POST", uri=v["integration"]["uri"])
    return integ, backend, expect


def proxy_format_cases(v):
    """test_lambda_aws_proxy_response_format: the Lambda returns a fixed result per route."""
    a = v["asserted"]
    expect = OrderedDict(status=a["status"])
    if "headers" in a:
        expect["headers"] = a["headers"]
    if "body_bytes" in a:
        expect["body"] = OrderedDict(compare="exact", text=a["body_bytes"])
    elif "body_json" in a:
        expect["body"] = OrderedDict(compare="json", text=json.dumps(a["body_json"]))
    integ = OrderedDict(type="AWS_PROXY", httpMethod="POST", uri=v["integration"]["uri"])
    return integ, OrderedDict(result=v["integration"]["backend_result"]), expect


SENT_BY_CLIENT_LIB = {"accept-encoding", "content-length", "host", "connection"}


def seen_headers(recorded_headers, request_headers):
    """The headers the echo shows that the test sent or mapped (not python-requests'
    defaults, not AWS's own x-amzn-*/x-forwarded-*, not placeholders)."""
    out = OrderedDict()
    for k, val in recorded_headers.items():
        if k in SENT_BY_CLIENT_LIB or k.startswith(("x-amzn-", "x-forwarded-")) or \
                str(val).startswith("<"):
            continue
        out[k] = val
    return out


def http_proxy_cases(v):
    """HTTP_PROXY vectors with a Lambda function-URL backend (status or echo)."""
    tf = v["source"]["test_function"]
    vi = v["integration"]
    integ = OrderedDict(type="HTTP_PROXY", httpMethod=vi.get("httpMethod"), uri=vi.get("uri"))
    if vi.get("requestParameters"):
        integ["requestParameters"] = vi["requestParameters"]
    req = v["request"]
    rec = v["recorded"]
    if tf.startswith("test_http_integration_invoke_status_code_passthrough"):
        code = rec["status_code"]
        body = json.dumps(OrderedDict(status_code=code, message=""))
        expect = OrderedDict(status=code, body=OrderedDict(compare="json", text=json.dumps(rec["body"])))
        expect["integration_request"] = OrderedDict(
            method="POST", query={})
        return integ, OrderedDict(status=code, body=body), expect
    content = rec.get("content", rec)
    echo = OrderedDict((k, content[k]) for k in content if k != "status_code")
    ir = OrderedDict(method=content["method"], query=content.get("args") or {},
                     headers=seen_headers(content["headers"], req.get("headers") or {}))
    ir["body"] = OrderedDict(compare="json", text=json.dumps(content["data"]))
    # The function URL answers the echo document; the client gets it unchanged.
    backend = OrderedDict(status=200, headers={"Content-Type": "application/json"},
                          body=json.dumps(echo))
    expect = OrderedDict(body=OrderedDict(compare="json", text=json.dumps(echo)),
                         integration_request=ir)
    return integ, backend, expect


def proxy_request(ac, v):
    r = v["request"]
    req = ac.method_request(v)
    rp = (v.get("method") or {}).get("resourcePath")
    if rp and "pathParameters" not in r:
        path = "/" + r["path"].split("/", 2)[-1] if r["path"].count("/") > 1 else "/"
        pat = "^" + re.sub(r"\\\{(\w+)\+?\\\}", r"(?P<\1>.+)", re.escape(rp)) + "$"
        m = re.match(pat, path)
        if m:
            req["path"] = m.groupdict()
    if rp is None and "pathParameters" not in r:
        # the stage is the first segment of the recorded path
        req["resourcePath"] = "/" + r["path"].split("/", 2)[-1] if r["path"].count("/") > 1 else "/"
    return req


def proxy_event_case(v):
    """test_lambda_aws_proxy_integration: the Lambda answers the event it got as its body, so
    the recording is the event AWS built. The URL is split as AWS routes it (stage, path,
    query decoded with '+' as space, nothing after '#'); the resource is the recorded one."""
    from urllib.parse import parse_qsl
    r = v["request"]
    ev = v["recorded"]["body_json"]
    raw = r["path_and_query_as_written_by_test"].split("#", 1)[0]
    path, _, qs = raw.partition("?")
    segs = [p for p in path.split("/")]
    while segs and segs[0] == "":
        segs.pop(0)
    stage = segs[0]
    rest = "/" + "/".join(segs[1:])
    query = OrderedDict()
    for k, val in parse_qsl(qs, keep_blank_values=True):
        query.setdefault(k, []).append(val)
    req = OrderedDict(method=r["method"], resourcePath=ev["resource"])
    if ev.get("pathParameters"):
        req["path"] = ev["pathParameters"]
    if query:
        req["query"] = query
    req["headers"] = r["headers"]
    if r.get("body") is not None:
        req["body"] = r["body"]
    req["context"] = OrderedDict(stage=stage)
    want = OrderedDict()
    for k in ("resource", "httpMethod", "pathParameters", "queryStringParameters",
              "multiValueQueryStringParameters", "body", "isBase64Encoded", "stageVariables"):
        want[k] = ev[k]
    sent = {k.lower() for k in r["headers"]}
    want["headers"] = OrderedDict((k, x) for k, x in ev["headers"].items() if k.lower() in sent)
    want["multiValueHeaders"] = OrderedDict((k, x) for k, x in ev["multiValueHeaders"].items()
                                            if k.lower() in sent)
    rc = ev["requestContext"]
    want["requestContext"] = OrderedDict(resourcePath=rc["resourcePath"], httpMethod=rc["httpMethod"],
                                         stage=rc["stage"],
                                         identity=OrderedDict(userAgent=rc["identity"]["userAgent"]))
    notes = []
    resource_path = ev["resource"]
    for pk, pv in (ev.get("pathParameters") or {}).items():
        resource_path = resource_path.replace("{%s+}" % pk, pv).replace("{%s}" % pk, pv)
    if ev["path"] == resource_path:
        want["path"] = ev["path"]
    else:
        notes.append(f"event path {ev['path']!r} keeps the raw URL's slashes; the request file "
                     "has no raw path, so it is not compared")
    integ = OrderedDict(type="AWS_PROXY", httpMethod="POST", uri=v["integration"]["uri"])
    expect = OrderedDict(status=v["recorded"]["status"], body_subset=want)
    if notes:
        expect["not_checked"] = notes
    return integ, req, {"echo": True}, expect


def forbidden_header_case(v):
    """TestApiGatewayHeaderRemapping: one mapping onto a header API Gateway does not let an
    integration request set; AWS answered 500 Internal server error."""
    vi = v["integration"]
    integ = OrderedDict(type=vi["type"])
    for k in ("httpMethod", "uri", "requestParameters"):
        if vi.get(k):
            integ[k] = vi[k]
    if not vi["type"].endswith("_PROXY"):
        integ["responses"] = [OrderedDict(statusCode="200")]
    snap = v["recorded"]["snapshot"]
    expect = OrderedDict(status=500,
                         headers={"x-amzn-ErrorType": snap["response-headers"]["x-amzn-ErrorType"]},
                         body=OrderedDict(compare="json", text=json.dumps(snap["body"])))
    expect["not_checked"] = ["the status is not in the snapshot; 500 is what the test asserts "
                             "for Internal server error (API_CONFIGURATION_ERROR)"]
    return integ, {"status": 200, "body": ""}, expect


# Headers API Gateway writes itself on every response (per-request values gwmap does not
# generate), and those it adds on the way to a backend.
AWS_RESPONSE_OWN = {"connection", "content-length", "date", "x-amzn-trace-id", "x-amz-apigw-id",
                    "x-amzn-requestid"}
AWS_REQUEST_OWN = {"accept", "content-length", "host", "user-agent", "x-amzn-apigateway-api-id",
                   "x-amzn-trace-id", "x-forwarded-for", "x-forwarded-port", "x-forwarded-proto"}
# httpbin.org's own answer headers, as [HTTP_PROXY] (no-param) recorded them through the remap.
HTTPBIN_HEADERS = OrderedDict([("Access-Control-Allow-Credentials", "true"),
                               ("Access-Control-Allow-Origin", "*"),
                               ("Connection", "keep-alive"), ("Content-Type", "application/json"),
                               ("Server", "gunicorn/19.9.0")])


def lower_keys(d):
    return {k.lower() for k in (d or {})}


def recorded_values(d, skip):
    """Recorded headers whose value is not a placeholder, leaving out `skip` (lower-case)."""
    return OrderedDict((k, x) for k, x in (d or {}).items()
                       if k.lower() not in skip and not str(x).startswith("<"))


def header_remapping_case(ac, fname, i, v):
    """TestApiGatewayHeaderRemapping, no-param and full: which client headers the method
    request, the Lambda proxy event and an httpbin echo show, and which response headers come
    back renamed x-amzn-Remapped-*."""
    vi = v["integration"]
    kind = vi["type"]
    snap = v["recorded"]["snapshot"]
    client = v["request"]["headers"]
    full = v["source"]["snapshot_keys"][-1] == "full-integration"
    notes = ["Date, Host and Via values are placeholders in the recording and are not compared",
             "API Gateway's own response headers (Connection, Content-Length, Date, "
             "X-Amzn-Trace-Id, x-amz-apigw-id, x-amzn-RequestId) are not modelled"]
    if full and kind in ("AWS", "HTTP"):
        # The template reading is the calibrated one of aws-check; its request leaves out the
        # headers the template never saw, so they are put back: the pipeline must drop them.
        plan = ac.plan_for(fname, i, v)
        chk = plan.checks[0]
        integ = integration_for(ac, v, chk.spec)
        req = chk.spec["request"]
        planned = req.get("headers") or {}
        req["headers"] = OrderedDict((k, planned.get(k, x)) for k, x in client.items()
                                     if k in planned or k.lower() not in lower_keys(planned))
        for k, x in planned.items():
            req["headers"].setdefault(k, x)
        backend = backend_for(chk.spec)
        expect = expect_of(chk)
    else:
        integ = OrderedDict(type=kind, httpMethod=vi["httpMethod"], uri=vi["uri"])
        for k in ("requestParameters", "requestTemplates"):
            if vi.get(k):
                integ[k] = vi[k]
        integ["responses"] = vi["integrationResponses"]
        req = ac.method_request(v)
        expect = OrderedDict(status=v["recorded"]["status"])
        if kind == "AWS":
            # The Lambda got {} (the empty passthrough body) and its answer is the body: 59
            # bytes, the recorded Content-Length.
            answer = json.dumps(OrderedDict(statusCode=200, body="{}", isBase64Encoded=False))
            backend = OrderedDict(payload=answer)
            expect["body"] = OrderedDict(compare="exact", text=answer)
        elif kind == "AWS_PROXY":
            backend = {"echo": True}
            seen = snap["headers"]
            expect["body_subset"] = OrderedDict(
                headers=recorded_values(seen, AWS_REQUEST_OWN - {"accept", "user-agent"}),
                body=snap["body"])
            expect["body_absent"] = ["headers." + k for k in client if k.lower() not in lower_keys(seen)]
            notes.append("X-Amzn-Trace-Id and X-Forwarded-* in the event are added by AWS and not "
                         "modelled; multiValueHeaders is not recorded")
        else:
            headers = OrderedDict(HTTPBIN_HEADERS)
            length = snap["response-headers"].get("Content-Length")
            if kind == "HTTP_PROXY":
                length = snap["response-headers"].get("x-amzn-Remapped-Content-Length")
            if length:
                headers["Content-Length"] = length
            echo = OrderedDict(args={}, data=snap["body"], headers=snap["headers"])
            backend = OrderedDict(status=200, headers=headers, body=json.dumps(echo))
            notes.append("httpbin's answer headers are the ones [HTTP_PROXY] recorded through the "
                         "remap; its body is rebuilt from the recorded headers and data")
    if kind in ("HTTP", "HTTP_PROXY"):
        seen = snap["headers"]
        ir = OrderedDict(method="POST")
        # Accept and User-Agent are API Gateway's own only when nothing set them.
        own = AWS_REQUEST_OWN if kind == "HTTP" and not full else \
            AWS_REQUEST_OWN - {"accept", "user-agent"}
        ir["headers"] = recorded_values(seen, own)
        sent = list(client) + [t.split(".")[-1] for t in (vi.get("requestParameters") or {})]
        absent = []
        for k in sent:
            if k.lower() not in lower_keys(seen) and k.lower() not in {a.lower() for a in absent}:
                absent.append(k)
        ir["headers_absent"] = absent
        if isinstance(snap["body"], str):
            ir["body"] = OrderedDict(compare="exact", text=snap["body"])
        else:
            ir["body"] = OrderedDict(compare="json-ordered", text=json.dumps(snap["body"]))
        expect["integration_request"] = ir
        notes.append("Content-Length, X-Amzn-Trace-Id and the default Accept at the backend are "
                     "API Gateway's and not modelled")
    rec = snap["response-headers"]
    want = recorded_values(rec, AWS_RESPONSE_OWN)
    if want:
        expect["headers"] = want
    mapped = [t.split(".")[-1] for r in vi["integrationResponses"]
              for t in (r.get("responseParameters") or {})] if kind in ("AWS", "HTTP") else []
    names = list(client) + mapped + (list(HTTPBIN_HEADERS) if kind in ("HTTP", "HTTP_PROXY") else [])
    absent = []
    for k in names:
        if k.lower() not in lower_keys(rec) and k.lower() not in {a.lower() for a in absent}:
            absent.append(k)
    expect["headers_absent"] = absent
    expect["not_checked"] = (expect.get("not_checked") or []) + notes
    return integ, req, backend, expect


PROXY_LAMBDA_URI = ("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                    "arn:aws:lambda:us-east-1:123456789012:function:fn/invocations")


def proxy_binary_case(ac, v):
    """test_aws_proxy_binary_response: the function answers a base64 PNG with
    isBase64Encoded; the client gets bytes or the base64 text depending on its Accept."""
    vi = v["integration"]
    integ = OrderedDict(type="AWS_PROXY", httpMethod="POST", uri=PROXY_LAMBDA_URI,
                        binaryMediaTypes=vi["rest_api_binaryMediaTypes"])
    req = ac.method_request(v, resource_path="/test")
    a = v["asserted"]
    text = vi["backend_result"]["body"]
    expect = OrderedDict(status=a["status"], body=OrderedDict(compare="exact", text=text),
                         body_base64=a["body"] == "the decoded PNG bytes")
    expect["not_checked"] = ["the test asserts the status and the body only"]
    return integ, req, OrderedDict(result=vi["backend_result"]), expect


def s3_convert_to_binary_cases(ac, v):
    """TestApiGatewayS3BinarySupport request CONVERT_TO_BINARY: the base64 text of a gzip file
    PUT as image/png (no template for it) is stored decoded; as application/json (a template
    matches) the execution fails."""
    import ast
    import base64
    rec = v["recorded"]["get_integration"]
    stored = ast.literal_eval(v["recorded"]["s3_object_after_first_put"]["Body"])
    text = base64.b64encode(stored).decode()
    integ = OrderedDict(type="AWS", httpMethod=rec["httpMethod"],
                        uri=rec["uri"].replace("arn:<partition>:", "arn:aws:"),
                        contentHandling=rec["contentHandling"],
                        passthroughBehavior=rec["passthroughBehavior"],
                        requestParameters=rec["requestParameters"],
                        requestTemplates=v["integration"]["requestTemplates"],
                        responses=v["integration"]["integrationResponses"],
                        binaryMediaTypes=v["rest_api_binaryMediaTypes"])
    out = []
    for n, r in enumerate(v["request"]):
        req = OrderedDict(method=r["method"], resourcePath="/{object_path}",
                          path={"object_path": r["path"].split("/")[-1]},
                          headers=r["headers"], body=text, context={"stage": "test"})
        a = v["asserted"][n]
        expect = OrderedDict(status=a["status"])
        if a["status"] == 200:
            backend = OrderedDict(status=200, headers={"ETag": v["recorded"][
                "s3_object_after_first_put"]["ETag"]}, body="")
            expect["body"] = OrderedDict(compare="exact", text=a["body_bytes"])
            expect["integration_request"] = OrderedDict(
                method=r["method"], headers={"Content-Type": r["headers"]["Content-Type"]},
                body=OrderedDict(compare="exact", text=text), body_base64=True)
            expect["not_checked"] = ["the stored object's bytes are the integration request "
                                     "body; S3's own answer headers are not recorded"]
        else:
            backend = OrderedDict(status=200, body="")
            expect["body"] = OrderedDict(compare="json",
                                         text=json.dumps({"message": "Internal server error"}))
            expect["not_checked"] = ["only the status is asserted; the body is AWS's 500 body"]
        out.append((integ, req, backend, expect))
    return out


# Why the vectors still not converted are not (the pipeline's view; aws-check's own reason,
# which is about template rendering, is kept after it).
NOT_YET = {
    "TestAPIGateway::test_apigw_test_invoke_method_api":
        "TestInvokeMethod on an AWS Lambda integration without templates: the recorded log's "
        "endpoint request/response lines carry AWS-generated values (signed headers, ids)",
    "TestApiGatewayCommon::test_integration_request_parameters_mapping":
        "asserts only that the backend received mapped headers, recorded through a Lambda "
        "function URL echo with placeholders; not converted yet",
    "TestApiGatewayCommon::test_invocation_trace_id":
        "only X-Amzn-Trace-Id response headers were recorded; gwmap does not generate trace ids",
    "test_apigateway_s3_any":
        "S3 object round trip without templates: the recorded values are S3's (ETag, stored "
        "bytes), not the gateway's",
    "test_lambda_aws_proxy_integration_non_post_method":
        "AWS_PROXY with integration httpMethod GET: AWS fails the Lambda invoke; the failure mode "
        "is not modelled yet",
    "test_lambda_aws_proxy_integration_request_data_mapping":
        "AWS_PROXY requestParameters ignored: the recorded event has placeholders for most fields; "
        "covered by tests/pipeline_steps.rs (aws_proxy_event_has_nulls_for_absent_parts), not "
        "converted yet",
    "test_lambda_aws_integration":
        "Lambda non-proxy without templates: the echo Lambda's answer is asserted only in part",
    "test_ssm_aws_integration":
        "SSM GetParameter without templates: the recorded body is SSM's answer",
    "TestApigatewayStepfunctions::test_apigateway_with_step_function_integration":
        "Step Functions: the recorded values are the service's (executionArn, dates)",
}


def main():
    ac = load_aws_check(sys.argv[1] if len(sys.argv) > 1 else "/tmp/oracle/aws-check")
    os.makedirs(CASES, exist_ok=True)
    for f in os.listdir(CASES):
        if f.endswith(".json"):
            os.remove(os.path.join(CASES, f))
    index = json.load(open(os.path.join(VECTORS, "INDEX.json")))
    report = []
    for entry in index["index"]:
        fname = entry["file"]
        vectors = json.load(open(os.path.join(VECTORS, fname)))
        for i, v in enumerate(vectors):
            vid = f"{fname[:-5]}[{i}]"
            base = re.sub(r"[^A-Za-z0-9]+", "-", fname[:-5]).strip("-")
            tf = v["source"]["test_function"]
            cases = []
            snap_body = ((v.get("recorded") or {}).get("snapshot") or {}).get("body") \
                if isinstance((v.get("recorded") or {}).get("snapshot"), dict) else None
            if tf in ("test_lambda_aws_proxy_integration_non_post_method", "test_lambda_aws_integration"):
                vi = v["integration"]
                integ = OrderedDict(type=vi["type"], httpMethod=vi["httpMethod"], uri=vi["uri"])
                if vi["type"] == "AWS":
                    integ["responses"] = vi["integrationResponses"]
                rec = v["recorded"]
                expect = OrderedDict(status=rec["status"], body=OrderedDict(
                    compare="json", text=json.dumps(rec["body_json"])))
                # the non-proxy Lambda returns its input event (the passed-through body)
                cases.append((integ, proxy_request(ac, v), {"echo": True}, expect))
            elif tf.startswith("TestApiGatewayHeaderRemapping") and \
                    snap_body == {"message": "Internal server error"}:
                integ, backend, expect = forbidden_header_case(v)
                cases.append((integ, ac.method_request(v), backend, expect))
            elif tf.startswith("TestApiGatewayHeaderRemapping"):
                cases.append(header_remapping_case(ac, fname, i, v))
            elif tf == "test_aws_proxy_binary_response":
                cases.append(proxy_binary_case(ac, v))
            elif tf.startswith("TestApiGatewayS3BinarySupport::test_apigw_s3_binary_support_request"):
                cases.extend(s3_convert_to_binary_cases(ac, v))
            elif tf == "test_lambda_aws_proxy_integration":
                cases.append(proxy_event_case(v))
            elif tf == "test_lambda_aws_proxy_response_format":
                cases.append((*proxy_format_cases(v)[:1], proxy_request(ac, v),
                              *proxy_format_cases(v)[1:]))
            elif tf.startswith(("test_http_integration_invoke_status_code_passthrough",
                                "test_http_integration_method", "test_http_integration_with_lambda",
                                "test_http_proxy_integration_request_data_mappings")) and \
                    v["integration"]["type"] == "HTTP_PROXY":
                integ, backend, expect = http_proxy_cases(v)
                cases.append((integ, proxy_request(ac, v), backend, expect))
            elif tf == "test_aws_proxy_response_payload_format_validation":
                integ, backend, expect = proxy_payload_cases(v, vid)
                req = ac.method_request(v)
                cases.append((integ, req, backend, expect))
            else:
                plan = ac.plan_for(fname, i, v)
                if plan.skip:
                    why = NOT_YET.get(re.sub(r"\[.*\]$", "", tf))
                    reason = f"{why} (aws-check: {plan.skip})" if why else plan.skip
                    report.append(OrderedDict(vector=vid, status="not-converted", reason=reason))
                    continue
                for chk in plan.checks:
                    cases.append((integration_for(ac, v, chk.spec), chk.spec["request"],
                                  backend_for(chk.spec), expect_of(chk)))
                    if chk.asserts:
                        cases[-1][3]["not_checked"] = [d for d, _ in chk.asserts]
            for n, (integ, req, backend, expect) in enumerate(cases):
                name = f"{base}--{i}" + (f"-{n}" if len(cases) > 1 else "")
                doc = OrderedDict(
                    vector=vid,
                    source=OrderedDict(repo=v["source"]["repo"], path=v["source"]["path"],
                                       commit=v["source"]["commit"],
                                       test_function=tf,
                                       recorded_date=v["source"].get("recorded_date"),
                                       license="Apache-2.0"),
                    description=v.get("description"),
                    integration=integ, request=req, backend=backend, expect=expect)
                with open(os.path.join(CASES, name + ".json"), "w", encoding="utf-8") as out:
                    json.dump(doc, out, ensure_ascii=False, indent=1)
                    out.write("\n")
            report.append(OrderedDict(vector=vid, status="converted", cases=len(cases)))
    with open(os.path.join(ROOT, "conversion.json"), "w", encoding="utf-8") as out:
        json.dump(report, out, ensure_ascii=False, indent=1)
        out.write("\n")
    conv = sum(1 for r in report if r["status"] == "converted")
    print(f"{len(report)} vectors: {conv} converted, {len(report) - conv} not")


if __name__ == "__main__":
    main()
