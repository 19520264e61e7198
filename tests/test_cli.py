"""End to end with the real packaged model: build, ask (text and JSON), passages, eval."""

import json
import os
import subprocess
import sys

import pytest

from assistant.cli import main
from assistant.config import PROJECT_ROOT

RESULT_KEYS = {"rank", "id", "speaker", "interview", "question", "text", "score", "source", "lines", "unit"}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_json_follows_the_contract_and_finds_the_violin_teacher(built_settings, capsys):
    code, out, _ = run(capsys, "ask", "Who taught Melanie Laurent to play the violin?", "--json", "--top-k", "4", "--index", str(built_settings.index_dir))
    assert code == 0
    answer = json.loads(out)
    assert set(answer) == {"query", "abstained", "shared_prompt", "unread_language", "asks_for_advice", "results"}
    assert answer["shared_prompt"] is None and answer["unread_language"] is None and answer["asks_for_advice"] is False
    assert answer["abstained"] is False and len(answer["results"]) == 4
    assert all(set(r) == RESULT_KEYS for r in answer["results"])
    assert [r["rank"] for r in answer["results"]] == [1, 2, 3, 4]
    top = answer["results"][0]
    assert top["speaker"] == "Mélanie Laurent" and "Sarah Nemtanu" in top["text"]
    assert top["question"] == "How was your training with the violin?"
    assert top["interview"] == "A Conversation with Mélanie Laurent"
    assert top["source"] == "the_concert_press_kit.txt" and top["lines"][0] <= 2026 <= top["lines"][1]


def test_off_topic_questions_abstain_with_empty_results(built_settings, capsys):
    code, out, _ = run(capsys, "ask", "What is the capital of Australia?", "--json", "--index", str(built_settings.index_dir))
    assert code == 0 and json.loads(out) == {
        "query": "What is the capital of Australia?", "abstained": True, "shared_prompt": None, "unread_language": None,
        "asks_for_advice": False, "results": [],
    }


def test_questions_file_prints_one_object_per_line_in_order(built_settings, capsys, tmp_path):
    questions = ["How long is the full concerto?", "How do I change a flat tyre?", "Where were the Moscow scenes shot?"]
    path = tmp_path / "questions.txt"
    path.write_text("\n".join(questions) + "\n\n", encoding="utf-8")
    code, out, _ = run(capsys, "ask", "--questions-file", str(path), "--json", "--index", str(built_settings.index_dir))
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [a["query"] for a in answers] == questions
    assert [a["abstained"] for a in answers] == [False, True, False]
    assert "22 minutes" in " ".join(r["text"] for r in answers[0]["results"])


def test_a_bad_line_in_a_questions_file_is_reported_and_the_others_answered(built_settings, capsys, tmp_path):
    path = tmp_path / "questions.txt"
    path.write_text("How long is the full concerto?\n\x01\x02\x1b\x07\nWhere were the Moscow scenes shot?\n", encoding="utf-8")
    code, out, err = run(capsys, "ask", "--questions-file", str(path), "--json", "--index", str(built_settings.index_dir))
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and [a["query"] for a in answers] == ["How long is the full concerto?", "Where were the Moscow scenes shot?"]
    assert err.strip().splitlines()[-1] == f"error: {path}:2: The question is empty: type a question about the film, e.g. “How did Mélanie Laurent learn the violin?”"


@pytest.mark.parametrize("top_k", ["0", "51", "-3"])
def test_a_passage_count_out_of_range_is_refused(built_settings, capsys, top_k):
    code, out, err = run(capsys, "ask", "Who composed the music?", "--top-k", top_k, "--index", str(built_settings.index_dir))
    assert code == 2 and out == "" and f"must be a whole number from 1 to 50, not '{top_k}'" in err


def test_ask_filters_by_speaker_and_document_as_the_app_does(built_settings, capsys):
    index = ("--index", str(built_settings.index_dir))
    code, out, _ = run(capsys, "ask", "How did she learn the violin?", "--json", "--speaker", "Armand Amar", "--document", "The Concert press kit", *index)
    assert code == 0 and {r["speaker"] for r in json.loads(out)["results"]} == {"Armand Amar"}
    code, out, err = run(capsys, "ask", "How did she learn the violin?", "--document", "Night Bus", *index)
    assert code == 2 and out == "" and "No document titled 'Night Bus': pick one of 'The Concert press kit'" in err


