"""House style and mail settings from ``briefing.toml`` (or ``--config FILE``), overridden by
command-line options, with a record of where each setting came from for ``--verbose``.

A team applies its organisation name, logo, colours, handling marking ("OFFICIAL"), author
and footer without forking the templates. The logo is read here, once, and embedded as a
data: URI: nothing downstream (WeasyPrint, a mail client) ever fetches a file for it.
Colours are checked against a strict pattern because they are written into CSS.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from email.utils import parseaddr
from pathlib import Path
from types import MappingProxyType

from briefing.brief import DEFAULT_COLOURS, HouseStyle
from briefing.errors import SettingsError
from briefing.settings.files import load_toml, read_at_most

CONFIG_NAME = "briefing.toml"
# The house-style keys of briefing.toml are HouseStyle's text fields; colours are a table.
HOUSE_KEYS = tuple(f.name for f in fields(HouseStyle) if f.name != "colours")
COLOUR_NAMES = tuple(DEFAULT_COLOURS)
MAX_LOGO_BYTES = 200_000
# Pixels a logo may declare: a 4000 x 4000 image is about 64 MB to draw; a logo needs far less.
MAX_LOGO_SIDE = 4000
MAX_LOGO_PIXELS = MAX_LOGO_SIDE * MAX_LOGO_SIDE
_COLOUR = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?|[a-zA-Z]{3,20}")
# Image types by their first bytes: a logo is never trusted by its file name alone.
_IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}


@dataclass(frozen=True)
class SmtpSettings:
    """Where ``briefing send`` delivers; credentials never appear in messages."""

    host: str = "localhost"
    port: int = 25
    starttls: bool = False
    ssl: bool | None = None  # TLS from the first byte (SMTPS); None: only on port 465
    sender: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)


# The [smtp] keys: SmtpSettings' fields, the sender written "from" as in a mail header.
SMTP_KEYS = tuple("from" if f.name == "sender" else f.name for f in fields(SmtpSettings))


@dataclass(frozen=True)
class Config:
    """The merged settings, and for each one where it came from."""

    house: HouseStyle = field(default_factory=HouseStyle)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    origins: Mapping[str, str] = field(default_factory=dict)
    source: Path | None = None  # the config file read, if any
    # The reference .docx for brief.docx (docx_template, relative to the config file).
    docx_template: Path | None = None


def find_config(path: Path | None) -> Path | None:
    """``--config FILE`` (which must exist), else ./briefing.toml when present."""
    if path is not None:
        if not path.is_file():
            raise SettingsError(f"--config {path}: no such file")
        return path
    local = Path(CONFIG_NAME)
    return local if local.is_file() else None


def load_config(path: Path | None = None, overrides: Mapping[str, object] | None = None) -> Config:
    """Read the config file (if any), then apply command-line ``overrides`` (None = not given).

    ``overrides`` keys: organisation, logo, marking, author, footer, and colours (a mapping).
    """
    found = find_config(path)
    data = _read(found) if found else {}
    origins: dict[str, str] = {}
    values: dict[str, object] = {}
    base = found.parent if found else Path(".")
    for key in HOUSE_KEYS:
        if key in data:
            values[key] = _text(data[key], key, found)
            origins[key] = str(found)
    colours = dict(_colours(data.get("colours", {}), str(found)))
    origins.update({f"colours.{k}": str(found) for k in colours})
    for key, value in (overrides or {}).items():
        if key == "colours":
            given = _colours(value or {}, "--colour")
            colours.update(given)
            origins.update({f"colours.{k}": "--colour" for k in given})
        elif value is not None:
            values[key] = str(value)
            origins[key] = f"--{key}"
    logo = ""
    if values.get("logo"):
        logo_path = Path(str(values["logo"]))
        if origins["logo"] != "--logo" and not logo_path.is_absolute():
            logo_path = base / logo_path
        logo = logo_data_uri(logo_path)
    house = HouseStyle(
        organisation=str(values.get("organisation", "")),
        logo=logo,
        marking=str(values.get("marking", "")),
        author=str(values.get("author", "")),
        footer=str(values.get("footer", "")),
        colours=MappingProxyType(colours),
    )
    smtp = _smtp(data.get("smtp", {}), found, origins)
    docx_template = None
    if "docx_template" in data:
        docx_template = base / _text(data["docx_template"], "docx_template", found)
        origins["docx_template"] = str(found)
    return Config(
        house=house,
        smtp=smtp,
        origins=MappingProxyType(origins),
        source=found,
        docx_template=docx_template,
    )


def describe_origins(config: Config) -> list[str]:
    """One line per setting for --verbose: value and source, never a password."""
    found = (
        f"config file: {config.source}"
        if config.source
        else f"config file: none ({CONFIG_NAME} not in this folder)"
    )
    lines = [found]
    lines += [f"setting {key} not set" for key in HOUSE_KEYS if key not in config.origins]
    for key, origin in sorted(config.origins.items()):
        if key == "smtp.password" or key == "smtp.user":
            lines.append(f"setting {key} = (hidden) from {origin}")
            continue
        value = _value_of(config, key)
        lines.append(f"setting {key} = {value!r} from {origin}")
    return lines


def _value_of(config: Config, key: str) -> object:
    if key.startswith("colours."):
        return config.house.colours.get(key.split(".", 1)[1])
    if key.startswith("smtp."):
        name = key.split(".", 1)[1]
        return getattr(config.smtp, "sender" if name == "from" else name)
    if key == "logo":
        return f"embedded image, {len(config.house.logo)} characters"
    if key == "docx_template":
        return str(config.docx_template)
    return getattr(config.house, key)


def logo_data_uri(path: Path) -> str:
    """A local PNG, JPEG or GIF as a data: URI; anything else is a SettingsError.

    The limits are checked before the file is read (its size) and before it is drawn (the
    pixels its header declares): ``--logo /dev/zero`` grew without end, a 3 GB file was read
    whole before its size was looked at, and a 13000 x 13000 PNG of 20 KB made WeasyPrint
    take 1.4 GB to draw it."""
    try:
        size, data = read_at_most(path, MAX_LOGO_BYTES)
    except OSError as exc:
        raise SettingsError(f"logo {path}: cannot read ({exc.strerror or exc})") from None
    if size > MAX_LOGO_BYTES:
        amount = f"{size} bytes" if size > len(data) else f"more than {MAX_LOGO_BYTES} bytes"
        raise SettingsError(f"logo {path}: {amount}; keep it under {MAX_LOGO_BYTES}")
    mime = next((m for magic, m in _IMAGE_MAGIC.items() if data.startswith(magic)), None)
    if mime is None:
        raise SettingsError(f"logo {path}: not a PNG, JPEG or GIF image")
    pixels = _pixels(path, data)
    if pixels is None or pixels[0] * pixels[1] > MAX_LOGO_PIXELS:
        declared = f"{pixels[0]} x {pixels[1]} pixels" if pixels else "too many pixels"
        raise SettingsError(
            f"logo {path}: {declared}; keep it under {MAX_LOGO_PIXELS:,} pixels "
            f"(e.g. {MAX_LOGO_SIDE} x {MAX_LOGO_SIDE})"
        )
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _pixels(path: Path, data: bytes) -> tuple[int, int] | None:
    """The width and height an image's header declares, read without decoding its pixels
    (None: more than Pillow itself will open)."""
    import warnings

    from PIL import Image  # WeasyPrint's own dependency: it is what will draw the logo

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                return image.size
    except Image.DecompressionBombError:
        return None
    except (OSError, ValueError, SyntaxError) as exc:
        raise SettingsError(f"logo {path}: not a readable image ({exc})") from None


def parse_colour_options(values: list[str] | None) -> dict[str, str]:
    """``["accent=#004b87"]`` -> {"accent": "#004b87"} (checked later with the file's)."""
    colours = {}
    for value in values or []:
        name, sep, colour = value.partition("=")
        if not sep:
            raise SettingsError(f"--colour {value!r}: write it as NAME=COLOUR, e.g. accent=#004b87")
        colours[name.strip()] = colour.strip()
    return colours


def _read(path: Path) -> dict:
    data = load_toml(path, "the config file")
    known = {*HOUSE_KEYS, "colours", "smtp", "docx_template"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SettingsError(
            f"{path}: unknown key {unknown[0]!r} (known: {', '.join(sorted(known))})"
        )
    return data


def _text(value: object, key: str, path: Path | None) -> str:
    if not isinstance(value, str):
        raise SettingsError(f"{path}: {key} must be a string")
    return value


def _colours(data: object, where: str) -> dict[str, str]:
    if not isinstance(data, Mapping):
        raise SettingsError(f'{where}: colours must be a table of NAME = "#rrggbb"')
    colours = {}
    for name, value in data.items():
        if name not in COLOUR_NAMES:
            raise SettingsError(
                f"{where}: unknown colour {name!r} (known: {', '.join(COLOUR_NAMES)})"
            )
        if not isinstance(value, str) or not _COLOUR.fullmatch(value):
            raise SettingsError(
                f"{where}: colour {name} = {value!r} is not #rgb, #rrggbb or a name"
            )
        colours[name] = value
    return colours


def _smtp(data: object, path: Path | None, origins: dict[str, str]) -> SmtpSettings:
    if not isinstance(data, Mapping):
        raise SettingsError(f"{path}: smtp must be a table")
    unknown = sorted(set(data) - set(SMTP_KEYS))
    if unknown:
        raise SettingsError(
            f"{path}: unknown key 'smtp.{unknown[0]}' (known: {', '.join(SMTP_KEYS)})"
        )
    origins.update({f"smtp.{k}": str(path) for k in data})
    port = data.get("port", 25)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise SettingsError(f"{path}: smtp.port must be a port number")
    for key in ("host", "from", "user", "password"):
        if key in data and not isinstance(data[key], str):
            raise SettingsError(f"{path}: smtp.{key} must be a string")
    for key in ("starttls", "ssl"):
        if not isinstance(data.get(key, False), bool):
            raise SettingsError(f"{path}: smtp.{key} must be true or false")
    sender = data.get("from")
    return SmtpSettings(
        host=data.get("host", "localhost"),
        port=port,
        starttls=data.get("starttls", False),
        ssl=data.get("ssl"),
        sender=check_address(sender, f"{path}: smtp.from") if sender is not None else None,
        user=data.get("user"),
        password=data.get("password"),
    )


def check_address(value: str, option: str) -> str:
    """One mailbox (``name@example.org`` or ``Name <name@example.org>``), as it will stand in
    the header. A line break would start a header of its own ('Bcc: ...') in every message
    sent from it, so it is refused. So is anything two parsers could read as two different
    mailboxes: ``a@x <v@evil>`` is 'a@x' to one reader and 'v@evil' to another, so a header
    could name one person while the envelope delivers to the other; an address in the
    display name ("a@x" <v@evil>, v@evil (a@x)) is refused for the same reason: a reader sees
    one address and the mail goes to another."""
    from email.headerregistry import Address

    problem = f"{option} {value!r} is not an email address"
    if any(c in value for c in "\r\n,;"):
        raise SettingsError(problem)
    parsed = _parsed_mailbox(value)
    name, address = parseaddr(value)
    if parsed is None or address != parsed.addr_spec:
        raise SettingsError(problem)
    if "@" in name or "@" in parsed.display_name or "<" in parsed.display_name:
        raise SettingsError(
            f"{option} {value!r} is ambiguous: its name part holds an address (write "
            "name@example.org or Name <name@example.org>)"
        )
    return str(Address(parsed.display_name, addr_spec=parsed.addr_spec))


def mailbox(address: str) -> str:
    """The bare ``name@example.org`` of an address ``check_address`` accepted: what the SMTP
    envelope carries, read by the same parser that wrote the header."""
    parsed = _parsed_mailbox(address)
    if parsed is None:
        raise SettingsError(f"{address!r} is not an email address")
    return parsed.addr_spec


def _parsed_mailbox(value: str):  # type: ignore[no-untyped-def]
    """The one Address a To: header of ``value`` would hold, or None (none, several, defects,
    no local part or domain)."""
    from email import policy
    from email.errors import HeaderParseError

    try:
        header = policy.default.header_factory("To", value)
    except (HeaderParseError, ValueError, IndexError):
        return None
    addresses = header.addresses
    if header.defects or len(addresses) != 1 or len(header.groups) != 1:
        return None
    address = addresses[0]
    if not address.username or not address.domain or "@" in address.username:
        return None
    return address
