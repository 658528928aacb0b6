"""Pins: a person's fixed pairs of sections, an input to the aligner.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

Written by hand to match hjdesk.store.models.PinRow. Reports are named by
content hash (no foreign key), sections by start offset and heading.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EMPTY = sa.text("''")


def upgrade() -> None:
    """Create the pin table."""
    op.create_table(
        "pin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("old_hash", sa.String(length=64), nullable=False),
        sa.Column("new_hash", sa.String(length=64), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("old_start", sa.Integer(), nullable=True),
        sa.Column("old_heading", sa.Text(), server_default=EMPTY, nullable=False),
        sa.Column("new_start", sa.Integer(), nullable=True),
        sa.Column("new_heading", sa.Text(), server_default=EMPTY, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pin")),
        sa.CheckConstraint("mode IN ('same', 'promise')", name=op.f("ck_pin_mode")),
        sa.CheckConstraint("old_start IS NOT NULL OR new_start IS NOT NULL", name=op.f("ck_pin_side")),
    )
    op.create_index(op.f("ix_pin_old_hash_new_hash_mode"), "pin", ["old_hash", "new_hash", "mode"], unique=False)


def downgrade() -> None:
    """Drop the pin table. People's pins are lost: back up first."""
    op.drop_index(op.f("ix_pin_old_hash_new_hash_mode"), table_name="pin")
    op.drop_table("pin")
