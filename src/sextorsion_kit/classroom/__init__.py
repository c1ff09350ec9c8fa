"""Class pulse (``make classroom``): anonymous live results on the teacher's machine, offline.

One Jupyter server process (``app.py``, a server extension with none of Jupyter's own
services) serves the student activity pages, the before/after check, records anonymous
answers in SQLite (``store.py``, ``writer.py``) after checking them (``intake.py``), and
shows the teacher's dashboard (``summary.py``). ``export.py`` writes the school's report.
"""


def _jupyter_server_extension_points() -> list[dict]:
    from .app import ClassroomApp

    return [{"module": "sextorsion_kit.classroom.app", "app": ClassroomApp}]
