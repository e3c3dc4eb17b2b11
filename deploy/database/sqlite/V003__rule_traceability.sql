-- ScanService schema, version 3 (SQLite): every link alert names the version of the rule that raised it and the
-- hash of the rule set its night ran with, so that an alert can be explained after the rules have changed.

-- Alerts written before version 3 were raised by version 1 of their rule as far as anyone can now tell (no rule
-- had a version yet), and take the rule-set hash their own run recorded.
ALTER TABLE link_alerts ADD COLUMN rule_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE link_alerts ADD COLUMN rule_set_hash TEXT NOT NULL DEFAULT '';

UPDATE link_alerts
SET rule_set_hash = COALESCE((SELECT r.rule_set_hash FROM scan_runs r WHERE r.run_id = link_alerts.run_id), '');

-- The staging table is a TEMP table the store creates per connection (see SqliteDialect): nothing to change here.
