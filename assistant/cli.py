"""Command line: `python -m assistant {passages,build,ask,eval}`.

Examples:
  python -m assistant build                # embeds only what changed
  python -m assistant ask "How did Mélanie Laurent learn the violin?"
  python -m assistant ask "Who wrote the music?" --top-k 5 --json
  python -m assistant ask --questions-file questions.txt --json
  python -m assistant ask "What does everyone say about ultimate harmony?" --export csv > harmony.csv
  python -m assistant passages --json
  python -m assistant eval tests/data/questions.jsonl --baseline
  python -m assistant bench
  python -m assistant bench --scale 10000,100000,1000000 --plot docs
  python -m assistant build --model /path/to/another/sentence-transformers-model
  python -m assistant user add alice --role editor --auth-file users.toml
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from assistant.config import Settings
from assistant.service import add_common_flags, settings_from

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    add_common_flags(common)
    common.add_argument("-v", "--verbose", action="store_true", help="log what is happening")

    parser = argparse.ArgumentParser(
        prog="python -m assistant",
        description="Ask a film's press kit questions and get attributed, citable quotes.",
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)

    inspect = commands.add_parser("inspect", parents=[common], help="show how documents are understood, without building")
    inspect.add_argument("files", nargs="*", type=Path, help="documents to inspect (default: every document in the seeds folder)")
    inspect.add_argument("--passages", action="store_true", help="also print each passage with its speaker and prompt")

    passages = commands.add_parser("passages", parents=[common], help="print the parsed passages")
    passages.add_argument("--json", action="store_true", help="one JSON object per line")

    build = commands.add_parser("build", parents=[common], help="embed the seeds and write the index")
    build.add_argument("--force", action="store_true", help="rebuild even when the index is up to date (cached vectors are reused)")

    ask = commands.add_parser("ask", parents=[common], help="ask a question")
    ask.add_argument("question", nargs="?", help="the question, in quotes")
    ask.add_argument("--top-k", type=int, default=None, help="how many passages (default 3)")
    ask.add_argument("--speaker", help="only this interviewee's answers (as the app's speaker filter names them)")
    ask.add_argument("--document", help="only this document, by its title (as `inspect` prints it)")
    ask.add_argument("--json", action="store_true", help="print the JSON contract instead of text")
    ask.add_argument("--questions-file", type=Path, help="one question per line; with --json, one object per line")
    ask.add_argument("--reranker", help="cross-encoder name or folder to re-score the best 30 candidates (off by default)")
    ask.add_argument("--export", choices=["md", "csv"], help="print the cited passages as Markdown or CSV, for an article or a spreadsheet")

    evaluate = commands.add_parser("eval", parents=[common], help="measure retrieval on a question file (JSON lines)")
    evaluate.add_argument("file", type=Path, help="questions in the dev_questions.jsonl format")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--baseline", action="store_true", help="also score fixed-size chunks of the raw text (reference)")
    evaluate.add_argument("--reranker", help="cross-encoder name or folder to re-score the best 30 candidates")
    docset = commands.add_parser("eval-docs", parents=[common], help="measure a set of documents, each indexed alone")
    docset.add_argument("folder", type=Path, help="a folder with documents.json, e.g. tests/data/external")
    docset.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench = commands.add_parser("bench", parents=[common], help="time questions (medians, ratios)")
    bench.add_argument("--repeats", type=int, default=20, help="passes over the benchmark questions")
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument("--quick", action="store_true", help="only the in-process question timings")
    bench.add_argument("--parsing", action="store_true", help="also parse 1, 2 and 4 MB texts (is parsing linear?)")
    bench.add_argument("--scale", help="also synthetic corpora of these sizes, e.g. 10000,100000,1000000 (slow)")
    bench.add_argument("--plot", type=Path, help="with --scale: write performance.png into this folder")
    user = commands.add_parser("user", parents=[common], help="manage who may log in to the web app")
    user_commands = user.add_subparsers(dest="user_command", required=True)
    user_add = user_commands.add_parser("add", help="add or replace a user (asks for the password)")
    user_add.add_argument("name", help="the login name")
    user_add.add_argument("--role", choices=["reader", "editor"], default="reader", help="readers ask and read; editors also change the library")
    user_add.add_argument("--auth-file", type=Path, default=Path("users.toml"), help="the users file (default users.toml)")
    user_add.add_argument("--password-stdin", action="store_true", help="read the password from standard input (for scripts)")
    return parser


def _passages(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.ingest.documents import load_passages

    for passage in load_passages(settings.seeds_dir, settings.max_passage_words):
        if args.json:
            print(json.dumps(passage.to_json(), ensure_ascii=False))
        else:
            print(f"[{passage.place()}] {passage.speaker or passage.interview}\n  Q: {passage.question}\n  {passage.text}\n")
    return 0


def _inspect(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.ingest.documents import document_paths, inspect_document, parse_document

    paths = args.files or document_paths(settings.seeds_dir)
    for number, path in enumerate(paths):
        if not path.is_file():
            raise FileNotFoundError(f"{path} does not exist: give the path of a document to inspect.")
        report = inspect_document(path, settings.max_passage_words)
        print(("\n" if number else "") + report.describe())
        if args.passages and not report.skipped:
            for passage in parse_document(path, settings.max_passage_words)[0]:
                print(f"  [{passage.place()}] {passage.speaker or '-'} | {passage.question or '-'}\n      {passage.text[:160]}")
    return 0


def _user(args: argparse.Namespace, settings: Settings) -> int:
    import getpass

    from assistant.users import add_user

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("Again: ") != password:
            raise ValueError("The two passwords differ: run the command again.")
    add_user(args.auth_file, args.name, args.role, password)
    print(f"{args.name} ({args.role}) saved in {args.auth_file}; start the app with --auth-file {args.auth_file}.")
    return 0


def _build(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.build import build_index

    report = build_index(settings, progress=sys.stderr.isatty(), force=args.force)
    for line in report.documents:
        print(line)
    print(report.summary())
    return 0


def _questions(args: argparse.Namespace) -> list[tuple[str, str]]:
    """(where, question) for each question: the command line's, or each non-blank line of the file."""
    if args.questions_file:
        try:
            lines = args.questions_file.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError) as error:
            raise ValueError(f"Cannot read questions from {args.questions_file}: {error}") from error
        return [(f"{args.questions_file}:{number}", line) for number, line in enumerate(lines, 1) if line.strip()]
    if args.question is None:
        raise ValueError('Give a question, e.g. python -m assistant ask "Who composed the music?", or --questions-file FILE.')
    return [("the question", args.question)]


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.exports import CitedPassage
    from assistant.present import answer_to_json, answer_to_text
    from assistant.search.inputs import parse_top_k
    from assistant.service import Service

    questions = _questions(args)
    if args.top_k is not None:
        parse_top_k(args.top_k)
    service = Service.open(settings, build=False)
    failed = 0
    for where, question in questions:
        try:
            answer = service.answer(question, top_k=args.top_k, speaker=args.speaker, document=args.document).answer
        except ValueError as error:
            if len(questions) == 1:
                raise
            # One bad line of a batch is reported; the other questions are still answered.
            print(f"error: {where}: {error}", file=sys.stderr, flush=True)
            failed += 1
            continue
        if args.export:
            cited = [CitedPassage(question, hit.rank, hit.passage) for hit in answer.hits]
            print(service.export_cited(cited, as_csv=args.export == "csv"), end="", flush=True)
        elif args.json:
            print(json.dumps(answer_to_json(answer), ensure_ascii=False), flush=True)
        else:
            print(answer_to_text(answer), flush=True)
    return 1 if failed else 0


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.ingest.documents import document_paths
    from assistant.ingest.files import read_source
    from assistant.measure.evaluate import dense_only, evaluate, fixed_size_chunks, read_questions
    from assistant.search.searcher import Searcher

    questions = read_questions(args.file)
    searcher = Searcher.open(settings)
    reports = {"assistant": evaluate(questions, lambda q: searcher.ask(q, 3))}
    if args.baseline:
        chunks = [c for path in document_paths(settings.seeds_dir) for c in fixed_size_chunks(read_source(path).text, path.name)]
        reports["fixed-size chunks"] = evaluate(questions, dense_only(chunks, searcher.encoder.encode))
    if args.json:
        print(json.dumps({name: report.summary() for name, report in reports.items()}, ensure_ascii=False))
        return 0
    names = list(reports)
    print(f"{'':>22}" + "".join(f"{name:>20}" for name in names))
    for key in reports["assistant"].summary():
        print(f"{key:>22}" + "".join(f"{str(reports[name].summary()[key]):>20}" for name in names))
    if reports["assistant"].misses:
        print("\nMisses:")
        for miss in reports["assistant"].misses:
            print(f"  {miss}")
    return 0


