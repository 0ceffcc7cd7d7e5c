-- The directory: bodies, At-Large Structures, members, roles held in bodies.
CREATE TABLE bodies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('alac', 'ralo', 'working_group', 'committee', 'other')),
  parent_id TEXT REFERENCES bodies (id),
  description TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE als (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  ralo_id TEXT NOT NULL REFERENCES bodies (id),
  accreditation_status TEXT NOT NULL CHECK (accreditation_status IN ('applied', 'accredited', 'suspended', 'withdrawn', 'decertified')),
  accredited_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX als_ralo ON als (ralo_id);

CREATE TABLE members (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT,
  fax TEXT,
  country TEXT NOT NULL,
  sub_region TEXT,
  als_id TEXT REFERENCES als (id),
  gender TEXT,
  languages TEXT NOT NULL DEFAULT '[]',
  time_zone TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
-- Duplicate detection on e-mail: one live member per address (archived ones do not count).
CREATE UNIQUE INDEX members_email_live ON members (email) WHERE deleted_at IS NULL;
CREATE INDEX members_name ON members (name COLLATE NOCASE);
CREATE INDEX members_country ON members (country);

CREATE TABLE roles (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members (id),
  body_id TEXT NOT NULL REFERENCES bodies (id),
  role TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX roles_member ON roles (member_id);
CREATE INDEX roles_body ON roles (body_id);
