"""Dashboard aggregates per hour (report_hours, report_error_hours) and the triggers that mark an hour dirty
(report_dirty_hours) whenever a row it counts changes; every hour with history starts dirty and is computed by the
first refresh (packstation/services/reports/report_aggregates.py).

Revision ID: i23hist_aggregates
Revises: i23hist_archive
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i23hist_aggregates"
down_revision = "i23hist_archive"
branch_labels = None
depends_on = None

# The hour of a timestamp as whole hours since the epoch (UTC), as the triggers and the backfill compute it.
# In the SQLite triggers `+ps.state` keeps the planner off the state indexes: `state = 'closed'` matches nearly
# every session, and a trigger that ran on every scan read them all; the order's or session's id is the index.
# PostgreSQL's functions say the same with `(ps.state || '')`.
SQLITE_HOUR = "(CAST(strftime('%s', {0}) AS INTEGER) / 3600)"
PG_HOUR = "floor(extract(epoch from {0}) / 3600)::bigint"

_SQLITE_TRIGGERS = """
CREATE TRIGGER report_session_insert AFTER INSERT ON pack_sessions
WHEN NEW.state = 'closed' AND NEW.ended_at IS NOT NULL BEGIN
  INSERT INTO report_dirty_hours (hour) VALUES ({h_new_end});
END;
CREATE TRIGGER report_session_update AFTER UPDATE OF state, ended_at, started_at, user_id, station_id, order_id
ON pack_sessions WHEN OLD.state = 'closed' OR NEW.state = 'closed' BEGIN
  INSERT INTO report_dirty_hours (hour) SELECT {h_old_end} WHERE OLD.state = 'closed' AND OLD.ended_at IS NOT NULL;
  INSERT INTO report_dirty_hours (hour) SELECT {h_new_end} WHERE NEW.state = 'closed' AND NEW.ended_at IS NOT NULL;
END;
CREATE TRIGGER report_session_delete AFTER DELETE ON pack_sessions
WHEN OLD.state = 'closed' AND OLD.ended_at IS NOT NULL BEGIN
  INSERT INTO report_dirty_hours (hour) VALUES ({h_old_end});
END;
CREATE TRIGGER report_error_insert AFTER INSERT ON events WHEN NEW.error_type IS NOT NULL BEGIN
  INSERT INTO report_dirty_hours (hour) VALUES ({h_new_at});
  INSERT INTO report_dirty_hours (hour) SELECT {h_ps_end} FROM pack_sessions ps
    WHERE +ps.state = 'closed' AND +ps.ended_at IS NOT NULL AND ps.order_id = NEW.order_id;
  INSERT INTO report_dirty_hours (hour) SELECT {h_ps_end} FROM pack_sessions ps
    WHERE +ps.state = 'closed' AND +ps.ended_at IS NOT NULL AND ps.id = NEW.session_id AND ps.order_id IS NOT NEW.order_id;
END;
"""
_SQLITE_ORDER_TRIGGER = """
CREATE TRIGGER report_{table}_{op} AFTER {OP} ON {table} BEGIN
  INSERT INTO report_dirty_hours (hour) SELECT {h_ps_end} FROM pack_sessions ps
    WHERE +ps.state = 'closed' AND +ps.ended_at IS NOT NULL AND ps.order_id = ({order_of});
END;
"""

_PG_FUNCTIONS = """
CREATE FUNCTION report_mark_session() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.state = 'closed' AND OLD.ended_at IS NOT NULL THEN
    INSERT INTO report_dirty_hours (hour) VALUES ({h_old_end});
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.state = 'closed' AND NEW.ended_at IS NOT NULL THEN
    INSERT INTO report_dirty_hours (hour) VALUES ({h_new_end});
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER report_session AFTER INSERT OR DELETE OR UPDATE OF state, ended_at, started_at, user_id, station_id,
  order_id ON pack_sessions FOR EACH ROW EXECUTE FUNCTION report_mark_session();
CREATE FUNCTION report_mark_error() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_dirty_hours (hour) VALUES ({h_new_at});
  INSERT INTO report_dirty_hours (hour) SELECT {h_ps_end} FROM pack_sessions ps
    WHERE (ps.state || '') = 'closed' AND ps.ended_at IS NOT NULL AND (ps.order_id = NEW.order_id OR ps.id = NEW.session_id);
  RETURN NULL;
END $$;
CREATE TRIGGER report_error AFTER INSERT ON events FOR EACH ROW WHEN (NEW.error_type IS NOT NULL)
  EXECUTE FUNCTION report_mark_error();
