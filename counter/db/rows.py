"""Rows written straight through the database driver, for the paths a counter feels (receiving
a dossier): no unit of work, no statement compiled per call.

Each INSERT's text is made once per table and column list from the model's own table, and
every value goes through its column type's bind processor and its default, so what is stored
is what the ORM would store (``tests/core/test_rows.py`` compares the two). The statements run
on the session's own connection, inside its transaction: they commit or roll back with the
rest. Driver errors become SQLAlchemy's, so ``Store.write`` turns them into the same messages.

Rows written here are not in the session's identity map; a caller that reads them back in the
same transaction reads them with a query, never from objects it did not load. Changes the
session holds are flushed before each statement, as before the ORM's own queries."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Column, Table, exc
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from counter.db.models import Base

Processor = Callable[[Any], Any]
_DRIVER = "rows.driver"  # Session.info entry: (the transaction, its driver connection)
_STATEMENTS: dict[tuple[str, tuple[str, ...], str], _Insert] = {}


class _Insert:
    """One table's INSERT for one set of supplied columns, with each column's value maker."""

    def __init__(self, table: Table, supplied: tuple[str, ...], dialect: Dialect) -> None:
        columns = [c for c in table.columns if c.key in supplied or c.default is not None]
        unknown = set(supplied) - {c.key for c in table.columns}
        if unknown:
            raise KeyError(f"{table.name} has no column {', '.join(sorted(unknown))}")
        self.sql = (f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) "
                    f"VALUES ({', '.join('?' for _ in columns)})")
        self.makers = [(c.key, c.key in supplied, _default(c), _processor(c, dialect))
                       for c in columns]

    def parameters(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        out = []
        for key, supplied, default, process in self.makers:
            value = values[key] if supplied else None
            if value is None and default is not None:  # as the ORM: None takes the default
                value = default()
            out.append(process(value) if process is not None and value is not None else value)
        return tuple(out)


def _default(column: Column[Any]) -> Callable[[], Any] | None:
    default = column.default
    if default is None:
        return None
    if getattr(default, "is_callable", False):
        function = default.arg  # type: ignore[attr-defined]
        return lambda: function(None)  # SQLAlchemy wraps it to take a context
    if getattr(default, "is_scalar", False):
        value = default.arg  # type: ignore[attr-defined]
        return lambda: value
    raise TypeError(f"{column} has a default this module cannot apply")


def _processor(column: Column[Any], dialect: Dialect) -> Processor | None:
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def _statement(session: Session, model: type[Base], supplied: Iterable[str]) -> _Insert:
    table = cast(Table, model.__table__)
    dialect = session.get_bind().dialect
    key = (table.name, tuple(sorted(supplied)), dialect.name)
    found = _STATEMENTS.get(key)
    if found is None:
        found = _STATEMENTS[key] = _Insert(table, key[1], dialect)
    return found


def _driver(session: Session) -> Any:
    """The driver's connection under the session's transaction (begun if it was not), once
    the changes the session holds are written (as the ORM's own queries flush first)."""
    session.flush()
    transaction = session.get_transaction()
    held = session.info.get(_DRIVER)
    if transaction is not None and held is not None and held[0] is transaction:
        return held[1]
    driver = session.connection().connection.driver_connection
    session.info[_DRIVER] = (session.get_transaction(), driver)
    return driver


def _run(session: Session, sql: str, parameters: Any, many: bool = False) -> Any:
    driver = _driver(session)
    try:
        return driver.executemany(sql, parameters) if many else driver.execute(sql, parameters)
    except Exception as error:
        module = session.get_bind().dialect.dbapi
        if module is not None and isinstance(error, module.Error):
            raise exc.DBAPIError.instance(sql, None, error, module.Error,
                                          hide_parameters=True) from error
        raise


def insert(session: Session, model: type[Base], values: Mapping[str, Any]) -> int:
    """Insert one row of ``model``'s table; its rowid (the integer primary key, if any)."""
    statement = _statement(session, model, values)
    return int(_run(session, statement.sql, statement.parameters(values)).lastrowid)


def insert_many(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows of ``model``'s table that all supply the same columns, in one driver call."""
    if not rows:
        return
    statement = _statement(session, model, rows[0])
    _run(session, statement.sql, [statement.parameters(row) for row in rows], many=True)


def fetch_one(session: Session, sql: str, parameters: Sequence[Any] = ()) -> tuple[Any, ...] | None:
    """The first row of a plain query (numbers and text only: nothing is converted)."""
    row = _run(session, sql, tuple(parameters)).fetchone()
    return None if row is None else tuple(row)


def fetch_all(session: Session, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Every row of a plain query (numbers and text only: nothing is converted)."""
    return [tuple(row) for row in _run(session, sql, tuple(parameters)).fetchall()]


def execute(session: Session, sql: str, parameters: Sequence[Any] = ()) -> int:
    """Run one plain statement; the number of rows it changed."""
    return int(_run(session, sql, tuple(parameters)).rowcount)
