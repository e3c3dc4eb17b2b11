-- ScanService schema, version 3 (PostgreSQL): every link alert names the version of the rule that raised it and
-- the hash of the rule set its night ran with. Same meaning as deploy/database/sqlite/V003.

-- Alerts written before version 3 count as version 1 of their rule and take the hash their own run recorded.
ALTER TABLE link_alerts ADD COLUMN rule_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE link_alerts ADD COLUMN rule_set_hash TEXT NOT NULL DEFAULT '';

UPDATE link_alerts
SET rule_set_hash = r.rule_set_hash
FROM scan_runs r
WHERE r.run_id = link_alerts.run_id;

-- The rule version travels with each staged alert; the hash is copied from the run when the night is moved in.
ALTER TABLE link_alert_staging ADD COLUMN rule_version INTEGER;
