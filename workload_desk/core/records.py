"""Frozen records: what ``@dataclass(frozen=True)`` gives, without its machinery at import.

``week --json`` is a short process, and making a frozen dataclass costs about as much as the
week's sums: the dataclasses module brings inspect, ast and tokenize, and each class compiles six
generated methods (some ten million instructions a class; fourteen are on the week's path). A
:class:`Record` compiles only its ``__init__``; equality, hashing, ``repr`` and the refusal to
change a field are shared methods. ``dataclasses.replace``, ``asdict``, ``fields`` and
``is_dataclass`` still work: they read ``__dataclass_fields__``, which is made the first time it
is asked for (that caller pays for importing dataclasses).

Fields are the class's annotations in order, a base class's first; a value in the class body is
the default, and :class:`Factory` gives a fresh default per record (``field(default_factory=...)``).
"""

from __future__ import annotations


class Factory:
    """A default made afresh for each record, as ``field(default_factory=make)``."""

    __slots__ = ("make",)

    def __init__(self, make) -> None:
        self.make = make


class FrozenRecordError(AttributeError):
    """A field of a record was assigned or deleted (records are frozen)."""


class _DataclassFields:
    """``__dataclass_fields__`` made on first use, from a dataclass of the same fields."""

    def __get__(self, instance, owner):
        fields = owner.__dict__.get("_dataclass_fields")
        if fields is None:
            import dataclasses

            specs = []
            for name in owner._fields:
                default = owner._defaults.get(name, dataclasses.MISSING)
                if isinstance(default, Factory):
                    specs.append((name, object, dataclasses.field(default_factory=default.make)))
                elif default is dataclasses.MISSING:
                    specs.append((name, object))
                else:
                    specs.append((name, object, dataclasses.field(default=default)))
            fields = dataclasses.make_dataclass(owner.__name__, specs, frozen=True).__dataclass_fields__
            type.__setattr__(owner, "_dataclass_fields", fields)
        return fields


class Record:
    """The base of a frozen record; subclasses declare their fields as annotations."""

    _fields: tuple[str, ...] = ()
    _defaults: dict[str, object] = {}
    __dataclass_fields__ = _DataclassFields()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        fields = list(cls._fields)
        defaults = dict(cls._defaults)
        for name in cls.__dict__.get("__annotations__", {}):
            if name not in fields:
                fields.append(name)
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
        cls._fields, cls._defaults = tuple(fields), defaults
        cls.__match_args__ = cls._fields
        _check_defaults(cls)
        cls.__init__ = _first_init(cls)

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({inner})"

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenRecordError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenRecordError(f"cannot delete field {name!r}")


_NO_DEFAULT = object()


def _check_defaults(cls) -> None:
    """Refuse a field without a default after one with a default, as dataclasses does, when the class is made."""
    with_default = False
    for name in cls._fields:
        if name in cls._defaults:
            with_default = True
        elif with_default:
            raise TypeError(f"{cls.__name__}: field {name!r} without a default follows one with a default")


def _first_init(cls):
    """An ``__init__`` that compiles the class's own (:func:`_init_of`) when the first record is made, puts
    it in its place and runs it: ``week --json`` makes records of a few of the classes it loads."""

    def __init__(self, *args, **kwargs):
        init = _init_of(cls)
        type.__setattr__(cls, "__init__", init)
        init(self, *args, **kwargs)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


def _init_of(cls):
    """An ``__init__`` taking the fields in order (positionally or by name), defaults filled in.

    It gives the record its fields as one new ``__dict__`` (in the fields' order), which costs a third
    of setting them one by one: the week makes hundreds of entries.
    """
    names = cls._fields
    params, values, scope = [], [], {"_set": object.__setattr__}
    for i, name in enumerate(names):
        default = cls._defaults.get(name, _NO_DEFAULT)
        if default is _NO_DEFAULT:
            params.append(name)
            values.append(f"{name!r}: {name}")
        elif isinstance(default, Factory):
            scope[f"_make{i}"] = default.make
            params.append(f"{name}=_NO_DEFAULT")
            values.append(f"{name!r}: _make{i}() if {name} is _NO_DEFAULT else {name}")
        else:
            scope[f"_default{i}"] = default
            params.append(f"{name}=_default{i}")
            values.append(f"{name!r}: {name}")
    scope["_NO_DEFAULT"] = _NO_DEFAULT
    body = f"_set(self, '__dict__', {{{', '.join(values)}}})" if values else "pass"
    source = f"def __init__(self, {', '.join(params)}):\n    {body}\n"
    exec(source, scope)  # noqa: S102 - our own fields' names, as dataclasses does
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init
