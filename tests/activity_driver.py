"""One way to play each activity, the same wherever the widget is shown.

The front-end widgets draw the same DOM in JupyterLab, Voilà, a static page and a deck, so
these functions take a Playwright locator holding one widget (``.sxk-quiz``, ``.sxk-flags``,
``.sxk-law``) and click through it as a student would: one question of each kind, a
role-play to an ending, the red-flag chat, the law exercise. Each asserts what the student
must see, from the content and the labels, so a dead widget or a silent click fails.
"""

from __future__ import annotations

from sextorsion_kit.content import load_content
from sextorsion_kit.content.labels import label

VERDICTS = {label(key, language) for key in ("right", "partial", "wrong") for language in ("fr", "en")}
ENDINGS = {
    label(f"ending_{tone}", language)
    for tone in ("safe", "mixed", "hard")
    for language in ("fr", "en")
}


def quiz_in(scope, title: str):
    """The quiz widget whose title is ``title`` (French), inside ``scope``."""
    quiz = scope.locator(".sxk-quiz").filter(has=scope.page.get_by_role("heading", name=title))
    quiz.first.wait_for(state="attached", timeout=30_000)
    return quiz.first


def _kind(quiz) -> str:
    if quiz.locator(".sxk-quiz-role-play").count():
        return "roleplay"
    if quiz.locator("[data-key^=down-]").count():
        return "order"
    if quiz.locator(".sxk-quiz-body input[type=checkbox]").count():
        return "multiple"
    radios = quiz.locator(".sxk-quiz-body input[type=radio]")
    if radios.count() == 2 and quiz.get_by_role("radio", name=label("true", "fr")).count():
        return "true_false"
    return "single"


def _answer(quiz, kind: str) -> None:
    if kind == "order":
        quiz.locator("[data-key=down-0]").click()
    else:
        role = "checkbox" if kind == "multiple" else "radio"
        quiz.locator(f".sxk-quiz-body input[type={role}]").first.check()


def check_and_read(quiz) -> str:
    """Click Check; the feedback (a live region) must give a verdict at once."""
    quiz.locator("[data-key=check]").click()
    feedback = quiz.locator(".sxk-quiz-feedback")
    text = feedback.inner_text(timeout=5_000)
    assert any(verdict in text for verdict in VERDICTS), text
    assert feedback.get_attribute("role") == "status"
    return text


def answer_one_of_each_kind(quiz, kinds: set[str]) -> set[str]:
    """Answer questions until one of each of ``kinds`` got its feedback; the kinds answered."""
    seen: set[str] = set()
    for _ in range(20):
        kind = _kind(quiz)
        if kind in kinds and kind not in seen:
            _answer(quiz, kind)
            check_and_read(quiz)
            seen.add(kind)
        if seen == kinds:
            return seen
        heading = quiz.locator(".sxk-quiz-progress").inner_text()
        quiz.locator("[data-key=next]").click()
        if quiz.locator(".sxk-quiz-progress").count() == 0:
            break  # the result screen
        assert quiz.locator(".sxk-quiz-progress").inner_text() != heading
    return seen


def play_role_play_to_an_ending(quiz) -> str:
    """Take the first choice at every scene until an ending shows; its tone line."""
    for _ in range(12):
        ending = quiz.locator(".sxk-quiz-ending")
        if ending.count():
            text = ending.inner_text()
            assert any(tone in text for tone in ENDINGS), text
            assert quiz.locator("[data-key=rewind]").is_enabled()
            return text
        scene = quiz.locator("[data-focus=scene]").inner_text()
        quiz.locator("[data-key^=choice-]").first.click()
        assert quiz.locator(".sxk-quiz-ending").count() or (
            quiz.locator("[data-focus=scene]").inner_text() != scene
        )
    raise AssertionError("no ending after 12 choices")


def play_red_flags(flags) -> str:
    """Tick every warning sign of the first chat and check: all right, each message explained."""
    chat = load_content().red_flags[0]
    boxes = flags.locator("input[type=checkbox]")
    assert boxes.count() == len(chat.messages)
    for index, message in enumerate(chat.messages):
        if message.red_flag:
            boxes.nth(index).check()
    flags.locator("[data-key=check]").click()
    status = flags.locator("[role=status]").filter(has_text=label("right", "fr"))
    text = status.first.inner_text(timeout=5_000)
    for message in chat.messages:
        assert message.why.fr in text
    return text


def play_law(law) -> list[str]:
    """Tick three facts: the offences show at once and their bars light up in the chart."""
    for fact in ("threat_sexual_images", "money_demanded", "images_spread"):
        law.locator(f"input[data-fact={fact}]").check()
    result = law.locator(".sxk-law-result")
    text = result.inner_text(timeout=5_000)
    assert "312-10" in text and "226-2-1" in text, text
    hits = law.locator(".sxk-law-hit")
    assert hits.count() >= 2
    return [hits.nth(n).get_attribute("id") or "" for n in range(hits.count())]
