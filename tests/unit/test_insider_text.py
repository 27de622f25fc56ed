"""Names that display as something else, and text no database can hold, are refused in words."""

from __future__ import annotations

import pytest

from onestop.domain.roles import Role
from onestop.errors import ValidationFailed
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.search import CaseSearch
from onestop.services.users import UserService

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
BIDI += ["\u200e", "\u200f", "\u061c"]


@pytest.mark.parametrize("mark", BIDI)
def test_bidirectional_controls_are_refused_in_staff_and_survivor_names(admin, mark) -> None:
    spoof = f"Ali {mark}NIMDA"
    with pytest.raises(ValidationFailed, match="direction marks"):
        UserService(admin).create("spoof.name", Role.CASEWORKER, spoof)
    with pytest.raises(ValidationFailed, match="direction marks"):
        UserService(admin).update_name("u-caseworker", spoof)
    admin.close()


def test_a_survivor_name_or_alias_with_a_direction_mark_is_refused(vault) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        for details in (
            SurvivorDetails(name="Ali \u202eNIMDA"),
            SurvivorDetails(alias="Mina\u2067x\u2069"),
        ):
            with pytest.raises(ValidationFailed) as caught:
                CaseService(cw).open_case(details)
            assert "direction marks" in str(caught.value.fields)
        # Arabic and Hebrew names themselves are welcome: only the invisible controls are not.
        CaseService(cw).open_case(SurvivorDetails(name="فاطمة الزهراء"))


@pytest.mark.parametrize("text", ["\x00", "ab\x00cd", "\ud800", "x\udfffy"])
def test_a_nul_or_lone_surrogate_is_refused_in_a_name_and_harmless_in_a_search(vault, text) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        with pytest.raises(ValidationFailed):
            CaseService(cw).open_case(SurvivorDetails(name=f"Name {text}"))
        page = CaseSearch(cw).find(text)  # search-as-you-type: no raw database error
        assert page.cases == ()
        assert CaseSearch(cw).find(f"na{text}").cases == ()
