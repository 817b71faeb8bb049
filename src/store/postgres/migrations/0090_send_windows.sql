-- Teams' send windows shared by every instance: Teams counts requests per app per tenant (30/s)
-- and per thread (7/1 s, 8/2 s, 60/30 s, 1800/h), not per process. One row per booked request:
-- bucket '' is the tenant's own window, any other bucket a thread. network_id stays '' (the
-- windows belong to the tenant); rows hold ids and times only, never content, and are not
-- exported. Times come from the database's clock, one clock for every instance.
-- A booking's two rows share its number; when the request has been answered its time moves to
-- then (settle_send_slot): Teams counts a request when it arrives, which may be well after the
-- booking on a loaded machine, and never after the answer.
CREATE SEQUENCE send_window_bookings;
CREATE TABLE send_window_hits (
  tenant_id   TEXT COLLATE "C" NOT NULL,
  network_id  TEXT COLLATE "C" NOT NULL DEFAULT '',
  bucket      TEXT COLLATE "C" NOT NULL,
  booking     BIGINT NOT NULL,
  at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX send_window_hits_bucket ON send_window_hits (tenant_id, bucket, at);
CREATE INDEX send_window_hits_booking ON send_window_hits (booking);
CREATE INDEX send_window_hits_at ON send_window_hits (at);

-- Books a request in the tenant's and the thread's windows when both have room, in one round
-- trip under the tenant's advisory lock (every instance's senders for a tenant queue here).
-- Returns wait_ms 0 and the booking's number when booked, else the milliseconds until the fullest
-- window frees a slot (and no booking). Windows are
-- given as parallel arrays (milliseconds, max requests) so the limits stay in the code.
CREATE FUNCTION reserve_send_slot(
  p_tenant TEXT, p_thread TEXT,
  p_tenant_ms INTEGER[], p_tenant_max INTEGER[],
  p_thread_ms INTEGER[], p_thread_max INTEGER[]
, OUT wait_ms INTEGER, OUT booking BIGINT) LANGUAGE plpgsql AS $$
DECLARE
  t_now TIMESTAMPTZ := clock_timestamp();
  longest DOUBLE PRECISION := 0;
  oldest TIMESTAMPTZ;
  i INTEGER;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('send-window:' || p_tenant, 0));
  FOR i IN 1 .. coalesce(array_length(p_tenant_ms, 1), 0) LOOP
    SELECT at INTO oldest FROM send_window_hits
      WHERE tenant_id = p_tenant AND bucket = '' AND at > t_now - p_tenant_ms[i] * interval '1 millisecond'
      ORDER BY at DESC OFFSET p_tenant_max[i] - 1 LIMIT 1;
    IF FOUND THEN
      longest := greatest(longest, extract(epoch FROM (oldest + p_tenant_ms[i] * interval '1 millisecond' - t_now)) * 1000);
    END IF;
  END LOOP;
  FOR i IN 1 .. coalesce(array_length(p_thread_ms, 1), 0) LOOP
    SELECT at INTO oldest FROM send_window_hits
      WHERE tenant_id = p_tenant AND bucket = p_thread AND at > t_now - p_thread_ms[i] * interval '1 millisecond'
      ORDER BY at DESC OFFSET p_thread_max[i] - 1 LIMIT 1;
    IF FOUND THEN
      longest := greatest(longest, extract(epoch FROM (oldest + p_thread_ms[i] * interval '1 millisecond' - t_now)) * 1000);
    END IF;
  END LOOP;
  IF longest > 0 THEN
    wait_ms := greatest(1, ceil(longest)::INTEGER);
    RETURN;
  END IF;
  wait_ms := 0;
  booking := nextval('send_window_bookings');
  INSERT INTO send_window_hits (tenant_id, bucket, booking, at) VALUES (p_tenant, '', booking, t_now), (p_tenant, p_thread, booking, t_now);
  -- The tenant window only ever looks back seconds: drop what it no longer sees. Old thread rows
  -- go in the occasional sweep below (a thread's longest window is an hour).
  DELETE FROM send_window_hits
    WHERE tenant_id = p_tenant AND bucket = '' AND at < t_now - (SELECT max(x) FROM unnest(p_tenant_ms) x) * interval '1 millisecond';
  IF random() < 0.01 THEN
    DELETE FROM send_window_hits WHERE at < t_now - (SELECT max(x) FROM unnest(p_thread_ms || p_tenant_ms) x) * interval '1 millisecond';
  END IF;
END $$;

-- The request of a booking was answered: it counts from now on, as Teams may have counted it.
CREATE FUNCTION settle_send_slot(p_booking BIGINT) RETURNS VOID LANGUAGE sql AS $$
  UPDATE send_window_hits SET at = greatest(at, statement_timestamp()) WHERE booking = p_booking;
$$;