def _eval_docs(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.measure.docset import evaluate_cases, read_cases, table, totals
    from assistant.embed import Embedder

    embedder = Embedder(settings.model)
    results = evaluate_cases(read_cases(args.folder), settings, embedder)
    if args.json:
        print(json.dumps({"documents": [r.row() for r in results], "totals": totals(results)}, ensure_ascii=False))
    else:
        print(table(results))
    return 0


def _bench(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.measure import bench, serving
    from assistant.search.searcher import Searcher

    figures: dict = {"question": bench.question_latency(Searcher.open(settings), args.repeats)}
    if not args.quick:
        figures["web"] = bench.web_latency(settings)
        figures["throughput"] = serving.throughput(settings)
        figures["cold_start"] = bench.cold_start(settings)
        figures["app_ready"] = serving.app_ready(settings)
        figures["builds"] = bench.build_timings(settings)
    if args.parsing:
        figures["parsing"] = bench.parse_scaling(settings)
    if args.scale:
        figures["scale"] = bench.scale(settings, [int(size) for size in args.scale.split(",")])
        if args.plot:
            figures["plot"] = str(bench.plot(figures["scale"], args.plot))
    print(json.dumps(figures) if args.json else bench.report(figures))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run one command; errors print one line naming the fix and exit with status 2."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    commands = {"inspect": _inspect, "passages": _passages, "build": _build, "ask": _ask, "eval": _eval, "eval-docs": _eval_docs, "bench": _bench, "user": _user}
    try:
        return commands[args.command](args, settings_from(args))
    except (ValueError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
