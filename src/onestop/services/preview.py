"""What an attachment looks like on screen, made in memory from its decrypted bytes.

A photograph is decoded with Pillow, a PDF scan's pages are rendered one at a time with PDFium
(pypdfium2). Nothing is written to disk: the viewer gets raw RGB pixels. A file that cannot be
decoded gives ``ValidationFailed`` with a message for the person, never a trace.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PIL import Image, ImageOps, UnidentifiedImageError

from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.attachments import DOCUMENT_TYPES, IMAGE_TYPES, MAX_PIXELS

if TYPE_CHECKING:
    import pypdfium2 as pdfium

MAX_PAGE_PX = 2400  # the longest side of a rendered PDF page


@dataclass(frozen=True)
class Picture:
    """Pixels to show: ``rgb`` rows of ``width * 3`` bytes, top to bottom."""

    width: int
    height: int
    rgb: bytes


def _unreadable() -> ValidationFailed:
    return ValidationFailed.of(
        {"file": "This file cannot be shown: it is damaged or not supported."}
    )


def _picture(img: Image.Image) -> Picture:
    rgb = img.convert("RGB")
    return Picture(rgb.width, rgb.height, rgb.tobytes())


def sniff_media_type(data: bytes) -> str | None:
    """The media type from the file's first bytes (not from its name), or None if it is not a
    picture or PDF that OneStop keeps."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    try:
        with Image.open(io.BytesIO(data)) as img:
            kind = Image.MIME.get(img.format or "")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return None
    return kind if kind in IMAGE_TYPES else None


class Preview:
    """An attachment opened for viewing: ``page_count`` pages, each rendered on demand."""

    def __init__(self, data: bytes, media_type: str) -> None:
        self.media_type = media_type
        self._image: Image.Image | None = None
        self._pdf: pdfium.PdfDocument | None = None
        if media_type in IMAGE_TYPES:
            try:
                img = Image.open(io.BytesIO(data))
                if img.width * img.height > MAX_PIXELS:
                    raise ValidationFailed.of(
                        {
                            "file": QT_TRANSLATE_NOOP(
                                "Messages", "This image is too large to open safely."
                            )
                        }
                    )
                img.load()
                self._image = ImageOps.exif_transpose(img)  # as the camera was held
            except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
                raise _unreadable() from None
            self.page_count = 1
        elif media_type in DOCUMENT_TYPES:
            import pypdfium2 as pdfium  # loaded with the first PDF opened, not with the screens

            try:
                self._pdf = pdfium.PdfDocument(data)
                self.page_count = len(self._pdf)
            except pdfium.PdfiumError:
                raise _unreadable() from None
            if self.page_count == 0:
                raise _unreadable()
        else:
            raise _unreadable()

    def page(self, index: int, longest: int = MAX_PAGE_PX) -> Picture:
        """Page ``index`` (0-based); a PDF page rendered so that its longest side is about
        ``longest`` pixels."""
        if not 0 <= index < self.page_count:
            raise IndexError(index)
        if self._image is not None:
            return _picture(self._image)
        assert self._pdf is not None
        import pypdfium2 as pdfium

        try:
            page = self._pdf[index]
            width, height = page.get_size()
            scale = max(0.1, min(4.0, longest / max(width, height, 1.0)))
            bitmap = page.render(scale=scale)
            return _picture(bitmap.to_pil())
        except pdfium.PdfiumError:
            raise _unreadable() from None

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
        if self._image is not None:
            self._image.close()
            self._image = None
