-- Send slots booked ahead. reserve_send_slot (0090) answers a full tenant window with «wait and
-- ask again»: every waiter of the tenant asked again when a slot freed, and the slot went to
-- whichever asked first, a database round trip after it freed. book_send_slot instead books the
-- earliest slot the tenant's window has, now or up to p_horizon_ms ahead, and answers how many
-- milliseconds from now it is; the sender sleeps until then and sends without asking again.
--
-- Bookings are laid in time order per tenant and per thread: a new one goes at or after the
-- latest row of its tenant (bucket '') and of its thread, at the first moment when every window
-- ending there holds fewer than its maximum. Checking the windows that end at the new booking is
-- then enough to keep every window within its maximum, also those reaching into future slots.
-- A full thread window is not booked ahead (it would hold the tenant's later slots back for one
-- thread): wait_ms says when to ask again and booking is NULL, as when the tenant's earliest
-- slot lies beyond the horizon. A booked slot that is not used (its process was killed) counts as
-- one request at its time and holds nothing after it; one given back (release_send_slot) frees it.
--
-- A request reaches Teams somewhere between its booked time and its answer, and the next booking
-- one window on may be made before it is even sent (on a loaded machine the first requests of a
-- burst arrived up to 0.4 s after their booking). So until a booking is settled (its request
-- answered: settle_send_slot moves it to the answer time, a bound on its arrival) it counts as
-- arriving no earlier than now, plus p_margin_ms for the sender's timer and the way to Teams:
-- a row not settled holds its windows from greatest(at, now) + p_margin_ms, but from no later than
-- at + p_in_flight_ms + p_margin_ms: a request never answered (its process was killed) stops
-- holding anything a window after that. Settled rows count from their answer.
ALTER TABLE send_window_hits ADD COLUMN settled BOOLEAN NOT NULL DEFAULT false;

CREATE OR REPLACE FUNCTION settle_send_slot(p_booking BIGINT) RETURNS VOID LANGUAGE sql AS $$
  UPDATE send_window_hits SET at = greatest(at, statement_timestamp()), settled = true WHERE booking = p_booking;
$$;

CREATE FUNCTION book_send_slot(
  p_tenant TEXT, p_thread TEXT,
  p_tenant_ms INTEGER[], p_tenant_max INTEGER[],
  p_thread_ms INTEGER[], p_thread_max INTEGER[],
  p_horizon_ms INTEGER, p_margin_ms INTEGER, p_in_flight_ms INTEGER
, OUT wait_ms INTEGER, OUT booking BIGINT) LANGUAGE plpgsql AS $$
DECLARE
  t_now TIMESTAMPTZ := clock_timestamp();
  t_tenant TIMESTAMPTZ;
  t_thread TIMESTAMPTZ;
  ends TIMESTAMPTZ;
  i INTEGER;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('send-window:' || p_tenant, 0));
  -- The tenant's earliest moment: after its latest booking, and once every window ending there
  -- has room (the max-th latest end of a row in it has passed).
  SELECT greatest(t_now, max(at)) INTO t_tenant FROM send_window_hits WHERE tenant_id = p_tenant AND bucket = '';
  FOR i IN 1 .. coalesce(array_length(p_tenant_ms, 1), 0) LOOP
    SELECT h.ends INTO ends FROM (
      SELECT CASE WHEN settled THEN at ELSE least(greatest(at, t_now), at + p_in_flight_ms * interval '1 millisecond')
            + p_margin_ms * interval '1 millisecond' END
          + p_tenant_ms[i] * interval '1 millisecond' AS ends
        FROM send_window_hits WHERE tenant_id = p_tenant AND bucket = ''
        AND at > t_now - (p_tenant_ms[i] + p_in_flight_ms + p_margin_ms) * interval '1 millisecond') h
      ORDER BY h.ends DESC OFFSET p_tenant_max[i] - 1 LIMIT 1;
    IF FOUND THEN
      t_tenant := greatest(t_tenant, ends);
    END IF;
  END LOOP;
  -- The thread's, the same way.
  SELECT greatest(t_now, max(at)) INTO t_thread FROM send_window_hits WHERE tenant_id = p_tenant AND bucket = p_thread;
  FOR i IN 1 .. coalesce(array_length(p_thread_ms, 1), 0) LOOP
    SELECT h.ends INTO ends FROM (
      SELECT CASE WHEN settled THEN at ELSE least(greatest(at, t_now), at + p_in_flight_ms * interval '1 millisecond')
            + p_margin_ms * interval '1 millisecond' END
          + p_thread_ms[i] * interval '1 millisecond' AS ends
        FROM send_window_hits WHERE tenant_id = p_tenant AND bucket = p_thread
        AND at > t_now - (p_thread_ms[i] + p_in_flight_ms + p_margin_ms) * interval '1 millisecond') h
      ORDER BY h.ends DESC OFFSET p_thread_max[i] - 1 LIMIT 1;
    IF FOUND THEN
      t_thread := greatest(t_thread, ends);
    END IF;
  END LOOP;
  IF t_thread > t_tenant THEN
    wait_ms := greatest(1, ceil(extract(epoch FROM (t_thread - t_now)) * 1000)::INTEGER);
    RETURN;
  END IF;
  IF t_tenant - t_now > p_horizon_ms * interval '1 millisecond' THEN
    wait_ms := greatest(1, ceil(extract(epoch FROM (t_tenant - t_now)) * 1000 - p_horizon_ms)::INTEGER);
    RETURN;
  END IF;
  wait_ms := ceil(extract(epoch FROM (t_tenant - t_now)) * 1000)::INTEGER;
  booking := nextval('send_window_bookings');
  INSERT INTO send_window_hits (tenant_id, bucket, booking, at)
    VALUES (p_tenant, '', booking, t_tenant), (p_tenant, p_thread, booking, t_tenant);
  -- The tenant window only ever looks back seconds: drop what it no longer sees. Old thread rows
  -- go in the occasional sweep below (a thread's longest window is an hour).
  DELETE FROM send_window_hits
    WHERE tenant_id = p_tenant AND bucket = ''
    AND at < t_now - ((SELECT max(x) FROM unnest(p_tenant_ms) x) + p_in_flight_ms + p_margin_ms) * interval '1 millisecond';
  IF random() < 0.01 THEN
    DELETE FROM send_window_hits
      WHERE at < t_now - ((SELECT max(x) FROM unnest(p_thread_ms || p_tenant_ms) x) + p_in_flight_ms + p_margin_ms) * interval '1 millisecond';
  END IF;
END $$;

-- A booked slot that will not be used (the sender was stopped while it waited): free it.
CREATE FUNCTION release_send_slot(p_booking BIGINT) RETURNS VOID LANGUAGE sql AS $$
  DELETE FROM send_window_hits WHERE booking = p_booking;
$$;
