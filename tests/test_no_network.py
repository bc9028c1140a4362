"""No text ever leaves the machine: analysis must not open a socket."""

from __future__ import annotations

import socket

import pytest

from givefirst import Profile, check


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_sockets(monkeypatch):
    def guard(*args, **kwargs):
        raise NetworkUsed("network access attempted")

    monkeypatch.setattr(socket, "socket", guard)
    monkeypatch.setattr(socket, "create_connection", guard)
    monkeypatch.setattr(socket, "getaddrinfo", guard)


def test_guard_really_blocks(no_sockets):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))


def test_analysis_uses_no_network(no_sockets):
    import importlib

    import givefirst.engine.language as language
    import givefirst.engine.lexicon as lexicon

    lexicon.load.cache_clear()  # load the data packs again with sockets blocked
    importlib.reload(language)
    for text in ("Hi Anna, could we grab a coffee next week?", "Hoi Anna, zullen we koffie drinken?"):
        r = check(text, recipient=Profile(inbound_per_day=700))
        assert r.mistakes
