#!/usr/bin/env python3
"""Engine conformance corpus for gwmap: case definitions and generator.

Every case is defined inline below (grouped), as (name, template, note[, request]).
Running

    python3 tools/conformance/cases.py --oracle /tmp/oracle/oracle-java

renders all cases through the reference renderer in one JVM (``--batch``) and (re)writes
``tests/conformance/<group>/<name>.vtl``, ``<name>.request.json`` (only when the request is
not ``{}``) and either ``<name>.expected`` (the oracle's exact bytes) or ``<name>.error``
(the first line the oracle prints on stderr when it fails).  Files of removed cases are
deleted.  Output is deterministic: the same cases and oracle give the same bytes.

Python 3.11, standard library only.  See tests/conformance/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# --------------------------------------------------------------------------------------------
# case model

GROUPS: dict[str, list[tuple[str, str, str, dict | None]]] = {}
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")


def group(name: str, cases: list[tuple]) -> None:
    if name in GROUPS:
        raise SystemExit(f"duplicate group {name}")
    out = []
    seen = set()
    for c in cases:
        if len(c) == 3:
            n, tpl, note = c
            req = None
        elif len(c) == 4:
            n, tpl, note, req = c
        else:
            raise SystemExit(f"{name}: malformed case {c!r}")
        if not _NAME_RE.match(n):
            raise SystemExit(f"{name}/{n}: bad case name")
        if n in seen:
            raise SystemExit(f"{name}/{n}: duplicate case name")
        if not note or "\n" in note or "\t" in note:
            raise SystemExit(f"{name}/{n}: the note must be one non-empty line without tabs")
        if req is not None and not isinstance(req, dict):
            raise SystemExit(f"{name}/{n}: the request must be a dict")
        seen.add(n)
        out.append((n, tpl, note, req or None))
    GROUPS[name] = out


# ============================================================================================
# CASES
# ============================================================================================
group("whitespace", [
    # --- #set
    ("set_line", "#set($a = 1)\nx", "a #set on its own line is swallowed with its newline"),
    ("set_indented_spaces", "  #set($a = 1)\nx", "#set eats the indentation before it when it starts the template"),
    ("set_indented_tab", "\t#set($a = 1)\nx", "#set eats a tab indentation at template start"),
    ("set_indented_mixed", " \t \t#set($a = 1)\nx", "#set eats mixed space/tab indentation at template start"),
    ("set_trailing_spaces", "#set($a = 1)   \nx", "trailing spaces after #set(...) are eaten with the newline"),
    ("set_trailing_tab", "#set($a = 1)\t\t\nx", "trailing tabs after #set(...) are eaten with the newline"),
    ("set_only_one_newline", "#set($a = 1)\n\nx", "#set eats one newline, a blank line after it stays"),
    ("set_crlf", "#set($a = 1)\r\nx", "#set eats a CRLF line end"),
    ("set_cr_only", "#set($a = 1)\rx", "#set followed by a lone CR"),
    ("set_mid_line", "a #set($a = 1) b", "#set after text: the space before it belongs to the text and is kept, so is the space after"),
    ("set_mid_line_eol", "a #set($a = 1)\nb", "#set after text on the same line, followed by newline"),
    ("set_after_text_spaces", "a   #set($a = 1)\n$a", "spaces between text and #set"),
    ("set_eof", "x\n#set($a = 1)", "#set as the last thing in the file, no newline"),
    ("set_eof_indented", "x\n   #set($a = 1)", "indented #set at end of file"),
    ("set_two_on_line", "#set($a = 1)#set($b = 2)\n$a$b", "two #set on one line"),
    ("set_two_on_line_space", "#set($a = 1) #set($b = 2)\n$a$b", "two #set on one line separated by a space"),
    ("set_two_lines", "#set($a = 1)\n#set($b = 2)\n$a$b\n", "consecutive #set lines vanish"),
    ("set_indented_after_text_line", "x\n  #set($a = 1)\ny", "an indented #set after a text line keeps its indentation (it belongs to the text token)"),
    ("set_indented_after_text_line_tab", "x\n\t#set($a = 1)\ny", "same with a tab"),
    ("set_after_text_line", "x\n#set($a = 1)\ny", "an unindented #set after a text line vanishes with its newline"),
    ("set_indented_in_json", "{\n  \"a\": 1,\n  #set($b = 2)\n  \"b\": $b\n}", "the common JSON case: the #set line leaves its indentation in front of the next line"),
    ("set_indented_after_reference_line", "$u\n  #set($a = 1)\ny", "after a line ending in a reference the newline+indent is one text token, kept"),
    ("set_indented_after_comment_line", "## c\n  #set($a = 1)\ny", "after a ## line the indentation starts a token and #set eats it"),
    ("set_indented_after_directive_line", "#if(true)\n#end\n  #set($a = 1)\ny", "after a directive line the indentation starts a token and #set eats it"),
    ("set_indented_then_text", "  #set($a = 1)|", "indentation at template start is eaten even when text follows"),
    ("if_indented_after_text_line", "x\n  #if(true)\n  y\n  #end\nz", "indented #if/#end after a text line keep their indentation"),
    ("set_trailing_text", "#set($a = 1) x\ny", "text after #set on the same line"),
    ("set_after_reference", "$a#set($a = 2)\n$a", "#set right after a reference on the same line"),
    ("set_blank_lines_around", "\n\n#set($a = 1)\n\n$a\n\n", "blank lines around a #set"),
    ("set_spaces_in_parens", "#set(   $a   =   1   )\n$a", "spaces inside #set( ) are free"),
    ("set_space_before_paren", "#set ($a = 1)\n$a", "a space between #set and ( is allowed"),
    ("set_brace_form", "#{set}($a = 1)\n$a", "#{set} brace form"),
    ("set_then_comment", "#set($a = 1) ## note\n$a", "## comment after #set on the same line"),
    ("set_in_foreach_indented", "#foreach($i in [1, 2])\n  #set($x = $i)\n  [$x]\n#end\n", "indented #set inside a loop body"),
    # --- #if / #elseif / #else / #end
    ("if_lines", "#if(true)\nyes\n#end\nafter", "#if and #end lines eat their newline"),
    ("if_false_lines", "#if(false)\nyes\n#end\nafter", "false #if on its own lines leaves nothing"),
    ("if_indented", "  #if(true)\n  yes\n  #end\nafter", "indentation before #if/#end is kept"),
    ("if_indented_tab", "\t#if(true)\n\tyes\n\t#end\nafter", "tab indentation before #if/#end is kept"),
    ("if_trailing_ws", "#if(true)  \nyes\n#end\t \nafter", "trailing spaces/tabs after ) and #end are eaten with the newline"),
    ("if_trailing_ws_no_newline", "#if(true)   yes#end   after", "spaces after ) not followed by newline are kept"),
    ("if_inline", "x#if(true) yes #end y", "inline #if keeps the spaces inside and after"),
    ("if_inline_false", "x #if(false) yes #end y", "inline false #if keeps the spaces outside"),
    ("if_text_before_directive", "text #if(true)\nx\n#end\ny", "text before #if on the same line does not stop the newline after ) being eaten"),
    ("if_else_lines", "#if(false)\na\n#else\nb\n#end\nc", "#else line eats its newline"),
    ("if_elseif_lines", "#if(false)\na\n#elseif(true)\nb\n#else\nc\n#end\nd", "#elseif line eats its newline"),
    ("else_indented", "#if(false)\n  a\n  #else\n  b\n  #end\nc", "indentation before #else/#end kept"),
    ("else_trailing_ws", "#if(false)\na\n#else   \nb\n#end\nc", "trailing spaces after #else eaten with the newline"),
    ("if_crlf", "#if(true)\r\nyes\r\n#end\r\nafter", "CRLF after ) and #end"),
    ("if_else_crlf", "#if(false)\r\na\r\n#else\r\nb\r\n#end\r\n", "CRLF after #else"),
    ("if_cr_only", "#if(true)\ryes\r#end\rafter", "lone CR line ends after directives"),
    ("if_end_eof", "#if(true)\nyes\n#end", "#end at end of file without newline"),
    ("if_end_eof_spaces", "#if(true)\nyes\n#end   ", "#end followed by spaces at end of file"),
    ("end_followed_by_text", "#if(true)a#end b", "#end followed by text on the same line"),
    ("end_followed_by_text_eol", "#if(true)\na\n#end b\nc", "text after #end keeps its newline"),
    ("end_brace_followed_by_letters", "#if(true)a#{end}b", "#{end} lets text follow directly"),
    ("else_brace_followed_by_letters", "#if(false)a#{else}b#{end}c", "#{else} brace form"),
    ("brace_forms_lines", "#{if}(false)\na\n#{else}\nb\n#{end}\nc", "brace forms on their own lines eat newlines too"),
    ("elseif_brace", "#if(false)a#{elseif}(true)b#{end}", "#{elseif} brace form"),
    ("if_space_before_paren", "#if (true)x#end", "a space between #if and ( is allowed"),
    ("if_spaces_in_parens", "#if(  true  )x#end", "spaces inside #if( ) are free"),
    ("if_multiline_condition", "#if(true &&\n  true)\nx\n#end", "newline inside the condition"),
    ("nested_if_indented", "#if(true)\n  #if(true)\n    x\n  #end\n#end\ny", "nested indented ifs keep indentation of each directive line"),
    ("if_comment_after_paren", "#if(true) ## c\nx\n#end", "## comment after #if(...) on the same line"),
    ("if_end_comment_after", "#if(true)\nx\n#end ## c\ny", "## comment after #end"),
    # --- #foreach
    ("foreach_lines", "#foreach($i in [1..3])\n$i\n#end\nafter", "#foreach and #end lines eat their newline"),
    ("foreach_inline", "#foreach($i in [1, 2, 3])$i,#end", "inline loop body"),
    ("foreach_indented_xml", "<a>\n  #foreach($i in [1, 2])\n  <b>$i</b>\n  #end\n</a>", "indented loop in XML keeps the directive indentation"),
    ("foreach_trailing_ws", "#foreach($i in [1, 2]) \t\n$i\n#end \nx", "trailing whitespace after ) and #end"),
    ("foreach_crlf", "#foreach($i in [1, 2])\r\n$i\r\n#end\r\nx", "CRLF after foreach directives"),
    ("foreach_empty_body_lines", "#foreach($i in [1, 2, 3])\n#end\nx", "a loop with only a newline body"),
    ("foreach_comma_join", "[#foreach($i in [1, 2, 3])\"$i\"#if($foreach.hasNext),#end#end]", "the usual JSON join idiom"),
    ("foreach_comma_join_lines", "[\n#foreach($i in [1, 2])\n  \"$i\"#if($foreach.hasNext),#end\n\n#end\n]", "the JSON join idiom spread over lines"),
    # --- #macro / #define / #break / #stop
    ("macro_def_lines", "#macro(m)\nbody\n#end\n#m()\n#m()", "macro definition lines and the newline after a call"),
    ("macro_def_indented", "  #macro(m)\n  x\n  #end\n#m()|", "indentation before #macro and inside the body"),
    ("macro_def_trailing_ws", "#macro(m)x#end   \ny", "trailing spaces after the #end of a macro"),
    ("macro_call_mid_line", "#macro(m)X#end\na #m() b", "a macro call in the middle of a line keeps the spaces"),
    ("macro_call_own_line", "#macro(m)X#end\n#m()\ny", "the newline after a macro call is eaten, as after a directive"),
    ("macro_call_indented", "#macro(m)X#end\n  #m()\ny", "an indented macro call keeps the indentation and eats the newline"),
    ("macro_body_newlines", "#macro(m)\n  line\n#end\n[#m()]", "a macro body with newlines is emitted as written"),
    ("define_lines", "#define($d)\nhello\n#end\n$d$d", "#define lines eat their newlines"),
    ("define_indented", "  #define($d)\n  hi\n  #end\n[$d]", "indented #define"),
    ("break_line", "#foreach($i in [1, 2, 3])\n$i\n#if($i == 2)\n#break\n#end\n#end\nx", "#break on its own line"),
    ("break_indented", "#foreach($i in [1, 2, 3])\n  $i\n  #if($i == 2)\n    #break\n  #end\n#end\nx", "the indentation before #break is kept"),
    ("break_trailing_text", "#foreach($i in [1, 2])$i#break after#end|", "text after #break is not rendered"),
    ("stop_line", "a\n#stop\nb", "#stop ends the rendering; text before it stays"),
    ("stop_inline", "a #stop b", "#stop in the middle of a line"),
    ("stop_indented", "a\n  #stop\nb", "the indentation before #stop is kept"),
    # --- comments
    ("line_comment_end_of_line", "a ## comment\nb", "## eats the rest of the line including the newline"),
    ("line_comment_own_line", "## comment\nb", "a ## line leaves nothing"),
    ("line_comment_indented", "  ## comment\nb", "indentation before ## is kept"),
    ("line_comment_eof", "a ## comment", "## at end of file without newline"),
    ("line_comment_crlf", "a ## comment\r\nb", "## with CRLF"),
    ("line_comment_empty", "a##\nb", "## with nothing after it"),
    ("block_comment_inline", "a #* c *# b", "block comment in a line leaves the spaces around it"),
    ("block_comment_multiline", "a\n#* x\ny *#\nb", "the newline after a closing *# is kept"),
    ("block_comment_indented_line", "  #* c *#\nb", "block comment alone on an indented line"),
    ("block_comment_after_end", "#if(true)x#end#* c *#\ny", "block comment right after #end"),
    # --- misc
    ("several_directives_one_line", "#if(true)#set($a = 1)$a#end\nx", "several directives on one line"),
    ("directives_chain_lines", "#set($a = 1)\n#if($a == 1)\n#set($b = 2)\n#end\n$b", "lines made of directives only vanish"),
    ("whitespace_only", "   \n\t\n", "a whitespace-only template is kept as is"),
    ("text_trailing_spaces", "a  \nb\t\n", "trailing spaces after text are kept"),
    ("text_crlf", "a\r\nb\r\n", "CRLF in text is kept"),
    ("text_lone_cr", "a\rb", "a lone CR in text is kept"),
    ("empty_template", "", "an empty template renders nothing"),
    ("reference_line_keeps_newline", "#set($a = 1)\n$a\n$a\n", "a line with a reference keeps its newline"),
    ("set_after_reference_spaces", "#set($a = 'x')$a   #set($b = 1)\n|", "spaces between a reference and #set are eaten (token boundary)"),
    ("set_after_end_spaces", "#if(true)a#end   #set($b = 1)\n|", "spaces between #end and #set are eaten"),
    ("set_after_text_tab", "a\t#set($b = 1)|", "a tab between text and #set is kept"),
    ("macro_call_trailing_ws", "#macro(m)X#end\n#m()  \t\ny", "spaces/tabs after a macro call are eaten with the newline"),
    ("macro_call_crlf", "#macro(m)X#end\r\n#m()\r\ny", "CRLF after a macro call is eaten"),
    ("end_brace_newline", "#if(true)a#{end}\nb", "#{end} followed by a newline eats it too"),
    ("end_tab_crlf", "#if(true)a#end\t\r\nb", "#end, a tab and CRLF are eaten together"),
    ("if_blank_line_inside", "#if(true)\n\n#end\nx", "a blank line inside #if stays"),
    ("else_end_adjacent", "#if(false)a#else#end|", "#else immediately followed by #end"),
    ("break_brace", "#foreach($i in [1, 2])$i#{break}#end|", "#{break} brace form"),
    ("stop_brace", "a#{stop}b", "#{stop} brace form"),
    ("indented_end_then_text", "#if(true)\nx\n  #end y\nz", "indented #end followed by text on the same line"),
    ("foreach_mid_line", "a #foreach($i in [1, 2])$i #end b", "a loop in the middle of a line"),
    ("line_comment_after_text_indented", "  x ## c\n  y", "## after indented text"),
    ("set_then_block_comment", "#set($a = 1)#* c *#\n$a", "block comment after #set: the newline after *# stays"),
    ("if_else_same_line", "#if(false)a#else b#end", "#else followed by a space on the same line"),
    ("elseif_inline", "#if(false)a#elseif(true) b #else c#end", "inline #elseif keeps the space after )"),
])
group("references", [
    ("forms_defined", "#set($a = 'v')$a ${a} $!a $!{a}", "the four reference spellings of a defined variable"),
    ("forms_undefined", "[$u][${u}][$!u][$!{u}]", "undefined references render empty in all four spellings (E2)"),
    ("undefined_in_text", "a$u b", "an undefined reference in text"),
    ("undefined_property_chain", "[$u.a.b.c]", "a chain on an undefined variable renders empty"),
    ("undefined_method_call", "[$u.b()]", "a method call on an undefined variable renders empty"),
    ("undefined_method_args", "[$u.b(1, 'x')]", "a method call with arguments on an undefined variable"),
    ("brace_then_text", "#set($a = 'v')${a}b $ab", "${a}b vs $ab (a different, undefined, name)"),
    ("brace_suffix_dot_txt", "#set($a = 'file')${a}.txt $a.txt", "${a}.txt vs $a.txt (a property lookup)"),
    ("property_on_string_swallows_word", "#set($name = 'Bob')Hello $name.How are you", "$name.How is a property lookup, not text"),
    ("map_property_chain", "#set($m = {'b': {'c': 'deep'}})$m.b.c ${m.b.c} $!m.b.c", "property chains on nested maps"),
    ("map_property_missing", "#set($m = {'b': {'c': 'deep'}})[$m.x][$m.b.x][$m.x.y]", "missing keys in a chain render empty"),
    ("map_property_vs_get", "#set($m = {'k': 'v'})$m.k $m.get('k') $m['k']", "three ways to read a map key"),
    ("map_hyphen_key", "#set($m = {'partition-key': 'p1'})$m.partition-key", "hyphenated property name on a map (AWS Kinesis example)"),
    ("hyphen_identifier", "#set($a-b = 'hy')$a-b", "a hyphen belongs to the identifier"),
    ("hyphen_identifier_undefined", "#set($a = 5)[$a-b] [$a - b]", "$a-b is a different (undefined) reference"),
    ("hyphen_digit", "#set($a = 5)[$a-1]", "$a-1 is the reference a-1, not a minus"),
    ("hyphen_then_reference", "#set($a = 1)#set($b = 2)$a-$b ${a}-$b", "$a-$b is the reference a- (undefined) then $b; ${a}-$b separates them"),
    ("underscore_identifier", "#set($_a = 1)#set($a_ = 2)$_a $a_", "identifiers may start or end with _"),
    ("case_sensitive", "#set($a = 'lower')#set($A = 'upper')$a $A", "names are case-sensitive"),
    ("adjacent_references", "#set($a = 'x')#set($b = 'y')$a$b$a", "references written back to back"),
    ("list_index", "#set($l = ['a', 'b', 'c'])$l[0] $l[2]", "list index notation"),
    ("list_index_variable", "#set($l = ['a', 'b', 'c'])#set($i = 1)$l[$i]", "index given by a variable"),
    ("list_index_negative", "#set($l = ['a', 'b', 'c'])$l[-1]", "a negative index counts from the end: $l[-1] is the last element"),
    ("list_index_negative_first", "#set($l = ['a', 'b', 'c'])$l[-3]", "index -size is the first element"),
    ("get_explicit_index", "#set($l = ['a', 'b', 'c'])$l.get(1)", "explicit get(i); get(-1) is not wrapped and fails (errors/list_get_negative)"),
    ("index_spaces_inside", "#set($l = ['a', 'b'])$l[ 1 ]", "spaces inside the brackets are allowed"),
    ("index_space_before_bracket", "#set($a = 'v')$a [0]", "a space before [ ends the reference"),
    ("dollar_trailing_space", "cost: $ ", "a $ followed by a space at the end"),
    ("dollar_before_newline", "a $\nb", "a $ at the end of a line"),
    ("dollar_bang_newline", "a $!\nb", "$! at the end of a line: the ! is dropped"),
    ("dollar_bang_bang", "x $!! y", "$!! renders $!"),
    ("dollar_bang_dollar_ref", "#set($a = 'v')$!$a", "$! then a reference"),
    ("quiet_then_bang", "#set($a = 'v')$!a!", "$!a followed by !"),
    ("dollar_bang_brace_unclosed", "a $!{ b", "$!{ without a name"),
    ("list_index_nested", "#set($l = [['a', 'b'], ['c', 'd']])$l[1][0]", "nested index"),
    ("list_index_then_property", "#set($l = [{'n': 'x'}])$l[0].n", "index then property"),
    ("map_index_string", "#set($m = {'k': 'v', 'sp ace': 's'})$m['k'] $m[\"k\"] $m['sp ace']", "string index on a map, keys with a space"),
    ("map_index_variable", "#set($m = {'k': 'v'})#set($key = 'k')$m[$key]", "map index by variable"),
    ("map_index_missing", "#set($m = {'k': 'v'})[$m['nope']]", "missing key through index notation"),
    ("map_index_then_index", "#set($m = {'a': [10, 20]})$m['a'][1] $m.a[0]", "map index then list index"),
    ("index_on_undefined", "[$u[0]][$u['k']]", "index on an undefined variable"),
    ("index_on_string", "#set($s = 'abc')[$s[0]]", "index on a string (no get method)"),
    ("brace_index", "#set($l = ['a'])${l[0]}", "index inside ${}"),
    ("method_args", "#set($s = 'hello')$s.substring(1, 3) $s.replace('l', 'L') $s.indexOf('l', 3)", "method calls with arguments"),
    ("method_nested_args", "#set($s = 'ab')#set($t = 'cd')$s.concat($t.toUpperCase())", "a method call as an argument"),
    ("method_undefined_arg", "#set($s = 'ab')$s.concat($u)", "an undefined argument is passed as empty string (E2)"),
    ("method_missing", "#set($s = 'ab')[$s.noSuchMethod()]", "a method that does not exist renders empty"),
    ("method_wrong_arity", "#set($s = 'ab')[$s.substring()]", "a method called with the wrong arity renders empty"),
    ("property_missing_on_string", "#set($s = 'ab')[$s.foo]", "a property that does not exist on a String"),
    ("property_is_getter", "#set($s = '')#set($t = 'x')$s.empty $t.empty", "$s.empty resolves to isEmpty()"),
    ("map_size_property", "#set($m = {'a': 1})[$m.size] [$m.empty] $m.size()", "$m.size is a map key lookup, not size()"),
    ("list_size_property", "#set($l = [1, 2])[$l.size] $l.empty $l.size()", "$l.size does not call size(); $l.empty calls isEmpty()"),
    ("quiet_property", "#set($m = {})[$!m.x][$!{m.x}]", "quiet references with properties"),
    ("escaped_defined", "#set($a = 'v')\\$a \\${a}", "\\$a prints the reference literally"),
    ("escaped_undefined", "\\$u \\${u}", "escaping an undefined reference (E2: backslash consumed)"),
    ("double_backslash_defined", "#set($a = 'v')\\\\$a", "\\\\$a prints a backslash then the value"),
    ("double_backslash_undefined", "\\\\$u", "\\\\$u with an undefined reference"),
    ("triple_backslash_defined", "#set($a = 'v')\\\\\\$a", "\\\\\\$a prints a backslash then $a"),
    ("escaped_quiet", "#set($a = 'v')\\$!a", "escaped quiet reference"),
    ("escaped_directive_if", "\\#if(true)x", "\\#if prints #if literally"),
    ("escaped_directive_set", "#set($a = 1)\\#set($a = 2)$a", "\\#set is text; the #set is not executed"),
    ("backslash_alone", "a \\ b \\\\ c", "lone backslashes in text are kept"),
    ("backslash_before_text", "\\n \\t \\x", "backslash sequences in text are not escapes"),
    ("dollar_digit", "$1 $12.50", "$ followed by a digit is text"),
    ("dollar_space", "$ a", "$ followed by a space is text"),
    ("dollar_dot", "$.x", "$ followed by a dot is text"),
    ("dollar_dollar", "$$ $$a", "$$ is text, then $a"),
    ("dollar_bang_alone", "a $! b", "$! followed by a space"),
    ("dollar_brace_unclosed", "a ${ b", "${ without a name"),
    ("dollar_brace_empty", "a ${} b", "${} is text"),
    ("dollar_space_brace", "$ {a}", "$ {a} is text"),
    ("reference_dot_end", "#set($a = 'v')$a. end", "a trailing dot after a reference is text"),
    ("reference_dot_digit", "#set($a = 'v')$a.1", "$a.1 is $a then text .1"),
    ("reference_dot_underscore", "#set($a = 'v')$a._x", "$a._x is $a then text ._x"),
    ("reference_dot_dot", "#set($a = 'v')$a..b", "$a..b"),
    ("reference_colon", "#set($a = 'v')$a:b", "$a:b"),
    ("reference_then_paren", "#set($a = 'v')$a(x)", "$a(x) is $a then text"),
    ("email_like", "a@b.com $u@b.com", "email-like text; @ is not special"),
    ("price", "price: $5.00, $0.99", "prices with $ and digits"),
    ("json_with_dollars", "{\"price\": \"$5\", \"sym\": \"$\", \"q\": \"$$\"}", "JSON containing $ signs"),
    ("jsonpath_in_text", "{\"path\": \"$.store.book[0]\"}", "a JSONPath in text stays literal"),
    ("reference_in_json", "#set($id = 42){\"id\": $id, \"name\": \"$!name\"}", "references inside a JSON document"),
    ("method_on_map_literal_chain", "#set($m = {'l': [1, 2, 3]})$m.l.size() $m.get('l').get(1)", "method calls along a chain"),
    ("property_on_list_element_missing", "#set($l = [{'a': 1}, {}])[$l[1].a]", "missing key on a list element"),
    ("tostring_explicit", "#set($l = [1, 2])$l.toString() $l", "explicit toString matches rendering"),
    ("reference_equals_sign_text", "#set($a = 'v')$a=1", "$a=1 in text"),
    ("reference_in_html", "#set($a = 'v')<p>$a</p><a href=\"/x?$a\">", "references in markup"),
    ("quiet_brace_then_text", "#set($a = 'v')$!{a}b", "$!{a} followed by letters"),
    ("bang_not_quiet_after_ref", "#set($a = 'v')$a!", "! after a reference is text"),
    ("at_reference_like", "#set($a = 'v')@a $@a", "@ is text"),
    ("method_call_unclosed_is_text", "#set($a = 'v')[$a.concat(", "an unclosed method call at end of file: $a.concat is a property lookup, ( is text"),
])
group("set", [
    ("integer", "#set($a = 1)$a", "set an integer"),
    ("string_single", "#set($a = 'x y')$a", "set a single-quoted string"),
    ("string_double", "#set($a = \"x y\")$a", "set a double-quoted string"),
    ("empty_string", "#set($a = '')[$a]", "set an empty string"),
    ("boolean_true_false", "#set($t = true)#set($f = false)$t $f", "set booleans"),
    ("no_spaces", "#set($a=1)$a", "#set without any spaces"),
    ("spaces_inside_parens", "#set( $a=1 )$a", "#set( $a=1 ) with spaces inside the parentheses only"),
    ("list", "#set($l = ['a', 1, true])$l", "set a list literal; prints [a, 1, true]"),
    ("empty_list", "#set($l = [])$l $l.size()", "set an empty list"),
    ("map", "#set($m = {'a': 1, 'b': 'x'})$m", "set a map literal; prints {a=1, b=x}"),
    ("empty_map", "#set($m = {})$m $m.size()", "set an empty map"),
    ("range", "#set($r = [1..4])$r", "a range is a list"),
    ("range_descending", "#set($r = [3..-1])$r", "a descending range"),
    ("range_variables", "#set($a = 2)#set($b = 5)#set($r = [$a..$b])$r", "range bounds from variables"),
    ("range_single", "#set($r = [7..7])$r", "a range with equal bounds"),
    ("arithmetic_rhs", "#set($a = 1 + 2 * 3)$a", "operator precedence in the RHS"),
    ("parenthesised_rhs", "#set($a = (1 + 2) * 3)$a", "parentheses in the RHS"),
    ("negative_literal", "#set($a = -5)$a", "a negative literal"),
    ("comparison_rhs", "#set($b = 1 < 2)#set($c = 'a' == 'b')$b $c", "a comparison gives a Boolean"),
    ("logical_rhs", "#set($b = true && !false)$b", "a logical expression gives a Boolean"),
    ("reference_rhs", "#set($a = 'x')#set($b = $a)$b", "set from another variable"),
    ("value_semantics_string", "#set($a = 'x')#set($b = $a)#set($a = 'y')$b", "re-setting $a does not change $b"),
    ("alias_map", "#set($m = {})#set($n = $m)#set($n.k = 1)$m", "maps are shared by reference"),
    ("alias_list", "#set($l = [])#set($k = $l)#set($ok = $k.add('x'))$l", "lists are shared by reference"),
    ("into_property", "#set($m = {})#set($m.b = 1)$m $m.b", "#set($m.b = 1) puts a key"),
    ("into_property_overwrite", "#set($m = {'b': 0, 'c': 2})#set($m.b = 1)$m", "overwriting a key keeps its position"),
    ("into_nested_property", "#set($m = {'a': {}})#set($m.a.b = 'x')$m", "set through a property chain"),
    ("into_missing_nested_property", "#set($m = {})#set($m.a.b = 'x')$m", "set through a missing intermediate key does nothing"),
    ("into_property_of_undefined", "#set($u.b = 1)[$u][$u.b]", "set a property of an undefined variable"),
    ("into_property_of_string", "#set($s = 'str')#set($s.b = 1)$s", "set a property of a String does nothing"),
    ("into_hyphen_property", "#set($m = {})#set($m.a-b = 1)$m", "set a hyphenated key"),
    ("into_index_map_variable", "#set($m = {})#set($k = 'key')#set($v = 'val')#set($m[$k] = $v)$m", "#set($m[$k] = $v)"),
    ("into_index_map_literal", "#set($m = {})#set($m['k'] = 'v')#set($m[\"q\"] = 'w')$m", "index assignment with literal keys"),
    ("into_index_list", "#set($l = ['a', 'b'])#set($l[0] = 'x')$l", "#set($l[0] = 'x')"),
    ("into_index_list_negative", "#set($l = ['a', 'b', 'c'])#set($l[-1] = 'z')$l", "negative index assignment wraps"),
    ("into_index_range", "#set($r = [1..3])#set($r[1] = 9)$r", "a range can be modified"),
    ("into_index_nested", "#set($l = [[1, 2], [3, 4]])#set($l[1][0] = 'x')$l", "nested index assignment"),
    ("into_index_then_property", "#set($l = [{}])#set($l[0].k = 'v')$l", "index then property assignment"),
    ("into_map_integer_key", "#set($m = {})#set($m[1] = 'one')$m $m[1] [$m['1']]", "an Integer key is not the String key"),
    ("to_undefined", "#set($a = 1)#set($a = $u)[$a]", "set to an undefined reference gives \"\" (E2)"),
    ("to_missing_key", "#set($m = {})#set($a = 1)#set($a = $m.x)[$a]", "set to a missing key gives \"\" (E2)"),
    ("to_undefined_then_length", "#set($a = $u)$a.length()", "the result of an undefined set is an empty String"),
    ("to_division_by_zero_fresh", "#set($x = 1 / 0)[$x]", "division by zero gives null, a fresh variable stays undefined"),
    ("to_division_by_zero_keeps", "#set($x = 5)#set($x = 1 / 0)[$x]", "division by zero: null RHS leaves the old value"),
    ("to_modulo_by_zero_keeps", "#set($x = 5)#set($x = 1 % 0)[$x]", "modulo by zero: null RHS leaves the old value"),
    ("to_method_returning_null", "#set($m = {})#set($x = 5)#set($x = $m.get('nope'))[$x]", "a method returning null gives \"\" (E2)"),
    ("put_idiom", "#set($m = {})#set($d = $m.put('k', 'v'))[$d] $m", "#set($d = $m.put()) idiom; put returns null"),
    ("put_returns_previous", "#set($m = {'k': 'old'})#set($d = $m.put('k', 'new'))$d $m", "put returns the previous value"),
    ("interpolation_rhs", "#set($n = 'W')#set($s = \"Hi $n!\")$s", "double-quoted RHS is interpolated"),
    ("interpolation_undefined_rhs", "#set($s = \"[$u]\")$s", "an undefined reference inside an interpolated RHS"),
    ("no_interpolation_single", "#set($n = 'W')#set($s = 'Hi $n!')$s", "single-quoted RHS is not interpolated"),
    ("interpolation_quiet_rhs", "#set($s = \"[$!u]\")$s", "quiet reference inside an interpolated RHS"),
    ("concat_rhs", "#set($a = 'x')#set($s = $a + 'y' + 1)$s", "string concatenation with +"),
    ("concat_undefined_plus_number", "#set($s = $u + 1)[$s]", "undefined + 1 is string concatenation with \"\" (E2)"),
    ("increment", "#set($i = 0)#set($i = $i + 1)#set($i = $i + 1)$i", "increment a counter"),
    ("self_reference_list", "#set($l = [1])#set($l = [$l, 2])$l", "a list containing the previous list"),
    ("map_with_references", "#set($a = 'k')#set($b = 2)#set($m = {$a: $b, 'lit': \"$a$b\", 'sq': '$a', 'l': [$b]})$m", "map literal with reference keys and values (no operators allowed inside)"),
    ("list_with_references", "#set($a = 2)#set($l = [$a, \"$a$a\", '$a', [$a], {'k': $a}, $u])$l", "list literal with references, strings and nested literals"),
    ("set_inside_if", "#set($a = 'out')#if(true)#set($a = 'in')#end$a", "#set inside #if is global"),
    ("set_inside_foreach_global", "#foreach($i in [1, 2, 3])#set($last = $i)#end$last", "#set inside a loop survives the loop"),
    ("set_leak_in_loop", "#set($m = {'1': 'a'})#foreach($k in ['1', '2'])#set($v = $m.get($k))[$v]#end", "a null RHS inside a loop becomes \"\" (E2), no leak of the previous value"),
    ("set_division_leak_in_loop", "#foreach($d in [1, 0, 2])#set($q = 10 / $d)[$q]#end", "a division-by-zero RHS inside a loop keeps the previous iteration value"),
    ("set_same_var_twice", "#set($a = 1)#set($a = 'two')$a", "a variable can change type"),
    ("set_method_result", "#set($s = 'Hello')#set($u2 = $s.toUpperCase())$u2", "set to a method result"),
    ("set_list_element", "#set($l = ['a', 'b'])#set($x = $l[1])$x", "set to an indexed element"),
    ("set_ws_newline_inside", "#set(\n$a\n=\n1\n)\n$a", "newlines inside #set( )"),
    ("set_quiet_rhs", "#set($a = $!u)[$a]", "a quiet reference on the RHS"),
    ("set_bool_from_string_compare", "#set($eq = 'a' == 'a')#if($eq)yes#end", "a stored Boolean is usable in #if"),
    ("set_map_entry_to_undefined", "#set($m = {})#set($m.k = $u)$m", "a map entry set to an undefined reference gets \"\""),
    ("method_call_lhs_ignored", "#set($s = 'x')#set($s.length() = 1)$s", "#set to a method call parses and does nothing"),
    ("quiet_lhs", "#set($!a = 1)[$a]", "#set with a quiet reference on the left"),
])
def _truth(name, expr, note, pre=""):
    return (name, pre + "#if(" + expr + ")T#{else}F#end", note)


group("if", [
    _truth("true_literal", "true", "true is true"),
    _truth("false_literal", "false", "false is false"),
    _truth("literal_empty_string", "''", "a literal as the whole condition is always false (1.7 SimpleNode.evaluate)"),
    _truth("literal_string_false", "'false'", "a string literal as a condition is false"),
    _truth("literal_zero", "0", "a number literal as a condition is false"),
    _truth("literal_empty_list", "[]", "a list literal as a condition is false"),
    _truth("literal_empty_map", "{}", "a map literal as a condition is false"),
    _truth("empty_list_var", "$l", "an empty list variable is true", "#set($l = [])"),
    _truth("undefined", "$u", "an undefined reference is true (E2: it is \"\", and a non-null reference is true)"),
    _truth("undefined_not", "!$u", "!$undefined is false (E2)"),
    _truth("undefined_property", "$m.nope", "a missing key is true (E2)", "#set($m = {})"),
    _truth("boolean_var_false", "$b", "a Boolean false variable is false", "#set($b = false)"),
    _truth("boolean_from_comparison", "$b", "a stored comparison result", "#set($b = 2 > 3)"),
    _truth("method_returning_false", "$s.isEmpty()", "a method returning false", "#set($s = 'x')"),
    _truth("method_returning_true", "$s.isEmpty()", "a method returning true", "#set($s = '')"),
    _truth("literal_interpolated_empty", "\"$u\"", "an interpolated string literal as a condition is false"),
    _truth("quiet_undefined", "$!u", "a quiet undefined reference is true (E2)"),
    _truth("null_division", "$x", "a variable never set because the RHS was null (division by zero) is \"\", true", "#set($x = 1 / 0)"),
    _truth("literal_string_nonempty", "'x'", "even a non-empty string literal is false as a condition"),
    _truth("literal_list_nonempty", "[1]", "a non-empty list literal is false as a condition"),
    _truth("literal_double_quoted", "\"x\"", "a double-quoted literal is false as a condition"),
    _truth("literal_range", "[1..2]", "a range literal is false as a condition"),
    _truth("not_string_literal_nonempty", "!'x'", "negating a non-empty string literal gives true"),
    _truth("literal_in_parens", "('x')", "a parenthesised literal is still false"),
    _truth("var_empty_string", "$x", "a variable holding \"\" is true", "#set($x = '')"),
    _truth("var_string_false", "$x", "a variable holding 'false' is true", "#set($x = 'false')"),
    _truth("var_zero", "$x", "a variable holding 0 is true", "#set($x = 0)"),
    _truth("var_empty_map", "$x", "a variable holding {} is true", "#set($x = {})"),
    _truth("var_string", "$x", "a variable holding a string is true", "#set($x = 'x')"),
    _truth("var_boolean_true", "$x", "a variable holding true is true", "#set($x = true)"),
    _truth("var_string_literal_in_and", "$x && true", "a variable operand of && is true when non-null", "#set($x = '')"),
    _truth("not_var_empty_string", "!$x", "negating a variable holding \"\"", "#set($x = '')"),
    _truth("eq_int", "1 == 1", "integer equality"),
    _truth("eq_int_string", "1 == '1'", "number vs string compares via toString"),
    _truth("eq_string_int_reverse", "'1' == 1", "string vs number compares via toString"),
    _truth("eq_int_double", "1 == 1.0", "numbers compare by value across types"),
    _truth("eq_double_string", "1.0 == '1'", "1.0 vs '1' by toString: 1.0 != 1"),
    _truth("eq_string_string", "'a' == 'a'", "string equality"),
    _truth("eq_string_case", "'a' == 'A'", "string equality is case-sensitive"),
    _truth("ne_int", "1 != 2", "!= on integers"),
    _truth("ne_string_int", "'1' != 1", "!= across types"),
    _truth("eq_bool_string", "true == 'true'", "Boolean vs string via toString"),
    _truth("eq_list_string", "$l == '[1, 2]'", "a list compares with its toString", "#set($l = [1, 2])"),
    _truth("eq_list_list", "[1, 2] == [1, 2]", "lists compare with equals"),
    _truth("eq_map_map", "{'a': 1} == {'a': 1}", "maps compare with equals"),
    _truth("eq_undefined_empty", "$u == ''", "undefined equals \"\" (E2)"),
    _truth("eq_undefined_null", "$u == $null", "undefined equals another undefined"),
    _truth("ne_undefined_empty", "$u != ''", "undefined != '' is false (E2, AWS-recorded)"),
    _truth("eq_undefined_string", "$u == 'x'", "undefined vs a string"),
    _truth("eq_undefined_zero", "$u == 0", "undefined vs 0"),
    _truth("lt_int", "1 < 2", "< on integers"),
    _truth("gt_int", "2 > 1", "> on integers"),
    _truth("le_equal", "2 <= 2", "<= with equal values"),
    _truth("ge_less", "1 >= 2", ">= false case"),
    _truth("lt_mixed_double", "1 < 1.5", "int vs double comparison"),
    _truth("lt_long", "2147483647 < 2147483648", "int vs long comparison"),
    _truth("lt_negative", "-1 < 0", "negative literal in a comparison"),
    _truth("lt_strings", "'a' < 'b'", "< on two strings is false: 1.7 orders only numbers"),
    _truth("lt_string_number", "'1' < 2", "< with a string operand"),
    _truth("gt_undefined", "$u > 1", "> with an undefined operand"),
    _truth("eq_word", "1 eq 1", "eq word operator"),
    _truth("ne_word", "1 ne 1", "ne word operator"),
    _truth("lt_word", "1 lt 2", "lt word operator"),
    _truth("gt_word", "1 gt 2", "gt word operator"),
    _truth("le_word", "2 le 2", "le word operator"),
    _truth("ge_word", "3 ge 2", "ge word operator"),
    _truth("and_symbols", "true && false", "&&"),
    _truth("or_symbols", "false || true", "||"),
    _truth("not_symbol", "!false", "!"),
    _truth("and_word", "true and true", "and word operator"),
    _truth("or_word", "false or false", "or word operator"),
    _truth("not_word", "not true", "not word operator"),
    _truth("not_not", "!!true", "double negation"),
    _truth("precedence_and_or", "true || false && false", "&& binds tighter than ||"),
    _truth("precedence_not_eq", "!1 == 2", "! binds tighter than ==: (!1) == 2"),
    _truth("precedence_parens", "(true || false) && false", "parentheses override precedence"),
    _truth("precedence_arith_compare", "1 + 2 == 3", "arithmetic binds tighter than comparison"),
    _truth("and_short_circuit", "false && $s.substring(9)", "&& does not evaluate the right side when the left is false", "#set($s = 'x')"),
    _truth("or_short_circuit", "true || $s.substring(9)", "|| does not evaluate the right side when the left is true", "#set($s = 'x')"),
    _truth("and_with_string_literal", "'x' && true", "a string literal operand of && counts as false"),
    _truth("not_string_literal", "!''", "negating a string literal gives true"),
    _truth("not_undefined_property", "!$m.x", "negating a missing key (E2)", "#set($m = {})"),
    _truth("aws_guard_idiom", "$p && $p.length() != 0", "the AWS $p && $p.length() != 0 guard on a missing value", "#set($p = $m.x)#set($m = {})"),
    _truth("empty_check_idiom", "$s == ''", "the $s == '' emptiness idiom on an undefined value"),
    _truth("isempty_on_undefined", "$u.isEmpty()", "a method on an undefined value gives \"\" which is true"),
    _truth("size_zero_compare", "$l.size() == 0", "size() == 0 on an empty list", "#set($l = [])"),
    ("elseif_chain", "#set($n = 2)#if($n == 1)one#elseif($n == 2)two#elseif($n == 3)three#{else}other#end", "an #elseif chain takes the first match"),
    ("elseif_chain_else", "#set($n = 9)#if($n == 1)one#elseif($n == 2)two#{else}other#end", "an #elseif chain falls to #else"),
    ("elseif_first_true_wins", "#if(false)a#elseif(true)b#elseif(true)c#end", "only the first true #elseif runs"),
    ("elseif_no_else_none", "#if(false)a#elseif(false)b#end|", "no branch taken"),
    ("nested_ifs", "#if(true)#if(false)a#{else}b#end#{else}c#end", "nested #if inside the true branch"),
    ("nested_ifs_deep", "#if(true)1#if(true)2#if(true)3#end#end#end", "three levels of nesting"),
    ("if_with_set_condition_var", "#set($x = 'a')#if($x == 'a' && $x != 'b')ok#end", "compound condition with a variable"),
    ("if_method_call_condition", "#set($s = 'abc')#if($s.startsWith('a'))yes#end", "a method call as condition"),
    ("if_map_contains", "#set($m = {'k': 1})#if($m.containsKey('k'))has#end", "containsKey in a condition"),
    ("if_assign_like_text", "#set($a = 1)#if($a == 1)eq#end", "== versus assignment"),
    ("if_no_space_operators", "#if(1==1&&2>1)ok#end", "operators without spaces"),
    _truth("literal_one", "1", "the literal 1 as a condition is false"),
    ("if_string_compare_numbers", "#if('10' == 10.0)T#{else}F#end", "'10' vs 10.0 compares toString: 10 vs 10.0"),
    ("if_double_eq_int", "#if(2.0 == 2)T#{else}F#end", "double literal equals integer literal by value"),
    ("if_long_eq_int", "#set($l = 2147483648)#if($l - 1 == 2147483647)T#{else}F#end", "long vs int equality by value"),
    ("if_eq_null_keyword", "#if($u == $null)T#{else}F#end", "comparing to $null (just another undefined reference)"),
    ("gt_strings", "#if('b' > 'a')T#{else}F#end", "> on two strings is false too"),
    ("extra_close_paren_is_text", "#if(true))x#end", "an extra ) after #if(...) is plain text"),
])
group("foreach", [
    ("list", "#foreach($i in ['a', 'b', 'c'])$i#end", "iterate a list literal"),
    ("list_var", "#set($l = [1, 2, 3])#foreach($i in $l)[$i]#end", "iterate a list variable"),
    ("map_values", "#set($m = {'a': 1, 'b': 2})#foreach($v in $m)$v,#end", "iterating a map gives its values"),
    ("map_keyset", "#set($m = {'a': 1, 'b': 2})#foreach($k in $m.keySet())$k=$m.get($k);#end", "iterate keys with keySet()"),
    ("map_entryset", "#set($m = {'a': 1, 'b': 2})#foreach($e in $m.entrySet())$e.key:$e.value #end", "iterate entries; .key/.value properties"),
    ("map_entry_methods", "#set($m = {'a': 1})#foreach($e in $m.entrySet())$e.getKey()/$e.getValue() $e#end", "entry getKey()/getValue(), entry prints k=v"),
    ("map_values_method", "#set($m = {'x': 'X', 'y': 'Y'})#foreach($v in $m.values())$v#end", "iterate values()"),
    ("map_insertion_order", "#set($m = {'z': 1, 'a': 2, 'm': 3})#foreach($k in $m.keySet())$k#end", "map literals keep insertion order"),
    ("range_ascending", "#foreach($i in [1..5])$i#end", "ascending range"),
    ("range_descending", "#foreach($i in [3..0])$i#end", "descending range"),
    ("range_negative", "#foreach($i in [-2..2])$i,#end", "range through zero"),
    ("range_variables", "#set($a = 2)#set($b = 4)#foreach($i in [$a..$b])$i#end", "range bounds from variables"),
    ("range_variables_reversed", "#set($a = 4)#set($b = 2)#foreach($i in [$a..$b])$i#end", "variable bounds counting down"),
    ("range_single", "#foreach($i in [5..5])$i#end", "a one-element range"),
    ("range_string_bounds", "#set($a = '1')#set($b = '3')#foreach($i in [$a..$b])$i#end|", "range bounds held in Strings: the loop renders nothing"),
    ("empty_list", "a#foreach($i in [])x#end|b", "an empty list renders nothing"),
    ("empty_map", "#foreach($i in {})x#end|", "an empty map renders nothing"),
    ("nested", "#foreach($i in [1, 2])#foreach($j in ['a', 'b'])$i$j #end#end", "nested loops"),
    ("nested_same_var", "#foreach($i in [1, 2])#foreach($i in ['a', 'b'])$i#end$i;#end", "inner loop reusing the outer variable name"),
    ("has_next", "#foreach($i in [1, 2, 3])$i#if($foreach.hasNext),#end#end", "$foreach.hasNext"),
    ("has_next_method", "#foreach($i in [1, 2])$i:$foreach.hasNext() #end", "$foreach.hasNext() as a method"),
    ("index_count", "#foreach($i in ['a', 'b', 'c'])$foreach.index/$foreach.count #end", "$foreach.index is 0-based, count 1-based"),
    ("first_last", "#foreach($i in [1, 2, 3])$i:$foreach.first:$foreach.last #end", "$foreach.first and $foreach.last"),
    ("first_last_single", "#foreach($i in ['x'])$foreach.first $foreach.last#end", "first and last on a single element"),
    ("velocity_count", "#foreach($i in ['a', 'b'])$velocityCount#end", "legacy $velocityCount (1-based)"),
    ("velocity_has_next", "#foreach($i in ['a', 'b'])[$velocityHasNext]#end", "legacy $velocityHasNext"),
    ("foreach_outside_loop", "[$foreach][$foreach.index][$foreach.hasNext]", "$foreach outside a loop is undefined"),
    ("velocity_count_outside", "[$velocityCount]", "$velocityCount outside a loop"),
    ("foreach_after_loop", "#foreach($i in [1, 2])#end[$foreach.count]", "$foreach after the loop ended"),
    ("parent", "#foreach($i in ['a', 'b'])#foreach($j in [1, 2])$foreach.parent.index$foreach.index #end#end", "$foreach.parent in a nested loop"),
    ("parent_count_inner", "#foreach($i in [1, 2])#foreach($j in [1, 2, 3])#end$foreach.count#end", "the outer $foreach is restored after the inner loop"),
    ("topmost", "#foreach($i in ['a'])#foreach($j in ['b'])$foreach.topmost.count/$foreach.count#end#end", "$foreach.topmost"),
    ("foreach_print", "#foreach($i in [1])[$foreach]#end", "what $foreach itself prints"),
    ("break_outer", "#foreach($i in [1, 2, 3, 4])#if($i == 3)#break#end$i#end|", "#break leaves the loop"),
    ("break_inner_only", "#foreach($i in [1, 2])#foreach($j in [1, 2, 3])#if($j == 2)#break#end$i$j #end#end", "#break in an inner loop leaves only that loop"),
    ("break_foreach_scope", "#foreach($i in [1, 2])#foreach($j in [1, 2, 3])#break($foreach.parent)#end$i#end|", "#break($foreach.parent) leaves the outer loop"),
    ("break_outside_loop", "a#break b", "#break outside a loop stops the template"),
    ("loop_var_after_loop", "#foreach($i in [1, 2, 3])#end[$i]", "the loop variable after the loop"),
    ("loop_var_restored", "#set($i = 'before')#foreach($i in [1, 2])#end[$i]", "a loop variable that existed before is restored"),
    ("loop_over_string", "#foreach($c in 'abc')[$c]#end|", "a string is not iterable: renders nothing"),
    ("loop_over_string_var", "#set($s = 'abc')#foreach($c in $s)[$c]#end|", "a string variable is not iterable"),
    ("loop_over_undefined", "#foreach($x in $u)[$x]#end|", "iterating an undefined reference (E2: \"\")"),
    ("loop_over_number", "#foreach($x in 5)[$x]#end|", "a number is not iterable"),
    ("loop_over_boolean", "#set($b = true)#foreach($x in $b)[$x]#end|", "a Boolean is not iterable"),
    ("loop_over_split", "#set($s = 'a,b,c')#foreach($p in $s.split(','))[$p]#end", "iterate a Java array from split()"),
    ("loop_over_keyset_sorted_like", "#set($m = {'b': 1, 'a': 2})#foreach($k in $m.keySet())$k#end", "keySet keeps insertion order"),
    ("list_with_nulls", "#set($m = {})#set($l = [1, $m.x, 3])#foreach($i in $l)[$i]#end", "an element set from a missing key is \"\" (E2)"),
    ("modify_list_remove_second_to_last", "#set($l = [1, 2, 3])#foreach($i in $l)#if($i == 2)#set($ok = $l.remove(2))#end$i#end|$l", "removing the last element while on the one before it ends the loop without error (Java iterator quirk)"),
    ("modify_list_add_after_loop", "#set($l = [1, 2])#foreach($i in $l)$i#end#set($ok = $l.add(3))#foreach($i in $l)$i#end", "adding after a loop finished is fine"),
    ("modify_map_while_iterating", "#set($m = {'a': 1})#foreach($v in $m)#set($m.b = 2)$v#end|$m", "putting into the map while iterating"),
    ("set_element_inside", "#set($l = [1, 2, 3])#foreach($i in $l)#set($l[0] = 9)$i#end $l", "replacing an element does not fail"),
    ("range_string_bounds_mixed", "#set($b = 3)#foreach($i in [1..$b])$i#end", "a literal and a variable bound"),
    ("range_double_bounds", "#set($a = 1.5)#foreach($i in [$a..3])$i#end|", "a range bound holding a Double"),
    ("loop_over_array_size", "#set($s = 'a,b')#set($p = $s.split(','))$p.size() $p[1] #foreach($x in $p)$foreach.count#end", "a Java array supports size(), index and iteration"),
    ("limit_1000", "#foreach($i in [1..1500])#set($last = $i)#end$last", "foreach stops silently after 1000 iterations (E3)"),
    ("limit_1000_count", "#set($n = 0)#foreach($i in [1..1500])#set($n = $n + 1)#end$n", "exactly 1000 iterations run"),
    ("limit_has_next_at_end", "#foreach($i in [1..1001])#if($i == 1000)$foreach.hasNext $foreach.last#end#end", "hasNext/last at iteration 1000 of 1001"),
    ("limit_exact_1000", "#foreach($i in [1..1000])#set($last = $i)#end$last", "1000 elements all run"),
    ("limit_nested_inner", "#set($n = 0)#foreach($i in [1..2])#foreach($j in [1..600])#set($n = $n + 1)#end#end$n", "the limit is per loop, not per template"),
    ("limit_output_after", "#foreach($i in [1..1200])#end after", "rendering continues after the limit"),
    ("loop_list_of_maps", "#set($l = [{'n': 'a'}, {'n': 'b'}])#foreach($x in $l)$x.n#end", "iterate a list of maps"),
    ("loop_var_is_copy_of_ref", "#set($l = [{'n': 1}])#foreach($x in $l)#set($x.n = 2)#end$l", "the loop variable is the element (shared)"),
    ("loop_var_set_inside", "#foreach($i in [1, 2])#set($i = 'x')$i#end", "re-setting the loop variable inside the body"),
    ("foreach_in_spaces", "#foreach( $i in [1, 2] )$i#end", "spaces inside #foreach( )"),
    ("foreach_brace_end", "#foreach($i in [1, 2])$i#{end}x", "#{end} closes a loop"),
    ("foreach_index_as_list_index", "#set($l = ['a', 'b'])#set($o = ['x', 'y'])#foreach($i in $l)$i$o[$foreach.index]#end", "use $foreach.index to index another list"),
    ("foreach_count_after_nested", "#foreach($i in [1, 2])#foreach($j in [1])#end$velocityCount#end", "$velocityCount after an inner loop"),
    ("foreach_map_in_list_print", "#foreach($x in [{'a': 1}, [2]])$x;#end", "elements printed with toString"),
    ("foreach_undefined_var_name_after", "#foreach($i in [])#end[$i]", "an empty loop leaves the variable undefined"),
    ("missing_in_renders_nothing", "a#foreach($i [1, 2])$i#end|b", "#foreach without in parses but renders nothing"),
    ("empty_source_renders_nothing", "a#foreach($i in)$i#end|b", "#foreach($i in) parses but renders nothing"),
])
group("macro", [
    ("define_and_call", "#macro(hi)Hello#end#hi()", "define a macro and call it"),
    ("call_twice", "#macro(hi)Hi#end#hi()#hi()", "call a macro twice"),
    ("args_space_separated", "#macro(p $a $b)[$a|$b]#end#p(1 'x')", "arguments separated by spaces"),
    ("args_comma_separated", "#macro(p $a $b)[$a|$b]#end#p(1, 'x')", "arguments separated by commas"),
    ("formal_args_commas", "#macro(p, $a, $b)[$a|$b]#end#p(1 2)", "formal parameters separated by commas"),
    ("missing_arg", "#macro(p $a $b)[$a|$b]#end#p(1)", "a missing argument"),
    ("extra_arg", "#macro(p $a)[$a]#end#p(1 2)", "an extra argument"),
    ("no_params_called_with_arg", "#macro(p)[x]#end#p(1)", "a macro without parameters called with one"),
    ("undefined_arg", "#macro(p $a)[$a]#end#p($u)", "an undefined argument (E2)"),
    ("undefined_arg_quiet_body", "#macro(p $a)[$!a]#end#p($u)", "an undefined argument used quietly"),
    ("arg_list", "#macro(p $l)#foreach($i in $l)$i#end#end#p([1, 2, 3])", "a list literal argument"),
    ("arg_map", "#macro(p $m)$m.a#end#p({'a': 'A'})", "a map literal argument"),
    ("arg_range", "#macro(p $l)$l#end#p([1..3])", "a range argument"),
    ("arg_interpolated_string", "#set($b = 'B')#macro(p $s)[$s]#end#p(\"a$b\")", "an interpolated string argument"),
    ("arg_boolean", "#macro(p $b)#if($b)yes#{else}no#end#end#p(true)#p(false)", "boolean arguments"),
    ("arg_method_call", "#set($s = 'ab')#macro(p $x)[$x]#end#p($s.toUpperCase())", "a method call as an argument"),
    ("call_by_name_reevaluated", "#set($l = [])#macro(twice $x)$x $x#end#twice($l.add(1)) $l", "call by name: the argument is evaluated at each use"),
    ("call_by_name_sees_change", "#macro(m $x)#set($a = 2)$x#end#set($a = 1)#m($a)", "the argument reference is read when used, after the body changed it"),
    ("set_formal_arg", "#macro(m $x)#set($x = 5)[$x]#end#set($a = 1)#m($a)$a", "setting the formal parameter inside the body"),
    ("arg_shadows_global", "#set($x = 'global')#macro(m $x)[$x]#end#m('arg')$x", "a parameter shadows a global of the same name"),
    ("body_uses_outer_variable", "#set($g = 'G')#macro(m)[$g]#end#m()#set($g = 'H')#m()", "the body sees the current global value"),
    ("body_sets_global", "#macro(m)#set($g = 'in')#end#m()$g", "#set inside a macro body is global"),
    ("macro_calls_macro", "#macro(inner $x)<$x>#end#macro(outer $y)#inner($y)#inner('z')#end#outer('a')", "a macro calling another macro"),
    ("macro_calls_later_macro", "#macro(outer)#inner()#end#macro(inner)I#end#outer()", "a macro calling a macro defined later"),
    ("called_before_definition", "#m()|#macro(m)x#end#m()", "a macro called before its definition"),
    ("redefinition", "#macro(m)1#end#m()#macro(m)2#end#m()", "a macro defined twice: the last definition wins for every call under E4 (stock global scope: the first, 11)"),
    ("defined_in_false_branch", "#if(false)#macro(m)x#end#end[#m()]", "a macro defined inside a false #if"),
    ("undefined_macro_call", "[#nope()] [#nope('a')]", "calling an undefined macro renders the call as text"),
    ("undefined_macro_no_parens", "[#nope]", "#name without parentheses and no such macro"),
    ("defined_macro_no_parens", "#macro(m)x#end[#m]", "#name of a defined macro without parentheses"),
    ("name_with_underscore_digits", "#macro(m_2)y#end#m_2()", "underscore and digits in a macro name"),
    ("spaces_in_definition", "#macro( m $a )[$a]#end#m( 1 )", "spaces inside #macro( ) and the call"),
    ("recursion_countdown", "#macro(r $n)$n#if($n > 0)#set($k = $n - 1)#r($k)#end#end#r(5)", "a recursive macro"),
    ("recursion_depth_19", "#macro(r $n)#if($n > 0)#set($k = $n - 1)#r($k)#end#end#r(18)ok", "recursion 19 levels deep is allowed"),
    ("recursion_depth_20", "#macro(r $n)#if($n > 0)#set($k = $n - 1)#r($k)#end#end#r(19)ok", "recursion 20 levels deep: velocimacro.max.depth = 20"),
    ("block_macro_body_content", "#macro(wrap)<$!bodyContent>#end#@wrap()inner#end", "block macro call #@name() with $bodyContent"),
    ("block_macro_with_args", "#macro(tag $n)<$n>$!bodyContent</$n>#end#@tag('b')bold#end", "block macro with an argument"),
    ("body_content_outside_block_call", "#macro(wrap)[$!bodyContent]#end#wrap()", "$bodyContent when the macro is not called as a block"),
    ("macro_output_newlines", "#macro(m $x)\n- $x\n#end\n#m(1)\n#m(2)\nend", "a multi-line macro called on its own lines"),
    ("macro_arg_named_like_macro", "#macro(m $m)[$m]#end#m('v')", "a parameter with the macro's own name"),
    ("macro_foreach_in_body", "#macro(list $l)#foreach($i in $l)$i#if($foreach.hasNext),#end#end#end#list(['a', 'b'])", "a loop inside a macro body"),
    ("macro_arg_index", "#macro(first $l)$l[0]#end#first(['x', 'y'])", "index notation on a parameter"),
    ("macro_arg_property_set", "#macro(put $m)#set($m.k = 'v')#end#set($h = {})#put($h)$h", "setting a property of a map parameter changes the caller's map"),
    ("macro_in_string_arg", "#macro(m)M#end#set($s = \"a#m()b\")$s", "a macro call inside an interpolated string stays text under E4 (template-local macros; stock global scope gives aMb)"),
    ("macro_call_in_if", "#macro(m)yes#end#if(true)#m()#end", "a macro called inside #if"),
    ("macro_empty_body", "#macro(m)#end[#m()]", "a macro with an empty body"),
    ("macro_arg_literal_dollar", "#macro(m $a)[$a]#end#m('$x')", "a single-quoted argument with a dollar stays literal"),
    ("macro_define_inside_macro", "#macro(outer)#macro(inner)I#end#inner()#end#outer()", "a #macro inside a macro body"),
    ("macro_arg_integer_arithmetic_in_body", "#macro(inc $n)#set($r = $n + 1)$r#end#inc(41)", "arithmetic on a parameter"),
    ("macro_arg_double_quoted_with_macro_arg", "#macro(m $a)[$a]#end#set($v = 1)#m(\"$v$v\")", "interpolated argument"),
])
group("define", [
    ("basic", "#define($x)hello#end$x", "#define then reference"),
    ("twice", "#define($x)hi#end$x $x", "a block reference can be rendered twice"),
    ("lazy_variable", "#define($x)[$v]#end#set($v = 1)$x#set($v = 2)$x", "the block is rendered at reference time (lazy)"),
    ("lazy_loop", "#define($row)<$i>#end#foreach($i in [1, 2, 3])$row#end", "a block reference rendered inside a loop sees the loop variable"),
    ("not_rendered_if_unused", "#define($x)#set($side = 'effect')#end[$side]", "an unused block has no side effects"),
    ("side_effect_on_render", "#define($x)#set($side = 'effect')#end$x|$side", "rendering the block runs its #set"),
    ("with_directives", "#define($x)#foreach($i in [1, 2])$i#end#end$x", "a block containing a loop"),
    ("empty", "#define($x)#end[$x]", "an empty block"),
    ("redefine", "#define($x)one#end#define($x)two#end$x", "redefining a block"),
    ("overrides_set", "#set($x = 'set')#define($x)defined#end$x", "#define replaces a #set value"),
    ("set_overrides_define", "#define($x)defined#end#set($x = 'set')$x", "#set replaces a #define"),
    ("in_string", "#define($x)D#end#set($s = \"[$x]\")$s", "a block reference inside an interpolated string"),
    ("quiet", "#define($x)q#end$!x $!{x}", "quiet and brace forms of a block reference"),
    ("multiline", "#define($x)\nline1\nline2\n#end\n$x|", "a multi-line block keeps its inner newlines"),
    ("json_snippet", "#define($body){\"a\": \"$a\"}#end#set($a = 1)$body,#set($a = 2)$body", "the #define JSON snippet idiom"),
    ("used_in_if", "#define($x)#end#if($x)T#{else}F#end", "a block reference is truthy"),
    ("compare_to_string", "#define($x)abc#end#if($x == 'abc')T#{else}F#end", "comparing a block with a string uses its rendering"),
    ("index_after_block", "#define($x)X#end#set($k = 'k')[$x[$k]]", "$x[...] after a block reference is an index on the block"),
    ("tostring_on_block", "#define($x)abc#end[$x.toString()]", "toString() on a block reference renders it"),
    ("method_on_block", "#define($x)abc#end[$x.length()]", "a method call on a block reference"),
    ("nested_define_reference", "#define($a)A#end#define($b)[$a]#end$b", "a block that references another block"),
    ("self_reference_guard", "#define($x)x#end#define($y)$x$x#end$y", "a block used twice inside another"),
    ("in_macro", "#define($x)[$p]#end#macro(m $p)$x#end#m('arg')", "a block rendered inside a macro sees the macro parameter"),
    ("define_inside_if_false", "#if(false)#define($x)X#end#end[$x]", "#define inside a false branch is not executed"),
    ("define_in_loop", "#foreach($i in [1, 2])#define($x)$i#end#end[$x]", "a block defined in a loop and rendered after it sees no $i"),
    ("string_arg_renders_nothing", "a#define('x')x#end|b", "#define with a string argument parses and renders nothing"),
])
def _s(name, value, expr, note):
    """#set($s = value) then print expr"""
    return (name, "#set($s = " + value + ")" + expr, note)


