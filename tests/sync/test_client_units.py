"""Small client pieces: clock check, per-dossier state, the server probe."""

from __future__ import annotations

from datetime import datetime, timedelta

from counter.clock import VN_TZ
from sync.central.context import CentralContext
from sync.client.clock_check import ClockCheck
from sync.client.config import SyncConfig
from sync.client.connectivity import ServerProbe
from sync.client.runner import check_clock
from sync.client.state import combine
from tests.sync.fixtures import StartServer
from tests.sync.helpers import api_for

SERVER_TIME = datetime(2025, 9, 15, 9, 0, tzinfo=VN_TZ)


def test_clock_within_tolerance_gives_no_warning() -> None:
    check = ClockCheck(SERVER_TIME, SERVER_TIME + timedelta(minutes=4, seconds=59))
    assert check.warning(5) is None


def test_clock_ahead_or_behind_is_named_with_the_minutes() -> None:
    ahead = ClockCheck(SERVER_TIME, SERVER_TIME + timedelta(minutes=12))
    behind = ClockCheck(SERVER_TIME, SERVER_TIME - timedelta(hours=1, minutes=3))
    assert "nhanh 12 phút" in (ahead.warning(5) or "")
    assert "chậm 63 phút" in (behind.warning(5) or "")
    assert ahead.skew_seconds == 720


def test_the_servers_clock_is_checked_on_a_real_exchange(
    sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server = start_server(sqlite_context)
    check = check_clock(api_for(server.url))
    assert abs(check.skew_seconds) < 60 and check.warning(5) is None


def test_a_dossier_is_only_acknowledged_when_all_its_messages_are() -> None:
    assert combine([("acknowledged", ""), ("acknowledged", "")]) == ("acknowledged", "")
    assert combine([("acknowledged", ""), ("pending", "")]) == ("waiting", "")
    assert combine([("sent", ""), ("acknowledged", "")]) == ("sent", "")
    assert combine([("pending", ""), ("rejected", "Bị từ chối: x")]) == (
        "rejected",
        "Bị từ chối: x",
    )


def test_the_probe_sees_the_server_go_and_come_back(
    sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server = start_server(sqlite_context)
    port = server.port
    probe = ServerProbe(f"http://127.0.0.1:{port}", timeout=1)
    assert probe.reachable() is True
    server.stop()
    assert probe.reachable() is False
    start_server(sqlite_context, port=port)
    assert probe.reachable() is True


def test_the_probe_for_a_configuration_trusts_its_ca_bundle() -> None:
    config = SyncConfig(server_url="https://127.0.0.1:9", ca_bundle="/etc/onestop/ca.pem")
    probe = ServerProbe.for_config(config, timeout=1)
    assert (probe.url, probe.verify) == ("https://127.0.0.1:9/v1/time", "/etc/onestop/ca.pem")
    assert probe.reachable() is False
