"""The ready message to refuse new work: polite, factual, with the figures; the worker may edit it."""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from .errors import UserError, shown
from .i18n import QT_TRANSLATE_NOOP, translate
from .say_no import Answer
from .settings import get_setting, set_setting

if TYPE_CHECKING:
    from sqlite_utils import Database

# The message goes to the person asking, in the language the worker picks, whatever the app speaks.
DEFAULT_TEMPLATES = {
    "nl": (
        "Beste {to},\n\n"
        "Dank voor je vraag. Ik kan deze zaak nu niet aannemen. Op {date} draag ik {caseload} maatregelen "
        "({families} gezinnen). De norm voor mijn contract van {contract} uur is {norm} maatregelen, en volgens "
        "het afgesproken afbouwschema is mijn doel vandaag {target}.{hours_sentence}\n\n"
        "Zo blijf ik verantwoord werk leveren voor de kinderen en gezinnen die ik al begeleid. Ik denk graag mee "
        "over een andere oplossing.\n\n"
        "Met vriendelijke groet"
    ),
    "en": (
        "Dear {to},\n\n"
        "Thank you for asking. I cannot take on this case now. On {date} I carry {caseload} measures "
        "({families} families). The norm for my contract of {contract} hours is {norm} measures, and under the "
        "agreed reduction schedule my target today is {target}.{hours_sentence}\n\n"
        "This way I can keep doing responsible work for the children and families I already support. I am glad "
        "to think along about another solution.\n\n"
        "Kind regards"
    ),
}
PLACEHOLDERS = ("to", "date", "caseload", "families", "contract", "norm", "target", "weeks_over", "hours_sentence")
# What each placeholder holds, as the template editor shows it to the worker (never the raw ``{name}``).
FIELD_NAMES: dict[str, str] = {
    "to": QT_TRANSLATE_NOOP("RefusalFields", "the person you write to"),
    "date": QT_TRANSLATE_NOOP("RefusalFields", "today's date"),
    "caseload": QT_TRANSLATE_NOOP("RefusalFields", "your caseload"),
    "families": QT_TRANSLATE_NOOP("RefusalFields", "your families"),
    "contract": QT_TRANSLATE_NOOP("RefusalFields", "your contract hours"),
    "norm": QT_TRANSLATE_NOOP("RefusalFields", "your norm"),
    "target": QT_TRANSLATE_NOOP("RefusalFields", "today's target"),
    "weeks_over": QT_TRANSLATE_NOOP("RefusalFields", "weeks over your contract (of the last 4)"),
    "hours_sentence": QT_TRANSLATE_NOOP("RefusalFields", "a sentence on your hours, if they ran over"),
}
# A field as the editor shows it: its name between these marks.
FIELD_OPEN, FIELD_CLOSE = "«", "»"
_HOURS_SENTENCE = {
    "nl": " In {weeks} van de laatste 4 weken werkte ik meer uren dan mijn contract.",
    "en": " In {weeks} of the last 4 weeks I worked more hours than my contract.",
}


# The name of the person asked is cut here, so no template can make the message huge.
TO_MAX = 200


def _fields(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """The template's pieces as :meth:`string.Formatter.parse` reads them; ValueError on a lone brace."""
    return list(string.Formatter().parse(text))


def _as_written(name: str, spec: str | None, conversion: str | None) -> str:
    """A placeholder as the template holds it, ``{to.x}`` or ``{to:>9}``."""
    return "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"


def check_template(text: str, field: str) -> None:
    """Refuse a template with a lone brace, or a placeholder that is not one of :data:`PLACEHOLDERS` as it stands.

    Attribute access, an index, a format spec or a conversion (``{to.x}``, ``{to[0]}``,
    ``{to:>1999999999}``, ``{to!r}``) is refused: each could break the message or freeze the window.
    """
    try:
        pieces = _fields(text)
    except ValueError:
        raise UserError(
            translate(
                "Validation", "A brace in the message must be written twice, {{ or }}, unless it is a placeholder."
            ),
            field,
        ) from None
    for _, name, spec, conversion in pieces:
        if name is not None and (name not in PLACEHOLDERS or spec or conversion):
            raise UserError(
                translate(
                    "Validation", "“{placeholder}” is not a placeholder the message knows; use one of: {names}."
                ).format(
                    placeholder=shown(_as_written(name, spec, conversion)),
                    names=", ".join("{" + p + "}" for p in PLACEHOLDERS),
                ),
                field,
            )


def field_name(key: str) -> str:
    """What the placeholder ``key`` holds, in words in the current language."""
    return translate("RefusalFields", FIELD_NAMES[key])


def field_shown(key: str) -> str:
    """The placeholder ``key`` as the editor shows it: ``«your caseload in measures»``."""
    return FIELD_OPEN + field_name(key) + FIELD_CLOSE


def as_shown(text: str) -> str:
    """A stored template as the editor shows it: each placeholder by its name in words.

    Anything else stays as stored (a brace written twice, a placeholder the message does not
    know), so that :func:`as_stored` gives the template back unchanged.
    """
    try:
        pieces = _fields(text)
    except ValueError:
        return text
    out = []
    for literal, name, spec, conversion in pieces:
        out.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is not None:
            known = name in PLACEHOLDERS and not spec and not conversion
            out.append(field_shown(name) if known else _as_written(name, spec, conversion))
    return "".join(out)


def as_stored(text: str) -> str:
    """The editor's text as stored: each figure's name in words back to its placeholder."""
    for key in PLACEHOLDERS:
        text = text.replace(field_shown(key), "{" + key + "}")
    return text


def fill(text: str, values: dict[str, str]) -> str:
    """Fill the known placeholders of ``text``; anything else stays as it stands, and nothing raises.

    A template stored before :func:`check_template` existed may hold ``{to.x}`` or
    ``{to:>1999999999}``: these are left as written, never evaluated.
    """
    try:
        pieces = _fields(text)
    except ValueError:
        return text
    out = []
    for literal, name, spec, conversion in pieces:
        out.append(literal)
        if name is not None:
            known = name in values and not spec and not conversion
            out.append(values[name] if known else _as_written(name, spec, conversion))
    return "".join(out)


def template(db: Database, lang: str) -> str:
    """The worker's template in ``lang`` (``nl`` or ``en``), or the default."""
    return get_setting(db, f"refusal_template_{lang}") or DEFAULT_TEMPLATES[lang]


def save_template(db: Database, lang: str, text: str) -> None:
    """Keep the worker's own template (its placeholders checked); an empty one brings back the default."""
    if text.strip():
        set_setting(db, f"refusal_template_{lang}", text)
    else:
        with db.atomic():
            db.execute("DELETE FROM settings WHERE key = ?", [f"refusal_template_{lang}"])


def _number(value: float, lang: str) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "nl" else text


def refusal_message(db: Database, answer: Answer, lang: str, to: str = "") -> str:
    """The message filled in with the answer's figures; anything but a known placeholder is left as it stands."""
    values = {
        "to": to[:TO_MAX] or ("collega" if lang == "nl" else "colleague"),
        "date": answer.day.strftime("%d-%m-%Y") if lang == "nl" else answer.day.isoformat(),
        "caseload": str(answer.caseload.measures),
        "families": str(answer.caseload.families),
        "contract": _number(answer.norm.contract_hours, lang),
        "norm": _number(answer.norm.measures, lang),
        "target": _number(answer.target, lang),
        "weeks_over": str(answer.weeks_over_contract),
        "hours_sentence": _HOURS_SENTENCE[lang].format(weeks=answer.weeks_over_contract)
        if answer.weeks_over_contract
        else "",
    }
    return fill(template(db, lang), values)
