"""Configuration: discovery, strict loading with file:line errors, selection and severities."""

from __future__ import annotations

import pytest

from copylint.config import Config, find, load
from copylint.loading import LoadError
from copylint.model import Severity


def test_found_by_walking_up(tmp_path):
    (tmp_path / ".copylint.yaml").write_text("dialect: en-CA\naccept: [Tremblay]\n")
    sub = tmp_path / "news" / "2024"
    sub.mkdir(parents=True)
    found = find(str(sub / "story.txt"))
    assert found == str(tmp_path / ".copylint.yaml")
    cfg = load(found)
    assert cfg.dialect == "en-CA" and cfg.accept == frozenset({"tremblay"})


def test_pyproject_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.copylint]\nignore = ["style"]\nfail-on = "error"\n'
    )
    cfg = load(find(str(tmp_path)))
    assert cfg.ignore == ("style",) and cfg.fail_on is Severity.ERROR


def test_pyproject_without_table_is_not_a_config(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find(str(tmp_path)) is None or not find(str(tmp_path)).startswith(str(tmp_path))


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("dialect: en-CA\nselct: [grammar]\n", 2, "unknown key 'selct'"),
        ("dialect: en-AU\n", 1, "'dialect' must be one of"),
        ("ignore: 3\n", 1, "'ignore' must be a list of strings"),
        ("severity:\n  grammar: loud\n", 2, "severity of 'grammar'"),
        ("select: [a\n", 2, "invalid YAML"),
        ("a: 1\na: 2\n", 2, "duplicate key"),
    ],
)
def test_bad_yaml_config_names_file_and_line(tmp_path, text, line, words):
    p = tmp_path / ".copylint.yaml"
    p.write_text(text)
    with pytest.raises(LoadError) as e:
        load(str(p))
    assert str(e.value).startswith(f"{p}:{line}: ")
    assert words in str(e.value)
    assert "\n" not in str(e.value)


def test_bad_toml_config_names_line(tmp_path):
    p = tmp_path / "pyproject.toml"
    p.write_text('[tool.copylint]\n\nselect = ["grammar"]\nnumber-style = "mla"\n')
    with pytest.raises(LoadError, match=r"pyproject.toml:4: 'number-style' must be one of"):
        load(str(p))


def test_yaml_is_loaded_safely(tmp_path):
    p = tmp_path / ".copylint.yaml"
    p.write_text("accept: !!python/object/apply:os.system ['echo hacked']\n")
    with pytest.raises(LoadError, match="invalid YAML"):
        load(str(p))


def test_select_ignore_and_prefixes():
    cfg = Config(select=("grammar", "typo.doubled-word"), ignore=("grammar.missing-of",))
    assert cfg.enabled("grammar.pronoun-case", "grammar")
    assert cfg.enabled("typo.doubled-word", "typo")
    assert not cfg.enabled("typo.its-its", "typo")
    assert not cfg.enabled("grammar.missing-of", "grammar")
    assert Config().enabled("style.wordy", "style")
    assert not Config().enabled("style.lt", "style", opt_in=True)
    assert Config(select=("style.lt",)).enabled("style.lt", "style", opt_in=True)


def test_severity_overrides_prefer_the_most_specific():
    cfg = Config(severity=(("style", Severity.INFO), ("style.wordy", Severity.ERROR)))
    assert cfg.severity_of("style.wordy", "style", Severity.WARNING) is Severity.ERROR
    assert cfg.severity_of("style.other", "style", Severity.WARNING) is Severity.INFO
    assert cfg.severity_of("grammar.x", "grammar", Severity.WARNING) is Severity.WARNING


def test_per_path_ignores(tmp_path):
    p = tmp_path / ".copylint.yaml"
    p.write_text("per-path-ignores:\n  'archive/**': [numbers]\n  'wire/*.txt': attribution\n")
    cfg = load(str(p))
    assert not cfg.enabled("numbers.count-mismatch", "numbers", str(tmp_path / "archive/2019/a.txt"))
    assert cfg.enabled("numbers.count-mismatch", "numbers", str(tmp_path / "news/a.txt"))
    assert not cfg.enabled("attribution.vague-source", "attribution", str(tmp_path / "wire/x.txt"))


def test_extra_rule_folders_resolve_from_the_config(tmp_path):
    p = tmp_path / ".copylint.yaml"
    p.write_text("rules: [house-rules]\n")
    (tmp_path / "house-rules").mkdir()
    assert load(str(p)).rules == (str(tmp_path / "house-rules"),)
