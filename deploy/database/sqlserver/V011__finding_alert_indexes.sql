-- ScanService schema, version 11: an open pattern or compliance alert is written again every night, hundreds of
-- thousands of rows a national night, so the finding tables keep only the indexes a query uses, and the one each row
-- looks up answers it alone.
-- * Two indexes go. investigation_ref has never been written on these tables (a pattern or an overdue referral
--   belongs to no one investigation), so its index held only NULLs; and nothing looks these alerts up by status
--   across nights (the digest reads a run's alerts, an analyst a night's, through the night's unique key).
-- * The identity index (rule, key, night) gains first_seen_date: a new row's first-seen date is the earliest of its
--   earlier nights', read from the index instead of from each earlier row.
-- Same meaning on every provider (see deploy/database/README.md).
DROP INDEX ix_pattern_alerts_investigation ON pattern_alerts;
DROP INDEX ix_pattern_alerts_status ON pattern_alerts;
DROP INDEX ix_pattern_alerts_identity ON pattern_alerts;
CREATE INDEX ix_pattern_alerts_identity ON pattern_alerts (rule_id, pattern_key, run_date, first_seen_date);
DROP INDEX ix_compliance_alerts_investigation ON compliance_alerts;
DROP INDEX ix_compliance_alerts_status ON compliance_alerts;
DROP INDEX ix_compliance_alerts_identity ON compliance_alerts;
CREATE INDEX ix_compliance_alerts_identity ON compliance_alerts (rule_id, alert_key, run_date, first_seen_date);
