"""The length of each report's text, stored: the library's list shows it,
and computing it there read every report's whole text.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add report.char_count and fill it from the stored texts."""
    with op.batch_alter_table("report") as batch:
        batch.add_column(sa.Column("char_count", sa.Integer(), server_default=sa.text("0"), nullable=False))
    op.execute("UPDATE report SET char_count = length(text)")


def downgrade() -> None:
    with op.batch_alter_table("report") as batch:
        batch.drop_column("char_count")
