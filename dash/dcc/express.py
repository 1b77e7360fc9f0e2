"""Helpers that build the ``data`` value ``dcc.Download`` expects.

Each returns ``{"content", "filename", "type", "base64"}``: ``content`` is the text
itself, or base64 of the bytes when ``base64`` is True.
"""
import base64
import io
import os
from typing import Any, Callable, Dict, Optional, Union

DownloadData = Dict[str, Any]

# pandas writer method name -> whether it produces bytes (else text).
_DATA_FRAME_WRITERS = {
    "to_csv": False,
    "to_json": False,
    "to_html": False,
    "to_xml": False,
    "to_markdown": False,
    "to_string": False,
    "to_latex": False,
    "to_excel": True,
    "to_feather": True,
    "to_parquet": True,
    "to_stata": True,
    "to_pickle": True,
    "to_orc": True,
}


def _download(content: str, filename: str, mime_type: Optional[str], is_base64: bool) -> DownloadData:
    return {"content": content, "filename": filename, "type": mime_type, "base64": is_base64}


def _write_into(buffer: Union[io.BytesIO, io.StringIO], writer: Callable[..., Any], **kwargs: Any) -> Any:
    """Let ``writer`` fill ``buffer`` and return what it holds."""
    writer(buffer, **kwargs)
    return buffer.getvalue()


def send_file(path: str, filename: Optional[str] = None, type: Optional[str] = None) -> DownloadData:
    """Read the file at ``path`` for download (``filename`` defaults to its base name)."""
    with open(path, "rb") as handle:
        content = handle.read()
    return send_bytes(content, filename or os.path.basename(path), type)


def send_bytes(
    src: Union[bytes, Callable[..., Any]], filename: str, type: Optional[str] = None, **kwargs: Any
) -> DownloadData:
    """Download bytes, or what ``src(bytes_io, **kwargs)`` writes into a BytesIO."""
    content = src if isinstance(src, bytes) else _write_into(io.BytesIO(), src, **kwargs)
    return _download(base64.b64encode(content).decode("ascii"), filename, type, True)


def send_string(
    src: Union[str, Callable[..., Any]], filename: str, type: Optional[str] = None, **kwargs: Any
) -> DownloadData:
    """Download text, or what ``src(string_io, **kwargs)`` writes into a StringIO."""
    content = src if isinstance(src, str) else _write_into(io.StringIO(), src, **kwargs)
    return _download(content, filename, type, False)


def send_data_frame(
    writer: Callable[..., Any], filename: str, type: Optional[str] = None, **kwargs: Any
) -> DownloadData:
    """Download a pandas DataFrame through one of its writer methods,
    e.g. ``send_data_frame(df.to_csv, "data.csv", index=False)``."""
    name = getattr(writer, "__name__", repr(writer))
    if name not in _DATA_FRAME_WRITERS:
        raise ValueError(
            f"The provided writer ({name}) is not supported, "
            "try calling send_string or send_bytes directly."
        )
    send = send_bytes if _DATA_FRAME_WRITERS[name] else send_string
    return send(writer, filename, type, **kwargs)