group("strings", [
    # --- literals and interpolation
    ("interpolation", "#set($a = 'A')#set($b = 'B')#set($s = \"$a and ${b}!\")$s", "double-quoted strings interpolate $a and ${b}"),
    ("interpolation_method", "#set($a = 'abc')#set($s = \"${a.length()}:$a.toUpperCase()\")$s", "method calls inside an interpolated string"),
    ("interpolation_map_list", "#set($m = {'k': 1})#set($l = [1, 2])#set($s = \"$m $l\")$s", "maps and lists interpolate with toString"),
    ("interpolation_if_directive", "#set($s = \"#if(true)yes#{else}no#end\")$s", "directives inside a double-quoted string are evaluated"),
    ("interpolation_foreach_directive", "#set($s = \"#foreach($i in [1, 2])$i#end\")$s", "#foreach inside a string"),
    ("interpolation_set_directive", "#set($s = \"#set($b = 2)b=$b\")$s|$b", "#set inside a string runs when the string is evaluated"),
    ("interpolation_escaped_dollar", "#set($a = 'A')#set($s = \"\\$a\")$s", "\\$a inside a double-quoted string"),
    ("interpolation_no_double_eval", "#set($a = '$b')#set($b = 'B')#set($s = \"$a\")$s", "an interpolated value is not interpolated again"),
    ("interpolation_hash_text", "#set($s = \"a#b c\")$s", "# followed by text inside a string"),
    ("single_quoted_no_interpolation", "#set($a = 'A')#set($s = '$a ${a} #if(true)x#end')$s", "single-quoted strings are literal"),
    ("single_in_double", "#set($s = \"it's\")$s", "a single quote inside a double-quoted string"),
    ("double_in_single", "#set($s = 'say \"hi\"')$s", "double quotes inside a single-quoted string"),
    ("doubled_double_quote", "#set($s = \"a\"\"b\")$s", "\"\" inside a double-quoted string is one quote"),
    ("doubled_single_quote", "#set($s = 'a''b')$s", "'' inside a single-quoted string is one quote"),
    ("doubled_quotes_only", "#set($s = \"\"\"\")[$s] #set($t = '''')[$t]", "a string made of one escaped quote"),
    ("unicode_escape_double", "#set($s = \"\\u0041\\u00e9\")$s", "\\uXXXX is unescaped in double-quoted strings"),
    ("unicode_escape_single", "#set($s = '\\u0041')$s", "\\uXXXX in a single-quoted string"),
    ("unicode_escape_upper_hex", "#set($s = \"\\u00C9\")$s", "upper-case hex digits"),
    ("backslash_n_literal", "#set($s = \"a\\nb\")$s", "\\n stays a backslash and n"),
    ("backslash_t_single", "#set($s = 'a\\tb')$s", "\\t in a single-quoted string stays"),
    ("backslash_double", "#set($s = \"a\\\\b\")$s", "\\\\ stays two backslashes"),
    ("newline_inside_string", "#set($s = \"a\nb\")[$s]", "a raw newline inside a double-quoted literal"),
    ("tab_inside_string", "#set($s = 'a\tb')[$s]", "a raw tab inside a single-quoted literal"),
    ("empty_strings", "#set($s = \"\")#set($t = '')[$s][$t]", "empty literals"),
    ("quiet_vs_plain_in_string", "#set($s = \"[$u][$!u]\")$s", "undefined references in a string (E2)"),
    # --- concatenation
    ("concat_string_int", "#set($s = 'a' + 1)$s", "\"a\" + 1 concatenates"),
    ("concat_int_string", "#set($s = 1 + 'a')$s", "1 + \"a\" concatenates"),
    ("concat_left_to_right", "#set($s = 'a' + 1 + 2)#set($t = 1 + 2 + 'a')$s $t", "+ is left-associative: a12 and 3a"),
    ("concat_boolean", "#set($s = 'a' + true)$s", "string + Boolean"),
    ("concat_double", "#set($s = 'a' + 1.5)$s", "string + Double"),
    ("concat_list", "#set($s = 'a' + [1, 2])$s", "string + list"),
    ("concat_undefined", "#set($s = 'a' + $u + 'b')$s", "string + undefined (E2)"),
    ("concat_two_strings", "#set($a = 'x')#set($s = $a + $a)$s", "two string variables"),
    ("minus_on_strings", "#set($s = 'a')#set($s = 5)#set($s = 'a' - 1)[$s]", "- on a string is not concatenation (null, keeps old value)"),
    # --- methods
    _s("length", "'hello'", "$s.length()", "length()"),
    _s("length_empty", "''", "$s.length()", "length() of an empty string"),
    _s("length_non_ascii", "'héllo'", "$s.length()", "length() counts UTF-16 units: é is 1"),
    _s("length_emoji", "'a😀b'", "$s.length()", "an emoji counts 2 UTF-16 units"),
    _s("length_combining", "'e\u0301'", "$s.length()", "a combining accent is its own char"),
    _s("utf8_bytes_size", "'é😀'", "$s.getBytes('UTF-8').size()", "byte length via getBytes('UTF-8').size()"),
    _s("charat", "'hello'", "$s.charAt(1)", "charAt returns a Character"),
    _s("charat_compare", "'hello'", "#if($s.charAt(0) == 'h')T#{else}F#end", "a Character compares equal to a one-char string"),
    _s("charat_emoji_half", "'😀'", "[$s.charAt(0)]", "charAt on an emoji gives a lone surrogate (UTF-8 output writes ?)"),
    _s("codepoint_at", "'😀'", "$s.codePointAt(0)", "codePointAt"),
    _s("substring_one_arg", "'hello'", "$s.substring(2)", "substring(begin)"),
    _s("substring_two_args", "'hello'", "$s.substring(1, 4)", "substring(begin, end)"),
    _s("substring_empty_range", "'hello'", "[$s.substring(2, 2)]", "substring with begin == end"),
    _s("substring_full", "'hello'", "$s.substring(0, 5)", "substring to length"),
    _s("substring_emoji_split", "'a😀'", "[$s.substring(0, 2)]", "substring cutting a surrogate pair"),
    _s("indexof", "'hello'", "$s.indexOf('l') $s.indexOf('z') $s.indexOf('l', 3) $s.indexOf('')", "indexOf variants"),
    _s("lastindexof", "'hello'", "$s.lastIndexOf('l') $s.lastIndexOf('z') $s.lastIndexOf('l', 2)", "lastIndexOf variants"),
    _s("indexof_non_ascii", "'😀x'", "$s.indexOf('x')", "indexOf counts UTF-16 units"),
    _s("contains", "'hello'", "$s.contains('ell') $s.contains('z') $s.contains('')", "contains"),
    _s("starts_ends_with", "'hello'", "$s.startsWith('he') $s.startsWith('l', 2) $s.endsWith('lo') $s.endsWith('')", "startsWith/endsWith"),
    _s("equals", "'abc'", "$s.equals('abc') $s.equals('ABC') $s.equals($u)", "equals"),
    _s("equals_number_string", "'1'", "$s.equals(1) #if($s == 1)T#{else}F#end", "equals(1) is false although == is true"),
    _s("equals_ignore_case", "'abc'", "$s.equalsIgnoreCase('ABC') $s.equalsIgnoreCase('abd')", "equalsIgnoreCase"),
    _s("compareto", "'b'", "$s.compareTo('a') $s.compareTo('b') $s.compareTo('c') $s.compareTo('bcd') $s.compareTo('B')", "compareTo returns differences"),
    _s("compareto_ignore_case", "'b'", "$s.compareToIgnoreCase('B')", "compareToIgnoreCase"),
    _s("isempty", "''", "$s.isEmpty()", "isEmpty"),
    _s("trim", "'  a b \t\n'", "[$s.trim()]", "trim removes spaces, tabs, newlines"),
    _s("trim_nbsp", "'\u00a0a\u00a0'", "[$s.trim()]", "trim does not remove a no-break space"),
    _s("upper_lower", "'Hello World'", "$s.toUpperCase() $s.toLowerCase()", "toUpperCase/toLowerCase"),
    _s("upper_sharp_s", "'straße'", "$s.toUpperCase()", "ß upper-cases to SS"),
    _s("lower_non_ascii", "'ÀÉÎ'", "$s.toLowerCase()", "non-ASCII lower-casing"),
    _s("replace_literal", "'a.b.c'", "$s.replace('.', '-')", "replace is literal (no regex)"),
    _s("replace_empty_target", "'abc'", "$s.replace('', '-')", "replace with an empty target inserts everywhere"),
    _s("replaceall_regex", "'a.b.c'", "$s.replaceAll('.', '-')", "replaceAll treats . as a regex"),
    _s("replaceall_escaped_dot", "'a.b.c'", "$s.replaceAll('\\.', '-')", "replaceAll with \\. (the backslash reaches Java)"),
    _s("replaceall_whitespace", "'a  b\t c'", "$s.replaceAll('\\s+', '_')", "replaceAll with \\s+"),
    _s("replaceall_groups", "'John Smith'", "$s.replaceAll('(\\w+) (\\w+)', '$2, $1')", "replaceAll with group references"),
    _s("replaceall_groups_double_quoted", "'John Smith'", "$s.replaceAll(\"(\\w+) (\\w+)\", \"$2, $1\")", "in double quotes $2 is not a reference ($ then digit)"),
    _s("replaceall_escaped_dollar_replacement", "'cost'", "$s.replaceAll('cost', '\\$5')", "\\$ in the replacement is a literal dollar"),
    _s("replaceall_quote", "\"it's\"", "$s.replaceAll(\"'\", \"\\\\'\")", "escape single quotes with replaceAll"),
    _s("replaceall_unicode_class", "'héllo wörld'", "$s.replaceAll('[^a-z]', '*')", "a negated class on non-ASCII"),
    _s("replaceall_anchors", "'abc'", "$s.replaceAll('^', '>') $s.replaceAll('$', '<')", "zero-width anchors"),
    _s("replaceall_case_insensitive_flag", "'ABC abc'", "$s.replaceAll('(?i)b', '_')", "inline (?i) flag"),
    _s("replacefirst", "'a-b-c'", "$s.replaceFirst('-', '+')", "replaceFirst"),
    _s("matches_anchored", "'abc'", "$s.matches('b') $s.matches('.*b.*') $s.matches('[a-c]+')", "matches is a full match"),
    _s("matches_digits", "'12345'", "$s.matches('\\d+') $s.matches('\\d{4}')", "matches with \\d and a quantifier"),
    _s("matches_dot_newline", "'a\nb'", "$s.matches('a.b') $s.matches('(?s)a.b')", ". does not match a newline unless (?s)"),
    _s("split_basic", "'a,b,c'", "#set($p = $s.split(','))$p.size():#foreach($x in $p)[$x]#end", "split on a comma"),
    _s("split_trailing_empty_removed", "'a,b,,c,,'", "#set($p = $s.split(','))$p.size():#foreach($x in $p)[$x]#end", "split drops trailing empty strings"),
    _s("split_leading_empty_kept", "',a'", "#set($p = $s.split(','))$p.size():#foreach($x in $p)[$x]#end", "split keeps a leading empty string"),
    _s("split_limit_negative", "'a,b,,'", "#set($p = $s.split(',', -1))$p.size():#foreach($x in $p)[$x]#end", "split with limit -1 keeps trailing empties"),
    _s("split_limit_two", "'a,b,c'", "#set($p = $s.split(',', 2))$p.size():#foreach($x in $p)[$x]#end", "split with limit 2"),
    _s("split_empty_string", "''", "#set($p = $s.split(','))$p.size():#foreach($x in $p)[$x]#end", "splitting an empty string gives one empty string"),
    _s("split_only_separators", "',,,'", "$s.split(',').size()", "splitting only separators gives an empty array"),
    _s("split_pipe_is_regex", "'a|b'", "#set($p = $s.split('|'))$p.size():#foreach($x in $p)[$x]#end", "split('|') is a regex alternation of empties: splits every char"),
    _s("split_pipe_escaped", "'a|b'", "#set($p = $s.split('\\|'))$p.size():#foreach($x in $p)[$x]#end", "split('\\|') splits on the pipe"),
    _s("split_dot", "'a.b'", "$s.split('.').size()", "split('.') removes everything"),
    _s("split_whitespace_regex", "' a  b '", "#set($p = $s.split('\\s+'))$p.size():#foreach($x in $p)[$x]#end", "split on \\s+ with a leading separator"),
    _s("split_size_chain", "'a,b,c'", "$s.split(',').size() $s.split(',')[1]", "$s.split(',').size() and indexing the array"),
    _s("split_empty_regex", "'abc'", "#set($p = $s.split(''))$p.size():#foreach($x in $p)[$x]#end", "split('') splits into characters"),
    _s("concat_method", "'ab'", "$s.concat('cd') $s.concat('')", "concat"),
    _s("tostring_method", "'ab'", "$s.toString()", "toString on a String"),
    _s("hashcode", "'abc'", "$s.hashCode()", "String.hashCode is deterministic"),
    _s("format_varargs", "'unused'", "$s.format('%05d|%s', 42, 'x')", "String.format through an instance (varargs)"),
    _s("method_chain", "'  Hello  '", "$s.trim().toLowerCase().replace('l', 'L').length()", "chained String methods"),
    _s("json_escape_idiom", "'say \"hi\"'", "$s.replace('\"', '\\\"')", "the replace('\"', '\\\"') idiom"),
    _s("non_ascii_passthrough", "'日本語 ✓'", "$s $s.length()", "non-ASCII text renders as UTF-8"),
    _s("emoji_upper", "'😀a'", "$s.toUpperCase()", "toUpperCase keeps an emoji"),
    _s("string_eq_operator_vs_equals", "'abc'", "#set($t = 'ab')#set($t = \"${t}c\")#if($s == $t)T#{else}F#end", "== compares content, not identity"),
])
def _n(name, expr, note):
    return (name, "#set($r = " + expr + ")$r", note)


