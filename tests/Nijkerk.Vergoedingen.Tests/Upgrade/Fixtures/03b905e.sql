--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: ledger; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA ledger;


--
-- Name: mt_archive_stream(character varying, character varying); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_archive_stream(streamid character varying, tenantid character varying) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  update ledger.mt_streams set is_archived = TRUE where id = streamid  and tenant_id = tenantid;
  update ledger.mt_events set is_archived = TRUE where stream_id = streamid  and tenant_id = tenantid;
END;
$$;


--
-- Name: mt_grams_array(text, boolean); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_grams_array(words text, use_unaccent boolean DEFAULT false) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
        DECLARE
result text[];
        DECLARE
word text;
        DECLARE
clean_word text;
BEGIN
                FOREACH
word IN ARRAY string_to_array(words, ' ')
                LOOP
                     clean_word = regexp_replace(ledger.mt_safe_unaccent(use_unaccent, word), '[^a-zA-Z0-9]+', '','g');
FOR i IN 1 .. length(clean_word)
                     LOOP
                         result := result || quote_literal(substr(lower(clean_word), i, 1));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 2));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 3));
END LOOP;
END LOOP;

RETURN ARRAY(SELECT DISTINCT e FROM unnest(result) AS a(e) ORDER BY e);
END;
$$;


--
-- Name: mt_grams_query(text, boolean); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_grams_query(text, use_unaccent boolean DEFAULT false) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(ledger.mt_grams_array($1, use_unaccent), ' & ') ::tsquery);
END
$_$;


--
-- Name: mt_grams_vector(text, boolean); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_grams_vector(text, use_unaccent boolean DEFAULT false) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(ledger.mt_grams_array($1, use_unaccent), ' ') ::tsvector);
END
$_$;


--
-- Name: mt_immutable_date(text); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_immutable_date(value text) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$
select value::date

$$;


--
-- Name: mt_immutable_time(text); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_immutable_time(value text) RETURNS time without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::time

$$;


--
-- Name: mt_immutable_timestamp(text); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_immutable_timestamp(value text) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamp

$$;


--
-- Name: mt_immutable_timestamptz(text); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_immutable_timestamptz(value text) RETURNS timestamp with time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamptz

$$;


--
-- Name: mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    patch_expression ALIAS FOR $5;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
            END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    tmp_value jsonb;
    _key text;
BEGIN
    tmp_value = retval #> location;

    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN NOT tmp_value ?| ARRAY(SELECT jsonb_object_keys(val)) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_copy(jsonb, text[], text[]); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_jsonb_copy(jsonb, text[], text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_path ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = ledger.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value::jsonb, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_duplicate(jsonb, text[], jsonb); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_jsonb_duplicate(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    targets ALIAS FOR $3;
    tmp_value jsonb;
    target_path text[];
    target text;
BEGIN
    FOR target IN SELECT jsonb_array_elements_text(targets)
    LOOP
        target_path = ledger.mt_jsonb_path_to_array(target, '\.');
        retval = ledger.mt_jsonb_copy(retval, location, target_path);
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_fix_null_parent(jsonb, text[]); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_jsonb_fix_null_parent(jsonb, text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    dst_path ALIAS FOR $2;
    dst_path_segment text[] = ARRAY[]::text[];
    dst_path_array_length integer;
    i integer = 1;
BEGIN
    dst_path_array_length = array_length(dst_path, 1);
    WHILE i <=(dst_path_array_length - 1)
    LOOP
        dst_path_segment = dst_path_segment || ARRAY[dst_path[i]];
        IF retval #> dst_path_segment IS NULL OR retval #> dst_path_segment = 'null'::jsonb THEN
            retval = jsonb_set(retval, dst_path_segment, '{}'::jsonb, TRUE);
        END IF;
        i = i + 1;
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_increment(jsonb, text[], numeric); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_jsonb_increment(jsonb, text[], numeric) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    location ALIAS FOR $2;
    increment_value ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NULL THEN
        tmp_value = to_jsonb(0);
END IF;

RETURN jsonb_set(retval, location, to_jsonb(tmp_value::numeric + increment_value), TRUE);
END;
$_$;


--
-- Name: mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    elm_index ALIAS FOR $4;
    if_not_exists ALIAS FOR $5;
    patch_expression ALIAS FOR $6;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF elm_index IS NULL THEN
            elm_index = jsonb_array_length(tmp_value) + 1;
        END IF;
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_move(jsonb, text[], text); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_jsonb_move(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_name ALIAS FOR $3;
    dst_path text[];
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = retval #- src_path;
    dst_path = src_path;
    dst_path[array_length(dst_path, 1)] = dst_name;
    retval = ledger.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_patch(jsonb, jsonb); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_jsonb_patch(jsonb, jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    patchset ALIAS FOR $2;
    patch jsonb;
    patch_path text[];
    patch_expression jsonb;
    value jsonb;
BEGIN
    FOR patch IN SELECT * from jsonb_array_elements(patchset)
    LOOP
        patch_path = ledger.mt_jsonb_path_to_array((patch->>'path')::text, '\.');

        patch_expression = null;
        IF (patch->>'type') IN ('remove', 'append_if_not_exists', 'insert_if_not_exists') AND (patch->>'expression') IS NOT NULL THEN
            patch_expression = jsonb_path_query_array(retval #> patch_path, (patch->>'expression')::jsonpath);
        END IF;

        CASE patch->>'type'
            WHEN 'set' THEN
                retval = jsonb_set(retval, patch_path, (patch->'value')::jsonb, TRUE);
            WHEN 'delete' THEN
                retval = retval#-patch_path;
            WHEN 'append' THEN
                retval = ledger.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, FALSE);
            WHEN 'append_if_not_exists' THEN
                retval = ledger.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, TRUE, patch_expression);
            WHEN 'append_key_value' THEN
                retval = ledger.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, FALSE);
            WHEN 'append_key_value_if_not_exists' THEN
                retval = ledger.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, TRUE);
            WHEN 'insert' THEN
                retval = ledger.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, FALSE);
            WHEN 'insert_if_not_exists' THEN
                retval = ledger.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, TRUE, patch_expression);
            WHEN 'remove' THEN
                retval = ledger.mt_jsonb_remove(retval, patch_path, COALESCE(patch_expression, (patch->'value')::jsonb));
            WHEN 'remove_key' THEN
                retval = ledger.mt_jsonb_remove_key(retval, patch_path, (patch->>'key'));
            WHEN 'duplicate' THEN
                retval = ledger.mt_jsonb_duplicate(retval, patch_path, (patch->'targets')::jsonb);
            WHEN 'rename' THEN
                retval = ledger.mt_jsonb_move(retval, patch_path, (patch->>'to')::text);
            WHEN 'increment' THEN
                retval = ledger.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            WHEN 'increment_float' THEN
                retval = ledger.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            ELSE NULL;
        END CASE;
    END LOOP;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_path_to_array(text, character); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_jsonb_path_to_array(text, character) RETURNS text[]
    LANGUAGE plpgsql
    AS $_$
DECLARE
    location ALIAS FOR $1;
    regex_pattern ALIAS FOR $2;
BEGIN
RETURN regexp_split_to_array(location, regex_pattern)::text[];
END;
$_$;


