-- A deadline set by a Statsforvalter applies to every network under it. Each network keeps its own
-- copy (own status, own cards, own nudges) so no query crosses networks; `origin` ties the copies
-- together so a network that names its Statsforvalter later can be given the ones still ahead.
ALTER TABLE deadlines ADD COLUMN scope TEXT COLLATE "C" NOT NULL DEFAULT 'network' CHECK (scope IN ('network', 'statsforvalter'));
ALTER TABLE deadlines ADD COLUMN statsforvalter TEXT COLLATE "C";
ALTER TABLE deadlines ADD COLUMN origin TEXT COLLATE "C";
ALTER TABLE deadlines ADD COLUMN updated_at TEXT COLLATE "C";
CREATE INDEX deadlines_origin ON deadlines (tenant_id, origin);

-- Which planned message a delivery belonged to (the scheduler's job key), so an audit can follow one
-- nudge from plan to outcome; empty for sends made outside a job.
ALTER TABLE deliveries ADD COLUMN job_key TEXT COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX deliveries_key ON deliveries (tenant_id, network_id, job_key);
