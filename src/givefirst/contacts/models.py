"""The contact book's tables (SQLAlchemy 2 ORM). The schema changes only through Alembic migrations."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

INTERACTION_KINDS = ("met", "sent", "received", "replied", "gave", "asked", "intro", "note")


class Base(DeclarativeBase):
    pass


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Me(Base):
    """The user's own profile, stored once (id = 1)."""

    __tablename__ = "me"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    audience: Mapped[int | None] = mapped_column(Integer)
    inbound_per_day: Mapped[int | None] = mapped_column(Integer)
    offers: Mapped[list[str]] = mapped_column(JSON, default=list)
    circles: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str | None] = mapped_column(String(5))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class Contact(Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)  # case- and accent-folded, for matching
    company: Mapped[str | None] = mapped_column(String(300))
    company_key: Mapped[str | None] = mapped_column(String(300))
    position: Mapped[str | None] = mapped_column(String(300))
    linkedin_url: Mapped[str | None] = mapped_column(String(500))
    linkedin_key: Mapped[str | None] = mapped_column(String(500), index=True)
    role: Mapped[str | None] = mapped_column(String(200))
    audience: Mapped[int | None] = mapped_column(Integer)
    inbound_per_day: Mapped[int | None] = mapped_column(Integer)
    work: Mapped[list[str]] = mapped_column(JSON, default=list)
    circles: Mapped[list[str]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    keep_in_touch_days: Mapped[int | None] = mapped_column(Integer)
    connected_on: Mapped[dt.date | None] = mapped_column(Date)
    # follow-up summary, kept current by the use cases that write interactions (service.refresh_summaries)
    last_met: Mapped[dt.date | None] = mapped_column(Date)
    last_outreach: Mapped[dt.date | None] = mapped_column(Date)
    last_sent: Mapped[dt.date | None] = mapped_column(Date)
    last_inbound: Mapped[dt.date | None] = mapped_column(Date)
    last_interaction: Mapped[dt.date | None] = mapped_column(Date)
    sent_since_inbound: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now,
                                                    server_default=func.now())

    emails: Mapped[list[ContactEmail]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactEmail.id")
    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactPhone.id")
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="Interaction.date")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "emails": [e.email for e in self.emails],
            "phones": [p.phone for p in self.phones],
            "company": self.company,
            "position": self.position,
            "linkedin_url": self.linkedin_url,
            "role": self.role,
            "audience": self.audience,
            "inbound_per_day": self.inbound_per_day,
            "work": list(self.work or []),
            "circles": list(self.circles or []),
            "tags": list(self.tags or []),
            "notes": self.notes,
            "keep_in_touch_days": self.keep_in_touch_days,
            "connected_on": self.connected_on.isoformat() if self.connected_on else None,
            "created_at": self.created_at.isoformat(timespec="seconds") if self.created_at else None,
            "updated_at": self.updated_at.isoformat(timespec="seconds") if self.updated_at else None,
        }


class ContactEmail(Base):
    __tablename__ = "contact_emails"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(320))
    email_key: Mapped[str] = mapped_column(String(320), index=True)
    contact: Mapped[Contact] = relationship(back_populates="emails")


class ContactPhone(Base):
    __tablename__ = "contact_phones"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    phone: Mapped[str] = mapped_column(String(64))
    contact: Mapped[Contact] = relationship(back_populates="phones")


class Interaction(Base):
    __tablename__ = "interactions"
    __table_args__ = (Index("ix_interactions_contact_date", "contact_id", "date"),
                      Index("ix_interactions_kind_contact_date", "kind", "contact_id", "date"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    date: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(32))
    summary: Mapped[str | None] = mapped_column(Text)
    message_text: Mapped[str | None] = mapped_column(Text)
    score: Mapped[int | None] = mapped_column(Integer)
    mistakes: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, server_default=func.now())
    contact: Mapped[Contact] = relationship(back_populates="interactions")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "date": self.date.isoformat(),
            "channel": self.channel,
            "summary": self.summary,
            "message_text": self.message_text,
            "score": self.score,
            "mistakes": list(self.mistakes or []),
            "created_at": self.created_at.isoformat(timespec="seconds") if self.created_at else None,
        }
