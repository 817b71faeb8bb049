-- Month round 7, N12: a yearly deadline's own day ('MM-DD'), kept apart from this year's date, so a move
-- of one year's deadline («flytt frist F1 til 26.02») does not carry over to the next year. NULL on a
-- one-off deadline. Existing yearly rows take the day of the first year of their series (the earliest
-- row of the same origin, as it was registered), or their own day when they have no origin.
ALTER TABLE deadlines ADD COLUMN series_day TEXT;
UPDATE deadlines SET series_day = substr(COALESCE(
    (SELECT MIN(o.date) FROM deadlines o
      WHERE o.tenant_id = deadlines.tenant_id AND o.network_id = deadlines.network_id AND o.origin = deadlines.origin),
    deadlines.date), 6)
  WHERE yearly = 1;