group("numbers", [
    _n("add", "1 + 2", "integer addition"),
    _n("sub_negative_result", "2 - 5", "subtraction giving a negative"),
    _n("mul", "6 * 7", "multiplication"),
    _n("div_truncates", "7 / 2", "integer division truncates"),
    _n("div_negative_truncates_toward_zero", "-7 / 2", "integer division truncates toward zero"),
    _n("div_negative_divisor", "7 / -2", "negative divisor"),
    _n("mod", "7 % 3", "modulo"),
    _n("mod_negative_dividend", "-7 % 3", "the sign of % follows the dividend"),
    _n("mod_negative_divisor", "7 % -2", "7 % -2"),
    _n("precedence", "2 + 3 * 4 - 6 / 2", "* and / bind tighter than + and -"),
    _n("parentheses", "(2 + 3) * (4 - 1)", "parentheses"),
    _n("left_assoc_sub", "10 - 3 - 2", "- is left-associative"),
    _n("left_assoc_div", "100 / 10 / 5", "/ is left-associative"),
    _n("int_overflow_to_long", "2147483647 + 1", "int overflow widens to Long"),
    _n("int_mul_overflow_to_long", "65536 * 65536", "int multiplication overflow widens to Long"),
    _n("int_sub_overflow", "-2147483648 - 1", "int underflow widens to Long"),
    _n("long_literal", "2147483648", "a literal beyond int is a Long"),
    _n("long_arith", "2147483648 + 1", "Long arithmetic"),
    _n("long_max", "9223372036854775807", "Long.MAX_VALUE literal"),
    _n("long_overflow_add", "9223372036854775807 + 1", "Long overflow widens to BigInteger"),
    _n("long_overflow_mul", "9223372036854775807 * 2", "Long multiplication overflow"),
    _n("big_literal", "123456789012345678901234567890", "a literal beyond Long"),
    _n("big_literal_arith", "123456789012345678901234567890 + 1", "BigInteger arithmetic"),
    _n("negative_literal", "-42", "negative literal"),
    ("negate_variable", "#set($x = 5)#set($r = 0 - $x)$r", "negating a variable via subtraction"),
    _n("double_literal", "1.0", "a Double literal prints 1.0"),
    _n("double_literal_trailing_zeros", "2.50", "2.50 prints 2.5"),
    _n("double_add", "0.1 + 0.2", "0.1 + 0.2 prints 0.30000000000000004"),
    _n("double_mixed", "1 + 0.5", "int + double is double"),
    _n("double_mixed_integral", "2 * 1.5", "an integral double result prints 3.0"),
    _n("double_div", "7.0 / 2", "double division"),
    _n("double_div_int_result", "1 / 2.0", "int / double"),
    _n("double_third", "1.0 / 3", "1/3 as a double"),
    _n("double_large", "10000000.0 * 1000", "a large double prints with an exponent (1.0E10)"),
    _n("double_large_boundary", "1000000.0 * 10", "10^7 is where Java switches to E notation"),
    _n("double_below_boundary", "999999.0 + 1", "10^6 prints plainly"),
    _n("double_small", "1.0 / 100000", "a small double prints 1.0E-5"),
    _n("double_small_boundary", "1.0 / 1000", "0.001 prints plainly"),
    _n("double_negative", "-1.5 * 2", "negative double"),
    _n("double_negative_zero", "-0.0", "negative zero"),
    _n("double_mod", "7.5 % 2", "double modulo"),
    _n("double_compare_int_sum", "0.5 + 0.5", "0.5 + 0.5 is 1.0"),
    _n("double_many_digits", "3.141592653589793238", "a literal with more digits than a double holds"),
    _n("double_big_literal", "12345678901234567890.5", "a large decimal literal"),
    ("int_div_by_zero_fresh", "#set($r = 1 / 0)[$r]", "division by zero is null: a fresh variable stays unset"),
    ("div_by_zero_print_old", "#set($r = 'old')#set($r = 1 / 0)$r", "division by zero keeps the previous value"),
    ("double_div_by_zero", "#set($r = 'old')#set($r = 1.0 / 0)$r", "double division by zero is also null"),
    ("mod_by_zero", "#set($r = 'old')#set($r = 5 % 0)$r", "modulo by zero is null"),
    ("inline_div_by_zero", "[#set($x = 1 / 0)$x]", "an inline division by zero"),
    _n("exponent_literal", "1.5e3", "a literal with an exponent is a Double"),
    _n("leading_dot_literal", ".5", "a literal starting with a dot"),
    _n("trailing_dot_literal", "5.", "a literal ending with a dot"),
    _n("long_min_literal", "-9223372036854775808", "Long.MIN_VALUE literal"),
    _n("double_times_three", "0.1 * 3", "0.1 * 3"),
    ("minus_negative_literal", "#set($x = 5)#set($r = $x - -3)$r", "subtracting a negative literal"),
    ("hyphen_not_minus", "#set($x = 5)#set($r = 'old')#set($r = $x-3)[$r]", "$x-3 is the reference x-3 (E2: \"\"), not a subtraction"),
    ("not_number", "#set($x = 5)#set($r = !$x)$r", "! on a non-null number is false"),
    _n("leading_zero_literal", "010", "a leading zero is not octal"),
    _n("arith_on_numeric_string", "'5' + 1", "a numeric string + 1 concatenates"),
    ("arith_string_times", "#set($r = 'old')#set($r = '5' * 2)$r", "string * number is null"),
    ("arith_undefined_times", "#set($r = 'old')#set($r = $u * 2)[$r]", "undefined * 2: \"\" is not a number"),
    ("arith_boolean", "#set($r = 'old')#set($r = true + 1)$r", "Boolean + number"),
    ("arith_variables", "#set($x = 5)#set($r = $x * $x - 1)$r", "arithmetic on variables"),
    ("increment_loop", "#set($n = 0)#foreach($i in [1..10])#set($n = $n + $i)#end$n", "sum in a loop"),
    ("double_accumulate", "#set($n = 0.0)#foreach($i in [1..10])#set($n = $n + 0.1)#end$n", "accumulated double error"),
    ("compare_int_long", "#set($a = 2147483648)#if($a > 1)T#{else}F#end", "comparison across Integer and Long"),
    ("compare_big", "#set($a = 123456789012345678901234567890)#if($a > 9223372036854775807)T#{else}F#end", "comparison with a BigInteger"),
    ("compare_double_int_eq", "#if(3.0 == 3)T#{else}F#end", "3.0 == 3"),
    ("compare_double_ne", "#if(0.1 + 0.2 == 0.3)T#{else}F#end", "0.1 + 0.2 != 0.3"),
    ("compare_number_string_lt", "#set($a = '10')#if($a < 9)T#{else}F#end", "< between a numeric string and a number"),
    ("int_tostring", "#set($i = 42)$i.toString() $i.toString().length()", "Integer.toString()"),
    ("double_intvalue", "#set($d = 3.99)$d.intValue() $d.longValue()", "Double.intValue() truncates"),
    ("negative_double_intvalue", "#set($d = -3.99)$d.intValue()", "intValue truncates toward zero"),
    ("int_doublevalue", "#set($i = 3)$i.doubleValue()", "Integer.doubleValue()"),
    ("int_compareto", "#set($i = 1)$i.compareTo(2) $i.compareTo(1) $i.compareTo(0)", "Integer.compareTo"),
    ("int_equals", "#set($i = 1)$i.equals(1) $i.equals(1.0) $i.equals('1')", "Integer.equals is type-strict"),
    ("long_equals_int", "#set($l = 2147483648)#set($m = $l - 2147483647)$m $m.equals(1)", "a Long result equals(1) is false"),
    ("int_hashcode", "#set($i = 42)$i.hashCode()", "Integer.hashCode"),
    ("double_isnan", "#set($d = 1.5)$d.isNaN() $d.isInfinite()", "Double methods"),
    ("int_missing_property", "#set($i = 5)[$i.foo]", "a missing property on an Integer"),
    ("number_in_string_interpolation", "#set($d = 2.0)#set($s = \"v=$d\")$s", "a double interpolated into a string"),
    ("number_concat_double_format", "#set($s = '' + 0.00001)$s", "string + small double uses E notation"),
    ("integer_parse_via_method", "#set($i = 0)#set($n = $i.parseInt('42'))#set($r = $n + 1)$r", "Integer.parseInt via an instance"),
    ("integer_valueof_via_method", "#set($i = 0)$i.valueOf('7')", "Integer.valueOf via an instance"),
    ("max_via_if", "#set($a = 3)#set($b = 7)#if($a > $b)$a#{else}$b#end", "max without Math"),
    ("range_size_large", "#set($r = [1..1500])$r.size()", "a range literal has all elements (the limit is for #foreach)"),
    ("range_sum_limited", "#set($n = 0)#foreach($i in [1..2000])#set($n = $n + $i)#end$n", "sum over a loop stopped at 1000 iterations"),
    ("double_prints_1_5e7", "#set($r = 1.5 * 10000000)$r", "15000000.0 prints as 1.5E7"),
    ("long_division", "#set($r = 9223372036854775807 / 2)$r", "Long division"),
    ("big_mul", "#set($r = 99999999999 * 99999999999)$r", "Long overflow in multiplication widens"),
    ("mixed_long_double", "#set($r = 2147483648 * 1.5)$r", "Long * Double"),
])
def _m(name, expr, note, lit="{'a': 1, 'b': 'x'}"):
    return (name, "#set($m = " + lit + ")" + expr, note)


