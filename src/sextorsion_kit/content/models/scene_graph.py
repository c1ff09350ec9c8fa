"""The role-play scene graph: dangling links, unreachable scenes, loops, age gaps."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .quiz import RolePlay


def role_play_problems(play: RolePlay) -> list[str]:
    """Dangling links, unreachable scenes and loops (a path that never ends)."""
    ids = [scene.id for scene in play.scenes]
    problems = [f"start scene {play.start!r} does not exist"] if play.start not in ids else []
    for scene in play.scenes:
        for number, choice in enumerate(scene.choices):
            if choice.next not in ids:
                problems.append(
                    f"scene {scene.id!r}, choice {number + 1} leads to {choice.next!r}, "
                    "which does not exist"
                )
    if problems:
        return problems
    reached: list[str] = []
    stack = [play.start]
    while stack:
        current = stack.pop()
        if current not in reached:
            reached.append(current)
            stack.extend(choice.next for choice in play.scene(current).choices)
    problems += [
        f"scene {i!r} cannot be reached from {play.start!r}" for i in ids if i not in reached
    ]
    loop = _find_loop(play)
    if loop:
        problems.append("the scenes " + " -> ".join(loop) + " loop: a path that never ends")
    for band in play.ages:
        if band not in play.scene(play.start).ages:
            problems.append(f"the start scene {play.start!r} is not for ages {band}")
        for scene in play.scenes:
            offered = [c for c in scene.choices if band in play.scene(c.next).ages]
            if band in scene.ages and scene.choices and not offered:
                problems.append(f"scene {scene.id!r} offers no choice for ages {band}")
    return problems


def _find_loop(play: RolePlay) -> list[str] | None:
    visiting: list[str] = []
    done: set[str] = set()

    def visit(scene_id: str) -> list[str] | None:
        if scene_id in visiting:
            return [*visiting[visiting.index(scene_id) :], scene_id]
        if scene_id in done:
            return None
        visiting.append(scene_id)
        for choice in play.scene(scene_id).choices:
            if loop := visit(choice.next):
                return loop
        visiting.pop()
        done.add(scene_id)
        return None

    return next((loop for scene in play.scenes if (loop := visit(scene.id))), None)