CREATE FUNCTION report_mark_order() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  the_order bigint;
BEGIN
  IF TG_TABLE_NAME = 'order_lines' AND TG_OP = 'DELETE' THEN
    the_order := OLD.order_id;
  ELSIF TG_TABLE_NAME = 'order_lines' THEN
    the_order := NEW.order_id;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT order_id INTO the_order FROM pack_sessions WHERE id = OLD.session_id;
  ELSE
    SELECT order_id INTO the_order FROM pack_sessions WHERE id = NEW.session_id;
  END IF;
  INSERT INTO report_dirty_hours (hour) SELECT {h_ps_end} FROM pack_sessions ps
    WHERE (ps.state || '') = 'closed' AND ps.ended_at IS NOT NULL AND ps.order_id = the_order;
  RETURN NULL;
END $$;
CREATE TRIGGER report_units AFTER INSERT OR UPDATE OR DELETE ON packed_units FOR EACH ROW
  EXECUTE FUNCTION report_mark_order();
CREATE TRIGGER report_lines AFTER INSERT OR UPDATE OR DELETE ON order_lines FOR EACH ROW
  EXECUTE FUNCTION report_mark_order();
"""


def _hours(hour: str) -> dict[str, str]:
    return {"h_new_end": hour.format("NEW.ended_at"), "h_old_end": hour.format("OLD.ended_at"),
            "h_new_at": hour.format("NEW.at"), "h_ps_end": hour.format("ps.ended_at")}


def _statements(script: str) -> list[str]:
    """Split a script on the `END;` / `$$;` that close each statement (trigger bodies hold semicolons)."""
    out, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        closes = line.rstrip().endswith(("END;", "$$;")) or (
            line.rstrip().endswith(";") and "BEGIN" not in text and "$$" not in text)
        if closes:
            out.append(text.rstrip(";"))
            current = []
    return out


def upgrade() -> None:
    op.create_table(
        "report_hours",
        sa.Column("hour", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("order_class", sa.String(length=16), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("secs", sa.Double(), nullable=False),
        sa.Column("with_error", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("hour", "user_id", "station_id", "order_class", name=op.f("pk_report_hours")),
    )
    op.create_table(
        "report_error_hours",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("hour", sa.BigInteger(), nullable=False),
        sa.Column("error_type", sa.String(length=40), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("station_id", sa.Integer(), nullable=True),
        sa.Column("sku_id", sa.Integer(), nullable=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_error_hours")),
    )
    op.create_index("ix_report_error_hours_hour", "report_error_hours", ["hour"])
    op.create_table(
        "report_dirty_hours",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("hour", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_dirty_hours")),
    )
    op.create_index("ix_report_dirty_hours_hour", "report_dirty_hours", ["hour"])
    sqlite = op.get_bind().dialect.name == "sqlite"
    hour = SQLITE_HOUR if sqlite else PG_HOUR
    h = _hours(hour)
    if sqlite:
        script = _SQLITE_TRIGGERS.format(**h)
        for table, order_of in (("packed_units", "SELECT order_id FROM pack_sessions WHERE id = {r}.session_id"),
                                ("order_lines", "{r}.order_id")):
            for op_name, r in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
                script += _SQLITE_ORDER_TRIGGER.format(table=table, op=op_name, OP=op_name.upper(),
                                                       order_of=order_of.format(r=r), **h)
    else:
        script = _PG_FUNCTIONS.format(**h)
    for statement in _statements(script):
        op.execute(statement)
    # Every hour that has history starts dirty: the first refresh computes it (until then it is read raw).
    op.execute(f"INSERT INTO report_dirty_hours (hour) SELECT DISTINCT {hour.format('ended_at')} FROM pack_sessions "
               "WHERE state = 'closed' AND ended_at IS NOT NULL")
    op.execute(f"INSERT INTO report_dirty_hours (hour) SELECT DISTINCT {hour.format('at')} FROM events "
               "WHERE error_type IS NOT NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("report_session_insert", "report_session_update", "report_session_delete",
                     "report_error_insert", *(f"report_{t}_{o}" for t in ("packed_units", "order_lines")
                                              for o in ("insert", "update", "delete"))):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for trigger, table in (("report_session", "pack_sessions"), ("report_error", "events"),
                               ("report_units", "packed_units"), ("report_lines", "order_lines")):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        for fn in ("report_mark_session", "report_mark_error", "report_mark_order"):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}()")
    op.drop_table("report_dirty_hours")
    op.drop_table("report_error_hours")
    op.drop_table("report_hours")