group("maps", [
    ("literal_print", "#set($m = {\"a\": 1, \"b\": \"x\"})$m", "a map literal prints {a=1, b=x}"),
    ("literal_single_quoted_keys", "#set($m = {'a': 1})$m", "single-quoted keys"),
    ("literal_nested", "#set($m = {'a': {'b': [1, {'c': true}]}})$m", "nested maps and lists print with toString"),
    ("literal_empty", "#set($m = {})$m", "an empty map prints {}"),
    ("literal_spaces", "#set($m = {  'a'  :  1  ,'b':2})$m", "spaces inside a map literal"),
    ("literal_newlines", "#set($m = {\n  'a': 1,\n  'b': 2\n})$m", "newlines inside a map literal"),
    ("literal_order", "#set($m = {'z': 1, 'y': 2, 'x': 3, 'a': 4})$m", "insertion order is kept (LinkedHashMap)"),
    ("literal_duplicate_key", "#set($m = {'a': 1, 'b': 2, 'a': 3})$m", "a duplicate key keeps the first position, last value"),
    ("literal_integer_keys", "#set($m = {1: 'one', 2: 'two'})$m $m.get(1) [$m.get('1')]", "integer keys stay Integers"),
    ("literal_boolean_values", "#set($m = {'t': true, 'f': false})$m", "boolean values"),
    ("literal_double_values", "#set($m = {'d': 1.0, 'e': 0.5})$m", "double values print Java-style"),
    ("literal_key_with_space", "#set($m = {'a b': 1})$m $m['a b'] $m.get('a b')", "a key with a space"),
    ("literal_key_empty", "#set($m = {'': 'e'})$m [$m['']]", "an empty key"),
    ("literal_value_undefined", "#set($m = {'k': $u})$m", "an undefined value becomes \"\" (E2)"),
    ("literal_interpolated_key", "#set($p = 'x')#set($m = {\"${p}1\": 1})$m", "an interpolated key"),
    _m("get", "$m.get('a') $m.get('b')", "get"),
    _m("get_missing", "[$m.get('zz')]", "get of a missing key (E2)"),
    _m("property_access", "$m.a $m.b", "$m.key"),
    _m("property_missing", "[$m.zz]", "$m.missing"),
    _m("brace_property", "${m.a}", "${m.key}"),
    _m("size_method", "$m.size()", "size()"),
    _m("size_property", "[$m.size]", "$m.size looks up the key 'size'"),
    ("size_property_key_present", "#set($m = {'size': 'S'})$m.size $m.size()", "$m.size returns the 'size' entry when there is one"),
    ("empty_property_key", "#set($m = {'empty': 'E'})$m.empty $m.isEmpty()", "$m.empty is the 'empty' entry, not isEmpty()"),
    ("class_key", "#set($m = {'class': 'C'})$m.class", "$m.class calls getClass() even when a 'class' key exists"),
    _m("isempty", "$m.isEmpty()", "isEmpty on a non-empty map"),
    ("isempty_empty", "#set($m = {})$m.isEmpty()", "isEmpty on an empty map"),
    _m("containskey", "$m.containsKey('a') $m.containsKey('zz')", "containsKey"),
    _m("containsvalue", "$m.containsValue(1) $m.containsValue('x') $m.containsValue('1')", "containsValue is type-strict"),
    _m("keyset", "$m.keySet()", "keySet prints [a, b]"),
    _m("values", "$m.values()", "values prints [1, x]"),
    _m("entryset", "$m.entrySet()", "entrySet prints [a=1, b=x]"),
    _m("keyset_size", "$m.keySet().size()", "keySet().size()"),
    _m("put_new", "#set($d = $m.put('c', 3))$m", "put a new key at the end"),
    _m("put_print_return", "[$m.put('c', 3)] $m.put('c', 4)", "printing put() shows the previous value"),
    _m("put_existing", "#set($d = $m.put('a', 9))$m", "put an existing key keeps its position"),
    _m("putall", "#set($d = $m.putAll({'c': 3, 'a': 0}))$m", "putAll"),
    _m("remove", "#set($d = $m.remove('a'))$d $m", "remove returns the value"),
    _m("remove_missing", "#set($d = 'old')#set($d = $m.remove('zz'))[$d] $m", "remove of a missing key returns null (E2: \"\")"),
    _m("remove_then_put_order", "#set($d = $m.remove('a'))#set($d = $m.put('a', 1))$m", "re-inserting a removed key puts it last"),
    _m("clear", "$m.clear()|$m", "clear() returns void (prints nothing) and empties the map"),
    _m("method_then_bracket_is_index", "$m.clear()[$m]", "[ right after a method call is an index on its result, not text"),
    _m("get_or_default", "$m.getOrDefault('zz', 'dflt') $m.getOrDefault('a', 'dflt')", "getOrDefault"),
    _m("equals_map", "$m.equals({'b': 'x', 'a': 1})", "equals ignores order"),
    _m("tostring", "$m.toString()", "toString matches rendering"),
    _m("index_string", "$m['a'] $m[\"b\"]", "index with string literals"),
    _m("index_variable", "#set($k = 'b')$m[$k]", "index with a variable"),
    _m("entry_key_value", "#foreach($e in $m.entrySet())$e.key=$e.value;#end", "entry key/value properties"),
    _m("entry_getkey_getvalue", "#foreach($e in $m.entrySet())$e.getKey()=$e.getValue();#end", "entry getKey/getValue"),
    _m("entry_setvalue", "#foreach($e in $m.entrySet())#set($d = $e.setValue('z'))#end$m", "entry setValue writes through"),
    _m("iterate_values", "#foreach($v in $m)[$v]#end", "#foreach over a map gives the values"),
    _m("iterate_keys", "#foreach($k in $m.keySet())[$k]#end", "#foreach over keySet"),
    ("integer_key_vs_string_key", "#set($m = {})#set($d = $m.put(1, 'int'))#set($d = $m.put('1', 'str'))$m $m.size()", "1 and '1' are different keys"),
    ("integer_key_index", "#set($m = {1: 'one'})$m[1] [$m['1']]", "index with an Integer"),
    ("long_key_vs_int", "#set($m = {1: 'one'})#set($k = 2147483648 - 2147483647)[$m[$k]]", "a Long 1 is not the Integer key 1"),
    ("map_with_list_value_print", "#set($m = {'l': [1, 'a']})$m", "a list inside a map prints [1, a]"),
    ("map_in_list_print", "#set($l = [{'a': 1}, {'b': 2}])$l", "a list of maps prints [{a=1}, {b=2}]"),
    ("map_self_contained", "#set($m = {})#set($d = $m.put('self', $m))$m", "a map containing itself prints (this Map)"),
    ("nested_get_chain", "#set($m = {'a': {'b': {'c': 'deep'}}})$m.get('a').get('b').get('c') $m.a.b.c $m['a']['b']['c']", "three ways down a nested map"),
    ("nested_missing_chain_method", "#set($m = {})[$m.a.get('b')]", "a method on a missing intermediate value"),
    ("hyphen_key_property", "#set($m = {'x-y': 1})$m.x-y $m['x-y']", "hyphenated key via property and index"),
    ("key_with_dot", "#set($m = {'a.b': 1})[$m.a.b] $m['a.b']", "a key containing a dot needs index notation"),
    ("key_uppercase_property", "#set($m = {'Key': 'v'})$m.Key [$m.key]", "property lookup is case-sensitive on maps"),
    ("getter_style_key", "#set($m = {'getX': 1, 'x': 2})$m.x", "$m.x uses get('x')"),
    ("map_value_null_vs_missing", "#set($m = {'k': $u})$m.containsKey('k') [$m.k]", "a key set to an undefined value exists with \"\""),
    ("map_put_null_keyword", "#set($m = {})#set($d = $m.put('k', $null))$m", "put with $null puts \"\" (E2)"),
    ("map_size_after_set", "#set($m = {})#set($m.a = 1)#set($m.b = 2)$m.size()", "#set into properties grows the map"),
    ("map_compare_eq", "#set($a = {'k': 1})#set($b = {'k': 1})#if($a == $b)T#{else}F#end", "== on equal maps"),
    ("map_string_compare", "#set($a = {'k': 1})#if($a == '{k=1}')T#{else}F#end", "== between a map and its toString"),
    ("map_keyset_contains", "#set($m = {'a': 1})$m.keySet().contains('a')", "keySet().contains"),
    ("map_values_list_methods", "#set($m = {'a': 1, 'b': 2})$m.values().size() $m.values().contains(2)", "values() collection methods"),
    ("map_entryset_first", "#set($m = {'a': 1, 'b': 2})#foreach($e in $m.entrySet())#if($foreach.first)$e#end#end", "first entry prints a=1"),
])
def _l(name, expr, note, lit="['a', 'b', 'c']"):
    return (name, "#set($l = " + lit + ")" + expr, note)


