"""The LanguageTool engine against a real LanguageTool server, fetched from Maven Central and started by
scripts/languagetool-server (or the one COPYLINT_LANGUAGETOOL_URL names). Skipped only when Java or
Maven is missing (and failed then when COPYLINT_REQUIRE_LANGUAGETOOL is set, as in CI). All of this
module runs on one test worker, so one server serves it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import ROOT, cli
from copylint.api import check_source
from copylint.config import Config
from copylint.engines.languagetool import LanguageToolEngine
from copylint.registry import all_checkers

pytestmark = pytest.mark.xdist_group("languagetool")
SCRIPT = [sys.executable, str(ROOT / "scripts" / "languagetool-server")]


@pytest.fixture(scope="module")
def server():
    given = os.environ.get("COPYLINT_LANGUAGETOOL_URL")
    if given:
        yield given.rstrip("/")
        return
    missing = [t for t in ("java", "mvn") if not shutil.which(t)]
    if missing:
        why = f"a LanguageTool server needs {' and '.join(missing)}, which this machine lacks"
        (pytest.fail if os.environ.get("COPYLINT_REQUIRE_LANGUAGETOOL") else pytest.skip)(why)
    done = subprocess.run([*SCRIPT, "start"], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    url = done.stdout.strip()
    yield url
    subprocess.run([*SCRIPT, "stop", url], capture_output=True, timeout=60)


def found(text, engine, path="a.txt", builtins=()):
    checkers = [c for c in all_checkers() if c.meta.id in builtins]
    return [(d.rule, text[d.start:d.end]) for d in check_source(text, path, Config(), (*checkers, engine))]


def test_categories_are_mapped(server):
    engine = LanguageToolEngine(url=server, rules=("all",))
    got = found("Headline\n\nHe go to work yesterday , and she recieve the letters.\n", engine)
    assert ("grammar.languagetool", "go") in got
    assert ("spelling.languagetool", "recieve") in got
    assert ("punctuation.languagetool", " ,") in got
    assert engine.unavailable is None


def test_offsets_after_astral_characters_and_crlf(server):
    engine = LanguageToolEngine(url=server, rules=("all",))
    text = "Headline\r\n\r\n\U0001F600\U0001F4F0 He go to work.\r\n\r\n\U0001F600 She recieve the letters.\r\n"
    got = found(text, engine)
    assert ("grammar.languagetool", "go") in got and ("spelling.languagetool", "recieve") in got


def test_grammar_inside_quotations_is_left_alone(server):
    engine = LanguageToolEngine(url=server, rules=("all",))
    text = "Headline\n\n\u201cHe go to work every day,\u201d she said. Then he go home.\n"
    got = [(d.rule, d.start) for d in check_source(text, "a.txt", Config(), (engine,))
           if d.rule == "grammar.languagetool"]
    assert got == [("grammar.languagetool", text.rindex("go"))]


def test_matches_overlapping_a_builtin_finding_are_dropped(server):
    engine = LanguageToolEngine(url=server, rules=("all",))
    text = "Headline\n\nThe council voted on the the budget on Monday.\n"
    assert ("typo.doubled-word", "the the") in found(text, engine, builtins=("typo.doubled-word",))
    alone = found(text, LanguageToolEngine(url=server, rules=("all",)))
    assert any("the" in t for r, t in alone), alone  # LanguageTool sees it too: the drop is real
    both = found(text, engine, builtins=("typo.doubled-word",))
    assert [r for r, _ in both] == ["typo.doubled-word"]


def test_only_the_chosen_rules_run(server):
    text = "Headline\n\nHe go to work yesterday, and she recieve the letters.\n"
    only = found(text, LanguageToolEngine(url=server, rules=("MORFOLOGIK_RULE_EN_US",)))
    assert only == [("spelling.languagetool", "recieve")]


class _Proxy(BaseHTTPRequestHandler):
    """Forwards to the real server and counts requests; `delay` makes it slow."""

    target = ""
    delay = 0.0
    seen: list[str] = []

    def log_message(self, *a):
        pass

    def _forward(self, body=None):
        type(self).seen.append(f"{self.command} {self.path.split('?')[0]}")
        time.sleep(self.delay)
        req = urllib.request.Request(self.target + self.path, data=body, method=self.command,
                                     headers={"Content-Type": self.headers.get("Content-Type", "")})
        with urllib.request.urlopen(req, timeout=30) as r:  # noqa: S310 - loopback
            data = r.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self._forward()

    def do_POST(self):
        self._forward(self.rfile.read(int(self.headers.get("Content-Length", 0))))


@pytest.fixture
def proxy(server):
    handler = type("P", (_Proxy,), {"target": server, "delay": 0.0, "seen": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd, handler, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_server_dying_mid_run_gives_one_warning_and_the_builtin_findings(proxy):
    httpd, _, url = proxy
    engine = LanguageToolEngine(url=url, rules=("all",))
    text = "Headline\n\nHe go to work, and the the council met.\n"
    assert ("grammar.languagetool", "go") in found(text, engine, builtins=("typo.doubled-word",))
    httpd.shutdown()
    httpd.server_close()
    t = time.monotonic()
    for _ in range(3):
        assert found(text, engine, builtins=("typo.doubled-word",)) == [("typo.doubled-word", "the the")]
    assert time.monotonic() - t < 10
    assert engine.unavailable.startswith("LanguageTool skipped from here on: the server failed")


def test_a_slow_server_is_bounded_by_the_timeout(proxy):
    _, handler, url = proxy
    engine = LanguageToolEngine(url=url, rules=("all",), timeout=1.0)
    engine._connect()  # the client, while the server is quick
    handler.delay = 5.0
    t = time.monotonic()
    text = "Headline\n\nHe go to work, and the the council met.\n"
    assert found(text, engine, builtins=("typo.doubled-word",)) == [("typo.doubled-word", "the the")]
    assert time.monotonic() - t < 4.5  # two tries of one second, not five seconds each
    assert found(text, engine, builtins=("typo.doubled-word",)) == [("typo.doubled-word", "the the")]
    assert time.monotonic() - t < 4.5  # and no more tries once it has failed


def test_many_files_reuse_one_client(proxy, tmp_path):
    _, handler, url = proxy
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(f"Headline {n}\n\nHe go to work on day {n}.\n")
    (tmp_path / ".copylint.yaml").write_text("languagetool-rules: [all]\n")
    r = cli("check", "--jobs", "1", f"--languagetool={url}", "--select", "grammar", str(tmp_path))
    assert r.out.count("grammar.languagetool") == 5, r.out + r.err
    assert handler.seen.count("POST /v2/check") == 5
    assert len(handler.seen) - 5 <= 1, handler.seen  # set-up requests, once for all the files


def test_local_languagetool_from_the_cache(server, tmp_path, monkeypatch):
    """`--languagetool` alone starts the LanguageTool the script installed, as a user's would be."""
    if os.environ.get("COPYLINT_LANGUAGETOOL_URL") and not shutil.which("mvn"):
        pytest.skip("no Maven to install a local LanguageTool")
    folder = subprocess.run([*SCRIPT, "path"], capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run([*SCRIPT, "fetch"], capture_output=True, text=True, check=True, timeout=900)
    monkeypatch.setenv("LTP_PATH", folder)
    (tmp_path / "a.txt").write_text("Headline\n\nHe go to work yesterday.\n")
    (tmp_path / ".copylint.yaml").write_text("languagetool-rules: [all]\n")
    r = cli("check", "--languagetool", "--select", "grammar", str(tmp_path / "a.txt"))
    assert "grammar.languagetool" in r.out, r.out + r.err


def test_the_default_rules_are_the_chosen_few(server):
    engine = LanguageToolEngine(url=server)  # DEFAULT_RULES
    got = found("Headline\n\nHe go to work. Their is a problem, and they will loose the game.\n", engine)
    assert [t for _, t in got] == ["Their", "loose"], got  # not "go": HE_VERB_AGR is not among them