def test_ask_text_shows_rank_speaker_prompt_quote_and_citation(built_settings, capsys):
    code, out, _ = run(capsys, "ask", "How long is the full concerto?", "--index", str(built_settings.index_dir))
    assert code == 0
    assert "1. Armand Amar" in out
    assert "Q: How did you adapt Tchaikovsky’s Concerto" in out
    assert '[1] Armand Amar, "A Conversation with Armand Amar", The Concert press kit, lines 1072-' in out


def test_on_topic_dev_style_questions_never_abstain(built_settings, capsys, tmp_path):
    questions = [
        "Why did the director's father change his name?",
        "Which orchestra did they replace in Paris?",
        "What does Miou Miou think ultimate harmony is?",
        "Did the Russian actors speak French?",
    ]
    path = tmp_path / "questions.txt"
    path.write_text("\n".join(questions), encoding="utf-8")
    code, out, _ = run(capsys, "ask", "--questions-file", str(path), "--json", "--index", str(built_settings.index_dir))
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [a["query"] for a in answers] == questions
    assert [a["abstained"] for a in answers] == [False] * 4 and all(a["results"] for a in answers)


def test_ask_without_an_index_says_how_to_build_it(capsys, tmp_path):
    code, _, err = run(capsys, "ask", "Anything?", "--index", str(tmp_path / "none"))
    assert code == 2 and "python -m assistant build" in err and "Traceback" not in err


def test_ask_with_a_wrong_model_path_names_the_problem(built_settings, capsys, tmp_path):
    code, _, err = run(capsys, "ask", "Anything?", "--index", str(built_settings.index_dir), "--model", str(tmp_path / "no-model"))
    assert code == 2 and "does not exist" in err


def test_passages_json_prints_every_passage_with_the_contract_keys(capsys):
    code, out, _ = run(capsys, "passages", "--json")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 149
    assert set(records[0]) >= {"id", "speaker", "interview", "question", "text", "source", "lines"}
    assert records[0]["speaker"] is None and records[0]["question"] is None and records[0]["interview"] == "Synopsis"
    assert len({r["id"] for r in records}) == len(records)


def test_build_leaves_an_up_to_date_index_alone(built_settings, capsys):
    before = (built_settings.index_dir / "current").resolve()
    code, out, _ = run(capsys, "build", "--index", str(built_settings.index_dir))
    assert code == 0
    assert out.splitlines() == [
        "the_concert_press_kit.txt: 149 passages, 10 interviews, 10 interviewees",
        "1 document, 149 passages: index up to date, nothing embedded.",
    ]
    assert (built_settings.index_dir / "current").resolve() == before


def test_python_dash_m_runs_as_a_program(built_settings):
    completed = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "Who wrote the English version of the script?", "--json", "--index", str(built_settings.index_dir)],
        capture_output=True, text=True, cwd=PROJECT_ROOT, env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}, timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    assert not json.loads(completed.stdout)["abstained"]


def test_ask_does_not_import_the_web_stack(built_settings):
    code = (
        "import sys; from assistant.cli import main; "
        f"main(['ask', 'Who composed the music?', '--json', '--index', {str(built_settings.index_dir)!r}]); "
        "print('gradio' in sys.modules, 'matplotlib' in sys.modules)"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines()[-1] == "False False"


def test_inspect_shows_how_each_document_is_understood_without_building(capsys, tmp_path):
    zahn = PROJECT_ROOT / "tests" / "data" / "external" / "zahn_adria_interview.md"
    notes = tmp_path / "notes.md"
    notes.write_text("Q: Why this film?\n\nBecause I had to.\n\nQ: And next?\n\nA musical.\n", encoding="utf-8")
    code, out, _ = run(capsys, "inspect", str(zahn), str(notes), "--index", str(tmp_path / "no-index"))
    assert code == 0 and not (tmp_path / "no-index").exists()
    reports = out.split("\n\n")
    assert reports[0].splitlines()[:5] == [
        "zahn_adria_interview.md (markdown)",
        "  title: Interview with Zahn members Felix and Chris",
        "  passages: 20",
        "  interviewees: Felix Gebhard, Chris Breuer, Felix Gebhard and Chris Breuer",
        "  interviewer: Anne",
    ]
    assert "    Felix Gebhard: 12 / 12" in reports[0]
    assert "  interviewees: none found" in reports[1]
    assert '  warning: 2 answers have no interviewee: add "interviewees": ["Full Name"] to notes.meta.json' in reports[1]


def test_inspect_names_a_missing_file(capsys, tmp_path):
    code, _, err = run(capsys, "inspect", str(tmp_path / "nope.pdf"))
    assert code == 2 and "nope.pdf does not exist" in err