group("lists", [
    ("literal_print", "#set($l = ['a', 'b'])$l", "a list prints [a, b]"),
    ("literal_mixed", "#set($l = [1, 'two', 3.0, true, [4], {'k': 5}])$l", "mixed element types"),
    ("literal_nested", "#set($l = [[1, 2], [3, [4, 5]]])$l", "nested lists"),
    ("literal_empty", "#set($l = [])$l", "an empty list prints []"),
    ("literal_spaces_newlines", "#set($l = [\n 1 ,\n 2\n])$l", "whitespace inside a list literal"),
    ("literal_undefined_element", "#set($l = [1, $u, 3])$l $l.size()", "an undefined element becomes \"\" (E2)"),
    ("literal_strings_with_commas", "#set($l = ['a, b', \"c\"])$l $l.size()", "an element containing a comma"),
    ("literal_range_inside", "#set($l = [[1..3]])$l", "a range nested in a list"),
    _l("get", "$l.get(0) $l.get(2)", "get(i)"),
    _l("index", "$l[1]", "index notation"),
    _l("size", "$l.size()", "size()"),
    _l("isempty", "$l.isEmpty()", "isEmpty on a non-empty list"),
    ("isempty_empty", "#set($l = [])$l.isEmpty()", "isEmpty on an empty list"),
    _l("contains", "$l.contains('a') $l.contains('z')", "contains"),
    ("contains_type_strict", "#set($l = [1, 2])$l.contains(1) $l.contains('1')", "contains is type-strict (equals)"),
    ("contains_long_vs_int", "#set($l = [1])#set($one = 2147483648 - 2147483647)$l.contains($one)", "a Long 1 is not contained in [1]"),
    _l("indexof", "$l.indexOf('b') $l.indexOf('z')", "indexOf"),
    ("lastindexof", "#set($l = ['a', 'b', 'a'])$l.lastIndexOf('a')", "lastIndexOf"),
    _l("add", "#set($d = $l.add('d'))$d $l", "add returns true"),
    _l("add_print", "$l.add('d') $l", "printing add() shows true"),
    _l("add_at_index", "$l.add(0, 'z')|$l", "add(int, E) is void: prints nothing"),
    _l("addall", "#set($d = $l.addAll(['x', 'y']))$l", "addAll"),
    _l("set", "#set($old = $l.set(1, 'B'))$old $l", "set returns the old element"),
    _l("remove_by_index", "#set($d = $l.remove(0))$d $l", "remove(int) removes by index"),
    _l("remove_by_value", "#set($d = $l.remove('b'))$d $l", "remove(Object) removes by value"),
    ("remove_integer_is_index", "#set($l = [10, 20, 30])#set($d = $l.remove(1))$d $l", "remove(1) on a list of Integers removes index 1"),
    _l("sublist", "$l.subList(1, 3) $l.subList(0, 0)", "subList"),
    _l("sublist_size", "$l.subList(1, 3).size()", "subList size"),
    _l("clear", "$l.clear()|$l", "clear() empties the list"),
    _l("equals", "$l.equals(['a', 'b', 'c']) $l.equals(['a'])", "equals"),
    _l("tostring", "$l.toString()", "toString"),
    _l("hashcode", "$l.hashCode()", "List.hashCode is deterministic"),
    ("list_of_maps_print", "#set($l = [{'a': 1, 'b': 'x'}, {}])$l", "a list of maps prints [{a=1, b=x}, {}]"),
    ("list_of_strings_with_spaces", "#set($l = [' a', 'b '])[$l]", "elements keep their spaces"),
    ("list_of_doubles_print", "#set($l = [1.0, 0.5, 1.0E10])$l", "doubles inside a list print Java-style"),
    ("list_contains_null_like", "#set($l = [])#set($d = $l.add($u))$l.size() [$l[0]]", "adding an undefined value adds \"\""),
    ("range_methods", "#set($r = [1..5])$r.size() $r.get(4) $r.contains(3) $r.subList(1, 3)", "a range is a normal list"),
    ("range_add", "#set($r = [1..2])#set($d = $r.add(3))$r", "a range can be extended"),
    ("range_descending_print", "#set($r = [2..-2])$r", "a descending range prints its elements"),
    ("range_zero_zero", "#set($r = [0..0])$r.size()", "[0..0] has one element"),
    ("nested_index_set", "#set($l = [[1, 2]])#set($d = $l[0].add(3))$l", "modifying a nested list"),
    ("nested_get_chain", "#set($l = [[1, [2, 3]]])$l.get(0).get(1).get(0) $l[0][1][1]", "get chains and nested index"),
    ("list_eq_operator", "#set($a = [1, 2])#set($b = [1, 2])#if($a == $b)T#{else}F#end", "== on equal lists"),
    ("list_string_eq", "#set($a = ['x'])#if($a == '[x]')T#{else}F#end", "== between a list and its toString"),
    ("list_iteration_join", "#set($l = ['a', 'b', 'c'])#foreach($x in $l)$x#if($foreach.hasNext)-#end#end", "join with a separator"),
    ("list_size_in_condition", "#set($l = [1])#if($l.size() > 0)nonempty#end", "size() in a condition"),
    ("list_first_last", "#set($l = ['a', 'b', 'c'])#set($n = $l.size() - 1)$l[0]$l[-1] $l.get($n)", "first and last element"),
    ("list_index_long_variable", "#set($l = ['a', 'b'])#set($i = 2147483648 - 2147483647)[$l[$i]]", "an index held in a Long"),
    ("list_index_string_variable", "#set($l = ['a', 'b'])#set($i = '1')[$l[$i]]", "an index held in a String"),
    ("list_sort_null_arg", "#set($l = ['b', 'a'])#set($d = $l.sort($null))$l", "$null is \"\" (E2), so sort($null) matches no method and the list stays unsorted"),
    ("list_contains_all", "#set($l = ['a', 'b', 'c'])$l.containsAll(['a', 'c']) $l.containsAll(['z'])", "containsAll"),
    ("list_remove_all", "#set($l = [1, 2, 3])#set($d = $l.removeAll([2]))$l", "removeAll"),
    ("list_to_array_size", "#set($l = [1, 2])$l.toArray().size()", "toArray().size() via the array wrapper"),
    ("list_self_contained", "#set($l = [])#set($d = $l.add($l))$l", "a list containing itself prints (this Collection)"),
    ("list_of_lists_size", "#set($l = [[], [1], [1, 2]])#foreach($x in $l)$x.size()#end", "size of each inner list"),
])
group("comments_escapes", [
    ("line_comment_eof", "a ##", "## at end of file"),
    ("line_comment_eof_text", "a ## tail", "## with text at end of file"),
    ("line_comment_directive_inside", "a ## #if(true) $x\nb", "directives and references inside ## are ignored"),
    ("line_comment_consecutive", "## one\n## two\nx", "consecutive ## lines"),
    ("line_comment_triple_hash", "a ### c\nb", "### is a comment too"),
    ("block_comment", "a#* c *#b", "block comment"),
    ("block_comment_multiline", "a#* line1\nline2\n*#b", "multi-line block comment"),
    ("block_comment_empty", "a#**#b", "empty block comment #**#"),
    ("block_comment_stars", "a#*** c ***#b", "block comment with extra stars"),
    ("block_comment_doc_style", "a#** doc *#b", "#** doc *# style"),
    ("block_comment_not_nested", "a#* x #* y *# z *#b", "block comments do not nest: the first *# ends it"),
    ("block_comment_references_inside", "#set($a = 1)#* $a #if( *#$a", "references and broken directives inside a block comment"),
    ("block_comment_then_newline", "#* c *#\nb", "newline after a block comment at line start"),
    ("star_hash_alone", "a *# b", "*# without an opener is text"),
    ("unparsed_block", "#set($a = 1)#[[ unparsed $a #if ]]#", "#[[ ]]# keeps its content raw"),
    ("unparsed_block_multiline", "#[[\n#foreach($i in $l)\n$i\n#end\n]]#", "a multi-line unparsed block"),
    ("unparsed_block_newline_after", "#[[x]]#\ny", "the newline after ]]# is kept"),
    ("unparsed_block_inner_brackets", "#[[a]]b]]#", "the first ]]# ends the block"),
    ("unparsed_block_in_if_false", "#if(false)#[[x]]##end|", "an unparsed block inside a false #if"),
    ("unparsed_block_in_loop", "#foreach($i in [1, 2])#[[$i]]##end", "an unparsed block inside a loop"),
    ("escaped_set", "#set($a = 1)\\#set($a = 2)$a", "\\#set is text"),
    ("double_backslash_set", "#set($a = 1)\\\\#set($a = 2)$a", "\\\\#set: a backslash, then a real #set"),
    ("escaped_if_block", "\\#if(true)x\\#end", "\\#if ... \\#end are both text"),
    ("double_backslash_if", "\\\\#if(true)x#end", "\\\\#if: a backslash, then a real #if"),
    ("triple_backslash_if", "\\\\\\#if(true)x", "\\\\\\#if: a backslash, then literal #if"),
    ("escaped_end_inside_if", "#if(true)a\\#end b#end", "an escaped #end inside #if is text"),
    ("escaped_else", "#if(true)a\\#else b#end", "an escaped #else is text"),
    ("escaped_foreach", "\\#foreach($i in [1])$i\\#end", "escaped #foreach"),
    ("escaped_macro_call", "#macro(m)M#end\\#m()", "escaping a macro call"),
    ("escaped_unknown_directive", "\\#foo", "escaping a word that is not a directive"),
    ("escaped_comment", "a \\## b", "escaping ##"),
    ("escaped_hash_before_text", "a \\# b", "\\# followed by a space"),
    ("hash_end_of_line_crlf", "a #\r\nb", "# before CRLF"),
    ("set_in_block_comment_not_run", "#set($a = 1)#* #set($a = 2) *#$a", "a #set inside a block comment is not run"),
    ("hash_alone", "a # b", "# followed by a space is text"),
    ("hash_before_newline", "a #\nb", "# at the end of a line is text"),
    ("hash_digit", "#1 #42 issue #7", "# followed by digits is text"),
    ("hash_color", "color: #fff; #ffffff", "CSS-style colors are text"),
    ("hash_double_color_trap", "{\"c\": \"##fff\"}\nnext", "## in data starts a comment that eats the rest of the line"),
    ("hash_dollar", "#set($a = 'v')#$a", "# followed by a reference"),
    ("hash_brace_text", "#{ x", "#{ followed by a space"),
    ("hash_brace_unknown", "#{foo} bar", "#{foo} is not a directive"),
    ("hash_mid_word", "a#b c#d", "# inside words"),
    ("hash_bang", "#!/bin/sh", "#! is text"),
    ("hash_paren_text", "#(x)", "#( is text"),
    ("unknown_directive", "#foo text", "an unknown directive name is text"),
    ("unknown_directive_parens", "#foo() #bar('x', 1)", "an unknown directive with arguments is text"),
    ("unknown_directive_word_prefix", "#ifx #endx #setx #elsex", "directive names followed by letters are text"),
    ("set_without_parens", "#set $a = 1", "#set without parentheses"),
    ("comment_in_double_quoted_string", "#set($s = \"a##b\")[$s]", "## inside a double-quoted string is a comment inside the string template"),
    ("comment_in_single_quoted_string", "#set($s = 'a##b')[$s]", "## inside a single-quoted string is literal"),
    ("block_comment_in_double_quoted_string", "#set($s = \"a#*x*#b\")[$s]", "#* *# inside a double-quoted string"),
    ("hash_in_double_quoted_string", "#set($s = \"#1 #x\")[$s]", "# characters inside a double-quoted string"),
    ("literal_directive", "#set($a = 1)#literal()$a #set($b = 2)#end|$b", "the deprecated #literal() directive renders its body unevaluated"),
    ("dollar_hash", "$# x", "$# followed by text"),
    ("comment_after_reference", "#set($a = 'v')$a## c\nb", "## right after a reference"),
    ("comment_inside_directive_line", "#foreach($i in [1, 2])## loop\n$i\n#end", "a comment after #foreach(...) eats the newline too"),
    ("escaped_reference_in_comment_line", "\\$a ## \\$b\nc", "escaped reference followed by a comment"),
    ("block_comment_unclosed", "a #* never closed\nmore", "an unclosed block comment silently eats the rest of the template"),
])
group("errors", [
    # --- block structure
    ("unclosed_if", "#if(true)x", "an unclosed #if is a parse error"),
    ("unclosed_if_else", "#if(true)x#else y", "an unclosed #if/#else"),
    ("unclosed_foreach", "#foreach($i in [1])$i", "an unclosed #foreach"),
    ("unclosed_macro", "#macro(m)x", "an unclosed #macro"),
    ("unclosed_define", "#define($d)x", "an unclosed #define"),
    ("unclosed_nested", "#if(true)#if(true)x#end", "one #end for two #if"),
    ("stray_end", "x#end", "#end without a block"),
    ("stray_end_after_block", "#if(true)x#end#end", "one #end too many"),
    ("stray_else", "a#else b", "#else without #if"),
    ("stray_elseif", "a#elseif(true)b", "#elseif without #if"),
    ("else_else", "#if(true)a#else b#else c#end", "two #else in one #if"),
    ("elseif_after_else", "#if(false)a#else b#elseif(true)c#end", "#elseif after #else"),
    ("unclosed_brace_end", "#if(true)x#{end", "#{end without the closing brace"),
    # --- #if / #foreach syntax
    ("if_without_parens", "#if true x", "#if without parentheses"),
    ("if_empty_condition", "#if()x#end", "#if with an empty condition"),
    ("if_assignment", "#set($a = 1)#if($a = 1)x#end", "= instead of == in #if"),
    ("if_unbalanced_open", "#if((true)x#end", "unbalanced parentheses in #if"),
    ("if_dangling_operator", "#if(true &&)x#end", "a dangling && in a condition"),
    ("foreach_without_parens", "#foreach x", "#foreach without parentheses (NullPointerException in 1.7)"),
    ("foreach_bare_name", "#foreach(i in [1, 2])$i#end", "#foreach with a name that is not a reference"),
    ("range_double_literal", "#foreach($i in [1.5..3])$i#end", "a range with a decimal literal bound"),
    ("range_string_literals", "#foreach($i in ['a'..'c'])$i#end", "a range with string literal bounds"),
    ("break_with_bad_arg", "#foreach($i in [1])#break(1)#end", "#break with an argument that is not a scope"),
    # --- #set syntax
    ("set_no_value", "#set($a)", "#set($a) without = value"),
    ("set_literal_lhs", "#set(1 = 2)", "#set with a literal on the left"),
    ("set_string_lhs", "#set('a' = 1)", "#set with a string on the left"),
    ("set_empty_rhs", "#set($a = )", "#set with nothing after ="),
    ("set_double_equals", "#set($a == 1)", "#set with =="),
    ("set_chained", "#set($a = $b = 1)", "chained assignment"),
    ("set_unclosed", "#set($a = 1", "#set without the closing parenthesis"),
    # --- strings
    ("unterminated_single_string", "#set($a = 'abc)", "an unterminated single-quoted string"),
    ("unterminated_double_string", "#set($a = \"abc)", "an unterminated double-quoted string"),
    ("backslash_quote_in_double", "#set($s = \"a\\\"b\")$s", "\\\" does not escape a quote"),
    ("unterminated_string_in_method", "#set($s = 'x')$s.concat('a)", "an unterminated string argument"),
    # --- literals and expressions
    ("map_literal_with_operator", "#set($b = 2)#set($m = {'k': $b + 1})$m", "operators are not allowed inside map literals"),
    ("list_literal_with_operator", "#set($a = 2)#set($l = [$a * 2])$l", "operators are not allowed inside list literals"),
    ("map_literal_trailing_comma", "#set($m = {'a': 1,})$m", "a trailing comma in a map literal"),
    ("list_literal_trailing_comma", "#set($l = [1, 2,])$l", "a trailing comma in a list literal"),
    ("method_on_string_literal", "#foreach($p in 'a,b'.split(','))$p#end", "a method call on a literal"),
    ("method_arg_expression", "#set($l = [1, 2])$l.get($l.size() - 1)", "arithmetic is not allowed in a method argument"),
    ("unary_minus_reference", "#set($x = 5)#set($r = -$x)$r", "unary minus on a reference"),
    ("minus_without_spaces", "#set($r = 5-3)$r", "5-3 lexes as 5 and -3"),
    ("unary_minus_space", "#set($r = - 5)$r", "a minus sign separated from its number"),
    ("macro_default_arg", "#macro(m $a=1)[$a]#end#m()", "default macro arguments are Velocity 2.0 syntax"),
    ("macro_name_hyphen", "#macro(my-m)x#end#my-m()", "a hyphen is not allowed in a macro name"),
    ("macro_without_parens", "#macro x", "#macro without parentheses"),
    ("macro_arg_expression", "#macro(m $a)[$a]#end#m(1 + 2)", "an expression as a macro argument"),
    ("define_without_reference", "#define()x#end", "#define without a reference"),
    # --- lexical edge cases
    ("dollar_at_eof", "cost: $", "a $ as the very last character"),
    ("dollar_bang_at_eof", "a $!", "$! as the last characters"),
    ("hash_at_eof", "C#", "a # as the very last character"),
    ("reference_then_hash_at_eof", "$a#", "a reference then # at end of file"),
    ("escaped_hash_at_eof", "a \\#", "\\# at end of file"),
    ("dollar_hash_at_eof", "$#", "$# at end of file"),
    ("brace_reference_unclosed", "a ${b c", "${b without the closing brace"),
    ("brace_reference_unclosed_eof", "a ${b", "${b at end of file"),
    ("index_not_a_value", "#set($a = 'v')$a[x]", "$a[x] where x is not a valid index expression"),
    ("index_unclosed", "#set($a = 'v')$a[0", "$a[0 without the closing bracket"),
    ("index_empty", "#set($a = 'v')$a[]", "$a[] with an empty index"),
    ("block_comment_in_directive_parens", "#set($a = 1)#if($a == 1#* c *#)T#end", "a block comment inside #if( )"),
    ("unparsed_block_unclosed", "a #[[ never closed", "an unclosed #[[ block"),
    # --- resources
    ("include", "#include('x')", "#include has no resource loader (E5)"),
    ("parse", "#parse('x')", "#parse has no resource loader (E5)"),
    ("parse_variable", "#set($t = 'x.vtl')#parse($t)", "#parse of a variable name"),
    # --- method exceptions
    ("list_index_out_of_range", "#set($l = ['a', 'b'])$l[5]", "an out-of-range index"),
    ("list_index_negative_beyond", "#set($l = ['a', 'b', 'c'])$l[-4]", "a negative index beyond -size"),
    ("list_get_negative", "#set($l = ['a', 'b', 'c'])$l.get(-1)", "get(-1) is not wrapped"),
    ("list_get_out_of_range", "#set($l = [])$l.get(0)", "get(0) on an empty list"),
    ("list_set_out_of_range", "#set($l = ['a'])#set($l[3] = 'x')", "index assignment out of range"),
    ("list_sublist_bad_range", "#set($l = ['a'])$l.subList(0, 5)", "subList beyond the end"),
    ("substring_out_of_range", "#set($s = 'abc')$s.substring(5)", "substring beyond the length"),
    ("substring_reversed", "#set($s = 'abc')$s.substring(2, 1)", "substring with begin > end"),
    ("charat_out_of_range", "#set($s = 'abc')$s.charAt(3)", "charAt beyond the end"),
    ("replaceall_bad_regex", "#set($s = 'abc')$s.replaceAll('(', 'x')", "an invalid regex"),
    ("replaceall_bad_group", "#set($s = 'abc')$s.replaceAll('b', '$1')", "a replacement referring to a missing group"),
    ("replaceall_dollar_replacement", "#set($s = 'cost')$s.replaceAll('cost', '$')", "a lone $ in a replacement"),
    ("matches_bad_regex", "#set($s = 'abc')$s.matches('[')", "matches with an invalid regex"),
    ("split_bad_regex", "#set($s = 'a*b')$s.split('*')", "split with an invalid regex"),
    ("parseint_invalid", "#set($i = 0)$i.parseInt('x')", "Integer.parseInt of a non-number"),
    ("format_bad_pattern", "#set($s = '')$s.format('%d', 'x')", "String.format with a mismatched argument"),
    ("foreach_modify_add", "#set($l = [1, 2, 3])#foreach($i in $l)#if($i == 1)#set($ok = $l.add(4))#end$i#end", "adding to a list while iterating it (ConcurrentModificationException)"),
    ("foreach_modify_remove", "#set($l = [1, 2, 3])#foreach($i in $l)#set($ok = $l.remove(0))$i#end", "removing from a list while iterating it"),
    ("macro_recursion_depth_21", "#macro(r $n)#if($n > 0)#set($k = $n - 1)#r($k)#end#end#r(20)ok", "21 nested macro calls exceed velocimacro.max.depth 20"),
    ("macro_recursion_infinite", "#macro(r)x#r()#end#r()", "unbounded macro recursion"),
    ("error_after_output", "before#set($s = 'a')$s.substring(9)after", "an exception discards the partial output"),
    # --- API Gateway helpers (gateway layer, but the renderer raises)
    ("parsejson_invalid", "#set($o = $util.parseJson('{a'))$o", "$util.parseJson of malformed JSON"),
    ("base64decode_invalid", "$util.base64Decode('%%%')", "$util.base64Decode of invalid Base64"),
    ("urldecode_invalid", "$util.urlDecode('%zz')", "$util.urlDecode of an invalid escape"),
    ("input_path_malformed_body", "$input.path('$')", "a malformed JSON body ({a) fails to parse", {"body": "{a"}),
    ("input_json_bad_path", "$input.json('$[')", "an invalid JSONPath", {"body": "{\"a\": 1}"}),
])
_J = {"body": "{\"a\": 1, \"s\": \"x/y é\", \"b\": [\"x\", \"y\"], \"o\": {\"k\": \"v\"}, \"n\": null, \"t\": true, \"f\": false}"}
_NUM = {"body": "{\"i\": 2, \"d\": 2.0, \"h\": 1.50, \"e\": 1e10, \"small\": 0.0001, \"big\": 12345678901234567890, \"neg\": -0.5}"}
_P = {"method": "POST", "resourcePath": "/pets/{id}", "path": {"id": "42"},
      "query": {"name": "foo", "tags": ["a", "b"], "id": "from-query"},
      "headers": {"Content-Type": "application/json", "X-Multi": ["1", "2"], "name": "from-header"}}

