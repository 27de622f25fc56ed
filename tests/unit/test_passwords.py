"""Password and user-name rules (NIST SP 800-63B) and one-time passwords."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onestop.domain.passwords import (
    MAX_LENGTH,
    PasswordRejected,
    check_password,
    check_username,
    generate_one_time_password,
    normalise,
)


def test_short_passwords_are_refused_with_the_rule() -> None:
    with pytest.raises(PasswordRejected, match="at least 12 characters"):
        check_password("Xk9!vQ2#mL")


def test_weak_passwords_are_refused() -> None:
    for weak in ("passwordpassword", "123456789012", "qwertyuiopasdf", "onestoponestop1"):
        with pytest.raises(PasswordRejected, match="too weak"):
            check_password(weak)


def test_a_password_containing_the_user_name_is_refused() -> None:
    with pytest.raises(PasswordRejected, match="user name"):
        check_password("zara.okafor violet canyon 19", "Zara.Okafor")


def test_no_composition_rules_a_long_lower_case_phrase_is_fine() -> None:
    assert check_password("correct pony staple battery horse")


def test_long_and_unicode_passwords_are_accepted_untruncated() -> None:
    long_pw = "сорок два кота идут домой " * 9  # over 200 characters, Cyrillic
    assert len(long_pw) > 128
    assert check_password(long_pw) == long_pw
    assert check_password("فاطمة تحب القهوة الساخنة جدا") is not None
    with pytest.raises(PasswordRejected, match="at most"):
        check_password("x" * (MAX_LENGTH + 1))


def test_nfkc_equivalent_passwords_normalise_to_the_same_form() -> None:
    composed = "Café crème brûlée fourteen"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert normalise(decomposed) == normalise(composed)
    assert normalise("ﬁsh ﬁngers") == "fish fingers"  # compatibility ligature


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=12, max_size=40))
def test_any_unicode_is_judged_without_crashing(pw: str) -> None:
    try:
        result = check_password(pw)
    except PasswordRejected as exc:
        assert str(exc)
    else:
        assert result == normalise(pw)


def test_user_names() -> None:
    assert check_username("  Amina.Hassan ") == "amina.hassan"
    for bad in ("a", "", "has space", "x" * 33, "ünïcode", "-dash", "semi;colon"):
        with pytest.raises(ValueError, match="2 to 32"):
            check_username(bad)


def test_one_time_passwords_are_random_and_hand_copyable() -> None:
    otps = {generate_one_time_password() for _ in range(200)}
    assert len(otps) == 200
    for otp in list(otps)[:20]:
        assert otp.replace("-", "").isalnum()
        assert len(otp.split("-")) == 6
