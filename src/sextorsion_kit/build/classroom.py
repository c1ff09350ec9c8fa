"""``make classroom`` and ``python -m sextorsion_kit classroom``: start, export, purge.

Settings by variable: ``CLASSROOM_PORT`` (8866), ``CLASSROOM_IP`` (``0.0.0.0``: the school
network; ``127.0.0.1``: this machine only) and ``CLASSROOM_DATA`` (the answers' folder; by
default under the user's data directory, never inside the kit's folder).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from platformdirs import user_data_dir

DEFAULT_PORT = 8866
DEFAULT_IP = "0.0.0.0"


def data_folder() -> Path:
    """Where the answers are kept: ``$CLASSROOM_DATA``, or the user's data directory."""
    given = os.environ.get("CLASSROOM_DATA")
    return Path(given) if given else Path(user_data_dir("sextorsion-kit", appauthor=False)) / "classe"


def serve_classroom(pages: Path, ip: str, port: int, data: Path) -> None:
    """Run the classroom server until Ctrl+C (it prints the students' and teacher's addresses)."""
    from ..classroom.app import HEADERS, ClassroomApp, no_access_log

    if not (pages / "index.html").is_file():
        raise FileNotFoundError(f"{pages}/index.html is missing: run make student-pages first")
    ClassroomApp.serverapp_config = {
        "tornado_settings": {"log_function": no_access_log, "headers": HEADERS},
        "terminals_enabled": False,
        "max_body_size": 64 * 1024,
        "root_dir": str(pages),
    }
    # Jupyter's own token guards nothing here (no Jupyter route is left); it is set, out of
    # the command line, so that Jupyter prints no address of its own. The dashboard has its own.
    os.environ["JUPYTER_TOKEN"] = secrets.token_urlsafe(24)
    ClassroomApp.launch_instance([
        f"--ServerApp.ip={ip}",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.allow_remote_access={ip not in ('127.0.0.1', 'localhost')}",
        "--ServerApp.log_level=WARN",
        # Jupyter refuses root unless told; school PCs never run it as root, CI machines do.
        f"--ServerApp.allow_root={getattr(os, 'geteuid', lambda: 1)() == 0}",  # none on Windows
        f"--ClassroomApp.data_dir={data}",
        f"--ClassroomApp.pages_dir={pages}",
    ])  # fmt: skip


def run_export(target: Path, language: str) -> list[Path]:
    from ..classroom.export import export
    from ..content import load_content
    from ..logic.answers import known_questions

    content = load_content()
    known = known_questions(content.class_check, content.quizzes, content.labels)
    return export(data_folder(), target, known, "en" if language == "en" else "fr")


def run_purge() -> list[Path]:
    from ..classroom.store import purge_all

    return purge_all(data_folder())
