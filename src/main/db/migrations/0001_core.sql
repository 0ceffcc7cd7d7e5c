-- Core tables: settings and the journal of every mutation (also the audit history).
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE journal (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('create', 'update', 'archive', 'restore')),
  before TEXT,
  after TEXT
) STRICT;
CREATE INDEX journal_entity ON journal (entity, entity_id, at);
CREATE INDEX journal_at ON journal (at);
