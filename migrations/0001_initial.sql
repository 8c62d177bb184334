-- The index of a kiv store: what git holds, arranged for queries. Everything here can be
-- rebuilt from git; `index_state` says which commit it reflects.

CREATE TABLE revisions (
  id            INTEGER PRIMARY KEY,
  series        TEXT    NOT NULL,
  edition       TEXT    NOT NULL,
  revision      INTEGER NOT NULL CHECK (revision >= 1),
  commit_id     TEXT    NOT NULL,
  imported_at   TEXT    NOT NULL,  -- ISO 8601, UTC
  imported_by   TEXT    NOT NULL,  -- "Name <email>"
  message       TEXT    NOT NULL,
  source_name   TEXT    NOT NULL,
  source_sha256 TEXT    NOT NULL,
  UNIQUE (series, edition, revision)
);

-- One row per edition: its latest revision and the metadata of that revision.
CREATE TABLE editions (
  series          TEXT    NOT NULL,
  edition         TEXT    NOT NULL,
  latest_revision INTEGER NOT NULL REFERENCES revisions (id),
  period_from     INTEGER,
  period_to       INTEGER,
  adopted         TEXT,
  PRIMARY KEY (series, edition)
) WITHOUT ROWID;

-- The edition title, per revision and language.
CREATE TABLE edition_titles (
  revision_id INTEGER NOT NULL REFERENCES revisions (id),
  lang        TEXT    NOT NULL,
  title       TEXT    NOT NULL,
  PRIMARY KEY (revision_id, lang)
) WITHOUT ROWID;

-- Priorities and themes, per revision and language.
CREATE TABLE items (
  revision_id INTEGER NOT NULL REFERENCES revisions (id),
  section     TEXT    NOT NULL CHECK (section IN ('priorities', 'themes')),
  rank        INTEGER NOT NULL,
  lang        TEXT    NOT NULL,
  key         TEXT,
  title       TEXT    NOT NULL,
  description TEXT,
  PRIMARY KEY (revision_id, section, rank, lang)
) WITHOUT ROWID;

CREATE TABLE index_state (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  commit_id TEXT NOT NULL
);
