#!/usr/bin/env python3
"""gen.py - seeded, grammar-based generator of random *valid* Velocity 1.7 templates
(Amazon API Gateway mapping templates) for gwmap's differential tests.

    python3 tools/difftest/gen.py --seed 1 --count 1200 \
        --out tests/differential/cases --oracle /tmp/oracle/oracle-java

writes NNNN.vtl, NNNN.request.json and NNNN.expected (the oracle's output bytes) for COUNT
kept cases, numbered 0001.. in generation order.  Candidates the oracle rejects (parse error,
method exception), whose output is not reproducible (rendered twice, in two JVMs, in reverse
order) or is oversized are discarded and counted; replacement candidates are generated until
COUNT cases are kept.  Everything is a pure function of --seed (stdlib `random.Random` only,
no set iteration, no hashing), so the same seed and oracle give the same corpus.

How validity is kept: the generator carries a static model of what is in scope at every
point (Ty: kind + facts such as an int interval, a string's minimum length, a list's minimum
size, a map's known keys), and only emits method calls whose arguments are safe under those
facts (substring/get/charAt within bounds, non-zero divisors, simple regexes, no
ConcurrentModification, no printing of Java arrays or other identity-hash objects).
Branches join facts, loops widen the outer variables they reassign, macro and #define bodies
freeze the globals they read.  See tests/differential/README.md.

Python 3.11, stdlib only.
"""

import argparse
import base64
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

# =====================================================================================
# Abstract values ("types with facts")
# =====================================================================================

_oid_counter = [0]


def _new_oid():
    _oid_counter[0] += 1
    return _oid_counter[0]


class Ty:
    """kind: int dbl str bool list map entry any char array block
    int: lo/hi (None = unbounded); str: minlen, exact (str or None);
    list: elem (Ty or None = no element yet), minsize, cls (list|jsonarray|set|array|values|entries),
          items (exact element Tys or None);
    map: fields {key: Ty} (keys surely present), vbound (join of all values or None), cls
         (linked|hash|header|opaque); entry: key, val; oid: container identity."""

    __slots__ = ("kind", "lo", "hi", "mag", "jbig", "minlen", "exact", "elem", "minsize", "cls", "items",
                 "fields", "vbound", "key", "val", "oid")

    def __init__(self, kind, **kw):
        self.kind = kind
        self.lo = self.hi = None
        self.mag = 31           # int: bound on the magnitude in bits when lo/hi are unknown
        self.jbig = False       # int: may be a java.math.BigInteger (stays one once it is)
        self.minlen = 0
        self.exact = None
        self.elem = None
        self.minsize = 0
        self.cls = None
        self.items = None
        self.fields = None
        self.vbound = None
        self.key = self.val = None
        self.oid = None
        for k, v in kw.items():
            setattr(self, k, v)

    def copy(self, **kw):
        t = Ty(self.kind)
        for s in Ty.__slots__:
            setattr(t, s, getattr(self, s))
        for k, v in kw.items():
            setattr(t, k, v)
        return t


LONG_MIN, LONG_MAX = -(1 << 63), (1 << 63) - 1


def T_int(lo=None, hi=None, mag=31, jbig=None):
    if jbig is None:
        jbig = lo is not None and hi is not None and (lo < LONG_MIN or hi > LONG_MAX)
    return Ty("int", lo=lo, hi=hi, mag=mag, jbig=jbig)


def maybe_big(t):
    """Might be a BigInteger: Velocity then uses BigInteger/BigDecimal arithmetic."""
    return t.kind == "int" and (t.jbig or ibits(t) > 62)


def ibits(t):
    """Magnitude bound (bits) of an int value; > 62 means it may be a BigInteger."""
    if t.lo is not None and t.hi is not None:
        return max(abs(t.lo), abs(t.hi)).bit_length()
    return t.mag


def T_dbl():
    return Ty("dbl")


def T_bool():
    return Ty("bool")


def T_str(minlen=0, exact=None):
    if exact is not None:
        minlen = len(exact)
    return Ty("str", minlen=minlen, exact=exact)


EMPTY = T_str(0, "")
ANY = Ty("any")
NULLT = Ty("null")      # a null reference: renders "", #set stores "", method chains stop
OPAQUE = Ty("opaque")   # might be a Java array (identity-hash toString): never printed
SHARED = {}             # container oids that may be aliased (no mutation through them)


def T_list(elem, minsize, cls="list", items=None, oid=None):
    return Ty("list", elem=elem, minsize=minsize, cls=cls, items=items,
              oid=oid if oid is not None else _new_oid())


def T_map(fields, cls="linked", vbound="auto", oid=None):
    if vbound == "auto":
        vbound = join_all(list(fields.values())) if fields else None
    return Ty("map", fields=dict(fields), cls=cls, vbound=vbound,
              oid=oid if oid is not None else _new_oid())