--
-- Name: mt_jsonb_remove(jsonb, text[], jsonb); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_jsonb_remove(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF jsonb_typeof(val) = 'array' THEN
            tmp_remove = val;
        ELSE
            tmp_remove = jsonb_build_array(val);
        END IF;

        FOR patch_remove IN SELECT * FROM jsonb_array_elements(tmp_remove)
        LOOP
            tmp_value =(SELECT jsonb_agg(elem)
            FROM jsonb_array_elements(tmp_value) AS elem
            WHERE elem <> patch_remove);
        END LOOP;

        IF tmp_value IS NULL THEN
            tmp_value = '[]'::jsonb;
        END IF;
    END IF;
    RETURN jsonb_set(retval, location, tmp_value, FALSE);
END;
$_$;


--
-- Name: mt_jsonb_remove_key(jsonb, text[], text); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_jsonb_remove_key(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    _key ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        RETURN jsonb_set(retval, location, tmp_value - _key, FALSE);
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_mark_event_progression(character varying, bigint); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_mark_event_progression(name character varying, last_encountered bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
INSERT INTO ledger.mt_event_progression (name, last_seq_id, last_updated)
VALUES (name, last_encountered, transaction_timestamp())
ON CONFLICT ON CONSTRAINT pk_mt_event_progression
    DO
UPDATE SET last_seq_id = last_encountered, last_updated = transaction_timestamp();

END;

$$;


--
-- Name: mt_mark_progression_with_skip(character varying, bigint, bigint); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_mark_progression_with_skip(shard_name character varying, ending_sequence bigint, starting_sequence bigint) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    current_value bigint;
BEGIN
    select last_seq_id into current_value from ledger.mt_event_progression where name = shard_name;

    IF current_value is null then
        -- Bootstrap the high-water row on first invocation. Previously this branch
        -- returned 0, which left HighWaterAgent.CheckNowAsync polling forever because
        -- statistics.CurrentMark never advanced. Issue #4425.
        INSERT INTO ledger.mt_event_progression (name, last_seq_id, last_updated)
        VALUES (shard_name, ending_sequence, transaction_timestamp())
        ON CONFLICT ON CONSTRAINT pk_mt_event_progression
            DO UPDATE SET last_seq_id = ending_sequence, last_updated = transaction_timestamp();
        IF ending_sequence > starting_sequence THEN
            -- Idempotent: a rebuild/replay re-marks the same skip (ending_sequence is the
            -- PK). Re-recording an existing gap is a no-op. Conflict target is the PK
            -- constraint (the bare column name collides with the function parameter). #4530.
            insert into ledger.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
                on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        END IF;
        return ending_sequence;
    ELSIF current_value = starting_sequence THEN
        update ledger.mt_event_progression SET last_seq_id = ending_sequence, last_updated = transaction_timestamp() where shard_name = name;
        insert into ledger.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
            on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        return ending_sequence;
    ELSE
        return current_value;
    END IF;
END
$$;


--
-- Name: mt_quick_append_events(character varying, character varying, character varying, uuid[], character varying[], character varying[], jsonb[], bytea[], character varying[], character varying[], jsonb[], character varying[], timestamp with time zone[], bigint); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_quick_append_events(stream character varying, stream_type character varying, tenantid character varying, event_ids uuid[], event_types character varying[], dotnet_types character varying[], bodies jsonb[], bdatas bytea[], causation_ids character varying[], correlation_ids character varying[], headers jsonb[], user_names character varying[], timestamps timestamp with time zone[], expected_version bigint DEFAULT NULL::bigint) RETURNS bigint[]
    LANGUAGE plpgsql
    AS $$
DECLARE
	event_version bigint;
	stream_is_archived boolean;
	event_type varchar;
	event_id uuid;
	body jsonb;
	index int;
	seq bigint;
    actual_tenant varchar;
    is_new_stream boolean := false;
	return_value bigint[];
BEGIN
    if expected_version IS NOT NULL then
        -- COALESCE turns the NULL we get for a brand-new stream into 0, so a
        -- FetchForWriting against a non-existent stream (which sets
        -- ExpectedVersionOnServer = 0) and a StartStream(id, version: 0) both
        -- land on the new-stream branch instead of mis-firing the guard.
        select version, is_archived into event_version, stream_is_archived from ledger.mt_streams where id = stream AND tenant_id = tenantid;
        if COALESCE(event_version, 0) != expected_version then
            RAISE EXCEPTION 'Stream version mismatch on ''%'': expected %, actual %', stream, expected_version, COALESCE(event_version, 0) USING ERRCODE = 'MT003';
        end if;
    else
        select version, is_archived into event_version, stream_is_archived from ledger.mt_streams where id = stream AND tenant_id = tenantid;
    end if;

	if event_version IS NULL then
		event_version = 0;
		is_new_stream := true;
		-- #5456 follow-up: insert the FINAL version straight away rather than 0 plus a
		-- trailing UPDATE of the row we just wrote in this same transaction. That UPDATE
		-- is a second heap tuple + WAL record per stream creation for no observable gain
		-- -- nothing outside this transaction can see the intermediate 0. The trailing
		-- UPDATE below is skipped for this branch via is_new_stream.
		insert into ledger.mt_streams (id, type, version, timestamp, tenant_id) values (stream, stream_type, COALESCE(array_length(event_ids, 1), 0), now(), tenantid);
    else
        if stream_is_archived then
            RAISE EXCEPTION 'Attempted to append event to archived stream with Id ''%''.', stream USING ERRCODE = 'MT001';
        end if;
        if tenantid IS NOT NULL then
            select tenant_id into actual_tenant from ledger.mt_streams where id = stream AND tenant_id = tenantid;
            if actual_tenant != tenantid then
                RAISE EXCEPTION 'The tenantid does not match the existing stream';
            end if;
        end if;
	end if;

	index := 1;
	-- #5062: array_length('{}', 1) is NULL in PostgreSQL, not 0, so a call with an
	-- empty event array used to return ARRAY[NULL] -- a bigint[] whose only element
	-- is NULL, which Npgsql cannot read into long[] ('Cannot read a non-nullable
	-- collection of elements because the returned array contains nulls'). COALESCE
	-- makes the empty case mean what it says: zero events appended, so the final
	-- version is the stream's current version.
	return_value := ARRAY[event_version + COALESCE(array_length(event_ids, 1), 0)];

	foreach event_id in ARRAY event_ids
	loop
        seq := nextval('ledger.mt_events_sequence');
		return_value := array_append(return_value, seq);

	    event_version := event_version + 1;
		event_type = event_types[index];
		body = bodies[index];

		-- #4515 / #4578 / Phase 2: bdatas[index] carries the binary payload
		-- for events opted in to binary serialization (NULL otherwise).
		-- bodies[index] is the {} JSON placeholder for those events so the
		-- existing data jsonb NOT NULL constraint stays intact.
		insert into ledger.mt_events
			(seq_id, id, stream_id, version, data, bdata, type, tenant_id, timestamp, mt_dotnet_type, is_archived, causation_id, correlation_id, headers, user_name)
		values
			(seq, event_id, stream, event_version, body, bdatas[index], event_type, tenantid, timestamps[index], dotnet_types[index], FALSE, causation_ids[index], correlation_ids[index], headers[index], user_names[index]);

		index := index + 1;
	end loop;

	-- A brand-new stream already carries its final version from the insert above, so the
	-- UPDATE is only needed when we appended onto a stream that already existed.
	--
	-- #5539: and only when we actually appended something. With ZERO events this was a BLIND write-back
	-- of the version read at the top of the function, and under READ COMMITTED that is a lost update: the
	-- UPDATE waits on a concurrent appender's row lock, the winner commits, the WHERE clause is
	-- re-evaluated against the new row, and `set version = <the stale value>` lands -- leaving
	-- mt_streams.version BELOW the stream's own events. Every later append then computes a version that
	-- already exists and dies on pk_mt_events_stream_and_version, forever, until the row is repaired by
	-- hand. A non-empty call cannot do this: its first INSERT collides with the winner on that same
	-- primary key and rolls the whole thing back, which is why only the empty case was exposed.
	--
	-- Two independent guards, because either alone would have been enough and the cost of both is nil:
	--   * the append count -- appending nothing has nothing to write, so the correct number of statements
	--     is zero rather than one that happens to be harmless;
	--   * greatest(), so the write-back can never LOWER a stream's version whoever calls it. An append
	--     only ever moves a version forward, so this is a no-op on every correct path and a backstop on
	--     any future caller that reads the version and then writes it back.
	if not is_new_stream and COALESCE(array_length(event_ids, 1), 0) > 0 then
		update ledger.mt_streams set version = greatest(version, event_version), timestamp = now() where id = stream AND tenant_id = tenantid;
	end if;

	return return_value;
END
$$;


--
-- Name: mt_safe_unaccent(boolean, text); Type: FUNCTION; Schema: ledger; Owner: -
--

CREATE FUNCTION ledger.mt_safe_unaccent(use_unaccent boolean, word text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
BEGIN
IF use_unaccent THEN
    RETURN public.unaccent(word);
ELSE
    RETURN word;
END IF;
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: mt_doc_acceptedwebhook; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_acceptedwebhook (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_accessrecord; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_accessrecord (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_budgetyear; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_budgetyear (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_dataprotectionkey; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_dataprotectionkey (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_deadletterevent; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_deadletterevent (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_envelope; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_envelope (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_erasure; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_erasure (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_idempotencyrecord; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_idempotencyrecord (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_invoiceregistration; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_invoiceregistration (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_municipality; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_municipality (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_newyearscheduled; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_newyearscheduled (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_payeeaccount; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_payeeaccount (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_paymentbatch; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_paymentbatch (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_paymentreference; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_paymentreference (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_personaltext; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_personaltext (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_provider; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_provider (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_quotayear; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_quotayear (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_referral; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_referral (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_retentionscheduled; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_retentionscheduled (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_sealmanifest; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_doc_sealmanifest (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_event_progression; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_event_progression (
    name character varying NOT NULL,
    last_seq_id bigint,
    last_updated timestamp with time zone DEFAULT transaction_timestamp(),
    mode character varying DEFAULT 'none'::character varying,
    rebuild_threshold integer DEFAULT 0,
    assigned_node integer DEFAULT 0,
    heartbeat timestamp with time zone,
    agent_status character varying(20),
    pause_reason text,
    running_on_node integer,
    warning_behind_threshold bigint,
    critical_behind_threshold bigint,
    failure_category character varying(50),
    failure_event_sequence bigint,
    failure_event_type character varying(500),
    failure_event_tenant_id character varying(500)
);


--
-- Name: mt_event_projection_floors; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_event_projection_floors (
    name character varying NOT NULL,
    tenant_id character varying NOT NULL,
    floor bigint NOT NULL,
    last_updated timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_events; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_events (
    seq_id bigint NOT NULL,
    id uuid NOT NULL,
    stream_id character varying,
    version bigint NOT NULL,
    data jsonb NOT NULL,
    bdata bytea,
    type character varying(500) NOT NULL,
    "timestamp" timestamp with time zone DEFAULT '2026-12-06 15:40:47.541273+00'::timestamp with time zone NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    mt_dotnet_type character varying,
    correlation_id character varying,
    causation_id character varying,
    headers jsonb,
    user_name character varying,
    is_archived boolean DEFAULT false
);


--
-- Name: mt_events_sequence; Type: SEQUENCE; Schema: ledger; Owner: -
--

CREATE SEQUENCE ledger.mt_events_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mt_events_sequence; Type: SEQUENCE OWNED BY; Schema: ledger; Owner: -
--

ALTER SEQUENCE ledger.mt_events_sequence OWNED BY ledger.mt_events.seq_id;


--
-- Name: mt_high_water_skips; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_high_water_skips (
    ending_sequence bigint NOT NULL,
    starting_sequence bigint NOT NULL,
    "timestamp" timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_streams; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.mt_streams (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    type character varying,
    version bigint,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    compacted_version bigint DEFAULT 0 NOT NULL,
    is_archived boolean DEFAULT false
);


--
-- Name: wolverine_agent_restrictions; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.wolverine_agent_restrictions (
    id uuid NOT NULL,
    uri character varying NOT NULL,
    type character varying NOT NULL,
    node integer DEFAULT 0 NOT NULL
);


--
-- Name: wolverine_control_queue; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.wolverine_control_queue (
    id uuid NOT NULL,
    message_type character varying NOT NULL,
    node_id uuid NOT NULL,
    body bytea NOT NULL,
    posted timestamp with time zone DEFAULT now() NOT NULL,
    expires timestamp with time zone
);


--
-- Name: wolverine_dead_letter_history; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.wolverine_dead_letter_history (
    id uuid NOT NULL,
    replay_count integer,
    last_replayed_at timestamp with time zone,
    first_failed_at timestamp with time zone
);


--
-- Name: wolverine_dead_letters; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.wolverine_dead_letters (
    id uuid NOT NULL,
    execution_time timestamp with time zone,
    body bytea NOT NULL,
    message_type character varying NOT NULL,
    received_at character varying,
    source character varying,
    exception_type character varying,
    exception_message character varying,
    sent_at timestamp with time zone,
    replayable boolean,
    failure_group character varying(100),
    failure_title character varying(500),
    failed_at timestamp with time zone,
    first_failed_at timestamp with time zone,
    replay_count integer,
    last_replayed_at timestamp with time zone,
    archived_at timestamp with time zone
);


--
-- Name: wolverine_incoming_envelopes; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.wolverine_incoming_envelopes (
    id uuid NOT NULL,
    status character varying NOT NULL,
    owner_id integer NOT NULL,
    execution_time timestamp with time zone,
    attempts integer DEFAULT 0,
    body bytea NOT NULL,
    message_type character varying NOT NULL,
    received_at character varying,
    keep_until timestamp with time zone
);


--
-- Name: wolverine_node_assignments; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.wolverine_node_assignments (
    id character varying NOT NULL,
    node_id uuid,
    started timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: wolverine_node_records; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.wolverine_node_records (
    id integer NOT NULL,
    node_number integer NOT NULL,
    event_name character varying NOT NULL,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    description character varying
);


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE; Schema: ledger; Owner: -
--

CREATE SEQUENCE ledger.wolverine_node_records_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE OWNED BY; Schema: ledger; Owner: -
--

ALTER SEQUENCE ledger.wolverine_node_records_id_seq OWNED BY ledger.wolverine_node_records.id;


--
-- Name: wolverine_nodes; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.wolverine_nodes (
    id uuid NOT NULL,
    node_number integer NOT NULL,
    description character varying NOT NULL,
    uri character varying NOT NULL,
    started timestamp with time zone DEFAULT now() NOT NULL,
    health_check timestamp with time zone DEFAULT now() NOT NULL,
    version character varying,
    capabilities text[]
);


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE; Schema: ledger; Owner: -
--

CREATE SEQUENCE ledger.wolverine_nodes_node_number_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE OWNED BY; Schema: ledger; Owner: -
--

ALTER SEQUENCE ledger.wolverine_nodes_node_number_seq OWNED BY ledger.wolverine_nodes.node_number;


--
-- Name: wolverine_outgoing_envelopes; Type: TABLE; Schema: ledger; Owner: -
--

CREATE TABLE ledger.wolverine_outgoing_envelopes (
    id uuid NOT NULL,
    owner_id integer NOT NULL,
    destination character varying NOT NULL,
    deliver_by timestamp with time zone,
    body bytea NOT NULL,
    attempts integer DEFAULT 0,
    message_type character varying NOT NULL
);


--
-- Name: wolverine_node_records id; Type: DEFAULT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.wolverine_node_records ALTER COLUMN id SET DEFAULT nextval('ledger.wolverine_node_records_id_seq'::regclass);


--
-- Name: wolverine_nodes node_number; Type: DEFAULT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.wolverine_nodes ALTER COLUMN node_number SET DEFAULT nextval('ledger.wolverine_nodes_node_number_seq'::regclass);


--
-- Data for Name: mt_doc_acceptedwebhook; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_acceptedwebhook VALUES
	('nijkerk', 'fixture-R-c', '{"id": "fixture-R-c", "acceptedAt": "2026-01-05T09:00:00Z", "referralId": "01a24c03-dbc1-74ca-99c0-214e613020d3"}', '2026-12-06 15:40:51.299434+00', '01a24c03-dced-4e7e-be52-69b5d49ab3fa', 'Nijkerk.Vergoedingen.Foundation.AcceptedWebhook');


--
-- Data for Name: mt_doc_accessrecord; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_accessrecord VALUES
	('nijkerk', '01a24c03-d8b2-7b7b-9339-0f43e3116436', '{"at": "2025-11-03T09:00:00Z", "id": "01a24c03-d8b2-7b7b-9339-0f43e3116436", "role": "consulent", "user": "anna", "action": "referral", "subject": "01a24c03-d668-7097-9b09-5c55d8ad749c", "atUnixMs": 1762160400000, "caseReference": "Z-2025-H1"}', '2026-12-06 15:40:50.232436+00', '01a24c03-d8b7-4ea6-b8c1-e5c2a4925633', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-d8cc-769e-8c5d-94d793c13433', '{"at": "2025-11-03T09:00:00Z", "id": "01a24c03-d8cc-769e-8c5d-94d793c13433", "role": "consulent", "user": "anna", "action": "referral", "subject": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "atUnixMs": 1762160400000, "caseReference": "Z-2025-H2"}', '2026-12-06 15:40:50.253849+00', '01a24c03-d8cd-4540-ade5-be3f5445dade', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-dc6f-7c4e-9331-6f7f7bfd18a2', '{"at": "2026-01-05T09:00:00Z", "id": "01a24c03-dc6f-7c4e-9331-6f7f7bfd18a2", "role": "consulent", "user": "anna", "action": "referral", "subject": "01a24c03-dbbb-7fce-a59a-017650e966a3", "atUnixMs": 1767603600000, "caseReference": "Z-2026-R-b"}', '2026-12-06 15:40:51.184452+00', '01a24c03-dc6f-400a-9f5b-fc2487fce6b5', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-dc76-77ae-b5fc-cdf0cfba717f', '{"at": "2026-01-05T09:00:00Z", "id": "01a24c03-dc76-77ae-b5fc-cdf0cfba717f", "role": "consulent", "user": "anna", "action": "referral", "subject": "01a24c03-dbc1-74ca-99c0-214e613020d3", "atUnixMs": 1767603600000, "caseReference": "Z-2026-R-c"}', '2026-12-06 15:40:51.190939+00', '01a24c03-dc76-4b88-bc7b-da659841d848', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-dc7b-7ee9-a244-1ed9a9ec5fe7', '{"at": "2026-01-05T09:00:00Z", "id": "01a24c03-dc7b-7ee9-a244-1ed9a9ec5fe7", "role": "consulent", "user": "anna", "action": "referral", "subject": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "atUnixMs": 1767603600000, "caseReference": "Z-2026-R-g"}', '2026-12-06 15:40:51.196419+00', '01a24c03-dc7b-4d07-8ea3-04420bcd602c', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('ede', '01a24c03-ddd9-7340-a35f-218cb1a7671e', '{"at": "2026-01-05T09:00:00Z", "id": "01a24c03-ddd9-7340-a35f-218cb1a7671e", "role": "consulent", "user": "eva", "action": "referral", "subject": "01a24c03-ddc9-7b2c-a95c-55ee6c494101", "atUnixMs": 1767603600000, "caseReference": "Z-2026-E1"}', '2026-12-06 15:40:51.546314+00', '01a24c03-ddd9-44da-bc99-c87d340b1fff', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('ede', '01a24c03-deaf-78e3-9da1-9184c282e5ca', '{"at": "2026-01-05T09:00:00Z", "id": "01a24c03-deaf-78e3-9da1-9184c282e5ca", "role": "consulent", "user": "eva", "action": "referral", "subject": "01a24c03-ddc9-7b2c-a95c-55ee6c494101", "atUnixMs": 1767603600000, "caseReference": "Z-2026-E1"}', '2026-12-06 15:40:51.760207+00', '01a24c03-deaf-42a5-8704-49118d325e95', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-decc-7435-b038-289bb276c949', '{"at": "2026-01-05T09:00:00Z", "id": "01a24c03-decc-7435-b038-289bb276c949", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603600000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:51.788965+00', '01a24c03-decc-4172-acc9-ae676e0d46f5', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-df9c-7a8b-96fe-def141f21b83', '{"at": "2026-01-05T09:00:00Z", "id": "01a24c03-df9c-7a8b-96fe-def141f21b83", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603600000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:51.997968+00', '01a24c03-df9d-46e6-b252-f38695ee7e0b', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-dfb5-7d6b-9c96-5e0b960d2e70', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-dfb5-7d6b-9c96-5e0b960d2e70", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603660000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:52.022931+00', '01a24c03-dfb5-4c5e-bc23-f2dab61cf8d3', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-e084-71e3-bd8a-50a5ab10fec5', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-e084-71e3-bd8a-50a5ab10fec5", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603660000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:52.229062+00', '01a24c03-e084-4732-bc7f-cc89c125bcad', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-e152-774a-8ef4-71c2dd1dedb8', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-e152-774a-8ef4-71c2dd1dedb8", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603660000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:52.435457+00', '01a24c03-e152-45e1-98d4-860c2d72d104', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-e220-7ec3-8a19-a6243a7b5f58', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-e220-7ec3-8a19-a6243a7b5f58", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603660000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:52.641298+00', '01a24c03-e220-472f-b163-d675a5f6e7c4', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-e2ec-7751-af48-ce64be465711', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-e2ec-7751-af48-ce64be465711", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603660000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:52.845705+00', '01a24c03-e2ed-443f-a714-e62f3694c025', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-e3bf-708b-b97c-40972b604022', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-e3bf-708b-b97c-40972b604022", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603660000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:53.057063+00', '01a24c03-e3bf-4497-bd22-12a71a1c84cb', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-e494-76f7-bd2e-06b496e6303e', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-e494-76f7-bd2e-06b496e6303e", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603660000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:53.270098+00', '01a24c03-e494-4733-92bb-17a02d05fa1a', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-e566-76ae-be30-a4a951c2e5a8', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-e566-76ae-be30-a4a951c2e5a8", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603660000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:53.480121+00', '01a24c03-e566-4763-bef4-43b04711e9de', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-e633-7314-b2b5-ffdf7f887d28', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-e633-7314-b2b5-ffdf7f887d28", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603660000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:53.684599+00', '01a24c03-e633-461b-9ed6-fdc564cef44f', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-e703-7f98-823e-fac25b799701', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-e703-7f98-823e-fac25b799701", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603660000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:53.892527+00', '01a24c03-e704-4377-af9d-91ad23e84ad8', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-e7e7-7bf3-bf43-85ecdca55756', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-e7e7-7bf3-bf43-85ecdca55756", "role": "consulent", "user": "rita", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767603660000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:54.121047+00', '01a24c03-e7e7-41c4-98b5-4a6e5a182977', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('leusden', '01a24c03-e81f-7225-9814-b52a426f0670', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-e81f-7225-9814-b52a426f0670", "role": "consulent", "user": "lisa", "action": "referral", "subject": "01a24c03-e80c-7a35-a69d-d25a4b63062c", "atUnixMs": 1767603660000, "caseReference": "Z-2026-L1"}', '2026-12-06 15:40:54.176096+00', '01a24c03-e81f-4649-9555-501a48a93e7b', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eaa8-783f-998d-ab9caf03678a', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eaa8-783f-998d-ab9caf03678a", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-d718-7844-94f6-704283136029", "atUnixMs": 1767780000000, "caseReference": "Z-2025-B1"}', '2026-12-06 15:40:54.825036+00', '01a24c03-eaa8-4c3f-83a3-ae8914fab56a', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb3b-7ccf-a2d6-201a309a26f9', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb3b-7ccf-a2d6-201a309a26f9", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d668-7097-9b09-5c55d8ad749c", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H1"}', '2026-12-06 15:40:54.971962+00', '01a24c03-eb3b-4727-95a9-30a5782616ca', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb56-730e-925e-a15b833cd16a', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb56-730e-925e-a15b833cd16a", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H2"}', '2026-12-06 15:40:54.999035+00', '01a24c03-eb56-4505-81c2-2a63cce81147', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb62-723d-820a-0ec3852dd5c4', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb62-723d-820a-0ec3852dd5c4", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d6fa-74fb-afa9-6b2885b55b24", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H3"}', '2026-12-06 15:40:55.0106+00', '01a24c03-eb62-4147-bf75-da7fcad79f7a', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('leusden', '01a24c03-eb91-7e76-9e5d-de4cbd2f398b', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb91-7e76-9e5d-de4cbd2f398b", "role": "controller", "user": "carla-leusden", "action": "referral-trail", "subject": "01a24c03-e80c-7a35-a69d-d25a4b63062c", "atUnixMs": 1767780000000, "caseReference": "Z-2026-L1"}', '2026-12-06 15:40:55.058232+00', '01a24c03-eb91-4135-8660-68354d031406', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb9c-7cf2-a714-333d4863df49', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb9c-7cf2-a714-333d4863df49", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-dbb4-7bcb-aeea-01a9e4071421", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-a"}', '2026-12-06 15:40:55.069375+00', '01a24c03-eb9c-45fd-b323-339b654efb36', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ec09-7eff-87de-4c854a4a004d', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ec09-7eff-87de-4c854a4a004d", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-d718-7844-94f6-704283136029", "atUnixMs": 1767780000000, "caseReference": "Z-2025-B1"}', '2026-12-06 15:40:55.177866+00', '01a24c03-ec09-43a0-ab37-0a4247363bb5', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ec6d-752d-8b7a-a8d8008fb615', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ec6d-752d-8b7a-a8d8008fb615", "role": "controller", "user": "carla-nijkerk", "action": "year-trail", "subject": "2025", "atUnixMs": 1767780000000, "caseReference": null}', '2026-12-06 15:40:55.27812+00', '01a24c03-ec6d-4b18-a8a4-1943e122c8e8', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('leusden', '01a24c03-e8ec-76ab-8eed-fcb0e2bcc227', '{"at": "2026-01-05T09:01:00Z", "id": "01a24c03-e8ec-76ab-8eed-fcb0e2bcc227", "role": "consulent", "user": "lisa", "action": "referral", "subject": "01a24c03-e80c-7a35-a69d-d25a4b63062c", "atUnixMs": 1767603660000, "caseReference": "Z-2026-L1"}', '2026-12-06 15:40:54.381844+00', '01a24c03-e8ec-4561-8152-335c555e49c9', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-e9a7-78cc-9a34-af85492b5707', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-e9a7-78cc-9a34-af85492b5707", "role": "consulent", "user": "anna", "action": "referral", "subject": "01a24c03-dbc1-74ca-99c0-214e613020d3", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-c"}', '2026-12-06 15:40:54.568458+00', '01a24c03-e9a7-482a-a7d7-1430d90e3c09', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ead4-77b6-8ec9-fead4cda5820', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ead4-77b6-8ec9-fead4cda5820", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d718-7844-94f6-704283136029", "atUnixMs": 1767780000000, "caseReference": "Z-2025-B1"}', '2026-12-06 15:40:54.869199+00', '01a24c03-ead4-4e96-befe-07740e1b0487', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eaf2-725c-acf7-3c1b141ee754', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eaf2-725c-acf7-3c1b141ee754", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d", "atUnixMs": 1767780000000, "caseReference": "Z-2025-B3"}', '2026-12-06 15:40:54.899493+00', '01a24c03-eaf3-4eb7-98c9-36d4daf107a0', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eba5-7392-8c31-dfa849457265', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eba5-7392-8c31-dfa849457265", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-dbbb-7fce-a59a-017650e966a3", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-b"}', '2026-12-06 15:40:55.077925+00', '01a24c03-eba5-424f-b7af-55fefca773b8', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ebb5-7dc4-8f35-d46c23b9419b', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebb5-7dc4-8f35-d46c23b9419b", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-dbc1-74ca-99c0-214e613020d3", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-c"}', '2026-12-06 15:40:55.093444+00', '01a24c03-ebb5-420d-8584-0afc57d416dc', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ebc0-7c2f-a825-a849ea073b69', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebc0-7c2f-a825-a849ea073b69", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-d"}', '2026-12-06 15:40:55.105368+00', '01a24c03-ebc0-4a87-ba4f-2ee979471236', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ebcb-7265-8cba-8867df58694f', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebcb-7265-8cba-8867df58694f", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-dbce-7ae4-bc0c-459c587e5b91", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-e"}', '2026-12-06 15:40:55.115974+00', '01a24c03-ebcb-4c94-b423-3225b1321c12', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ec9b-79ce-a100-c761bb55fd2b', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ec9b-79ce-a100-c761bb55fd2b", "role": "controller", "user": "carla-nijkerk", "action": "year-trail", "subject": "2026", "atUnixMs": 1767780000000, "caseReference": null}', '2026-12-06 15:40:55.32439+00', '01a24c03-ec9b-48fc-b138-e9417c5175b2', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-e99f-795f-a2fd-caa7aa4bc7a3', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-e99f-795f-a2fd-caa7aa4bc7a3", "role": "consulent", "user": "anna", "action": "referral", "subject": "01a24c03-d6fa-74fb-afa9-6b2885b55b24", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H3"}', '2026-12-06 15:40:54.560393+00', '01a24c03-e9a0-4660-a81d-692ec079058b', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-e9a3-79bf-8a2e-ffb50d2e16d7', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-e9a3-79bf-8a2e-ffb50d2e16d7", "role": "consulent", "user": "anna", "action": "referral", "subject": "01a24c03-dbbb-7fce-a59a-017650e966a3", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-b"}', '2026-12-06 15:40:54.564297+00', '01a24c03-e9a3-4e79-abda-228c78c5e34b', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eafc-7251-92a0-6469c985a3ad', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eafc-7251-92a0-6469c985a3ad", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723", "atUnixMs": 1767780000000, "caseReference": "Z-2026-B4"}', '2026-12-06 15:40:54.909234+00', '01a24c03-eafc-421e-a7d6-391903ae30f1', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('ede', '01a24c03-eb19-73b3-86e8-fd314af01231', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb19-73b3-86e8-fd314af01231", "role": "financial-officer", "user": "bob-ede", "action": "referral", "subject": "01a24c03-ddc9-7b2c-a95c-55ee6c494101", "atUnixMs": 1767780000000, "caseReference": "Z-2026-E1"}', '2026-12-06 15:40:54.938367+00', '01a24c03-eb1a-48f9-9cc2-93ceef5390b0', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('ede', '01a24c03-eb2c-7160-92bd-ceef09407541', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb2c-7160-92bd-ceef09407541", "role": "controller", "user": "carla-ede", "action": "referral-trail", "subject": "01a24c03-ddc9-7b2c-a95c-55ee6c494101", "atUnixMs": 1767780000000, "caseReference": "Z-2026-E1"}', '2026-12-06 15:40:54.956982+00', '01a24c03-eb2c-4ad0-acb7-2dc9c756ae06', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb41-7da0-b410-d5e3ff68631f', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb41-7da0-b410-d5e3ff68631f", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-d668-7097-9b09-5c55d8ad749c", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H1"}', '2026-12-06 15:40:54.978304+00', '01a24c03-eb41-478b-9e9b-ab1bf5777ad0', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb74-7062-83dd-2e253a524ec8', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb74-7062-83dd-2e253a524ec8", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d6fa-74fb-afa9-6b2885b55b24", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H3"}', '2026-12-06 15:40:55.028942+00', '01a24c03-eb74-4ab2-ba89-996aefd9d8c3', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb78-7c88-ac68-ab0a010ec4c7', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb78-7c88-ac68-ab0a010ec4c7", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d700-72f3-a8c9-07f03a76eb73", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H4"}', '2026-12-06 15:40:55.033117+00', '01a24c03-eb78-401f-ac79-dba9a7a8ad43', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb86-725c-85f4-3e42a158ceb6', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb86-725c-85f4-3e42a158ceb6", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d700-72f3-a8c9-07f03a76eb73", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H4"}', '2026-12-06 15:40:55.046998+00', '01a24c03-eb86-43af-91ab-6cf0694d17b8', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ebaf-7a3b-a3d7-43b8eb4962e7', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebaf-7a3b-a3d7-43b8eb4962e7", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-dbc1-74ca-99c0-214e613020d3", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-c"}', '2026-12-06 15:40:55.088217+00', '01a24c03-ebaf-42b1-b065-709508390265', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ebd1-7562-b37c-8a1fb1e6360e', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebd1-7562-b37c-8a1fb1e6360e", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-f"}', '2026-12-06 15:40:55.122019+00', '01a24c03-ebd1-452b-9ff1-f550de4af342', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('rhenen', '01a24c03-ebf5-7de2-8f12-e88c82239272', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebf5-7de2-8f12-e88c82239272", "role": "financial-officer", "user": "bob-rhenen", "action": "referral", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767780000000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:55.158139+00', '01a24c03-ebf5-4eeb-80a3-82de8509947d', 'Nijkerk.Vergoedingen.Audit.AccessRecord');
INSERT INTO ledger.mt_doc_accessrecord VALUES
	('rhenen', '01a24c03-ebfb-7e49-a733-75e7b8dff7e2', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebfb-7e49-a733-75e7b8dff7e2", "role": "controller", "user": "carla-rhenen", "action": "referral-trail", "subject": "01a24c03-deb5-792f-9123-236cb23168d6", "atUnixMs": 1767780000000, "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:55.163482+00', '01a24c03-ebfb-465a-ae01-28b7ad53609d', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ecb1-74e3-b778-ba97e9d5c6e1', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ecb1-74e3-b778-ba97e9d5c6e1", "role": "controller", "user": "carla-nijkerk", "action": "year-trail", "subject": "2025", "atUnixMs": 1767780000000, "caseReference": null}', '2026-12-06 15:40:55.346584+00', '01a24c03-ecb1-4671-8156-4b441c81850b', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ea9a-7d90-8b48-a19c74b9e1e5', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ea9a-7d90-8b48-a19c74b9e1e5", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d718-7844-94f6-704283136029", "atUnixMs": 1767780000000, "caseReference": "Z-2025-B1"}', '2026-12-06 15:40:54.811187+00', '01a24c03-ea9a-4b65-8ba1-04008a44c628', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eade-7cd7-8474-7197949e3730', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eade-7cd7-8474-7197949e3730", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-d720-7bf0-9521-30c93db413e9", "atUnixMs": 1767780000000, "caseReference": "Z-2025-B2"}', '2026-12-06 15:40:54.879023+00', '01a24c03-eade-4b74-96db-b53d2bbbe192', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eaef-7cbe-82e7-9be5d4500a0c', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eaef-7cbe-82e7-9be5d4500a0c", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d", "atUnixMs": 1767780000000, "caseReference": "Z-2025-B3"}', '2026-12-06 15:40:54.895628+00', '01a24c03-eaef-4ecd-b588-102d34aa7816', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb12-70c2-9bbc-291a003deef1', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb12-70c2-9bbc-291a003deef1", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5", "atUnixMs": 1767780000000, "caseReference": "Z-2026-B5"}', '2026-12-06 15:40:54.930632+00', '01a24c03-eb12-4c72-b2ef-30b132e1f2f5', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb98-7507-a322-4e4040159f58', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb98-7507-a322-4e4040159f58", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-dbb4-7bcb-aeea-01a9e4071421", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-a"}', '2026-12-06 15:40:55.06504+00', '01a24c03-eb98-419b-a368-c18c01ae3b85', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eba1-7539-bbf6-b539129a62ee', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eba1-7539-bbf6-b539129a62ee", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-dbbb-7fce-a59a-017650e966a3", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-b"}', '2026-12-06 15:40:55.074292+00', '01a24c03-eba2-4ff4-a7d1-4341f7a52e80', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ebbc-735e-bd67-01cccd224f14', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebbc-735e-bd67-01cccd224f14", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-d"}', '2026-12-06 15:40:55.100722+00', '01a24c03-ebbc-46de-8562-62aaadd2c542', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ebc7-7b61-bc0d-4dd726a1fa09', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebc7-7b61-bc0d-4dd726a1fa09", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-dbce-7ae4-bc0c-459c587e5b91", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-e"}', '2026-12-06 15:40:55.111988+00', '01a24c03-ebc7-4ff1-99f4-e605aadf354d', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ebed-7004-9f76-5a425278a953', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebed-7004-9f76-5a425278a953", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62", "atUnixMs": 1767780000000, "caseReference": "Z-2026-0099"}', '2026-12-06 15:40:55.14999+00', '01a24c03-ebed-4f23-9ffa-dfba03a7662e', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eada-7857-93b2-ef0d2d098a52', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eada-7857-93b2-ef0d2d098a52", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d720-7bf0-9521-30c93db413e9", "atUnixMs": 1767780000000, "caseReference": "Z-2025-B2"}', '2026-12-06 15:40:54.875458+00', '01a24c03-eadb-47df-8142-6d1b50c49071', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eaeb-77da-ba48-3e44e4c22136', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eaeb-77da-ba48-3e44e4c22136", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d720-7bf0-9521-30c93db413e9", "atUnixMs": 1767780000000, "caseReference": "Z-2025-B2"}', '2026-12-06 15:40:54.891898+00', '01a24c03-eaeb-4364-acf5-b3a874b57faf', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb0d-7f1c-949b-03b615529039', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb0d-7f1c-949b-03b615529039", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5", "atUnixMs": 1767780000000, "caseReference": "Z-2026-B5"}', '2026-12-06 15:40:54.926426+00', '01a24c03-eb0e-4b28-9ddf-719a159a672b', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb4d-769c-820f-00d90dfedd4b', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb4d-769c-820f-00d90dfedd4b", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d668-7097-9b09-5c55d8ad749c", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H1"}', '2026-12-06 15:40:54.989802+00', '01a24c03-eb4d-49ca-bbc7-2fa4259dcdc1', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb65-79b2-ae9b-902f494e795d', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb65-79b2-ae9b-902f494e795d", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-d6fa-74fb-afa9-6b2885b55b24", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H3"}', '2026-12-06 15:40:55.013513+00', '01a24c03-eb65-41b1-b488-d8765cbc2be0', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ebde-75dc-a41b-dd52eb57dcc8', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebde-75dc-a41b-dd52eb57dcc8", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-g"}', '2026-12-06 15:40:55.135073+00', '01a24c03-ebde-4253-b47a-85692ed680d3', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ebea-7776-9c3b-070ade793074', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebea-7776-9c3b-070ade793074", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62", "atUnixMs": 1767780000000, "caseReference": "Z-2026-0099"}', '2026-12-06 15:40:55.146568+00', '01a24c03-ebea-4c10-8b4a-7a974d03f7f6', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb01-7055-aac3-f9878fc96a81', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb01-7055-aac3-f9878fc96a81", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723", "atUnixMs": 1767780000000, "caseReference": "Z-2026-B4"}', '2026-12-06 15:40:54.913592+00', '01a24c03-eb01-4f2d-801b-5a39eff80a6a', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb52-7d6c-9421-9204af796ee4', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb52-7d6c-9421-9204af796ee4", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H2"}', '2026-12-06 15:40:54.995417+00', '01a24c03-eb53-4a24-b30d-61f6243d77f6', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb5e-7185-bfa3-9ab8159f6bd8', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb5e-7185-bfa3-9ab8159f6bd8", "role": "financial-officer", "user": "bob-nijkerk", "action": "referral", "subject": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H2"}', '2026-12-06 15:40:55.007059+00', '01a24c03-eb5e-441a-9d23-e07ae3264674', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-eb7d-78e8-8773-d253f44219d2', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb7d-78e8-8773-d253f44219d2", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-d700-72f3-a8c9-07f03a76eb73", "atUnixMs": 1767780000000, "caseReference": "Z-2025-H4"}', '2026-12-06 15:40:55.037956+00', '01a24c03-eb7d-41b4-a4c0-64395c92a4e7', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('leusden', '01a24c03-eb8c-7684-9453-34449e284796', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-eb8c-7684-9453-34449e284796", "role": "financial-officer", "user": "bob-leusden", "action": "referral", "subject": "01a24c03-e80c-7a35-a69d-d25a4b63062c", "atUnixMs": 1767780000000, "caseReference": "Z-2026-L1"}', '2026-12-06 15:40:55.052657+00', '01a24c03-eb8c-4000-93a5-32dcd7b03585', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ebd4-734a-aa5b-53e0fc070f66', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebd4-734a-aa5b-53e0fc070f66", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-f"}', '2026-12-06 15:40:55.125346+00', '01a24c03-ebd5-42af-9606-35764231fc35', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ebe3-79d2-ac93-eee77f78e578', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ebe3-79d2-ac93-eee77f78e578", "role": "controller", "user": "carla-nijkerk", "action": "referral-trail", "subject": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "atUnixMs": 1767780000000, "caseReference": "Z-2026-R-g"}', '2026-12-06 15:40:55.140163+00', '01a24c03-ebe3-46bd-8a4f-0de536228fcf', 'Nijkerk.Vergoedingen.Audit.AccessRecord'),
	('nijkerk', '01a24c03-ecd6-7c0f-afca-8043ce34356a', '{"at": "2026-01-07T10:00:00Z", "id": "01a24c03-ecd6-7c0f-afca-8043ce34356a", "role": "controller", "user": "carla-nijkerk", "action": "year-trail", "subject": "2025 bijzondere-bijstand", "atUnixMs": 1767780000000, "caseReference": null}', '2026-12-06 15:40:55.383499+00', '01a24c03-ecd6-4700-aef4-d241880d951e', 'Nijkerk.Vergoedingen.Audit.AccessRecord');


--
-- Data for Name: mt_doc_budgetyear; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_budgetyear VALUES
	('nijkerk', 'budget-year/bijzondere-bijstand/2025', '{"id": "budget-year/bijzondere-bijstand/2025", "paid": 600.00, "seal": {"hash": "d86c3adab7e377c260382af0cd195c9c50306c30b0141722448bf29a6ce4e81d", "events": 48, "sealedAt": "2026-01-05T09:00:00Z", "lastSequence": 64}, "year": 2025, "budget": 5000.00, "closed": true, "months": [{"paid": 600.00, "month": 11, "budget": 5000.00, "committed": 800.00}], "scheme": "bijzondere-bijstand", "available": 4400.00, "committed": 0.00}', '2026-12-06 15:40:50.942694+00', 'Nijkerk.Vergoedingen.Budgets.BudgetYear', 8),
	('nijkerk', 'budget-year/bijzondere-bijstand/2026', '{"id": "budget-year/bijzondere-bijstand/2026", "paid": 400.00, "seal": null, "year": 2026, "budget": 20000.00, "closed": false, "months": [{"paid": 400.00, "month": 1, "budget": 20000.00, "committed": 1800.00}], "scheme": "bijzondere-bijstand", "available": 17800.00, "committed": 1800.00}', '2026-12-06 15:40:51.424907+00', 'Nijkerk.Vergoedingen.Budgets.BudgetYear', 5);


--
-- Data for Name: mt_doc_dataprotectionkey; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_dataprotectionkey VALUES
	('key-98886eee-1051-4884-bc0d-61d129dcb702', '{"id": "key-98886eee-1051-4884-bc0d-61d129dcb702", "xml": "<key id=\"98886eee-1051-4884-bc0d-61d129dcb702\" version=\"1\"><creationDate>2026-12-06T15:40:47.6187057Z</creationDate><activationDate>2026-12-06T15:40:47.6187057Z</activationDate><expirationDate>2027-03-06T15:40:47.6187057Z</expirationDate><descriptor deserializerType=\"Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection, Version=10.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60\"><descriptor><encryption algorithm=\"AES_256_CBC\" /><validation algorithm=\"HMACSHA256\" /><masterKey p4:requiresEncryption=\"true\" xmlns:p4=\"http://schemas.asp.net/2015/03/dataProtection\"><!-- Warning: the key below is in an unencrypted form. --><value>x58A8xUU4R6QW+00UdojTWsv1eGy2poQypLjhmIp1nmk6bxb8htoIskg7AgCgNos+HHK/RVUNgZZKBwEUI7Haw==</value></masterKey></descriptor></descriptor></key>"}', '2026-12-06 15:40:47.789799+00', '01a24c03-cf1d-4fc8-bb7c-06ff4055baa4', 'Nijkerk.Vergoedingen.Hosting.DataProtectionKey');


--
-- Data for Name: mt_doc_deadletterevent; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Data for Name: mt_doc_envelope; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Data for Name: mt_doc_erasure; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_erasure VALUES
	('nijkerk', 'erasure/01a24c03-e8f7-7843-9606-a1dcd4b67dff', '{"id": "erasure/01a24c03-e8f7-7843-9606-a1dcd4b67dff", "status": "Erased", "documents": 3, "erasureId": "01a24c03-e8f7-7843-9606-a1dcd4b67dff", "requestedBy": "pia", "caseReference": "Z-2026-0099"}', '2026-12-06 15:40:54.553201+00', 'Nijkerk.Vergoedingen.Privacy.Erasure', 2);


--
-- Data for Name: mt_doc_idempotencyrecord; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_idempotencyrecord VALUES
	('foodvalley', 'command/55912834-749e-41fa-b6e2-46a6e028b169', '{"at": "2025-11-03T09:00:00Z", "id": "command/55912834-749e-41fa-b6e2-46a6e028b169", "answer": {"json": "{\"slug\":\"nijkerk\",\"name\":\"Gemeente Nijkerk\",\"iban\":\"NL34BNGH0285000001\",\"bic\":\"BNGHNL2G\",\"schemes\":[\"houd-me-vast\",\"bijzondere-bijstand\"],\"defaultCapacity\":10,\"reservationExpiry\":\"56.00:00:00\",\"version\":2}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Municipalities.MunicipalityDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.279961+00', '01a24c03-d4fb-4011-835f-4709d5fb5b82', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('foodvalley', 'command/eb5bc596-d747-4555-9d07-8d23880cbced', '{"at": "2025-11-03T09:00:00Z", "id": "command/eb5bc596-d747-4555-9d07-8d23880cbced", "answer": {"json": "{\"slug\":\"ede\",\"name\":\"Gemeente Ede\",\"iban\":\"NL77BNGH0285000003\",\"bic\":\"BNGHNL2G\",\"schemes\":[\"houd-me-vast\",\"bijzondere-bijstand\"],\"defaultCapacity\":10,\"reservationExpiry\":\"56.00:00:00\",\"version\":2}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Municipalities.MunicipalityDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.326575+00', '01a24c03-d52d-4c79-970d-2a065401a2e6', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/911ce412-714a-4e61-8212-72f9f312b228', '{"at": "2025-11-03T09:00:00Z", "id": "command/911ce412-714a-4e61-8212-72f9f312b228", "answer": {"json": "{\"scheme\":\"houd-me-vast\",\"kind\":\"quota\",\"year\":2025,\"capacity\":2,\"reserved\":0,\"consumed\":0,\"available\":2,\"waitlist\":0}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Allocation.QuotaEntry, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.398468+00', '01a24c03-d586-46c8-9717-32c521a0edd0', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/d2cbe897-8362-4e7c-b9f1-59ee312b4abf', '{"at": "2025-11-03T09:00:00Z", "id": "command/d2cbe897-8362-4e7c-b9f1-59ee312b4abf", "answer": {"json": "{\"scheme\":\"bijzondere-bijstand\",\"kind\":\"budget\",\"year\":2025,\"budget\":\"5000.00\",\"committed\":\"0.00\",\"paid\":\"0.00\",\"available\":\"5000.00\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Allocation.BudgetEntry, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.512611+00', '01a24c03-d5f6-4a12-b308-18483c4ea7da', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/d1ad2cc9-71a8-4563-aee5-ef440737e2ca', '{"at": "2025-11-03T09:00:00Z", "id": "command/d1ad2cc9-71a8-4563-aee5-ef440737e2ca", "answer": {"json": "{\"scheme\":\"houd-me-vast\",\"kind\":\"quota\",\"year\":2026,\"capacity\":5,\"reserved\":0,\"consumed\":0,\"available\":5,\"waitlist\":0}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Allocation.QuotaEntry, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.546861+00', '01a24c03-d60c-4f7e-90f2-a0d3be9b6bdb', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/073901d4-da3b-4a91-906b-e5c3010f8820', '{"at": "2025-11-03T09:00:00Z", "id": "command/073901d4-da3b-4a91-906b-e5c3010f8820", "answer": {"json": "{\"scheme\":\"bijzondere-bijstand\",\"kind\":\"budget\",\"year\":2026,\"budget\":\"20000.00\",\"committed\":\"0.00\",\"paid\":\"0.00\",\"available\":\"20000.00\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Allocation.BudgetEntry, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.562686+00', '01a24c03-d61b-4bbc-bf0d-c3fa05efd625', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/94ca5e93-7b2a-4ea0-86d3-97a6d5b16c7c', '{"at": "2025-11-03T09:00:00Z", "id": "command/94ca5e93-7b2a-4ea0-86d3-97a6d5b16c7c", "answer": {"json": "{\"id\":\"01a24c03-d624-7f3d-a5fc-7616a6e01f32\",\"name\":\"Praktijk De Brug\",\"iban\":\"NL91ABNA0417164300\",\"bic\":\"ABNANL2A\"}", "pending": false, "createdId": "01a24c03-d624-7f3d-a5fc-7616a6e01f32", "valueType": "Nijkerk.Vergoedingen.Providers.Provider, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.615745+00', '01a24c03-d64e-4ae9-96ca-45a55fe8be26', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/e311f7fa-f575-4cd4-9036-c354138b8074', '{"at": "2025-11-03T09:00:00Z", "id": "command/e311f7fa-f575-4cd4-9036-c354138b8074", "answer": {"json": "{\"id\":\"01a24c03-d668-7097-9b09-5c55d8ad749c\",\"caseReference\":\"Z-2025-H1\",\"scheme\":\"houd-me-vast\",\"year\":2025,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-d668-7097-9b09-5c55d8ad749c", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.768503+00', '01a24c03-d6cc-45f3-aa3b-63d7a409784f', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/17a532fd-6aa5-4367-9635-3e846fc421d7', '{"at": "2025-11-03T09:00:00Z", "id": "command/17a532fd-6aa5-4367-9635-3e846fc421d7", "answer": {"json": "{\"id\":\"01a24c03-d6f1-7aae-8581-bc5f0b381175\",\"caseReference\":\"Z-2025-H2\",\"scheme\":\"houd-me-vast\",\"year\":2025,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.779553+00', '01a24c03-d6f2-44d5-881d-66b4e9e243cd', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/4a08166b-eb15-46b5-b727-a17d25e0139b', '{"at": "2025-11-03T09:00:00Z", "id": "command/4a08166b-eb15-46b5-b727-a17d25e0139b", "answer": {"json": "{\"id\":\"01a24c03-d6fa-74fb-afa9-6b2885b55b24\",\"caseReference\":\"Z-2025-H3\",\"scheme\":\"houd-me-vast\",\"year\":2025,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-d6fa-74fb-afa9-6b2885b55b24", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.789348+00', '01a24c03-d6fb-40af-9d54-04ef33c6f37d', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/71c9b445-142d-4c42-b2e9-2cbe3b225c22', '{"at": "2025-11-03T09:00:00Z", "id": "command/71c9b445-142d-4c42-b2e9-2cbe3b225c22", "answer": {"json": "{\"id\":\"01a24c03-d700-72f3-a8c9-07f03a76eb73\",\"caseReference\":\"Z-2025-H4\",\"scheme\":\"houd-me-vast\",\"year\":2025,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-d700-72f3-a8c9-07f03a76eb73", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.794419+00', '01a24c03-d701-4b78-b636-8c94b2650a81', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/1828e708-3865-431f-ae2c-2ed2ddc00073', '{"at": "2025-11-03T09:00:00Z", "id": "command/1828e708-3865-431f-ae2c-2ed2ddc00073", "answer": {"json": "{\"id\":\"01a24c03-d718-7844-94f6-704283136029\",\"caseReference\":\"Z-2025-B1\",\"scheme\":\"bijzondere-bijstand\",\"year\":2025,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":\"1450.00\",\"ownContribution\":\"200.00\",\"committed\":\"0.00\",\"paid\":\"0.00\",\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-d718-7844-94f6-704283136029", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.818417+00', '01a24c03-d719-4c01-a327-dd8d58ddc6c5', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/d78bf1b7-1367-48c8-a1e2-8f0a715339fd', '{"at": "2025-11-03T09:00:00Z", "id": "command/d78bf1b7-1367-48c8-a1e2-8f0a715339fd", "answer": {"json": "{\"id\":\"01a24c03-d6fa-74fb-afa9-6b2885b55b24\",\"caseReference\":\"Z-2025-H3\",\"scheme\":\"houd-me-vast\",\"year\":2025,\"status\":\"Waitlisted\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":1,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.993047+00', '01a24c03-d7d8-456a-b746-6c6f9e6a7fe6', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/10642784-bac6-4708-ad89-5691cb4f9fd7', '{"at": "2025-11-17T09:00:00Z", "id": "command/10642784-bac6-4708-ad89-5691cb4f9fd7", "answer": {"json": "{\"claimId\":\"01a24c03-d958-7d69-b4ba-ead8e2d2948a\",\"referralId\":\"01a24c03-d718-7844-94f6-704283136029\",\"caseReference\":\"Z-2025-B1\",\"invoiceNumber\":\"F-2025-101\",\"amount\":\"600.00\",\"payee\":\"01a24c03-d624-7f3d-a5fc-7616a6e01f32\",\"status\":\"Submitted\",\"paid\":\"0.00\",\"batchId\":null,\"recordedBy\":\"anna\",\"recordedAt\":\"2025-11-17T09:00:00Z\"}", "pending": false, "createdId": "01a24c03-d958-7d69-b4ba-ead8e2d2948a", "valueType": "Nijkerk.Vergoedingen.Claims.ClaimDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.436097+00', '01a24c03-d99d-41ac-af92-ad38515a039d', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/b02c9088-ec56-43c2-89f3-274e4342f5de', '{"at": "2026-01-05T09:00:00Z", "id": "command/b02c9088-ec56-43c2-89f3-274e4342f5de", "answer": {"json": "{\"id\":\"01a24c03-dbb4-7bcb-aeea-01a9e4071421\",\"caseReference\":\"Z-2026-R-a\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-dbb4-7bcb-aeea-01a9e4071421", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.998294+00', '01a24c03-dbb5-4a01-b76c-4a0820dcec8f', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/c7bfe0b4-3cf2-4c4d-ae05-dd4c46379a03', '{"at": "2026-01-05T09:00:00Z", "id": "command/c7bfe0b4-3cf2-4c4d-ae05-dd4c46379a03", "answer": {"json": "{\"id\":\"01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62\",\"caseReference\":\"Z-2026-0099\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.041113+00', '01a24c03-dbe0-475f-8516-189e30966cc4', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/8ea58a82-e2c5-404d-88a0-12dcb3599d07', '{"at": "2026-01-05T09:00:00Z", "id": "command/8ea58a82-e2c5-404d-88a0-12dcb3599d07", "answer": {"json": "{\"id\":\"01a24c03-dbc7-7502-9e9f-65ba83f6c32f\",\"caseReference\":\"Z-2026-R-d\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Waitlisted\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":1,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.088967+00', '01a24c03-dc18-4604-b465-7d69f76de461', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/103d8e03-5f42-44ad-8c89-21920acd8da2', '{"at": "2026-01-05T09:00:00Z", "id": "command/103d8e03-5f42-44ad-8c89-21920acd8da2", "answer": {"json": "{\"id\":\"01a24c03-dbbb-7fce-a59a-017650e966a3\",\"caseReference\":\"Z-2026-R-b\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Reserved\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":5,\"notification\":\"Pending\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.270395+00', '01a24c03-dccd-4658-9f09-c4affd70de98', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/911c7572-3f03-4faa-9647-1712df55fda4', '{"at": "2026-01-05T09:00:00Z", "id": "command/911c7572-3f03-4faa-9647-1712df55fda4", "answer": {"json": "{\"id\":\"01a24c03-dcfb-7258-b65c-b1fd36ee98c5\",\"caseReference\":\"Z-2026-B5\",\"scheme\":\"bijzondere-bijstand\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":\"500.00\",\"ownContribution\":\"0.00\",\"committed\":\"0.00\",\"paid\":\"0.00\",\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.324962+00', '01a24c03-dcfc-457d-bfe6-47d5e64446a3', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/0a368dbb-0da8-41fd-9183-59cff2d3d06f', '{"at": "2026-01-05T09:00:00Z", "id": "command/0a368dbb-0da8-41fd-9183-59cff2d3d06f", "answer": {"json": "{\"claimId\":\"01a24c03-dd6e-72e2-a670-19b4a73273d3\",\"referralId\":\"01a24c03-dcf5-77f0-b2aa-bd0a48c69723\",\"caseReference\":\"Z-2026-B4\",\"invoiceNumber\":\"K-2026-002\",\"amount\":\"100.00\",\"payee\":\"01a24c03-d624-7f3d-a5fc-7616a6e01f32\",\"status\":\"Submitted\",\"paid\":\"0.00\",\"batchId\":null,\"recordedBy\":\"anna\",\"recordedAt\":\"2026-01-05T09:00:00Z\"}", "pending": false, "createdId": "01a24c03-dd6e-72e2-a670-19b4a73273d3", "valueType": "Nijkerk.Vergoedingen.Claims.ClaimDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.439745+00', '01a24c03-dd72-4000-9b1e-868b14eef968', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/6160d6b9-1a4a-4ccd-b361-5d958eda149f', '{"at": "2025-11-03T09:00:00Z", "id": "command/6160d6b9-1a4a-4ccd-b361-5d958eda149f", "answer": {"json": "{\"id\":\"01a24c03-d720-7bf0-9521-30c93db413e9\",\"caseReference\":\"Z-2025-B2\",\"scheme\":\"bijzondere-bijstand\",\"year\":2025,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":\"800.00\",\"ownContribution\":\"0.00\",\"committed\":\"0.00\",\"paid\":\"0.00\",\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-d720-7bf0-9521-30c93db413e9", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.826186+00', '01a24c03-d721-4319-b2a4-b714686346e0', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/38a9b192-98fe-4a63-bd31-f32783fcf00b', '{"at": "2025-11-17T09:00:00Z", "id": "command/38a9b192-98fe-4a63-bd31-f32783fcf00b", "answer": {"json": "{\"id\":\"01a24c03-d9e3-7815-b6ee-92c2d00887b9\",\"claims\":1,\"controlSum\":\"600.00\",\"executionDate\":\"2025-11-17\",\"status\":\"Booked\",\"bookedOn\":\"2025-11-17\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Payments.PaymentBatchDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.693963+00', '01a24c03-daa2-4aab-874b-fbc179314cb5', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/aa018d18-8945-4301-a4d5-642a854928bd', '{"at": "2026-01-05T09:00:00Z", "id": "command/aa018d18-8945-4301-a4d5-642a854928bd", "answer": {"json": "{\"id\":\"01a24c03-dbbb-7fce-a59a-017650e966a3\",\"caseReference\":\"Z-2026-R-b\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-dbbb-7fce-a59a-017650e966a3", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.005313+00', '01a24c03-dbbc-4e6e-a3da-0c2703582493', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/067b1204-b6d3-44ed-bbf9-4f2e561661d1', '{"at": "2026-01-05T09:00:00Z", "id": "command/067b1204-b6d3-44ed-bbf9-4f2e561661d1", "answer": {"json": "{\"id\":\"01a24c03-dbce-7ae4-bc0c-459c587e5b91\",\"caseReference\":\"Z-2026-R-e\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Waitlisted\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":2,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.103146+00', '01a24c03-dc23-4a86-bb0c-a2dbec182bc2', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/00f6c824-f96a-45ae-a9a2-f237b807d052', '{"at": "2026-01-05T09:00:00Z", "id": "command/00f6c824-f96a-45ae-a9a2-f237b807d052", "answer": {"json": "{\"id\":\"01a24c03-dcf5-77f0-b2aa-bd0a48c69723\",\"caseReference\":\"Z-2026-B4\",\"scheme\":\"bijzondere-bijstand\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":\"1000.00\",\"ownContribution\":\"100.00\",\"committed\":\"0.00\",\"paid\":\"0.00\",\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.319334+00', '01a24c03-dcf6-4b26-8e8c-5b5d906dcf84', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/f90362ff-821e-40b1-a336-ba42af975f9e', '{"at": "2026-01-05T09:00:00Z", "id": "command/f90362ff-821e-40b1-a336-ba42af975f9e", "answer": {"json": "{\"referralId\":\"01a24c03-dcf5-77f0-b2aa-bd0a48c69723\",\"claimId\":\"01a24c03-dd13-7ac3-9cfb-df4f1698ba8d\",\"amount\":\"400.00\",\"paidOn\":\"2026-01-05\",\"reference\":\"BANK-2026-0001\"}", "pending": false, "createdId": "BANK-2026-0001", "valueType": "Nijkerk.Vergoedingen.Claims.PaymentDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.424907+00', '01a24c03-dd68-4fa5-8607-6048e880b96a', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('ede', 'command/2fa1350b-2e17-4d5d-b962-53107c48ff71', '{"at": "2026-01-05T09:00:00Z", "id": "command/2fa1350b-2e17-4d5d-b962-53107c48ff71", "answer": {"json": "{\"id\":\"01a24c03-ddc9-7b2c-a95c-55ee6c494101\",\"caseReference\":\"Z-2026-E1\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"eva\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-ddc9-7b2c-a95c-55ee6c494101", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.531084+00', '01a24c03-ddca-4bf4-8055-0d1ba479da43', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/869e03cc-f64f-4abd-bab1-524fb2244a63', '{"at": "2025-11-03T09:00:00Z", "id": "command/869e03cc-f64f-4abd-bab1-524fb2244a63", "answer": {"json": "{\"id\":\"01a24c03-d72d-7d9f-a1e2-3b3bd319a73d\",\"caseReference\":\"Z-2025-B3\",\"scheme\":\"bijzondere-bijstand\",\"year\":2025,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":\"300.00\",\"ownContribution\":\"0.00\",\"committed\":\"0.00\",\"paid\":\"0.00\",\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.83922+00', '01a24c03-d72d-4afa-a5fe-920aa28e5ba2', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/024dc0bb-6e51-4461-814e-ca6c2850f935', '{"at": "2025-11-03T09:00:00Z", "id": "command/024dc0bb-6e51-4461-814e-ca6c2850f935", "answer": {"json": "{\"id\":\"01a24c03-d700-72f3-a8c9-07f03a76eb73\",\"caseReference\":\"Z-2025-H4\",\"scheme\":\"houd-me-vast\",\"year\":2025,\"status\":\"Rejected\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":2}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.054529+00', '01a24c03-d80f-44cd-bcb5-8daab3915b13', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/0459e537-fdb3-4f60-86a6-0fa814144b6d', '{"at": "2025-11-03T09:00:00Z", "id": "command/0459e537-fdb3-4f60-86a6-0fa814144b6d", "answer": {"json": "{\"id\":\"01a24c03-d718-7844-94f6-704283136029\",\"caseReference\":\"Z-2025-B1\",\"scheme\":\"bijzondere-bijstand\",\"year\":2025,\"status\":\"Scheduled\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":\"1450.00\",\"ownContribution\":\"200.00\",\"committed\":\"1250.00\",\"paid\":\"0.00\",\"provider\":null,\"startDate\":\"2025-11-10\",\"completedOn\":null,\"version\":4}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.209335+00', '01a24c03-d8a3-4be2-9ed3-6d867b5abe99', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/02a1dc7c-ece2-4790-b34b-c66a4f954c7a', '{"at": "2025-11-17T09:00:00Z", "id": "command/02a1dc7c-ece2-4790-b34b-c66a4f954c7a", "answer": {"json": "{\"id\":\"01a24c03-d668-7097-9b09-5c55d8ad749c\",\"caseReference\":\"Z-2025-H1\",\"scheme\":\"houd-me-vast\",\"year\":2025,\"status\":\"Completed\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":\"2025-11-10\",\"completedOn\":\"2025-11-17\",\"version\":6,\"notification\":\"Sent\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.29496+00', '01a24c03-d8fc-4d9a-8538-aecb52abdc9c', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/ea403ffd-8efc-4dd9-a0fd-14fdbd29bb0f', '{"at": "2025-11-17T09:00:00Z", "id": "command/ea403ffd-8efc-4dd9-a0fd-14fdbd29bb0f", "answer": {"json": "{\"id\":\"01a24c03-d718-7844-94f6-704283136029\",\"caseReference\":\"Z-2025-B1\",\"scheme\":\"bijzondere-bijstand\",\"year\":2025,\"status\":\"Closed\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":\"1450.00\",\"ownContribution\":\"200.00\",\"committed\":\"0.00\",\"paid\":\"600.00\",\"provider\":null,\"startDate\":\"2025-11-10\",\"completedOn\":\"2025-11-17\",\"version\":11}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.781666+00', '01a24c03-dae5-44c1-8e84-7ee2c07ed1ef', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/3a60f52d-d80c-4b9d-be81-546bb4b824a0', '{"at": "2026-01-05T09:00:00Z", "id": "command/3a60f52d-d80c-4b9d-be81-546bb4b824a0", "answer": {"json": "{\"year\":2025,\"sealedAt\":\"2026-01-05T09:00:00Z\",\"hash\":\"d86c3adab7e377c260382af0cd195c9c50306c30b0141722448bf29a6ce4e81d\",\"events\":48}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Years.YearSealAnswer, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.942694+00', '01a24c03-dba4-42cf-9a8f-01f13758e6f6', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/001e5454-fa56-49ce-a9a4-74e2a6b949fa', '{"at": "2026-01-05T09:00:00Z", "id": "command/001e5454-fa56-49ce-a9a4-74e2a6b949fa", "answer": {"json": "{\"id\":\"01a24c03-dbd3-75cb-9c66-ac131bfccdb8\",\"caseReference\":\"Z-2026-R-f\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.028858+00', '01a24c03-dbd4-4e03-ab46-257cf02240b6', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/276232fa-157b-4baf-b302-b9f93a81e3fe', '{"at": "2026-01-05T09:00:00Z", "id": "command/276232fa-157b-4baf-b302-b9f93a81e3fe", "answer": {"json": "{\"id\":\"01a24c03-dbd9-7226-b141-1b1d5858ad83\",\"caseReference\":\"Z-2026-R-g\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Completed\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":\"2026-01-05\",\"completedOn\":\"2026-01-05\",\"version\":6,\"notification\":\"Sent\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.221935+00', '01a24c03-dc98-4981-a44d-f5b7250e7418', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/fb776e15-dc52-404a-aeb0-9212539f4044', '{"at": "2026-01-05T09:00:00Z", "id": "command/fb776e15-dc52-404a-aeb0-9212539f4044", "answer": {"json": "{\"id\":\"01a24c03-dbc1-74ca-99c0-214e613020d3\",\"caseReference\":\"Z-2026-R-c\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Scheduled\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":\"2026-02-02\",\"completedOn\":null,\"version\":6,\"notification\":\"Confirmed\",\"placementReference\":\"HMV-2026-017\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.299434+00', '01a24c03-dcee-4f6b-8e38-e316bda6e5d1', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/6014f270-b44e-42b6-aae2-b4ded2808aa7', '{"at": "2025-11-03T09:00:00Z", "id": "command/6014f270-b44e-42b6-aae2-b4ded2808aa7", "answer": {"json": "{\"id\":\"01a24c03-d668-7097-9b09-5c55d8ad749c\",\"caseReference\":\"Z-2025-H1\",\"scheme\":\"houd-me-vast\",\"year\":2025,\"status\":\"Reserved\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3,\"notification\":\"Pending\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.897813+00', '01a24c03-d7a2-4b10-bec9-f0e47f069b6b', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/adcc1206-65b4-4fc7-9755-d1f9ae21269e', '{"at": "2025-11-17T09:00:00Z", "id": "command/adcc1206-65b4-4fc7-9755-d1f9ae21269e", "answer": {"json": "{\"id\":\"01a24c03-d718-7844-94f6-704283136029\",\"caseReference\":\"Z-2025-B1\",\"scheme\":\"bijzondere-bijstand\",\"year\":2025,\"status\":\"Completed\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":\"1450.00\",\"ownContribution\":\"200.00\",\"committed\":\"1250.00\",\"paid\":\"0.00\",\"provider\":null,\"startDate\":\"2025-11-10\",\"completedOn\":\"2025-11-17\",\"version\":5}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.307989+00', '01a24c03-d906-48fd-9841-96be1f7ef371', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/064555e3-ae72-46d3-a119-f3efcf538cf8', '{"at": "2026-01-05T09:00:00Z", "id": "command/064555e3-ae72-46d3-a119-f3efcf538cf8", "answer": {"json": "{\"id\":\"01a24c03-dbc7-7502-9e9f-65ba83f6c32f\",\"caseReference\":\"Z-2026-R-d\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.017248+00', '01a24c03-dbc8-4ac4-8fb4-d87f3d8a7064', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/0c4d9918-a9dd-49f0-b836-1cf223c1cd1b', '{"at": "2026-01-05T09:00:00Z", "id": "command/0c4d9918-a9dd-49f0-b836-1cf223c1cd1b", "answer": {"json": "{\"id\":\"01a24c03-dbd9-7226-b141-1b1d5858ad83\",\"caseReference\":\"Z-2026-R-g\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Reserved\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3,\"notification\":\"Pending\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.074967+00', '01a24c03-dc09-4ab6-be49-0c36b4f288a4', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/7cd9b92e-2c82-4225-b0c5-9c69a19a362b', '{"at": "2026-01-05T09:00:00Z", "id": "command/7cd9b92e-2c82-4225-b0c5-9c69a19a362b", "answer": {"json": "{\"id\":\"01a24c03-dbd3-75cb-9c66-ac131bfccdb8\",\"caseReference\":\"Z-2026-R-f\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Withdrawn\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":2}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.158055+00', '01a24c03-dc5f-4720-bbd7-618191b45053', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/37871ef2-d465-46f2-8122-813bd062eb68', '{"at": "2026-01-05T09:00:00Z", "id": "command/37871ef2-d465-46f2-8122-813bd062eb68", "answer": {"json": "{\"id\":\"01a24c03-dcf5-77f0-b2aa-bd0a48c69723\",\"caseReference\":\"Z-2026-B4\",\"scheme\":\"bijzondere-bijstand\",\"year\":2026,\"status\":\"Committed\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":\"1000.00\",\"ownContribution\":\"100.00\",\"committed\":\"900.00\",\"paid\":\"0.00\",\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.329499+00', '01a24c03-dd04-472e-a015-ab69bfbf75b7', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/fce9b6b0-eeaa-49de-a090-2d86e7a41148', '{"at": "2025-11-03T09:00:00Z", "id": "command/fce9b6b0-eeaa-49de-a090-2d86e7a41148", "answer": {"json": "{\"id\":\"01a24c03-d6f1-7aae-8581-bc5f0b381175\",\"caseReference\":\"Z-2025-H2\",\"scheme\":\"houd-me-vast\",\"year\":2025,\"status\":\"Reserved\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3,\"notification\":\"Pending\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:49.970329+00', '01a24c03-d7ba-4a19-94b1-a9f4455dd20d', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/984f5acb-cc8b-4a06-bb81-4fbd42c33a74', '{"at": "2025-11-03T09:00:00Z", "id": "command/984f5acb-cc8b-4a06-bb81-4fbd42c33a74", "answer": {"json": "{\"id\":\"01a24c03-d720-7bf0-9521-30c93db413e9\",\"caseReference\":\"Z-2025-B2\",\"scheme\":\"bijzondere-bijstand\",\"year\":2025,\"status\":\"Committed\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":\"800.00\",\"ownContribution\":\"0.00\",\"committed\":\"800.00\",\"paid\":\"0.00\",\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.110268+00', '01a24c03-d845-4c82-a2a0-fa409cfb958a', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/ca92dd65-ef86-4ffa-ad2b-32057e6afc48', '{"at": "2025-11-17T09:00:00Z", "id": "command/ca92dd65-ef86-4ffa-ad2b-32057e6afc48", "answer": {"json": "{\"id\":\"01a24c03-d9e3-7815-b6ee-92c2d00887b9\",\"claims\":1,\"controlSum\":\"600.00\",\"executionDate\":\"2025-11-17\",\"status\":\"Open\",\"bookedOn\":null}", "pending": false, "createdId": "01a24c03-d9e3-7815-b6ee-92c2d00887b9", "valueType": "Nijkerk.Vergoedingen.Payments.PaymentBatchDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.643535+00', '01a24c03-da4f-4c57-98e7-12a2ca9d6aaf', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/aede09f2-7aff-458e-8d6f-fb8a5d222e70', '{"at": "2026-01-05T09:00:00Z", "id": "command/aede09f2-7aff-458e-8d6f-fb8a5d222e70", "answer": {"json": "{\"id\":\"01a24c03-dbce-7ae4-bc0c-459c587e5b91\",\"caseReference\":\"Z-2026-R-e\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-dbce-7ae4-bc0c-459c587e5b91", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.023453+00', '01a24c03-dbce-4a09-bbb3-594bf31ca7d9', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/35b30097-c09c-4c91-872f-1bc223c9d246', '{"at": "2026-01-05T09:00:00Z", "id": "command/35b30097-c09c-4c91-872f-1bc223c9d246", "answer": {"json": "{\"id\":\"01a24c03-dbc1-74ca-99c0-214e613020d3\",\"caseReference\":\"Z-2026-R-c\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Reserved\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3,\"notification\":\"Pending\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.062736+00', '01a24c03-dbfc-44da-96d2-18e593c531a1', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/64c0b09d-d706-4fc0-b997-359f311e8bf4', '{"at": "2026-01-05T09:00:00Z", "id": "command/64c0b09d-d706-4fc0-b997-359f311e8bf4", "answer": {"json": "{\"id\":\"01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62\",\"caseReference\":\"Z-2026-0099\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Rejected\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":2}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.175255+00', '01a24c03-dc69-45b7-93b1-0355950c28bb', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/3ad02f01-42cc-475c-8917-9373f5ca9400', '{"at": "2026-01-05T09:00:00Z", "id": "command/3ad02f01-42cc-475c-8917-9373f5ca9400", "answer": {"json": "{\"id\":\"01a24c03-dcfb-7258-b65c-b1fd36ee98c5\",\"caseReference\":\"Z-2026-B5\",\"scheme\":\"bijzondere-bijstand\",\"year\":2026,\"status\":\"Committed\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":\"500.00\",\"ownContribution\":\"0.00\",\"committed\":\"500.00\",\"paid\":\"0.00\",\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.338481+00', '01a24c03-dd0d-4080-9b7e-a897ee7a09fc', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/0d9c25c9-656f-406b-883f-dbc77d35fb1f', '{"at": "2026-01-05T09:00:00Z", "id": "command/0d9c25c9-656f-406b-883f-dbc77d35fb1f", "answer": {"json": "{\"claimId\":\"01a24c03-dd6e-72e2-a670-19b4a73273d3\",\"referralId\":\"01a24c03-dcf5-77f0-b2aa-bd0a48c69723\",\"caseReference\":\"Z-2026-B4\",\"invoiceNumber\":\"K-2026-002\",\"amount\":\"100.00\",\"payee\":\"01a24c03-d624-7f3d-a5fc-7616a6e01f32\",\"status\":\"Rejected\",\"paid\":\"0.00\",\"batchId\":null,\"recordedBy\":\"anna\",\"recordedAt\":\"2026-01-05T09:00:00Z\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Claims.ClaimDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.48294+00', '01a24c03-dda5-4a5c-b74e-c3154df62a62', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord');
INSERT INTO ledger.mt_doc_idempotencyrecord VALUES
	('nijkerk', 'command/43b6a449-f632-4eda-b48c-d62f7245db31', '{"at": "2025-11-03T09:00:00Z", "id": "command/43b6a449-f632-4eda-b48c-d62f7245db31", "answer": {"json": "{\"id\":\"01a24c03-d718-7844-94f6-704283136029\",\"caseReference\":\"Z-2025-B1\",\"scheme\":\"bijzondere-bijstand\",\"year\":2025,\"status\":\"Committed\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":\"1450.00\",\"ownContribution\":\"200.00\",\"committed\":\"1250.00\",\"paid\":\"0.00\",\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.070638+00', '01a24c03-d82e-4ffa-9948-4d4b71157471', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/b3958a61-6d52-4a19-9a43-46c7fc4c930f', '{"at": "2025-11-17T09:00:00Z", "id": "command/b3958a61-6d52-4a19-9a43-46c7fc4c930f", "answer": {"json": "{\"id\":\"01a24c03-d668-7097-9b09-5c55d8ad749c\",\"caseReference\":\"Z-2025-H1\",\"scheme\":\"houd-me-vast\",\"year\":2025,\"status\":\"Completed\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":\"2025-11-10\",\"completedOn\":\"2025-11-17\",\"version\":7,\"notification\":\"Confirmed\",\"placementReference\":\"HMV-2025-001\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.372072+00', '01a24c03-d94a-4250-8fa9-75ce9af7bb58', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/064c25ab-0bc5-4e00-9974-cfca5e0a9082', '{"at": "2026-01-05T09:00:00Z", "id": "command/064c25ab-0bc5-4e00-9974-cfca5e0a9082", "answer": {"json": "{\"year\":2025,\"closed\":true}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Years.YearClosedAnswer, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.835697+00', '01a24c03-db45-485e-859f-1f0d9cd486de', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/dcfc288d-7fa4-4816-b3fa-7799babdd9ca', '{"at": "2026-01-05T09:00:00Z", "id": "command/dcfc288d-7fa4-4816-b3fa-7799babdd9ca", "answer": {"json": "{\"id\":\"01a24c03-dbd9-7226-b141-1b1d5858ad83\",\"caseReference\":\"Z-2026-R-g\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.035214+00', '01a24c03-dbda-41d8-a165-a9ce2b0c08d0', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/0c139f57-925f-48bf-8ef3-90f5d0120133', '{"at": "2026-01-05T09:00:00Z", "id": "command/0c139f57-925f-48bf-8ef3-90f5d0120133", "answer": {"json": "{\"id\":\"01a24c03-dbd9-7226-b141-1b1d5858ad83\",\"caseReference\":\"Z-2026-R-g\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Scheduled\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":\"2026-01-05\",\"completedOn\":null,\"version\":5,\"notification\":\"Sent\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.208652+00', '01a24c03-dc8b-4237-aa58-9ff34519536b', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/bb844617-9092-405e-b83d-bbcee86e90ce', '{"at": "2026-01-05T09:00:00Z", "id": "command/bb844617-9092-405e-b83d-bbcee86e90ce", "answer": {"json": "{\"claimId\":\"01a24c03-dd13-7ac3-9cfb-df4f1698ba8d\",\"referralId\":\"01a24c03-dcf5-77f0-b2aa-bd0a48c69723\",\"caseReference\":\"Z-2026-B4\",\"invoiceNumber\":\"K-2026-001\",\"amount\":\"400.00\",\"payee\":\"household\",\"status\":\"Approved\",\"paid\":\"0.00\",\"batchId\":null,\"recordedBy\":\"anna\",\"recordedAt\":\"2026-01-05T09:00:00Z\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Claims.ClaimDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.370649+00', '01a24c03-dd2c-4eac-8fda-fb129242949d', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/22f6d6d0-3b69-4c2f-93f8-4aff209e5ff0', '{"at": "2026-01-05T09:00:00Z", "id": "command/22f6d6d0-3b69-4c2f-93f8-4aff209e5ff0", "answer": {"json": "{\"claimId\":\"01a24c03-ddb4-78ab-ade1-d4061c2eb460\",\"referralId\":\"01a24c03-dcfb-7258-b65c-b1fd36ee98c5\",\"caseReference\":\"Z-2026-B5\",\"invoiceNumber\":\"F-2026-7\",\"amount\":\"300.00\",\"payee\":\"01a24c03-d624-7f3d-a5fc-7616a6e01f32\",\"status\":\"Submitted\",\"paid\":\"0.00\",\"batchId\":null,\"recordedBy\":\"anna\",\"recordedAt\":\"2026-01-05T09:00:00Z\"}", "pending": false, "createdId": "01a24c03-ddb4-78ab-ade1-d4061c2eb460", "valueType": "Nijkerk.Vergoedingen.Claims.ClaimDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.509433+00', '01a24c03-ddb8-4ba7-9dc4-7a54af1c3760', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/ea2d00cb-cf31-4846-a5a7-23572c040ef8', '{"at": "2025-11-03T09:00:00Z", "id": "command/ea2d00cb-cf31-4846-a5a7-23572c040ef8", "answer": {"json": "{\"id\":\"01a24c03-d72d-7d9f-a1e2-3b3bd319a73d\",\"caseReference\":\"Z-2025-B3\",\"scheme\":\"bijzondere-bijstand\",\"year\":2025,\"status\":\"Rejected\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":\"300.00\",\"ownContribution\":\"0.00\",\"committed\":\"0.00\",\"paid\":\"0.00\",\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":2}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.126522+00', '01a24c03-d851-465a-a308-69e8fcfde0a0', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/15cc5c43-6a8a-4501-ac09-8bcc4c73e312', '{"at": "2025-11-03T09:00:00Z", "id": "command/15cc5c43-6a8a-4501-ac09-8bcc4c73e312", "answer": {"json": "{\"id\":\"01a24c03-d668-7097-9b09-5c55d8ad749c\",\"caseReference\":\"Z-2025-H1\",\"scheme\":\"houd-me-vast\",\"year\":2025,\"status\":\"Scheduled\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":\"2025-11-10\",\"completedOn\":null,\"version\":5,\"notification\":\"Sent\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.195798+00', '01a24c03-d899-4cbe-a120-6653a39015f3', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/9c65bc79-9922-4be3-bf18-a07cdbe15ee3', '{"at": "2025-11-17T09:00:00Z", "id": "command/9c65bc79-9922-4be3-bf18-a07cdbe15ee3", "answer": {"json": "{\"claimId\":\"01a24c03-d958-7d69-b4ba-ead8e2d2948a\",\"referralId\":\"01a24c03-d718-7844-94f6-704283136029\",\"caseReference\":\"Z-2025-B1\",\"invoiceNumber\":\"F-2025-101\",\"amount\":\"600.00\",\"payee\":\"01a24c03-d624-7f3d-a5fc-7616a6e01f32\",\"status\":\"Approved\",\"paid\":\"0.00\",\"batchId\":null,\"recordedBy\":\"anna\",\"recordedAt\":\"2025-11-17T09:00:00Z\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Claims.ClaimDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.511863+00', '01a24c03-d9dc-44e3-a60f-c4c8711c3546', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/f67352a8-f872-4e93-97db-dd5aa1ea350f', '{"at": "2025-11-17T09:00:00Z", "id": "command/f67352a8-f872-4e93-97db-dd5aa1ea350f", "answer": {"json": "{\"id\":\"01a24c03-d668-7097-9b09-5c55d8ad749c\",\"caseReference\":\"Z-2025-H1\",\"scheme\":\"houd-me-vast\",\"year\":2025,\"status\":\"Closed\",\"requestedBy\":\"anna\",\"requestedAt\":\"2025-11-03T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":\"2025-11-10\",\"completedOn\":\"2025-11-17\",\"version\":8,\"notification\":\"Confirmed\",\"placementReference\":\"HMV-2025-001\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:50.769653+00', '01a24c03-dad7-4d52-9950-f586978acb32', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/5b171f25-82d8-4228-817e-c3ffa1056dae', '{"at": "2026-01-05T09:00:00Z", "id": "command/5b171f25-82d8-4228-817e-c3ffa1056dae", "answer": {"json": "{\"id\":\"01a24c03-dbc1-74ca-99c0-214e613020d3\",\"caseReference\":\"Z-2026-R-c\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-dbc1-74ca-99c0-214e613020d3", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.011472+00', '01a24c03-dbc2-496b-9764-c9c068247189', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'key/c336a95cea2d4807b3c8e0bf83543bc9b3fff7a63ff9884cb1b0e0823132856a', '{"at": "2026-01-05T09:00:00Z", "id": "key/c336a95cea2d4807b3c8e0bf83543bc9b3fff7a63ff9884cb1b0e0823132856a", "answer": {"json": "{\"id\":\"01a24c03-dbbb-7fce-a59a-017650e966a3\",\"caseReference\":\"Z-2026-R-b\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Reserved\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3,\"notification\":\"Pending\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": "5CA0F0684A56762D29B07DA56580755CDE4603CEC0E4364EBA2DCEEA6FC5E585"}', '2026-12-06 15:40:51.052465+00', '01a24c03-dbef-4918-b389-c0fd450bbd09', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/480ea85c-3011-47ad-95f0-6deea25216b4', '{"at": "2026-01-05T09:00:00Z", "id": "command/480ea85c-3011-47ad-95f0-6deea25216b4", "answer": {"json": "{\"id\":\"01a24c03-dbc1-74ca-99c0-214e613020d3\",\"caseReference\":\"Z-2026-R-c\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Scheduled\",\"requestedBy\":\"anna\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bob\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":\"2026-02-02\",\"completedOn\":null,\"version\":5,\"notification\":\"Sent\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.201223+00', '01a24c03-dc83-45a9-8bf0-a389d11af058', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/c140334b-f95d-494a-9b7e-53110fa2c625', '{"at": "2026-01-05T09:00:00Z", "id": "command/c140334b-f95d-494a-9b7e-53110fa2c625", "answer": {"json": "{\"claimId\":\"01a24c03-dd13-7ac3-9cfb-df4f1698ba8d\",\"referralId\":\"01a24c03-dcf5-77f0-b2aa-bd0a48c69723\",\"caseReference\":\"Z-2026-B4\",\"invoiceNumber\":\"K-2026-001\",\"amount\":\"400.00\",\"payee\":\"household\",\"status\":\"Submitted\",\"paid\":\"0.00\",\"batchId\":null,\"recordedBy\":\"anna\",\"recordedAt\":\"2026-01-05T09:00:00Z\"}", "pending": false, "createdId": "01a24c03-dd13-7ac3-9cfb-df4f1698ba8d", "valueType": "Nijkerk.Vergoedingen.Claims.ClaimDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.349021+00', '01a24c03-dd1d-4f59-8216-61733b669752', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/f1dc9355-a95b-40d0-82a3-bdd4b1176a4f', '{"at": "2026-01-05T09:00:00Z", "id": "command/f1dc9355-a95b-40d0-82a3-bdd4b1176a4f", "answer": {"json": "{\"claimId\":\"01a24c03-ddaa-7d16-968a-8c057fcf2b0c\",\"referralId\":\"01a24c03-dcf5-77f0-b2aa-bd0a48c69723\",\"caseReference\":\"Z-2026-B4\",\"invoiceNumber\":\"K-2026-003\",\"amount\":\"50.00\",\"payee\":\"01a24c03-d624-7f3d-a5fc-7616a6e01f32\",\"status\":\"Submitted\",\"paid\":\"0.00\",\"batchId\":null,\"recordedBy\":\"anna\",\"recordedAt\":\"2026-01-05T09:00:00Z\"}", "pending": false, "createdId": "01a24c03-ddaa-7d16-968a-8c057fcf2b0c", "valueType": "Nijkerk.Vergoedingen.Claims.ClaimDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.499539+00', '01a24c03-ddaf-4fdd-b1fe-e845ff7a6c82', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/30b198d5-cf14-48e6-921e-d299bcadafe4', '{"at": "2026-01-05T09:00:00Z", "id": "command/30b198d5-cf14-48e6-921e-d299bcadafe4", "answer": {"json": "{\"claimId\":\"01a24c03-ddb4-78ab-ade1-d4061c2eb460\",\"referralId\":\"01a24c03-dcfb-7258-b65c-b1fd36ee98c5\",\"caseReference\":\"Z-2026-B5\",\"invoiceNumber\":\"F-2026-7\",\"amount\":\"300.00\",\"payee\":\"01a24c03-d624-7f3d-a5fc-7616a6e01f32\",\"status\":\"Approved\",\"paid\":\"0.00\",\"batchId\":null,\"recordedBy\":\"anna\",\"recordedAt\":\"2026-01-05T09:00:00Z\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Claims.ClaimDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.51755+00', '01a24c03-ddbf-440a-ac56-e15d088ddda0', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('ede', 'command/cc216c27-cbea-48f7-834a-70fd869de478', '{"at": "2026-01-05T09:00:00Z", "id": "command/cc216c27-cbea-48f7-834a-70fd869de478", "answer": {"json": "{\"id\":\"01a24c03-ddc9-7b2c-a95c-55ee6c494101\",\"caseReference\":\"Z-2026-E1\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Reserved\",\"requestedBy\":\"eva\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"bert\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3,\"notification\":\"Pending\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.536655+00', '01a24c03-ddd3-4633-83d7-c073cf161a0e', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('rhenen', 'command/24184a3f-4053-40ea-b88f-5fab91ea10a2', '{"at": "2026-01-05T09:00:00Z", "id": "command/24184a3f-4053-40ea-b88f-5fab91ea10a2", "answer": {"json": "{\"id\":\"01a24c03-deb5-792f-9123-236cb23168d6\",\"caseReference\":\"Z-2026-X1\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"rita\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-deb5-792f-9123-236cb23168d6", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.767738+00', '01a24c03-deb6-4e71-9881-6e3edd78f71a', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('rhenen', 'command/73b7ec30-1d50-49c9-9a11-5c56056dfe5a', '{"at": "2026-01-05T09:00:00Z", "id": "command/73b7ec30-1d50-49c9-9a11-5c56056dfe5a", "answer": {"json": "{\"id\":\"01a24c03-deb5-792f-9123-236cb23168d6\",\"caseReference\":\"Z-2026-X1\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Reserved\",\"requestedBy\":\"rita\",\"requestedAt\":\"2026-01-05T09:00:00Z\",\"approvedBy\":\"rene\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3,\"notification\":\"Pending\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:51.774119+00', '01a24c03-dec3-4cd9-999c-845bc3d45f08', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('foodvalley', 'command/4c87331d-b85a-437a-9950-2729c5f42caf', '{"at": "2026-01-05T09:01:00Z", "id": "command/4c87331d-b85a-437a-9950-2729c5f42caf", "answer": {"json": "{\"slug\":\"leusden\",\"name\":\"Gemeente Leusden\",\"iban\":\"NL91ABNA0417164300\",\"bic\":\"ABNANL2A\",\"schemes\":[\"houd-me-vast\",\"bijzondere-bijstand\"],\"defaultCapacity\":3,\"reservationExpiry\":\"28.00:00:00\",\"version\":1}", "pending": false, "createdId": "leusden", "valueType": "Nijkerk.Vergoedingen.Municipalities.MunicipalityDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:54.135332+00', '01a24c03-e7f6-4d52-a4b8-9c0c51d9a132', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('foodvalley', 'command/9efa4ff7-83a0-4244-8068-385ab1e14921', '{"at": "2026-01-05T09:01:00Z", "id": "command/9efa4ff7-83a0-4244-8068-385ab1e14921", "answer": {"json": "{\"slug\":\"leusden\",\"name\":\"Gemeente Leusden\",\"iban\":\"NL91ABNA0417164300\",\"bic\":\"ABNANL2A\",\"schemes\":[\"houd-me-vast\",\"bijzondere-bijstand\"],\"defaultCapacity\":4,\"reservationExpiry\":\"28.00:00:00\",\"version\":2}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Municipalities.MunicipalityDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:54.145817+00', '01a24c03-e801-4ec7-ab6d-54f21ccb2360', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('leusden', 'command/e767ee40-10c2-4645-8423-b5696268c837', '{"at": "2026-01-05T09:01:00Z", "id": "command/e767ee40-10c2-4645-8423-b5696268c837", "answer": {"json": "{\"id\":\"01a24c03-e80c-7a35-a69d-d25a4b63062c\",\"caseReference\":\"Z-2026-L1\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Requested\",\"requestedBy\":\"lisa\",\"requestedAt\":\"2026-01-05T09:01:00Z\",\"approvedBy\":null,\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":1}", "pending": false, "createdId": "01a24c03-e80c-7a35-a69d-d25a4b63062c", "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:54.159116+00', '01a24c03-e80e-4593-9525-abebd1a819d4', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('leusden', 'command/0450a518-5a77-4d53-a3fe-e567a4c019a4', '{"at": "2026-01-05T09:01:00Z", "id": "command/0450a518-5a77-4d53-a3fe-e567a4c019a4", "answer": {"json": "{\"id\":\"01a24c03-e80c-7a35-a69d-d25a4b63062c\",\"caseReference\":\"Z-2026-L1\",\"scheme\":\"houd-me-vast\",\"year\":2026,\"status\":\"Reserved\",\"requestedBy\":\"lisa\",\"requestedAt\":\"2026-01-05T09:01:00Z\",\"approvedBy\":\"lars\",\"waitlistPosition\":null,\"cost\":null,\"ownContribution\":null,\"committed\":null,\"paid\":null,\"provider\":null,\"startDate\":null,\"completedOn\":null,\"version\":3,\"notification\":\"Pending\"}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Referrals.ReferralDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:54.164713+00', '01a24c03-e817-467c-9728-8302292e69ac', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/1513f83f-ecc3-4c2a-b8bf-103f728cb3bf', '{"at": "2026-01-05T09:01:00Z", "id": "command/1513f83f-ecc3-4c2a-b8bf-103f728cb3bf", "answer": {"json": "{\"id\":\"01a24c03-e8f7-7843-9606-a1dcd4b67dff\",\"caseReference\":\"Z-2026-0099\",\"status\":\"Requested\",\"documents\":null}", "pending": true, "createdId": "01a24c03-e8f7-7843-9606-a1dcd4b67dff", "valueType": "Nijkerk.Vergoedingen.Privacy.ErasureDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:54.468022+00', '01a24c03-e941-49e0-be72-3df460d8c25c', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord'),
	('nijkerk', 'command/97d40479-43c6-44d9-a2c6-3163d1e5aff5', '{"at": "2026-01-05T09:01:00Z", "id": "command/97d40479-43c6-44d9-a2c6-3163d1e5aff5", "answer": {"json": "{\"id\":\"01a24c03-e8f7-7843-9606-a1dcd4b67dff\",\"caseReference\":\"Z-2026-0099\",\"status\":\"Erased\",\"documents\":3}", "pending": false, "createdId": null, "valueType": "Nijkerk.Vergoedingen.Privacy.ErasureDetails, Nijkerk.Vergoedingen, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"}, "requestHash": ""}', '2026-12-06 15:40:54.553201+00', '01a24c03-e998-4d43-8098-c05bd9e37fee', 'Nijkerk.Vergoedingen.Hosting.Idempotency.IdempotencyRecord');


--
-- Data for Name: mt_doc_invoiceregistration; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_invoiceregistration VALUES
	('nijkerk', 'provider/01a24c03-d624-7f3d-a5fc-7616a6e01f32/F-2025-101', '{"id": "provider/01a24c03-d624-7f3d-a5fc-7616a6e01f32/F-2025-101", "claimId": "01a24c03-d958-7d69-b4ba-ead8e2d2948a", "referralId": "01a24c03-d718-7844-94f6-704283136029"}', '2026-12-06 15:40:50.436097+00', '01a24c03-d99c-433d-b196-df5308d55154', 'Nijkerk.Vergoedingen.Claims.InvoiceRegistration'),
	('nijkerk', 'household/Z-2026-B4/K-2026-001', '{"id": "household/Z-2026-B4/K-2026-001", "claimId": "01a24c03-dd13-7ac3-9cfb-df4f1698ba8d", "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723"}', '2026-12-06 15:40:51.349021+00', '01a24c03-dd1c-4961-a112-2edbc982896b', 'Nijkerk.Vergoedingen.Claims.InvoiceRegistration'),
	('nijkerk', 'provider/01a24c03-d624-7f3d-a5fc-7616a6e01f32/K-2026-003', '{"id": "provider/01a24c03-d624-7f3d-a5fc-7616a6e01f32/K-2026-003", "claimId": "01a24c03-ddaa-7d16-968a-8c057fcf2b0c", "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723"}', '2026-12-06 15:40:51.499539+00', '01a24c03-ddaf-4cc2-98e4-62c366889245', 'Nijkerk.Vergoedingen.Claims.InvoiceRegistration'),
	('nijkerk', 'provider/01a24c03-d624-7f3d-a5fc-7616a6e01f32/F-2026-7', '{"id": "provider/01a24c03-d624-7f3d-a5fc-7616a6e01f32/F-2026-7", "claimId": "01a24c03-ddb4-78ab-ade1-d4061c2eb460", "referralId": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5"}', '2026-12-06 15:40:51.509433+00', '01a24c03-ddb8-41e8-ae44-f7a59284468a', 'Nijkerk.Vergoedingen.Claims.InvoiceRegistration');


--
-- Data for Name: mt_doc_municipality; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_municipality VALUES
	('foodvalley', 'municipality/barneveld', '{"id": "municipality/barneveld", "slug": "barneveld", "terms": {"bic": "BNGHNL2G", "iban": "NL07BNGH0285000002", "name": "Gemeente Barneveld", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "version": 1}', '2026-12-06 15:40:48.350768+00', 'Nijkerk.Vergoedingen.Municipalities.Municipality', 1),
	('foodvalley', 'municipality/renswoude', '{"id": "municipality/renswoude", "slug": "renswoude", "terms": {"bic": "BNGHNL2G", "iban": "NL50BNGH0285000004", "name": "Gemeente Renswoude", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "version": 1}', '2026-12-06 15:40:48.350768+00', 'Nijkerk.Vergoedingen.Municipalities.Municipality', 1),
	('foodvalley', 'municipality/rhenen', '{"id": "municipality/rhenen", "slug": "rhenen", "terms": {"bic": "BNGHNL2G", "iban": "NL23BNGH0285000005", "name": "Gemeente Rhenen", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "version": 1}', '2026-12-06 15:40:48.350768+00', 'Nijkerk.Vergoedingen.Municipalities.Municipality', 1),
	('foodvalley', 'municipality/scherpenzeel', '{"id": "municipality/scherpenzeel", "slug": "scherpenzeel", "terms": {"bic": "BNGHNL2G", "iban": "NL93BNGH0285000006", "name": "Gemeente Scherpenzeel", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "version": 1}', '2026-12-06 15:40:48.350768+00', 'Nijkerk.Vergoedingen.Municipalities.Municipality', 1),
	('foodvalley', 'municipality/veenendaal', '{"id": "municipality/veenendaal", "slug": "veenendaal", "terms": {"bic": "BNGHNL2G", "iban": "NL66BNGH0285000007", "name": "Gemeente Veenendaal", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "version": 1}', '2026-12-06 15:40:48.350768+00', 'Nijkerk.Vergoedingen.Municipalities.Municipality', 1),
	('foodvalley', 'municipality/wageningen', '{"id": "municipality/wageningen", "slug": "wageningen", "terms": {"bic": "BNGHNL2G", "iban": "NL39BNGH0285000008", "name": "Gemeente Wageningen", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "version": 1}', '2026-12-06 15:40:48.350768+00', 'Nijkerk.Vergoedingen.Municipalities.Municipality', 1),
	('foodvalley', 'municipality/nijkerk', '{"id": "municipality/nijkerk", "slug": "nijkerk", "terms": {"bic": "BNGHNL2G", "iban": "NL34BNGH0285000001", "name": "Gemeente Nijkerk", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "1344:00:00"}, "version": 2}', '2026-12-06 15:40:49.279961+00', 'Nijkerk.Vergoedingen.Municipalities.Municipality', 2),
	('foodvalley', 'municipality/ede', '{"id": "municipality/ede", "slug": "ede", "terms": {"bic": "BNGHNL2G", "iban": "NL77BNGH0285000003", "name": "Gemeente Ede", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "1344:00:00"}, "version": 2}', '2026-12-06 15:40:49.326575+00', 'Nijkerk.Vergoedingen.Municipalities.Municipality', 2),
	('foodvalley', 'municipality/leusden', '{"id": "municipality/leusden", "slug": "leusden", "terms": {"bic": "ABNANL2A", "iban": "NL91ABNA0417164300", "name": "Gemeente Leusden", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 4, "reservationExpiry": "672:00:00"}, "version": 2}', '2026-12-06 15:40:54.145817+00', 'Nijkerk.Vergoedingen.Municipalities.Municipality', 2);


--
-- Data for Name: mt_doc_newyearscheduled; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Data for Name: mt_doc_payeeaccount; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_payeeaccount VALUES
	('nijkerk', '01a24c03-dd13-7ac3-9cfb-df4f1698ba8d', '{"id": "01a24c03-dd13-7ac3-9cfb-df4f1698ba8d", "iban": "NL02ABNA0123456789", "name": "Huishouden Z-2026-B4"}', '2026-12-06 15:40:51.349021+00', '01a24c03-dd1d-4324-ab3f-5c6b47918fde', 'Nijkerk.Vergoedingen.Claims.PayeeAccount');


--
-- Data for Name: mt_doc_paymentbatch; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_paymentbatch VALUES
	('nijkerk', '01a24c03-d9e3-7815-b6ee-92c2d00887b9', '{"id": "01a24c03-d9e3-7815-b6ee-92c2d00887b9", "items": [{"year": 2025, "amount": 600.00, "scheme": "bijzondere-bijstand", "claimId": "01a24c03-d958-7d69-b4ba-ead8e2d2948a", "payeeId": "01a24c03-d624-7f3d-a5fc-7616a6e01f32", "payeeKind": "Provider", "endToEndId": "01a24c03d9587d69b4baead8e2d2948a", "referralId": "01a24c03-d718-7844-94f6-704283136029", "caseReference": "Z-2025-B1", "invoiceNumber": "F-2025-101"}], "bookedOn": "2025-11-17", "isBooked": true, "createdAt": "2025-11-17T09:00:00Z", "createdBy": "bob", "controlSum": 600.00, "executionDate": "2025-11-17"}', '2026-12-06 15:40:50.693963+00', 'Nijkerk.Vergoedingen.Payments.PaymentBatch', 2);


--
-- Data for Name: mt_doc_paymentreference; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_paymentreference VALUES
	('nijkerk', '01a24c03d9587d69b4baead8e2d2948a', '{"id": "01a24c03d9587d69b4baead8e2d2948a", "amount": 600.00, "paidOn": "2025-11-17", "claimId": "01a24c03-d958-7d69-b4ba-ead8e2d2948a", "referralId": "01a24c03-d718-7844-94f6-704283136029"}', '2026-12-06 15:40:50.693963+00', '01a24c03-daa2-4617-ae79-5a5f010ed0f2', 'Nijkerk.Vergoedingen.Claims.PaymentReference'),
	('nijkerk', 'BANK-2026-0001', '{"id": "BANK-2026-0001", "amount": 400.00, "paidOn": "2026-01-05", "claimId": "01a24c03-dd13-7ac3-9cfb-df4f1698ba8d", "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723"}', '2026-12-06 15:40:51.424907+00', '01a24c03-dd68-436a-8d15-15a1a783dece', 'Nijkerk.Vergoedingen.Claims.PaymentReference');


--
-- Data for Name: mt_doc_personaltext; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_personaltext VALUES
	('nijkerk', '01a24c03-d668-7097-9b09-5c55d8ad749c/motivation', '{"id": "01a24c03-d668-7097-9b09-5c55d8ad749c/motivation", "salt": "02cc824a9122cf9312baafa406f9e6d4", "text": "Eigen Plan en Doorbraakmethode doorlopen (H1)", "digest": {"id": "01a24c03-d668-7097-9b09-5c55d8ad749c/motivation", "sha256": "46371f2bfa98958f234b38d3945383b94a58b834da83f51b0a700b8bafb835fc"}, "erased": false, "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c", "caseReference": "Z-2025-H1"}', '2026-12-06 15:40:49.768503+00', '01a24c03-d6cc-42bb-82bc-ed72eb52e033', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d6f1-7aae-8581-bc5f0b381175/motivation', '{"id": "01a24c03-d6f1-7aae-8581-bc5f0b381175/motivation", "salt": "3b667a8a7b4413bc367f96f38c57e73f", "text": "Eigen Plan en Doorbraakmethode doorlopen (H2)", "digest": {"id": "01a24c03-d6f1-7aae-8581-bc5f0b381175/motivation", "sha256": "5a6712f3162d9d518c10ec47b41438bef75d865baef67b3f3ee24f214ff0af8a"}, "erased": false, "referralId": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "caseReference": "Z-2025-H2"}', '2026-12-06 15:40:49.779553+00', '01a24c03-d6f2-4839-bd1e-6ccf226f4363', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d6fa-74fb-afa9-6b2885b55b24/motivation', '{"id": "01a24c03-d6fa-74fb-afa9-6b2885b55b24/motivation", "salt": "dc1732e3b78cc2dd798f52bab3df0af8", "text": "Eigen Plan en Doorbraakmethode doorlopen (H3)", "digest": {"id": "01a24c03-d6fa-74fb-afa9-6b2885b55b24/motivation", "sha256": "a6ca5a9fbca4232463ec47c0be89b14fdc393249c5e176bde1274a30a8028ebe"}, "erased": false, "referralId": "01a24c03-d6fa-74fb-afa9-6b2885b55b24", "caseReference": "Z-2025-H3"}', '2026-12-06 15:40:49.789348+00', '01a24c03-d6fb-4151-80fb-8c11ad23cdae', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d700-72f3-a8c9-07f03a76eb73/motivation', '{"id": "01a24c03-d700-72f3-a8c9-07f03a76eb73/motivation", "salt": "ee8a4dfcf309d5a0ad9f5a37f2954c25", "text": "Eigen Plan en Doorbraakmethode doorlopen (H4)", "digest": {"id": "01a24c03-d700-72f3-a8c9-07f03a76eb73/motivation", "sha256": "a24a88f8102f6928347ae6d75c48b01469b799a746ab74dd6708b23e240d767b"}, "erased": false, "referralId": "01a24c03-d700-72f3-a8c9-07f03a76eb73", "caseReference": "Z-2025-H4"}', '2026-12-06 15:40:49.794419+00', '01a24c03-d701-4700-825f-1ba7b4108eea', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d718-7844-94f6-704283136029/motivation', '{"id": "01a24c03-d718-7844-94f6-704283136029/motivation", "salt": "aa2ecb5242a18e28904440d12437ae23", "text": "Draagkracht beoordeeld (B1)", "digest": {"id": "01a24c03-d718-7844-94f6-704283136029/motivation", "sha256": "f9b668f1e436e777781f6047e6f3357a52f4581045660741ffdeb616467064ed"}, "erased": false, "referralId": "01a24c03-d718-7844-94f6-704283136029", "caseReference": "Z-2025-B1"}', '2026-12-06 15:40:49.818417+00', '01a24c03-d719-46f9-a098-4c059a9ca7cb', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d720-7bf0-9521-30c93db413e9/motivation', '{"id": "01a24c03-d720-7bf0-9521-30c93db413e9/motivation", "salt": "7fd7758909d70d7f2a0577de325d4805", "text": "Draagkracht beoordeeld (B2)", "digest": {"id": "01a24c03-d720-7bf0-9521-30c93db413e9/motivation", "sha256": "4df4e9933a5373a4f2da084b20f07d97f3c6aa22b52c7e0fbb0acac680cdc9e4"}, "erased": false, "referralId": "01a24c03-d720-7bf0-9521-30c93db413e9", "caseReference": "Z-2025-B2"}', '2026-12-06 15:40:49.826186+00', '01a24c03-d721-46f8-af2a-3e69fd36f9f4', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d72d-7d9f-a1e2-3b3bd319a73d/motivation', '{"id": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d/motivation", "salt": "ffd527e8314f6afe7455026ee48f9d76", "text": "Draagkracht beoordeeld (B3)", "digest": {"id": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d/motivation", "sha256": "751e55d907cff17c16f8b93415d5c9a3139d1b4263a1b88a33f5a0e07e9ee83b"}, "erased": false, "referralId": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d", "caseReference": "Z-2025-B3"}', '2026-12-06 15:40:49.83922+00', '01a24c03-d72d-4f05-8a3e-4f86eff7f493', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d668-7097-9b09-5c55d8ad749c/approval', '{"id": "01a24c03-d668-7097-9b09-5c55d8ad749c/approval", "salt": "dc8d71a86bb7372e4f57d4d7bbe1cbbe", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-d668-7097-9b09-5c55d8ad749c/approval", "sha256": "0ebe313a42fd339cf6f9f9a82acbeed80206dd79853ee0f23e40b1a442dface4"}, "erased": false, "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c", "caseReference": "Z-2025-H1"}', '2026-12-06 15:40:49.897813+00', '01a24c03-d79f-4580-b1d0-c4c8a400f7ab', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d6f1-7aae-8581-bc5f0b381175/approval', '{"id": "01a24c03-d6f1-7aae-8581-bc5f0b381175/approval", "salt": "7f53a564e2f7b70588523b3cb8328c76", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-d6f1-7aae-8581-bc5f0b381175/approval", "sha256": "914d194d5fa0a078cacb9265b77eae5e72924c1ab086bf6e10e67ebf9a6e859e"}, "erased": false, "referralId": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "caseReference": "Z-2025-H2"}', '2026-12-06 15:40:49.970329+00', '01a24c03-d7ba-486b-9a81-a557df6b21da', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d6fa-74fb-afa9-6b2885b55b24/approval', '{"id": "01a24c03-d6fa-74fb-afa9-6b2885b55b24/approval", "salt": "0ee2228957834a598314930ecf420e6a", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-d6fa-74fb-afa9-6b2885b55b24/approval", "sha256": "71193847f6d5d99b371a3c3193e1d50357c0a3ce8aa9c55c738734ccb10babb9"}, "erased": false, "referralId": "01a24c03-d6fa-74fb-afa9-6b2885b55b24", "caseReference": "Z-2025-H3"}', '2026-12-06 15:40:49.993047+00', '01a24c03-d7d8-49c4-8c1f-a22b652e75a7', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d700-72f3-a8c9-07f03a76eb73/rejection', '{"id": "01a24c03-d700-72f3-a8c9-07f03a76eb73/rejection", "salt": "513830db7b7a51ed3d21380b26f076aa", "text": "Past niet binnen het beleid", "digest": {"id": "01a24c03-d700-72f3-a8c9-07f03a76eb73/rejection", "sha256": "80f232a79ce9b176e72f78b5dc63398a18226b44976083083f9dce2b183ccec7"}, "erased": false, "referralId": "01a24c03-d700-72f3-a8c9-07f03a76eb73", "caseReference": "Z-2025-H4"}', '2026-12-06 15:40:50.054529+00', '01a24c03-d80f-4caf-95ac-393e14dfc6e5', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d718-7844-94f6-704283136029/approval', '{"id": "01a24c03-d718-7844-94f6-704283136029/approval", "salt": "ac108988f9d89a4aafd618a9f0ec1165", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-d718-7844-94f6-704283136029/approval", "sha256": "2a5d4683d2994ece07bcd8d07902fae392da38ca990e129081cb73aad5153fee"}, "erased": false, "referralId": "01a24c03-d718-7844-94f6-704283136029", "caseReference": "Z-2025-B1"}', '2026-12-06 15:40:50.070638+00', '01a24c03-d82e-45d0-a5a1-fbb88ef2c811', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d720-7bf0-9521-30c93db413e9/approval', '{"id": "01a24c03-d720-7bf0-9521-30c93db413e9/approval", "salt": "afdf431ad29ef3b64c7549d7d33da620", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-d720-7bf0-9521-30c93db413e9/approval", "sha256": "714174aaa563655ef52983a482228b0b273974d4858987ca8baded1c40e75bfa"}, "erased": false, "referralId": "01a24c03-d720-7bf0-9521-30c93db413e9", "caseReference": "Z-2025-B2"}', '2026-12-06 15:40:50.110268+00', '01a24c03-d845-4963-a20e-7d0540fad959', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d72d-7d9f-a1e2-3b3bd319a73d/rejection', '{"id": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d/rejection", "salt": "9a4f4562a58a486ba65b7a6d1a4d4cc5", "text": "Past niet binnen het beleid", "digest": {"id": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d/rejection", "sha256": "0418d8627d54b286ab8d655b5ca50e8340f92c0634c79253eb0edb16b157fe95"}, "erased": false, "referralId": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d", "caseReference": "Z-2025-B3"}', '2026-12-06 15:40:50.126522+00', '01a24c03-d851-411a-a706-50af4c2721e0', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d668-7097-9b09-5c55d8ad749c/provider/5', '{"id": "01a24c03-d668-7097-9b09-5c55d8ad749c/provider/5", "salt": "a461d188517aa23621c80f2b700c049d", "text": "Praktijk De Brug", "digest": {"id": "01a24c03-d668-7097-9b09-5c55d8ad749c/provider/5", "sha256": "b6dccd6f071b5e7c56fb3cde66ff74fbf0742c2202410f5843c02f531da6f207"}, "erased": false, "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c", "caseReference": "Z-2025-H1"}', '2026-12-06 15:40:50.195798+00', '01a24c03-d899-4bc2-a1c7-fa0962faf425', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbc1-74ca-99c0-214e613020d3/motivation', '{"id": "01a24c03-dbc1-74ca-99c0-214e613020d3/motivation", "salt": "2b7a1008ed511feff4a5118acf8a3175", "text": "Eigen Plan en Doorbraakmethode doorlopen (R-c)", "digest": {"id": "01a24c03-dbc1-74ca-99c0-214e613020d3/motivation", "sha256": "9709a80049fcb35d5b2ccf62ffbe8b8aed7da6fffd3f5e58540f5472197e6b8d"}, "erased": false, "referralId": "01a24c03-dbc1-74ca-99c0-214e613020d3", "caseReference": "Z-2026-R-c"}', '2026-12-06 15:40:51.011472+00', '01a24c03-dbc2-4653-aa42-b53778e7f940', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbbb-7fce-a59a-017650e966a3/approval', '{"id": "01a24c03-dbbb-7fce-a59a-017650e966a3/approval", "salt": "8fe75ab71b99c45ca4f47a225fba208d", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-dbbb-7fce-a59a-017650e966a3/approval", "sha256": "11cc3b09f384549f61aa9f620850e361d0a32c3967888e8c0cc9299b2c949826"}, "erased": false, "referralId": "01a24c03-dbbb-7fce-a59a-017650e966a3", "caseReference": "Z-2026-R-b"}', '2026-12-06 15:40:51.052465+00', '01a24c03-dbef-47fe-bee0-30661c6160c9', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbc1-74ca-99c0-214e613020d3/provider/5', '{"id": "01a24c03-dbc1-74ca-99c0-214e613020d3/provider/5", "salt": "e08532ad7eb1273be9b47b72ab91aa32", "text": "Praktijk De Brug", "digest": {"id": "01a24c03-dbc1-74ca-99c0-214e613020d3/provider/5", "sha256": "f5fb37276b0a6ddfd3a687df60266730a44f1f2b1944e89b74c6d80757f80bd3"}, "erased": false, "referralId": "01a24c03-dbc1-74ca-99c0-214e613020d3", "caseReference": "Z-2026-R-c"}', '2026-12-06 15:40:51.201223+00', '01a24c03-dc83-42f9-954d-c6ca84207ae3', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-d718-7844-94f6-704283136029/provider/4', '{"id": "01a24c03-d718-7844-94f6-704283136029/provider/4", "salt": "5f1e43e097b67d531e47299a930bcd32", "text": "Relatiepraktijk Oost", "digest": {"id": "01a24c03-d718-7844-94f6-704283136029/provider/4", "sha256": "54d352b0c7f9784175a0ba12756b6d360f694038c1d22ebe7fd0656c3ea96483"}, "erased": false, "referralId": "01a24c03-d718-7844-94f6-704283136029", "caseReference": "Z-2025-B1"}', '2026-12-06 15:40:50.209335+00', '01a24c03-d8a3-4f02-bf31-fca00e4e93d4', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbd3-75cb-9c66-ac131bfccdb8/motivation', '{"id": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8/motivation", "salt": "fb7ceb61a0db4310271339a8bae0c9d1", "text": "Eigen Plan en Doorbraakmethode doorlopen (R-f)", "digest": {"id": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8/motivation", "sha256": "21bc62e1f856d74747ee2364731dc1deb11e7c00eef351a1051394819f85a2f8"}, "erased": false, "referralId": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8", "caseReference": "Z-2026-R-f"}', '2026-12-06 15:40:51.028858+00', '01a24c03-dbd4-48ec-90ac-ad56e0dfcd08', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('rhenen', '01a24c03-deb5-792f-9123-236cb23168d6/approval', '{"id": "01a24c03-deb5-792f-9123-236cb23168d6/approval", "salt": "5a10e1f13e6732a411927e1b3f3ce7bc", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-deb5-792f-9123-236cb23168d6/approval", "sha256": "1393fb80ee5b43ca292ea2a2f8c125ddadf40cf22e3603ed3e7122b9c291492c"}, "erased": false, "referralId": "01a24c03-deb5-792f-9123-236cb23168d6", "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:51.774119+00', '01a24c03-dec2-4ead-b799-9282ef47e71f', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('leusden', '01a24c03-e80c-7a35-a69d-d25a4b63062c/approval', '{"id": "01a24c03-e80c-7a35-a69d-d25a4b63062c/approval", "salt": "b384a59df47cbb5f7b92d044bfdc549f", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-e80c-7a35-a69d-d25a4b63062c/approval", "sha256": "f2a4b877f67a2cc78b8ae572a1f788b63b1341a6b332b3c7c0e3b34ab1e3b236"}, "erased": false, "referralId": "01a24c03-e80c-7a35-a69d-d25a4b63062c", "caseReference": "Z-2026-L1"}', '2026-12-06 15:40:54.164713+00', '01a24c03-e817-4661-bdf9-011774fe208e', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbb4-7bcb-aeea-01a9e4071421/motivation', '{"id": "01a24c03-dbb4-7bcb-aeea-01a9e4071421/motivation", "salt": "9643567ec1effbc76928fbc0f0c0f599", "text": "Eigen Plan en Doorbraakmethode doorlopen (R-a)", "digest": {"id": "01a24c03-dbb4-7bcb-aeea-01a9e4071421/motivation", "sha256": "0838b728d8fb1bc3ca86ef2abdc41fc9be91c33d972199b13ec5ddf2a1bb9c24"}, "erased": false, "referralId": "01a24c03-dbb4-7bcb-aeea-01a9e4071421", "caseReference": "Z-2026-R-a"}', '2026-12-06 15:40:50.998294+00', '01a24c03-dbb5-4451-b6fd-6a7414d30bba', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbc7-7502-9e9f-65ba83f6c32f/approval', '{"id": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f/approval", "salt": "a79e39cb302d285f2dcdac22dbe97068", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f/approval", "sha256": "982122f379de4db064b4785ebbb0acae7aead1f3c50b2273ac0a922fe6be3cba"}, "erased": false, "referralId": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f", "caseReference": "Z-2026-R-d"}', '2026-12-06 15:40:51.088967+00', '01a24c03-dc18-4da0-aea3-d050c655c762', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dcfb-7258-b65c-b1fd36ee98c5/motivation', '{"id": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5/motivation", "salt": "4bb36f55379a0afdf56f51201e0578db", "text": "Draagkracht beoordeeld (B5)", "digest": {"id": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5/motivation", "sha256": "02807f5e2fe57adeff2ad77a9b1f5ecf2d906a063c61349a920413d7b608538a"}, "erased": false, "referralId": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5", "caseReference": "Z-2026-B5"}', '2026-12-06 15:40:51.324962+00', '01a24c03-dcfc-447c-b253-372b0add67da', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('ede', '01a24c03-ddc9-7b2c-a95c-55ee6c494101/approval', '{"id": "01a24c03-ddc9-7b2c-a95c-55ee6c494101/approval", "salt": "8e595f9e215af8fdaf21351b67b17574", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-ddc9-7b2c-a95c-55ee6c494101/approval", "sha256": "53c8ab84f763e8ed8317cb72ab471833e697648def470e33e7acd3d1ef5817ec"}, "erased": false, "referralId": "01a24c03-ddc9-7b2c-a95c-55ee6c494101", "caseReference": "Z-2026-E1"}', '2026-12-06 15:40:51.536655+00', '01a24c03-ddd3-49ec-aa08-421911783be0', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62/motivation', '{"id": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62/motivation", "salt": "", "text": "[gewist]", "digest": {"id": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62/motivation", "sha256": "119be08bc5ac4ea9f157eb0f3bc4953d20c9e027459a1692981e8c18f0231a1b"}, "erased": true, "referralId": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62", "caseReference": "Z-2026-0099"}', '2026-12-06 15:40:54.553201+00', '01a24c03-e998-493d-a23e-275c1b6280f9', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbbb-7fce-a59a-017650e966a3/motivation', '{"id": "01a24c03-dbbb-7fce-a59a-017650e966a3/motivation", "salt": "5aa4cf49762c1deb33f442d1505baa02", "text": "Eigen Plan en Doorbraakmethode doorlopen (R-b)", "digest": {"id": "01a24c03-dbbb-7fce-a59a-017650e966a3/motivation", "sha256": "74e7277f236411669d1f59f304c22e7ab38f76334d36ae7420c9025e68d5d049"}, "erased": false, "referralId": "01a24c03-dbbb-7fce-a59a-017650e966a3", "caseReference": "Z-2026-R-b"}', '2026-12-06 15:40:51.005313+00', '01a24c03-dbbc-404e-aba9-fe9cad094275', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbce-7ae4-bc0c-459c587e5b91/approval', '{"id": "01a24c03-dbce-7ae4-bc0c-459c587e5b91/approval", "salt": "742a3a03f448067948670845dea54ecd", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-dbce-7ae4-bc0c-459c587e5b91/approval", "sha256": "3293a768c329ffc7c997a14d7a7019bbf89c75e8bbaca658e780564b4d4b6cbf"}, "erased": false, "referralId": "01a24c03-dbce-7ae4-bc0c-459c587e5b91", "caseReference": "Z-2026-R-e"}', '2026-12-06 15:40:51.103146+00', '01a24c03-dc23-4dc1-921a-d33c966f922e', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723/motivation', '{"id": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723/motivation", "salt": "90cd3741239889607db7ac2c1510f70a", "text": "Draagkracht beoordeeld (B4)", "digest": {"id": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723/motivation", "sha256": "02256282a6ebff3732cd914c4cec390f914c10dca7edb138c90ffc719f800ff7"}, "erased": false, "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723", "caseReference": "Z-2026-B4"}', '2026-12-06 15:40:51.319334+00', '01a24c03-dcf6-4479-97b3-118501a2fb50', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('ede', '01a24c03-ddc9-7b2c-a95c-55ee6c494101/motivation', '{"id": "01a24c03-ddc9-7b2c-a95c-55ee6c494101/motivation", "salt": "a0e175ab34f253ff220f09e57ada31ed", "text": "Eigen Plan en Doorbraakmethode doorlopen (E1)", "digest": {"id": "01a24c03-ddc9-7b2c-a95c-55ee6c494101/motivation", "sha256": "9762b1be72aca1a74cf7743ab4d13630742a0db9a7165220a681133fa541bad8"}, "erased": false, "referralId": "01a24c03-ddc9-7b2c-a95c-55ee6c494101", "caseReference": "Z-2026-E1"}', '2026-12-06 15:40:51.531084+00', '01a24c03-ddca-4d9b-8bd8-3a3af07f7665', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbc7-7502-9e9f-65ba83f6c32f/motivation', '{"id": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f/motivation", "salt": "f17bde1e0272abd7ae756a306b8c3182", "text": "Eigen Plan en Doorbraakmethode doorlopen (R-d)", "digest": {"id": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f/motivation", "sha256": "049ec8a325eee47c6b620a4c8e51e482167dd8687249d50ceed5b6566f8d00dc"}, "erased": false, "referralId": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f", "caseReference": "Z-2026-R-d"}', '2026-12-06 15:40:51.017248+00', '01a24c03-dbc8-412d-a425-6990311506f8', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbd9-7226-b141-1b1d5858ad83/approval', '{"id": "01a24c03-dbd9-7226-b141-1b1d5858ad83/approval", "salt": "be82eb1a0f423d4e391572fadc1cc928", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-dbd9-7226-b141-1b1d5858ad83/approval", "sha256": "421272b50e2472f1631cff0f90ada07b6eb33323fe008d36cc7dc67de461bb9b"}, "erased": false, "referralId": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "caseReference": "Z-2026-R-g"}', '2026-12-06 15:40:51.074967+00', '01a24c03-dc07-4de9-abce-46132e37bba7', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbd3-75cb-9c66-ac131bfccdb8/withdrawal', '{"id": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8/withdrawal", "salt": "8559648051d5905169bb59fceb42d9cb", "text": "Het stel heeft zelf hulp gevonden", "digest": {"id": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8/withdrawal", "sha256": "212cbc0e513732812095038a0203d10c5bf10e3c1ac3b9ad4f25e56a2ff95a74"}, "erased": false, "referralId": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8", "caseReference": "Z-2026-R-f"}', '2026-12-06 15:40:51.158055+00', '01a24c03-dc5f-434b-b3c8-b75c55d12636', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723/approval', '{"id": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723/approval", "salt": "524978777edd342801fc0b07a2437269", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723/approval", "sha256": "544874fe28d19ed5e520266bb2b8e3e279e3427127c5b81a2f6a449fb9ebb8cd"}, "erased": false, "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723", "caseReference": "Z-2026-B4"}', '2026-12-06 15:40:51.329499+00', '01a24c03-dd04-4a0e-9f8c-0bf93cd71061', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbce-7ae4-bc0c-459c587e5b91/motivation', '{"id": "01a24c03-dbce-7ae4-bc0c-459c587e5b91/motivation", "salt": "c817ca1886970d39ca4ab5d667bae3b8", "text": "Eigen Plan en Doorbraakmethode doorlopen (R-e)", "digest": {"id": "01a24c03-dbce-7ae4-bc0c-459c587e5b91/motivation", "sha256": "8035caaf436c4e76b373b830ad670cca7443005a88b6d3aec2c282d8520cb8ad"}, "erased": false, "referralId": "01a24c03-dbce-7ae4-bc0c-459c587e5b91", "caseReference": "Z-2026-R-e"}', '2026-12-06 15:40:51.023453+00', '01a24c03-dbce-48f3-aec6-08abfe1a9962', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbc1-74ca-99c0-214e613020d3/approval', '{"id": "01a24c03-dbc1-74ca-99c0-214e613020d3/approval", "salt": "1be102f1d50d1c1dc1341cb58d25e697", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-dbc1-74ca-99c0-214e613020d3/approval", "sha256": "fdbca2d1a6a610c13221eafc815b56ea661bee9e1d6a753bea9b31fc021bcdb1"}, "erased": false, "referralId": "01a24c03-dbc1-74ca-99c0-214e613020d3", "caseReference": "Z-2026-R-c"}', '2026-12-06 15:40:51.062736+00', '01a24c03-dbfc-4349-86b9-428100b85863', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dcfb-7258-b65c-b1fd36ee98c5/approval', '{"id": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5/approval", "salt": "793555b8150eb9f72c8558e923a87a1f", "text": "Past binnen het beleid", "digest": {"id": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5/approval", "sha256": "59b1b5c42891f7147051246e9b245d49c964ee9a18a63ee668ec23f91051ef6d"}, "erased": false, "referralId": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5", "caseReference": "Z-2026-B5"}', '2026-12-06 15:40:51.338481+00', '01a24c03-dd0d-49e9-a137-2ba32f259e55', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723/claims/01a24c03-dd6e-72e2-a670-19b4a73273d3/rejection', '{"id": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723/claims/01a24c03-dd6e-72e2-a670-19b4a73273d3/rejection", "salt": "714358b87a6da235d0190a845e994199", "text": "Factuur hoort bij een andere verwijzing", "digest": {"id": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723/claims/01a24c03-dd6e-72e2-a670-19b4a73273d3/rejection", "sha256": "2bb298f254dd1fd2654ae167e6b67525146b0691b3131f9cad1b1c17755bdb5d"}, "erased": false, "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723", "caseReference": "Z-2026-B4"}', '2026-12-06 15:40:51.48294+00', '01a24c03-dda4-4d41-bb1a-ccd99af4f407', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('leusden', '01a24c03-e80c-7a35-a69d-d25a4b63062c/motivation', '{"id": "01a24c03-e80c-7a35-a69d-d25a4b63062c/motivation", "salt": "7772a50098f963a9c5de3237083ea1ce", "text": "Eigen Plan en Doorbraakmethode doorlopen (L1)", "digest": {"id": "01a24c03-e80c-7a35-a69d-d25a4b63062c/motivation", "sha256": "e898ef3c801d8ccabf10da649c9cbf7e815b5e89e464043d82924d3e67bdde13"}, "erased": false, "referralId": "01a24c03-e80c-7a35-a69d-d25a4b63062c", "caseReference": "Z-2026-L1"}', '2026-12-06 15:40:54.159116+00', '01a24c03-e80e-454b-a435-d2acf3ab1887', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62/rejection', '{"id": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62/rejection", "salt": "", "text": "[gewist]", "digest": {"id": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62/rejection", "sha256": "119be08bc5ac4ea9f157eb0f3bc4953d20c9e027459a1692981e8c18f0231a1b"}, "erased": true, "referralId": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62", "caseReference": "Z-2026-0099"}', '2026-12-06 15:40:54.553201+00', '01a24c03-e998-4c6e-b3ae-1baa8a4da505', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', 'erasure/01a24c03-e8f7-7843-9606-a1dcd4b67dff/reason', '{"id": "erasure/01a24c03-e8f7-7843-9606-a1dcd4b67dff/reason", "salt": "", "text": "[gewist]", "digest": {"id": "erasure/01a24c03-e8f7-7843-9606-a1dcd4b67dff/reason", "sha256": "119be08bc5ac4ea9f157eb0f3bc4953d20c9e027459a1692981e8c18f0231a1b"}, "erased": true, "referralId": null, "caseReference": "Z-2026-0099"}', '2026-12-06 15:40:54.553201+00', '01a24c03-e998-4b59-8145-98b80b5d3ab5', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbd9-7226-b141-1b1d5858ad83/motivation', '{"id": "01a24c03-dbd9-7226-b141-1b1d5858ad83/motivation", "salt": "459d8a1606c8ae98f9aaad1576004968", "text": "Eigen Plan en Doorbraakmethode doorlopen (R-g)", "digest": {"id": "01a24c03-dbd9-7226-b141-1b1d5858ad83/motivation", "sha256": "f140cdae45aa28bf457e764c6b63c2eb289f60887fd07fcb1ef6ba71e737b4b7"}, "erased": false, "referralId": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "caseReference": "Z-2026-R-g"}', '2026-12-06 15:40:51.035214+00', '01a24c03-dbda-4508-894d-9be84d94ef8a', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('nijkerk', '01a24c03-dbd9-7226-b141-1b1d5858ad83/provider/5', '{"id": "01a24c03-dbd9-7226-b141-1b1d5858ad83/provider/5", "salt": "dd150fd10f4eac70601728ff15d3871a", "text": "Praktijk Noord", "digest": {"id": "01a24c03-dbd9-7226-b141-1b1d5858ad83/provider/5", "sha256": "d9844e0fc16e0ccda45f77e37881bc2036a18624c9fa953eb57c9229613b8777"}, "erased": false, "referralId": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "caseReference": "Z-2026-R-g"}', '2026-12-06 15:40:51.208652+00', '01a24c03-dc8b-4c0e-96d0-1e555b29e161', 'Nijkerk.Vergoedingen.Common.PersonalText'),
	('rhenen', '01a24c03-deb5-792f-9123-236cb23168d6/motivation', '{"id": "01a24c03-deb5-792f-9123-236cb23168d6/motivation", "salt": "3df191a3e789a4a685ea947f20455f8d", "text": "Eigen Plan en Doorbraakmethode doorlopen (X1)", "digest": {"id": "01a24c03-deb5-792f-9123-236cb23168d6/motivation", "sha256": "46cc3f819cc6969a420a7a09f2eb3c1ed2d1545f045dab0996bbeb8f123e86dc"}, "erased": false, "referralId": "01a24c03-deb5-792f-9123-236cb23168d6", "caseReference": "Z-2026-X1"}', '2026-12-06 15:40:51.767738+00', '01a24c03-deb6-4109-aad9-adf6f8464c95', 'Nijkerk.Vergoedingen.Common.PersonalText');


--
-- Data for Name: mt_doc_provider; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_provider VALUES
	('nijkerk', '01a24c03-d624-7f3d-a5fc-7616a6e01f32', '{"id": "01a24c03-d624-7f3d-a5fc-7616a6e01f32", "bic": "ABNANL2A", "iban": "NL91ABNA0417164300", "name": "Praktijk De Brug"}', '2026-12-06 15:40:49.615745+00', 'Nijkerk.Vergoedingen.Providers.Provider', 1);


--
-- Data for Name: mt_doc_quotayear; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_quotayear VALUES
	('ede', 'quota-year/houd-me-vast/2026', '{"id": "quota-year/houd-me-vast/2026", "seal": null, "year": 2026, "inUse": 1, "closed": false, "months": [{"inUse": 1, "month": 1, "consumed": 0, "waitlist": 0}], "scheme": "houd-me-vast", "capacity": 10, "consumed": 0, "reserved": 1, "waitlist": [], "available": 9}', '2026-12-06 15:40:51.536655+00', 'Nijkerk.Vergoedingen.Quotas.QuotaYear', 2),
	('rhenen', 'quota-year/houd-me-vast/2026', '{"id": "quota-year/houd-me-vast/2026", "seal": null, "year": 2026, "inUse": 0, "closed": false, "months": [{"inUse": 0, "month": 1, "consumed": 0, "waitlist": 0}], "scheme": "houd-me-vast", "capacity": 10, "consumed": 0, "reserved": 0, "waitlist": [], "available": 10}', '2026-12-06 15:40:53.954195+00', 'Nijkerk.Vergoedingen.Quotas.QuotaYear', 3),
	('leusden', 'quota-year/houd-me-vast/2026', '{"id": "quota-year/houd-me-vast/2026", "seal": null, "year": 2026, "inUse": 1, "closed": false, "months": [{"inUse": 1, "month": 1, "consumed": 0, "waitlist": 0}], "scheme": "houd-me-vast", "capacity": 4, "consumed": 0, "reserved": 1, "waitlist": [], "available": 3}', '2026-12-06 15:40:54.164713+00', 'Nijkerk.Vergoedingen.Quotas.QuotaYear', 2),
	('nijkerk', 'quota-year/houd-me-vast/2025', '{"id": "quota-year/houd-me-vast/2025", "seal": {"hash": "d86c3adab7e377c260382af0cd195c9c50306c30b0141722448bf29a6ce4e81d", "events": 48, "sealedAt": "2026-01-05T09:00:00Z", "lastSequence": 64}, "year": 2025, "inUse": 1, "closed": true, "months": [{"inUse": 2, "month": 11, "consumed": 1, "waitlist": 1}], "scheme": "houd-me-vast", "capacity": 2, "consumed": 1, "reserved": 0, "waitlist": [], "available": 1}', '2026-12-06 15:40:50.942694+00', 'Nijkerk.Vergoedingen.Quotas.QuotaYear', 9),
	('nijkerk', 'quota-year/houd-me-vast/2026', '{"id": "quota-year/houd-me-vast/2026", "seal": null, "year": 2026, "inUse": 5, "closed": false, "months": [{"inUse": 5, "month": 1, "consumed": 1, "waitlist": 2}], "scheme": "houd-me-vast", "capacity": 5, "consumed": 1, "reserved": 4, "waitlist": ["01a24c03-dbc7-7502-9e9f-65ba83f6c32f", "01a24c03-dbce-7ae4-bc0c-459c587e5b91"], "available": 0}', '2026-12-06 15:40:51.221935+00', 'Nijkerk.Vergoedingen.Quotas.QuotaYear', 9);


--
-- Data for Name: mt_doc_referral; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_referral VALUES
	('nijkerk', '01a24c03-d700-72f3-a8c9-07f03a76eb73', '{"id": "01a24c03-d700-72f3-a8c9-07f03a76eb73", "cost": null, "paid": 0, "year": 2025, "claims": [], "scheme": "houd-me-vast", "status": "Rejected", "version": 2, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": null, "approvedBy": null, "commitment": 0, "reservedAt": null, "completedOn": null, "requestYear": 2025, "requestedAt": "2025-11-03T09:00:00Z", "requestedBy": "anna", "notification": null, "caseReference": "Z-2025-H4", "endedAtUnixMs": 1762160400000, "ownContribution": null, "requestedAtUnixMs": 1762160400000, "placementReference": null}', '2026-12-06 15:40:50.054529+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 2),
	('nijkerk', '01a24c03-d72d-7d9f-a1e2-3b3bd319a73d', '{"id": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d", "cost": 300.00, "paid": 0, "year": 2025, "claims": [], "scheme": "bijzondere-bijstand", "status": "Rejected", "version": 2, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": null, "approvedBy": null, "commitment": 0, "reservedAt": null, "completedOn": null, "requestYear": 2025, "requestedAt": "2025-11-03T09:00:00Z", "requestedBy": "anna", "notification": null, "caseReference": "Z-2025-B3", "endedAtUnixMs": 1762160400000, "ownContribution": 0.00, "requestedAtUnixMs": 1762160400000, "placementReference": null}', '2026-12-06 15:40:50.126522+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 2),
	('nijkerk', '01a24c03-d668-7097-9b09-5c55d8ad749c', '{"id": "01a24c03-d668-7097-9b09-5c55d8ad749c", "cost": null, "paid": 0, "year": 2025, "claims": [], "scheme": "houd-me-vast", "status": "Closed", "version": 8, "approved": 0, "provider": {"id": "01a24c03-d668-7097-9b09-5c55d8ad749c/provider/5", "sha256": "b6dccd6f071b5e7c56fb3cde66ff74fbf0742c2202410f5843c02f531da6f207"}, "committed": 0, "startDate": "2025-11-10", "approvedAt": "2025-11-03T09:00:00Z", "approvedBy": "bob", "commitment": 0, "reservedAt": "2025-11-03T09:00:00Z", "completedOn": "2025-11-17", "requestYear": 2025, "requestedAt": "2025-11-03T09:00:00Z", "requestedBy": "anna", "notification": "Confirmed", "caseReference": "Z-2025-H1", "endedAtUnixMs": 1763370000000, "ownContribution": null, "requestedAtUnixMs": 1762160400000, "placementReference": "HMV-2025-001"}', '2026-12-06 15:40:50.769653+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 8),
	('nijkerk', '01a24c03-d720-7bf0-9521-30c93db413e9', '{"id": "01a24c03-d720-7bf0-9521-30c93db413e9", "cost": 800.00, "paid": 0, "year": 2026, "claims": [], "scheme": "bijzondere-bijstand", "status": "Committed", "version": 4, "approved": 0, "provider": null, "committed": 800.00, "startDate": null, "approvedAt": "2025-11-03T09:00:00Z", "approvedBy": "bob", "commitment": 800.00, "reservedAt": null, "completedOn": null, "requestYear": 2025, "requestedAt": "2025-11-03T09:00:00Z", "requestedBy": "anna", "notification": null, "caseReference": "Z-2025-B2", "endedAtUnixMs": null, "ownContribution": 0.00, "requestedAtUnixMs": 1762160400000, "placementReference": null}', '2026-12-06 15:40:50.835697+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 4),
	('nijkerk', '01a24c03-d6f1-7aae-8581-bc5f0b381175', '{"id": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Reserved", "version": 5, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": "2025-11-03T09:00:00Z", "approvedBy": "bob", "commitment": 0, "reservedAt": "2025-11-03T09:00:00Z", "completedOn": null, "requestYear": 2025, "requestedAt": "2025-11-03T09:00:00Z", "requestedBy": "anna", "notification": "Sent", "caseReference": "Z-2025-H2", "endedAtUnixMs": null, "ownContribution": null, "requestedAtUnixMs": 1762160400000, "placementReference": null}', '2026-12-06 15:40:50.835697+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 5),
	('nijkerk', '01a24c03-d6fa-74fb-afa9-6b2885b55b24', '{"id": "01a24c03-d6fa-74fb-afa9-6b2885b55b24", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Reserved", "version": 6, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": "2025-11-03T09:00:00Z", "approvedBy": "bob", "commitment": 0, "reservedAt": "2026-01-05T09:00:00Z", "completedOn": null, "requestYear": 2025, "requestedAt": "2025-11-03T09:00:00Z", "requestedBy": "anna", "notification": "Sent", "caseReference": "Z-2025-H3", "endedAtUnixMs": null, "ownContribution": null, "requestedAtUnixMs": 1762160400000, "placementReference": null}', '2026-12-06 15:40:50.902977+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 6),
	('nijkerk', '01a24c03-dbbb-7fce-a59a-017650e966a3', '{"id": "01a24c03-dbbb-7fce-a59a-017650e966a3", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Reserved", "version": 6, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": "2026-01-05T09:00:00Z", "approvedBy": "bob", "commitment": 0, "reservedAt": "2026-01-05T09:00:00Z", "completedOn": null, "requestYear": 2026, "requestedAt": "2026-01-05T09:00:00Z", "requestedBy": "anna", "notification": "Sent", "caseReference": "Z-2026-R-b", "endedAtUnixMs": null, "ownContribution": null, "requestedAtUnixMs": 1767603600000, "placementReference": null}', '2026-12-06 15:40:51.288223+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 6),
	('nijkerk', '01a24c03-d718-7844-94f6-704283136029', '{"id": "01a24c03-d718-7844-94f6-704283136029", "cost": 1450.00, "paid": 600.00, "year": 2025, "claims": [{"id": "01a24c03-d958-7d69-b4ba-ead8e2d2948a", "paid": 600.00, "amount": 600.00, "status": "Paid", "unpaid": 0, "batchId": null, "payeeId": "01a24c03-d624-7f3d-a5fc-7616a6e01f32", "payeeKind": "Provider", "recordedAt": "2025-11-17T09:00:00Z", "recordedBy": "anna", "invoiceNumber": "F-2025-101"}], "scheme": "bijzondere-bijstand", "status": "Closed", "version": 11, "approved": 600.00, "provider": {"id": "01a24c03-d718-7844-94f6-704283136029/provider/4", "sha256": "54d352b0c7f9784175a0ba12756b6d360f694038c1d22ebe7fd0656c3ea96483"}, "committed": 0.00, "startDate": "2025-11-10", "approvedAt": "2025-11-03T09:00:00Z", "approvedBy": "bob", "commitment": 600.00, "reservedAt": null, "completedOn": "2025-11-17", "requestYear": 2025, "requestedAt": "2025-11-03T09:00:00Z", "requestedBy": "anna", "notification": null, "caseReference": "Z-2025-B1", "endedAtUnixMs": 1763370000000, "ownContribution": 200.00, "requestedAtUnixMs": 1762160400000, "placementReference": null}', '2026-12-06 15:40:50.781666+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 11),
	('nijkerk', '01a24c03-dbb4-7bcb-aeea-01a9e4071421', '{"id": "01a24c03-dbb4-7bcb-aeea-01a9e4071421", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Requested", "version": 1, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": null, "approvedBy": null, "commitment": 0, "reservedAt": null, "completedOn": null, "requestYear": 2026, "requestedAt": "2026-01-05T09:00:00Z", "requestedBy": "anna", "notification": null, "caseReference": "Z-2026-R-a", "endedAtUnixMs": null, "ownContribution": null, "requestedAtUnixMs": 1767603600000, "placementReference": null}', '2026-12-06 15:40:50.998294+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 1),
	('nijkerk', '01a24c03-dbc7-7502-9e9f-65ba83f6c32f', '{"id": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Waitlisted", "version": 3, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": "2026-01-05T09:00:00Z", "approvedBy": "bob", "commitment": 0, "reservedAt": null, "completedOn": null, "requestYear": 2026, "requestedAt": "2026-01-05T09:00:00Z", "requestedBy": "anna", "notification": null, "caseReference": "Z-2026-R-d", "endedAtUnixMs": null, "ownContribution": null, "requestedAtUnixMs": 1767603600000, "placementReference": null}', '2026-12-06 15:40:51.088967+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 3),
	('nijkerk', '01a24c03-dbce-7ae4-bc0c-459c587e5b91', '{"id": "01a24c03-dbce-7ae4-bc0c-459c587e5b91", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Waitlisted", "version": 3, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": "2026-01-05T09:00:00Z", "approvedBy": "bob", "commitment": 0, "reservedAt": null, "completedOn": null, "requestYear": 2026, "requestedAt": "2026-01-05T09:00:00Z", "requestedBy": "anna", "notification": null, "caseReference": "Z-2026-R-e", "endedAtUnixMs": null, "ownContribution": null, "requestedAtUnixMs": 1767603600000, "placementReference": null}', '2026-12-06 15:40:51.103146+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 3),
	('nijkerk', '01a24c03-dbc1-74ca-99c0-214e613020d3', '{"id": "01a24c03-dbc1-74ca-99c0-214e613020d3", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Scheduled", "version": 6, "approved": 0, "provider": {"id": "01a24c03-dbc1-74ca-99c0-214e613020d3/provider/5", "sha256": "f5fb37276b0a6ddfd3a687df60266730a44f1f2b1944e89b74c6d80757f80bd3"}, "committed": 0, "startDate": "2026-02-02", "approvedAt": "2026-01-05T09:00:00Z", "approvedBy": "bob", "commitment": 0, "reservedAt": "2026-01-05T09:00:00Z", "completedOn": null, "requestYear": 2026, "requestedAt": "2026-01-05T09:00:00Z", "requestedBy": "anna", "notification": "Confirmed", "caseReference": "Z-2026-R-c", "endedAtUnixMs": null, "ownContribution": null, "requestedAtUnixMs": 1767603600000, "placementReference": "HMV-2026-017"}', '2026-12-06 15:40:51.299434+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 6),
	('nijkerk', '01a24c03-dbd3-75cb-9c66-ac131bfccdb8', '{"id": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Withdrawn", "version": 2, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": null, "approvedBy": null, "commitment": 0, "reservedAt": null, "completedOn": null, "requestYear": 2026, "requestedAt": "2026-01-05T09:00:00Z", "requestedBy": "anna", "notification": null, "caseReference": "Z-2026-R-f", "endedAtUnixMs": 1767603600000, "ownContribution": null, "requestedAtUnixMs": 1767603600000, "placementReference": null}', '2026-12-06 15:40:51.158055+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 2),
	('nijkerk', '01a24c03-dbd9-7226-b141-1b1d5858ad83', '{"id": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Completed", "version": 6, "approved": 0, "provider": {"id": "01a24c03-dbd9-7226-b141-1b1d5858ad83/provider/5", "sha256": "d9844e0fc16e0ccda45f77e37881bc2036a18624c9fa953eb57c9229613b8777"}, "committed": 0, "startDate": "2026-01-05", "approvedAt": "2026-01-05T09:00:00Z", "approvedBy": "bob", "commitment": 0, "reservedAt": "2026-01-05T09:00:00Z", "completedOn": "2026-01-05", "requestYear": 2026, "requestedAt": "2026-01-05T09:00:00Z", "requestedBy": "anna", "notification": "Sent", "caseReference": "Z-2026-R-g", "endedAtUnixMs": null, "ownContribution": null, "requestedAtUnixMs": 1767603600000, "placementReference": null}', '2026-12-06 15:40:51.221935+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 6),
	('nijkerk', '01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62', '{"id": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Rejected", "version": 2, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": null, "approvedBy": null, "commitment": 0, "reservedAt": null, "completedOn": null, "requestYear": 2026, "requestedAt": "2026-01-05T09:00:00Z", "requestedBy": "anna", "notification": null, "caseReference": "Z-2026-0099", "endedAtUnixMs": 1767603600000, "ownContribution": null, "requestedAtUnixMs": 1767603600000, "placementReference": null}', '2026-12-06 15:40:51.175255+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 2),
	('nijkerk', '01a24c03-dcfb-7258-b65c-b1fd36ee98c5', '{"id": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5", "cost": 500.00, "paid": 0, "year": 2026, "claims": [{"id": "01a24c03-ddb4-78ab-ade1-d4061c2eb460", "paid": 0, "amount": 300.00, "status": "Approved", "unpaid": 300.00, "batchId": null, "payeeId": "01a24c03-d624-7f3d-a5fc-7616a6e01f32", "payeeKind": "Provider", "recordedAt": "2026-01-05T09:00:00Z", "recordedBy": "anna", "invoiceNumber": "F-2026-7"}], "scheme": "bijzondere-bijstand", "status": "Committed", "version": 5, "approved": 300.00, "provider": null, "committed": 500.00, "startDate": null, "approvedAt": "2026-01-05T09:00:00Z", "approvedBy": "bob", "commitment": 500.00, "reservedAt": null, "completedOn": null, "requestYear": 2026, "requestedAt": "2026-01-05T09:00:00Z", "requestedBy": "anna", "notification": null, "caseReference": "Z-2026-B5", "endedAtUnixMs": null, "ownContribution": 0.00, "requestedAtUnixMs": 1767603600000, "placementReference": null}', '2026-12-06 15:40:51.51755+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 5),
	('nijkerk', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723', '{"id": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723", "cost": 1000.00, "paid": 400.00, "year": 2026, "claims": [{"id": "01a24c03-dd13-7ac3-9cfb-df4f1698ba8d", "paid": 400.00, "amount": 400.00, "status": "Paid", "unpaid": 0, "batchId": null, "payeeId": "01a24c03-dd13-7ac3-9cfb-df4f1698ba8d", "payeeKind": "Household", "recordedAt": "2026-01-05T09:00:00Z", "recordedBy": "anna", "invoiceNumber": "K-2026-001"}, {"id": "01a24c03-dd6e-72e2-a670-19b4a73273d3", "paid": 0, "amount": 100.00, "status": "Rejected", "unpaid": 0, "batchId": null, "payeeId": "01a24c03-d624-7f3d-a5fc-7616a6e01f32", "payeeKind": "Provider", "recordedAt": "2026-01-05T09:00:00Z", "recordedBy": "anna", "invoiceNumber": "K-2026-002"}, {"id": "01a24c03-ddaa-7d16-968a-8c057fcf2b0c", "paid": 0, "amount": 50.00, "status": "Submitted", "unpaid": 0, "batchId": null, "payeeId": "01a24c03-d624-7f3d-a5fc-7616a6e01f32", "payeeKind": "Provider", "recordedAt": "2026-01-05T09:00:00Z", "recordedBy": "anna", "invoiceNumber": "K-2026-003"}], "scheme": "bijzondere-bijstand", "status": "Committed", "version": 9, "approved": 400.00, "provider": null, "committed": 500.00, "startDate": null, "approvedAt": "2026-01-05T09:00:00Z", "approvedBy": "bob", "commitment": 900.00, "reservedAt": null, "completedOn": null, "requestYear": 2026, "requestedAt": "2026-01-05T09:00:00Z", "requestedBy": "anna", "notification": null, "caseReference": "Z-2026-B4", "endedAtUnixMs": null, "ownContribution": 100.00, "requestedAtUnixMs": 1767603600000, "placementReference": null}', '2026-12-06 15:40:51.499539+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 9),
	('ede', '01a24c03-ddc9-7b2c-a95c-55ee6c494101', '{"id": "01a24c03-ddc9-7b2c-a95c-55ee6c494101", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Reserved", "version": 4, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": "2026-01-05T09:00:00Z", "approvedBy": "bert", "commitment": 0, "reservedAt": "2026-01-05T09:00:00Z", "completedOn": null, "requestYear": 2026, "requestedAt": "2026-01-05T09:00:00Z", "requestedBy": "eva", "notification": "Sent", "caseReference": "Z-2026-E1", "endedAtUnixMs": null, "ownContribution": null, "requestedAtUnixMs": 1767603600000, "placementReference": null}', '2026-12-06 15:40:51.548455+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 4),
	('rhenen', '01a24c03-deb5-792f-9123-236cb23168d6', '{"id": "01a24c03-deb5-792f-9123-236cb23168d6", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Expired", "version": 5, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": "2026-01-05T09:00:00Z", "approvedBy": "rene", "commitment": 0, "reservedAt": "2026-01-05T09:00:00Z", "completedOn": null, "requestYear": 2026, "requestedAt": "2026-01-05T09:00:00Z", "requestedBy": "rita", "notification": "Sent", "caseReference": "Z-2026-X1", "endedAtUnixMs": null, "ownContribution": null, "requestedAtUnixMs": 1767603600000, "placementReference": null}', '2026-12-06 15:40:53.954195+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 5),
	('leusden', '01a24c03-e80c-7a35-a69d-d25a4b63062c', '{"id": "01a24c03-e80c-7a35-a69d-d25a4b63062c", "cost": null, "paid": 0, "year": 2026, "claims": [], "scheme": "houd-me-vast", "status": "Reserved", "version": 4, "approved": 0, "provider": null, "committed": 0, "startDate": null, "approvedAt": "2026-01-05T09:01:00Z", "approvedBy": "lars", "commitment": 0, "reservedAt": "2026-01-05T09:01:00Z", "completedOn": null, "requestYear": 2026, "requestedAt": "2026-01-05T09:01:00Z", "requestedBy": "lisa", "notification": "Sent", "caseReference": "Z-2026-L1", "endedAtUnixMs": null, "ownContribution": null, "requestedAtUnixMs": 1767603660000, "placementReference": null}', '2026-12-06 15:40:54.179524+00', 'Nijkerk.Vergoedingen.Referrals.Referral', 4);


--
-- Data for Name: mt_doc_retentionscheduled; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_retentionscheduled VALUES
	('*DEFAULT*', 'retention/2025-11-03', '{"id": "retention/2025-11-03"}', '2026-12-06 15:40:48.813312+00', '01a24c03-d314-4892-bc9d-1f5e6e50e219', 'Nijkerk.Vergoedingen.Retention.RetentionScheduled'),
	('*DEFAULT*', 'retention/2025-11-04', '{"id": "retention/2025-11-04"}', '2026-12-06 15:40:49.021524+00', '01a24c03-d3fc-490c-b57e-c3cd49ca1c8d', 'Nijkerk.Vergoedingen.Retention.RetentionScheduled');


--
-- Data for Name: mt_doc_sealmanifest; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_doc_sealmanifest VALUES
	('nijkerk', 'seal/2025', '{"id": "seal/2025", "hash": "d86c3adab7e377c260382af0cd195c9c50306c30b0141722448bf29a6ce4e81d", "links": [{"hash": "5d17d97c22c43c897b44a4ffc175b2ac69f59fdf6e19eb8850ba86162da57ad8", "sequence": 11}, {"hash": "b14036cccf154b75cc1e241323d862fce01ada6308e0abee877446ee80f99bb2", "sequence": 12}, {"hash": "c65545c5d59c89d96e17bbaa5f1d5c70f7bf7c36fb4ba6f4d2b3a1f3bb1d825b", "sequence": 16}, {"hash": "96759442b9cf1458c040978f95613d09452f1971b9458b816c3cf81c927569a7", "sequence": 17}, {"hash": "6da0e167aa76c4eb0a620f1e1b54adc55d1451267c3e24e18fb9c4b57a6c0b1e", "sequence": 18}, {"hash": "67a54d00815b6f2ce44acb9c7b9f7168e95e1229d616a1bab4973a3596402344", "sequence": 19}, {"hash": "993d4931146b9d0e593b7a36a87851269719475bfb2226bab962a752665d620d", "sequence": 20}, {"hash": "fe51a7bfebe903cb0695fb14caeb0624ac62062578212256e0351e5f08231c7b", "sequence": 21}, {"hash": "4102bb4b623730ab46b1fb776e9c731006e11fb4c253c42a70b0bb696800b756", "sequence": 22}, {"hash": "105af6ec7017ecff74533799808e7a838f07f5728b8864bba352939f30587108", "sequence": 23}, {"hash": "d238fa2d15f0b36317e66d308106511393cce84e5e694f0d8561aa4338a4c6ac", "sequence": 24}, {"hash": "540cadab44b92ea51d277b61720cd67d912b93831d8972e278c8e569747abead", "sequence": 25}, {"hash": "a129ba032d068962dbd94be321fcb4ead9a8ddb60b97bc1d1c7fb4351dc5d3bf", "sequence": 26}, {"hash": "4c189314efe0744fd1024fff064379823f3dbcb8e3e569d5597292b38ce97aee", "sequence": 27}, {"hash": "89140bb53f634fd0ff82f5f75a5ff7a401f10440b3683b8c6a20354305c0c0c6", "sequence": 28}, {"hash": "1cded6dd4d4b050f0be0cbaf38517f88f465e447d8b12657c1cb65a28b08af24", "sequence": 29}, {"hash": "709c6b414bc73c47f5043b6c34245dddb8736549ed169b8d4e0a6d3e935972b0", "sequence": 30}, {"hash": "fb4a1b0921281386c1a6622ddbf2a13c961af8a5f610f5aa4a7f2d3c9eebfe1c", "sequence": 31}, {"hash": "00a8e09afaaec90f51803e569373e153a7bf03b14411d446430ffe151a149ccb", "sequence": 32}, {"hash": "97e264e8ca5473f95a1a3be74c94a7744b19e7d35006072993e5a4bd966e0a5a", "sequence": 33}, {"hash": "dc0b8e150552dc5b336e9af06b4d9d39a6c4d23c6dc15fb7e573ae341174f1f5", "sequence": 34}, {"hash": "805c8dcb7a2672aa746390b9403ab95c6bbcd14cc9e641f694b3a07d4a15f0b8", "sequence": 35}, {"hash": "0093f0959c57e330960c09036732de5fb135ac0a511f92c8b4affeb89cf53271", "sequence": 36}, {"hash": "ce78ef5e71d56a9550f4c02e051057eee2518d17fac9379a396f9860e0640cd8", "sequence": 37}, {"hash": "1333cc71239b6cc85a3d4b64239d3be5e743a5245a432ef302d04ec8569a073e", "sequence": 38}, {"hash": "732ff3f366fe43645bfa3b812c9e80ed6ea9e6b0dfb3ce00ee46371be4a9f827", "sequence": 39}, {"hash": "b393a8a10c941ebbaa8baed5cea6a08c487d7bc7ff81c79acb893a008baed000", "sequence": 40}, {"hash": "31904001174ab4b620a1c5393e1172caa4404353ffc4a94b3b719d9176423f4a", "sequence": 41}, {"hash": "983fe2d0da920f82e64c3ccb935e155313873118c0d69ab30cb76307971f0676", "sequence": 42}, {"hash": "42a7fe4a758f308dee8498305ee437b20df862cd465e222317756d71fd9d92db", "sequence": 43}, {"hash": "dd39049ab969f120f9868699e356fb1e7ab76bca1cc96169f3501ff4ff9e1d9f", "sequence": 44}, {"hash": "2b1af05c21a5766240666a186beb7c47535b19430dde529f956b0d76a4fc9f43", "sequence": 45}, {"hash": "76b0364fc7c6939befa02973d0167bbd19f87171066a99fb2700065b690ab3f5", "sequence": 46}, {"hash": "0801c2b4c77096ef4e1eb1aa0e967c17ba5dab85a0517aae642e9e7102a4e186", "sequence": 47}, {"hash": "437949c9dc7f3e66ee4b17f7dc1aff7dbc37a6c6d8bb62ff969a9ac3601e3222", "sequence": 48}, {"hash": "4c5c671a4c890fb908e8ebd25cfff97b683a77aa01322a8aeddf1043b5805b8b", "sequence": 49}, {"hash": "0bb5f803f3b834e90e5541d3fca0dbdaea719fbcb9e8c14f987b34703de72522", "sequence": 50}, {"hash": "7ba906539163691b3c67295122a01cd661d1a0f5abf243d831c035da9cfcabcf", "sequence": 53}, {"hash": "ec167a5da1961a821bb144b7f43f6f620aa9c57377a3176c122c01c9973c7a9d", "sequence": 54}, {"hash": "dd5287da2989b10ec4a1ee8acc76bf215bfd9b88f292b9fba998dd491c3d2a4f", "sequence": 55}, {"hash": "5539e962bbb8f9da01d64f764e80e3586ed49b34d859f31f130fd03e6d242f6f", "sequence": 56}, {"hash": "148aac0f805bf2870d12b83d15cf57991de69973ecf24b43c4855096089649de", "sequence": 57}, {"hash": "dff223043a3e47cbdbb33f583a9b6f05f33259ee1f463412fd3d55abe52e46a0", "sequence": 58}, {"hash": "18f6a1728033f78af8ed12da9f3d8c5168353fdc5977d19e5c9a0d7cee2b418e", "sequence": 59}, {"hash": "c6bccf1eaf04499b2ecbf6ecdd0974a608c5ff9ed8a1f8a312d0dfa23753d37c", "sequence": 60}, {"hash": "596afece50d1d100da8b8306838887217bc39c72aadcc2edf65eb0a1e1445470", "sequence": 62}, {"hash": "eb213c6e8d8254dc77a5eb82a9965b2e7b224fc942164a0a3ac20324f1ed1919", "sequence": 63}, {"hash": "d86c3adab7e377c260382af0cd195c9c50306c30b0141722448bf29a6ce4e81d", "sequence": 64}]}', '2026-12-06 15:40:50.942694+00', '01a24c03-dba4-4acc-bb66-b5e3dd5e0c89', 'Nijkerk.Vergoedingen.Years.SealManifest');


--
-- Data for Name: mt_event_progression; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Data for Name: mt_event_projection_floors; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Data for Name: mt_events; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_events VALUES
	(1, '82b62792-54bc-4e0b-9222-bc4d38b2b787', 'municipality/barneveld', 1, '{"at": "2025-11-03T09:00:00Z", "by": "system", "role": "system", "slug": "barneveld", "terms": {"bic": "BNGHNL2G", "iban": "NL07BNGH0285000002", "name": "Gemeente Barneveld", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "reason": "Seeded from the configuration"}', NULL, 'municipality_added', '2025-11-03 09:00:00+00', 'foodvalley', 'Nijkerk.Vergoedingen.Municipalities.MunicipalityAdded, Nijkerk.Vergoedingen', NULL, NULL, 'null', NULL, false),
	(2, '9098f09c-3a97-4b40-bdd6-c05bab3d6773', 'municipality/ede', 1, '{"at": "2025-11-03T09:00:00Z", "by": "system", "role": "system", "slug": "ede", "terms": {"bic": "BNGHNL2G", "iban": "NL77BNGH0285000003", "name": "Gemeente Ede", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "reason": "Seeded from the configuration"}', NULL, 'municipality_added', '2025-11-03 09:00:00+00', 'foodvalley', 'Nijkerk.Vergoedingen.Municipalities.MunicipalityAdded, Nijkerk.Vergoedingen', NULL, NULL, 'null', NULL, false),
	(3, '988958a2-8023-407d-badd-be030e9a3362', 'municipality/nijkerk', 1, '{"at": "2025-11-03T09:00:00Z", "by": "system", "role": "system", "slug": "nijkerk", "terms": {"bic": "BNGHNL2G", "iban": "NL34BNGH0285000001", "name": "Gemeente Nijkerk", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "reason": "Seeded from the configuration"}', NULL, 'municipality_added', '2025-11-03 09:00:00+00', 'foodvalley', 'Nijkerk.Vergoedingen.Municipalities.MunicipalityAdded, Nijkerk.Vergoedingen', NULL, NULL, 'null', NULL, false),
	(4, '91cfffb5-c855-489f-a1a0-48b4af67df12', 'municipality/renswoude', 1, '{"at": "2025-11-03T09:00:00Z", "by": "system", "role": "system", "slug": "renswoude", "terms": {"bic": "BNGHNL2G", "iban": "NL50BNGH0285000004", "name": "Gemeente Renswoude", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "reason": "Seeded from the configuration"}', NULL, 'municipality_added', '2025-11-03 09:00:00+00', 'foodvalley', 'Nijkerk.Vergoedingen.Municipalities.MunicipalityAdded, Nijkerk.Vergoedingen', NULL, NULL, 'null', NULL, false),
	(5, '266eef7e-473b-48a3-8d12-2e5645ed7c54', 'municipality/rhenen', 1, '{"at": "2025-11-03T09:00:00Z", "by": "system", "role": "system", "slug": "rhenen", "terms": {"bic": "BNGHNL2G", "iban": "NL23BNGH0285000005", "name": "Gemeente Rhenen", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "reason": "Seeded from the configuration"}', NULL, 'municipality_added', '2025-11-03 09:00:00+00', 'foodvalley', 'Nijkerk.Vergoedingen.Municipalities.MunicipalityAdded, Nijkerk.Vergoedingen', NULL, NULL, 'null', NULL, false),
	(6, '6f3f54b6-1adc-4d36-b64d-ddccb198c282', 'municipality/scherpenzeel', 1, '{"at": "2025-11-03T09:00:00Z", "by": "system", "role": "system", "slug": "scherpenzeel", "terms": {"bic": "BNGHNL2G", "iban": "NL93BNGH0285000006", "name": "Gemeente Scherpenzeel", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "reason": "Seeded from the configuration"}', NULL, 'municipality_added', '2025-11-03 09:00:00+00', 'foodvalley', 'Nijkerk.Vergoedingen.Municipalities.MunicipalityAdded, Nijkerk.Vergoedingen', NULL, NULL, 'null', NULL, false),
	(7, 'e113956a-9300-4ac7-b786-2f8540b9cd65', 'municipality/veenendaal', 1, '{"at": "2025-11-03T09:00:00Z", "by": "system", "role": "system", "slug": "veenendaal", "terms": {"bic": "BNGHNL2G", "iban": "NL66BNGH0285000007", "name": "Gemeente Veenendaal", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "reason": "Seeded from the configuration"}', NULL, 'municipality_added', '2025-11-03 09:00:00+00', 'foodvalley', 'Nijkerk.Vergoedingen.Municipalities.MunicipalityAdded, Nijkerk.Vergoedingen', NULL, NULL, 'null', NULL, false),
	(8, '115fe15b-e60b-41c8-b39b-22cfffd6288f', 'municipality/wageningen', 1, '{"at": "2025-11-03T09:00:00Z", "by": "system", "role": "system", "slug": "wageningen", "terms": {"bic": "BNGHNL2G", "iban": "NL39BNGH0285000008", "name": "Gemeente Wageningen", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "0:00:02"}, "reason": "Seeded from the configuration"}', NULL, 'municipality_added', '2025-11-03 09:00:00+00', 'foodvalley', 'Nijkerk.Vergoedingen.Municipalities.MunicipalityAdded, Nijkerk.Vergoedingen', NULL, NULL, 'null', NULL, false),
	(9, 'bc905bee-1d27-45b1-be7b-5515cee39ac3', 'municipality/nijkerk', 2, '{"at": "2025-11-03T09:00:00Z", "by": "rob", "role": "region-admin", "slug": "nijkerk", "terms": {"bic": "BNGHNL2G", "iban": "NL34BNGH0285000001", "name": "Gemeente Nijkerk", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "1344:00:00"}, "reason": "Reserveringen acht weken"}', NULL, 'municipality_changed', '2025-11-03 09:00:00+00', 'foodvalley', 'Nijkerk.Vergoedingen.Municipalities.MunicipalityChanged, Nijkerk.Vergoedingen', '32698a2fb83375460061ec12476340a2', '08df53af-4d4f-7e1b-927d-d0efd0be0000', 'null', NULL, false),
	(10, '04b389ec-c8b3-4fbf-81c7-8164d0c59d05', 'municipality/ede', 2, '{"at": "2025-11-03T09:00:00Z", "by": "rob", "role": "region-admin", "slug": "ede", "terms": {"bic": "BNGHNL2G", "iban": "NL77BNGH0285000003", "name": "Gemeente Ede", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 10, "reservationExpiry": "1344:00:00"}, "reason": "Reserveringen acht weken"}', NULL, 'municipality_changed', '2025-11-03 09:00:00+00', 'foodvalley', 'Nijkerk.Vergoedingen.Municipalities.MunicipalityChanged, Nijkerk.Vergoedingen', 'ce4acfa05ac2f685b1644f35ec209633', '08df53af-4d69-f591-927d-d0efd0be0000', 'null', NULL, false),
	(11, '88463a70-430f-411c-8dd6-980e4ecddec7', 'quota-year/houd-me-vast/2025', 1, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "reason": "Afspraak met de stichting voor 2025", "scheme": "houd-me-vast", "capacity": 2}', NULL, 'quota_year_opened', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.QuotaYearOpened, Nijkerk.Vergoedingen', 'd1e188deb762d0ca44ab8d34d940c9e1', '08df53af-4d75-516a-927d-d0efd0be0000', 'null', NULL, false),
	(12, '7e2dbe18-8630-420c-8492-fc687d52e7fd', 'budget-year/bijzondere-bijstand/2025', 1, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "amount": 5000.00, "reason": "Begroting 2025", "scheme": "bijzondere-bijstand"}', NULL, 'budget_year_opened', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.BudgetYearOpened, Nijkerk.Vergoedingen', '4ee065fa50470adf3a2de440f225fd4b', '08df53af-4d88-3216-927d-d0efd0be0000', 'null', NULL, false),
	(13, 'eb816a3d-44bf-4f9b-9b7f-16c02285a794', 'quota-year/houd-me-vast/2026', 1, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "reason": "Afspraak met de stichting voor 2026", "scheme": "houd-me-vast", "capacity": 5}', NULL, 'quota_year_opened', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.QuotaYearOpened, Nijkerk.Vergoedingen', 'c9235119e292f4f71736e3e7cc83919a', '08df53af-4d8e-6e42-927d-d0efd0be0000', 'null', NULL, false),
	(14, '8db8b47f-3425-4f5b-a0c6-7892a32d3ca6', 'budget-year/bijzondere-bijstand/2026', 1, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "amount": 20000.00, "reason": "Begroting 2026", "scheme": "bijzondere-bijstand"}', NULL, 'budget_year_opened', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.BudgetYearOpened, Nijkerk.Vergoedingen', 'cf668ee7438038eed5df5d34ef17941c', '08df53af-4d90-d4bc-927d-d0efd0be0000', 'null', NULL, false),
	(15, 'df9c7363-1c28-4433-8c1e-e8749b230d43', '01a24c03-d624-7f3d-a5fc-7616a6e01f32', 1, '{"at": "2025-11-03T09:00:00Z", "by": "ad", "bic": "ABNANL2A", "iban": "NL91ABNA0417164300", "name": "Praktijk De Brug", "role": "admin", "providerId": "01a24c03-d624-7f3d-a5fc-7616a6e01f32"}', NULL, 'provider_registered', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Providers.ProviderRegistered, Nijkerk.Vergoedingen', '0d6ab672788bc4d908adfbab350f107a', '08df53af-4d97-7c6d-927d-d0efd0be0000', 'null', NULL, false),
	(20, '23d1a970-8830-47d5-81cb-1b527f4a8cc7', '01a24c03-d718-7844-94f6-704283136029', 1, '{"at": "2025-11-03T09:00:00Z", "by": "anna", "cost": 1450.00, "role": "consulent", "year": 2025, "scheme": "bijzondere-bijstand", "motivation": {"id": "01a24c03-d718-7844-94f6-704283136029/motivation", "sha256": "f9b668f1e436e777781f6047e6f3357a52f4581045660741ffdeb616467064ed"}, "referralId": "01a24c03-d718-7844-94f6-704283136029", "caseReference": "Z-2025-B1", "ownContribution": 200.00}', NULL, 'training_requested', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', 'ba64da017cbd1f0bc0423e9c6d28e1f7', '08df53af-4db7-a071-927d-d0efd0be0000', 'null', NULL, false),
	(29, 'e421285c-2ff6-42d6-915f-fe975da09d43', '01a24c03-d6fa-74fb-afa9-6b2885b55b24', 2, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-d6fa-74fb-afa9-6b2885b55b24/approval", "sha256": "71193847f6d5d99b371a3c3193e1d50357c0a3ce8aa9c55c738734ccb10babb9"}, "referralId": "01a24c03-d6fa-74fb-afa9-6b2885b55b24"}', NULL, 'referral_approved', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', 'f8cb3673db3406f44890b86dd27a4775', '08df53af-4dd2-76ca-927d-d0efd0be0000', 'null', NULL, false),
	(30, 'cf49a2fb-9dd0-4bbc-9feb-704e88106f6d', '01a24c03-d6fa-74fb-afa9-6b2885b55b24', 3, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "scheme": "houd-me-vast", "position": 1, "referralId": "01a24c03-d6fa-74fb-afa9-6b2885b55b24"}', NULL, 'referral_waitlisted', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.ReferralWaitlisted, Nijkerk.Vergoedingen', 'f8cb3673db3406f44890b86dd27a4775', '08df53af-4dd2-76ca-927d-d0efd0be0000', 'null', NULL, false),
	(31, 'a967ffe3-1642-4efb-b329-c55d61c3acaf', 'quota-year/houd-me-vast/2025', 4, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "scheme": "houd-me-vast", "position": 1, "referralId": "01a24c03-d6fa-74fb-afa9-6b2885b55b24"}', NULL, 'referral_waitlisted', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.ReferralWaitlisted, Nijkerk.Vergoedingen', 'f8cb3673db3406f44890b86dd27a4775', '08df53af-4dd2-76ca-927d-d0efd0be0000', 'null', NULL, false),
	(41, '97426ab3-a9af-47bd-8170-3512feccac58', '01a24c03-d6f1-7aae-8581-bc5f0b381175', 4, '{"at": "2025-11-03T09:00:00Z", "by": "system", "role": "system", "slot": 2, "referralId": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "reservedAt": "2025-11-03T09:00:00Z"}', NULL, 'foundation_notified', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Foundation.FoundationNotified, Nijkerk.Vergoedingen', '774ffe7ac84876a4b0b2627d6bb60927', '08df53af-4dcf-cfad-927d-d0efd0be0000', 'null', NULL, false),
	(48, 'b80716e8-cb99-40be-b7a4-31e8fcc1113f', '01a24c03-d718-7844-94f6-704283136029', 6, '{"at": "2025-11-17T09:00:00Z", "by": "anna", "role": "consulent", "amount": 600.00, "claimId": "01a24c03-d958-7d69-b4ba-ead8e2d2948a", "payeeId": "01a24c03-d624-7f3d-a5fc-7616a6e01f32", "payeeKind": "Provider", "referralId": "01a24c03-d718-7844-94f6-704283136029", "invoiceNumber": "F-2025-101"}', NULL, 'claim_recorded', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.ClaimRecorded, Nijkerk.Vergoedingen', 'f7b81f59d2e8c3c98af22c5d11c72518', '08df53af-4e15-78cf-927d-d0efd0be0000', 'null', NULL, false),
	(74, 'df98dc39-8f7e-4a00-8ab9-e1e0695155c4', '01a24c03-dbb4-7bcb-aeea-01a9e4071421', 1, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "cost": null, "role": "consulent", "year": 2026, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-dbb4-7bcb-aeea-01a9e4071421/motivation", "sha256": "0838b728d8fb1bc3ca86ef2abdc41fc9be91c33d972199b13ec5ddf2a1bb9c24"}, "referralId": "01a24c03-dbb4-7bcb-aeea-01a9e4071421", "caseReference": "Z-2026-R-a", "ownContribution": null}', NULL, 'training_requested', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', '5c36ef280a5a4a37c2ae9e811f0aae35', '08df53af-4e6b-beea-927d-d0efd0be0000', 'null', NULL, false),
	(81, 'c876b427-aaf2-4575-b2a7-24c9e1b0477b', '01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62', 1, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "cost": null, "role": "consulent", "year": 2026, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62/motivation", "sha256": "7177a54dd4f165f5750a5e60dc291f5abe4a00762692814c942c4f79d14bf736"}, "referralId": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62", "caseReference": "Z-2026-0099", "ownContribution": null}', NULL, 'training_requested', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', '984d72c5436f43e4df4ebc193f66443a', '08df53af-4e72-5013-927d-d0efd0be0000', 'null', NULL, false),
	(85, '4c3ab46a-685d-4a39-8a9d-95d7de23a6f9', '01a24c03-dbbb-7fce-a59a-017650e966a3', 4, '{"at": "2026-01-05T09:00:00Z", "by": "system", "role": "system", "slot": 3, "referralId": "01a24c03-dbbb-7fce-a59a-017650e966a3", "reservedAt": "2026-01-05T09:00:00Z"}', NULL, 'foundation_notified', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Foundation.FoundationNotified, Nijkerk.Vergoedingen', 'a0786d3eef81278c811cf4a4b6562192', '08df53af-4e74-7e68-927d-d0efd0be0000', 'null', NULL, false),
	(94, '57a55c35-4316-4556-940e-5b04b2cdfce2', '01a24c03-dbc7-7502-9e9f-65ba83f6c32f', 2, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f/approval", "sha256": "982122f379de4db064b4785ebbb0acae7aead1f3c50b2273ac0a922fe6be3cba"}, "referralId": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f"}', NULL, 'referral_approved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', '212b26fbefca2bf9f476c15fe0bedcfe', '08df53af-4e79-bcd3-927d-d0efd0be0000', 'null', NULL, false),
	(95, '2f96095e-884b-4a9b-8b1c-fbdb14eea634', '01a24c03-dbc7-7502-9e9f-65ba83f6c32f', 3, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "position": 1, "referralId": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f"}', NULL, 'referral_waitlisted', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.ReferralWaitlisted, Nijkerk.Vergoedingen', '212b26fbefca2bf9f476c15fe0bedcfe', '08df53af-4e79-bcd3-927d-d0efd0be0000', 'null', NULL, false),
	(96, 'cf91a8f0-0290-4753-9b14-014a3a5226d2', 'quota-year/houd-me-vast/2026', 7, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "position": 1, "referralId": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f"}', NULL, 'referral_waitlisted', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.ReferralWaitlisted, Nijkerk.Vergoedingen', '212b26fbefca2bf9f476c15fe0bedcfe', '08df53af-4e79-bcd3-927d-d0efd0be0000', 'null', NULL, false),
	(106, 'df452ef6-adce-4414-9bdf-d6f99161f92c', '01a24c03-dbbb-7fce-a59a-017650e966a3', 5, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": "Sent again after it was sent", "referralId": "01a24c03-dbbb-7fce-a59a-017650e966a3"}', NULL, 'foundation_notification_requested', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Foundation.FoundationNotificationRequested, Nijkerk.Vergoedingen', 'a22743d0f26aadeb8717ce8f8fee690f', '08df53af-4e94-ff89-927d-d0efd0be0000', 'null', NULL, false),
	(16, 'f345e91f-0a33-428c-aa1c-0598c307ec17', '01a24c03-d668-7097-9b09-5c55d8ad749c', 1, '{"at": "2025-11-03T09:00:00Z", "by": "anna", "cost": null, "role": "consulent", "year": 2025, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-d668-7097-9b09-5c55d8ad749c/motivation", "sha256": "46371f2bfa98958f234b38d3945383b94a58b834da83f51b0a700b8bafb835fc"}, "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c", "caseReference": "Z-2025-H1", "ownContribution": null}', NULL, 'training_requested', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', '753bf9c4da754560a718c7174e804af2', '08df53af-4da3-db96-927d-d0efd0be0000', 'null', NULL, false),
	(22, '7ba48e16-617e-4ac6-b599-d942cb801292', '01a24c03-d72d-7d9f-a1e2-3b3bd319a73d', 1, '{"at": "2025-11-03T09:00:00Z", "by": "anna", "cost": 300.00, "role": "consulent", "year": 2025, "scheme": "bijzondere-bijstand", "motivation": {"id": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d/motivation", "sha256": "751e55d907cff17c16f8b93415d5c9a3139d1b4263a1b88a33f5a0e07e9ee83b"}, "referralId": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d", "caseReference": "Z-2025-B3", "ownContribution": 0.00}', NULL, 'training_requested', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', '8861cab788d3633cf0a64e50c9cac4a5', '08df53af-4dba-d51c-927d-d0efd0be0000', 'null', NULL, false),
	(32, '064f3d4c-c6ee-4928-8ea8-55accc236772', '01a24c03-d700-72f3-a8c9-07f03a76eb73', 2, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-d700-72f3-a8c9-07f03a76eb73/rejection", "sha256": "80f232a79ce9b176e72f78b5dc63398a18226b44976083083f9dce2b183ccec7"}, "referralId": "01a24c03-d700-72f3-a8c9-07f03a76eb73"}', NULL, 'referral_rejected', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralRejected, Nijkerk.Vergoedingen', 'c6196a0107618ad63913c439525a9cbf', '08df53af-4ddb-60c5-927d-d0efd0be0000', 'null', NULL, false),
	(40, '7ecbb58a-8c84-4972-8238-5f12a56fae35', '01a24c03-d668-7097-9b09-5c55d8ad749c', 4, '{"at": "2025-11-03T09:00:00Z", "by": "system", "role": "system", "slot": 1, "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c", "reservedAt": "2025-11-03T09:00:00Z"}', NULL, 'foundation_notified', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Foundation.FoundationNotified, Nijkerk.Vergoedingen', '4bf559547638aed98c49ae8d778b7fce', '08df53af-4dc9-a9d5-927d-d0efd0be0000', 'null', NULL, false),
	(43, 'ed28e5a6-825c-4439-8ac3-5e3031fa280e', '01a24c03-d718-7844-94f6-704283136029', 4, '{"at": "2025-11-03T09:00:00Z", "by": "anna", "role": "consulent", "provider": {"id": "01a24c03-d718-7844-94f6-704283136029/provider/4", "sha256": "54d352b0c7f9784175a0ba12756b6d360f694038c1d22ebe7fd0656c3ea96483"}, "startDate": "2025-11-10", "referralId": "01a24c03-d718-7844-94f6-704283136029"}', NULL, 'training_scheduled', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingScheduled, Nijkerk.Vergoedingen', 'ef30e148d8a08d45def11025027b8318', '08df53af-4df3-7cb4-927d-d0efd0be0000', 'null', NULL, false),
	(44, 'b9a3948b-2a03-442f-9b06-d94e85f1d336', '01a24c03-d668-7097-9b09-5c55d8ad749c', 6, '{"at": "2025-11-17T09:00:00Z", "by": "anna", "role": "consulent", "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c", "completedOn": "2025-11-17"}', NULL, 'training_completed', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingCompleted, Nijkerk.Vergoedingen', '98c26a60fe5ecb2a503d48c48db90f2e', '08df53af-4e00-511b-927d-d0efd0be0000', 'null', NULL, false),
	(45, '3783bfdf-73f9-48d2-8dcc-43eb7f46e027', 'quota-year/houd-me-vast/2025', 5, '{"at": "2025-11-17T09:00:00Z", "by": "anna", "role": "consulent", "year": 2025, "scheme": "houd-me-vast", "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c", "completedOn": "2025-11-17"}', NULL, 'slot_consumed', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotConsumed, Nijkerk.Vergoedingen', '98c26a60fe5ecb2a503d48c48db90f2e', '08df53af-4e00-511b-927d-d0efd0be0000', 'null', NULL, false),
	(56, 'd47e83e2-7284-422c-865c-dbfd5fb9ee9e', '01a24c03-d718-7844-94f6-704283136029', 10, '{"at": "2025-11-17T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": "Closed after the referral was completed", "referralId": "01a24c03-d718-7844-94f6-704283136029"}', NULL, 'referral_closed', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralClosed, Nijkerk.Vergoedingen', '16a78da3a696fdf7ac44fb023d6bf8ca', '08df53af-4e4a-d26f-927d-d0efd0be0000', 'null', NULL, false),
	(57, 'b9f81bf0-2525-47c0-888c-62f740a4a791', '01a24c03-d718-7844-94f6-704283136029', 11, '{"at": "2025-11-17T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "amount": 650.00, "reason": "Closed after the referral was completed", "scheme": "bijzondere-bijstand", "referralId": "01a24c03-d718-7844-94f6-704283136029"}', NULL, 'commitment_released', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.CommitmentReleased, Nijkerk.Vergoedingen', '16a78da3a696fdf7ac44fb023d6bf8ca', '08df53af-4e4a-d26f-927d-d0efd0be0000', 'null', NULL, false),
	(58, 'f4b08fef-6d35-459b-ab7e-84826031a5ed', 'budget-year/bijzondere-bijstand/2025', 5, '{"at": "2025-11-17T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "amount": 650.00, "reason": "Closed after the referral was completed", "scheme": "bijzondere-bijstand", "referralId": "01a24c03-d718-7844-94f6-704283136029"}', NULL, 'commitment_released', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.CommitmentReleased, Nijkerk.Vergoedingen', '16a78da3a696fdf7ac44fb023d6bf8ca', '08df53af-4e4a-d26f-927d-d0efd0be0000', 'null', NULL, false),
	(72, 'f63a7699-2384-4674-9639-72fe28befcd7', 'quota-year/houd-me-vast/2025', 9, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "hash": "d86c3adab7e377c260382af0cd195c9c50306c30b0141722448bf29a6ce4e81d", "role": "financial-officer", "year": 2025, "events": 48, "scheme": "houd-me-vast", "lastSequence": 64, "previousHash": null}', NULL, 'year_sealed', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Years.YearSealed, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e62-cc0f-927d-d0efd0be0000', 'null', NULL, false),
	(73, '5d8942d9-3cd2-4ad8-b964-238220645397', 'budget-year/bijzondere-bijstand/2025', 8, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "hash": "d86c3adab7e377c260382af0cd195c9c50306c30b0141722448bf29a6ce4e81d", "role": "financial-officer", "year": 2025, "events": 48, "scheme": "bijzondere-bijstand", "lastSequence": 64, "previousHash": null}', NULL, 'year_sealed', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Years.YearSealed, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e62-cc0f-927d-d0efd0be0000', 'null', NULL, false),
	(79, 'af7d8bcf-b412-4f3e-bbf6-552ca3adefd0', '01a24c03-dbd3-75cb-9c66-ac131bfccdb8', 1, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "cost": null, "role": "consulent", "year": 2026, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8/motivation", "sha256": "21bc62e1f856d74747ee2364731dc1deb11e7c00eef351a1051394819f85a2f8"}, "referralId": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8", "caseReference": "Z-2026-R-f", "ownContribution": null}', NULL, 'training_requested', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', 'a8ffc48f1cf2f13f07c6a20a405ac84c', '08df53af-4e70-7a4a-927d-d0efd0be0000', 'null', NULL, false),
	(104, '09f9f4e3-bdd4-4941-b1a7-e910919e912d', '01a24c03-dbd9-7226-b141-1b1d5858ad83', 6, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "role": "consulent", "referralId": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "completedOn": "2026-01-05"}', NULL, 'training_completed', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingCompleted, Nijkerk.Vergoedingen', '49a68eee55edd3d7da41755aec2b9119', '08df53af-4e8e-04bd-927d-d0efd0be0000', 'null', NULL, false),
	(17, '0ba180e9-0c9a-465c-928c-c0b2e66b90e8', '01a24c03-d6f1-7aae-8581-bc5f0b381175', 1, '{"at": "2025-11-03T09:00:00Z", "by": "anna", "cost": null, "role": "consulent", "year": 2025, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-d6f1-7aae-8581-bc5f0b381175/motivation", "sha256": "5a6712f3162d9d518c10ec47b41438bef75d865baef67b3f3ee24f214ff0af8a"}, "referralId": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "caseReference": "Z-2025-H2", "ownContribution": null}', NULL, 'training_requested', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', 'a1932046ef5d56a413a48505ac05ab3e', '08df53af-4db1-b9eb-927d-d0efd0be0000', 'null', NULL, false),
	(33, 'd1d2b6f9-913e-41c6-9f4d-ce96654643d0', '01a24c03-d718-7844-94f6-704283136029', 2, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-d718-7844-94f6-704283136029/approval", "sha256": "2a5d4683d2994ece07bcd8d07902fae392da38ca990e129081cb73aad5153fee"}, "referralId": "01a24c03-d718-7844-94f6-704283136029"}', NULL, 'referral_approved', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', '2a74b0952f1ad292f5dcade47dbd8842', '08df53af-4dde-5351-927d-d0efd0be0000', 'null', NULL, false),
	(34, '68a3b29b-fca7-41cb-863f-2be2404ffd15', '01a24c03-d718-7844-94f6-704283136029', 3, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "amount": 1250.00, "scheme": "bijzondere-bijstand", "referralId": "01a24c03-d718-7844-94f6-704283136029"}', NULL, 'funds_committed', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.FundsCommitted, Nijkerk.Vergoedingen', '2a74b0952f1ad292f5dcade47dbd8842', '08df53af-4dde-5351-927d-d0efd0be0000', 'null', NULL, false),
	(35, 'ccf2af91-15bc-4ec4-8be3-c5337f7c3a33', 'budget-year/bijzondere-bijstand/2025', 2, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "amount": 1250.00, "scheme": "bijzondere-bijstand", "referralId": "01a24c03-d718-7844-94f6-704283136029"}', NULL, 'funds_committed', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.FundsCommitted, Nijkerk.Vergoedingen', '2a74b0952f1ad292f5dcade47dbd8842', '08df53af-4dde-5351-927d-d0efd0be0000', 'null', NULL, false),
	(47, '84d160a0-96f2-4e52-bbcb-84da0ef68714', '01a24c03-d668-7097-9b09-5c55d8ad749c', 7, '{"at": "2025-11-17T09:00:00Z", "by": "bob", "role": "financial-officer", "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c", "placementReference": "HMV-2025-001"}', NULL, 'placement_confirmed', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Foundation.PlacementConfirmed, Nijkerk.Vergoedingen', 'ee5c8a9d0e6fc2871bfdaf67a34bdc4c', '08df53af-4e0b-cddc-927d-d0efd0be0000', 'null', NULL, false),
	(59, '49ebdd5d-562c-4a3e-885d-63e6cfd24172', 'budget-year/bijzondere-bijstand/2025', 6, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "amount": 800.00, "reason": "Carried over when 2025 was closed", "scheme": "bijzondere-bijstand", "toYear": 2026, "fromYear": 2025, "referralId": "01a24c03-d720-7bf0-9521-30c93db413e9"}', NULL, 'referral_carried_over', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Years.ReferralCarriedOver, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e52-61bc-927d-d0efd0be0000', 'null', NULL, false),
	(60, '986ef248-3058-4747-a0bb-4290b2a79c3a', 'budget-year/bijzondere-bijstand/2025', 7, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "reason": "Year 2025 closed", "scheme": "bijzondere-bijstand"}', NULL, 'year_closed', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Years.YearClosed, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e52-61bc-927d-d0efd0be0000', 'null', NULL, false),
	(61, '69dc370e-e491-4813-bf01-07d1020f0e8e', 'budget-year/bijzondere-bijstand/2026', 2, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "amount": 800.00, "scheme": "bijzondere-bijstand", "referralId": "01a24c03-d720-7bf0-9521-30c93db413e9"}', NULL, 'funds_committed', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.FundsCommitted, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e52-61bc-927d-d0efd0be0000', 'null', NULL, false);
INSERT INTO ledger.mt_events VALUES
	(62, 'e11069cc-97f6-44e9-877f-1b3a459fce22', 'quota-year/houd-me-vast/2025', 6, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "amount": 0, "reason": "Carried over when 2025 was closed", "scheme": "houd-me-vast", "toYear": 2026, "fromYear": 2025, "referralId": "01a24c03-d6f1-7aae-8581-bc5f0b381175"}', NULL, 'referral_carried_over', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Years.ReferralCarriedOver, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e52-61bc-927d-d0efd0be0000', 'null', NULL, false),
	(63, '19ca83e6-a2b8-4572-a541-52146aa6c1da', 'quota-year/houd-me-vast/2025', 7, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "amount": 0, "reason": "Carried over when 2025 was closed", "scheme": "houd-me-vast", "toYear": 2026, "fromYear": 2025, "referralId": "01a24c03-d6fa-74fb-afa9-6b2885b55b24"}', NULL, 'referral_carried_over', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Years.ReferralCarriedOver, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e52-61bc-927d-d0efd0be0000', 'null', NULL, false),
	(64, '19f41d28-bdf6-44e0-87ab-6f5c9a44645a', 'quota-year/houd-me-vast/2025', 8, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "reason": "Year 2025 closed", "scheme": "houd-me-vast"}', NULL, 'year_closed', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Years.YearClosed, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e52-61bc-927d-d0efd0be0000', 'null', NULL, false),
	(65, 'b197837c-eb84-4fe4-861d-8d9b074f943b', 'quota-year/houd-me-vast/2026', 2, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "carriedFrom": 2025, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e52-61bc-927d-d0efd0be0000', 'null', NULL, false),
	(66, '74d47749-438f-4f60-aa8e-490465519c1f', 'quota-year/houd-me-vast/2026', 3, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-d6fa-74fb-afa9-6b2885b55b24", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e52-61bc-927d-d0efd0be0000', 'null', NULL, false),
	(67, '66684dac-ad54-49b4-b24e-71782489de88', '01a24c03-d6fa-74fb-afa9-6b2885b55b24', 4, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "amount": 0, "reason": "Carried over when 2025 was closed", "scheme": "houd-me-vast", "toYear": 2026, "fromYear": 2025, "referralId": "01a24c03-d6fa-74fb-afa9-6b2885b55b24"}', NULL, 'referral_carried_over', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Years.ReferralCarriedOver, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e52-61bc-927d-d0efd0be0000', 'null', NULL, false),
	(68, '150c0e50-d9e7-40e8-93fc-2a52c0ed137b', '01a24c03-d6fa-74fb-afa9-6b2885b55b24', 5, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-d6fa-74fb-afa9-6b2885b55b24", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e52-61bc-927d-d0efd0be0000', 'null', NULL, false),
	(18, 'e4acf108-d0a3-4224-8c24-446421e92d7c', '01a24c03-d6fa-74fb-afa9-6b2885b55b24', 1, '{"at": "2025-11-03T09:00:00Z", "by": "anna", "cost": null, "role": "consulent", "year": 2025, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-d6fa-74fb-afa9-6b2885b55b24/motivation", "sha256": "a6ca5a9fbca4232463ec47c0be89b14fdc393249c5e176bde1274a30a8028ebe"}, "referralId": "01a24c03-d6fa-74fb-afa9-6b2885b55b24", "caseReference": "Z-2025-H3", "ownContribution": null}', NULL, 'training_requested', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', 'c067e790809f0c8b4a9d43172ee347ee', '08df53af-4db3-13b9-927d-d0efd0be0000', 'null', NULL, false),
	(19, '79132432-25e6-472b-9b49-8410ac2e261c', '01a24c03-d700-72f3-a8c9-07f03a76eb73', 1, '{"at": "2025-11-03T09:00:00Z", "by": "anna", "cost": null, "role": "consulent", "year": 2025, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-d700-72f3-a8c9-07f03a76eb73/motivation", "sha256": "a24a88f8102f6928347ae6d75c48b01469b799a746ab74dd6708b23e240d767b"}, "referralId": "01a24c03-d700-72f3-a8c9-07f03a76eb73", "caseReference": "Z-2025-H4", "ownContribution": null}', NULL, 'training_requested', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', '75214ef54fcfedfd3450c545edf96f52', '08df53af-4db4-184b-927d-d0efd0be0000', 'null', NULL, false),
	(26, 'a90225b2-758b-42b4-bea3-69d723f310dc', '01a24c03-d6f1-7aae-8581-bc5f0b381175', 2, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-d6f1-7aae-8581-bc5f0b381175/approval", "sha256": "914d194d5fa0a078cacb9265b77eae5e72924c1ab086bf6e10e67ebf9a6e859e"}, "referralId": "01a24c03-d6f1-7aae-8581-bc5f0b381175"}', NULL, 'referral_approved', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', '774ffe7ac84876a4b0b2627d6bb60927', '08df53af-4dce-f70f-927d-d0efd0be0000', 'null', NULL, false),
	(27, '0ca37dd9-ec00-42b2-a6f1-2daf3fc19088', '01a24c03-d6f1-7aae-8581-bc5f0b381175', 3, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "scheme": "houd-me-vast", "referralId": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '774ffe7ac84876a4b0b2627d6bb60927', '08df53af-4dce-f70f-927d-d0efd0be0000', 'null', NULL, false),
	(28, '1f71785e-7492-4f10-8d66-224abcc3f1b8', 'quota-year/houd-me-vast/2025', 3, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "scheme": "houd-me-vast", "referralId": "01a24c03-d6f1-7aae-8581-bc5f0b381175", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '774ffe7ac84876a4b0b2627d6bb60927', '08df53af-4dce-f70f-927d-d0efd0be0000', 'null', NULL, false),
	(36, '748daa67-530c-4973-94b5-3f34ac664db4', '01a24c03-d720-7bf0-9521-30c93db413e9', 2, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-d720-7bf0-9521-30c93db413e9/approval", "sha256": "714174aaa563655ef52983a482228b0b273974d4858987ca8baded1c40e75bfa"}, "referralId": "01a24c03-d720-7bf0-9521-30c93db413e9"}', NULL, 'referral_approved', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', '48c491119e98535bff6cc27340a1b862', '08df53af-4de4-6515-927d-d0efd0be0000', 'null', NULL, false),
	(37, '18ac1f8e-2ec5-4a97-87c2-e31a27db340b', '01a24c03-d720-7bf0-9521-30c93db413e9', 3, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "amount": 800.00, "scheme": "bijzondere-bijstand", "referralId": "01a24c03-d720-7bf0-9521-30c93db413e9"}', NULL, 'funds_committed', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.FundsCommitted, Nijkerk.Vergoedingen', '48c491119e98535bff6cc27340a1b862', '08df53af-4de4-6515-927d-d0efd0be0000', 'null', NULL, false),
	(38, '41f266b5-7e7b-4cd5-b0f1-9924f0edfbc6', 'budget-year/bijzondere-bijstand/2025', 3, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "amount": 800.00, "scheme": "bijzondere-bijstand", "referralId": "01a24c03-d720-7bf0-9521-30c93db413e9"}', NULL, 'funds_committed', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.FundsCommitted, Nijkerk.Vergoedingen', '48c491119e98535bff6cc27340a1b862', '08df53af-4de4-6515-927d-d0efd0be0000', 'null', NULL, false),
	(39, '4b48e031-60b0-450e-bbcf-41dfe4c0ecf5', '01a24c03-d72d-7d9f-a1e2-3b3bd319a73d', 2, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d/rejection", "sha256": "0418d8627d54b286ab8d655b5ca50e8340f92c0634c79253eb0edb16b157fe95"}, "referralId": "01a24c03-d72d-7d9f-a1e2-3b3bd319a73d"}', NULL, 'referral_rejected', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralRejected, Nijkerk.Vergoedingen', 'ffd6ad816eae271ee10cd70a257ae771', '08df53af-4de6-df93-927d-d0efd0be0000', 'null', NULL, false),
	(42, 'ae158fd7-a91c-471a-835a-0d0290db0481', '01a24c03-d668-7097-9b09-5c55d8ad749c', 5, '{"at": "2025-11-03T09:00:00Z", "by": "anna", "role": "consulent", "provider": {"id": "01a24c03-d668-7097-9b09-5c55d8ad749c/provider/5", "sha256": "b6dccd6f071b5e7c56fb3cde66ff74fbf0742c2202410f5843c02f531da6f207"}, "startDate": "2025-11-10", "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c"}', NULL, 'training_scheduled', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingScheduled, Nijkerk.Vergoedingen', '846a508b05c7c55a780b067d846094c7', '08df53af-4df1-2d44-927d-d0efd0be0000', 'null', NULL, false),
	(49, '7a018cf9-c550-49ae-ac96-72fa9009232a', '01a24c03-d718-7844-94f6-704283136029', 7, '{"at": "2025-11-17T09:00:00Z", "by": "bob", "role": "financial-officer", "amount": 600.00, "reason": "Claim checked against the approved referral", "claimId": "01a24c03-d958-7d69-b4ba-ead8e2d2948a", "referralId": "01a24c03-d718-7844-94f6-704283136029"}', NULL, 'claim_approved', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.ClaimApproved, Nijkerk.Vergoedingen', 'cdfe7e8a403cb95e877663428fed224a', '08df53af-4e21-5525-927d-d0efd0be0000', 'null', NULL, false),
	(50, 'd4f04fe6-ebf7-43aa-85e5-bfd24d1d0950', '01a24c03-d718-7844-94f6-704283136029', 8, '{"at": "2025-11-17T09:00:00Z", "by": "bob", "role": "financial-officer", "amount": 600.00, "batchId": "01a24c03-d9e3-7815-b6ee-92c2d00887b9", "claimId": "01a24c03-d958-7d69-b4ba-ead8e2d2948a", "referralId": "01a24c03-d718-7844-94f6-704283136029"}', NULL, 'claim_batched', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.ClaimBatched, Nijkerk.Vergoedingen', 'cf07bb5615c628941b65bb9857cd9de6', '08df53af-4e2d-d0b2-927d-d0efd0be0000', 'null', NULL, false),
	(51, 'b4c21293-d75a-4e7f-9cb9-e8bdb52c2389', '01a24c03-d9e3-7815-b6ee-92c2d00887b9', 1, '{"at": "2025-11-17T09:00:00Z", "by": "bob", "role": "financial-officer", "items": [{"year": 2025, "amount": 600.00, "scheme": "bijzondere-bijstand", "claimId": "01a24c03-d958-7d69-b4ba-ead8e2d2948a", "payeeId": "01a24c03-d624-7f3d-a5fc-7616a6e01f32", "payeeKind": "Provider", "endToEndId": "01a24c03d9587d69b4baead8e2d2948a", "referralId": "01a24c03-d718-7844-94f6-704283136029", "caseReference": "Z-2025-B1", "invoiceNumber": "F-2025-101"}], "batchId": "01a24c03-d9e3-7815-b6ee-92c2d00887b9", "controlSum": 600.00, "executionDate": "2025-11-17"}', NULL, 'payment_batch_created', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Payments.PaymentBatchCreated, Nijkerk.Vergoedingen', 'cf07bb5615c628941b65bb9857cd9de6', '08df53af-4e2d-d0b2-927d-d0efd0be0000', 'null', NULL, false),
	(21, 'e08739ef-771d-4c49-b7e2-460d8973beb9', '01a24c03-d720-7bf0-9521-30c93db413e9', 1, '{"at": "2025-11-03T09:00:00Z", "by": "anna", "cost": 800.00, "role": "consulent", "year": 2025, "scheme": "bijzondere-bijstand", "motivation": {"id": "01a24c03-d720-7bf0-9521-30c93db413e9/motivation", "sha256": "4df4e9933a5373a4f2da084b20f07d97f3c6aa22b52c7e0fbb0acac680cdc9e4"}, "referralId": "01a24c03-d720-7bf0-9521-30c93db413e9", "caseReference": "Z-2025-B2", "ownContribution": 0.00}', NULL, 'training_requested', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', '56b4751f6130807936998a8d703f2e86', '08df53af-4db8-e4aa-927d-d0efd0be0000', 'null', NULL, false),
	(52, 'c9a09d4e-6efd-49ee-8e94-abc95afa2e4d', '01a24c03-d9e3-7815-b6ee-92c2d00887b9', 2, '{"at": "2025-11-17T09:00:00Z", "by": "bob", "role": "financial-officer", "batchId": "01a24c03-d9e3-7815-b6ee-92c2d00887b9", "bookedOn": "2025-11-17"}', NULL, 'payment_batch_booked', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Payments.PaymentBatchBooked, Nijkerk.Vergoedingen', 'ce996921ac7cbe2b35d5756790159822', '08df53af-4e3c-ca95-927d-d0efd0be0000', 'null', NULL, false),
	(53, '50859c57-394b-437a-b5fe-6367d8f49a14', 'budget-year/bijzondere-bijstand/2025', 4, '{"at": "2025-11-17T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "amount": 600.00, "paidOn": "2025-11-17", "scheme": "bijzondere-bijstand", "batchId": "01a24c03-d9e3-7815-b6ee-92c2d00887b9", "claimId": "01a24c03-d958-7d69-b4ba-ead8e2d2948a", "reference": "01a24c03d9587d69b4baead8e2d2948a", "referralId": "01a24c03-d718-7844-94f6-704283136029"}', NULL, 'payment_booked', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.PaymentBooked, Nijkerk.Vergoedingen', 'ce996921ac7cbe2b35d5756790159822', '08df53af-4e3c-ca95-927d-d0efd0be0000', 'null', NULL, false),
	(54, '40c63410-65e0-417e-be87-eb0c7e91719a', '01a24c03-d718-7844-94f6-704283136029', 9, '{"at": "2025-11-17T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "amount": 600.00, "paidOn": "2025-11-17", "scheme": "bijzondere-bijstand", "batchId": "01a24c03-d9e3-7815-b6ee-92c2d00887b9", "claimId": "01a24c03-d958-7d69-b4ba-ead8e2d2948a", "reference": "01a24c03d9587d69b4baead8e2d2948a", "referralId": "01a24c03-d718-7844-94f6-704283136029"}', NULL, 'payment_booked', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.PaymentBooked, Nijkerk.Vergoedingen', 'ce996921ac7cbe2b35d5756790159822', '08df53af-4e3c-ca95-927d-d0efd0be0000', 'null', NULL, false),
	(75, '795c0ec7-eeda-4c93-82c3-a3683410c8a2', '01a24c03-dbbb-7fce-a59a-017650e966a3', 1, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "cost": null, "role": "consulent", "year": 2026, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-dbbb-7fce-a59a-017650e966a3/motivation", "sha256": "74e7277f236411669d1f59f304c22e7ab38f76334d36ae7420c9025e68d5d049"}, "referralId": "01a24c03-dbbb-7fce-a59a-017650e966a3", "caseReference": "Z-2026-R-b", "ownContribution": null}', NULL, 'training_requested', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', '6f0af57d69b3fa06a70ee1930cee0add', '08df53af-4e6c-d0b1-927d-d0efd0be0000', 'null', NULL, false),
	(89, '0bb9eae7-fb01-4268-991d-cd3de92a9933', '01a24c03-dbc1-74ca-99c0-214e613020d3', 4, '{"at": "2026-01-05T09:00:00Z", "by": "system", "role": "system", "slot": 4, "referralId": "01a24c03-dbc1-74ca-99c0-214e613020d3", "reservedAt": "2026-01-05T09:00:00Z"}', NULL, 'foundation_notified', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Foundation.FoundationNotified, Nijkerk.Vergoedingen', '23918c63151ccd97d8215aa13fb4a2a1', '08df53af-4e76-52c1-927d-d0efd0be0000', 'null', NULL, false),
	(97, '9114ac2a-0eff-4cce-972a-c5c94b404fab', '01a24c03-dbce-7ae4-bc0c-459c587e5b91', 2, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-dbce-7ae4-bc0c-459c587e5b91/approval", "sha256": "3293a768c329ffc7c997a14d7a7019bbf89c75e8bbaca658e780564b4d4b6cbf"}, "referralId": "01a24c03-dbce-7ae4-bc0c-459c587e5b91"}', NULL, 'referral_approved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', 'b1ee9c536cf04a719140f7e4ca38f894', '08df53af-4e7b-e684-927d-d0efd0be0000', 'null', NULL, false),
	(98, 'dae2be18-fc90-4808-a736-f6abda3b31a2', '01a24c03-dbce-7ae4-bc0c-459c587e5b91', 3, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "position": 2, "referralId": "01a24c03-dbce-7ae4-bc0c-459c587e5b91"}', NULL, 'referral_waitlisted', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.ReferralWaitlisted, Nijkerk.Vergoedingen', 'b1ee9c536cf04a719140f7e4ca38f894', '08df53af-4e7b-e684-927d-d0efd0be0000', 'null', NULL, false),
	(99, 'df26430f-2e4e-4604-88e6-05d419d22fa1', 'quota-year/houd-me-vast/2026', 8, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "position": 2, "referralId": "01a24c03-dbce-7ae4-bc0c-459c587e5b91"}', NULL, 'referral_waitlisted', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.ReferralWaitlisted, Nijkerk.Vergoedingen', 'b1ee9c536cf04a719140f7e4ca38f894', '08df53af-4e7b-e684-927d-d0efd0be0000', 'null', NULL, false),
	(109, 'fc69426f-0961-4dfa-b5d6-939a373b8713', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723', 1, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "cost": 1000.00, "role": "consulent", "year": 2026, "scheme": "bijzondere-bijstand", "motivation": {"id": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723/motivation", "sha256": "02256282a6ebff3732cd914c4cec390f914c10dca7edb138c90ffc719f800ff7"}, "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723", "caseReference": "Z-2026-B4", "ownContribution": 100.00}', NULL, 'training_requested', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', 'a91054d0e746ccba9932515d3c837429', '08df53af-4e9c-bee3-927d-d0efd0be0000', 'null', NULL, false),
	(119, '307d8dd5-0a78-4fb3-8b51-e806ac3873e7', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723', 6, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "amount": 400.00, "paidOn": "2026-01-05", "scheme": "bijzondere-bijstand", "batchId": null, "claimId": "01a24c03-dd13-7ac3-9cfb-df4f1698ba8d", "reference": "BANK-2026-0001", "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723"}', NULL, 'payment_booked', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.PaymentBooked, Nijkerk.Vergoedingen', 'cf87ba7235b63fdb3a54c0e29053897e', '08df53af-4eac-82c2-927d-d0efd0be0000', 'null', NULL, false),
	(120, '7f59e66b-bb81-41bd-9bd2-10638709729a', 'budget-year/bijzondere-bijstand/2026', 5, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "amount": 400.00, "paidOn": "2026-01-05", "scheme": "bijzondere-bijstand", "batchId": null, "claimId": "01a24c03-dd13-7ac3-9cfb-df4f1698ba8d", "reference": "BANK-2026-0001", "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723"}', NULL, 'payment_booked', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.PaymentBooked, Nijkerk.Vergoedingen', 'cf87ba7235b63fdb3a54c0e29053897e', '08df53af-4eac-82c2-927d-d0efd0be0000', 'null', NULL, false),
	(126, '33d36137-8b56-4195-be20-e6707e69f7b6', '01a24c03-ddc9-7b2c-a95c-55ee6c494101', 1, '{"at": "2026-01-05T09:00:00Z", "by": "eva", "cost": null, "role": "consulent", "year": 2026, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-ddc9-7b2c-a95c-55ee6c494101/motivation", "sha256": "9762b1be72aca1a74cf7743ab4d13630742a0db9a7165220a681133fa541bad8"}, "referralId": "01a24c03-ddc9-7b2c-a95c-55ee6c494101", "caseReference": "Z-2026-E1", "ownContribution": null}', NULL, 'training_requested', '2026-01-05 09:00:00+00', 'ede', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', '2556e885e59c06c95dbe9026d1caacba', '08df53af-4ebd-10e3-927d-d0efd0be0000', 'null', NULL, false),
	(23, '30f7ba76-edb4-4830-9452-ec3bfe3e57d8', '01a24c03-d668-7097-9b09-5c55d8ad749c', 2, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-d668-7097-9b09-5c55d8ad749c/approval", "sha256": "0ebe313a42fd339cf6f9f9a82acbeed80206dd79853ee0f23e40b1a442dface4"}, "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c"}', NULL, 'referral_approved', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', '4bf559547638aed98c49ae8d778b7fce', '08df53af-4dc3-2dbe-927d-d0efd0be0000', 'null', NULL, false),
	(24, '466af128-d410-4841-8c20-262dfe8e0aba', '01a24c03-d668-7097-9b09-5c55d8ad749c', 3, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "scheme": "houd-me-vast", "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '4bf559547638aed98c49ae8d778b7fce', '08df53af-4dc3-2dbe-927d-d0efd0be0000', 'null', NULL, false),
	(25, 'ab92ab03-b289-446e-9d2b-ad48817fe699', 'quota-year/houd-me-vast/2025', 2, '{"at": "2025-11-03T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2025, "scheme": "houd-me-vast", "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2025-11-03 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '4bf559547638aed98c49ae8d778b7fce', '08df53af-4dc3-2dbe-927d-d0efd0be0000', 'null', NULL, false),
	(46, '5bab7656-863e-467a-b8e0-e1d254bf8b96', '01a24c03-d718-7844-94f6-704283136029', 5, '{"at": "2025-11-17T09:00:00Z", "by": "anna", "role": "consulent", "referralId": "01a24c03-d718-7844-94f6-704283136029", "completedOn": "2025-11-17"}', NULL, 'training_completed', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingCompleted, Nijkerk.Vergoedingen', '9ab4b5580d869d928780242570014fbc', '08df53af-4e02-9555-927d-d0efd0be0000', 'null', NULL, false),
	(71, 'b9f8321b-2724-4477-9648-0c3c7c7edbe4', '01a24c03-d6fa-74fb-afa9-6b2885b55b24', 6, '{"at": "2026-01-05T09:00:00Z", "by": "system", "role": "system", "slot": 2, "referralId": "01a24c03-d6fa-74fb-afa9-6b2885b55b24", "reservedAt": "2026-01-05T09:00:00Z"}', NULL, 'foundation_notified', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Foundation.FoundationNotified, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e59-9831-927d-d0efd0be0000', 'null', NULL, false),
	(77, 'b3fbc2fa-d2cc-4bc4-ab37-5db409fda300', '01a24c03-dbc7-7502-9e9f-65ba83f6c32f', 1, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "cost": null, "role": "consulent", "year": 2026, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f/motivation", "sha256": "049ec8a325eee47c6b620a4c8e51e482167dd8687249d50ceed5b6566f8d00dc"}, "referralId": "01a24c03-dbc7-7502-9e9f-65ba83f6c32f", "caseReference": "Z-2026-R-d", "ownContribution": null}', NULL, 'training_requested', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', 'c94427eb8ad2938c595476faf8193544', '08df53af-4e6e-a733-927d-d0efd0be0000', 'null', NULL, false),
	(90, '2630a55c-47a0-49c1-bcb5-f89afc30a781', '01a24c03-dbd9-7226-b141-1b1d5858ad83', 2, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-dbd9-7226-b141-1b1d5858ad83/approval", "sha256": "421272b50e2472f1631cff0f90ada07b6eb33323fe008d36cc7dc67de461bb9b"}, "referralId": "01a24c03-dbd9-7226-b141-1b1d5858ad83"}', NULL, 'referral_approved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', '0eb1122699f3137428909712f3bf795a', '08df53af-4e77-a0d3-927d-d0efd0be0000', 'null', NULL, false),
	(91, '1502ae00-a3dd-4de2-908d-298665e1aa13', '01a24c03-dbd9-7226-b141-1b1d5858ad83', 3, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '0eb1122699f3137428909712f3bf795a', '08df53af-4e77-a0d3-927d-d0efd0be0000', 'null', NULL, false),
	(92, '49bd2f2d-674b-4a73-b9cf-b0075b82de28', 'quota-year/houd-me-vast/2026', 6, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '0eb1122699f3137428909712f3bf795a', '08df53af-4e77-a0d3-927d-d0efd0be0000', 'null', NULL, false),
	(100, '150059d2-5415-4d2f-975d-7e96d4b1078a', '01a24c03-dbd3-75cb-9c66-ac131bfccdb8', 2, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "role": "consulent", "reason": {"id": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8/withdrawal", "sha256": "212cbc0e513732812095038a0203d10c5bf10e3c1ac3b9ad4f25e56a2ff95a74"}, "referralId": "01a24c03-dbd3-75cb-9c66-ac131bfccdb8"}', NULL, 'referral_withdrawn', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralWithdrawn, Nijkerk.Vergoedingen', 'd49b3cb3e198856b4c35f11b6350f456', '08df53af-4e83-de59-927d-d0efd0be0000', 'null', NULL, false),
	(111, '577ffff1-3765-4fa5-b612-299a6d7ec246', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723', 2, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723/approval", "sha256": "544874fe28d19ed5e520266bb2b8e3e279e3427127c5b81a2f6a449fb9ebb8cd"}, "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723"}', NULL, 'referral_approved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', '36a81e49cbb0d46291d7af692e73a152', '08df53af-4e9e-708e-927d-d0efd0be0000', 'null', NULL, false),
	(112, 'db499dcc-2c07-4e7d-89bf-8f5191bebc07', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723', 3, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "amount": 900.00, "scheme": "bijzondere-bijstand", "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723"}', NULL, 'funds_committed', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.FundsCommitted, Nijkerk.Vergoedingen', '36a81e49cbb0d46291d7af692e73a152', '08df53af-4e9e-708e-927d-d0efd0be0000', 'null', NULL, false),
	(113, '10a1bac5-5d6f-4c6d-aff9-2b5b630af52a', 'budget-year/bijzondere-bijstand/2026', 3, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "amount": 900.00, "scheme": "bijzondere-bijstand", "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723"}', NULL, 'funds_committed', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.FundsCommitted, Nijkerk.Vergoedingen', '36a81e49cbb0d46291d7af692e73a152', '08df53af-4e9e-708e-927d-d0efd0be0000', 'null', NULL, false),
	(55, 'f66df40f-c7ec-40c1-8a68-13656772b073', '01a24c03-d668-7097-9b09-5c55d8ad749c', 8, '{"at": "2025-11-17T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": "Closed after the referral was completed", "referralId": "01a24c03-d668-7097-9b09-5c55d8ad749c"}', NULL, 'referral_closed', '2025-11-17 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralClosed, Nijkerk.Vergoedingen', '52ed78649836b5ca2c3ca48bb5499a6b', '08df53af-4e48-b23e-927d-d0efd0be0000', 'null', NULL, false),
	(76, 'e873c8ba-521b-4817-a244-36fd0fde0294', '01a24c03-dbc1-74ca-99c0-214e613020d3', 1, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "cost": null, "role": "consulent", "year": 2026, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-dbc1-74ca-99c0-214e613020d3/motivation", "sha256": "9709a80049fcb35d5b2ccf62ffbe8b8aed7da6fffd3f5e58540f5472197e6b8d"}, "referralId": "01a24c03-dbc1-74ca-99c0-214e613020d3", "caseReference": "Z-2026-R-c", "ownContribution": null}', NULL, 'training_requested', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', 'c5d06c5dfe8d8de4666599b29b28438c', '08df53af-4e6d-c874-927d-d0efd0be0000', 'null', NULL, false),
	(82, '4cd84c26-b9b1-4d0e-9aac-45a1b236d33d', '01a24c03-dbbb-7fce-a59a-017650e966a3', 2, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-dbbb-7fce-a59a-017650e966a3/approval", "sha256": "11cc3b09f384549f61aa9f620850e361d0a32c3967888e8c0cc9299b2c949826"}, "referralId": "01a24c03-dbbb-7fce-a59a-017650e966a3"}', NULL, 'referral_approved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', 'a0786d3eef81278c811cf4a4b6562192', '08df53af-4e74-2df6-927d-d0efd0be0000', 'null', NULL, false),
	(83, 'c52d11b8-d38f-4a6b-ab3f-f91cb90e6a50', '01a24c03-dbbb-7fce-a59a-017650e966a3', 3, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-dbbb-7fce-a59a-017650e966a3", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', 'a0786d3eef81278c811cf4a4b6562192', '08df53af-4e74-2df6-927d-d0efd0be0000', 'null', NULL, false);
INSERT INTO ledger.mt_events VALUES
	(84, 'd250e256-ce52-4b52-9461-141b7c88d163', 'quota-year/houd-me-vast/2026', 4, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-dbbb-7fce-a59a-017650e966a3", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', 'a0786d3eef81278c811cf4a4b6562192', '08df53af-4e74-2df6-927d-d0efd0be0000', 'null', NULL, false),
	(102, '30612a8c-ad5f-464f-8ea3-2481a77c1e3b', '01a24c03-dbc1-74ca-99c0-214e613020d3', 5, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "role": "consulent", "provider": {"id": "01a24c03-dbc1-74ca-99c0-214e613020d3/provider/5", "sha256": "f5fb37276b0a6ddfd3a687df60266730a44f1f2b1944e89b74c6d80757f80bd3"}, "startDate": "2026-02-02", "referralId": "01a24c03-dbc1-74ca-99c0-214e613020d3"}', NULL, 'training_scheduled', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingScheduled, Nijkerk.Vergoedingen', 'b3e5710100b807fb165caa7d88bec38a', '08df53af-4e8a-db11-927d-d0efd0be0000', 'null', NULL, false),
	(117, '37af2dfa-bdb8-42a9-af25-98dda35fa997', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723', 4, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "role": "consulent", "amount": 400.00, "claimId": "01a24c03-dd13-7ac3-9cfb-df4f1698ba8d", "payeeId": "01a24c03-dd13-7ac3-9cfb-df4f1698ba8d", "payeeKind": "Household", "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723", "invoiceNumber": "K-2026-001"}', NULL, 'claim_recorded', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.ClaimRecorded, Nijkerk.Vergoedingen', 'bbaf6ac42d27e10cb5833edebf5c32e3', '08df53af-4ea1-6952-927d-d0efd0be0000', 'null', NULL, false),
	(123, 'ea0a18de-8d50-4417-a362-43e531b7f088', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723', 9, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "role": "consulent", "amount": 50.00, "claimId": "01a24c03-ddaa-7d16-968a-8c057fcf2b0c", "payeeId": "01a24c03-d624-7f3d-a5fc-7616a6e01f32", "payeeKind": "Provider", "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723", "invoiceNumber": "K-2026-003"}', NULL, 'claim_recorded', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.ClaimRecorded, Nijkerk.Vergoedingen', '5d73eac4c90d534ca5b757e07b168818', '08df53af-4eb8-5ffa-927d-d0efd0be0000', 'null', NULL, false),
	(69, 'c8299ce5-2a13-479e-ac82-7ba8642626e9', '01a24c03-d720-7bf0-9521-30c93db413e9', 4, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "amount": 800.00, "reason": "Carried over when 2025 was closed", "scheme": "bijzondere-bijstand", "toYear": 2026, "fromYear": 2025, "referralId": "01a24c03-d720-7bf0-9521-30c93db413e9"}', NULL, 'referral_carried_over', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Years.ReferralCarriedOver, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e52-61bc-927d-d0efd0be0000', 'null', NULL, false),
	(70, '0db5952f-14d9-4257-875d-ccca74619a9d', '01a24c03-d6f1-7aae-8581-bc5f0b381175', 5, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "amount": 0, "reason": "Carried over when 2025 was closed", "scheme": "houd-me-vast", "toYear": 2026, "fromYear": 2025, "referralId": "01a24c03-d6f1-7aae-8581-bc5f0b381175"}', NULL, 'referral_carried_over', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Years.ReferralCarriedOver, Nijkerk.Vergoedingen', '15ef22cbdc997a7041b854a542a732ec', '08df53af-4e52-61bc-927d-d0efd0be0000', 'null', NULL, false),
	(80, '5a1323cd-b28b-4c8e-93fc-bd85bd6c5a32', '01a24c03-dbd9-7226-b141-1b1d5858ad83', 1, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "cost": null, "role": "consulent", "year": 2026, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-dbd9-7226-b141-1b1d5858ad83/motivation", "sha256": "f140cdae45aa28bf457e764c6b63c2eb289f60887fd07fcb1ef6ba71e737b4b7"}, "referralId": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "caseReference": "Z-2026-R-g", "ownContribution": null}', NULL, 'training_requested', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', 'd8d1d053d1e2481b4170bd34c8838a95', '08df53af-4e71-5e9a-927d-d0efd0be0000', 'null', NULL, false),
	(93, 'f179e15a-777d-4afb-a214-72852992ee5b', '01a24c03-dbd9-7226-b141-1b1d5858ad83', 4, '{"at": "2026-01-05T09:00:00Z", "by": "system", "role": "system", "slot": 5, "referralId": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "reservedAt": "2026-01-05T09:00:00Z"}', NULL, 'foundation_notified', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Foundation.FoundationNotified, Nijkerk.Vergoedingen', '0eb1122699f3137428909712f3bf795a', '08df53af-4e78-014f-927d-d0efd0be0000', 'null', NULL, false),
	(103, 'ecef2bc9-ba67-4eab-9061-e12994fe89c0', '01a24c03-dbd9-7226-b141-1b1d5858ad83', 5, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "role": "consulent", "provider": {"id": "01a24c03-dbd9-7226-b141-1b1d5858ad83/provider/5", "sha256": "d9844e0fc16e0ccda45f77e37881bc2036a18624c9fa953eb57c9229613b8777"}, "startDate": "2026-01-05", "referralId": "01a24c03-dbd9-7226-b141-1b1d5858ad83"}', NULL, 'training_scheduled', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingScheduled, Nijkerk.Vergoedingen', '0a1061ec159df015e5cb718fa7ab46b0', '08df53af-4e8c-01b5-927d-d0efd0be0000', 'null', NULL, false),
	(107, '76a9ff67-18d7-4cb4-90d1-da264fed4c1e', '01a24c03-dbbb-7fce-a59a-017650e966a3', 6, '{"at": "2026-01-05T09:00:00Z", "by": "system", "role": "system", "slot": 5, "referralId": "01a24c03-dbbb-7fce-a59a-017650e966a3", "reservedAt": "2026-01-05T09:00:00Z"}', NULL, 'foundation_notified', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Foundation.FoundationNotified, Nijkerk.Vergoedingen', 'a22743d0f26aadeb8717ce8f8fee690f', '08df53af-4e96-3806-927d-d0efd0be0000', 'null', NULL, false),
	(118, '799cfb3c-fd0f-4290-b00b-310bdb97b88c', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723', 5, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "amount": 400.00, "reason": "Claim checked against the approved referral", "claimId": "01a24c03-dd13-7ac3-9cfb-df4f1698ba8d", "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723"}', NULL, 'claim_approved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.ClaimApproved, Nijkerk.Vergoedingen', 'df65c89ec4a98923e5a8604a4e33192b', '08df53af-4ea4-ac38-927d-d0efd0be0000', 'null', NULL, false),
	(124, '5c932c64-ecac-4a84-9ac9-7c5faaff783c', '01a24c03-dcfb-7258-b65c-b1fd36ee98c5', 4, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "role": "consulent", "amount": 300.00, "claimId": "01a24c03-ddb4-78ab-ade1-d4061c2eb460", "payeeId": "01a24c03-d624-7f3d-a5fc-7616a6e01f32", "payeeKind": "Provider", "referralId": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5", "invoiceNumber": "F-2026-7"}', NULL, 'claim_recorded', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.ClaimRecorded, Nijkerk.Vergoedingen', 'f067a12463d205f31027bdf7e80b75f5', '08df53af-4eb9-e67f-927d-d0efd0be0000', 'null', NULL, false),
	(78, 'd0578890-914f-4e8a-8a42-4e5418d18402', '01a24c03-dbce-7ae4-bc0c-459c587e5b91', 1, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "cost": null, "role": "consulent", "year": 2026, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-dbce-7ae4-bc0c-459c587e5b91/motivation", "sha256": "8035caaf436c4e76b373b830ad670cca7443005a88b6d3aec2c282d8520cb8ad"}, "referralId": "01a24c03-dbce-7ae4-bc0c-459c587e5b91", "caseReference": "Z-2026-R-e", "ownContribution": null}', NULL, 'training_requested', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', '650f39e5cd8408374bd59f6a4ef8a3cf', '08df53af-4e6f-a432-927d-d0efd0be0000', 'null', NULL, false),
	(86, '82c314a8-7479-4292-bcfc-df6440a8746e', '01a24c03-dbc1-74ca-99c0-214e613020d3', 2, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-dbc1-74ca-99c0-214e613020d3/approval", "sha256": "fdbca2d1a6a610c13221eafc815b56ea661bee9e1d6a753bea9b31fc021bcdb1"}, "referralId": "01a24c03-dbc1-74ca-99c0-214e613020d3"}', NULL, 'referral_approved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', '23918c63151ccd97d8215aa13fb4a2a1', '08df53af-4e75-be05-927d-d0efd0be0000', 'null', NULL, false),
	(87, 'b779a265-f20d-477f-b0ab-6384b987e817', '01a24c03-dbc1-74ca-99c0-214e613020d3', 3, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-dbc1-74ca-99c0-214e613020d3", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '23918c63151ccd97d8215aa13fb4a2a1', '08df53af-4e75-be05-927d-d0efd0be0000', 'null', NULL, false),
	(88, '6600e137-78dc-4432-979a-6d5eb78511cd', 'quota-year/houd-me-vast/2026', 5, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-dbc1-74ca-99c0-214e613020d3", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '23918c63151ccd97d8215aa13fb4a2a1', '08df53af-4e75-be05-927d-d0efd0be0000', 'null', NULL, false),
	(101, 'a855ec59-afbd-406f-88fe-af0ca4937b25', '01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62', 2, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62/rejection", "sha256": "a08f295869eebcf5395733689711060f36274fc0af3015db1df3e6e99aa7e80a"}, "referralId": "01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62"}', NULL, 'referral_rejected', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralRejected, Nijkerk.Vergoedingen', 'ef4c56a9144f2c9bbb9b2a8318f03c47', '08df53af-4e86-e12b-927d-d0efd0be0000', 'null', NULL, false),
	(114, '3d9d260b-a4d2-49b0-b988-8c263e037591', '01a24c03-dcfb-7258-b65c-b1fd36ee98c5', 2, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5/approval", "sha256": "59b1b5c42891f7147051246e9b245d49c964ee9a18a63ee668ec23f91051ef6d"}, "referralId": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5"}', NULL, 'referral_approved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', '2152960e12114184378a386aa8bdd2ea', '08df53af-4e9f-cfe9-927d-d0efd0be0000', 'null', NULL, false),
	(115, 'ac48c45f-aa91-4776-9a60-d20296209b6e', '01a24c03-dcfb-7258-b65c-b1fd36ee98c5', 3, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "amount": 500.00, "scheme": "bijzondere-bijstand", "referralId": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5"}', NULL, 'funds_committed', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.FundsCommitted, Nijkerk.Vergoedingen', '2152960e12114184378a386aa8bdd2ea', '08df53af-4e9f-cfe9-927d-d0efd0be0000', 'null', NULL, false),
	(116, 'c6e7a37b-14c8-4601-be3e-d1e286db8bbe', 'budget-year/bijzondere-bijstand/2026', 4, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "amount": 500.00, "scheme": "bijzondere-bijstand", "referralId": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5"}', NULL, 'funds_committed', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Budgets.FundsCommitted, Nijkerk.Vergoedingen', '2152960e12114184378a386aa8bdd2ea', '08df53af-4e9f-cfe9-927d-d0efd0be0000', 'null', NULL, false),
	(122, '05e1868c-882a-4bcd-bb0b-f1d7caa0e223', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723', 8, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "reason": {"id": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723/claims/01a24c03-dd6e-72e2-a670-19b4a73273d3/rejection", "sha256": "2bb298f254dd1fd2654ae167e6b67525146b0691b3131f9cad1b1c17755bdb5d"}, "claimId": "01a24c03-dd6e-72e2-a670-19b4a73273d3", "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723"}', NULL, 'claim_rejected', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.ClaimRejected, Nijkerk.Vergoedingen', '785ff2f0f6d29d2266a64e61dd3d5600', '08df53af-4eb5-9202-927d-d0efd0be0000', 'null', NULL, false),
	(105, '1ba2c2fb-9052-4a0d-b9ae-96ab3785a57c', 'quota-year/houd-me-vast/2026', 9, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "role": "consulent", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-dbd9-7226-b141-1b1d5858ad83", "completedOn": "2026-01-05"}', NULL, 'slot_consumed', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Quotas.SlotConsumed, Nijkerk.Vergoedingen', '49a68eee55edd3d7da41755aec2b9119', '08df53af-4e8e-04bd-927d-d0efd0be0000', 'null', NULL, false),
	(108, '080de90e-eb10-407b-ae69-c89b2f544f8e', '01a24c03-dbc1-74ca-99c0-214e613020d3', 6, '{"at": "2026-01-05T09:00:00Z", "by": "stichting-houd-me-vast", "role": "foundation", "referralId": "01a24c03-dbc1-74ca-99c0-214e613020d3", "placementReference": "HMV-2026-017"}', NULL, 'placement_confirmed', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Foundation.PlacementConfirmed, Nijkerk.Vergoedingen', 'e833bcfde0fdc92c3e7746967587d4c3', '08df53af-4e99-d041-927d-d0efd0be0000', 'null', NULL, false),
	(125, '5666f71c-005f-4e1e-8a69-c5373e59a6a4', '01a24c03-dcfb-7258-b65c-b1fd36ee98c5', 5, '{"at": "2026-01-05T09:00:00Z", "by": "bob", "role": "financial-officer", "amount": 300.00, "reason": "Claim checked against the approved referral", "claimId": "01a24c03-ddb4-78ab-ade1-d4061c2eb460", "referralId": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5"}', NULL, 'claim_approved', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.ClaimApproved, Nijkerk.Vergoedingen', '602dd3b1b32976f29d76246a72d5f485', '08df53af-4ebb-25db-927d-d0efd0be0000', 'null', NULL, false),
	(110, '07d38746-3576-4e92-80ec-cae11381bf0e', '01a24c03-dcfb-7258-b65c-b1fd36ee98c5', 1, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "cost": 500.00, "role": "consulent", "year": 2026, "scheme": "bijzondere-bijstand", "motivation": {"id": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5/motivation", "sha256": "02807f5e2fe57adeff2ad77a9b1f5ecf2d906a063c61349a920413d7b608538a"}, "referralId": "01a24c03-dcfb-7258-b65c-b1fd36ee98c5", "caseReference": "Z-2026-B5", "ownContribution": 0.00}', NULL, 'training_requested', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', '741bd36ad9c0ee10b12048e427f1e28c', '08df53af-4e9d-a0ca-927d-d0efd0be0000', 'null', NULL, false),
	(121, 'e7f858dd-abb7-4681-a8cc-6dbeba192f85', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723', 7, '{"at": "2026-01-05T09:00:00Z", "by": "anna", "role": "consulent", "amount": 100.00, "claimId": "01a24c03-dd6e-72e2-a670-19b4a73273d3", "payeeId": "01a24c03-d624-7f3d-a5fc-7616a6e01f32", "payeeKind": "Provider", "referralId": "01a24c03-dcf5-77f0-b2aa-bd0a48c69723", "invoiceNumber": "K-2026-002"}', NULL, 'claim_recorded', '2026-01-05 09:00:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Claims.ClaimRecorded, Nijkerk.Vergoedingen', 'dfaa1a0e0cbede783d388be857bf442e', '08df53af-4eaf-341a-927d-d0efd0be0000', 'null', NULL, false),
	(127, 'e94fc243-e8bd-4798-9d9c-6041000b3280', '01a24c03-ddc9-7b2c-a95c-55ee6c494101', 2, '{"at": "2026-01-05T09:00:00Z", "by": "bert", "role": "financial-officer", "reason": {"id": "01a24c03-ddc9-7b2c-a95c-55ee6c494101/approval", "sha256": "53c8ab84f763e8ed8317cb72ab471833e697648def470e33e7acd3d1ef5817ec"}, "referralId": "01a24c03-ddc9-7b2c-a95c-55ee6c494101"}', NULL, 'referral_approved', '2026-01-05 09:00:00+00', 'ede', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', 'f0496b0706de4203b459ce6e08671c96', '08df53af-4ebe-083b-927d-d0efd0be0000', 'null', NULL, false),
	(128, '4a3a466b-4fb9-4d7f-8d36-3c9a57421b09', '01a24c03-ddc9-7b2c-a95c-55ee6c494101', 3, '{"at": "2026-01-05T09:00:00Z", "by": "bert", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-ddc9-7b2c-a95c-55ee6c494101", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'ede', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', 'f0496b0706de4203b459ce6e08671c96', '08df53af-4ebe-083b-927d-d0efd0be0000', 'null', NULL, false),
	(129, '69ac5925-4c78-43a0-8b5c-fb0f25a8bcb5', 'quota-year/houd-me-vast/2026', 1, '{"at": "2026-01-05T09:00:00Z", "by": "bert", "role": "financial-officer", "year": 2026, "reason": "Opened with the default capacity", "scheme": "houd-me-vast", "capacity": 10}', NULL, 'quota_year_opened', '2026-01-05 09:00:00+00', 'ede', 'Nijkerk.Vergoedingen.Quotas.QuotaYearOpened, Nijkerk.Vergoedingen', 'f0496b0706de4203b459ce6e08671c96', '08df53af-4ebe-083b-927d-d0efd0be0000', 'null', NULL, false),
	(130, '5db64953-2243-4ba9-bcdf-0b2c674adc54', 'quota-year/houd-me-vast/2026', 2, '{"at": "2026-01-05T09:00:00Z", "by": "bert", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-ddc9-7b2c-a95c-55ee6c494101", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'ede', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', 'f0496b0706de4203b459ce6e08671c96', '08df53af-4ebe-083b-927d-d0efd0be0000', 'null', NULL, false),
	(131, '20ef6a26-af9f-4b15-b83b-dce36e53de8f', '01a24c03-ddc9-7b2c-a95c-55ee6c494101', 4, '{"at": "2026-01-05T09:00:00Z", "by": "system", "role": "system", "slot": 1, "referralId": "01a24c03-ddc9-7b2c-a95c-55ee6c494101", "reservedAt": "2026-01-05T09:00:00Z"}', NULL, 'foundation_notified', '2026-01-05 09:00:00+00', 'ede', 'Nijkerk.Vergoedingen.Foundation.FoundationNotified, Nijkerk.Vergoedingen', 'f0496b0706de4203b459ce6e08671c96', '08df53af-4ebe-6124-927d-d0efd0be0000', 'null', NULL, false),
	(132, 'b22a3c89-10c3-47cd-9b22-a0fd06398679', '01a24c03-deb5-792f-9123-236cb23168d6', 1, '{"at": "2026-01-05T09:00:00Z", "by": "rita", "cost": null, "role": "consulent", "year": 2026, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-deb5-792f-9123-236cb23168d6/motivation", "sha256": "46cc3f819cc6969a420a7a09f2eb3c1ed2d1545f045dab0996bbeb8f123e86dc"}, "referralId": "01a24c03-deb5-792f-9123-236cb23168d6", "caseReference": "Z-2026-X1", "ownContribution": null}', NULL, 'training_requested', '2026-01-05 09:00:00+00', 'rhenen', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', '520ed6c863e40393923bfb4affcaec66', '08df53af-4ee1-238a-927d-d0efd0be0000', 'null', NULL, false),
	(133, 'e409b13e-6666-4d59-b8d8-a903e5e76079', '01a24c03-deb5-792f-9123-236cb23168d6', 2, '{"at": "2026-01-05T09:00:00Z", "by": "rene", "role": "financial-officer", "reason": {"id": "01a24c03-deb5-792f-9123-236cb23168d6/approval", "sha256": "1393fb80ee5b43ca292ea2a2f8c125ddadf40cf22e3603ed3e7122b9c291492c"}, "referralId": "01a24c03-deb5-792f-9123-236cb23168d6"}', NULL, 'referral_approved', '2026-01-05 09:00:00+00', 'rhenen', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', '9cb5ca66c875989932bd0e9a50cf448e', '08df53af-4ee2-3c9c-927d-d0efd0be0000', 'null', NULL, false),
	(134, '5e028bd2-407a-498b-8585-7f7f0923c722', '01a24c03-deb5-792f-9123-236cb23168d6', 3, '{"at": "2026-01-05T09:00:00Z", "by": "rene", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-deb5-792f-9123-236cb23168d6", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'rhenen', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '9cb5ca66c875989932bd0e9a50cf448e', '08df53af-4ee2-3c9c-927d-d0efd0be0000', 'null', NULL, false),
	(135, '5bc42659-bf8f-4d16-80dc-a498a5522148', 'quota-year/houd-me-vast/2026', 1, '{"at": "2026-01-05T09:00:00Z", "by": "rene", "role": "financial-officer", "year": 2026, "reason": "Opened with the default capacity", "scheme": "houd-me-vast", "capacity": 10}', NULL, 'quota_year_opened', '2026-01-05 09:00:00+00', 'rhenen', 'Nijkerk.Vergoedingen.Quotas.QuotaYearOpened, Nijkerk.Vergoedingen', '9cb5ca66c875989932bd0e9a50cf448e', '08df53af-4ee2-3c9c-927d-d0efd0be0000', 'null', NULL, false),
	(136, '11e618a6-338b-43af-a23f-e5f43bdf0236', 'quota-year/houd-me-vast/2026', 2, '{"at": "2026-01-05T09:00:00Z", "by": "rene", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-deb5-792f-9123-236cb23168d6", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:00:00+00', 'rhenen', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', '9cb5ca66c875989932bd0e9a50cf448e', '08df53af-4ee2-3c9c-927d-d0efd0be0000', 'null', NULL, false),
	(137, '69efff8b-0060-4b27-9bd8-bcda08441dbd', '01a24c03-deb5-792f-9123-236cb23168d6', 4, '{"at": "2026-01-05T09:00:00Z", "by": "system", "role": "system", "slot": 1, "referralId": "01a24c03-deb5-792f-9123-236cb23168d6", "reservedAt": "2026-01-05T09:00:00Z"}', NULL, 'foundation_notified', '2026-01-05 09:00:00+00', 'rhenen', 'Nijkerk.Vergoedingen.Foundation.FoundationNotified, Nijkerk.Vergoedingen', '9cb5ca66c875989932bd0e9a50cf448e', '08df53af-4ee2-d6b2-927d-d0efd0be0000', 'null', NULL, false),
	(138, '370f5b62-057f-4fd5-be36-f893fd2a7ec6', '01a24c03-deb5-792f-9123-236cb23168d6', 5, '{"at": "2026-01-05T09:01:00Z", "by": "system", "role": "system", "year": 2026, "reason": "Not scheduled within 0 days", "scheme": "houd-me-vast", "referralId": "01a24c03-deb5-792f-9123-236cb23168d6", "reservedAt": "2026-01-05T09:00:00Z"}', NULL, 'reservation_expired', '2026-01-05 09:01:00+00', 'rhenen', 'Nijkerk.Vergoedingen.Quotas.ReservationExpired, Nijkerk.Vergoedingen', '9cb5ca66c875989932bd0e9a50cf448e', '08df53af-4ee2-d85c-927d-d0efd0be0000', 'null', NULL, false),
	(139, '6bffd251-bf3c-4b81-a77c-bb669efa05ea', 'quota-year/houd-me-vast/2026', 3, '{"at": "2026-01-05T09:01:00Z", "by": "system", "role": "system", "year": 2026, "reason": "Not scheduled within 0 days", "scheme": "houd-me-vast", "referralId": "01a24c03-deb5-792f-9123-236cb23168d6", "reservedAt": "2026-01-05T09:00:00Z"}', NULL, 'reservation_expired', '2026-01-05 09:01:00+00', 'rhenen', 'Nijkerk.Vergoedingen.Quotas.ReservationExpired, Nijkerk.Vergoedingen', '9cb5ca66c875989932bd0e9a50cf448e', '08df53af-4ee2-d85c-927d-d0efd0be0000', 'null', NULL, false),
	(140, '74992cb0-3a89-4006-97ea-f4b05200be35', 'municipality/leusden', 1, '{"at": "2026-01-05T09:01:00Z", "by": "rob", "role": "region-admin", "slug": "leusden", "terms": {"bic": "ABNANL2A", "iban": "NL91ABNA0417164300", "name": "Gemeente Leusden", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 3, "reservationExpiry": "672:00:00"}, "reason": "Besluit portefeuillehoudersoverleg"}', NULL, 'municipality_added', '2026-01-05 09:01:00+00', 'foodvalley', 'Nijkerk.Vergoedingen.Municipalities.MunicipalityAdded, Nijkerk.Vergoedingen', '6828af21f8a9aeaa37a541e3b8e62e75', '08df53af-5049-d3f3-927d-d0efd0be0000', 'null', NULL, false),
	(141, 'b6108cb2-1534-4e37-91c4-cd77b0f117b4', 'municipality/leusden', 2, '{"at": "2026-01-05T09:01:00Z", "by": "rob", "role": "region-admin", "slug": "leusden", "terms": {"bic": "ABNANL2A", "iban": "NL91ABNA0417164300", "name": "Gemeente Leusden", "schemes": ["houd-me-vast", "bijzondere-bijstand"], "defaultCapacity": 4, "reservationExpiry": "672:00:00"}, "reason": "Afspraak met de stichting bijgesteld"}', NULL, 'municipality_changed', '2026-01-05 09:01:00+00', 'foodvalley', 'Nijkerk.Vergoedingen.Municipalities.MunicipalityChanged, Nijkerk.Vergoedingen', 'a408af0ae339699e1805904270df2339', '08df53af-504b-6783-927d-d0efd0be0000', 'null', NULL, false),
	(142, '63e3874a-3442-4698-b27a-e05de989c4bc', '01a24c03-e80c-7a35-a69d-d25a4b63062c', 1, '{"at": "2026-01-05T09:01:00Z", "by": "lisa", "cost": null, "role": "consulent", "year": 2026, "scheme": "houd-me-vast", "motivation": {"id": "01a24c03-e80c-7a35-a69d-d25a4b63062c/motivation", "sha256": "e898ef3c801d8ccabf10da649c9cbf7e815b5e89e464043d82924d3e67bdde13"}, "referralId": "01a24c03-e80c-7a35-a69d-d25a4b63062c", "caseReference": "Z-2026-L1", "ownContribution": null}', NULL, 'training_requested', '2026-01-05 09:01:00+00', 'leusden', 'Nijkerk.Vergoedingen.Referrals.TrainingRequested, Nijkerk.Vergoedingen', 'f66fd92ef51798a9b14e343075f9e79f', '08df53af-504e-0086-927d-d0efd0be0000', 'null', NULL, false),
	(143, 'd119f526-3f27-4906-af85-c58f46209bc8', '01a24c03-e80c-7a35-a69d-d25a4b63062c', 2, '{"at": "2026-01-05T09:01:00Z", "by": "lars", "role": "financial-officer", "reason": {"id": "01a24c03-e80c-7a35-a69d-d25a4b63062c/approval", "sha256": "f2a4b877f67a2cc78b8ae572a1f788b63b1341a6b332b3c7c0e3b34ab1e3b236"}, "referralId": "01a24c03-e80c-7a35-a69d-d25a4b63062c"}', NULL, 'referral_approved', '2026-01-05 09:01:00+00', 'leusden', 'Nijkerk.Vergoedingen.Referrals.ReferralApproved, Nijkerk.Vergoedingen', 'e331ff941e775bfdbb33d55354441d5e', '08df53af-504f-101b-927d-d0efd0be0000', 'null', NULL, false),
	(144, '5d5c5572-9c0c-454a-b95a-9ccb989596a3', '01a24c03-e80c-7a35-a69d-d25a4b63062c', 3, '{"at": "2026-01-05T09:01:00Z", "by": "lars", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-e80c-7a35-a69d-d25a4b63062c", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:01:00+00', 'leusden', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', 'e331ff941e775bfdbb33d55354441d5e', '08df53af-504f-101b-927d-d0efd0be0000', 'null', NULL, false),
	(145, '3bd6d82d-a114-4836-ac29-25bebd403cf1', 'quota-year/houd-me-vast/2026', 1, '{"at": "2026-01-05T09:01:00Z", "by": "lars", "role": "financial-officer", "year": 2026, "reason": "Opened with the default capacity", "scheme": "houd-me-vast", "capacity": 4}', NULL, 'quota_year_opened', '2026-01-05 09:01:00+00', 'leusden', 'Nijkerk.Vergoedingen.Quotas.QuotaYearOpened, Nijkerk.Vergoedingen', 'e331ff941e775bfdbb33d55354441d5e', '08df53af-504f-101b-927d-d0efd0be0000', 'null', NULL, false),
	(146, 'aeab2f7a-4bbe-4970-89da-580657a3d58f', 'quota-year/houd-me-vast/2026', 2, '{"at": "2026-01-05T09:01:00Z", "by": "lars", "role": "financial-officer", "year": 2026, "scheme": "houd-me-vast", "referralId": "01a24c03-e80c-7a35-a69d-d25a4b63062c", "carriedFrom": null, "fromWaitlist": false}', NULL, 'slot_reserved', '2026-01-05 09:01:00+00', 'leusden', 'Nijkerk.Vergoedingen.Quotas.SlotReserved, Nijkerk.Vergoedingen', 'e331ff941e775bfdbb33d55354441d5e', '08df53af-504f-101b-927d-d0efd0be0000', 'null', NULL, false),
	(147, 'edaab384-2daf-4e94-8672-60719b989c13', '01a24c03-e80c-7a35-a69d-d25a4b63062c', 4, '{"at": "2026-01-05T09:01:00Z", "by": "system", "role": "system", "slot": 1, "referralId": "01a24c03-e80c-7a35-a69d-d25a4b63062c", "reservedAt": "2026-01-05T09:01:00Z"}', NULL, 'foundation_notified', '2026-01-05 09:01:00+00', 'leusden', 'Nijkerk.Vergoedingen.Foundation.FoundationNotified, Nijkerk.Vergoedingen', 'e331ff941e775bfdbb33d55354441d5e', '08df53af-504f-5946-927d-d0efd0be0000', 'null', NULL, false),
	(148, '067b89d4-787e-446f-85da-5e7adfdb5af3', 'erasure/01a24c03-e8f7-7843-9606-a1dcd4b67dff', 1, '{"at": "2026-01-05T09:01:00Z", "by": "pia", "role": "privacy-officer", "reason": {"id": "erasure/01a24c03-e8f7-7843-9606-a1dcd4b67dff/reason", "sha256": "4347a6c5f8353410466444f3c923d8724e1d4850d1df2082f16bdba1a480428d"}, "erasureId": "01a24c03-e8f7-7843-9606-a1dcd4b67dff", "caseReference": "Z-2026-0099"}', NULL, 'erasure_requested', '2026-01-05 09:01:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Privacy.ErasureRequested, Nijkerk.Vergoedingen', 'cfc26301b215066551b5ede083b85d26', '08df53af-5078-bc8f-927d-d0efd0be0000', 'null', NULL, false),
	(149, '38d62897-4fc4-4933-a092-5e9fbac4392a', 'erasure/01a24c03-e8f7-7843-9606-a1dcd4b67dff', 2, '{"at": "2026-01-05T09:01:00Z", "by": "piet", "role": "privacy-officer", "documents": 3, "erasureId": "01a24c03-e8f7-7843-9606-a1dcd4b67dff", "caseReference": "Z-2026-0099"}', NULL, 'personal_data_erased', '2026-01-05 09:01:00+00', 'nijkerk', 'Nijkerk.Vergoedingen.Privacy.PersonalDataErased, Nijkerk.Vergoedingen', 'c906df4ad6697f8872ec300a7588f133', '08df53af-5085-a10e-927d-d0efd0be0000', 'null', NULL, false);


--
-- Data for Name: mt_high_water_skips; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Data for Name: mt_streams; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.mt_streams VALUES
	('foodvalley', 'municipality/barneveld', 'municipality', 1, '2026-12-06 15:40:48.350768+00', '2026-12-06 15:40:48.350768+00', 0, false),
	('foodvalley', 'municipality/renswoude', 'municipality', 1, '2026-12-06 15:40:48.350768+00', '2026-12-06 15:40:48.350768+00', 0, false),
	('foodvalley', 'municipality/rhenen', 'municipality', 1, '2026-12-06 15:40:48.350768+00', '2026-12-06 15:40:48.350768+00', 0, false),
	('foodvalley', 'municipality/scherpenzeel', 'municipality', 1, '2026-12-06 15:40:48.350768+00', '2026-12-06 15:40:48.350768+00', 0, false),
	('foodvalley', 'municipality/veenendaal', 'municipality', 1, '2026-12-06 15:40:48.350768+00', '2026-12-06 15:40:48.350768+00', 0, false),
	('foodvalley', 'municipality/wageningen', 'municipality', 1, '2026-12-06 15:40:48.350768+00', '2026-12-06 15:40:48.350768+00', 0, false),
	('foodvalley', 'municipality/nijkerk', 'municipality', 2, '2026-12-06 15:40:49.279961+00', '2026-12-06 15:40:48.350768+00', 0, false),
	('foodvalley', 'municipality/ede', 'municipality', 2, '2026-12-06 15:40:49.326575+00', '2026-12-06 15:40:48.350768+00', 0, false),
	('nijkerk', '01a24c03-d624-7f3d-a5fc-7616a6e01f32', 'provider', 1, '2026-12-06 15:40:49.615745+00', '2026-12-06 15:40:49.615745+00', 0, false),
	('nijkerk', 'quota-year/houd-me-vast/2025', 'quota_year', 9, '2026-12-06 15:40:50.942694+00', '2026-12-06 15:40:49.398468+00', 0, false),
	('nijkerk', 'budget-year/bijzondere-bijstand/2025', 'budget_year', 8, '2026-12-06 15:40:50.942694+00', '2026-12-06 15:40:49.512611+00', 0, false),
	('nijkerk', '01a24c03-dbb4-7bcb-aeea-01a9e4071421', 'referral', 1, '2026-12-06 15:40:50.998294+00', '2026-12-06 15:40:50.998294+00', 0, false),
	('nijkerk', '01a24c03-d700-72f3-a8c9-07f03a76eb73', 'referral', 2, '2026-12-06 15:40:50.054529+00', '2026-12-06 15:40:49.794419+00', 0, false),
	('nijkerk', '01a24c03-d72d-7d9f-a1e2-3b3bd319a73d', 'referral', 2, '2026-12-06 15:40:50.126522+00', '2026-12-06 15:40:49.83922+00', 0, false),
	('nijkerk', 'budget-year/bijzondere-bijstand/2026', 'budget_year', 5, '2026-12-06 15:40:51.424907+00', '2026-12-06 15:40:49.562686+00', 0, false),
	('nijkerk', '01a24c03-dcf5-77f0-b2aa-bd0a48c69723', 'referral', 9, '2026-12-06 15:40:51.499539+00', '2026-12-06 15:40:51.319334+00', 0, false),
	('nijkerk', '01a24c03-dcfb-7258-b65c-b1fd36ee98c5', 'referral', 5, '2026-12-06 15:40:51.51755+00', '2026-12-06 15:40:51.324962+00', 0, false),
	('nijkerk', '01a24c03-dbc7-7502-9e9f-65ba83f6c32f', 'referral', 3, '2026-12-06 15:40:51.088967+00', '2026-12-06 15:40:51.017248+00', 0, false),
	('nijkerk', '01a24c03-d9e3-7815-b6ee-92c2d00887b9', 'payment_batch', 2, '2026-12-06 15:40:50.693963+00', '2026-12-06 15:40:50.643535+00', 0, false),
	('nijkerk', '01a24c03-dbce-7ae4-bc0c-459c587e5b91', 'referral', 3, '2026-12-06 15:40:51.103146+00', '2026-12-06 15:40:51.023453+00', 0, false),
	('nijkerk', '01a24c03-d668-7097-9b09-5c55d8ad749c', 'referral', 8, '2026-12-06 15:40:50.769653+00', '2026-12-06 15:40:49.768503+00', 0, false),
	('nijkerk', '01a24c03-d718-7844-94f6-704283136029', 'referral', 11, '2026-12-06 15:40:50.781666+00', '2026-12-06 15:40:49.818417+00', 0, false),
	('nijkerk', '01a24c03-dbd3-75cb-9c66-ac131bfccdb8', 'referral', 2, '2026-12-06 15:40:51.158055+00', '2026-12-06 15:40:51.028858+00', 0, false),
	('ede', 'quota-year/houd-me-vast/2026', 'quota_year', 2, '2026-12-06 15:40:51.536655+00', '2026-12-06 15:40:51.536655+00', 0, false),
	('ede', '01a24c03-ddc9-7b2c-a95c-55ee6c494101', 'referral', 4, '2026-12-06 15:40:51.548455+00', '2026-12-06 15:40:51.531084+00', 0, false),
	('nijkerk', '01a24c03-d720-7bf0-9521-30c93db413e9', 'referral', 4, '2026-12-06 15:40:50.835697+00', '2026-12-06 15:40:49.826186+00', 0, false),
	('nijkerk', '01a24c03-d6f1-7aae-8581-bc5f0b381175', 'referral', 5, '2026-12-06 15:40:50.835697+00', '2026-12-06 15:40:49.779553+00', 0, false),
	('nijkerk', '01a24c03-d6fa-74fb-afa9-6b2885b55b24', 'referral', 6, '2026-12-06 15:40:50.902977+00', '2026-12-06 15:40:49.789348+00', 0, false),
	('nijkerk', '01a24c03-dbdf-7d70-b60c-7e7c7bc6cc62', 'referral', 2, '2026-12-06 15:40:51.175255+00', '2026-12-06 15:40:51.041113+00', 0, false),
	('rhenen', '01a24c03-deb5-792f-9123-236cb23168d6', 'referral', 5, '2026-12-06 15:40:53.954195+00', '2026-12-06 15:40:51.767738+00', 0, false),
	('nijkerk', '01a24c03-dbd9-7226-b141-1b1d5858ad83', 'referral', 6, '2026-12-06 15:40:51.221935+00', '2026-12-06 15:40:51.035214+00', 0, false),
	('nijkerk', 'quota-year/houd-me-vast/2026', 'quota_year', 9, '2026-12-06 15:40:51.221935+00', '2026-12-06 15:40:49.546861+00', 0, false),
	('rhenen', 'quota-year/houd-me-vast/2026', 'quota_year', 3, '2026-12-06 15:40:53.954195+00', '2026-12-06 15:40:51.774119+00', 0, false),
	('nijkerk', '01a24c03-dbbb-7fce-a59a-017650e966a3', 'referral', 6, '2026-12-06 15:40:51.288223+00', '2026-12-06 15:40:51.005313+00', 0, false),
	('nijkerk', '01a24c03-dbc1-74ca-99c0-214e613020d3', 'referral', 6, '2026-12-06 15:40:51.299434+00', '2026-12-06 15:40:51.011472+00', 0, false),
	('foodvalley', 'municipality/leusden', 'municipality', 2, '2026-12-06 15:40:54.145817+00', '2026-12-06 15:40:54.135332+00', 0, false),
	('leusden', 'quota-year/houd-me-vast/2026', 'quota_year', 2, '2026-12-06 15:40:54.164713+00', '2026-12-06 15:40:54.164713+00', 0, false),
	('leusden', '01a24c03-e80c-7a35-a69d-d25a4b63062c', 'referral', 4, '2026-12-06 15:40:54.179524+00', '2026-12-06 15:40:54.159116+00', 0, false),
	('nijkerk', 'erasure/01a24c03-e8f7-7843-9606-a1dcd4b67dff', 'erasure', 2, '2026-12-06 15:40:54.553201+00', '2026-12-06 15:40:54.468022+00', 0, false);


--
-- Data for Name: wolverine_agent_restrictions; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Data for Name: wolverine_control_queue; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Data for Name: wolverine_dead_letter_history; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Data for Name: wolverine_dead_letters; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Data for Name: wolverine_incoming_envelopes; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.wolverine_incoming_envelopes VALUES
	('08df53af-4cee-371d-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x8d31ee4caf53df480900000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065304e696a6b65726b2e566572676f6564696e67656e2e526574656e74696f6e2e5363686564756c65526574656e74696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642437336664356534392d396236662d343139392d623739642d3761643230616562623032610f636f6e766572736174696f6e2d69642430386466353361662d346365652d333731642d393237642d6430656664306265303030300b64657374696e6174696f6e396c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e726574656e74696f6e2e7363686564756c65726574656e74696f6e2f1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346365652d333731642d393237642d643065666430626530303030140000007b22646179223a22323032352d31312d3033227d', 'Nijkerk.Vergoedingen.Retention.ScheduleRetention', 'local://nijkerk.vergoedingen.retention.scheduleretention/', '2026-12-06 15:45:48.754941+00'),
	('08df53af-4d13-2a4b-927d-d0efd0be0000', 'Handled', 0, '2026-12-06 15:40:48.739045+00', 0, '\x2f2a134daf53df480b00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d747970652b4e696a6b65726b2e566572676f6564696e67656e2e526574656e74696f6e2e5072756e655265636f726473097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642437336664356534392d396236662d343139392d623739642d3761643230616562623032610f636f6e766572736174696f6e2d69642430386466353361662d346365652d333731642d393237642d6430656664306265303030300b64657374696e6174696f6e346c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e726574656e74696f6e2e7072756e657265636f7264732f0974656e616e742d6964092a44454641554c542a1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346431332d326134622d393237642d6430656664306265303030300c74696d652d746f2d73656e641b323032362d31322d30365431353a34303a34382e37333930343532140000007b22646179223a22323032352d31312d3033227d', 'Nijkerk.Vergoedingen.Retention.PruneRecords', 'local://nijkerk.vergoedingen.retention.prunerecords/', '2026-12-06 15:45:49.002395+00'),
	('08df53af-4d3b-652f-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x16653b4daf53df480a00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065374e696a6b65726b2e566572676f6564696e67656e2e526574656e74696f6e2e457261736545787069726564506572736f6e616c44617461097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642437336664356534392d396236662d343139392d623739642d3761643230616562623032610f636f6e766572736174696f6e2d69642430386466353361662d346365652d333731642d393237642d6430656664306265303030300b64657374696e6174696f6e406c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e726574656e74696f6e2e657261736565787069726564706572736f6e616c646174612f0974656e616e742d6964096261726e6576656c641661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346433622d363532662d393237642d643065666430626530303030140000007b22646179223a22323032352d31312d3033227d', 'Nijkerk.Vergoedingen.Retention.EraseExpiredPersonalData', 'local://nijkerk.vergoedingen.retention.eraseexpiredpersonaldata/', '2026-12-06 15:45:49.141789+00'),
	('08df53af-4d3b-7017-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x16703b4daf53df480a00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065374e696a6b65726b2e566572676f6564696e67656e2e526574656e74696f6e2e457261736545787069726564506572736f6e616c44617461097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642437336664356534392d396236662d343139392d623739642d3761643230616562623032610f636f6e766572736174696f6e2d69642430386466353361662d346365652d333731642d393237642d6430656664306265303030300b64657374696e6174696f6e406c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e726574656e74696f6e2e657261736565787069726564706572736f6e616c646174612f0974656e616e742d69640c736368657270656e7a65656c1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346433622d373031372d393237642d643065666430626530303030140000007b22646179223a22323032352d31312d3033227d', 'Nijkerk.Vergoedingen.Retention.EraseExpiredPersonalData', 'local://nijkerk.vergoedingen.retention.eraseexpiredpersonaldata/', '2026-12-06 15:45:49.188531+00'),
	('08df53af-4d3b-7028-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x27703b4daf53df480a00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065374e696a6b65726b2e566572676f6564696e67656e2e526574656e74696f6e2e457261736545787069726564506572736f6e616c44617461097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642437336664356534392d396236662d343139392d623739642d3761643230616562623032610f636f6e766572736174696f6e2d69642430386466353361662d346365652d333731642d393237642d6430656664306265303030300b64657374696e6174696f6e406c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e726574656e74696f6e2e657261736565787069726564706572736f6e616c646174612f0974656e616e742d69640a7665656e656e6461616c1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346433622d373032382d393237642d643065666430626530303030140000007b22646179223a22323032352d31312d3033227d', 'Nijkerk.Vergoedingen.Retention.EraseExpiredPersonalData', 'local://nijkerk.vergoedingen.retention.eraseexpiredpersonaldata/', '2026-12-06 15:45:49.216595+00'),
	('08df53af-4d3b-703b-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x3a703b4daf53df480a00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065374e696a6b65726b2e566572676f6564696e67656e2e526574656e74696f6e2e457261736545787069726564506572736f6e616c44617461097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642437336664356534392d396236662d343139392d623739642d3761643230616562623032610f636f6e766572736174696f6e2d69642430386466353361662d346365652d333731642d393237642d6430656664306265303030300b64657374696e6174696f6e406c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e726574656e74696f6e2e657261736565787069726564706572736f6e616c646174612f0974656e616e742d69640a776167656e696e67656e1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346433622d373033622d393237642d643065666430626530303030140000007b22646179223a22323032352d31312d3033227d', 'Nijkerk.Vergoedingen.Retention.EraseExpiredPersonalData', 'local://nijkerk.vergoedingen.retention.eraseexpiredpersonaldata/', '2026-12-06 15:45:49.219907+00'),
	('08df53af-4d3b-67c8-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\xc8673b4daf53df480a00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065374e696a6b65726b2e566572676f6564696e67656e2e526574656e74696f6e2e457261736545787069726564506572736f6e616c44617461097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642437336664356534392d396236662d343139392d623739642d3761643230616562623032610f636f6e766572736174696f6e2d69642430386466353361662d346365652d333731642d393237642d6430656664306265303030300b64657374696e6174696f6e406c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e726574656e74696f6e2e657261736565787069726564706572736f6e616c646174612f0974656e616e742d6964036564651661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346433622d363763382d393237642d643065666430626530303030140000007b22646179223a22323032352d31312d3033227d', 'Nijkerk.Vergoedingen.Retention.EraseExpiredPersonalData', 'local://nijkerk.vergoedingen.retention.eraseexpiredpersonaldata/', '2026-12-06 15:45:49.22817+00'),
	('08df53af-4d3b-6f91-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x8d6f3b4daf53df480a00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065374e696a6b65726b2e566572676f6564696e67656e2e526574656e74696f6e2e457261736545787069726564506572736f6e616c44617461097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642437336664356534392d396236662d343139392d623739642d3761643230616562623032610f636f6e766572736174696f6e2d69642430386466353361662d346365652d333731642d393237642d6430656664306265303030300b64657374696e6174696f6e406c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e726574656e74696f6e2e657261736565787069726564706572736f6e616c646174612f0974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346433622d366639312d393237642d643065666430626530303030140000007b22646179223a22323032352d31312d3033227d', 'Nijkerk.Vergoedingen.Retention.EraseExpiredPersonalData', 'local://nijkerk.vergoedingen.retention.eraseexpiredpersonaldata/', '2026-12-06 15:45:49.232239+00'),
	('08df53af-4d3b-6fea-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\xe96f3b4daf53df480a00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065374e696a6b65726b2e566572676f6564696e67656e2e526574656e74696f6e2e457261736545787069726564506572736f6e616c44617461097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642437336664356534392d396236662d343139392d623739642d3761643230616562623032610f636f6e766572736174696f6e2d69642430386466353361662d346365652d333731642d393237642d6430656664306265303030300b64657374696e6174696f6e406c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e726574656e74696f6e2e657261736565787069726564706572736f6e616c646174612f0974656e616e742d69640972656e73776f7564651661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346433622d366665612d393237642d643065666430626530303030140000007b22646179223a22323032352d31312d3033227d', 'Nijkerk.Vergoedingen.Retention.EraseExpiredPersonalData', 'local://nijkerk.vergoedingen.retention.eraseexpiredpersonaldata/', '2026-12-06 15:45:49.249921+00'),
	('08df53af-4d3b-7001-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x00703b4daf53df480a00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065374e696a6b65726b2e566572676f6564696e67656e2e526574656e74696f6e2e457261736545787069726564506572736f6e616c44617461097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642437336664356534392d396236662d343139392d623739642d3761643230616562623032610f636f6e766572736174696f6e2d69642430386466353361662d346365652d333731642d393237642d6430656664306265303030300b64657374696e6174696f6e406c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e726574656e74696f6e2e657261736565787069726564706572736f6e616c646174612f0974656e616e742d6964067268656e656e1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346433622d373030312d393237642d643065666430626530303030140000007b22646179223a22323032352d31312d3033227d', 'Nijkerk.Vergoedingen.Retention.EraseExpiredPersonalData', 'local://nijkerk.vergoedingen.retention.eraseexpiredpersonaldata/', '2026-12-06 15:45:49.249921+00'),
	('08df53af-4d3e-32c1-927d-d0efd0be0000', 'Scheduled', 0, '2026-12-07 08:40:49.020396+00', 0, '\xab323e4daf53df480b00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d747970652b4e696a6b65726b2e566572676f6564696e67656e2e526574656e74696f6e2e5072756e655265636f726473097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642437336664356534392d396236662d343139392d623739642d3761643230616562623032610f636f6e766572736174696f6e2d69642430386466353361662d346365652d333731642d393237642d6430656664306265303030300b64657374696e6174696f6e346c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e726574656e74696f6e2e7072756e657265636f7264732f0974656e616e742d6964092a44454641554c542a1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346433652d333263312d393237642d6430656664306265303030300c74696d652d746f2d73656e641b323032362d31322d30375430383a34303a34392e30323033393634140000007b22646179223a22323032352d31312d3034227d', 'Nijkerk.Vergoedingen.Retention.PruneRecords', 'local://nijkerk.vergoedingen.retention.prunerecords/', NULL),
	('08df53af-4d3b-70ba-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\xb9703b4daf53df480a00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065304e696a6b65726b2e566572676f6564696e67656e2e526574656e74696f6e2e5363686564756c65526574656e74696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642437336664356534392d396236662d343139392d623739642d3761643230616562623032610f636f6e766572736174696f6e2d69642430386466353361662d346365652d333731642d393237642d6430656664306265303030300b64657374696e6174696f6e396c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e726574656e74696f6e2e7363686564756c65726574656e74696f6e2f0974656e616e742d6964092a44454641554c542a1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346433622d373062612d393237642d643065666430626530303030140000007b22646179223a22323032352d31312d3034227d', 'Nijkerk.Vergoedingen.Retention.ScheduleRetention', 'local://nijkerk.vergoedingen.retention.scheduleretention/', '2026-12-06 15:45:49.020479+00'),
	('08df53af-4dc9-ad68-927d-d0efd0be0000', 'Scheduled', 0, '2027-01-31 15:40:49.934478+00', 0, '\x68adc94daf53df480c00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d747970652d4e696a6b65726b2e566572676f6564696e67656e2e51756f7461732e4578706972655265736572766174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642034626635353935343736333861656439386334396165386437373862376663650f636f6e766572736174696f6e2d69642430386466353361662d346463332d326462652d393237642d6430656664306265303030300b64657374696e6174696f6e366c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e71756f7461732e6578706972657265736572766174696f6e2f09706172656e742d69643730302d34626635353935343736333861656439386334396165386437373862376663652d336565356234396332343838633532612d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346463392d616436382d393237642d6430656664306265303030300c74696d652d746f2d73656e641b323032372d30312d33315431353a34303a34392e39333434373838590000007b22726566657272616c4964223a2230316132346330332d643636382d373039372d396230392d356335356438616437343963222c2272657365727665644174223a22323032352d31312d30335430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Quotas.ExpireReservation', 'local://nijkerk.vergoedingen.quotas.expirereservation/', NULL),
	('08df53af-4dcf-d189-927d-d0efd0be0000', 'Scheduled', 0, '2027-01-31 15:40:49.974724+00', 0, '\x89d1cf4daf53df480c00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d747970652d4e696a6b65726b2e566572676f6564696e67656e2e51756f7461732e4578706972655265736572766174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642037373466666537616338343837366134623062323632376436626236303932370f636f6e766572736174696f6e2d69642430386466353361662d346463652d663730662d393237642d6430656664306265303030300b64657374696e6174696f6e366c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e71756f7461732e6578706972657265736572766174696f6e2f09706172656e742d69643730302d37373466666537616338343837366134623062323632376436626236303932372d356566313739343462303232663638622d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346463662d643138392d393237642d6430656664306265303030300c74696d652d746f2d73656e641b323032372d30312d33315431353a34303a34392e39373437323439590000007b22726566657272616c4964223a2230316132346330332d643666312d376161652d383538312d626335663062333831313735222c2272657365727665644174223a22323032352d31312d30335430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Quotas.ExpireReservation', 'local://nijkerk.vergoedingen.quotas.expirereservation/', NULL),
	('08df53af-4dc9-a9d5-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\xb5a9c94daf53df480b00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065304e696a6b65726b2e566572676f6564696e67656e2e466f756e646174696f6e2e4e6f74696679466f756e646174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642034626635353935343736333861656439386334396165386437373862376663650f636f6e766572736174696f6e2d69642430386466353361662d346463332d326462652d393237642d6430656664306265303030300b64657374696e6174696f6e396c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e666f756e646174696f6e2e6e6f74696679666f756e646174696f6e2f09706172656e742d69643730302d34626635353935343736333861656439386334396165386437373862376663652d336565356234396332343838633532612d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346463392d613964352d393237642d643065666430626530303030620000007b22726566657272616c4964223a2230316132346330332d643636382d373039372d396230392d356335356438616437343963222c22736c6f74223a312c2272657365727665644174223a22323032352d31312d30335430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Foundation.NotifyFoundation', 'local://nijkerk.vergoedingen.foundation.notifyfoundation/', '2026-12-06 15:45:50.133083+00'),
	('08df53af-4dcf-cfad-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x97cfcf4daf53df480b00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065304e696a6b65726b2e566572676f6564696e67656e2e466f756e646174696f6e2e4e6f74696679466f756e646174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642037373466666537616338343837366134623062323632376436626236303932370f636f6e766572736174696f6e2d69642430386466353361662d346463652d663730662d393237642d6430656664306265303030300b64657374696e6174696f6e396c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e666f756e646174696f6e2e6e6f74696679666f756e646174696f6e2f09706172656e742d69643730302d37373466666537616338343837366134623062323632376436626236303932372d356566313739343462303232663638622d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346463662d636661642d393237642d643065666430626530303030620000007b22726566657272616c4964223a2230316132346330332d643666312d376161652d383538312d626335663062333831313735222c22736c6f74223a322c2272657365727665644174223a22323032352d31312d30335430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Foundation.NotifyFoundation', 'local://nijkerk.vergoedingen.foundation.notifyfoundation/', '2026-12-06 15:45:50.15148+00'),
	('08df53af-4e59-9831-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x1398594eaf53df480b00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065304e696a6b65726b2e566572676f6564696e67656e2e466f756e646174696f6e2e4e6f74696679466f756e646174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642031356566323263626463393937613730343162383534613534326137333265630f636f6e766572736174696f6e2d69642430386466353361662d346535322d363162632d393237642d6430656664306265303030300b64657374696e6174696f6e396c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e666f756e646174696f6e2e6e6f74696679666f756e646174696f6e2f09706172656e742d69643730302d31356566323263626463393937613730343162383534613534326137333265632d663362386630393130623330663361372d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346535392d393833312d393237642d643065666430626530303030620000007b22726566657272616c4964223a2230316132346330332d643666612d373466622d616661392d366232383835623535623234222c22736c6f74223a322c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Foundation.NotifyFoundation', 'local://nijkerk.vergoedingen.foundation.notifyfoundation/', '2026-12-06 15:45:50.901564+00'),
	('08df53af-4e76-549e-927d-d0efd0be0000', 'Scheduled', 0, '2027-01-31 15:40:51.065976+00', 0, '\x9e54764eaf53df480c00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d747970652d4e696a6b65726b2e566572676f6564696e67656e2e51756f7461732e4578706972655265736572766174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642032333931386336333135316363643937643832313561613133666234613261310f636f6e766572736174696f6e2d69642430386466353361662d346537352d626530352d393237642d6430656664306265303030300b64657374696e6174696f6e366c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e71756f7461732e6578706972657265736572766174696f6e2f09706172656e742d69643730302d32333931386336333135316363643937643832313561613133666234613261312d373831303635316638643734333432392d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346537362d353439652d393237642d6430656664306265303030300c74696d652d746f2d73656e641b323032372d30312d33315431353a34303a35312e30363539373635590000007b22726566657272616c4964223a2230316132346330332d646263312d373463612d393963302d323134653631333032306433222c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Quotas.ExpireReservation', 'local://nijkerk.vergoedingen.quotas.expirereservation/', NULL),
	('08df53af-4e76-52c1-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\xa552764eaf53df480b00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065304e696a6b65726b2e566572676f6564696e67656e2e466f756e646174696f6e2e4e6f74696679466f756e646174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642032333931386336333135316363643937643832313561613133666234613261310f636f6e766572736174696f6e2d69642430386466353361662d346537352d626530352d393237642d6430656664306265303030300b64657374696e6174696f6e396c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e666f756e646174696f6e2e6e6f74696679666f756e646174696f6e2f09706172656e742d69643730302d32333931386336333135316363643937643832313561613133666234613261312d373831303635316638643734333432392d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346537362d353263312d393237642d643065666430626530303030620000007b22726566657272616c4964223a2230316132346330332d646263312d373463612d393963302d323134653631333032306433222c22736c6f74223a342c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Foundation.NotifyFoundation', 'local://nijkerk.vergoedingen.foundation.notifyfoundation/', '2026-12-06 15:45:51.079073+00'),
	('08df53af-4e59-9a4e-927d-d0efd0be0000', 'Scheduled', 0, '2027-01-31 15:40:50.877706+00', 0, '\x4e9a594eaf53df480c00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d747970652d4e696a6b65726b2e566572676f6564696e67656e2e51756f7461732e4578706972655265736572766174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642031356566323263626463393937613730343162383534613534326137333265630f636f6e766572736174696f6e2d69642430386466353361662d346535322d363162632d393237642d6430656664306265303030300b64657374696e6174696f6e366c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e71756f7461732e6578706972657265736572766174696f6e2f09706172656e742d69643730302d31356566323263626463393937613730343162383534613534326137333265632d663362386630393130623330663361372d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346535392d396134652d393237642d6430656664306265303030300c74696d652d746f2d73656e641b323032372d30312d33315431353a34303a35302e38373737303634590000007b22726566657272616c4964223a2230316132346330332d643666612d373466622d616661392d366232383835623535623234222c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Quotas.ExpireReservation', 'local://nijkerk.vergoedingen.quotas.expirereservation/', NULL),
	('08df53af-4e74-7fec-927d-d0efd0be0000', 'Scheduled', 0, '2027-01-31 15:40:51.053979+00', 0, '\xeb7f744eaf53df480c00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d747970652d4e696a6b65726b2e566572676f6564696e67656e2e51756f7461732e4578706972655265736572766174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642061303738366433656566383132373863383131636634613462363536323139320f636f6e766572736174696f6e2d69642430386466353361662d346537342d326466362d393237642d6430656664306265303030300b64657374696e6174696f6e366c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e71756f7461732e6578706972657265736572766174696f6e2f09706172656e742d69643730302d61303738366433656566383132373863383131636634613462363536323139322d306337666363353464363430303932642d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346537342d376665632d393237642d6430656664306265303030300c74696d652d746f2d73656e641b323032372d30312d33315431353a34303a35312e30353339373932590000007b22726566657272616c4964223a2230316132346330332d646262622d376663652d613539612d303137363530653936366133222c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Quotas.ExpireReservation', 'local://nijkerk.vergoedingen.quotas.expirereservation/', NULL),
	('08df53af-4e74-7e68-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x5d7e744eaf53df480b00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065304e696a6b65726b2e566572676f6564696e67656e2e466f756e646174696f6e2e4e6f74696679466f756e646174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642061303738366433656566383132373863383131636634613462363536323139320f636f6e766572736174696f6e2d69642430386466353361662d346537342d326466362d393237642d6430656664306265303030300b64657374696e6174696f6e396c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e666f756e646174696f6e2e6e6f74696679666f756e646174696f6e2f09706172656e742d69643730302d61303738366433656566383132373863383131636634613462363536323139322d306337666363353464363430303932642d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346537342d376536382d393237642d643065666430626530303030620000007b22726566657272616c4964223a2230316132346330332d646262622d376663652d613539612d303137363530653936366133222c22736c6f74223a332c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Foundation.NotifyFoundation', 'local://nijkerk.vergoedingen.foundation.notifyfoundation/', '2026-12-06 15:45:51.067313+00'),
	('08df53af-4e78-0332-927d-d0efd0be0000', 'Scheduled', 0, '2027-01-31 15:40:51.076999+00', 0, '\x3203784eaf53df480c00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d747970652d4e696a6b65726b2e566572676f6564696e67656e2e51756f7461732e4578706972655265736572766174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642030656231313232363939663331333734323839303937313266336266373935610f636f6e766572736174696f6e2d69642430386466353361662d346537372d613064332d393237642d6430656664306265303030300b64657374696e6174696f6e366c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e71756f7461732e6578706972657265736572766174696f6e2f09706172656e742d69643730302d30656231313232363939663331333734323839303937313266336266373935612d313063373431326633373364643631612d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346537382d303333322d393237642d6430656664306265303030300c74696d652d746f2d73656e641b323032372d30312d33315431353a34303a35312e30373639393937590000007b22726566657272616c4964223a2230316132346330332d646264392d373232362d623134312d316231643538353861643833222c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Quotas.ExpireReservation', 'local://nijkerk.vergoedingen.quotas.expirereservation/', NULL),
	('08df53af-4e78-014f-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x3501784eaf53df480b00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065304e696a6b65726b2e566572676f6564696e67656e2e466f756e646174696f6e2e4e6f74696679466f756e646174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642030656231313232363939663331333734323839303937313266336266373935610f636f6e766572736174696f6e2d69642430386466353361662d346537372d613064332d393237642d6430656664306265303030300b64657374696e6174696f6e396c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e666f756e646174696f6e2e6e6f74696679666f756e646174696f6e2f09706172656e742d69643730302d30656231313232363939663331333734323839303937313266336266373935612d313063373431326633373364643631612d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346537382d303134662d393237642d643065666430626530303030620000007b22726566657272616c4964223a2230316132346330332d646264392d373232362d623134312d316231643538353861643833222c22736c6f74223a352c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Foundation.NotifyFoundation', 'local://nijkerk.vergoedingen.foundation.notifyfoundation/', '2026-12-06 15:45:51.092972+00'),
	('08df53af-4e96-3806-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\xe537964eaf53df480b00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065304e696a6b65726b2e566572676f6564696e67656e2e466f756e646174696f6e2e4e6f74696679466f756e646174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642061323237343364306632366161646562383731376365386638666565363930660f636f6e766572736174696f6e2d69642430386466353361662d346539342d666638392d393237642d6430656664306265303030300b64657374696e6174696f6e396c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e666f756e646174696f6e2e6e6f74696679666f756e646174696f6e2f09706172656e742d69643730302d61323237343364306632366161646562383731376365386638666565363930662d376262333666366164313261303338662d30300974656e616e742d6964076e696a6b65726b1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346539362d333830362d393237642d643065666430626530303030620000007b22726566657272616c4964223a2230316132346330332d646262622d376663652d613539612d303137363530653936366133222c22736c6f74223a352c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Foundation.NotifyFoundation', 'local://nijkerk.vergoedingen.foundation.notifyfoundation/', '2026-12-06 15:45:51.287322+00'),
	('08df53af-4ebe-6440-927d-d0efd0be0000', 'Scheduled', 0, '2027-01-31 15:40:51.538237+00', 0, '\x3e64be4eaf53df480c00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d747970652d4e696a6b65726b2e566572676f6564696e67656e2e51756f7461732e4578706972655265736572766174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642066303439366230373036646534323033623435396365366530383637316339360f636f6e766572736174696f6e2d69642430386466353361662d346562652d303833622d393237642d6430656664306265303030300b64657374696e6174696f6e366c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e71756f7461732e6578706972657265736572766174696f6e2f09706172656e742d69643730302d66303439366230373036646534323033623435396365366530383637316339362d393464353565366262326635373332332d30300974656e616e742d6964036564651661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346562652d363434302d393237642d6430656664306265303030300c74696d652d746f2d73656e641b323032372d30312d33315431353a34303a35312e35333832333739590000007b22726566657272616c4964223a2230316132346330332d646463392d376232632d613935632d353565653663343934313031222c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Quotas.ExpireReservation', 'local://nijkerk.vergoedingen.quotas.expirereservation/', NULL),
	('08df53af-4ebe-6124-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x1761be4eaf53df480b00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065304e696a6b65726b2e566572676f6564696e67656e2e466f756e646174696f6e2e4e6f74696679466f756e646174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642066303439366230373036646534323033623435396365366530383637316339360f636f6e766572736174696f6e2d69642430386466353361662d346562652d303833622d393237642d6430656664306265303030300b64657374696e6174696f6e396c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e666f756e646174696f6e2e6e6f74696679666f756e646174696f6e2f09706172656e742d69643730302d66303439366230373036646534323033623435396365366530383637316339362d393464353565366262326635373332332d30300974656e616e742d6964036564651661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346562652d363132342d393237642d643065666430626530303030620000007b22726566657272616c4964223a2230316132346330332d646463392d376232632d613935632d353565653663343934313031222c22736c6f74223a312c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Foundation.NotifyFoundation', 'local://nijkerk.vergoedingen.foundation.notifyfoundation/', '2026-12-06 15:45:51.547681+00'),
	('08df53af-4ee2-d6b2-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x9fd6e24eaf53df480b00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065304e696a6b65726b2e566572676f6564696e67656e2e466f756e646174696f6e2e4e6f74696679466f756e646174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642039636235636136366338373539383939333262643065396135306366343438650f636f6e766572736174696f6e2d69642430386466353361662d346565322d336339632d393237642d6430656664306265303030300b64657374696e6174696f6e396c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e666f756e646174696f6e2e6e6f74696679666f756e646174696f6e2f09706172656e742d69643730302d39636235636136366338373539383939333262643065396135306366343438652d666662323338363036363135613765322d30300974656e616e742d6964067268656e656e1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346565322d643662322d393237642d643065666430626530303030620000007b22726566657272616c4964223a2230316132346330332d646562352d373932662d393132332d323336636232333136386436222c22736c6f74223a312c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Foundation.NotifyFoundation', 'local://nijkerk.vergoedingen.foundation.notifyfoundation/', '2026-12-06 15:45:51.792066+00'),
	('08df53af-4ee2-d85c-927d-d0efd0be0000', 'Handled', 0, '2026-12-06 15:40:53.777138+00', 0, '\x5cd8e24eaf53df480c00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d747970652d4e696a6b65726b2e566572676f6564696e67656e2e51756f7461732e4578706972655265736572766174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642039636235636136366338373539383939333262643065396135306366343438650f636f6e766572736174696f6e2d69642430386466353361662d346565322d336339632d393237642d6430656664306265303030300b64657374696e6174696f6e366c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e71756f7461732e6578706972657265736572766174696f6e2f09706172656e742d69643730302d39636235636136366338373539383939333262643065396135306366343438652d666662323338363036363135613765322d30300974656e616e742d6964067268656e656e1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d346565322d643835632d393237642d6430656664306265303030300c74696d652d746f2d73656e641b323032362d31322d30365431353a34303a35332e37373731333836590000007b22726566657272616c4964223a2230316132346330332d646562352d373932662d393132332d323336636232333136386436222c2272657365727665644174223a22323032362d30312d30355430393a30303a30305a227d', 'Nijkerk.Vergoedingen.Quotas.ExpireReservation', 'local://nijkerk.vergoedingen.quotas.expirereservation/', '2026-12-06 15:45:53.96165+00'),
	('08df53af-504f-5c62-927d-d0efd0be0000', 'Scheduled', 0, '2027-01-03 15:40:54.166033+00', 0, '\x835b4f50af53df480c00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d747970652d4e696a6b65726b2e566572676f6564696e67656e2e51756f7461732e4578706972655265736572766174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642065333331666639343165373735626664626233336435353335343434316435650f636f6e766572736174696f6e2d69642430386466353361662d353034662d313031622d393237642d6430656664306265303030300b64657374696e6174696f6e366c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e71756f7461732e6578706972657265736572766174696f6e2f09706172656e742d69643730302d65333331666639343165373735626664626233336435353335343434316435652d386463646161333565356438313834382d30300974656e616e742d6964076c65757364656e1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d353034662d356336322d393237642d6430656664306265303030300c74696d652d746f2d73656e641b323032372d30312d30335431353a34303a35342e31363630333336590000007b22726566657272616c4964223a2230316132346330332d653830632d376133352d613639642d643235613462363330363263222c2272657365727665644174223a22323032362d30312d30355430393a30313a30305a227d', 'Nijkerk.Vergoedingen.Quotas.ExpireReservation', 'local://nijkerk.vergoedingen.quotas.expirereservation/', NULL),
	('08df53af-504f-5946-927d-d0efd0be0000', 'Handled', 0, NULL, 0, '\x33594f50af53df480b00000006736f75726365144e696a6b65726b2e566572676f6564696e67656e0c6d6573736167652d74797065304e696a6b65726b2e566572676f6564696e67656e2e466f756e646174696f6e2e4e6f74696679466f756e646174696f6e097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642065333331666639343165373735626664626233336435353335343434316435650f636f6e766572736174696f6e2d69642430386466353361662d353034662d313031622d393237642d6430656664306265303030300b64657374696e6174696f6e396c6f63616c3a2f2f6e696a6b65726b2e766572676f6564696e67656e2e666f756e646174696f6e2e6e6f74696679666f756e646174696f6e2f09706172656e742d69643730302d65333331666639343165373735626664626233336435353335343434316435652d386463646161333565356438313834382d30300974656e616e742d6964076c65757364656e1661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466353361662d353034662d353934362d393237642d643065666430626530303030620000007b22726566657272616c4964223a2230316132346330332d653830632d376133352d613639642d643235613462363330363263222c22736c6f74223a312c2272657365727665644174223a22323032362d30312d30355430393a30313a30305a227d', 'Nijkerk.Vergoedingen.Foundation.NotifyFoundation', 'local://nijkerk.vergoedingen.foundation.notifyfoundation/', '2026-12-06 15:45:54.178356+00');


--
-- Data for Name: wolverine_node_assignments; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Data for Name: wolverine_node_records; Type: TABLE DATA; Schema: ledger; Owner: -
--

INSERT INTO ledger.wolverine_node_records VALUES
	(1, 1, 'NodeStarted', '2026-12-06 15:40:48.382375+00', ''),
	(2, 1, 'AgentStarted', '2026-12-06 15:40:48.382375+00', 'calendar:///'),
	(3, 1, 'AgentStarted', '2026-12-06 15:40:48.382375+00', 'wolverinedb://postgresql/127.0.0.1/fixture_03b905e/ledger');


--
-- Data for Name: wolverine_nodes; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Data for Name: wolverine_outgoing_envelopes; Type: TABLE DATA; Schema: ledger; Owner: -
--



--
-- Name: mt_events_sequence; Type: SEQUENCE SET; Schema: ledger; Owner: -
--

SELECT pg_catalog.setval('ledger.mt_events_sequence', 149, true);


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE SET; Schema: ledger; Owner: -
--

SELECT pg_catalog.setval('ledger.wolverine_node_records_id_seq', 3, true);


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE SET; Schema: ledger; Owner: -
--

SELECT pg_catalog.setval('ledger.wolverine_nodes_node_number_seq', 1, false);


--
-- Name: mt_event_progression pk_mt_event_progression; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_event_progression
    ADD CONSTRAINT pk_mt_event_progression PRIMARY KEY (name);


--
-- Name: mt_doc_acceptedwebhook pkey_mt_doc_acceptedwebhook_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_acceptedwebhook
    ADD CONSTRAINT pkey_mt_doc_acceptedwebhook_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_accessrecord pkey_mt_doc_accessrecord_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_accessrecord
    ADD CONSTRAINT pkey_mt_doc_accessrecord_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_budgetyear pkey_mt_doc_budgetyear_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_budgetyear
    ADD CONSTRAINT pkey_mt_doc_budgetyear_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_dataprotectionkey pkey_mt_doc_dataprotectionkey_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_dataprotectionkey
    ADD CONSTRAINT pkey_mt_doc_dataprotectionkey_id PRIMARY KEY (id);


--
-- Name: mt_doc_deadletterevent pkey_mt_doc_deadletterevent_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_deadletterevent
    ADD CONSTRAINT pkey_mt_doc_deadletterevent_id PRIMARY KEY (id);


--
-- Name: mt_doc_envelope pkey_mt_doc_envelope_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_envelope
    ADD CONSTRAINT pkey_mt_doc_envelope_id PRIMARY KEY (id);


--
-- Name: mt_doc_erasure pkey_mt_doc_erasure_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_erasure
    ADD CONSTRAINT pkey_mt_doc_erasure_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_idempotencyrecord pkey_mt_doc_idempotencyrecord_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_idempotencyrecord
    ADD CONSTRAINT pkey_mt_doc_idempotencyrecord_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_invoiceregistration pkey_mt_doc_invoiceregistration_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_invoiceregistration
    ADD CONSTRAINT pkey_mt_doc_invoiceregistration_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_municipality pkey_mt_doc_municipality_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_municipality
    ADD CONSTRAINT pkey_mt_doc_municipality_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_newyearscheduled pkey_mt_doc_newyearscheduled_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_newyearscheduled
    ADD CONSTRAINT pkey_mt_doc_newyearscheduled_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_payeeaccount pkey_mt_doc_payeeaccount_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_payeeaccount
    ADD CONSTRAINT pkey_mt_doc_payeeaccount_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_paymentbatch pkey_mt_doc_paymentbatch_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_paymentbatch
    ADD CONSTRAINT pkey_mt_doc_paymentbatch_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_paymentreference pkey_mt_doc_paymentreference_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_paymentreference
    ADD CONSTRAINT pkey_mt_doc_paymentreference_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_personaltext pkey_mt_doc_personaltext_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_personaltext
    ADD CONSTRAINT pkey_mt_doc_personaltext_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_provider pkey_mt_doc_provider_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_provider
    ADD CONSTRAINT pkey_mt_doc_provider_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_quotayear pkey_mt_doc_quotayear_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_quotayear
    ADD CONSTRAINT pkey_mt_doc_quotayear_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_referral pkey_mt_doc_referral_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_referral
    ADD CONSTRAINT pkey_mt_doc_referral_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_retentionscheduled pkey_mt_doc_retentionscheduled_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_retentionscheduled
    ADD CONSTRAINT pkey_mt_doc_retentionscheduled_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_sealmanifest pkey_mt_doc_sealmanifest_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_doc_sealmanifest
    ADD CONSTRAINT pkey_mt_doc_sealmanifest_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_event_projection_floors pkey_mt_event_projection_floors_name_tenant_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_event_projection_floors
    ADD CONSTRAINT pkey_mt_event_projection_floors_name_tenant_id PRIMARY KEY (name, tenant_id);


--
-- Name: mt_events pkey_mt_events_seq_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_events
    ADD CONSTRAINT pkey_mt_events_seq_id PRIMARY KEY (seq_id);


--
-- Name: mt_high_water_skips pkey_mt_high_water_skips_ending_sequence; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_high_water_skips
    ADD CONSTRAINT pkey_mt_high_water_skips_ending_sequence PRIMARY KEY (ending_sequence);


--
-- Name: mt_streams pkey_mt_streams_tenant_id_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_streams
    ADD CONSTRAINT pkey_mt_streams_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: wolverine_agent_restrictions pkey_wolverine_agent_restrictions_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.wolverine_agent_restrictions
    ADD CONSTRAINT pkey_wolverine_agent_restrictions_id PRIMARY KEY (id);


--
-- Name: wolverine_control_queue pkey_wolverine_control_queue_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.wolverine_control_queue
    ADD CONSTRAINT pkey_wolverine_control_queue_id PRIMARY KEY (id);


--
-- Name: wolverine_dead_letter_history pkey_wolverine_dead_letter_history_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.wolverine_dead_letter_history
    ADD CONSTRAINT pkey_wolverine_dead_letter_history_id PRIMARY KEY (id);


--
-- Name: wolverine_dead_letters pkey_wolverine_dead_letters_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.wolverine_dead_letters
    ADD CONSTRAINT pkey_wolverine_dead_letters_id PRIMARY KEY (id);


--
-- Name: wolverine_incoming_envelopes pkey_wolverine_incoming_envelopes_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.wolverine_incoming_envelopes
    ADD CONSTRAINT pkey_wolverine_incoming_envelopes_id PRIMARY KEY (id);


--
-- Name: wolverine_node_assignments pkey_wolverine_node_assignments_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.wolverine_node_assignments
    ADD CONSTRAINT pkey_wolverine_node_assignments_id PRIMARY KEY (id);


--
-- Name: wolverine_node_records pkey_wolverine_node_records_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.wolverine_node_records
    ADD CONSTRAINT pkey_wolverine_node_records_id PRIMARY KEY (id);


--
-- Name: wolverine_nodes pkey_wolverine_nodes_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.wolverine_nodes
    ADD CONSTRAINT pkey_wolverine_nodes_id PRIMARY KEY (id);


--
-- Name: wolverine_outgoing_envelopes pkey_wolverine_outgoing_envelopes_id; Type: CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.wolverine_outgoing_envelopes
    ADD CONSTRAINT pkey_wolverine_outgoing_envelopes_id PRIMARY KEY (id);


--
-- Name: idx_wolverine_dead_letter_history_last_replayed_at; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX idx_wolverine_dead_letter_history_last_replayed_at ON ledger.wolverine_dead_letter_history USING btree (last_replayed_at);


--
-- Name: idx_wolverine_dead_letters_failure_group; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX idx_wolverine_dead_letters_failure_group ON ledger.wolverine_dead_letters USING btree (failure_group);


--
-- Name: idx_wolverine_dead_letters_replayable; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX idx_wolverine_dead_letters_replayable ON ledger.wolverine_dead_letters USING btree (replayable) WHERE (replayable = true);


--
-- Name: idx_wolverine_incoming_envelopes_keep_until; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_keep_until ON ledger.wolverine_incoming_envelopes USING btree (keep_until) WHERE ((status)::text = 'Handled'::text);


--
-- Name: idx_wolverine_incoming_envelopes_owner; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_owner ON ledger.wolverine_incoming_envelopes USING btree (owner_id) WHERE (owner_id <> 0);


--
-- Name: idx_wolverine_incoming_envelopes_recover; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_recover ON ledger.wolverine_incoming_envelopes USING btree (received_at) WHERE (((status)::text = 'Incoming'::text) AND (owner_id = 0));


--
-- Name: idx_wolverine_incoming_envelopes_scheduled; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_scheduled ON ledger.wolverine_incoming_envelopes USING btree (execution_time) WHERE ((status)::text = 'Scheduled'::text);


--
-- Name: idx_wolverine_outgoing_envelopes_owner; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX idx_wolverine_outgoing_envelopes_owner ON ledger.wolverine_outgoing_envelopes USING btree (owner_id) WHERE (owner_id <> 0);


--
-- Name: idx_wolverine_outgoing_envelopes_recover; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX idx_wolverine_outgoing_envelopes_recover ON ledger.wolverine_outgoing_envelopes USING btree (destination) WHERE (owner_id = 0);


--
-- Name: mt_doc_accessrecord_idx_at_unix_ms; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX mt_doc_accessrecord_idx_at_unix_ms ON ledger.mt_doc_accessrecord USING btree ((((data ->> 'atUnixMs'::text))::bigint));


--
-- Name: mt_doc_accessrecord_idx_case_reference; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX mt_doc_accessrecord_idx_case_reference ON ledger.mt_doc_accessrecord USING btree (((data ->> 'caseReference'::text)));


--
-- Name: mt_doc_accessrecord_idx_user; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX mt_doc_accessrecord_idx_user ON ledger.mt_doc_accessrecord USING btree (((data ->> 'user'::text)));


--
-- Name: mt_doc_personaltext_idx_case_reference; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX mt_doc_personaltext_idx_case_reference ON ledger.mt_doc_personaltext USING btree (((data ->> 'caseReference'::text)));


--
-- Name: mt_doc_personaltext_idx_referral_id; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX mt_doc_personaltext_idx_referral_id ON ledger.mt_doc_personaltext USING btree (((data ->> 'referralId'::text)));


--
-- Name: mt_doc_referral_idx_request_year; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX mt_doc_referral_idx_request_year ON ledger.mt_doc_referral USING btree ((((data ->> 'requestYear'::text))::integer));


--
-- Name: mt_doc_referral_idx_requested_at_unix_ms; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX mt_doc_referral_idx_requested_at_unix_ms ON ledger.mt_doc_referral USING btree ((((data ->> 'requestedAtUnixMs'::text))::bigint));


--
-- Name: mt_doc_referral_idx_status; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX mt_doc_referral_idx_status ON ledger.mt_doc_referral USING btree (((data ->> 'status'::text)));


--
-- Name: mt_doc_referral_idx_year; Type: INDEX; Schema: ledger; Owner: -
--

CREATE INDEX mt_doc_referral_idx_year ON ledger.mt_doc_referral USING btree ((((data ->> 'year'::text))::integer));


--
-- Name: pk_mt_events_stream_and_version; Type: INDEX; Schema: ledger; Owner: -
--

CREATE UNIQUE INDEX pk_mt_events_stream_and_version ON ledger.mt_events USING btree (tenant_id, stream_id, version);


--
-- Name: mt_events fkey_mt_events_stream_id_tenant_id; Type: FK CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.mt_events
    ADD CONSTRAINT fkey_mt_events_stream_id_tenant_id FOREIGN KEY (tenant_id, stream_id) REFERENCES ledger.mt_streams(tenant_id, id);


--
-- Name: wolverine_node_assignments fkey_wolverine_node_assignments_node_id; Type: FK CONSTRAINT; Schema: ledger; Owner: -
--

ALTER TABLE ONLY ledger.wolverine_node_assignments
    ADD CONSTRAINT fkey_wolverine_node_assignments_node_id FOREIGN KEY (node_id) REFERENCES ledger.wolverine_nodes(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


