-- The series an archivist described (kiv series add): SERIES/series.json as recorded, with the
-- commit that recorded it. No store made before this migration has one.
CREATE TABLE series_descriptions (
  series TEXT PRIMARY KEY,
  description TEXT NOT NULL,  -- the canonical series file (kiv/series.hpp)
  commit_id TEXT NOT NULL,
  described_at TEXT NOT NULL,
  described_by TEXT NOT NULL
) WITHOUT ROWID;
