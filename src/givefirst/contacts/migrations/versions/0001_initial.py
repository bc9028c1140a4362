"""The first contact-book schema: me, contacts, e-mails, phones, interactions.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "me",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200)),
        sa.Column("role", sa.String(200)),
        sa.Column("audience", sa.Integer),
        sa.Column("inbound_per_day", sa.Integer),
        sa.Column("offers", sa.JSON),
        sa.Column("circles", sa.JSON),
        sa.Column("language", sa.String(5)),
        sa.Column("updated_at", sa.DateTime),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("name_key", sa.String(300), nullable=False),
        sa.Column("company", sa.String(300)),
        sa.Column("company_key", sa.String(300)),
        sa.Column("position", sa.String(300)),
        sa.Column("linkedin_url", sa.String(500)),
        sa.Column("linkedin_key", sa.String(500)),
        sa.Column("role", sa.String(200)),
        sa.Column("audience", sa.Integer),
        sa.Column("inbound_per_day", sa.Integer),
        sa.Column("work", sa.JSON),
        sa.Column("circles", sa.JSON),
        sa.Column("tags", sa.JSON),
        sa.Column("notes", sa.Text),
        sa.Column("keep_in_touch_days", sa.Integer),
        sa.Column("connected_on", sa.Date),
        sa.Column("created_at", sa.DateTime, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime, server_default=sa.func.now()),
    )
    op.create_index("ix_contacts_name_key", "contacts", ["name_key"])
    op.create_index("ix_contacts_linkedin_key", "contacts", ["linkedin_key"])
    op.create_table(
        "contact_emails",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("email_key", sa.String(320), nullable=False),
    )
    op.create_index("ix_contact_emails_contact_id", "contact_emails", ["contact_id"])
    op.create_index("ix_contact_emails_email_key", "contact_emails", ["email_key"])
    op.create_table(
        "contact_phones",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("phone", sa.String(64), nullable=False),
    )
    op.create_index("ix_contact_phones_contact_id", "contact_phones", ["contact_id"])
    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("channel", sa.String(32)),
        sa.Column("summary", sa.Text),
        sa.Column("message_text", sa.Text),
        sa.Column("score", sa.Integer),
        sa.Column("mistakes", sa.JSON),
        sa.Column("created_at", sa.DateTime, server_default=sa.func.now()),
    )
    op.create_index("ix_interactions_contact_date", "interactions", ["contact_id", "date"])


def downgrade() -> None:
    op.drop_table("interactions")
    op.drop_table("contact_phones")
    op.drop_table("contact_emails")
    op.drop_table("contacts")
    op.drop_table("me")
