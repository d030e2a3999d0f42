"""The distributed sweep driver recognises the commands it can shard, under their names and the previous release's,
and refuses the rest naming what is allowed (no cluster needed: the check runs before any task)."""
from __future__ import annotations

import pytest

pytest.importorskip("ray")
from infoops_env.ray.sweep import command_kind  # noqa: E402


@pytest.mark.parametrize("command, kind", [
    (["sweep", "diluvsion/small", "--runs", "6"], "diluvsion"),
    (["sweep", "--all", "diluvsion"], "diluvsion"),
    (["reproduce", "troll-figure5", "--scenario", "troll/small"], "troll-figure5"),
    (["sweep", "troll-figure5", "--scenario", "troll/small"], "troll-figure5"),
    (["reproduce", "cascade-figures", "cascade/small"], "cascade"),
    (["cascade", "cascade/small"], "cascade"),
    (["calibrate", "--runs", "2"], "calibrate"),
])
def test_shardable_commands_are_recognised(command, kind):
    assert command_kind(command) == kind


@pytest.mark.parametrize("command", [[], ["run", "diluvsion/small"], ["reproduce", "lkml-figure3"], ["serve"]])
def test_other_commands_are_refused_naming_what_is_allowed(command):
    with pytest.raises(ValueError, match="allowed: 'sweep SCENARIO...'.*'reproduce troll-figure5 ...'"):
        command_kind(command)


def test_the_driver_sets_the_output_and_shard_options_itself():
    with pytest.raises(ValueError, match="--out is set by the driver"):
        command_kind(["reproduce", "troll-figure5", "--out", "x"])
