"""LanguageTool engine: mapping of the documented `/v2/check` response, de-duplication against the
built-in checkers, graceful failure. A stand-in server on loopback answers in LanguageTool's
documented format so the real language-tool-python client is exercised; test_languagetool_live.py
runs the engine against a real LanguageTool server."""

from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from conftest import cli
from copylint.api import check_source
from copylint.config import Config
from copylint.engines.languagetool import LanguageToolEngine, category_of, to_finding, utf16_to_codepoints
from copylint.model import Category, Severity
from copylint.registry import all_checkers


def lt_match(offset, length, rule_id, category, issue_type, message="msg", replacements=()):
    """One match as LanguageTool's /v2/check documents it."""
    return {
        "message": message,
        "shortMessage": "",
        "replacements": [{"value": r} for r in replacements],
        "offset": offset,
        "length": length,
        "context": {"text": "...", "offset": 0, "length": length},
        "sentence": "...",
        "type": {"typeName": "Other"},
        "rule": {"id": rule_id, "description": "d", "issueType": issue_type,
                 "category": {"id": category, "name": category.title()}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


@pytest.mark.parametrize("category, issue, expected", [
    ("TYPOS", "misspelling", Category.SPELLING),
    ("GRAMMAR", "grammar", Category.GRAMMAR),
    ("PUNCTUATION", "typographical", Category.PUNCTUATION),
    ("TYPOGRAPHY", "typographical", Category.PUNCTUATION),
    ("CONFUSED_WORDS", "misspelling", Category.TYPO),
    ("REDUNDANCY", "style", Category.STYLE),
    ("SOMETHING_NEW", "grammar", Category.GRAMMAR),
    ("SOMETHING_NEW", "weird", Category.STYLE),
])
def test_category_mapping(category, issue, expected):
    assert category_of(lt_match(0, 1, "X", category, issue)) is expected


def test_match_to_finding():
    text = "He go to work."
    f = to_finding(lt_match(3, 2, "HE_VERB_AGR", "GRAMMAR", "grammar", "Use 'goes'.", ["goes", "went"]), text)
    assert (f.start, f.end, f.rule, f.category, f.severity) == (3, 5, "grammar.languagetool", Category.GRAMMAR,
                                                                Severity.WARNING)
    assert f.suggestions == ("goes", "went") and "HE_VERB_AGR" in f.message
    assert to_finding(lt_match(10, 20, "X", "GRAMMAR", "grammar"), text) is None  # outside the text


def test_utf16_offsets_convert_to_code_points():
    text = "a😀b c"
    assert utf16_to_codepoints(text, 3) == 2  # 'b' is UTF-16 unit 3, code point 2


class _FakeLT(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def _send(self, obj):
        body = json.dumps(obj).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/v2/languages"):
            self._send([{"name": "English (US)", "code": "en", "longCode": "en-US"},
                        {"name": "English (Canada)", "code": "en", "longCode": "en-CA"}])
        else:
            self.send_error(404)

    def do_POST(self):
        n = int(self.headers.get("Content-Length", 0))
        text = urllib.parse.parse_qs(self.rfile.read(n).decode())["text"][0]
        matches = []
        for word, rule, cat, issue in [("go", "HE_VERB_AGR", "GRAMMAR", "grammar"),
                                       ("the the", "ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication"),
                                       ("recieve", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling"),
                                       ("aint", "AINT", "GRAMMAR", "grammar")]:
            i = text.find(word)
            if i >= 0:
                # LanguageTool counts UTF-16 units
                units = len(text[:i].encode("utf-16-le")) // 2
                matches.append(lt_match(units, len(word), rule, cat, issue, f"Check '{word}'.", ["x"]))
        self._send({"software": {"name": "LanguageTool"}, "language": {"code": "en-US"}, "matches": matches})


@pytest.fixture(scope="module")
def fake_server():
    server = HTTPServer(("127.0.0.1", 0), _FakeLT)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_engine_against_a_server(fake_server):
    text = "Headline\n\n😀 He go to work and the the cat will recieve it. “I aint going,” she said.\n"
    engine = LanguageToolEngine(url=fake_server)
    cfg = Config()
    diags = check_source(text, "a.txt", cfg, (*[c for c in all_checkers() if c.meta.id == "typo.doubled-word"],
                                              engine))
    got = [(d.rule, text[d.start : d.end]) for d in diags]
    # "the the" is the built-in's; LanguageTool's duplicate is dropped. "aint" is inside a quote.
    assert got == [("grammar.languagetool", "go"), ("typo.doubled-word", "the the"),
                   ("spelling.languagetool", "recieve")]
    assert engine.unavailable is None


def test_cli_flag_with_url(fake_server, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Headline\n\nHe go to work.\n")
    r = cli("check", "--no-config", f"--languagetool={fake_server}", str(p))
    assert "grammar.languagetool" in r.out and r.code == 1


def test_unreachable_server_warns_once_and_the_run_goes_on(tmp_path):
    for n in "ab":
        (tmp_path / f"{n}.txt").write_text("Headline\n\nThe the council met.\n")
    r = cli("check", "--no-config", "--languagetool=http://127.0.0.1:9/", str(tmp_path))
    assert r.err.count("LanguageTool skipped") == 1
    assert r.out.count("typo.doubled-word") == 2 and r.code == 1


def test_config_key_enables_it(tmp_path, fake_server):
    (tmp_path / ".copylint.yaml").write_text(f"languagetool: {fake_server}\n")
    p = tmp_path / "a.txt"
    p.write_text("Headline\n\nHe go to work.\n")
    assert "grammar.languagetool" in cli("check", str(p)).out


def test_rule_set_default_expands_and_all_lifts_the_limit(fake_server):
    from copylint.engines.languagetool import DEFAULT_RULES

    tool = LanguageToolEngine(url=fake_server, rules=("default", "EN_A_VS_AN", "LOOSE_LOSE"))._connect()
    assert tool.enabled_rules == {*DEFAULT_RULES, "EN_A_VS_AN"} and tool.enabled_rules_only
    assert LanguageToolEngine(url=fake_server)._connect().enabled_rules == set(DEFAULT_RULES)
    assert not LanguageToolEngine(url=fake_server, rules=("all",))._connect().enabled_rules_only
