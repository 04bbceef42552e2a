from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from counter.workspace import Workspace
from tests.core.conftest import make_workspace


@pytest.fixture(scope="module")
def workspace_for_fuzz(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    workspace = make_workspace(Path(tmp_path_factory.mktemp("fuzz")) / "data")
    yield workspace
    workspace.close()
