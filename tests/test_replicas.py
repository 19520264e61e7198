"""Two app replicas over one index folder (as behind a load balancer): both answer, and both
serve a rebuild made by a separate build job, without a restart (docs/scaling.md)."""

import shutil
import subprocess
import sys

import pytest

from assistant.config import PROJECT_ROOT
from assistant.measure.http_load import run_load
from conftest import seeds_copy

LIGHTHOUSE = """# The Lighthouse: press notes

## Interview with Odile Varga, director

**Who built the foghorn?**

A retired sailor from Brest built the foghorn for us out of an old ship's whistle.

**How did you find the lighthouse?**

I walked the whole coast of Brittany for a summer before I found the lighthouse at Kermorvan.
"""


@pytest.mark.slow
def test_two_replicas_share_one_index_and_both_pick_up_a_rebuild(tmp_path, built_settings):
    from assistant.measure.serving import running_app

    seeds, index = seeds_copy(tmp_path), tmp_path / "index"
    shutil.copytree(built_settings.index_dir, index, symlinks=True)
    flags = ["--seeds", str(seeds)]
    with running_app(index, tmp_path / "a.log", flags=flags) as first, running_app(index, tmp_path / "b.log", flags=flags) as second:
        for replica in (first, second):
            asked = run_load(replica.url, ["Who taught Melanie Laurent to play the violin?"], 2, 3, expected="Mélanie Laurent")
            assert asked.errors == 0 and asked.questions == 6
            before = run_load(replica.url, ["Who built the foghorn?"], 1, 1, expected="Odile Varga")
            assert before.errors == 1, "the new press kit is not in the index yet"
        (seeds / "lighthouse.md").write_text(LIGHTHOUSE, encoding="utf-8")
        build = subprocess.run([sys.executable, "-m", "assistant", "build", "--seeds", str(seeds), "--index", str(index)],
                               cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
        assert build.returncode == 0, build.stderr[-2000:]
        assert "149 cached, 2 embedded" in build.stdout, build.stdout
        for replica in (first, second):
            after = run_load(replica.url, ["Who built the foghorn?"], 1, 2, expected="A retired sailor from Brest")
            assert after.errors == 0, f"{replica.url} still serves the old index"
            still = run_load(replica.url, ["Who taught Melanie Laurent to play the violin?"], 1, 1, expected="Mélanie Laurent")
            assert still.errors == 0
        for replica, log in ((first, "a.log"), (second, "b.log")):
            assert "Reloaded the rebuilt index" in (tmp_path / log).read_text(), f"{replica.url} did not reload"