group("input_util_context", [
    # --- $input.body
    ("body_raw", "$input.body", "$input.body is the raw body text", {"body": "{\"a\":  1.50}"}),
    ("body_empty", "[$input.body]", "an empty body is {} (I1)"),
    ("body_non_json", "$input.body", "a non-JSON body passes through", {"body": "a=b&c=d"}),
    ("body_in_json_string", "{\"raw\": \"$util.escapeJavaScript($input.body)\"}", "embedding the raw body in a JSON string", {"body": "{\"q\": \"it's\"}"}),
    # --- $input.json
    ("json_root", "$input.json('$')", "$input.json('$') is compact JSON; / and non-ASCII are not escaped", _J),
    ("json_string_field", "$input.json('$.s')", "a string comes back quoted", _J),
    ("json_number_field", "$input.json('$.a') $input.json('$.t')", "numbers and booleans come back bare", _J),
    ("json_array_field", "$input.json('$.b')", "an array", _J),
    ("json_object_field", "$input.json('$.o')", "an object", _J),
    ("json_null_field", "$input.json('$.n')", "a JSON null", _J),
    ("json_missing", "[$input.json('$.nope')]", "a path that matches nothing (I4)", _J),
    ("json_index", "$input.json('$.b[1]')", "an array index in the path", _J),
    ("json_numbers_respelled", "$input.json('$')", "numbers are re-serialised by json-smart", _NUM),
    ("json_deep_scan", "$input.json('$..k')", "a deep-scan path returns a list", {"body": "{\"a\": {\"k\": 1}, \"b\": [{\"k\": 2}]}"}),
    ("json_filter", "$input.json('$.items[?(@.p > 1)].n')", "a filter expression", {"body": "{\"items\": [{\"n\": \"a\", \"p\": 1}, {\"n\": \"b\", \"p\": 2}]}"}),
    ("json_wildcard", "$input.json('$.items[*].n')", "a wildcard", {"body": "{\"items\": [{\"n\": \"a\"}, {\"n\": \"b\"}]}"}),
    ("json_quoted_twice_trap", "\"$input.json('$.s')\"", "wrapping $input.json in quotes doubles them", _J),
    ("json_top_level_array", "$input.json('$[0]')", "a top-level array body", {"body": "[{\"a\": 1}, 2]"}),
    # --- $input.path
    ("path_root_map", "$input.path('$')", "an object prints as a Java map, arrays inside it as JSON", _J),
    ("path_array", "$input.path('$.b')", "an array prints as JSON [\"x\",\"y\"]", _J),
    ("path_array_of_objects", "$input.path('$.items')", "an array of objects prints as JSON", {"body": "{\"items\": [{\"n\": \"a\"}]}"}),
    ("path_nested_map", "$input.path('$.o')", "a nested object prints {k=v}", _J),
    ("path_string", "$input.path('$.s')", "a string prints unquoted", _J),
    ("path_numbers", "$input.path('$.i') $input.path('$.d') $input.path('$.h') $input.path('$.e') $input.path('$.small') $input.path('$.big') $input.path('$.neg')", "JSON numbers become Integer/Double/BigInteger and print Java-style", _NUM),
    ("path_null_and_missing", "[$input.path('$.n')][$input.path('$.nope')]", "JSON null and a miss both render \"\" (E2)", _J),
    ("path_null_equals_empty", "#set($r = $input.path('$.n'))#if($r == $null)A#end#if($r == '')B#end", "a JSON null equals both $null and '' (AWS-recorded)", _J),
    ("path_booleans_in_if", "#if($input.path('$.t'))T#{else}F#end#if($input.path('$.f'))T#{else}F#end", "JSON booleans in #if", _J),
    ("path_size_and_index", "$input.path('$.b').size() $input.path('$.b')[0] $input.path('$.b').get(1)", "list methods on a JSON array", _J),
    ("path_foreach", "#foreach($x in $input.path('$.b'))[$x]#end", "iterate a JSON array", _J),
    ("path_foreach_map_values", "#foreach($v in $input.path('$.o'))[$v]#end", "iterating a JSON object gives its values", _J),
    ("path_keyset", "#foreach($k in $input.path('$').keySet())$k,#end", "keySet of the root object keeps document order", _J),
    ("path_property_chain", "$input.path('$').o.k $input.path('$.o').k", "properties on a parsed object", _J),
    ("path_string_methods", "$input.path('$.s').length() $input.path('$.s').toUpperCase()", "String methods on a JSON string", _J),
    ("path_mutation_visible_in_json", "#set($b = $input.path('$'))#set($b.x = 'new')#set($d = $b.remove('b'))$input.json('$')", "mutations through $input.path show in $input.json (I3)", {"body": "{\"a\": 1, \"b\": 2}"}),
    ("path_non_json_body", "$input.path('$')", "a non-JSON body is the string itself (I2)", {"body": "a=b"}),
    ("path_scalar_body", "$input.path('$')", "a scalar JSON body", {"body": "42"}),
    ("path_empty_body", "$input.path('$') $input.path('$').size()", "an empty body reads as {}"),
    ("path_top_level_array", "$input.path('$')", "a top-level array prints as JSON", {"body": "[\"a\", {\"b\": 1}]"}),
    ("path_class_key", "$input.path('$').class", "a JSON key named class: .class calls getClass()", {"body": "{\"class\": \"c\"}"}),
    ("path_hyphen_key", "$input.path('$').partition-key $input.path('$.partition-key')", "hyphenated JSON keys", {"body": "{\"partition-key\": \"p\"}"}),
    # --- $input.params
    ("params_all", "$input.params()", "$input.params() prints {path={..}, querystring={..}, header={..}}", _P),
    ("params_lookup_order", "$input.params('id') $input.params('name')", "lookup order: path, querystring, header (I6)", _P),
    ("params_header_case_insensitive", "$input.params('content-type') $input.params().header.get('CONTENT-TYPE')", "header names are case-insensitive (I5)", _P),
    ("params_multi_value_last", "$input.params('tags') $input.params('X-Multi')", "multi-valued parameters keep the last value (I7)", _P),
    ("params_missing", "[$input.params('nope')]#if($input.params('nope'))T#{else}F#end", "a missing parameter is \"\" and truthy", _P),
    ("params_querystring_loop", "#foreach($k in $input.params().querystring.keySet())$k=$input.params().querystring.get($k);#end", "iterate the querystring", _P),
    ("params_path_map", "$input.params().path $input.params().path.id", "the path parameter map", _P),
    # --- $util
    ("escape_javascript", "$util.escapeJavaScript(\"it's \"\"q\"\" / \\ é\")", "escapeJavaScript: ' \" / \\ and non-ASCII (U1)"),
    ("escape_javascript_controls", "#set($s = \"a\tb\nc\")$util.escapeJavaScript($s)", "escapeJavaScript of tab and newline"),
    ("escape_javascript_emoji", "$util.escapeJavaScript('😀')", "escapeJavaScript writes surrogate pairs as two \\u escapes"),
    ("escape_javascript_undo_quote", "$util.escapeJavaScript(\"it's\").replaceAll(\"\\\\'\", \"'\")", "the AWS idiom that undoes \\'"),
    ("url_encode", "$util.urlEncode('a b&c=d/é*~+')", "urlEncode is URLEncoder UTF-8 (U3)"),
    ("url_decode", "$util.urlDecode('a+b%26c%3Dd%C3%A9')", "urlDecode"),
    ("base64_encode", "$util.base64Encode('hello é')", "base64Encode over UTF-8 (U4)"),
    ("base64_decode", "$util.base64Decode('aGVsbG8gw6k=')", "base64Decode to a string"),
    ("base64_round_trip", "$util.base64Decode($util.base64Encode('a/b?c'))", "round trip"),
    ("parse_json", "#set($o = $util.parseJson('{\"a\": [1, 2], \"m\": {\"k\": 1.0}}'))$o $o.a $o.m.k", "parseJson gives maps and JSON arrays (U2)"),
    ("parse_json_embedded_string", "#set($o = $util.parseJson($input.path('$.payload')))$o.x", "parsing a JSON document embedded as a string", {"body": "{\"payload\": \"{\\\"x\\\": 7}\"}"}),
    ("util_on_undefined", "[$util.urlEncode($u)][$util.escapeJavaScript($u)]", "$util functions on an undefined value (E2: \"\")"),
    ("input_and_util_bare", "$input $util", "$input and $util rendered bare print {} (I8)"),
    ("input_unknown_member", "[$input.foo]", "an unknown $input member"),
    # --- $context / $stageVariables
    ("context_request_id", "$context.requestId $context.stage $context.apiId", "$context values from the defaults"),
    ("context_derived", "$context.httpMethod $context.resourcePath $context.path", "httpMethod, resourcePath and path derived from the request", _P),
    ("context_identity", "$context.identity.sourceIp [$context.identity] [$context.identity.user]", "a nested $context map prints \"\" itself (C4); null members print \"\"", ),
    ("context_user_agent", "$context.identity.userAgent", "userAgent comes from the User-Agent header", {"headers": {"User-Agent": "curl/8.0"}}),
    ("context_authorizer_claims", "$context.authorizer.claims.sub $context.authorizer.principalId [$context.authorizer.claims]", "authorizer claims from the request; the claims map prints \"\"", {"context": {"authorizer": {"principalId": "u1", "claims": {"sub": "abc-123"}}}}),
    ("context_override_set", "#set($context.responseOverride.status = 201)#set($context.requestOverride.header.X-Amz-Target = 'T')$context.responseOverride.status $context.requestOverride.header.X-Amz-Target", "setting override values (C3)"),
    ("context_missing_key", "[$context.nope]", "a missing $context key"),
    ("stage_variables", "$stageVariables.env $stageVariables['env'] $stageVariables.get('env') [$stageVariables.nope]", "stage variables; a missing one is \"\"", {"stageVariables": {"env": "dev"}}),
    ("stage_variables_map", "$stageVariables", "$stageVariables prints as a map", {"stageVariables": {"a": "1", "b": "2"}}),
    ("stage_variables_none", "$stageVariables [$stageVariables.x]", "no stage variables"),
])


