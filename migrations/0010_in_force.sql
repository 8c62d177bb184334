-- When each revision's edition is in force (edition.json's "in_force"): the day it came into
-- force, the day its term ended, the day its term was extended to, and the edition that
-- replaced it; each NULL when not recorded. No edition recorded before this migration has
-- them, so the rows need nothing from git.
ALTER TABLE revisions ADD COLUMN in_force_from TEXT;
ALTER TABLE revisions ADD COLUMN in_force_to TEXT;
ALTER TABLE revisions ADD COLUMN extended_to TEXT;
ALTER TABLE revisions ADD COLUMN superseded_by TEXT;
