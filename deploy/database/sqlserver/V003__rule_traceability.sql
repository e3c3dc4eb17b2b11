-- ScanService schema, version 3 (SQL Server): every link alert names the version of the rule that raised it and
-- the hash of the rule set its night ran with. Same meaning as deploy/database/sqlite/V003.
-- A batch cannot use a column added earlier in the same batch: hence the GO.

-- Alerts written before version 3 count as version 1 of their rule and take the hash their own run recorded.
ALTER TABLE link_alerts ADD rule_version INT NOT NULL CONSTRAINT df_link_alerts_rule_version DEFAULT 1;
ALTER TABLE link_alerts ADD rule_set_hash NVARCHAR(200) NOT NULL CONSTRAINT df_link_alerts_rule_set_hash DEFAULT N'';

-- The rule version travels with each staged alert; the hash is copied from the run when the night is moved in.
ALTER TABLE link_alert_staging ADD rule_version INT NULL;
GO

UPDATE alerts
SET rule_set_hash = runs.rule_set_hash
FROM link_alerts alerts
JOIN scan_runs runs ON runs.run_id = alerts.run_id;