# ============================================================================================
# generator
# ============================================================================================

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "tests" / "conformance"
CASE_SUFFIXES = (".vtl", ".request.json", ".expected", ".error")
ERROR_PREFIX = "oracle-java: render error: "


def request_text(req: dict | None) -> str | None:
    """The request file for a case, or None when it is the default {}."""
    if not req:
        return None
    return json.dumps(req, ensure_ascii=False, indent=None, separators=(", ", ": ")) + "\n"


def error_line(err_text: str) -> str:
    """First stderr line the single-shot oracle prints for this failure.

    In --batch mode the oracle writes describe(e) to OUTFILE.err; the single-shot CLI prints the
    same text prefixed with "oracle-java: render error: ".  Templates are named tpl-N by a
    counter in the JVM (tpl-0 for a single run); normalise so that the error does not depend on
    the position of the case in the batch.
    """
    first = err_text.split("\n", 1)[0].rstrip("\r")
    first = re.sub(r"\btpl-\d+\b", "tpl-0", first)
    return ERROR_PREFIX + first + "\n"


def render_all(oracle: str, cases: list[tuple[str, str, str, str, dict | None]]):
    """Render every case in one JVM; returns {(group, name): ("expected"|"error", bytes)}."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="gwmap-conformance-") as tmp:
        t = Path(tmp)
        empty = t / "empty.request.json"
        empty.write_text("{}\n", encoding="utf-8")
        lines = []
        for i, (g, n, tpl, _note, req) in enumerate(cases):
            vtl = t / f"{i}.vtl"
            vtl.write_bytes(tpl.encode("utf-8"))
            rt = request_text(req)
            if rt is None:
                rq = empty
            else:
                rq = t / f"{i}.request.json"
                rq.write_bytes(rt.encode("utf-8"))
            lines.append(f"{vtl} {rq} {t / f'{i}.out'}")
        lst = t / "batch.txt"
        lst.write_text("\n".join(lines) + "\n", encoding="utf-8")
        t0 = time.monotonic()
        proc = subprocess.run([oracle, "--batch", str(lst)], capture_output=True)
        elapsed = time.monotonic() - t0
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
            raise SystemExit(f"oracle failed (exit {proc.returncode})")
        for i, (g, n, *_rest) in enumerate(cases):
            out = t / f"{i}.out"
            err = t / f"{i}.out.err"
            if err.exists():
                results[(g, n)] = ("error", error_line(err.read_text(encoding="utf-8")).encode("utf-8"))
            elif out.exists():
                results[(g, n)] = ("expected", out.read_bytes())
            else:
                raise SystemExit(f"oracle produced nothing for {g}/{n}")
        summary = proc.stderr.decode("utf-8", "replace").strip()
    return results, elapsed, summary


def write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def is_case_file(p: Path) -> bool:
    return p.is_file() and p.name.endswith(CASE_SUFFIXES)


def write_corpus(out: Path, cases, results) -> tuple[int, int]:
    wanted: dict[Path, bytes] = {}
    for g, n, tpl, note, req in cases:
        d = out / g
        wanted[d / f"{n}.vtl"] = tpl.encode("utf-8")
        rt = request_text(req)
        if rt is not None:
            wanted[d / f"{n}.request.json"] = rt.encode("utf-8")
        kind, data = results[(g, n)]
        wanted[d / f"{n}.{kind}"] = data
    # index: one line per case (group, name, outcome, note), tab-separated
    idx = ["# group\tname\toutcome\tnote  (generated by tools/conformance/cases.py; do not edit)"]
    for g, n, tpl, note, req in cases:
        idx.append(f"{g}\t{n}\t{results[(g, n)][0]}\t{note}")
    wanted[out / "INDEX.tsv"] = ("\n".join(idx) + "\n").encode("utf-8")

    changed = sum(write_if_changed(p, b) for p, b in sorted(wanted.items()))
    removed = 0
    groups = {g for g, *_ in cases}
    if out.exists():
        for sub in sorted(out.iterdir()):
            if not sub.is_dir():
                continue
            for f in sorted(sub.iterdir()):
                if is_case_file(f) and f not in wanted:
                    f.unlink()
                    removed += 1
            if sub.name not in groups and not any(sub.iterdir()):
                sub.rmdir()
    return changed, removed


def visible(b: bytes) -> str:
    s = b.decode("utf-8", "replace")
    return (s.replace("\r", "␍").replace("\t", "⇥").replace(" ", "·").replace("\n", "⏎\n")) + "«"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle", required=True, help="path to oracle-java")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="corpus directory (default: tests/conformance)")
    ap.add_argument("--only", help="with --show: only groups/cases whose 'group/name' contains this")
    ap.add_argument("--show", action="store_true", help="print outputs (visible whitespace) instead of writing")
    args = ap.parse_args(argv)

    cases = [(g, n, tpl, note, req) for g, lst in GROUPS.items() for (n, tpl, note, req) in lst]
    if args.show and args.only:
        cases = [c for c in cases if args.only in f"{c[0]}/{c[1]}"]
    results, elapsed, summary = render_all(args.oracle, cases)
    if args.show:
        for g, n, tpl, note, req in cases:
            kind, data = results[(g, n)]
            print(f"--- {g}/{n}: {tpl!r}  [{note}]")
            print(visible(data) if kind == "expected" else "ERROR " + data.decode().strip())
        print(f"{summary} in {elapsed:.2f} s", file=sys.stderr)
        return 0
    changed, removed = write_corpus(args.out, cases, results)
    per = {g: 0 for g in GROUPS}
    errs = {g: 0 for g in GROUPS}
    for g, n, *_ in cases:
        per[g] += 1
        errs[g] += results[(g, n)][0] == "error"
    for g in GROUPS:
        print(f"{g:20} {per[g]:4} cases ({errs[g]} errors)")
    print(f"{'total':20} {len(cases):4} cases; {changed} files written, {removed} stale files removed; "
          f"oracle batch {elapsed:.2f} s ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
