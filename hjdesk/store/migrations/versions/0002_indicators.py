"""Indicators, kept apart from the corrections and gap decisions people make.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Written by hand to match hjdesk.store.models. ``indicator`` holds machine
results only and is rewritten whenever a report is re-extracted;
``indicator_correction`` and ``gap_decision`` hold people's decisions and
name reports by content hash, not by id, so they have no foreign key and
survive deleting a report and importing the same text again.

``report.extractor_version`` is added through a batch operation: SQLite adds a
column with a constant default in place (no table rebuild), PostgreSQL with a
plain ``ALTER TABLE``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EMPTY = sa.text("''")


def upgrade() -> None:
    """Add report.extractor_version and the three new tables."""
    with op.batch_alter_table("report") as batch_op:
        batch_op.add_column(sa.Column("extractor_version", sa.String(),
                                      server_default=EMPTY, nullable=False))
    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("canonical", sa.Text(), nullable=False),
        sa.Column("measure", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("value_high", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(), server_default=EMPTY, nullable=False),
        sa.Column("comparator", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), server_default=EMPTY, nullable=False),
        sa.Column("stretch", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("section_ordinal", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
        sa.ForeignKeyConstraint(["report_id"], ["report.id"], ondelete="CASCADE",
                                name=op.f("fk_indicator_report_id_report")),
        sa.UniqueConstraint("report_id", "ordinal", name=op.f("uq_indicator_report_id_ordinal")),
        sa.CheckConstraint("ordinal >= 1", name=op.f("ck_indicator_ordinal")),
        sa.CheckConstraint("char_start >= 0 AND char_end >= char_start",
                           name=op.f("ck_indicator_span")),
    )
    op.create_index(op.f("ix_indicator_role_year"), "indicator", ["role", "year"], unique=False)
    op.create_table(
        "indicator_correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_hash", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(), server_default=EMPTY, nullable=False),
        sa.Column("quote", sa.Text(), server_default=EMPTY, nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("changes", sa.Text(), server_default=sa.text("'[]'"), nullable=False),
        sa.Column("added", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), server_default=EMPTY, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_correction")),
        sa.UniqueConstraint("report_hash", "key", "action",
                            name=op.f("uq_indicator_correction_report_hash_key_action")),
        sa.CheckConstraint("action IN ('edit', 'delete', 'add')",
                           name=op.f("ck_indicator_correction_action")),
    )
    op.create_table(
        "gap_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("old_hash", sa.String(length=64), nullable=False),
        sa.Column("new_hash", sa.String(length=64), nullable=False),
        sa.Column("target_key", sa.String(), nullable=False),
        sa.Column("actual_key", sa.String(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), server_default=EMPTY, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gap_decision")),
        sa.UniqueConstraint("old_hash", "new_hash", "target_key",
                            name=op.f("uq_gap_decision_old_hash_new_hash_target_key")),
    )


def downgrade() -> None:
    """Drop the new tables and column. People's corrections are lost: back up first."""
    op.drop_table("gap_decision")
    op.drop_table("indicator_correction")
    op.drop_index(op.f("ix_indicator_role_year"), table_name="indicator")
    op.drop_table("indicator")
    with op.batch_alter_table("report") as batch_op:
        batch_op.drop_column("extractor_version")
