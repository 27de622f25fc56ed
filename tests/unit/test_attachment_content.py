"""An attachment's type is what its content is, not what it is declared to be; its name keeps
no folders (a path can name her: C:\\Users\\<her name>\\...)."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

from onestop.domain.roles import Role, Section
from onestop.errors import ValidationFailed
from onestop.services.attachments import AttachmentService
from onestop.services.cases import CaseService, SurvivorDetails
from tests.unit.test_attachments import consent_to_photos

pytestmark = pytest.mark.both_backends


@pytest.fixture
def ref(vault) -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        return CaseService(cw).open_case(SurvivorDetails(alias="Esi Testalias")).reference


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("payload.exe", b"MZ" + bytes(100))
    return out.getvalue()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "blue").save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    "content",
    [_zip(), b"MZ\x90\x00 a program", b"<html><script>x</script></html>", b"PK\x03\x04"],
    ids=["zip", "exe", "html", "zip-magic"],
)
def test_content_that_is_not_a_pdf_or_picture_is_refused_whatever_it_is_declared(
    vault, ref, content
) -> None:
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        files = AttachmentService(advocate)
        for declared in ("application/pdf", "image/jpeg"):
            with pytest.raises(ValidationFailed, match="content is something else"):
                files.add(ref, Section.LEGAL, content, declared)
        assert list(files.list(ref)) == []


def test_the_type_recorded_is_the_one_the_content_shows(vault, ref) -> None:
    consent_to_photos(vault, ref)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        files = AttachmentService(clinician)
        info = files.add(ref, Section.HEALTH, _png(), "application/pdf")
        assert info.media_type == "image/png" and info.has_thumbnail
        scan = files.add(ref, Section.HEALTH, b"%PDF-1.7 a scan", "application/pdf")
        assert scan.media_type == "application/pdf"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("C:\\Users\\Esi Testalias\\Pictures\\IMG_2041.jpg", "IMG_2041.jpg"),
        ("/home/esi-testalias/scans/statement.pdf", "statement.pdf"),
        ("../../etc/passwd", "passwd"),
        ("statement.pdf", "statement.pdf"),
    ],
)
def test_the_original_name_is_kept_without_its_folders(vault, ref, typed, kept) -> None:
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        files = AttachmentService(advocate)
        info = files.add(ref, Section.LEGAL, b"%PDF-1.7 x", "application/pdf", original_name=typed)
        assert info.original_name == kept
        assert [a.original_name for a in files.list(ref)] == [kept]
