-- A provider_history row becomes a run of versions with one name and parent: the generations after
-- its first are listed in `changes` ("<milliseconds after valid_from>:<generation>", ';'-separated, at
-- most 32), so a claim updates the row in force instead of adding one (GenerationRun). A row written
-- before this script has no changes: a run of one version, read the same way.
ALTER TABLE provider_history ADD COLUMN changes VARCHAR(2000) DEFAULT '' NOT NULL;
