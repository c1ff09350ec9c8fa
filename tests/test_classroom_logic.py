"""Class pulse without a server: accepted answers, counts with small groups hidden, storage."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from importlib.resources import files
from pathlib import Path

import pytest

from sextorsion_kit.classroom.export import counts_csv, export
from sextorsion_kit.classroom.intake import MAX_BODY, RateLimit, Refused, read_answer
from sextorsion_kit.classroom.store import Answer, Store, purge_all
from sextorsion_kit.classroom.summary import session_summary
from sextorsion_kit.content import load_content
from sextorsion_kit.logic.answers import known_questions
from sextorsion_kit.logic.pulse import MIN_GROUP, changes, most_missed, tally

TOKEN = "0123456789abcdef0123456789abcdef"


@pytest.fixture(scope="module")
def known():
    content = load_content()
    return known_questions(content.class_check, content.quizzes, content.labels)


@pytest.fixture()
def store(tmp_path: Path):
    opened = Store(tmp_path)
    yield opened
    opened.close()


def body(**changes) -> bytes:
    sent = {"session": "s1", "token": TOKEN, "question": "check/payer", "option": "continue",
            "phase": "before"}  # fmt: skip
    sent.update(changes)
    return json.dumps({k: v for k, v in sent.items() if v is not None}).encode()


# --- which answers are accepted ------------------------------------------------------------


def test_the_class_check_has_five_questions_each_with_one_right_answer():
    check = load_content().class_check
    assert len(check.questions) == 5
    for question in check.questions:
        assert sum(option.correct for option in question.options) == 1


def test_every_quiz_question_is_known_with_its_right_answers(known):
    quizzes = load_content().quizzes
    assert len(known) == 5 + sum(len(quiz.questions) for quiz in quizzes.values())
    single = known["reagir/ne-pas-repondre"]
    options = quizzes["reagir"].questions[0].options
    assert [single.right(str(n)) for n in range(len(options))] == [o.correct for o in options]
    assert known["idees_recues/payer-arrete-tout"].right("false")
    assert not known["idees_recues/payer-arrete-tout"].right("true")


def test_encoded_answers_are_read_and_checked(known):
    multiple = known["reagir/garder-les-preuves"]
    question = next(q for q in load_content().quizzes["reagir"].questions if q.id == "garder-les-preuves")
    right = "-".join(str(n) for n, option in enumerate(question.options) if option.correct)
    assert multiple.accepts(right) and multiple.right(right)
    assert multiple.accepts("0") and not multiple.accepts("2-0") and not multiple.accepts("0-0")
    assert not multiple.accepts(str(len(question.options))) and not multiple.accepts("")
    order = known["reagir/dans-quel-ordre"]
    steps = len(next(q for q in load_content().quizzes["reagir"].questions if q.id == "dans-quel-ordre").steps)
    in_order = "-".join(str(n) for n in range(steps))
    assert order.accepts(in_order) and order.right(in_order)
    assert not order.accepts("0-0") and not order.accepts(in_order + "-9")
    ending = known["jeu_de_role_argent/ethan"]
    assert ending.accepts("fin-aide") and ending.right("fin-aide") and not ending.right("fin-seul")
    assert not ending.accepts("start")


@pytest.fixture()
def session(store):
    return store.open_session()


def test_a_known_answer_is_read_with_the_minute_of_the_session(known, session):
    answer = read_answer(body(session=session.id), session, known, session.opened + 150)
    assert answer == Answer(session.id, TOKEN, "check/payer", "before", "continue", 2)


@pytest.mark.parametrize(
    ("sent", "status", "reason"),
    [
        (b"x" * (MAX_BODY + 1), 413, "body over 4096 bytes"),
        (b"{not json", 400, "body is not JSON"),
        (b"\xff\xfe", 400, "body is not JSON"),
        (b"[1, 2]", 400, "body must be an object"),
        (body(phase=None), 400, "body must be an object"),
        (json.dumps({**json.loads(body()), "name": "Léa"}).encode(), 400, "body must be an object"),
        (body(option=3), 400, "every field must be a string"),
        (body(token="abc"), 400, "token must be 32 hexadecimal digits"),
        (body(token=TOKEN.upper()), 400, "token must be 32 hexadecimal digits"),
        (body(token=TOKEN + "\n"), 400, "token must be 32 hexadecimal digits"),
        (b"[" * 4000, 400, "body is not JSON"),
        (body(question="check/inconnue"), 422, "unknown question"),
        (body(question="<script>alert(1)</script>"), 422, "unknown question"),
        (body(phase="pendant"), 422, "unknown phase"),
        (body(phase="activity"), 422, "this question is not asked in this phase"),
        (body(question="reagir/ne-pas-repondre", option="1", phase="before"), 422, "this question is not asked in this phase"),
        (body(option="payer"), 422, "unknown option for this question"),
        (body(question="reagir/ne-pas-repondre", option="99", phase="activity"), 422, "unknown option"),
        (body(question="reagir/garder-les-preuves", option="0-2\n", phase="activity"), 422, "unknown option"),
    ],
)
def test_bad_input_is_refused_with_a_status_and_one_line(known, session, sent, status, reason):
    sent = sent.replace(b'"s1"', json.dumps(session.id).encode())
    with pytest.raises(Refused) as refused:
        read_answer(sent, session, known, time.time())
    assert refused.value.status == status
    assert refused.value.reason.startswith(reason)
    assert "\n" not in refused.value.reason and "script" not in refused.value.reason


def test_answers_for_another_or_a_closed_session_are_refused(known, store, session):
    with pytest.raises(Refused, match="not the current session") as refused:
        read_answer(body(session="0" * 16), session, known, time.time())
    assert refused.value.status == 409
    store.close_session(session.id)
    closed = store.session(session.id)
    with pytest.raises(Refused, match="the session is closed"):
        read_answer(body(session=session.id), closed, known, time.time())
    with pytest.raises(Refused, match="not the current session"):
        read_answer(body(session=session.id), None, known, time.time())


def test_the_rate_is_bounded_per_browser_and_refills():
    limit = RateLimit(burst=3, per_second=1.0, max_browsers=2)
    assert [limit.allow("a", now=0) for _ in range(4)] == [True, True, True, False]
    assert limit.allow("b", now=0)
    assert not limit.allow("c", now=0)  # two browsers already, neither idle
    assert limit.allow("a", now=1.5)  # refilled
    assert limit.allow("c", now=10)  # "b" is full again and forgotten


# --- storage ------------------------------------------------------------------------------


def test_answers_are_kept_in_wal_mode_a_later_answer_replacing_an_earlier(store, session):
    store.record([Answer(session.id, TOKEN, "check/payer", "before", "arret", 0)])
    store.record([Answer(session.id, TOKEN, "check/payer", "before", "continue", 1),
                  Answer(session.id, TOKEN, "check/payer", "after", "continue", 9)])  # fmt: skip
    assert sorted(store.check_answers(session.id)) == [
        (TOKEN, "check/payer", "after", "continue"), (TOKEN, "check/payer", "before", "continue")
    ]  # fmt: skip
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.integrity() == "ok"
    columns = [row[1] for row in store.db.execute("PRAGMA table_info(answers)")]
    assert columns == ["session", "token", "question", "phase", "option", "minute"]


def test_a_new_session_closes_the_open_one(store, session):
    newer = store.open_session()
    assert not store.session(session.id).is_open and newer.is_open
    assert store.latest_session() == newer


def test_sessions_older_than_thirty_days_are_purged_with_their_answers(store):
    old = store.open_session(now=time.time() - 31 * 86400)
    store.record([Answer(old.id, TOKEN, "check/payer", "before", "arret", 0)])
    recent = store.open_session(now=time.time() - 29 * 86400)
    assert store.purge_older_than(30) == 1
    assert [s.id for s in store.sessions()] == [recent.id]
    assert store.count() == 0


def test_purge_deletes_the_answers_file(tmp_path: Path):
    store = Store(tmp_path)
    store.open_session()
    store.close()
    assert {p.name for p in purge_all(tmp_path)} >= {"classe.sqlite3"}
    assert list(tmp_path.iterdir()) == []


# --- counts ---------------------------------------------------------------------------------


def answered(question: str, phase: str, *options: str) -> list[tuple[str, str, str, int]]:
    """One count of one answer per option given (SQLite would group them, tally adds up)."""
    return [(question, phase, option, 1) for option in options]


def test_a_figure_under_five_answers_is_hidden_counts_and_all(known):
    few = answered("check/payer", "before", *["arret"] * (MIN_GROUP - 1))
    enough = answered("check/payer", "after", "continue", "continue", "continue", "arret", "efface")
    tallies = tally(few + enough, known)
    assert [(t.phase, t.counts, t.right) for t in tallies] == [
        ("before", None, None),
        ("after", {"continue": 3, "arret": 1, "efface": 1}, 3),
    ]


def test_the_change_counts_only_browsers_that_answered_both_times(known):
    """Six answered before, five of them after: the change is over those five."""
    before = ["arret", "arret", "efface", "continue", "arret", "continue"]
    after = ["continue", "continue", "continue", "continue", "arret"]
    rows = [(f"{n:032x}", "check/payer", "before", option) for n, option in enumerate(before)]
    rows += [(f"{n:032x}", "check/payer", "after", option) for n, option in enumerate(after)]
    (change,) = changes(rows, known)
    assert (change.pairs, change.before, change.after) == (5, 0.2, 0.8)
    (few,) = changes(rows[:4] + rows[6:10], known)
    assert (few.pairs, few.before, few.after) == (4, None, None)


def test_the_most_missed_question_is_the_lowest_share_at_the_end(known):
    rows = answered("check/payer", "after", *["continue"] * 5) + answered(
        "check/droit-a-l-aide", "after", "oui", "non", "non", "parents", "oui"
    ) + answered("check/aide", "before", *["attendre"] * 6)
    missed = most_missed(tally(rows, known))
    assert (missed.question, missed.share_right) == ("check/droit-a-l-aide", 0.4)


def test_the_summary_holds_no_figure_of_a_small_group(store, session, known):
    counts = answered("check/payer", "before", "arret", "arret", "continue")
    counts += answered("check/payer", "after", *["continue"] * 6)
    pairs = [(f"{n:032x}", q, phase, option) for n, (q, phase, option, _) in enumerate(counts[:3])]
    pairs += [(f"{n:032x}", q, phase, option) for n, (q, phase, option, _) in enumerate(counts[3:])]
    summary = session_summary(session, counts, pairs, known, "fr", time.time())
    payer = next(q for q in summary["check"] if q["key"] == "check/payer")
    assert payer["before"] == {"hidden": True}
    assert payer["after"]["total"] == 6 and payer["after"]["share_right"] == 1.0
    assert [b["count"] for b in payer["after"]["bars"]] == [0, 6, 0]
    assert summary["changes"] == []  # three browsers answered both times: too few
    assert payer["prompt"].startswith("Quelqu'un menace")


def test_the_export_writes_only_shown_counts_and_a_chart(store, session, known, tmp_path):
    answers = [Answer(session.id, f"{n:032x}", "check/payer", "before", "arret", 0) for n in range(5)]
    answers += [Answer(session.id, f"{n:032x}", "check/droit-a-l-aide", "before", "oui", 0) for n in range(4)]
    store.record(answers)
    lines = counts_csv(store, [session], known).splitlines()
    assert lines[0].startswith("session,date,question,phase,option")
    assert len(lines) == 2 and ",check/payer,before,arret," in lines[1] and lines[1].endswith(",0,5,5")
    written = export(store.folder, tmp_path / "rapport", known, "fr")
    assert [p.suffix for p in written] == [".csv", ".png"]
    assert written[1].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_file_holds_ids_and_minutes_only(store, session):
    store.record([Answer(session.id, TOKEN, "check/payer", "before", "arret", 3)])
    rows = sqlite3.connect(store.path).execute("SELECT * FROM answers").fetchall()
    assert rows == [(session.id, TOKEN, "check/payer", "before", "arret", 3)]


def test_the_dashboard_is_given_every_label_its_page_and_script_ask_for():
    from sextorsion_kit.classroom.teacher import DASHBOARD_LABELS

    script = files("sextorsion_kit.classroom").joinpath("static", "prof.js").read_text()
    page = files("sextorsion_kit").joinpath("templates", "classroom_dashboard.html.j2").read_text()
    asked = set(re.findall(r"labels\.(classroom_\w+)", script + page))
    assert asked == set(DASHBOARD_LABELS)


def test_the_command_line_exports_and_purges_the_folder_of_classroom_data(tmp_path, monkeypatch, capsys):
    from sextorsion_kit.build.cli import main

    data = tmp_path / "donnees"
    monkeypatch.setenv("CLASSROOM_DATA", str(data))
    store = Store(data)
    session = store.open_session()
    store.record([Answer(session.id, f"{n:032x}", "check/aide", phase, "appeler-3018", 0)
                  for n in range(5) for phase in ("before", "after")])  # fmt: skip
    store.close()
    assert main(["classroom", "export", str(tmp_path / "rapport")]) == 0
    written = sorted(p.name for p in (tmp_path / "rapport").iterdir())
    assert written[0].startswith("avant-apres-") and written[1] == "classe-comptes.csv"
    assert ",check/aide,after,appeler-3018," in (tmp_path / "rapport" / "classe-comptes.csv").read_text()
    assert main(["classroom", "purge"]) == 0
    assert not (data / "classe.sqlite3").exists()
    assert "supprimé" in capsys.readouterr().out


def test_the_default_folder_of_classroom_data_is_outside_the_kit(monkeypatch):
    from sextorsion_kit.build.classroom import data_folder
    from sextorsion_kit.content import content_root

    monkeypatch.delenv("CLASSROOM_DATA", raising=False)
    assert not data_folder().resolve().is_relative_to(content_root().resolve())
    assert data_folder().name == "classe" and "sextorsion-kit" in data_folder().parts


def test_the_files_are_the_owners_only(tmp_path: Path):
    folder = tmp_path / "donnees"
    Store(folder).close()
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "classe.sqlite3").stat().st_mode & 0o777 == 0o600


def test_the_writer_skips_a_browser_that_gave_up_and_goes_on(tmp_path: Path):
    from concurrent.futures import Future

    from sextorsion_kit.classroom.writer import AnswerWriter

    store = Store(tmp_path)
    session = store.open_session()
    writer = AnswerWriter(tmp_path)
    gone: Future[None] = Future()
    gone.cancel()
    writer._waiting.put((Answer(session.id, "a" * 32, "check/payer", "before", "arret", 0), gone))
    later = writer.submit(Answer(session.id, "b" * 32, "check/payer", "before", "continue", 0))
    assert later.result(timeout=10) is None
    writer.stop()
    assert store.check_answers(session.id) == [("b" * 32, "check/payer", "before", "continue")]
    store.close()
