-- ScanService schema, version 10: a pattern alert keeps the earliest day one of its members counted on in the
-- window. A pattern none of whose values is given on a night, and whose window has not yet passed that day, is that
-- night exactly what it was the night before: it is carried as stored, its keys never read (see NightFindingsStage).
-- Alerts stored before this version have none, and are worked out again from their keys. Same meaning on every
-- provider (see deploy/database/README.md).
ALTER TABLE pattern_alerts ADD earliest_day DATE NULL;