def join(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if a is b:
        return a
    if a.kind != b.kind:
        if "array" in (a.kind, b.kind) or "opaque" in (a.kind, b.kind):
            return OPAQUE
        if {a.kind, b.kind} == {"str", "null"}:
            return T_str(0)
        return ANY
    k = a.kind
    if k == "int":
        lo = None if a.lo is None or b.lo is None else min(a.lo, b.lo)
        hi = None if a.hi is None or b.hi is None else max(a.hi, b.hi)
        return T_int(lo, hi, mag=max(ibits(a), ibits(b)), jbig=a.jbig or b.jbig)
    if k == "str":
        if a.exact is not None and a.exact == b.exact:
            return a
        return T_str(min(a.minlen, b.minlen))
    if k in ("list", "array"):
        cls = a.cls if a.cls == b.cls else "list"
        if a.cls == "set" or b.cls == "set":
            if a.cls != b.cls:
                return ANY
        return Ty(k, elem=join(a.elem, b.elem), minsize=min(a.minsize, b.minsize), cls=cls,
                  oid=_join_oid(a, b))
    if k == "map":
        fields = {}
        for key, v in a.fields.items():
            if key in b.fields:
                fields[key] = join(v, b.fields[key])
        cls = a.cls if a.cls == b.cls else "linked"
        return Ty("map", fields=fields, cls=cls, vbound=join(a.vbound, b.vbound),
                  oid=_join_oid(a, b))
    if k == "entry":
        return Ty("entry", key=join(a.key, b.key), val=join(a.val, b.val))
    return a  # dbl bool any char block


def _join_oid(a, b):
    if a.oid == b.oid:
        return a.oid
    o = _new_oid()
    SHARED[o] = True  # either object may be behind it: never mutate
    return o


def join_all(tys):
    r = None
    for t in tys:
        r = join(r, t)
    return r


def satisfies(v, bound):
    """v is at least as strong as bound (so storing v where bound is assumed is safe)."""
    if bound is None or bound.kind == "any":
        return v is not None and v.kind != "array"
    if v is None or v.kind != bound.kind:
        return False
    k = v.kind
    if k == "int":
        if bound.lo is not None and (v.lo is None or v.lo < bound.lo):
            return False
        if bound.hi is not None and (v.hi is None or v.hi > bound.hi):
            return False
        return True
    if k == "str":
        return v.minlen >= bound.minlen
    if k in ("list", "array"):
        if v.cls != bound.cls and bound.cls == "set":
            return False
        return v.minsize >= bound.minsize and (bound.elem is None or satisfies(v.elem, bound.elem))
    if k == "map":
        for key, bt in bound.fields.items():
            if key not in v.fields or not satisfies(v.fields[key], bt):
                return False
        return bound.vbound is None or (v.vbound is not None and satisfies(v.vbound, bound.vbound))
    if k == "entry":
        return satisfies(v.key, bound.key) and satisfies(v.val, bound.val)
    return True


def widen(t):
    """Facts that stay true whatever same-kind value the variable is later given."""
    k = t.kind
    if k == "int":
        return T_int(mag=999, jbig=True)
    if k == "str":
        return T_str(0)
    if k == "list":
        return Ty("list", elem=ANY, minsize=0, cls="set" if t.cls == "set" else "list",
                  oid=t.oid)
    if k == "array":
        return Ty("array", elem=T_str(0), minsize=0, cls="array", oid=t.oid)
    if k == "map":
        return Ty("map", fields={}, cls="linked", vbound=ANY, oid=t.oid)
    if k == "entry":
        return Ty("entry", key=ANY, val=ANY)
    return t


def nullable(t):
    """The value might be null ("" under the oracle's MissingAsEmpty rule)."""
    return join(t, NULLT)


def printable(t):
    return t is not None and t.kind not in ("array", "opaque")


def stored(t):
    """What #set stores: a null reference becomes "" (oracle choice E2)."""
    return EMPTY if t.kind == "null" else t


def ty_of_json(v):
    if v is None:
        return NULLT
    if isinstance(v, bool):
        return T_bool()
    if isinstance(v, int):
        return T_int(v, v)
    if isinstance(v, float):
        return T_dbl()
    if isinstance(v, str):
        return T_str(exact=v)
    if isinstance(v, list):
        items = [ty_of_json(x) for x in v]
        return T_list(join_all(items) if items else None, len(items), cls="jsonarray", items=items)
    if isinstance(v, dict):
        return T_map({k: ty_of_json(x) for k, x in v.items()}, cls="linked")
    return ANY


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def java_trim(s):
    i, j = 0, len(s)
    while i < j and ord(s[i]) <= 32:
        i += 1
    while j > i and ord(s[j - 1]) <= 32:
        j -= 1
    return s[i:j]


def java_split_literal(s, sep):
    """String.split(regex) for a regex that matches the literal, non-empty `sep`."""
    if sep not in s:
        return [s]
    parts = s.split(sep)
    while parts and parts[-1] == "":
        parts.pop()
    return parts


# =====================================================================================
# Token lists (so that adjacency hazards can be fixed when the template is assembled)
# =====================================================================================
# A token is (kind, text, alt): kind "t" plain text, "r" bare reference (alt = braced form),
# "w" word directive such as #end/#else/#break (alt = braced form), "d" anything else.

IDENT_CONT = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
LETTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def T(text):
    return ("t", text, None)


def D(text):
    return ("d", text, None)


def R(text, alt):
    return ("r", text, alt)


def W(text, alt):
    return ("w", text, alt)


def assemble(tokens):
    """Join tokens; a bare reference or word directive followed by a character that would
    extend it is switched to its braced form."""
    flat = [t for t in tokens if t[1] != ""]
    for i in range(1, len(flat)):
        k0, t0, _ = flat[i - 1]
        k1, t1, a1 = flat[i]
        if k0 == "d" and t0.startswith("#") and t0.endswith(")") and k1 == "t" and \
                t1.startswith(("(", "[")):
            # e.g. `$a.b$c#if($x == $null)( x` is a parse error in 1.7
            flat[i] = (k1, " " + t1, a1)
        if k0 == "w" and t0 in ("#break", "#{break}", "#stop", "#{stop}"):
            # `#break (x)` / `#break\n  (x)`: the parenthesis is taken as #break's argument
            for j in range(i, len(flat)):
                kj, tj, aj = flat[j]
                s = tj.lstrip(" \t\r\n")
                if kj == "t" and s == "":
                    continue
                if kj == "t" and s.startswith("("):
                    n = len(tj) - len(s)
                    flat[j] = (kj, tj[:n] + "." + tj[n:], aj)
                break
    out = []
    for i, (kind, text, alt) in enumerate(flat):
        if kind in ("r", "w") and alt is not None:
            nxt = ""
            for j in range(i + 1, len(flat)):
                if flat[j][1]:
                    nxt = flat[j][1]
                    break
            c = nxt[:1]
            hazard = False
            if kind == "r":
                if c and (c in IDENT_CONT or c in "[({" or
                          (c == "." and len(nxt) > 1 and nxt[1] in LETTERS) or
                          (c == "." and len(nxt) == 1)):
                    hazard = True
                if nxt.startswith("\\u"):
                    hazard = True
                # Velocity 1.7 lexer quirks: after a bare reference, `#set(..)`, `#*c*#` or
                # `#[[x]]#` (even after whitespace) leave the lexer in reference mode, so
                # `$a#set($b = 1)true`, `$a #set(..)[x`, `$a#*c*#[x` are parse errors; so are
                # `$a${b}[x`, `$a.b${c}P[x`, `$a$.b[` (the '[' is taken as an index).  The
                # braced form is immune.
                passed_ref = False
                for j in range(i + 1, len(flat)):
                    tk, tt = flat[j][0], flat[j][1]
                    if not tt:
                        continue
                    if tk == "t" and tt.strip(" \t\r\n") == "":
                        continue
                    if tk == "d" and tt.startswith(("#set", "#*", "#[[", "##")):
                        hazard = True
                        break
                    if tk == "r" or (tk == "d" and tt.startswith(("${", "$!{"))):
                        passed_ref = True
                        continue
                    if tk == "w" and passed_ref:
                        continue  # `$a.b$c#else{x` is a parse error too
                    if tk == "t" and tt.startswith("$"):
                        hazard = True
                        break
                    s = tt.lstrip(" \t\r\n")
                    if s.startswith("["):
                        hazard = True
                    elif passed_ref and tt[:1] not in " \t\r\n" and \
                            any(c in tt.split(None, 1)[0] for c in "[({"):
                        hazard = True
                    break
            else:
                # `#end@` is a parse error in 1.7 (#@ starts a block macro call)
                if c and (c in IDENT_CONT or c in "([{@\\"):
                    hazard = True
            if hazard:
                text = alt
        out.append(text)
    return "".join(out)


# =====================================================================================
# Vocabulary
# =====================================================================================

WORDS = ["alpha", "beta", "gamma", "delta", "id", "name", "value", "item", "user", "order",
         "Hello", "World", "foo", "bar", "baz", "qux", "ok", "yes", "no", "null", "true", "x",
         "price", "total", "status", "Pending", "OK", "error", "count", "data", "a", "b", "c",
         "Zebra", "apple", "Mango", "key", "val", "text", "msg", "end", "if", "set", "in"]
UNI_WORDS = ["café", "naïve", "über", "日本", "Ωmega", "señor", "emoji😀", "ß-straße"]
VAR_NAMES = ["name", "id", "count", "total", "items", "list", "map", "data", "msg", "out",
             "result", "str", "idx", "flag", "user", "x", "y", "z", "tmp", "sep", "acc", "buf",
             "n", "num", "price", "qty", "body", "obj", "arr", "s", "t", "v", "w", "val",
             "first-name", "my-var", "item_id", "isOk", "userName", "MAX", "a1", "_priv",
             "resp", "payload", "keys", "parts", "word", "label", "prefix", "suffix", "json"]
LOOP_NAMES = ["i", "j", "k", "item", "e", "el", "elem", "row", "entry", "it", "p", "key", "val",
              "c", "part", "w", "num", "x", "node", "rec"]
MACRO_NAMES = ["fmt", "show", "wrap", "pair", "emit", "item", "row", "quote", "field", "sep",
               "join", "dump", "kv", "tag", "line"]
MAP_KEYS = ["a", "b", "c", "id", "name", "k", "key", "value", "type", "Content-Type", "x-id",
            "nested", "list", "n", "flag", "zz", "k1", "K2", "first", "last", "data"]

# simple Java regexes that are valid and cannot throw; (regex, replacement) pairs for replaceAll
REGEX_MATCH = ["[a-z]+", ".*", "[A-Z].*", "\\w+", ".*\\s.*", "[0-9]+", "a.*", ".+o.*", "\\S*",
               "[a-zA-Z ]*", "(ab|cd).*", "x?y*"]
REGEX_REPL = [("[aeiou]", "*"), ("\\s+", "_"), ("[0-9]", "#"), ("(\\w+)", "<$1>"),
              ("^\\s+|\\s+$", ""), ("a", "A"), ("(.)(.)", "$2$1"), ("[^a-z]", ""),
              ("o", "0"), ("\\.", "-"), ("l+", "L"), ("\\b", "|"), ("^", ">"), ("$", "<")]
SPLIT_REGEX = [(",", ","), (" ", " "), ("\\s+", None), ("[,;]", None), ("-", "-"), ("\\|", "|"),
               ("a", "a"), ("o", "o"), (":", ":")]


def q_single(s):
    return "'" + s.replace("'", "''") + "'"


# =====================================================================================
# Scope
# =====================================================================================

class Var:
    __slots__ = ("ty", "definite", "kind_tag")

    def __init__(self, ty, definite=True, kind_tag="var"):
        self.ty = ty
        self.definite = definite
        self.kind_tag = kind_tag  # var | loop | param | define


class Ctx:
    """Generation context (copied on entering a nested construct)."""

    def __init__(self):
        self.depth = 0
        self.scope = {}            # name -> Var
        self.loops = []            # stack of dicts {var, name}
        self.in_macro = False
        self.in_define = False
        self.in_string = False
        self.toplevel = True       # straight-line top level (no branch, loop, macro, define)
        self.mutables = None       # None: no loop restriction; else names assignable in loop
        self.freeze = False        # refs to globals freeze them (macro/define bodies)
        self.macro_globals = None  # names a macro body may #set (fresh, reserved)
        self.layout = "lines"
        self.iterating = []        # container oids being iterated (no mutation)

    def child(self, **kw):
        c = Ctx()
        c.__dict__.update(self.__dict__)
        c.scope = dict(self.scope)
        c.loops = list(self.loops)
        c.iterating = list(self.iterating)
        for k, v in kw.items():
            setattr(c, k, v)
        return c


# =====================================================================================
# The generator
# =====================================================================================

class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.cov = collections.Counter()
        self.frozen = {}           # name -> True (dict used as an ordered set)
        SHARED.clear()             # container oids that are aliased / live JSON
        self.used_names = {}
        self.macros = []           # dicts {name, params:[(pname, bound Ty)], sets:{name: Ty}, block}
        self.defines = []          # names of #define blocks
        self.body = None           # python value of the JSON body (or None)
        self.body_text = ""
        self.body_kind = "none"
        self.query = {}
        self.headers = {}
        self.pathp = {}
        self.stagevars = {}
        self.crlf = "none"
        self.indent_unit = "  "
        self.style = "free"
        self.root_name = None
        self.method = None
        self.pending_calls = 0

    # ------------------------------------------------------------------ helpers
    def r(self):
        return self.rng.random()

    def ch(self, seq):
        return self.rng.choice(seq)

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def wch(self, pairs):
        tot = sum(w for _, w in pairs if w > 0)
        x = self.r() * tot
        for v, w in pairs:
            if w <= 0:
                continue
            x -= w
            if x < 0:
                return v
        return [v for v, w in pairs if w > 0][-1]

    def hit(self, prod, n=1):
        self.cov[prod] += n

    def fresh_name(self, pool=VAR_NAMES, scope=None):
        cands = [n for n in pool if n not in self.used_names and (scope is None or n not in scope)]
        if cands and self.r() < 0.9:
            n = self.ch(cands)
        else:
            base = self.ch(pool)
            i = 2
            while f"{base}{i}" in self.used_names or (scope is not None and f"{base}{i}" in scope):
                i += 1
            n = f"{base}{i}"
        self.used_names[n] = True
        return n

    # ------------------------------------------------------------------ text
    def word(self):
        x = self.r()
        if x < 0.06:
            return self.ch(UNI_WORDS)
        if x < 0.1:
            return str(self.ri(0, 999))
        return self.ch(WORDS)

    def text_chunk(self, allow_nl=False, in_string=None):
        """Plain text that cannot start a reference/directive/escape and does not end with
        '$', '#' or a backslash."""
        parts = []
        n = self.ri(1, 4)
        for _ in range(n):
            x = self.r()
            if x < 0.45:
                parts.append(self.word())
            elif x < 0.6:
                parts.append(self.ch([" ", " ", "  ", "\t", " \t "]))
            elif x < 0.78:
                parts.append(self.ch([",", ".", ":", ";", "!", "?", "(", ")", "[", "]", "{", "}",
                                      "=", "-", "_", "/", "<", ">", "&", "|", "*", "+", "@", "%",
                                      ": ", ", ", "\"", "'", "`", "~", "^"]))
            elif x < 0.86:
                # literal '$' / '#' in positions where Velocity keeps them as text
                self.hit("text.literal_dollar_hash")
                parts.append(self.ch(["$5", "$ ", "US$1", "# ", "#1", "C# ", "100%", "$1.50",
                                      "a#b", "# #", "$-", "$.", "x$ ", "#!"]))
            elif x < 0.92:
                parts.append(self.ch(["\\n", "C:\\dir ", "a\\b", "\\t"]))
                self.hit("text.backslash")
            elif x < 0.97:
                parts.append(self.ch(['"key": ', '{"a": 1}', "<b>", "</b>", "[1, 2]", "a=b&c=d",
                                      "<?xml?>", "-->", "*/", "*", "}}", "{{"]))
            else:
                if allow_nl:
                    parts.append(self.ch(["\n", "\n\n", " \n", "\t\n"]))
                else:
                    parts.append(" ")
        s = "".join(parts)
        if in_string == '"':
            s = s.replace('"', '""')
        elif in_string == "'":
            s = s.replace("'", "''")
        if in_string is not None:
            s = s.replace("\n", " ")
        # a "##" or "#*" or "#[[" inside could start a comment/literal; "\$"/"\#" an escape
        while "##" in s or "#*" in s or "#[" in s or "#{" in s or "#@" in s:
            s = s.replace("##", "#").replace("#*", "# *").replace("#[", "# [").replace(
                "#{", "# {").replace("#@", "# @")
        for bad in ("$!", "${", "\\$", "\\#"):
            while bad in s:
                s = s.replace(bad, bad[0] + " " + bad[1:])
        # '#' followed by a letter could be a directive / macro call; '$' + letter a reference
        out = []
        for i, c in enumerate(s):
            out.append(c)
            if c in "$#" and i + 1 < len(s) and (s[i + 1] in LETTERS or s[i + 1] == "_"):
                out.append(" ")
        s = "".join(out)
        while s and s[-1] in "$#\\":
            s = s[:-1] + (" " if s[-1] != "\\" else "/")
        if not s:
            s = self.word()
        self.hit("text")
        if "\t" in s:
            self.hit("text.tab")
        return s

    # ------------------------------------------------------------------ layout
    def eol(self):
        x = self.r()
        if x < 0.72:
            return "\n"
        if x < 0.82:
            self.hit("ws.trailing_before_newline")
            return self.ch([" \n", "  \n", "\t\n", " \t\n"])
        if x < 0.94:
            self.hit("ws.blank_line")
            return "\n\n"
        return "\n   \n"

    def indent(self, depth):
        if self.r() < 0.08:
            return self.ch(["", " ", "\t", "     "])
        return self.indent_unit * depth

    def join_items(self, ctx, items):
        """Lay out the statements of a block according to ctx.layout."""
        toks = []
        if ctx.layout == "inline":
            for it in items:
                toks.extend(it)
                if self.r() < 0.12:
                    toks.append(T(self.ch([" ", "  ", "\t"])))
            return toks
        if ctx.layout == "lines":
            # each statement on its own line, sometimes a few inline statements share a line
            i = 0
            while i < len(items):
                toks.append(T(self.indent(ctx.depth)))
                toks.extend(items[i])
                i += 1
                while i < len(items) and self.r() < 0.25:
                    toks.extend(items[i])
                    i += 1
                toks.append(T(self.eol()))
            return toks
        # mixed
        for it in items:
            toks.extend(it)
            x = self.r()
            if x < 0.4:
                toks.append(T(self.eol() + self.indent(ctx.depth)))
            elif x < 0.55:
                toks.append(T(self.ch([" ", "  ", "\t", " \t"])))
        return toks

    def dsep(self, ctx):
        """Separator after a directive opener (mixed layout)."""
        d = ctx.depth
        if ctx.layout == "inline":
            return ""
        if ctx.layout == "lines":
            return ""  # handled by join_items / block layout
        x = self.r()
        if x < 0.4:
            return ""
        if x < 0.8:
            return self.eol() + self.indent(d)
        return self.ch([" ", "  ", "\t"])

    # ------------------------------------------------------------------ literals
    def int_literal(self):
        x = self.r()
        if x < 0.55:
            v = self.ri(0, 20)
        elif x < 0.7:
            v = self.ri(-20, -1)
        elif x < 0.8:
            v = self.ri(21, 100000)
        else:
            self.hit("lit.int_near_overflow")
            v = self.ch([2147483647, 2147483646, -2147483648, -2147483647, 2147483648,
                         9223372036854775807, -9223372036854775808, 4294967296,
                         99999999999, 123456789012345678901234567890, 1000000007])
        self.hit("lit.int")
        return str(v), T_int(v, v)

    def dbl_literal(self):
        self.hit("lit.double")
        s = self.ch(["0.5", "1.5", "-2.25", "3.0", "100.125", "0.1", "2.50", "1e3", "1.5E2",
                     "-0.75", "12345.678", "0.001", "1.0E-5", "1e10", "7.0", "99.99",
                     "1.7976931348623157E308", "0.0"])
        return s, T_dbl()

    def nonzero_int_literal(self):
        v = self.ch([1, 2, 3, 4, 5, 7, 10, 16, 100, -2, -3, 1000])
        return str(v), T_int(v, v)

    def sq_string(self):
        """single-quoted: no interpolation, '' is a quote."""
        x = self.r()
        if x < 0.15:
            self.hit("lit.sq_string.looks_interpolated")
            raw = self.ch(["$name", "${x} and $!y", "#if(true)no#end", "$1", "cost $5",
                           "#set($a = 1)", "\\$x"])
        elif x < 0.25:
            raw = self.ch(["it's", "'quoted'", "O'Brien", "''"])
            self.hit("lit.sq_string.doubled_quote")
        elif x < 0.32:
            raw = ""
        else:
            raw = self.text_chunk(in_string=None).replace("\n", " ")
            raw = raw.replace("\\", "/") if self.r() < 0.5 else raw
        self.hit("lit.sq_string")
        return q_single(raw), T_str(exact=raw)

    def dq_string(self, ctx, depth):
        """double-quoted: interpolated (references and directives), "" is a quote."""
        self.hit("lit.dq_string")
        toks = []
        exact = ""
        known = True
        textlen = 0
        n = self.ri(0, 4)
        sctx = ctx.child(in_string=True, layout="inline")
        for _ in range(n):
            x = self.r()
            if x < 0.4:
                t = self.text_chunk(in_string='"')
                if self.r() < 0.1:
                    t = t + '""'
                    self.hit("lit.dq_string.doubled_quote")
                toks.append(T(t))
                lit = t.replace('""', '"')
                exact += lit
                textlen += len(lit)
            elif x < 0.47:
                self.hit("lit.dq_string.unicode_escape")
                # (\u0024 '$', \u0023 '#' and letters are decoded before the literal is
                # parsed, so they would start references/directives: not used)
                esc, val = self.ch([("\\u00e9", "é"), ("\\u002A", "*"), ("\\u0020", " "),
                                    ("\\u2603", "☃"), ("\\u00DF", "ß"), ("\\u003D", "=")])
                toks.append(T(esc))
                exact += val
                textlen += 1
            elif x < 0.9 or depth <= 0:
                ref = self.gen_ref(sctx, want=None, depth=1)
                if ref is None:
                    continue
                path, ty = ref
                self.hit("lit.dq_string.interpolation")
                toks.append(self.render_ref(path, silent_ok=True, allow_brace=True))
                if ty.kind == "str" and ty.exact is not None:
                    exact += ty.exact
                elif ty.kind == "int" and ty.lo is not None and ty.lo == ty.hi:
                    exact += str(ty.lo)
                else:
                    known = False
            else:
                # a directive inside the string literal
                self.hit("lit.dq_string.directive")
                if ctx.in_macro:
                    self.hit("combo.directive_in_string_in_macro")
                cond, _ = self.gen_cond(sctx.child(in_string=True), 1, quote="'")
                a = self.text_chunk(in_string='"')
                b = self.text_chunk(in_string='"')
                toks.append(D(f"#if({cond})"))
                toks.append(T(a))
                if self.r() < 0.6:
                    toks.append(W("#else", "#{else}"))
                    toks.append(T(b))
                toks.append(W("#end", "#{end}"))
                known = False
        body = assemble(toks)
        if body.endswith('""'):
            body += " "  # Velocity 1.7 cannot lex  "...""" (doubled quote before the closing one)
            if known:
                exact += " "
            textlen += 1
        if '"' in body.replace('""', ''):
            # should not happen; keep the literal valid anyway
            body = body.replace('"', "'")
            known = False
        if known:
            return '"' + body + '"', T_str(exact=exact)
        return '"' + body + '"', T_str(textlen)

    def str_literal(self, ctx, depth):
        if self.r() < 0.5:
            return self.sq_string()
        return self.dq_string(ctx, depth)

    def list_literal(self, ctx, depth):
        x = self.r()
        if x < 0.3:
            return self.range_literal(ctx)
        n = self.wch([(0, 1), (1, 2), (2, 3), (3, 4), (4, 3), (5, 2), (6, 1)])
        homog = self.r() < 0.6
        kind = self.ch(["int", "str", "str", "dbl", "bool", "map", "list"]) if homog else None
        parts, tys = [], []
        for _ in range(n):
            if depth > 0 and self.r() < 0.3:
                code, ty = self.gen_expr(ctx, kind or self.ch(["int", "str", "bool"]), depth - 1,
                                         atom=True)
            elif kind == "map" or (kind is None and self.r() < 0.1):
                code, ty = self.map_literal(ctx, depth - 1) if depth > 0 else self.sq_string()
            elif kind == "list" and depth > 0:
                code, ty = self.list_literal(ctx, depth - 1)
            else:
                code, ty = self.literal(ctx, kind if kind not in ("map", "list") else "int",
                                        depth - 1)
            if not printable(ty):
                continue
            parts.append(code)
            tys.append(ty)
        sep = self.ch([", ", ",", " , ", ", "])
        self.hit("lit.list")
        if n == 0:
            self.hit("lit.list.empty")
        oid = _new_oid()
        return "[" + sep.join(parts) + "]", T_list(join_all(tys) if tys else None, len(tys),
                                                   items=tys, oid=oid)

    def range_literal(self, ctx):
        self.hit("lit.range")
        a = self.ri(-3, 5)
        b = a + self.ri(-4, 6)
        ac, bc = str(a), str(b)
        # use an int variable with an exact small value as a bound sometimes
        cands = [(n, v) for n, v in ctx.scope.items() if v.definite and v.ty.kind == "int"
                 and v.ty.lo is not None and v.ty.lo == v.ty.hi and abs(v.ty.lo) <= 6]
        if cands and self.r() < 0.6:
            n, v = self.ch(cands)
            self.note_ref_root(ctx, n)
            if self.r() < 0.5:
                ac, a = "$" + n, v.ty.lo
            else:
                bc, b = "$" + n, v.ty.lo
            self.hit("lit.range.var_bound")
        if a > b:
            self.hit("lit.range.descending")
        sp = self.ch(["", "", " "])
        items = [T_int(i, i) for i in (range(a, b + 1) if a <= b else range(a, b - 1, -1))]
        return f"[{sp}{ac}..{bc}{sp}]", T_list(T_int(min(a, b), max(a, b)), len(items),
                                                items=items)

    def map_literal(self, ctx, depth):
        n = self.wch([(0, 1), (1, 3), (2, 4), (3, 3), (4, 1)])
        keys = []
        for _ in range(n):
            k = self.ch(MAP_KEYS)
            if k not in keys:
                keys.append(k)
        parts, fields = [], {}
        for k in keys:
            if depth > 0 and self.r() < 0.2:
                code, ty = (self.map_literal(ctx, depth - 1) if self.r() < 0.5
                            else self.list_literal(ctx, depth - 1))
            elif self.r() < 0.25 and depth > 0:
                code, ty = self.gen_expr(ctx, self.ch(["int", "str", "bool"]), depth - 1, atom=True)
            else:
                code, ty = self.literal(ctx, self.ch(["int", "str", "str", "bool", "dbl"]), 0)
            if not printable(ty):
                continue
            kq = q_single(k) if self.r() < 0.4 else '"' + k + '"'
            parts.append(f"{kq}{self.ch([': ', ':', ' : '])}{code}")
            fields[k] = ty
        self.hit("lit.map")
        if not fields:
            self.hit("lit.map.empty")
        return "{" + self.ch([", ", ","]).join(parts) + "}", T_map(fields)

    def literal(self, ctx, kind, depth):
        if kind == "int":
            return self.int_literal()
        if kind == "dbl":
            return self.dbl_literal()
        if kind == "bool":
            self.hit("lit.bool")
            return self.ch(["true", "false"]), T_bool()
        if kind == "str":
            return self.str_literal(ctx, max(depth, 0))
        if kind == "list":
            return self.list_literal(ctx, max(depth, 1))
        if kind == "map":
            return self.map_literal(ctx, max(depth, 1))
        k = self.ch(["int", "str", "bool", "dbl", "list", "map"])
        return self.literal(ctx, k, depth)

    # ------------------------------------------------------------------ references
    def note_ref_root(self, ctx, name):
        v = ctx.scope.get(name)
        if ctx.freeze and v is not None and v.kind_tag == "var":
            self.frozen[name] = True

    def render_ref(self, path, silent_ok=True, allow_brace=True, force=None):
        """Token for printing reference `path` (without '$')."""
        x = self.r() if force is None else force
        if x < 0.12 and silent_ok:
            self.hit("ref.silent")
            return R("$!" + path, "$!{" + path + "}")
        if x < 0.17 and silent_ok and allow_brace:
            self.hit("ref.silent_braced")
            return D("$!{" + path + "}")
        if x < 0.3 and allow_brace:
            self.hit("ref.braced")
            return D("${" + path + "}")
        self.hit("ref.plain")
        return R("$" + path, "${" + path + "}")

    def roots(self, ctx):
        """(path, Ty, maybe_null) of things a reference can start from."""
        # a maybe-undefined root keeps its facts for method chains (a chain stops at the
        # first null, so no method runs on ""); the chain's *value* is nullable
        return [(n, v.ty, not v.definite) for n, v in ctx.scope.items()
                if v.kind_tag != "define" and v.ty.kind not in ("block", "opaque")]

    def gen_ref(self, ctx, want=None, depth=2, value_use=False):
        """A reference expression; returns (path, Ty) or None.  want: kind wanted or None."""
        for _ in range(12):
            snap = self.cov.copy()  # coverage counts only what ends up in the template
            res = self._gen_ref_once(ctx, want, depth)
            if res is None:
                self.cov = snap
                continue
            path, ty, maybe_null, root = res
            if maybe_null:
                ty = nullable(ty)
            if (want is not None and ty.kind != want) or \
                    (not printable(ty) and want != "array") or \
                    (ctx.in_string and '"' in path) or \
                    (ty.kind == "ctxmap" and (value_use or ctx.in_string)):
                self.cov = snap
                continue
            if root is not None:
                self.note_ref_root(ctx, root)
            if value_use and ty.kind in ("list", "map", "array") and ty.oid is not None:
                SHARED[ty.oid] = True
            return path, ty
        return None

    def _gen_ref_once(self, ctx, want, depth):
        x = self.r()
        root = None
        maybe_null = False
        if x < 0.12 and ctx.loops:
            return self.foreach_prop(ctx)
        if x < 0.2 and (self.body is not None or self.r() < 0.3):
            r = self.input_ref(ctx)
            if r is None:
                return None
            path, ty = r
        elif x < 0.25:
            r = self.util_ctx_ref(ctx)
            if r is None:
                return None
            path, ty = r
        else:
            rs = self.roots(ctx)
            if not rs:
                return None
            if want is not None and self.r() < 0.6:
                pref = [r for r in rs if r[1].kind == want]
                if pref:
                    rs = pref
            path, ty, maybe_null = self.ch(rs)
            root = path
        steps = self.wch([(0, 5), (1, 4), (2, 2), (3, 1)]) if depth > 0 else 0
        if want is not None and ty.kind != want:
            steps = max(steps, 1)
        for _ in range(steps):
            st = self.step(ctx, path, ty)
            if st is None:
                break
            path, ty, nul = st
            maybe_null = maybe_null or nul
            if want is not None and ty.kind == want and self.r() < 0.7:
                break
        return path, ty, maybe_null, root

    def arg_str(self, ctx):
        """A short string argument for a method (literal mostly)."""
        if self.r() < 0.2:
            r = self.gen_ref(ctx, "str", 0, value_use=True)
            if r is not None:
                return "$" + r[0], r[1]
        s = self.ch(["a", "o", "l", " ", "x", "Hello", "", "b", "-", "1", ",", "é", "ab", "O"])
        if self.r() < 0.5:
            return q_single(s), T_str(exact=s)
        return '"' + s + '"', T_str(exact=s)

    def idx_arg(self, ctx, hi):
        """An int argument in [0, hi] (literal, or a variable whose interval fits)."""
        cands = [(n, v) for n, v in ctx.scope.items() if v.definite and v.kind_tag != "define"
                 and v.ty.kind == "int" and v.ty.lo is not None and v.ty.hi is not None
                 and 0 <= v.ty.lo and v.ty.hi <= hi]
        if cands and self.r() < 0.3:
            n, v = self.ch(cands)
            self.note_ref_root(ctx, n)
            self.hit("method.index_from_variable")
            return "$" + n, v.ty.lo, v.ty.hi
        k = self.ri(0, hi)
        return str(k), k, k

    def step(self, ctx, path, ty):
        """One property / index / method step on a value of type ty."""
        k = ty.kind
        sp = self.ch(["", "", "", " "])  # space after a comma in argument lists
        if k == "str":
            ml = ty.minlen
            ex = ty.exact
            opts = [("length", 4), ("toUpperCase", 3), ("toLowerCase", 2), ("trim", 2),
                    ("substring1", 3 if ml >= 1 else 1), ("substring2", 3 if ml >= 2 else 1),
                    ("indexOf", 2), ("lastIndexOf", 1), ("replace", 3), ("replaceAll", 3),
                    ("replaceFirst", 1), ("contains", 2), ("startsWith", 2), ("endsWith", 1),
                    ("equals", 1), ("equalsIgnoreCase", 1), ("isEmpty", 1), ("concat", 1),
                    ("split", 2), ("matches", 1), ("charAt", 1 if ml >= 1 else 0),
                    ("toString", 1), ("compareTo", 0.3), ("indexOf2", 0.5)]
            m = self.wch(opts)
            self.hit("method.string." + m)
            if m == "length":
                if ex is not None:
                    return f"{path}.length()", T_int(len(ex), len(ex)), False
                return f"{path}.length()", T_int(ml, None), False
            if m in ("toUpperCase", "toLowerCase"):
                if ex is not None and is_ascii(ex):
                    nex = ex.upper() if m == "toUpperCase" else ex.lower()
                    return f"{path}.{m}()", T_str(exact=nex), False
                return f"{path}.{m}()", T_str(ml), False
            if m == "trim":
                if ex is not None:
                    return f"{path}.trim()", T_str(exact=java_trim(ex)), False
                return f"{path}.trim()", T_str(0), False
            if m == "substring1":
                a, lo, hi = self.idx_arg(ctx, ml)
                if ex is not None and lo == hi:
                    return f"{path}.substring({a})", T_str(exact=ex[lo:]), False
                return f"{path}.substring({a})", T_str(max(0, ml - hi)), False
            if m == "substring2":
                b = self.ri(0, ml)
                a = self.ri(0, b)
                if ex is not None:
                    return f"{path}.substring({a},{sp}{b})", T_str(exact=ex[a:b]), False
                return f"{path}.substring({a},{sp}{b})", T_str(b - a), False
            if m == "charAt":
                a, lo, hi = self.idx_arg(ctx, ml - 1)
                return f"{path}.charAt({a})", Ty("char"), False
            if m in ("indexOf", "lastIndexOf"):
                arg, _ = self.arg_str(ctx)
                return f"{path}.{m}({arg})", T_int(-1, None), False
            if m == "indexOf2":
                arg, _ = self.arg_str(ctx)
                return f"{path}.indexOf({arg},{sp}{self.ri(0, 5)})", T_int(-1, None), False
            if m == "compareTo":
                arg, _ = self.arg_str(ctx)
                return f"{path}.compareTo({arg})", T_int(), False
            if m == "replace":
                a, _ = self.arg_str(ctx)
                b, _ = self.arg_str(ctx)
                if a in ("''", '""'):
                    self.hit("method.string.replace_empty_target")
                return f"{path}.replace({a},{sp}{b})", T_str(0), False
            if m in ("replaceAll", "replaceFirst"):
                rx, rep = self.ch(REGEX_REPL)
                if self.r() < 0.7:
                    return f"{path}.{m}({q_single(rx)},{sp}{q_single(rep)})", T_str(0), False
                # in double quotes "$1" is not a reference (digit) and the backslash stays
                return f'{path}.{m}("{rx}",{sp}"{rep}")', T_str(0), False
            if m in ("contains", "startsWith", "endsWith", "equals", "equalsIgnoreCase"):
                arg, _ = self.arg_str(ctx)
                return f"{path}.{m}({arg})", T_bool(), False
            if m == "matches":
                rx = self.ch(REGEX_MATCH)
                return f"{path}.matches({q_single(rx)})", T_bool(), False
            if m == "isEmpty":
                return f"{path}.isEmpty()", T_bool(), False
            if m == "concat":
                arg, at = self.arg_str(ctx)
                return f"{path}.concat({arg})", T_str(ml + at.minlen), False
            if m == "toString":
                return f"{path}.toString()", ty, False
            if m == "split":
                rx, lit = self.ch(SPLIT_REGEX)
                argq = q_single(rx) if self.r() < 0.7 else '"' + rx + '"'
                if ex is not None and lit is not None:
                    parts = java_split_literal(ex, lit)
                    items = [T_str(exact=p) for p in parts]
                    return f"{path}.split({argq})", Ty("array", elem=join_all(items) if items
                                                       else None, minsize=len(items),
                                                       cls="array", items=items,
                                                       oid=_new_oid()), False
                return f"{path}.split({argq})", Ty("array", elem=T_str(0), minsize=0,
                                                   cls="array", oid=_new_oid()), False
        if k in ("list", "array"):
            cls = ty.cls
            ms = ty.minsize
            opts = [("size", 4), ("get", 3 if ms > 0 else 0), ("index", 3 if ms > 0 else 0),
                    ("isEmpty", 1), ("contains", 1 if cls != "array" else 0),
                    ("indexOf", 0.7 if cls not in ("set", "array") else 0),
                    ("subList", 0.7 if cls in ("list", "jsonarray") else 0),
                    ("toString", 0.3 if cls != "array" else 0)]
            if cls == "set":
                opts = [(m, w) for m, w in opts if m not in ("get", "index")]
            m = self.wch(opts)
            self.hit(f"method.{'array' if cls == 'array' else 'list'}.{m}")
            if m == "size":
                return f"{path}.size()", T_int(ms, None), False
            if m in ("get", "index"):
                a, lo, hi = self.idx_arg(ctx, ms - 1)
                et = ty.elem if ty.elem is not None else ANY
                if ty.items is not None and lo == hi and lo < len(ty.items):
                    et = ty.items[lo]
                null_el = et.kind == "null"
                if m == "get":
                    return f"{path}.get({a})", et, null_el
                self.hit("ref.index_access")
                return f"{path}[{a}]", et, null_el
            if m == "isEmpty":
                return f"{path}.isEmpty()", T_bool(), False
            if m in ("contains", "indexOf"):
                arg, _ = self.literal(ctx, self.ch(["int", "str"]), 0)
                return f"{path}.{m}({arg})", T_bool() if m == "contains" else T_int(-1, None), False
            if m == "subList":
                b = self.ri(0, ms)
                a = self.ri(0, b)
                items = ty.items[a:b] if ty.items is not None else None
                # a view of the list: storing it must block later mutation (CME)
                return f"{path}.subList({a},{sp}{b})", T_list(ty.elem, b - a, items=items,
                                                              oid=ty.oid), False
            if m == "toString":
                return f"{path}.toString()", T_str(2), False
        if k == "map":
            f = ty.fields
            keys = list(f.keys())
            opts = [("prop", 5 if keys else 0), ("index", 2 if keys else 0),
                    ("get", 2 if keys else 0), ("missing", 1), ("size", 1), ("containsKey", 1),
                    ("keySet", 1), ("values", 0.6), ("entrySet", 0.6), ("isEmpty", 0.5)]
            m = self.wch(opts)
            self.hit("method.map." + m if m not in ("prop", "index", "missing")
                     else "ref.map_" + m)
            if m in ("prop", "index", "get"):
                key = self.ch(keys)
                vt = f[key]
                null_v = vt.kind == "null"
                ident = key[:1] in LETTERS and all(c in IDENT_CONT for c in key)
                if m == "prop" and ident:
                    if "-" in key:
                        self.hit("ref.hyphenated_property")
                    return f"{path}.{key}", vt, null_v
                if m == "get":
                    return f"{path}.get({q_single(key)})", vt, null_v
                self.hit("ref.index_access")
                kq = q_single(key) if self.r() < 0.6 else '"' + key + '"'
                return f"{path}[{kq}]", vt, null_v
            if m == "missing":
                key = self.ch(["nope", "missing", "zz9", "Name", "ID"])
                if key in f:
                    return None
                form = self.r()
                if form < 0.6:
                    return f"{path}.{key}", NULLT, False
                if form < 0.8:
                    return f"{path}.get('{key}')", NULLT, False
                return f"{path}['{key}']", NULLT, False
            if m == "size":
                return f"{path}.size()", T_int(len(f), None), False
            if m == "containsKey":
                key = self.ch(keys + ["nope"]) if keys else "nope"
                return f"{path}.containsKey({q_single(key)})", T_bool(), False
            if m == "isEmpty":
                return f"{path}.isEmpty()", T_bool(), False
            if m == "keySet":
                return f"{path}.keySet()", T_list(T_str(0), len(keys), cls="set", oid=ty.oid), \
                    False
            if m == "values":
                return f"{path}.values()", T_list(ty.vbound if ty.vbound is not None else ANY,
                                                  len(keys), cls="set", oid=ty.oid), False
            if m == "entrySet":
                return f"{path}.entrySet()", T_list(
                    Ty("entry", key=T_str(0), val=ty.vbound if ty.vbound is not None else ANY),
                    len(keys), cls="set", oid=ty.oid), False
        if k == "entry":
            m = self.ch(["key", "value", "getKey()", "getValue()"])
            self.hit("ref.entry." + m.rstrip("()"))
            return f"{path}.{m}", ty.key if m.startswith(("key", "getKey")) else ty.val, False
        if k == "int":
            if self.r() < 0.3:
                self.hit("method.number.toString")
                return f"{path}.toString()", T_str(1), False
            return None
        if k == "dbl":
            m = self.ch(["intValue()", "toString()", "longValue()"])
            self.hit("method.number." + m.rstrip("()"))
            return f"{path}.{m}", T_int(mag=63) if "Value" in m else T_str(1), False
        if k == "bool" and self.r() < 0.3:
            self.hit("method.bool.toString")
            return f"{path}.toString()", T_str(4), False
        return None

    def foreach_prop(self, ctx):
        x = self.r()
        if x < 0.2:
            self.hit("foreach.velocityCount")
            return "velocityCount", T_int(1, None), False, None
        if x < 0.27:
            self.hit("foreach.velocityHasNext")
            return "velocityHasNext", T_bool(), False, None
        if x < 0.35 and len(ctx.loops) > 1 and ctx.loops[-2].get("own"):
            p = self.ch(["index", "count", "hasNext", "first", "last"])
            self.hit("foreach.parent." + p)
            return f"foreach.parent.{p}", T_int(0, None) if p in ("index", "count") \
                else T_bool(), False, None
        p = self.wch([("hasNext", 4), ("index", 3), ("count", 3), ("first", 2), ("last", 2),
                      ("hasNext()", 1)])
        self.hit("foreach." + p.rstrip("()"))
        return f"foreach.{p}", T_int(0, None) if p in ("index", "count") else T_bool(), False, None

    def input_ref(self, ctx):
        x = self.r()
        q = self.ch(["'", "'", '"'])
        if x < 0.5:
            p, ty = self.body_path()
            self.hit("input.path")
            return f"input.path({self.vtl_str(p)})", ty
        if x < 0.72:
            p, _ = self.body_path()
            self.hit("input.json")
            return f"input.json({self.vtl_str(p)})", T_str(1)
        if x < 0.8:
            self.hit("input.body")
            return "input.body", T_str(exact=self.body_text or "{}")
        if x < 0.92:
            names = list(self.query) + list(self.headers) + list(self.pathp)
            nm = self.ch(names + ["missing"]) if names else "missing"
            self.hit("input.params_name")
            val = self.pathp.get(nm, self.query.get(nm, self.headers.get(nm, "")))
            if isinstance(val, list):
                val = val[-1]
            return f"input.params({q}{nm}{q})", T_str(exact=val)
        self.hit("input.params_map")
        which = self.ch(["querystring", "header", "path"])
        src = {"querystring": self.query, "header": self.headers, "path": self.pathp}[which]
        fields = {k: T_str(exact=(v[-1] if isinstance(v, list) else v)) for k, v in src.items()}
        inner = T_map(fields, cls="header" if which == "header" else "linked")
        SHARED[inner.oid] = True
        if self.r() < 0.3:
            outer = T_map({"path": T_map({}), "querystring": T_map({}), "header": T_map({})})
            SHARED[outer.oid] = True
            if self.r() < 0.5:
                return "input.params()", outer
        return f"input.params().{which}", inner

    def vtl_str(self, s):
        """A VTL string literal for s that needs no interpolation (s has no '$' + letter)."""
        if '"' not in s and ("'" in s and self.r() < 0.6 or self.r() < 0.3):
            return '"' + s + '"'
        if "'" in s:
            self.hit("lit.sq_string.doubled_quote")
        return q_single(s)

    def util_ctx_ref(self, ctx):
        x = self.r()
        if x < 0.45:
            key = self.ch(["requestId", "stage", "httpMethod", "resourcePath", "accountId",
                           "apiId", "requestTimeEpoch", "identity.sourceIp", "identity.userAgent",
                           "identity.caller", "path", "protocol", "domainName", "identity",
                           "nope", "resourceId"])
            self.hit("context")
            d = {"requestId": "11111111-2222-3333-4444-555555555555", "stage": "dev",
                 "accountId": "123456789012", "apiId": "a1b2c3d4e5", "protocol": "HTTP/1.1",
                 "identity.sourceIp": "203.0.113.10", "resourceId": "r3s0u7",
                 "domainName": "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com",
                 "httpMethod": self.method or "GET",
                 "resourcePath": "/items/{id}" if self.pathp else "/"}
            if key == "requestTimeEpoch":
                return f"context.{key}", T_int(1741608000000, 1741608000000)
            if key in d:
                return f"context.{key}", T_str(exact=d[key])
            if key == "identity":
                # an OpaqueMap: prints "" but its toString() is null, so it must not reach
                # string concatenation, == or method arguments (NPE / ClassCastException)
                return f"context.{key}", Ty("ctxmap")
            if key == "identity.userAgent" and "User-Agent" in self.headers:
                ua = self.headers["User-Agent"]
                return f"context.{key}", T_str(exact=ua[-1] if isinstance(ua, list) else ua)
            if key == "path":
                return f"context.{key}", T_str(4)
            return f"context.{key}", NULLT
        if x < 0.6 and self.stagevars:
            k = self.ch(list(self.stagevars))
            self.hit("stageVariables")
            if self.r() < 0.5:
                return f"stageVariables.{k}", T_str(exact=self.stagevars[k])
            return f"stageVariables['{k}']", T_str(exact=self.stagevars[k])
        fn = self.ch(["escapeJavaScript", "escapeJavaScript", "urlEncode", "base64Encode",
                      "urlDecode", "base64Decode", "parseJson"])
        self.hit("util." + fn)
        if fn == "base64Decode":
            s = self.ch(["hello", "a b", "Zürich", "{\"k\":1}", "x"])
            enc = base64.b64encode(s.encode()).decode()
            return f"util.base64Decode('{enc}')", T_str(exact=s)
        if fn == "urlDecode":
            s = self.ch(["a%20b", "x+y", "%7B%7D", "caf%C3%A9", "plain"])
            return f"util.urlDecode('{s}')", T_str(0)
        if fn == "parseJson":
            v = self.random_json(2)
            txt = json.dumps(v, ensure_ascii=False, separators=self.ch([(",", ":"), (", ", ": ")]))
            ty = ty_of_json(v)
            self.mark_shared_deep(ty)
            return f"util.parseJson({q_single(txt)})", ty
        if self.r() < 0.6:
            r = self.gen_ref(ctx, "str", 1, value_use=True)
            if r is not None:
                return f"util.{fn}(${r[0]})", T_str(0)
        s = self.ch(["it's \"q\"", "a/b", "naïve", "x y&z", "tab\there", "~*-._", "100%"])
        return f"util.{fn}({q_single(s)})", T_str(0)

    def mark_shared_deep(self, ty):
        if ty.kind in ("list", "map"):
            SHARED[ty.oid] = True
            for t in (list(ty.fields.values()) if ty.kind == "map" else (ty.items or [])):
                self.mark_shared_deep(t)

    # ------------------------------------------------------------------ body JSON
    def random_json(self, depth):
        x = self.r()
        if depth > 0 and x < 0.25:
            n = self.ri(0, 4)
            d = {}
            for _ in range(n):
                d[self.ch(MAP_KEYS + ["x", "y", "price", "tags", "items"])] = self.random_json(depth - 1)
            return d
        if depth > 0 and x < 0.4:
            return [self.random_json(depth - 1) for _ in range(self.ri(0, 4))]
        y = self.r()
        if y < 0.35:
            return self.ch(["abc", "Hello World", "x", "", "  padded  ", "a,b,c", "it's",
                            "q\"uote", "a/b", "naïve", "日本語", "UPPER", "o-o-o", "1.5"])
        if y < 0.6:
            return self.ch([0, 1, 7, 42, -3, 100, 2147483647, 12345678901])
        if y < 0.75:
            return self.ch([1.5, 2.25, -0.5, 3.0, 1e-4])
        if y < 0.9:
            return self.ch([True, False])
        return None

    def make_body(self):
        x = self.r()
        if x < 0.4:
            self.body_kind = "none"
            self.body = None
            self.body_text = ""
            return
        if x < 0.43:
            self.body_kind = "text"
            self.body_text = self.ch(["a=b&c=d", "plain text", "hello"])
            self.body = self.body_text
            return
        self.body_kind = "json"
        if self.r() < 0.85:
            d = {}
            for _ in range(self.ri(1, 6)):
                d[self.ch(MAP_KEYS + ["price", "tags", "items", "user", "msg"])] = self.random_json(2)
            if self.r() < 0.5:
                d["items"] = [{"id": i, "name": self.ch(["a", "bb", "Ccc", "d d"])}
                              for i in range(self.ri(0, 4))]
            v = d
        else:
            v = [self.random_json(1) for _ in range(self.ri(0, 4))]
        self.body = v
        sep = self.ch([(",", ":"), (", ", ": "), (",", ": ")])
        txt = json.dumps(v, ensure_ascii=self.r() < 0.3, separators=sep)
        # spell some numbers the way clients do (1.50, 1e3) -- only affects $input.body
        if self.r() < 0.3:
            txt = txt.replace("1.5,", "1.50,").replace("3.0", "3.00")
        if self.r() < 0.15:
            txt = json.dumps(v, ensure_ascii=False, indent=2)
        self.body_text = txt

    def body_paths(self):
        """(jsonpath, python value) pairs of the body, plus some misses."""
        out = [("$", self.body)]

        def walk(v, p, d):
            if d > 3:
                return
            if isinstance(v, dict):
                for k, x in v.items():
                    if k[:1].isalpha() and all(c.isalnum() or c == "_" for c in k):
                        q = f"{p}.{k}"
                    else:
                        q = f"{p}['{k}']"
                    out.append((q, x))
                    walk(x, q, d + 1)
            elif isinstance(v, list):
                for i, x in enumerate(v):
                    out.append((f"{p}[{i}]", x))
                    walk(x, f"{p}[{i}]", d + 1)
        if self.body_kind == "json":
            walk(self.body, "$", 0)
        return out

    def body_path(self):
        if self.body_kind != "json" or self.r() < 0.12:
            p = self.ch(["$.missing", "$.a.b.c", "$.nope[0]", "$.x", "$.name"])
            v = "__missing__"
            if self.body_kind == "json":
                for pp, vv in self.body_paths():
                    if pp == p:
                        v = vv
            if v == "__missing__":
                self.hit("input.path_missing")
                return p, NULLT
            return p, self.json_ty(v)
        if self.body_kind == "text":
            return "$", T_str(exact=self.body_text)
        paths = self.body_paths()
        p, v = self.ch(paths)
        return p, self.json_ty(v)

    def json_ty(self, v):
        ty = ty_of_json(v)
        self.mark_shared_deep(ty)
        return ty

    # ------------------------------------------------------------------ expressions
    # precedence: or 1, and 2, == != 3, < <= > >= 4, + - 5, * / % 6, ! 7, atoms 9
    def gen_expr(self, ctx, want, depth, atom=False):
        """Returns (code, Ty).  want in int dbl str bool list map or None."""
        code, ty, _ = self._expr(ctx, want, depth, atom)
        return code, ty

    def _expr(self, ctx, want, depth, atom=False):
        if want is None:
            want = self.ch(["int", "str", "str", "bool", "list", "map", "dbl"])
        x = self.r()
        if atom or depth <= 0 or x < 0.45:
            # atom: literal or reference
            if self.r() < 0.5:
                ref = self.gen_ref(ctx, want, 2, value_use=True)
                if ref is not None:
                    return "$" + ref[0] if self.r() < 0.9 else "${" + ref[0] + "}", ref[1], 9
            code, ty = self.literal(ctx, want, depth)
            return code, ty, 9
        if want == "int" or (want == "dbl" and self.r() < 0.7):
            return self.arith(ctx, want, depth)
        if want == "bool":
            return self.boolexpr(ctx, depth)
        if want == "str" and self.r() < 0.35:
            # string concatenation with +
            self.hit("expr.string_concat")
            a, at, ap = self._expr(ctx, "str", depth - 1, atom=True)
            b, bt, bp = self._expr(ctx, self.ch(["str", "int", "dbl"]), depth - 1, atom=True)
            if self.r() < 0.5:
                a, b, at, bt = b, a, bt, at
            return f"{a} + {b}", T_str(at.minlen if at.kind == "str" else 1), 5
        code, ty = self.literal(ctx, want, depth)
        return code, ty, 9

    def paren(self, code, prec, need):
        if prec < need or (self.r() < 0.08 and prec < 9):
            self.hit("expr.parens")
            return "(" + code + ")"
        return code

    def arith(self, ctx, want, depth):
        op = self.wch([("+", 4), ("-", 3), ("*", 3), ("/", 2), ("%", 1.5)])
        self.hit("expr.arith" + op)
        prec = 5 if op in "+-" else 6
        lw = want if want == "int" else self.ch(["int", "dbl"])
        a, at, ap = self._expr(ctx, lw, depth - 1)
        if at.kind not in ("int", "dbl"):
            a, at = self.int_literal()
            ap = 9
        if op in "/%":
            if want == "dbl" and self.r() < 0.5:
                b, bt = self.ch([("2.0", T_dbl()), ("0.5", T_dbl()), ("4.0", T_dbl()),
                                 ("-1.5", T_dbl())])
            else:
                b, bt = self.nonzero_divisor(ctx)
            bp = 9
        else:
            rw = want if want == "int" else self.ch(["int", "dbl"])
            b, bt, bp = self._expr(ctx, rw, depth - 1)
            if bt.kind not in ("int", "dbl"):
                b, bt = self.int_literal()
                bp = 9
        if (at.kind == "dbl" and maybe_big(bt)) or (bt.kind == "dbl" and maybe_big(at)):
            # BigInteger with a double is computed in BigDecimal: an infinite double
            # (1.7976931348623157E308 * 10) then throws NumberFormatException
            if at.kind == "int":
                a, at, ap = "12", T_int(12, 12), 9
            else:
                b, bt, bp = "3", T_int(3, 3), 9
        if op == "%":
            # Velocity: BigInteger % x uses BigInteger.mod (divisor must be > 0); a BigInteger
            # with a double becomes BigDecimal, whose modulo throws
            big = maybe_big(at) or maybe_big(bt)
            if big and (at.kind == "dbl" or bt.kind == "dbl" or bt.kind != "int"
                        or bt.lo is None or bt.lo <= 0):
                a, at = self.ch([("7", T_int(7, 7)), ("-13", T_int(-13, -13)), ("100", T_int(100, 100))])
                ap = 9
                if maybe_big(bt) or bt.kind != "int" or bt.lo is None or bt.lo <= 0:
                    b, bt = "3", T_int(3, 3)
        a = self.paren(a, ap, prec)
        b = self.paren(b, bp, prec + 1)
        ty = self.arith_ty(op, at, bt)
        sp = " " if (op == "-" or self.r() < 0.85) else ""
        if sp == "":
            self.hit("expr.no_space_operator")
        return f"{a}{sp}{op}{sp}{b}", ty, prec

    @staticmethod
    def big_with_double(at, bt):
        """A possible BigInteger compared/combined with a double goes through BigDecimal,
        which cannot represent an infinite double (NumberFormatException)."""
        def big(t):
            return maybe_big(t) or t.kind == "any"
        return (at.kind == "dbl" and big(bt)) or (bt.kind == "dbl" and big(at))

    def nonzero_divisor(self, ctx):
        cands = [(n, v) for n, v in ctx.scope.items() if v.definite and v.kind_tag != "define"
                 and v.ty.kind == "int" and v.ty.lo is not None and v.ty.hi is not None
                 and (v.ty.lo > 0 or v.ty.hi < 0)]
        if cands and self.r() < 0.3:
            n, v = self.ch(cands)
            self.note_ref_root(ctx, n)
            return "$" + n, v.ty
        return self.nonzero_int_literal()

    @classmethod
    def arith_ty(cls, op, a, b):
        t = cls._arith_ty(op, a, b)
        if t.kind == "int" and (a.jbig or b.jbig or ibits(t) > 62):
            t.jbig = True
        return t

    @staticmethod
    def _arith_ty(op, a, b):
        if a.kind == "dbl" or b.kind == "dbl":
            return T_dbl()
        if a.lo is None or a.hi is None or b.lo is None or b.hi is None:
            if op == "%" and b.lo is not None and b.hi is not None and b.lo == b.hi:
                m = abs(b.lo) - 1
                return T_int(0 if (a.lo is not None and a.lo >= 0) else -m, m)
            ma, mb = ibits(a), ibits(b)
            mag = {"+": max(ma, mb) + 1, "-": max(ma, mb) + 1, "*": ma + mb,
                   "/": ma + 1, "%": mb}[op]
            return T_int(mag=mag)
        if op == "+":
            return T_int(a.lo + b.lo, a.hi + b.hi)
        if op == "-":
            return T_int(a.lo - b.hi, a.hi - b.lo)
        if op == "*":
            c = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
            return T_int(min(c), max(c))
        if op == "/":
            # divisor interval excludes 0; truncation toward zero
            def tdiv(p, q):
                r = abs(p) // abs(q)
                return r if (p >= 0) == (q > 0) else -r
            c = [tdiv(p, q) for p in (a.lo, a.hi) for q in (b.lo, b.hi)]
            return T_int(min(c), max(c))
        if op == "%":
            m = max(abs(b.lo), abs(b.hi)) - 1
            return T_int(0 if a.lo >= 0 else -m, m if a.hi > 0 else 0)
        return T_int()

    def boolexpr(self, ctx, depth):
        x = self.r()
        if x < 0.35:
            # relational on numbers
            op = self.ch(["<", "<=", ">", ">=", "==", "!="])
            word = {"<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne"}[op]
            if self.r() < 0.12:
                self.hit("expr.word_operator")
                op = word
            self.hit("expr.compare")
            a, at, ap = self._expr(ctx, self.ch(["int", "int", "dbl"]), depth - 1)
            b, bt, bp = self._expr(ctx, self.ch(["int", "int", "dbl"]), depth - 1)
            if at.kind not in ("int", "dbl"):
                a, at = self.int_literal()
                ap = 9
            if bt.kind not in ("int", "dbl"):
                b, bt = self.int_literal()
                bp = 9
            if self.big_with_double(at, bt):
                a, at, ap = "12", T_int(12, 12), 9
                b, bt, bp = "1.5", T_dbl(), 9
            return f"{self.paren(a, ap, 5)} {op} {self.paren(b, bp, 5)}", T_bool(), 4
        if x < 0.55:
            # equality on anything (strings, mixed types compare by toString)
            op = self.ch(["==", "!=", "==", "eq" if self.r() < 0.1 else "=="])
            self.hit("expr.equality")
            k1 = self.ch(["str", "str", "int", "bool", "list", "map", None])
            a, at, ap = self._expr(ctx, k1, depth - 1, atom=True)
            k2 = k1 if self.r() < 0.7 else self.ch(["str", "int"])
            b, bt, bp = self._expr(ctx, k2, depth - 1, atom=True)
            if self.big_with_double(at, bt):
                b, bt = "'x'", T_str(exact="x")
            if self.r() < 0.1:
                b = "$null"
                self.hit("expr.compare_null")
            if self.r() < 0.08:
                b = "''"
                self.hit("expr.compare_empty_string")
            return f"{a} {op} {b}", T_bool(), 3
        if x < 0.78:
            op = self.ch(["&&", "||", "&&", "||", "and", "or"])
            self.hit("expr.logical_" + ("and" if op in ("&&", "and") else "or"))
            prec = 2 if op in ("&&", "and") else 1
            a, at, ap = self._cond_operand(ctx, depth - 1)
            b, bt, bp = self._cond_operand(ctx, depth - 1)
            return f"{self.paren(a, ap, prec)} {op} {self.paren(b, bp, prec + 1)}", T_bool(), prec
        if x < 0.9:
            self.hit("expr.not")
            a, at, ap = self._cond_operand(ctx, depth - 1)
            bang = "!" if self.r() < 0.85 else "not "
            if bang == "!" and self.r() < 0.1:
                bang = "! "
            return f"{bang}{self.paren(a, ap, 9)}", T_bool(), 7
        ref = self.gen_ref(ctx, "bool", 2, value_use=True)
        if ref is not None:
            return "$" + ref[0], ref[1], 9
        return self.ch(["true", "false"]), T_bool(), 9

    def _cond_operand(self, ctx, depth):
        """Anything usable as a condition operand (truthiness of any value)."""
        if self.r() < 0.6 and depth > 0:
            return self.boolexpr(ctx, depth)
        ref = self.gen_ref(ctx, None, 2, value_use=True) if self.r() < 0.6 else None
        if ref is not None:
            self.hit("cond.truthiness_of_" + ref[1].kind)
            return "$" + ref[0], ref[1], 9
        if self.r() < 0.3:
            n = self.ch(["undefinedVar", "nothing", "missing-ref", "notSet"])
            self.hit("cond.undefined_ref")
            return "$" + n, NULLT, 9
        return self.ch(["true", "false"]), T_bool(), 9

    def gen_cond(self, ctx, depth, quote=None):
        x = self.r()
        if x < 0.25:
            code, ty, _ = self._cond_operand(ctx, 1)
        else:
            code, ty, _ = self.boolexpr(ctx, depth)
        if quote == "'":
            # inside a double-quoted string literal: no double quotes allowed
            if '"' in code:
                return "true", T_bool()
        sp = self.ch(["", "", "", " "])
        if sp:
            self.hit("directive.inner_space")
        return sp + code + sp, ty

    # ------------------------------------------------------------------ statements
    def stmt_text(self, ctx):
        return [T(self.text_chunk(allow_nl=ctx.layout != "lines"))]

    def stmt_print(self, ctx):
        x = self.r()
        if x < 0.05:
            n = self.ch(["undefined", "notThere", "foo-bar", "nada", "x_1"])
            self.hit("ref.undefined")
            return [self.render_ref(n)]
        if x < 0.08 and self.defines and not ctx.in_define:
            n = self.ch(self.defines)
            self.hit("define.use")
            return [self.render_ref(n, silent_ok=False)]
        ref = self.gen_ref(ctx, None, 3)
        if ref is None:
            return self.stmt_text(ctx)
        path, ty = ref
        self.hit("print." + ty.kind)
        toks = []
        if self.style == "json" and self.r() < 0.4:
            toks.append(T(f'"{self.ch(MAP_KEYS)}": "'))
            toks.append(self.render_ref(path))
            toks.append(T('"' + self.ch([",", "", ", "])))
            return toks
        return [self.render_ref(path)]

    def stmt_escape(self, ctx):
        self.hit("escape")
        x = self.r()
        defined = [n for n, v in ctx.scope.items() if v.definite and v.kind_tag == "var"
                   and printable(v.ty)]
        if x < 0.35 and defined:
            n = self.ch(defined)
            self.note_ref_root(ctx, n)
            self.hit("escape.defined_ref")
            # (an escaped reference followed by whitespace and #set/#*..*# has the same lexer
            # quirk as a bare one, so a non-blank character follows it)
            return [T(self.ch(["", "x"])), D(self.ch(["\\$" + n, "\\${" + n + "}", "\\\\$" + n])),
                    T(self.ch([" ;", "; ", " .", ":"]))]
        if x < 0.55:
            self.hit("escape.undefined_ref")
            return [D(self.ch(["\\$nope", "\\$!quiet", "\\\\$nope", "\\${nope}"])),
                    T(self.ch([" ;", "; ", " .", ":"]))]
        if x < 0.8:
            self.hit("escape.directive")
            return [D(self.ch(["\\#if", "\\#end", "\\#set", "\\#foreach", "\\#else", "\\#macro"])),
                    T(self.ch([" ", "; ", " x"]))]
        self.hit("escape.hash_dollar")
        return [T(self.ch(["\\# ", "a\\b ", "\\\\ "])), T(" ")]

    def stmt_comment(self, ctx):
        x = self.r()
        if x < 0.55:
            self.hit("comment.line")
            # a line comment eats the rest of the line including the newline
            t = " " + self.text_chunk().replace("\n", " ") if self.r() < 0.8 else ""
            return [D("##" + t + "\n")]
        if x < 0.9:
            self.hit("comment.block")
            inner = self.text_chunk(allow_nl=True).replace("*#", "* #")
            if self.r() < 0.3:
                inner = inner + " $notEvaluated #if(x) "
            return [D("#*" + inner + "*#")]
        self.hit("comment.doc")
        return [D("#** " + self.word() + " *#")]

    def stmt_literal_block(self, ctx):
        self.hit("unparsed_block")
        inner = self.ch(["$a #if($x) ${b} #end", "#set($q = 1)", "\n  raw\n", "## not a comment",
                         "$!{x}", "#foreach($i in [1..3])$i#end", "\\$x \\#y"])
        return [D("#[[" + inner + "]]#")]

    def stmt_set(self, ctx, depth):
        """#set of a new or existing variable, a map key or a list slot."""
        ws = self.set_ws()
        x = self.r()
        # container mutation
        if x < 0.3:
            toks = self.set_into_container(ctx, ws, depth)
            if toks is not None:
                return toks
        # choose target
        target = None
        assignable = []
        for n, v in ctx.scope.items():
            if v.kind_tag != "var" or n in self.frozen or not v.definite:
                continue
            if ctx.mutables is not None and n not in ctx.mutables:
                continue
            if ctx.in_macro and (ctx.macro_globals is None or n not in ctx.macro_globals):
                continue
            assignable.append(n)
        if assignable and self.r() < 0.35:
            target = self.ch(assignable)
        want = None
        if target is not None:
            oldty = ctx.scope[target].ty
            if not ctx.toplevel or self.r() < 0.7:
                want = oldty.kind if oldty.kind in ("int", "dbl", "str", "bool", "list",
                                                     "map") else None
                if want is None:
                    target = None
        if target is None:
            if ctx.in_macro:
                target = self.fresh_name(scope=ctx.scope)
                ctx.macro_globals[target] = True
            else:
                target = self.fresh_name(scope=ctx.scope)
            self.hit("set.new_var")
        else:
            self.hit("set.reassign")
        for _ in range(6):
            snap = self.cov.copy()
            code, ty = self.gen_expr(ctx, want, depth)
            if printable(ty) or ty.kind == "array":
                if want is None or ty.kind == want:
                    break
            self.cov = snap
        else:
            code, ty = self.literal(ctx, want or "int", 1)
        if want is not None and ty.kind != want:
            code, ty = self.literal(ctx, want, 1)
        if ty.kind == "array":
            self.hit("set.array_value")
        ty = stored(ty)
        if target in ctx.scope and ctx.mutables is not None and target in ctx.mutables:
            # loop-mutable variable: keeps the facts it was widened to at loop entry
            ty = ctx.scope[target].ty
        ctx.scope[target] = Var(ty, True)
        self.hit("set")
        if ctx.in_macro and '"' in code and "$" in code:
            self.hit("combo.macro_body_set_interpolated_string")
        if ctx.loops and ctx.layout == "lines":
            self.hit("combo.set_line_inside_loop")
        if ty.kind in ("list", "map"):
            self.hit("set." + ty.kind)
        return [D(f"#set{ws[0]}({ws[1]}${target}{ws[2]}={ws[3]}{code}{ws[4]})")]

    def set_ws(self):
        x = self.r()
        if x < 0.5:
            return ("", "", " ", " ", "")
        if x < 0.75:
            return ("", "", "", "", "")
        if x < 0.9:
            self.hit("directive.inner_space")
            return ("", " ", " ", " ", " ")
        self.hit("directive.space_before_paren")
        return (" ", "", " ", " ", "")

    def set_into_container(self, ctx, ws, depth):
        cands = []
        for n, v in ctx.scope.items():
            if v.kind_tag != "var" or not v.definite or n in self.frozen:
                continue
            t = v.ty
            if t.kind not in ("list", "map") or t.oid in SHARED or t.oid in ctx.iterating:
                continue
            if t.kind == "list" and t.cls != "list":
                continue
            if t.kind == "map" and t.cls != "linked":
                continue
            if ctx.in_macro or ctx.in_define:
                continue
            cands.append(n)
        if not cands:
            return None
        n = self.ch(cands)
        t = ctx.scope[n].ty
        if t.kind == "map":
            key = self.ch(MAP_KEYS)
            if key in t.fields:
                return None
            code, vty = self.gen_expr(ctx, None, depth - 1, atom=True)
            if not printable(vty) or (t.vbound is not None and not satisfies(vty, t.vbound)):
                return None
            if self.mentions(code, n) or vty.kind in ("list", "map", "any"):
                return None  # no cycles (toString of a cyclic structure overflows the stack)
            nf = dict(t.fields)
            nf[key] = vty
            ident = key[:1] in LETTERS and all(c in IDENT_CONT for c in key)
            form = self.r()
            if form < 0.5 and ident:
                lhs = f"${n}.{key}"
                self.hit("set.map_property")
            elif form < 0.8:
                lhs = f"${n}[{q_single(key)}]"
                self.hit("set.map_index")
            else:
                # $m.put(k, v) returns the previous value (null): printed silently
                ctx.scope[n] = Var(t.copy(fields=nf, vbound=join(t.vbound, vty)), True)
                self.hit("method.map.put")
                return [D(f"$!{n}.put({q_single(key)}, {code})")] if self.r() < 0.5 else \
                    [D(f"#set{ws[0]}($dummy{ws[2]}={ws[3]}${n}.put({q_single(key)}, {code}))")]
            ctx.scope[n] = Var(t.copy(fields=nf, vbound=join(t.vbound, vty)), True)
            return [D(f"#set{ws[0]}({ws[1]}{lhs}{ws[2]}={ws[3]}{code}{ws[4]})")]
        # list
        bound = t.elem
        code, vty = self.gen_expr(ctx, bound.kind if bound is not None and bound.kind in
                                  ("int", "str", "bool", "dbl") else None, depth - 1, atom=True)
        if not printable(vty) or (bound is not None and not satisfies(vty, bound)):
            return None
        if self.mentions(code, n) or vty.kind in ("list", "map", "any"):
            return None
        if t.minsize > 0 and self.r() < 0.4:
            i = self.ri(0, t.minsize - 1)
            self.hit("set.list_index")
            items = list(t.items) if t.items is not None else None
            if items is not None:
                items[i] = vty
            ctx.scope[n] = Var(t.copy(items=items, elem=join(t.elem, vty)), True)
            return [D(f"#set{ws[0]}({ws[1]}${n}[{i}]{ws[2]}={ws[3]}{code}{ws[4]})")]
        self.hit("method.list.add")
        items = (list(t.items) + [vty]) if t.items is not None and ctx.toplevel else None
        ctx.scope[n] = Var(t.copy(items=items, elem=join(t.elem, vty), minsize=t.minsize + 1), True)
        if self.r() < 0.6:
            d = self.fresh_name(scope=ctx.scope)
            ctx.scope[d] = Var(T_bool(), True)
            return [D(f"#set{ws[0]}(${d}{ws[2]}={ws[3]}${n}.add({code}))")]
        self.hit("method.list.add_printed")
        return [R(f"${n}.add({code})", f"${{{n}.add({code})}}")]

    @staticmethod
    def mentions(code, name):
        for pre in ("$" + name, "${" + name, "$!" + name, "$!{" + name):
            i = code.find(pre)
            while i >= 0:
                j = i + len(pre)
                if j >= len(code) or code[j] not in IDENT_CONT:
                    return True
                i = code.find(pre, i + 1)
        return False

    def merge_scopes(self, base, branches, exhaustive):
        """Scope after an #if: definite only if definite in every path."""
        paths = list(branches) + ([] if exhaustive else [base])
        names = []
        for s in paths:
            for n in s:
                if n not in names:
                    names.append(n)
        out = {}
        for n in names:
            vs = [s.get(n) for s in paths]
            present = [v for v in vs if v is not None]
            ty = join_all([v.ty for v in present])
            definite = all(v is not None and v.definite for v in vs)
            tag = present[0].kind_tag
            if n in base and base[n].kind_tag != "var":
                out[n] = base[n]
                continue
            out[n] = Var(ty, definite, tag)
        return out

    def stmt_if(self, ctx, depth):
        self.hit("if")
        if ctx.loops:
            self.hit("combo.if_inside_loop" + ("_lines" if ctx.layout == "lines" else ""))
        if ctx.in_macro:
            self.hit("combo.if_inside_macro")
        base = dict(ctx.scope)
        toks = []
        braced = self.r() < 0.08
        if braced:
            self.hit("directive.braced")
        sp = " " if self.r() < 0.12 else ""
        if sp:
            self.hit("directive.space_before_paren")
        cond, _ = self.gen_cond(ctx, 2)
        toks.append(D(("#{if}" if braced else "#if") + sp + "(" + cond + ")"))
        branches = []
        n_elseif = self.wch([(0, 6), (1, 3), (2, 1)])
        has_else = self.r() < 0.5
        nbranch = 1 + n_elseif + (1 if has_else else 0)
        for b in range(nbranch):
            bctx = ctx.child(depth=ctx.depth + 1, toplevel=False)
            toks.extend(self.directive_body(bctx, depth - 1))
            branches.append(bctx.scope)
            if b < n_elseif:
                self.hit("if.elseif")
                cond, _ = self.gen_cond(ctx, 2)
                toks.extend(self.closer_prefix(ctx))
                toks.append(D(("#{elseif}" if braced else "#elseif") + "(" + cond + ")"))
            elif b == n_elseif and has_else:
                self.hit("if.else")
                toks.extend(self.closer_prefix(ctx))
                toks.append(W("#{else}", "#{else}") if braced else W("#else", "#{else}"))
        toks.extend(self.closer_prefix(ctx))
        toks.append(W("#{end}", "#{end}") if braced else W("#end", "#{end}"))
        merged = self.merge_scopes(base, branches, has_else)
        ctx.scope.clear()
        ctx.scope.update(merged)
        return toks

    def closer_prefix(self, ctx):
        """Whitespace before #else/#elseif/#end according to layout."""
        if ctx.layout == "lines":
            return [T(self.indent(ctx.depth))]
        if ctx.layout == "mixed" and self.r() < 0.3:
            return [T(self.ch([" ", "  ", "\t"]))]
        return []

    def directive_body(self, bctx, depth):
        """Body of #if/#foreach/#macro/#define: separator after the opener + statements."""
        toks = []
        if bctx.layout == "lines":
            toks.append(T(self.eol()))
            toks.extend(self.block(bctx, depth, self.ri(1, 4)))
        else:
            toks.append(T(self.dsep(bctx)))
            toks.extend(self.block(bctx, depth, self.ri(1, 3)))
        return toks

    def iterable(self, ctx, depth):
        """(code, elem Ty, oid, nitems_max, label)"""
        x = self.r()
        if x < 0.25:
            code, ty = self.range_literal(ctx)
            return code, ty.elem, None, ty.minsize, "range"
        if x < 0.45:
            code, ty = self.list_literal(ctx, 1)
            if ty.kind == "list":
                return code, ty.elem if ty.elem is not None else ANY, None, ty.minsize, \
                    "list_literal"
        # a reference to something iterable
        for _ in range(8):
            want = self.ch(["list", "list", "map", "array"])
            ref = self.gen_ref(ctx, want, 2)
            if ref is None:
                continue
            path, ty = ref
            if ty.kind in ("list", "array"):
                if ty.items is not None and len(ty.items) > 8:
                    continue
                label = {"array": "split_array", "set": "set", "jsonarray": "json_array"}.get(
                    ty.cls, "list_var")
                et = ty.elem if ty.elem is not None else ANY
                return "$" + path, et, ty.oid, ty.minsize, label
            if ty.kind == "map":
                if len(ty.fields) > 8:
                    continue
                et = ty.vbound if ty.vbound is not None else ANY
                return "$" + path, et, ty.oid, len(ty.fields), "map_values"
        code, ty = self.range_literal(ctx)
        return code, ty.elem, None, ty.minsize, "range"

    def stmt_foreach(self, ctx, depth):
        self.hit("foreach")
        code, et, oid, n, label = self.iterable(ctx, depth)
        self.hit("foreach.over_" + label)
        if ctx.loops:
            self.hit("foreach.nested")
        # loop variable: fresh, or (rarely) shadowing an outer top-level variable
        shadow = [nm for nm, v in ctx.scope.items() if v.kind_tag == "var" and v.definite
                  and nm not in self.frozen and (ctx.mutables is None or nm not in ctx.mutables)]
        if shadow and self.r() < 0.1:
            lv = self.ch(shadow)
            self.hit("foreach.shadows_outer_var")
        else:
            lv = self.fresh_name(LOOP_NAMES, scope=ctx.scope)
        # outer variables the body may reassign: widened for the whole loop
        muts = {}
        if ctx.mutables is not None:
            muts.update(ctx.mutables)
        outer_vars = [nm for nm, v in ctx.scope.items() if v.kind_tag == "var" and v.definite
                      and nm not in self.frozen and nm != lv
                      and v.ty.kind in ("int", "str", "list", "bool", "dbl")
                      and (ctx.mutables is None or nm in ctx.mutables)
                      and not ctx.in_define
                      and (not ctx.in_macro or nm in ctx.macro_globals)]
        self.rng.shuffle(outer_vars)
        for nm in outer_vars[:self.ri(0, 2)]:
            muts[nm] = True
            ctx.scope[nm] = Var(widen(ctx.scope[nm].ty), True)
        saved_lv = ctx.scope.get(lv)
        bctx = ctx.child(depth=ctx.depth + 1, toplevel=False, mutables=muts)
        if oid is not None:
            bctx.iterating.append(oid)
        bctx.scope[lv] = Var(et if et is not None else ANY, True, "loop")
        bctx.loops.append({"var": lv, "own": True})
        sp = " " if self.r() < 0.12 else ""
        inner = self.ch(["", "", " "])
        toks = [D(f"#foreach{sp}({inner}${lv} in {code}{inner})")]
        if self.r() < 0.04:
            toks[0] = D(f"#{{foreach}}({inner}${lv} in {code}{inner})")
            self.hit("directive.braced")
        toks.extend(self.directive_body(bctx, depth - 1))
        if self.style == "json" and self.r() < 0.5:
            toks.append(D("#if($foreach.hasNext)"))
            toks.append(T(","))
            toks.append(W("#end", "#{end}"))
            self.hit("foreach.hasNext_comma")
        toks.extend(self.closer_prefix(ctx))
        toks.append(W("#end", "#{end}"))
        # after the loop: variables first set in the body are maybe-defined
        for nm, v in bctx.scope.items():
            if nm == lv:
                continue
            if nm not in ctx.scope:
                ctx.scope[nm] = Var(v.ty, False, v.kind_tag)
            elif ctx.scope[nm].kind_tag == "var":
                ctx.scope[nm] = Var(join(ctx.scope[nm].ty, v.ty), ctx.scope[nm].definite)
        if saved_lv is not None:
            ctx.scope[lv] = saved_lv
        elif lv in ctx.scope:
            del ctx.scope[lv]
        return toks

    def stmt_loop_prop(self, ctx):
        """$foreach.* / $velocityCount printed or tested, the way templates use them."""
        x = self.r()
        if len(ctx.loops) > 1 and x < 0.5:
            x = 0.7 + x * 0.44  # nested: mostly $foreach.parent / topmost
        if x < 0.45:
            path, ty, _, _ = self.foreach_prop(ctx)
            return [self.render_ref(path)]
        if x < 0.7:
            p = self.ch(["$foreach.hasNext", "$foreach.first", "$foreach.last", "$velocityHasNext",
                         "!$foreach.hasNext", "$foreach.index > 0", "$foreach.count % 2 == 0",
                         "$velocityCount == 1"])
            self.hit("foreach.prop_in_if")
            return [D(f"#if({p})"), T(self.ch([",", " | ", "first:", "\n"])), W("#end", "#{end}")]
        if x < 0.85 and len(ctx.loops) > 1:
            p = self.ch(["index", "count", "hasNext", "first", "last"])
            self.hit("foreach.parent." + p)
            return [self.render_ref(f"foreach.parent.{p}")]
        if x < 0.92 and len(ctx.loops) > 1:
            self.hit("foreach.topmost")
            return [self.render_ref(self.ch(["foreach.topmost.index", "foreach.topmost.count"]))]
        path, ty, _, _ = self.foreach_prop(ctx)
        return [self.render_ref(path)]

    def stmt_break(self, ctx):
        self.hit("foreach.break")
        if len(ctx.loops) > 1:
            self.hit("combo.break_in_nested_loop")
        cond, _ = self.gen_cond(ctx, 1)
        if self.r() < 0.25:
            return [W("#break", "#{break}")]
        return [D(f"#if({cond})"), W("#break", "#{break}"), W("#end", "#{end}")]

    def stmt_bigloop(self, ctx):
        """A loop that hits directive.foreach.maxloops (1000)."""
        self.hit("foreach.maxloops_1000")
        lv = self.fresh_name(LOOP_NAMES, scope=ctx.scope)
        n = self.ch([1001, 1200, 1500, 5000])
        cnt = self.fresh_name(scope=ctx.scope)
        ctx.scope[cnt] = Var(T_int(), True)
        return [D(f"#set(${cnt} = 0)"),
                D(f"#foreach(${lv} in [1..{n}])#set(${cnt} = ${cnt} + 1)#if($foreach.last)last#end#end"),
                R(f"${cnt}", f"${{{cnt}}}"), T(" "), R("$" + lv, "${" + lv + "}"), T(".")]

    def stmt_macro_def(self, ctx, depth):
        self.hit("macro.def")
        name = self.ch([m for m in MACRO_NAMES if m not in [x["name"] for x in self.macros]]
                       or [f"m{len(self.macros)}"])
        nparams = self.wch([(0, 2), (1, 4), (2, 3), (3, 1)])
        params = []
        mctx = ctx.child(depth=1, toplevel=False, in_macro=True, freeze=True, loops=[],
                         macro_globals={}, mutables=None)
        # the body sees only frozen-able definite globals and the parameters
        mctx.scope = {n: v for n, v in ctx.scope.items() if v.kind_tag == "var" and v.definite}
        for _ in range(nparams):
            pn = self.fresh_name(["p", "arg", "val", "label", "item", "list", "s", "n", "m"],
                                 scope=mctx.scope)
            kind = self.ch(["str", "str", "int", "list", "map", "bool"])
            bound = {"str": T_str(self.ch([0, 0, 1, 2])), "int": T_int(), "bool": T_bool(),
                     "list": T_list(ANY, self.ch([0, 1]), oid=-1),
                     "map": T_map({}, vbound=ANY, oid=-1)}[kind]
            params.append((pn, bound))
            mctx.scope[pn] = Var(bound, True, "param")
        block = self.r() < 0.12
        if block:
            self.hit("macro.block_body_content")
        sep_args = self.ch([" ", " ", ", "]) if params else ""
        head = f"#macro({name}" + "".join(
            (" " if i == 0 else sep_args) + "$" + pn for i, (pn, _) in enumerate(params)) + ")"
        body = self.directive_body(mctx, min(depth, 2))
        if block:
            body.append(D("$!bodyContent"))
        toks = [D(head)] + body + self.closer_prefix(ctx) + [W("#end", "#{end}")]
        sets = {n: mctx.scope[n].ty for n in mctx.macro_globals if n in mctx.scope}
        self.macros.append({"name": name, "params": params, "sets": sets, "block": block})
        return toks

    def stmt_macro_call(self, ctx, depth):
        m = self.ch(self.macros)
        self.hit("macro.call")
        if ctx.loops:
            self.hit("combo.macro_call_inside_loop")
        args = []
        for pn, bound in m["params"]:
            code = None
            for _ in range(6):
                kind = bound.kind
                if self.r() < 0.5:
                    ref = self.gen_ref(ctx, kind, 2, value_use=True)
                    if ref is not None and satisfies(ref[1], bound):
                        code = "$" + ref[0]
                        self.hit("macro.arg_reference")
                        break
                c, t = self.literal(ctx, kind, 1)
                if satisfies(t, bound):
                    code = c
                    break
            if code is None:
                code = {"str": "'abc'", "int": "1", "bool": "true", "list": "[1, 2]",
                        "map": "{'k': 1}"}[bound.kind]
            args.append(code)
        sep = self.ch([" ", ", ", ","])
        if m["block"]:
            self.hit("macro.block_call")
            # the body is rendered where the macro says $!bodyContent: 0..n times, so it is
            # treated like a loop body (fresh variables only, maybe-defined afterwards)
            muts = dict(ctx.mutables) if ctx.mutables is not None else {}
            bctx = ctx.child(depth=ctx.depth + 1, toplevel=False, layout="inline",
                             mutables=muts)
            inner = self.block(bctx, depth - 1, self.ri(1, 2))
            toks = [D(f"#@{m['name']}(" + sep.join(args) + ")")] + inner + [W("#end", "#{end}")]
            for nm, v in bctx.scope.items():
                if nm not in ctx.scope:
                    ctx.scope[nm] = Var(v.ty, False, v.kind_tag)
                elif ctx.scope[nm].kind_tag == "var":
                    ctx.scope[nm] = Var(join(ctx.scope[nm].ty, v.ty), ctx.scope[nm].definite)
        else:
            toks = [D(f"#{m['name']}(" + sep.join(args) + ")")]
        for n, ty in m["sets"].items():
            old = ctx.scope.get(n)
            ctx.scope[n] = Var(ty if old is None else join(old.ty, ty), False)
        return toks

    def stmt_define(self, ctx, depth):
        self.hit("define")
        name = self.fresh_name(["block", "blk", "fragment", "header", "row", "tpl"],
                               scope=ctx.scope)
        dctx = ctx.child(depth=1, toplevel=False, in_define=True, freeze=True, loops=[])
        dctx.scope = {n: v for n, v in ctx.scope.items() if v.kind_tag == "var" and v.definite}
        body = self.directive_body(dctx, min(depth, 2))
        self.defines.append(name)
        ctx.scope[name] = Var(Ty("block"), True, "define")
        return [D(f"#define(${name})")] + body + self.closer_prefix(ctx) + [W("#end", "#{end}")]

    def stmt_evaluate(self, ctx):
        self.hit("evaluate")
        defined = [n for n, v in ctx.scope.items() if v.definite and v.kind_tag == "var"
                   and printable(v.ty)]
        if defined:
            n = self.ch(defined)
            self.note_ref_root(ctx, n)
            s = self.ch([f"${n} and $!nope", f"#if(true)[${n}]#end", f"${{{n}}}x"])
        else:
            s = "#if(true)yes#end"
        return [D(f"#evaluate({q_single(s)})")]

    def stmt_input_mutation(self, ctx):
        """Documented AWS trick: $input.path returns live objects."""
        if self.body_kind != "json" or not isinstance(self.body, dict) or not ctx.toplevel:
            return None
        self.hit("input.live_mutation")
        v = self.fresh_name(scope=ctx.scope)
        key = self.ch(["added", "newKey", "x9"])
        if key in self.body:
            return None
        self.body[key] = "v"
        ctx.scope[v] = Var(ty_of_json(self.body), True)
        self.mark_shared_deep(ctx.scope[v].ty)
        return [D(f"#set(${v} = $input.path('$'))"), D(f"#set(${v}.{key} = 'v')"),
                R("$input.json('$')", "${input.json('$')}")]

    def statement(self, ctx, depth):
        top = ctx.toplevel and not ctx.in_string
        in_loop = bool(ctx.loops)
        can_nest = depth > 0
        choices = [
            ("text", 26),
            ("print", 24),
            ("set", 16 if not ctx.in_define else 0),
            ("if", 9 if can_nest else 0),
            ("foreach", (12 if len(ctx.loops) == 1 else 6) if can_nest and len(ctx.loops) < 2
             else (1 if can_nest else 0)),
            ("comment", 3),
            ("escape", 2.5),
            ("literal", 0.8),
            ("break", 3 if in_loop else 0),
            ("macro_def", 3 if top and len(self.macros) < 3 else 0),
            ("macro_call", 9 if self.macros and not ctx.in_define and not ctx.in_macro else 0),
            ("define_use", 6 if self.defines and not ctx.in_define else 0),
            ("loop_prop", (16 if len(ctx.loops) > 1 else 6) if in_loop else 0),
            ("define", 1.5 if top and len(self.defines) < 2 else 0),
            ("evaluate", 0.4 if not ctx.in_define else 0),
            ("bigloop", 0.25 if top else 0),
            ("input_mut", 0.6 if top and self.body_kind == "json" else 0),
        ]
        kind = self.wch(choices)
        if self.pending_calls and self.macros and not ctx.in_define and not ctx.in_macro \
                and self.r() < 0.45:
            # a macro that was defined gets called soon after
            self.pending_calls -= 1
            kind = "macro_call"
        if kind == "text":
            return self.stmt_text(ctx)
        if kind == "print":
            return self.stmt_print(ctx)
        if kind == "set":
            return self.stmt_set(ctx, 2)
        if kind == "if":
            return self.stmt_if(ctx, depth)
        if kind == "foreach":
            return self.stmt_foreach(ctx, depth)
        if kind == "comment":
            return self.stmt_comment(ctx)
        if kind == "escape":
            return self.stmt_escape(ctx)
        if kind == "literal":
            return self.stmt_literal_block(ctx)
        if kind == "break":
            return self.stmt_break(ctx)
        if kind == "macro_def":
            self.pending_calls += self.ri(1, 3)
            return self.stmt_macro_def(ctx, depth)
        if kind == "macro_call":
            if ctx.in_macro:
                # only macros defined before this one (no recursion)
                return self.stmt_text(ctx)
            return self.stmt_macro_call(ctx, depth)
        if kind == "define":
            return self.stmt_define(ctx, depth)
        if kind == "define_use":
            n = self.ch(self.defines)
            self.hit("define.use")
            if ctx.loops:
                self.hit("combo.define_use_inside_loop")
            return [self.render_ref(n, silent_ok=self.r() < 0.3)]
        if kind == "loop_prop":
            return self.stmt_loop_prop(ctx)
        if kind == "evaluate":
            return self.stmt_evaluate(ctx)
        if kind == "bigloop":
            return self.stmt_bigloop(ctx)
        if kind == "input_mut":
            return self.stmt_input_mutation(ctx) or self.stmt_print(ctx)
        return self.stmt_text(ctx)

    def block(self, ctx, depth, n):
        items = []
        for _ in range(n):
            items.append(self.statement(ctx, depth))
        return self.join_items(ctx, items)

    # ------------------------------------------------------------------ whole template
    def make_request(self):
        self.make_body()
        if self.r() < 0.35:
            for _ in range(self.ri(1, 3)):
                k = self.ch(["name", "page", "q", "tag", "sort", "limit"])
                self.query[k] = self.ch(["foo", "2", "a b", "x,y", ["first", "last"], "", "é"])
        if self.r() < 0.3:
            for _ in range(self.ri(1, 3)):
                k = self.ch(["Content-Type", "X-Id", "Accept", "X-Multi", "User-Agent"])
                self.headers[k] = self.ch(["application/json", "42", "text/plain",
                                           ["one", "two"], "curl/8"])
        if self.r() < 0.15:
            self.pathp["id"] = self.ch(["42", "abc", "x y"])
        if self.r() < 0.15:
            self.stagevars = {"env": self.ch(["dev", "prod"]), "table": "Items"}
        self.method = "POST" if self.r() < 0.1 else None
        return self.request_dict()

    def request_dict(self):
        req = {}
        if self.body_kind != "none":
            req["body"] = self.body_text
        if self.query:
            req["query"] = self.query
        if self.headers:
            req["headers"] = self.headers
        if self.pathp:
            req["path"] = self.pathp
            req["resourcePath"] = "/items/{id}"
        if self.stagevars:
            req["stageVariables"] = self.stagevars
        if self.method:
            req["method"] = self.method
        return req

    # ------------------------------------------------------------------ API-Gateway shape
    def apigw_value(self, ctx, path, ty, key, depth, ind):
        """Tokens rendering one JSON field value of the request body the way real mapping
        templates do.  `path` is a reference path (without '$')."""
        k = ty.kind
        x = self.r()
        if k == "str":
            if x < 0.3:
                self.hit("apigw.escapeJavaScript")
                return [T('"'), R(f"$util.escapeJavaScript(${path})",
                                  f"${{util.escapeJavaScript(${path})}}"), T('"')]
            if x < 0.45 and path == f"{self.root_name}.{key}":
                self.hit("apigw.input_json")
                return [R(f"$input.json('$.{key}')", f"${{input.json('$.{key}')}}")]
            return [T('"'), self.render_ref(path), T('"')]
        if k in ("int", "dbl", "bool"):
            return [self.render_ref(path)]
        if k == "null":
            self.hit("apigw.null_field")
            return [T('"'), self.render_ref(path, force=0.0), T('"')] if self.r() < 0.5 \
                else [self.render_ref(path), T("")]
        if k == "list" and depth > 0 and (ty.items is None or len(ty.items) <= 6):
            return self.apigw_loop(ctx, path, ty, depth - 1, ind)
        if k == "map" and depth > 0 and ty.fields and len(ty.fields) <= 5:
            self.hit("apigw.nested_object")
            toks = [T("{" + self.eol())]
            keys = list(ty.fields)
            for i, kk in enumerate(keys):
                ident = kk[:1] in LETTERS and all(c in IDENT_CONT for c in kk)
                sub = f"{path}.{kk}" if ident else f"{path}['{kk}']"
                toks.append(T(ind + self.indent_unit + f'"{kk}": '))
                toks.extend(self.apigw_value(ctx, sub, ty.fields[kk], kk, depth - 1,
                                             ind + self.indent_unit))
                toks.append(T(("," if i < len(keys) - 1 else "") + self.eol()))
            toks.append(T(ind + "}"))
            return toks
        self.hit("apigw.print_structure")
        return [T('"'), self.render_ref(path), T('"')]

    def apigw_loop(self, ctx, path, ty, depth, ind):
        self.hit("apigw.foreach")
        lv = self.fresh_name(LOOP_NAMES, scope=ctx.scope)
        et = ty.elem if ty.elem is not None else ANY
        sep_style = self.wch([("hasNext", 5), ("velocityHasNext", 1), ("notLast", 1),
                              ("sepvar", 1), ("count", 1)])
        self.hit("apigw.separator_" + sep_style)
        dind = self.ch(["", ind, ind + self.indent_unit])
        toks = [T("[" + self.eol())]
        if sep_style == "sepvar":
            sv = self.fresh_name(["sep", "comma", "delim"], scope=ctx.scope)
            toks.append(T(dind))
            toks.append(D(f'#set(${sv} = "")'))
            toks.append(T(self.eol()))
        toks.append(T(dind))
        toks.append(D(f"#foreach(${lv} in ${path})"))
        toks.append(T(self.eol()))
        bctx = ctx.child(depth=ctx.depth + 1, toplevel=False, mutables={})
        bctx.scope[lv] = Var(et, True, "loop")
        bctx.loops.append({"var": lv, "own": True})
        bind = ind + self.indent_unit
        if sep_style == "sepvar":
            toks.append(T(bind))
            toks.append(R(f"${sv}", f"${{{sv}}}"))
        else:
            toks.append(T(bind))
        if et.kind == "map" and et.fields:
            toks.append(T("{"))
            keys = list(et.fields)
            for i, kk in enumerate(keys):
                ident = kk[:1] in LETTERS and all(c in IDENT_CONT for c in kk)
                sub = f"{lv}.{kk}" if ident else f"{lv}['{kk}']"
                toks.append(T(f'"{kk}": '))
                toks.extend(self.apigw_value(bctx, sub, et.fields[kk], kk, depth, bind))
                if i < len(keys) - 1:
                    toks.append(T(self.ch([", ", ","])))
            toks.append(T("}"))
        elif et.kind in ("str", "null", "any"):
            toks.extend([T('"'), self.render_ref(lv), T('"')])
        else:
            toks.append(self.render_ref(lv))
        if self.r() < 0.3:
            # something more inside the loop body
            toks.append(T(self.eol() + bind))
            toks.extend(self.statement(bctx, 1))
        if sep_style == "hasNext":
            toks.extend([D("#if($foreach.hasNext)"), T(","), W("#end", "#{end}")])
        elif sep_style == "velocityHasNext":
            toks.extend([D("#if($velocityHasNext)"), T(","), W("#end", "#{end}")])
        elif sep_style == "notLast":
            toks.extend([D("#if(!$foreach.last)"), T(","), W("#end", "#{end}")])
        elif sep_style == "count":
            toks.extend([D(f"#if($foreach.count < ${path}.size())"), T(","), W("#end", "#{end}")])
        else:
            toks.extend([T(self.eol() + bind), D(f'#set(${sv} = ",")')])
        toks.append(T(self.eol()))
        toks.append(T(dind))
        toks.append(W("#end", "#{end}"))
        toks.append(T(self.eol() + ind + "]"))
        return toks

    def template_apigw(self, ctx):
        """A request/response template shaped like the ones people deploy."""
        self.hit("style.apigw")
        if self.body_kind != "json" or not isinstance(self.body, dict):
            self.body_kind = "json"
            self.body = {"name": self.ch(["Ann", "Bob O'Neil", "zoë"]),
                         "qty": self.ri(0, 9), "tags": ["a", "b"]}
            self.body_text = json.dumps(self.body, ensure_ascii=False)
        root = self.fresh_name(["inputRoot", "root", "body", "data", "payload", "req"])
        self.root_name = root
        self.frozen[root] = True  # the fields below are generated from its facts
        rty = ty_of_json(self.body)
        self.mark_shared_deep(rty)
        ctx.scope[root] = Var(rty, True)
        ctx.layout = "lines"
        toks = []
        if self.r() < 0.3:
            toks.extend([D(f"#set(${root} = $input.path('$'))"), T(self.eol())])
        else:
            toks.extend([D(f"#set( ${root} = $input.path('$') )"), T(self.eol())])
        if self.r() < 0.4:
            toks.extend(self.stmt_set(ctx, 2))
            toks.append(T(self.eol()))
        toks.append(T("{" + self.eol()))
        ind = self.indent_unit or " "
        fields = list(self.body.items())[:6]
        extras = []
        if self.r() < 0.4:
            extras.append(("requestId", [R("$context.requestId", "${context.requestId}")], True))
        if self.query and self.r() < 0.6:
            q = self.ch(list(self.query))
            extras.append((q, [R(f"$input.params('{q}')", f"${{input.params('{q}')}}")], True))
        if self.stagevars and self.r() < 0.6:
            extras.append(("env", [R("$stageVariables.env", "${stageVariables.env}")], True))
        entries = []
        for k, v in fields:
            ident = k[:1] in LETTERS and all(c in IDENT_CONT for c in k)
            path = f"{root}.{k}" if ident else f"{root}['{k}']"
            entries.append((k, path, rty.fields[k]))
        items = []
        for k, path, ty in entries:
            line = [T(ind + f'"{k}": ')] + self.apigw_value(ctx, path, ty, k, 2, ind)
            items.append(line)
        for k, vt, quoted in extras:
            items.append([T(ind + f'"{k}": ' + ('"' if quoted else ""))] + vt +
                         [T('"' if quoted else "")])
        # a conditional block on some field
        if entries and self.r() < 0.6:
            k, path, ty = self.ch(entries)
            self.hit("apigw.conditional_field")
            cond = self.ch([f"${path} && ${path} != ''", f"${path} == $null", f"!${path}",
                            f"${path}", f'"${path}" != ""', f"${path}.toString().length() > 0"])
            sub = [D(f"#if( {cond} )" if self.r() < 0.5 else f"#if({cond})"), T(self.eol()),
                   T(ind + f'"has_{k}": true'), T(self.eol())]
            if self.r() < 0.6:
                sub += [T(self.ch(["", ind])), W("#else", "#{else}"), T(self.eol()),
                        T(ind + f'"has_{k}": false'), T(self.eol())]
            sub += [T(self.ch(["", ind])), W("#end", "#{end}")]
            items.append(["cond"] + sub)
        # a couple of arbitrary statements from the general grammar, generated in the order
        # in which they appear (they may depend on each other)
        positions = sorted(self.ri(0, len(items)) for _ in range(self.ri(0, 3)))
        for off, pos in enumerate(positions):
            items.insert(pos + off, ["raw"] + [T(ind)] + self.statement(ctx, 2))
        out = []
        real = [i for i, it in enumerate(items) if it[0] not in ("cond", "raw")]
        last = real[-1] if real else -1
        for i, it in enumerate(items):
            if it[0] == "cond":
                # commas of conditional fields: leading comma inside the block
                if last >= 0 and i > last:
                    it = ["cond"] + [t if not (t[0] == "t" and t[1].startswith(ind + '"has_'))
                                     else T("," + t[1]) for t in it[1:]]
                elif i < last:
                    it = ["cond"] + [t if not (t[0] == "t" and t[1].startswith(ind + '"has_'))
                                     else T(t[1] + ",") for t in it[1:]]
                out.extend(it[1:])
                out.append(T(self.eol()))
            elif it[0] == "raw":
                out.extend(it[1:])
                out.append(T(self.eol()))
            else:
                out.extend(it)
                out.append(T(("," if i < last else "") + self.eol()))
        toks.extend(out)
        toks.append(T("}"))
        return toks

    def template(self):
        req = self.make_request()
        self.style = self.wch([("free", 5), ("json", 2), ("oneliner", 2), ("preamble", 2),
                               ("apigw", 3)])
        if self.style != "apigw":
            self.hit("style." + self.style)
        self.indent_unit = self.ch(["  ", "  ", "    ", "\t", ""])
        self.crlf = self.wch([("none", 85), ("all", 10), ("mixed", 5)])
        ctx = Ctx()
        ctx.layout = {"free": self.ch(["lines", "mixed", "inline"]), "json": "lines",
                      "oneliner": "inline", "preamble": self.ch(["lines", "mixed"]),
                      "apigw": "lines"}[self.style]
        size = self.wch([(1, 2), (2, 3), (3, 4), (5, 4), (8, 4), (12, 3), (16, 2), (22, 1)])
        if self.style == "oneliner":
            size = min(size, 6)
        depth = self.wch([(1, 2), (2, 4), (3, 3)])
        toks = []
        if self.style == "apigw":
            toks.extend(self.template_apigw(ctx))
            req = self.request_dict()
        if self.style == "preamble":
            for _ in range(self.ri(2, 6)):
                toks.extend(self.stmt_set(ctx, 2))
                toks.append(T(self.ch(["\n", "\n", " \n", "", "  \n"])))
        if self.style == "json":
            toks.append(T("{" + self.eol()))
        if self.style != "apigw":
            toks.extend(self.block(ctx, depth, size))
        if self.style == "json":
            toks.append(T('  "end": true\n}' + self.ch(["", "\n"])))
        if self.r() < 0.04 and ctx.layout != "inline":
            self.hit("stop")
            toks.append(D("#stop"))
            toks.append(T(" after stop $x\n"))
        text = assemble(toks)
        if self.r() < 0.3 and text.endswith("\n"):
            text = text.rstrip("\n")
            self.hit("ws.no_final_newline")
        if self.crlf == "all":
            text = text.replace("\n", "\r\n")
            self.hit("ws.crlf")
            if ctx.layout == "lines":
                self.hit("combo.crlf_directive_lines")
        elif self.crlf == "mixed":
            out = []
            for c in text:
                out.append("\r\n" if c == "\n" and self.r() < 0.5 else c)
            text = "".join(out)
            self.hit("ws.crlf_mixed")
        if not text:
            text = "x"
        return text, req


# =====================================================================================
# Productions a finished template contains (counted on the text, for the coverage report)
# =====================================================================================

def text_features(t):
    f = collections.Counter()
    pats = {
        "directive.#set": r"#\{?set\b", "directive.#if": r"#\{?if\b",
        "directive.#elseif": r"#\{?elseif\b", "directive.#else": r"#\{?else\b(?!if)",
        "directive.#foreach": r"#\{?foreach\b", "directive.#break": r"#\{?break\b",
        "directive.#macro": r"#\{?macro\b", "directive.#define": r"#\{?define\b",
        "directive.#evaluate": r"#evaluate\b", "directive.#stop": r"#stop\b",
        "directive.braced": r"#\{(if|else|elseif|end|foreach|break)\}",
        "comment.##": r"(?<!\\)##", "comment.#*": r"#\*", "unparsed.#[[": r"#\[\[",
        "escape.\\$": r"\\\$", "escape.\\#": r"\\#",
        "ref.$!": r"\$!", "ref.${": r"\$\{", "ref.index[]": r"\$[A-Za-z][\w.\-()']*\[",
        "foreach.$foreach": r"\$foreach\.", "foreach.$velocityCount": r"\$velocityCount",
        "input.$input": r"\$input\.", "util.$util": r"\$util\.", "context.$context": r"\$context\.",
        "ws.\\r\\n": r"\r\n", "ws.tab": r"\t", "ws.indented_directive": r"\n[ \t]+#(set|if|foreach|end|else)",
        "lit.range": r"\[\s*-?\$?\w+\.\.", "lit.near_overflow": r"214748364[6-8]|9223372036854775807",
    }
    for k, p in pats.items():
        n = len(re.findall(p, t))
        if n:
            f[k] = n
    return f


# =====================================================================================
# Driver
# =====================================================================================

MAX_EXPECTED = 6000   # bytes of oracle output
MAX_LINES = 42


def run_batch(oracle, jobs, listfile, crashed):
    """Render jobs in one JVM.  A JVM that dies (e.g. StackOverflowError, which --batch does
    not catch) is retried on halves until the culprit is isolated; it gets a .crash file."""
    with open(listfile, "w", encoding="utf-8") as fh:
        for tpl, req, out in jobs:
            fh.write(f"{tpl} {req} {out}\n")
    p = subprocess.run([oracle, "--batch", listfile], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    if p.returncode == 0:
        return
    if len(jobs) == 1:
        err = p.stderr.decode("utf-8", "replace")
        first = [ln for ln in err.splitlines() if ln.strip() and not ln.startswith("\tat ")]
        with open(jobs[0][2] + ".crash", "w", encoding="utf-8") as fh:
            fh.write("\n".join(first[:3]) + "\n")
        crashed.append(jobs[0][2])
        return
    mid = len(jobs) // 2
    run_batch(oracle, jobs[:mid], listfile, crashed)
    run_batch(oracle, jobs[mid:], listfile, crashed)


def classify(err):
    first = err.strip().splitlines()[0] if err.strip() else "?"
    if "ParseException" in first or "ParseErrorException" in first:
        return "parse error"
    if "MethodInvocationException" in first:
        m = re.search(r"threw exception ([\w.$]+)", first)
        return "method exception " + (m.group(1) if m else "")
    return first.split(":")[0]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=1200, help="number of cases to keep")
    ap.add_argument("--out", required=True)
    ap.add_argument("--oracle", required=True, help="path of oracle-java")
    ap.add_argument("--stats", help="write coverage/rejection statistics (JSON) here")
    ap.add_argument("--max-candidates", type=int, default=0,
                    help="give up after this many candidates (default 3*count)")
    ap.add_argument("--keep-rejects", help="copy rejected candidates and their errors here")
    args = ap.parse_args(argv)

    t0 = time.time()
    oracle = os.path.abspath(args.oracle)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    for fn in os.listdir(out):  # stale files from an earlier run
        if fn.endswith((".vtl", ".request.json", ".expected", ".err")):
            os.remove(os.path.join(out, fn))
    work = tempfile.mkdtemp(prefix="gwmap-difftest-")
    max_cand = args.max_candidates or 3 * args.count

    kept = []           # (candidate index, template, request, expected bytes, coverage)
    rejects = collections.Counter()
    samples = collections.defaultdict(list)
    cand = 0
    gen_time = 0.0
    oracle_time = 0.0
    try:
        while len(kept) < args.count and cand < max_cand:
            need = args.count - len(kept)
            batch = []
            nb = min(max_cand - cand, need + need // 10 + 5)
            tg = time.time()
            for _ in range(nb):
                cand += 1
                for attempt in range(20):  # keep templates to about 40 lines
                    g = Gen((args.seed * 1_000_003 + cand) * 64 + attempt)
                    _oid_counter[0] = 0
                    text, req = g.template()
                    if text.count("\n") < MAX_LINES:
                        break
                base = os.path.join(work, f"c{cand:06d}")
                with open(base + ".vtl", "w", encoding="utf-8", newline="") as fh:
                    fh.write(text)
                with open(base + ".request.json", "w", encoding="utf-8") as fh:
                    json.dump(req, fh, ensure_ascii=False, sort_keys=False)
                    fh.write("\n")
                cov = g.cov + text_features(text)
                batch.append((cand, base, text, req, cov))
            gen_time += time.time() - tg
            to = time.time()
            jobs1 = [(b + ".vtl", b + ".request.json", b + ".out1") for _, b, _, _, _ in batch]
            crashed = []
            run_batch(oracle, jobs1, os.path.join(work, "list1.txt"), crashed)
            # second render in a fresh JVM, reverse order: catches identity hashes and any
            # state leaking from one template into the next
            jobs2 = [(b + ".vtl", b + ".request.json", b + ".out2") for _, b, _, _, _ in batch]
            run_batch(oracle, list(reversed(jobs2)), os.path.join(work, "list2.txt"), crashed)
            oracle_time += time.time() - to
            for c, b, text, req, cov in batch:
                if len(kept) >= args.count:
                    break
                reason = None
                crash = [f for f in (b + ".out1.crash", b + ".out2.crash") if os.path.exists(f)]
                if crash:
                    with open(crash[0], encoding="utf-8", errors="replace") as fh:
                        err = fh.read()
                    reason = "oracle crash: " + (err.split(":")[0].split()[-1] if err else "?")
                    if len(samples[reason]) < 4:
                        samples[reason].append({"candidate": c, "error": err.strip()[:400],
                                                "template": text[:600]})
                elif os.path.exists(b + ".out1.err") or os.path.exists(b + ".out2.err"):
                    ef = b + ".out1.err" if os.path.exists(b + ".out1.err") else b + ".out2.err"
                    with open(ef, encoding="utf-8", errors="replace") as fh:
                        err = fh.read()
                    reason = "oracle error: " + classify(err)
                    if len(samples[reason]) < 4:
                        samples[reason].append({"candidate": c, "error": err.strip()[:400],
                                                "template": text[:600]})
                else:
                    with open(b + ".out1", "rb") as fh:
                        e1 = fh.read()
                    with open(b + ".out2", "rb") as fh:
                        e2 = fh.read()
                    if e1 != e2:
                        reason = "not reproducible"
                    elif len(e1) > MAX_EXPECTED:
                        reason = "oversized output"
                    if reason and len(samples[reason]) < 4:
                        samples[reason].append({"candidate": c, "template": text[:600]})
                if reason:
                    rejects[reason] += 1
                    if args.keep_rejects:
                        os.makedirs(args.keep_rejects, exist_ok=True)
                        for ext in (".vtl", ".request.json", ".out1.err"):
                            if os.path.exists(b + ext):
                                shutil.copy(b + ext, os.path.join(args.keep_rejects,
                                                                  f"c{c:06d}{ext}"))
                    continue
                kept.append((c, text, req, e1, cov))
        # write the corpus
        width = max(4, len(str(len(kept))))
        for i, (c, text, req, exp, cov) in enumerate(kept, 1):
            stem = os.path.join(out, f"{i:0{width}d}")
            with open(stem + ".vtl", "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            with open(stem + ".request.json", "w", encoding="utf-8") as fh:
                json.dump(req, fh, ensure_ascii=False)
                fh.write("\n")
            with open(stem + ".expected", "wb") as fh:
                fh.write(exp)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    total_cov = collections.Counter()
    cases_with = collections.Counter()
    for _, _, _, _, cov in kept:
        total_cov.update(cov)
        for k in cov:
            cases_with[k] += 1
    nrej = sum(rejects.values())
    elapsed = time.time() - t0
    size = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out))
    lines = [t.count("\n") + 1 for _, t, _, _, _ in kept]
    summary = {
        "seed": args.seed, "kept": len(kept), "candidates": len(kept) + nrej, "rejected": nrej,
        "rejected_by_reason": dict(rejects.most_common()),
        "corpus_bytes": size, "seconds_total": round(elapsed, 1),
        "seconds_generate": round(gen_time, 1), "seconds_oracle": round(oracle_time, 1),
        "template_lines": {"min": min(lines) if lines else 0, "max": max(lines) if lines else 0,
                           "mean": round(sum(lines) / len(lines), 1) if lines else 0},
        "coverage_cases": dict(sorted(cases_with.items())),
        "coverage_total": dict(sorted(total_cov.items())),
        "reject_samples": samples,
    }
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as fh:
            json.dump(summary, fh, indent=1, ensure_ascii=False)
    print(f"gen.py: seed {args.seed}: kept {len(kept)} of {len(kept) + nrej} candidates; "
          f"rejected {nrej} ({', '.join(f'{k}: {v}' for k, v in rejects.most_common()) or 'none'})",
          file=sys.stderr)
    print(f"gen.py: corpus {size} bytes in {out}; {elapsed:.1f} s "
          f"(generate {gen_time:.1f} s, oracle {oracle_time:.1f} s)", file=sys.stderr)
    if len(kept) < args.count:
        print(f"gen.py: only {len(kept)} cases kept (limit {max_cand} candidates)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
