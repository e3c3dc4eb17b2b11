-- ScanService schema, version 9: compliance alerts get the identity index pattern alerts have had since version 2.
-- Each alert a night writes looks up its earlier nights (first seen, new or repeat) by rule and alert key; without
-- this index the look-up ranged over every earlier night's alerts by date, so a night's write grew with the square
-- of the nights kept (every overdue referral is an alert each night until it is followed up). Same meaning on every
-- provider (see deploy/database/README.md).
CREATE INDEX ix_compliance_alerts_identity ON compliance_alerts (rule_id, alert_key, run_date);
