"""The attribution benchmarks' own tools: the removal planter and the GUM gold scorer, on small inputs."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import yaml

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    sys.path.insert(0, str(SCRIPTS))  # as when run from the command line: the planters share scripts/planting.py
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(SCRIPTS))
    return mod


def _plant(tmp_path: Path, text: str, *args: str) -> Path:
    """Run the removal planter over one article; the folder it wrote."""
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir(exist_ok=True)
    (src / "hall.txt").write_text(text, encoding="utf-8")
    assert _load("plant_attribution").main([str(src), "--out", str(out), *args]) == 0
    return out


def _key(out: Path) -> dict:
    return yaml.safe_load((out / "key.yaml").read_text(encoding="utf-8"))


def _records(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "sites.jsonl").read_text(encoding="utf-8").splitlines()]


ARTICLE = """Town hall to be rebuilt

The council met on Monday to discuss the fire.

The fire destroyed the east wing in March, and repairs began in June.

"We will rebuild the town hall before the winter comes," Mayor Ann Lee said.

The hall opened in 1910.

The budget for the repairs will rise to $4 million next year, the finance director said.
"""


def test_planter_removes_one_attribution_per_copy(tmp_path):
    out = _plant(tmp_path, ARTICLE)
    key, records = _key(out), _records(out)
    kinds = {r["kind"]: r for r in records}
    assert set(kinds) == {"quote", "figure"}
    quote, figure = kinds["quote"], kinds["figure"]
    assert quote["removal"] == "quote" and "Lee said" not in quote["planted"]
    assert figure["removal"] == "trailing" and "director said" not in figure["planted"]
    for r in records:
        copy = (out / r["file"]).read_text(encoding="utf-8")
        (entry,) = key[r["file"]]["plants"]
        assert entry["kind"] == r["kind"] and entry["accept"] == ["attribution"]
        assert copy.count(entry["find"]) == 1
        # exactly one line differs from the clean article, the planted one
        changed = [(a, b) for a, b in zip(ARTICLE.split("\n"), copy.split("\n"), strict=True) if a != b]
        assert len(changed) == 1 and entry["find"] in changed[0][1]


def test_planter_leaves_a_statement_whose_sentence_before_names_a_source(tmp_path):
    text = ("Fire hits town hall\n\nThe fire destroyed the east wing, Mayor Ann Lee said.\n\n"
            "The budget for the repairs will rise to $4 million next year, the finance director said.\n")
    assert _key(_plant(tmp_path, text, "--kinds", "figure")) == {}
    assert len(_key(_plant(tmp_path, text.replace(", Mayor Ann Lee said", " in March"), "--kinds", "figure"))) == 1


def test_planter_leaves_a_quotation_carried_by_the_paragraph_before(tmp_path):
    text = ("Fire hits town hall\n\nMayor Ann Lee said the town would not give up on its hall.\n\n"
            "\"We will rebuild the town hall before the winter comes,\" Lee said.\n")
    assert _key(_plant(tmp_path, text, "--kinds", "quote")) == {}


RS4 = """<rst><header><relations><rel name="attribution-positive" type="rst"/><rel name="span" type="rst"/>
<rel name="elaboration-additional" type="rst"/></relations></header><body>
<segment id="1" parent="3" relname="span">The mayor said</segment>
<segment id="2" parent="3" relname="span">the hall will be rebuilt .</segment>
<segment id="4" parent="2" relname="elaboration-additional">It burned in March .</segment>
<group id="3" type="span" />
</body></rst>"""


def test_gum_scorer_counts_a_marked_attribution(tmp_path, capsys):
    gum = _load("gum_attribution")
    (tmp_path / "GUM_news_hall.rs4").write_text(RS4.replace('id="1" parent="3" relname="span"',
                                                           'id="1" parent="2" relname="attribution-positive"'),
                                                encoding="utf-8")
    assert gum.main(["--corpus", str(tmp_path)]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    speech = next(r for r in rows if r[:2] == ["speech_cue", "news"])
    assert speech[4:6] == ["1", "1"]  # one gold unit, found


def test_gum_scorer_refuses_a_folder_without_gum(tmp_path, capsys):
    gum = _load("gum_attribution")
    assert gum.main(["--corpus", str(tmp_path)]) == 2
    assert "no GUM_news" in capsys.readouterr().err


def test_gum_planter_removes_a_gold_attribution_from_the_published_text(tmp_path):
    plant = _load("plant_gum")
    rst, clean, out = tmp_path / "rst", tmp_path / "clean", tmp_path / "out"
    rst.mkdir()
    clean.mkdir()
    (rst / "GUM_news_hall.rs4").write_text(
        RS4.replace('id="1" parent="3" relname="span">The mayor said',
                    'id="1" parent="2" relname="attribution-positive">The mayor said'), encoding="utf-8")
    (clean / "GUM_news_hall.txt").write_text(
        "Town hall to burn no more\n\nThe council met on Monday.\n\nThe mayor said the hall will be rebuilt. "
        "It burned in March.\n", encoding="utf-8")
    assert plant.main(["--out", str(out), "--corpus", str(rst), "--clean", str(clean)]) == 0
    key = yaml.safe_load((out / "key.yaml").read_text(encoding="utf-8"))
    ((name, entry),) = key.items()
    (p,) = entry["plants"]
    assert p["find"] == "The hall will be rebuilt." and p["fix"] == "The mayor said the hall will be rebuilt."
    assert p["kind"] == "other"  # a plan, not a forecast
    assert "The hall will be rebuilt. It burned" in (out / name).read_text(encoding="utf-8")


def test_gum_planter_mends_what_the_removal_leaves():
    plant = _load("plant_gum")

    def cut(sentence: str, tag: str) -> str | None:
        a = sentence.index(tag)
        return plant.remove(sentence, a, a + len(tag))

    assert cut("Prices will rise this year, the minister said.", "the minister said.") == \
        "Prices will rise this year."
    assert cut("\"We will win this one,\" she said.", "she said.") == "\"We will win this one.\""
    assert cut("Police said that the man was never found.", "Police said") == "The man was never found."
    assert cut("According to NASA, the probe is lost for good.", "According to NASA,") == \
        "The probe is lost for good."
    assert cut("The big hit, Wikinews observed, was the wig room.", "Wikinews observed,") == \
        "The big hit was the wig room."
    assert cut("The church estimates that number is closer to 40,000.", "The church estimates") is None
    assert cut("NASA announces where the four orbiters will go.", "NASA announces") is None


def test_planter_drops_a_hedge_and_files_allegedly_as_a_charge(tmp_path):
    text = ("Senator heckled\n\nThe rally ended at noon.\n\n"
            "A group of protesters surrounded and allegedly threatened the senator and his wife as they left.\n")
    (r,) = _records(_plant(tmp_path, text, "--kinds", "charge"))
    assert r["removal"] == "hedge" and r["kind"] == "charge"
    assert r["planted"] == "A group of protesters surrounded and threatened the senator and his wife as they left."
