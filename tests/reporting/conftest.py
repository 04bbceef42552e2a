from tests.core.conftest import test_clock, workspace  # noqa: F401  (fixtures)
