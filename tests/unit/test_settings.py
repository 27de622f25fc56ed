"""The centre's settings: everyone reads them, only an admin changes them, audited."""

from __future__ import annotations

import pytest

from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role
from onestop.errors import PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.settings import DEFAULTS, SettingsService

pytestmark = pytest.mark.both_backends


def test_defaults_then_an_admin_changes_them(vault, hostile_text) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        assert SettingsService(cw).centre_name() == DEFAULTS["centre_name"]
        assert SettingsService(cw).idle_lock_minutes() == 5
        with pytest.raises(PermissionDenied):
            SettingsService(cw).update(centre_name="Mine now")
    with vault.sign_in(Role.ADMIN) as admin:
        settings = SettingsService(admin)
        with pytest.raises(ValidationFailed) as refused:
            settings.update(centre_name="  ", idle_lock_minutes=0)
        assert set(refused.value.fields) == {"centre_name", "idle_lock_minutes"}
        with pytest.raises(ValidationFailed, match="One line"):
            settings.update(centre_name="Line one\nLine two")
        for name in hostile_text["names"]:
            if len(name) <= 200:
                settings.update(centre_name=name)
                assert settings.centre_name() == name
        settings.update(centre_name="Hope Centre", idle_lock_minutes=15)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        assert SettingsService(clinician).centre_name() == "Hope Centre"
        assert SettingsService(clinician).idle_lock_minutes() == 15
    with vault.sign_in(Role.MANAGER) as manager:
        changes = AuditService(manager).entries(action=AuditAction.SETTINGS_CHANGED.value)
    assert changes[-1].detail == "centre_name, idle_lock_minutes"
    assert all("Hope" not in e.detail for e in changes)


def test_the_time_zone_of_documents_defaults_to_the_workstations(vault, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Africa/Nairobi")
    with vault.sign_in(Role.CASEWORKER) as cw:
        assert SettingsService(cw).time_zone() == "Africa/Nairobi"
        with pytest.raises(PermissionDenied):
            SettingsService(cw).update(time_zone="Asia/Dubai")
    with vault.sign_in(Role.ADMIN) as admin:
        settings = SettingsService(admin)
        for wrong in ("", "Nairobi", "Africa/Atlantis", "../etc/passwd", " Africa/Nairobi"):
            with pytest.raises(ValidationFailed) as refused:
                settings.update(time_zone=wrong)
            assert set(refused.value.fields) == {"time_zone"}
        settings.update(time_zone="America/La_Paz")
    monkeypatch.setenv("TZ", "Europe/Paris")
    with vault.sign_in(Role.CLINICIAN) as clinician:
        assert SettingsService(clinician).time_zone() == "America/La_Paz"
    with vault.sign_in(Role.MANAGER) as manager:
        changes = AuditService(manager).entries(action=AuditAction.SETTINGS_CHANGED.value)
    assert changes[-1].detail == "time_zone"
