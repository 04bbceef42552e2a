"""Statements over many rows that stay short for PostgreSQL.

psycopg rewrites the placeholders of every statement it is given, and remembers (and, after a
few runs, prepares) only short statements with few parameters. A multi-row ``VALUES`` list or
an ``IN`` list of 200 items is neither: it was rewritten on every request. For PostgreSQL the
rows therefore go as one JSON parameter and the lists as one array parameter, so the statement
text is the same for any number of rows. SQLite keeps the plain forms.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Result,
    String,
    Text,
    any_,
    bindparam,
    cast,
    column,
    func,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.types import TypeEngine


def _is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def member_of(
    session: Session, column: QueryableAttribute[Any], values: Collection[Any]
) -> ColumnElement[bool]:
    """``column IN values``; on PostgreSQL ``column = ANY(<one array parameter>)``."""
    if not _is_postgresql(session):
        return column.in_(list(values))
    array = _array_of(column.type)
    return column == any_(cast(bindparam(None, list(values), type_=array), array))


def insert_rows(
    session: Session,
    model: Any,
    rows: Sequence[Mapping[str, Any]],
    finish: Callable[[Any], Any],
) -> Result[Any]:
    """Run ``finish(insert)`` for ``rows`` of the mapped class ``model`` (all with the same
    keys), inserted in their order. ``insert`` is the dialect's ``INSERT`` (it knows
    ``ON CONFLICT`` and ``excluded``); ``finish`` adds the conflict clause and ``RETURNING``.

    PostgreSQL gets the rows as one JSON text (``json_to_recordset``): arrays of long texts
    would be escaped element by element in Python by psycopg, JSON is written in C."""
    names = tuple(rows[0])
    postgres = _is_postgresql(session)
    statement = _statement(postgres, model, names, finish)
    if not postgres:
        return session.execute(statement, list(rows))
    text = json.dumps([dict(row) for row in rows], ensure_ascii=False, default=_json_moment)
    return session.execute(statement, {"rows": text})


@lru_cache(maxsize=64)
def _statement(
    postgres: bool, model: Any, names: tuple[str, ...], finish: Callable[[Any], Any]
) -> Any:
    """The statement, built once (building it costs more than running it for one row)."""
    table = model.__table__  # Core statements: no ORM bulk semantics
    if not postgres:
        return finish(sqlite.insert(table))
    given = func.json_to_recordset(cast(bindparam("rows", type_=Text()), JSON())).table_valued(
        *[column(name, _unbounded(table.c[name].type)) for name in names]
    ).render_derived(name="given", with_types=True)
    return finish(postgresql.insert(table).from_select(list(names), select(*given.c)))


def _json_moment(value: Any) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not a column value")


def _unbounded(element: TypeEngine[Any]) -> TypeEngine[Any]:
    """The column's type, texts without their length: a cast to ``varchar(n)`` would cut a
    longer text silently, where the column refuses it (and a cut id could match another
    row's)."""
    return Text() if isinstance(element, String) else element


def _array_of(element: TypeEngine[Any]) -> postgresql.ARRAY[Any]:
    return postgresql.ARRAY(_unbounded(element))
