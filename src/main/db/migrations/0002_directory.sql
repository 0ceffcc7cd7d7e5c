-- The directory: bodies, At-Large Structures, members, roles held in bodies.
-- Enumerations (role, sub-region, gender, languages) are checked by the core's schemas, not here,
-- so a new value needs no table rebuild; structural rules (kinds, dates) are also held here.
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
CREATE INDEX bodies_parent ON bodies (parent_id);

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
-- Duplicate detection on e-mail: one live member per address, whatever its case (archived ones do not count).
CREATE UNIQUE INDEX members_email_live ON members (email COLLATE NOCASE) WHERE deleted_at IS NULL;
-- Filters: country, ALS (lists sort by the accent-folded name, computed by the core).
CREATE INDEX members_country ON members (country);
CREATE INDEX members_als ON members (als_id);

CREATE TABLE roles (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members (id),
  body_id TEXT NOT NULL REFERENCES bodies (id),
  role TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
) STRICT;
CREATE INDEX roles_member ON roles (member_id);
-- Filters by body and role, and a body's holders.
CREATE INDEX roles_body ON roles (body_id, role, member_id);
CREATE INDEX roles_role ON roles (role, member_id);
