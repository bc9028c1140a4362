from __future__ import annotations

import pytest

from givefirst import ProfileError
from givefirst.profiles import from_dict, load


def test_full_profile(tmp_path):
    p = tmp_path / "p.toml"
    p.write_text('name = "Anna"\nrole = "author"\naudience = 850000\ninbound_per_day = 700\n'
                 'work = ["The Busy Brain"]\noffers = ["video editing"]\n', encoding="utf-8")
    profile, warnings = load(p)
    assert profile.audience == 850000 and profile.work == ("The Busy Brain",)
    assert warnings == []


def test_unknown_key_is_a_warning_with_line(tmp_path):
    p = tmp_path / "p.toml"
    p.write_text('role = "author"\nfavourite_colour = "blue"\n', encoding="utf-8")
    profile, warnings = load(p)
    assert profile.role == "author"
    assert warnings == [f"{p}: line 2: unknown key 'favourite_colour' ignored"]


def test_wrong_type_names_file_line_and_key(tmp_path):
    p = tmp_path / "p.toml"
    p.write_text('role = "author"\n\naudience = "lots"\n', encoding="utf-8")
    with pytest.raises(ProfileError) as exc:
        load(p)
    assert str(exc.value).startswith(f"{p}: line 3: 'audience' must be a whole number")


@pytest.mark.parametrize("data", [{"audience": True}, {"audience": -5}, {"work": [1, 2]}, {"role": 5}])
def test_bad_values(data):
    with pytest.raises(ProfileError):
        from_dict(data)


def test_malformed_toml_and_missing_file(tmp_path):
    p = tmp_path / "p.toml"
    p.write_text('role = "author\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="not valid TOML"):
        load(p)
    with pytest.raises(ProfileError, match="not found"):
        load(tmp_path / "nope.toml")
