"""Build the site as CI and GitHub Pages do (``mkdocs build --strict``) into a given folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASE_PATH = "/explainer/"


def build_site(site_dir: Path, site_url: str, project_dir: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1764374400"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(site_dir)],
        cwd=project_dir, env=env, capture_output=True, text=True, timeout=300,
    )
