--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

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
-- Name: audit_event_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_event_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$;


--
-- Name: today_bump(bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.today_bump(k bigint) RETURNS void
    LANGUAGE sql
    AS $$
        INSERT INTO today_change (client_id, stamp)
        SELECT COALESCE(k, 0), 1 + floor(random() * 2147483646)::bigint
        WHERE NOT EXISTS (SELECT 1 FROM today_change
                          WHERE client_id = COALESCE(k, 0) AND xmin = pg_current_xact_id()::xid)
    $$;


--
-- Name: today_row_changed(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.today_row_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    DECLARE
        old_key BIGINT;
        new_key BIGINT;
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            old_key := COALESCE((to_jsonb(OLD) ->> TG_ARGV[0])::bigint, 0);
            PERFORM today_bump(old_key);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            new_key := COALESCE((to_jsonb(NEW) ->> TG_ARGV[0])::bigint, 0);
            IF new_key IS DISTINCT FROM old_key THEN
                PERFORM today_bump(new_key);
            END IF;
        END IF;
        IF TG_TABLE_NAME = 'account' THEN
            IF (TG_OP <> 'INSERT' AND (to_jsonb(OLD) ->> 'role') <> 'client')
               OR (TG_OP <> 'DELETE' AND (to_jsonb(NEW) ->> 'role') <> 'client') THEN
                PERFORM today_bump(0);
            END IF;
        END IF;
        RETURN NULL;
    END $$;


--
-- Name: today_shared_changed(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.today_shared_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        PERFORM today_bump(0);
        RETURN NULL;
    END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account (
    id integer NOT NULL,
    email character varying(254) DEFAULT ''::character varying NOT NULL,
    display_name character varying(100) DEFAULT ''::character varying NOT NULL,
    role character varying(16) DEFAULT ''::character varying NOT NULL,
    password_hash character varying(255) DEFAULT ''::character varying NOT NULL,
    timezone character varying(64) DEFAULT 'America/Denver'::character varying NOT NULL,
    locale character varying(16) DEFAULT 'en-US'::character varying NOT NULL,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    password_changed_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: account_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.account_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: account_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.account_id_seq OWNED BY public.account.id;


--
-- Name: aftercare_plan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.aftercare_plan (
    id integer NOT NULL,
    client integer,
    weekly_target integer DEFAULT 0 NOT NULL,
    notes text DEFAULT ''::text NOT NULL,
    updated_by integer,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: aftercare_plan_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.aftercare_plan_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: aftercare_plan_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.aftercare_plan_id_seq OWNED BY public.aftercare_plan.id;


--
-- Name: assignment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assignment (
    id integer NOT NULL,
    title character varying(120) DEFAULT ''::character varying NOT NULL,
    instructions text DEFAULT ''::text NOT NULL,
    prompts text DEFAULT ''::text NOT NULL,
    template character varying(60) DEFAULT NULL::character varying,
    occurrence integer,
    track integer,
    client integer,
    assigned_by integer,
    assigned_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    due_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: assignment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.assignment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: assignment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.assignment_id_seq OWNED BY public.assignment.id;


--
-- Name: attendance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attendance (
    id integer NOT NULL,
    occurrence integer,
    client integer,
    status character varying(16) DEFAULT ''::character varying NOT NULL,
    minutes integer DEFAULT 0 NOT NULL,
    recorded_by integer,
    recorded_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: attendance_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.attendance_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: attendance_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.attendance_id_seq OWNED BY public.attendance.id;


--
-- Name: audit_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_event (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    actor integer,
    action character varying(64) DEFAULT ''::character varying NOT NULL,
    subject character varying(200) DEFAULT ''::character varying NOT NULL,
    patient integer,
    outcome character varying(16) DEFAULT ''::character varying NOT NULL,
    ip character varying(45) DEFAULT NULL::character varying
);


--
-- Name: audit_event_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_event_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_event_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_event_id_seq OWNED BY public.audit_event.id;


--
-- Name: auth_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_session (
    token_hash character varying(64) DEFAULT ''::character varying NOT NULL,
    account integer,
    created timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_seen timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    expires timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: calendar_feed; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_feed (
    id integer NOT NULL,
    client integer,
    token_hash character varying(64) DEFAULT NULL::character varying,
    discreet boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: calendar_feed_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.calendar_feed_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: calendar_feed_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.calendar_feed_id_seq OWNED BY public.calendar_feed.id;


--
-- Name: checkin; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.checkin (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    client integer,
    local_date date DEFAULT CURRENT_DATE NOT NULL,
    submitted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    mood integer DEFAULT 0 NOT NULL,
    craving integer DEFAULT 0 NOT NULL,
    used boolean DEFAULT false NOT NULL,
    substances text DEFAULT '[]'::text NOT NULL,
    medication character varying(16) DEFAULT ''::character varying NOT NULL,
    sleep_hours real DEFAULT 0.0 NOT NULL,
    triggers text DEFAULT '[]'::text NOT NULL,
    helped text DEFAULT ''::text NOT NULL,
    safety_concern boolean DEFAULT false NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    risk character varying(8) DEFAULT ''::character varying NOT NULL,
    risk_rank integer DEFAULT 0 NOT NULL,
    body_hash character varying(64) DEFAULT ''::character varying NOT NULL,
    reviewed_by integer,
    reviewed_at timestamp with time zone,
    counselor_note text DEFAULT ''::text NOT NULL
);


--
-- Name: checkin_policy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.checkin_policy (
    id integer NOT NULL,
    program integer,
    urgent_on_safety boolean DEFAULT true NOT NULL,
    high_on_use boolean DEFAULT true NOT NULL,
    high_craving_at integer DEFAULT 8 NOT NULL,
    missed_days integer DEFAULT 2 NOT NULL
);


--
-- Name: checkin_policy_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.checkin_policy_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: checkin_policy_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.checkin_policy_id_seq OWNED BY public.checkin_policy.id;


--
-- Name: client_profile; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_profile (
    id integer NOT NULL,
    account integer,
    primary_counselor integer,
    sobriety_date date,
    coping_plan text DEFAULT ''::text NOT NULL
);


--
-- Name: client_profile_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.client_profile_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: client_profile_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.client_profile_id_seq OWNED BY public.client_profile.id;


--
-- Name: drug_test; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.drug_test (
    id integer NOT NULL,
    client integer,
    track integer,
    kind character varying(12) DEFAULT ''::character varying NOT NULL,
    local_date date DEFAULT CURRENT_DATE NOT NULL,
    window_start_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    window_end_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    status character varying(12) DEFAULT 'selected'::character varying NOT NULL,
    result character varying(12) DEFAULT NULL::character varying,
    substances text DEFAULT '[]'::text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    created_by integer,
    recorded_by integer,
    recorded_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: drug_test_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.drug_test_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: drug_test_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.drug_test_id_seq OWNED BY public.drug_test.id;


--
-- Name: enrollment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.enrollment (
    id integer NOT NULL,
    client integer,
    track integer,
    program integer,
    starts_on date DEFAULT CURRENT_DATE NOT NULL,
    ends_on date,
    status character varying(16) DEFAULT 'active'::character varying NOT NULL
);


--
-- Name: enrollment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.enrollment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: enrollment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.enrollment_id_seq OWNED BY public.enrollment.id;


--
-- Name: login_throttle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_throttle (
    key character varying(80) DEFAULT ''::character varying NOT NULL,
    failures integer DEFAULT 0 NOT NULL,
    last_failure timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    blocked_until timestamp with time zone
);


--
-- Name: meeting_directory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_directory (
    id integer NOT NULL,
    slug character varying(200) DEFAULT ''::character varying NOT NULL,
    day integer DEFAULT 0 NOT NULL,
    "time" character varying(5) DEFAULT ''::character varying NOT NULL,
    minute integer DEFAULT 0 NOT NULL,
    end_time character varying(5) DEFAULT ''::character varying NOT NULL,
    name character varying(200) DEFAULT ''::character varying NOT NULL,
    types text DEFAULT '[]'::text NOT NULL,
    format character varying(16) DEFAULT ''::character varying NOT NULL,
    location character varying(200) DEFAULT ''::character varying NOT NULL,
    address character varying(300) DEFAULT ''::character varying NOT NULL,
    city character varying(100) DEFAULT ''::character varying NOT NULL,
    conference_url character varying(500) DEFAULT ''::character varying NOT NULL,
    timezone character varying(64) DEFAULT ''::character varying NOT NULL,
    fellowship character varying(16) DEFAULT ''::character varying NOT NULL,
    search text DEFAULT ''::text NOT NULL,
    content_hash character varying(64) DEFAULT ''::character varying NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: meeting_directory_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.meeting_directory_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: meeting_directory_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.meeting_directory_id_seq OWNED BY public.meeting_directory.id;


--
-- Name: meeting_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_log (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    client integer,
    fellowship character varying(16) DEFAULT ''::character varying NOT NULL,
    name character varying(200) DEFAULT ''::character varying NOT NULL,
    attended_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    format character varying(16) DEFAULT ''::character varying NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    directory integer,
    body_hash character varying(64) DEFAULT ''::character varying NOT NULL,
    logged_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    verified_by integer,
    verified_at timestamp with time zone
);


--
-- Name: migration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.migration (
    id integer NOT NULL,
    name character varying(200) DEFAULT ''::character varying NOT NULL,
    app_name character varying(200) DEFAULT ''::character varying NOT NULL,
    ran_on timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: migration_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.migration_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: migration_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.migration_id_seq OWNED BY public.migration.id;


--
-- Name: notification; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notification (
    id integer NOT NULL,
    account integer,
    kind character varying(16) DEFAULT ''::character varying NOT NULL,
    subject character varying(80) DEFAULT ''::character varying NOT NULL,
    due_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    event_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    detail character varying(200) DEFAULT ''::character varying NOT NULL,
    url character varying(100) DEFAULT '/#/today'::character varying NOT NULL,
    expires_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    urgency character varying(8) DEFAULT 'normal'::character varying NOT NULL,
    status character varying(12) DEFAULT 'pending'::character varying NOT NULL,
    next_attempt_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    claim_token character varying(32) DEFAULT NULL::character varying,
    lease_until timestamp with time zone,
    attempts integer DEFAULT 0 NOT NULL,
    last_error character varying(200) DEFAULT ''::character varying NOT NULL,
    sent_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: notification_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.notification_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notification_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.notification_id_seq OWNED BY public.notification.id;


--
-- Name: notification_pref; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notification_pref (
    id integer NOT NULL,
    account integer,
    session_leads text DEFAULT '[1440, 60]'::text NOT NULL,
    checkin_time character varying(5) DEFAULT '20:00'::character varying NOT NULL,
    quiet_start character varying(5) DEFAULT '22:00'::character varying NOT NULL,
    quiet_end character varying(5) DEFAULT '07:00'::character varying NOT NULL,
    discreet boolean DEFAULT true NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: notification_pref_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.notification_pref_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notification_pref_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.notification_pref_id_seq OWNED BY public.notification_pref.id;


--
-- Name: program; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.program (
    id integer NOT NULL,
    name character varying(100) DEFAULT ''::character varying NOT NULL,
    timezone character varying(64) DEFAULT ''::character varying NOT NULL,
    min_weekly_hours real DEFAULT 9.0 NOT NULL,
    phone character varying(32) DEFAULT ''::character varying NOT NULL
);


--
-- Name: program_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.program_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: program_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.program_id_seq OWNED BY public.program.id;


--
-- Name: push_subscription; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.push_subscription (
    id integer NOT NULL,
    account integer,
    endpoint character varying(1000) DEFAULT ''::character varying NOT NULL,
    p256dh character varying(200) DEFAULT ''::character varying NOT NULL,
    auth character varying(100) DEFAULT ''::character varying NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_success_at timestamp with time zone,
    failures integer DEFAULT 0 NOT NULL,
    last_error character varying(200) DEFAULT ''::character varying NOT NULL
);


--
-- Name: push_subscription_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.push_subscription_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: push_subscription_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.push_subscription_id_seq OWNED BY public.push_subscription.id;


--
-- Name: random_test_policy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.random_test_policy (
    id integer NOT NULL,
    track integer,
    tests_per_week real DEFAULT 0.0 NOT NULL,
    selection_time character varying(5) DEFAULT '06:00'::character varying NOT NULL,
    window_start character varying(5) DEFAULT '08:00'::character varying NOT NULL,
    window_end character varying(5) DEFAULT '17:00'::character varying NOT NULL,
    days character varying(20) DEFAULT 'MO,TU,WE,TH,FR'::character varying NOT NULL,
    active boolean DEFAULT true NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: random_test_policy_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.random_test_policy_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: random_test_policy_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.random_test_policy_id_seq OWNED BY public.random_test_policy.id;


--
-- Name: session_occurrence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.session_occurrence (
    id integer NOT NULL,
    series integer,
    track integer,
    client integer,
    original_start timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    starts_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    ends_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    status character varying(16) DEFAULT 'scheduled'::character varying NOT NULL,
    detached boolean DEFAULT false NOT NULL,
    location character varying(200) DEFAULT NULL::character varying,
    sequence integer DEFAULT 0 NOT NULL
);


--
-- Name: session_occurrence_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.session_occurrence_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: session_occurrence_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.session_occurrence_id_seq OWNED BY public.session_occurrence.id;


--
-- Name: session_series; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.session_series (
    id integer NOT NULL,
    program integer,
    track integer,
    client integer,
    kind character varying(16) DEFAULT ''::character varying NOT NULL,
    title character varying(100) DEFAULT ''::character varying NOT NULL,
    rrule text DEFAULT ''::text NOT NULL,
    local_start timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    duration_minutes integer DEFAULT 0 NOT NULL,
    location character varying(200) DEFAULT ''::character varying NOT NULL,
    video_url character varying(500) DEFAULT ''::character varying NOT NULL,
    facilitator integer,
    ended boolean DEFAULT false NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: session_series_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.session_series_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: session_series_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.session_series_id_seq OWNED BY public.session_series.id;


--
-- Name: submission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.submission (
    id integer NOT NULL,
    assignment integer,
    client integer,
    status character varying(12) DEFAULT 'assigned'::character varying NOT NULL,
    answers text DEFAULT '{}'::text NOT NULL,
    draft_saved_at timestamp with time zone,
    submitted_at timestamp with time zone,
    revision integer DEFAULT 0 NOT NULL,
    feedback text DEFAULT ''::text NOT NULL,
    reviewed_by integer,
    reviewed_at timestamp with time zone,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: submission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.submission_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: submission_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.submission_id_seq OWNED BY public.submission.id;


--
-- Name: test_selection_run; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.test_selection_run (
    id integer NOT NULL,
    track integer,
    local_date date DEFAULT CURRENT_DATE NOT NULL,
    ran_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    eligible integer DEFAULT 0 NOT NULL,
    selected integer DEFAULT 0 NOT NULL,
    skipped boolean DEFAULT false NOT NULL
);


--
-- Name: test_selection_run_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.test_selection_run_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: test_selection_run_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.test_selection_run_id_seq OWNED BY public.test_selection_run.id;


--
-- Name: today_change; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.today_change (
    client_id bigint NOT NULL,
    stamp bigint NOT NULL
);


--
-- Name: track; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.track (
    id integer NOT NULL,
    program integer,
    name character varying(100) DEFAULT ''::character varying NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: track_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.track_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: track_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.track_id_seq OWNED BY public.track.id;


--
-- Name: worksheet_template; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.worksheet_template (
    id integer NOT NULL,
    owner integer,
    title character varying(120) DEFAULT ''::character varying NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    prompts text DEFAULT ''::text NOT NULL,
    archived boolean DEFAULT false NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: worksheet_template_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.worksheet_template_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: worksheet_template_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.worksheet_template_id_seq OWNED BY public.worksheet_template.id;


--
-- Name: account id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account ALTER COLUMN id SET DEFAULT nextval('public.account_id_seq'::regclass);


--
-- Name: aftercare_plan id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare_plan ALTER COLUMN id SET DEFAULT nextval('public.aftercare_plan_id_seq'::regclass);


--
-- Name: assignment id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignment ALTER COLUMN id SET DEFAULT nextval('public.assignment_id_seq'::regclass);


--
-- Name: attendance id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance ALTER COLUMN id SET DEFAULT nextval('public.attendance_id_seq'::regclass);


--
-- Name: audit_event id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_event ALTER COLUMN id SET DEFAULT nextval('public.audit_event_id_seq'::regclass);


--
-- Name: calendar_feed id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feed ALTER COLUMN id SET DEFAULT nextval('public.calendar_feed_id_seq'::regclass);


--
-- Name: checkin_policy id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkin_policy ALTER COLUMN id SET DEFAULT nextval('public.checkin_policy_id_seq'::regclass);


--
-- Name: client_profile id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_profile ALTER COLUMN id SET DEFAULT nextval('public.client_profile_id_seq'::regclass);


--
-- Name: drug_test id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.drug_test ALTER COLUMN id SET DEFAULT nextval('public.drug_test_id_seq'::regclass);


--
-- Name: enrollment id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.enrollment ALTER COLUMN id SET DEFAULT nextval('public.enrollment_id_seq'::regclass);


--
-- Name: meeting_directory id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_directory ALTER COLUMN id SET DEFAULT nextval('public.meeting_directory_id_seq'::regclass);


--
-- Name: migration id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.migration ALTER COLUMN id SET DEFAULT nextval('public.migration_id_seq'::regclass);


--
-- Name: notification id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification ALTER COLUMN id SET DEFAULT nextval('public.notification_id_seq'::regclass);


--
-- Name: notification_pref id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_pref ALTER COLUMN id SET DEFAULT nextval('public.notification_pref_id_seq'::regclass);


--
-- Name: program id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.program ALTER COLUMN id SET DEFAULT nextval('public.program_id_seq'::regclass);


--
-- Name: push_subscription id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_subscription ALTER COLUMN id SET DEFAULT nextval('public.push_subscription_id_seq'::regclass);


--
-- Name: random_test_policy id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.random_test_policy ALTER COLUMN id SET DEFAULT nextval('public.random_test_policy_id_seq'::regclass);


--
-- Name: session_occurrence id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_occurrence ALTER COLUMN id SET DEFAULT nextval('public.session_occurrence_id_seq'::regclass);


--
-- Name: session_series id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_series ALTER COLUMN id SET DEFAULT nextval('public.session_series_id_seq'::regclass);


--
-- Name: submission id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.submission ALTER COLUMN id SET DEFAULT nextval('public.submission_id_seq'::regclass);


--
-- Name: test_selection_run id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.test_selection_run ALTER COLUMN id SET DEFAULT nextval('public.test_selection_run_id_seq'::regclass);


--
-- Name: track id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.track ALTER COLUMN id SET DEFAULT nextval('public.track_id_seq'::regclass);


--
-- Name: worksheet_template id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.worksheet_template ALTER COLUMN id SET DEFAULT nextval('public.worksheet_template_id_seq'::regclass);


--
-- Data for Name: account; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (1, 'admin@demo.example', 'Alex Morgan', 'admin', '$argon2id$v=19$m=19456,t=2,p=1$gKswTUb9EiFoJU8TV/JeoQ$eHTifocMn7gM2J38w40nNTrevnQfD5kfgf66m84ImBg', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (2, 'counselor@demo.example', 'Dana Reyes', 'counselor', '$argon2id$v=19$m=19456,t=2,p=1$qi74HtMndHlYgUXm3wldVA$sBuWGPuLsSuJObwJV0v5YtIVEGm76/7aJmAijjg67Bc', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (3, 'counselor2@demo.example', 'Sam Okafor', 'counselor', '$argon2id$v=19$m=19456,t=2,p=1$R6zH6ZYDh90F0a/+D0qeNA$aT78dmqh7IXUiQTYiZNt7GEulZKBKf4ZA6XD96OtkJA', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (4, 'client1@demo.example', 'Jordan Lee', 'client', '$argon2id$v=19$m=19456,t=2,p=1$P7S3bgsXYh1cW7pa0aJlSQ$yTGu7QHnkYK6dek/fR56D6FrtPBZjR6IrpRebH4fppU', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (5, 'client2@demo.example', 'Maria Garcia', 'client', '$argon2id$v=19$m=19456,t=2,p=1$nqL+ByJ4TsO24yoblC22Hg$nQl0SCTGsaj3yliurgQW3gZX4WPwu/tMhiwjnsiidC0', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (6, 'client3@demo.example', 'Chris Walker', 'client', '$argon2id$v=19$m=19456,t=2,p=1$LhQTBM2JIVc3o+t7aHXXEw$8Ik6B8eAaRI6CntWgW3PmAhmuvxzkHYICxMnOzQWBqI', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (7, 'client4@demo.example', 'Aisha Khan', 'client', '$argon2id$v=19$m=19456,t=2,p=1$S71MGQ+BhPBeRqP9tl0cZg$p7qQ0KtMFtoYMwXfzreuGqW6uahA3xKRSC2oF2nNw7c', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (8, 'client5@demo.example', 'Tyler Brooks', 'client', '$argon2id$v=19$m=19456,t=2,p=1$cx2bROF/gzcrYhTpfPC5aw$OtIt2m7k554p6AEEDTsTyZ87iZ+DI1s63BddwtgWr04', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (9, 'client6@demo.example', 'Nina Petrov', 'client', '$argon2id$v=19$m=19456,t=2,p=1$DSTTtnQXaAlq0fP2l92/lQ$i7L/E35rmA6gC9Pujtrp/pYKng12RRQNNSeBSPGJWeg', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (10, 'client7@demo.example', 'Marcus Hill', 'client', '$argon2id$v=19$m=19456,t=2,p=1$gXDWbciSjkZ2hjXiNrEExA$lPuFaZ+vnk9CvT223S+FyHJEyfiXO3OYfiBJzIR0PV4', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (11, 'client8@demo.example', 'Emily Chen', 'client', '$argon2id$v=19$m=19456,t=2,p=1$MzR029BWGm3ffvlY2MQHOg$n4GnYI4jFncfSBBkN2+Ff9T4+U73hpHTfbsX7apWyso', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (12, 'client9@demo.example', 'Luis Romero', 'client', '$argon2id$v=19$m=19456,t=2,p=1$EahM1IIGvAOjXWspVJA7jw$UojDIKbP5Ex6LukUDAvL0wN0Z7nf6ZkQzlUfO9f7NUQ', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.account (id, email, display_name, role, password_hash, timezone, locale, active, created_at, password_changed_at) VALUES (13, 'client10@demo.example', 'Hannah Price', 'client', '$argon2id$v=19$m=19456,t=2,p=1$Z9odL23fuYhdiesbO+UVWA$R6QVCKgbiufAsS0Ug33n1niRoTHao6PQwe8qyWHXv8E', 'America/Denver', 'en-US', true, '2026-12-07 00:13:06.515504+00', '2026-12-07 00:13:06.515504+00');


--
-- Data for Name: aftercare_plan; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.aftercare_plan (id, client, weekly_target, notes, updated_by, updated_at) VALUES (1, 4, 3, 'Sponsor: call weekly. Home group: Tuesday Night Steps. Continue individual therapy every other week.', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.aftercare_plan (id, client, weekly_target, notes, updated_by, updated_at) VALUES (2, 5, 3, 'Sponsor: call weekly. Home group: Tuesday Night Steps. Continue individual therapy every other week.', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.aftercare_plan (id, client, weekly_target, notes, updated_by, updated_at) VALUES (3, 6, 3, 'Sponsor: call weekly. Home group: Tuesday Night Steps. Continue individual therapy every other week.', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.aftercare_plan (id, client, weekly_target, notes, updated_by, updated_at) VALUES (4, 7, 3, 'Sponsor: call weekly. Home group: Tuesday Night Steps. Continue individual therapy every other week.', 2, '2026-12-07 00:13:06.515504+00');


--
-- Data for Name: assignment; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assignment (id, title, instructions, prompts, template, occurrence, track, client, assigned_by, assigned_at, due_at) VALUES (1, 'Decisional balance', 'Bring it to the next group.', '[{"key":"using-good","kind":"list","label":"Good things about using","help":"","required":true,"options":[],"low":0,"high":10,"low_label":"","high_label":""},{"key":"using-bad","kind":"list","label":"Not-so-good things about using","help":"","required":true,"options":[],"low":0,"high":10,"low_label":"","high_label":""},{"key":"change-good","kind":"list","label":"Good things about changing","help":"","required":true,"options":[],"low":0,"high":10,"low_label":"","high_label":""},{"key":"change-bad","kind":"list","label":"Hard things about changing","help":"","required":true,"options":[],"low":0,"high":10,"low_label":"","high_label":""},{"key":"importance","kind":"scale","label":"How important is changing to you right now?","help":"","required":true,"options":[],"low":0,"high":10,"low_label":"Not important","high_label":"Most important"},{"key":"takeaway","kind":"text","label":"Looking at all four boxes, what stands out?","help":"","required":true,"options":[],"low":0,"high":10,"low_label":"","high_label":""}]', 'starter-decisional-balance', 10, 1, NULL, 2, '2026-12-01 01:00:00+00', '2026-12-03 01:00:00+00');
INSERT INTO public.assignment (id, title, instructions, prompts, template, occurrence, track, client, assigned_by, assigned_at, due_at) VALUES (2, 'HALT check', 'Bring it to the next group.', '[{"key":"hungry","kind":"scale","label":"Hungry","help":"","required":true,"options":[],"low":0,"high":5,"low_label":"Not at all","high_label":"Very"},{"key":"angry","kind":"scale","label":"Angry","help":"","required":true,"options":[],"low":0,"high":5,"low_label":"Not at all","high_label":"Very"},{"key":"lonely","kind":"scale","label":"Lonely","help":"","required":true,"options":[],"low":0,"high":5,"low_label":"Not at all","high_label":"Very"},{"key":"tired","kind":"scale","label":"Tired","help":"","required":true,"options":[],"low":0,"high":5,"low_label":"Not at all","high_label":"Very"},{"key":"care","kind":"text","label":"What can I do in the next hour to take care of the highest one?","help":"","required":true,"options":[],"low":0,"high":10,"low_label":"","high_label":""},{"key":"notes","kind":"text","label":"Anything else I noticed","help":"","required":false,"options":[],"low":0,"high":10,"low_label":"","high_label":""}]', 'starter-halt-check', NULL, 2, NULL, 3, '2026-12-06 00:13:06.515504+00', '2026-12-09 00:13:06.515504+00');


--
-- Data for Name: attendance; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (1, 12, 4, 'present', 180, 2, '2026-12-04 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (2, 11, 4, 'present', 180, 2, '2026-12-03 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (3, 10, 4, 'present', 180, 2, '2026-12-01 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (4, 9, 4, 'late', 150, 2, '2026-11-27 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (5, 8, 4, 'present', 180, 2, '2026-11-26 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (6, 7, 4, 'present', 180, 2, '2026-11-24 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (7, 6, 4, 'present', 180, 2, '2026-11-20 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (8, 5, 4, 'present', 180, 2, '2026-11-19 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (9, 4, 4, 'late', 150, 2, '2026-11-17 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (10, 3, 4, 'present', 180, 2, '2026-11-13 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (11, 2, 4, 'present', 180, 2, '2026-11-12 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (12, 1, 4, 'present', 180, 2, '2026-11-10 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (13, 131, 4, 'present', 60, 2, '2026-12-01 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (14, 130, 4, 'present', 60, 2, '2026-11-24 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (15, 129, 4, 'present', 60, 2, '2026-11-17 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (16, 128, 4, 'present', 60, 2, '2026-11-10 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (17, 12, 5, 'present', 180, 2, '2026-12-04 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (18, 11, 5, 'late', 150, 2, '2026-12-03 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (19, 10, 5, 'present', 180, 2, '2026-12-01 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (20, 9, 5, 'late', 150, 2, '2026-11-27 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (21, 8, 5, 'present', 180, 2, '2026-11-26 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (22, 7, 5, 'present', 180, 2, '2026-11-24 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (23, 6, 5, 'present', 180, 2, '2026-11-20 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (24, 5, 5, 'present', 180, 2, '2026-11-19 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (25, 4, 5, 'absent', 0, 2, '2026-11-17 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (26, 3, 5, 'excused', 0, 2, '2026-11-13 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (27, 2, 5, 'late', 150, 2, '2026-11-12 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (28, 1, 5, 'absent', 0, 2, '2026-11-10 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (29, 152, 5, 'present', 60, 2, '2026-12-02 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (30, 151, 5, 'present', 60, 2, '2026-11-25 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (31, 150, 5, 'present', 60, 2, '2026-11-18 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (32, 149, 5, 'present', 60, 2, '2026-11-11 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (33, 12, 6, 'present', 180, 2, '2026-12-04 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (34, 11, 6, 'present', 180, 2, '2026-12-03 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (35, 10, 6, 'late', 150, 2, '2026-12-01 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (36, 9, 6, 'present', 180, 2, '2026-11-27 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (37, 8, 6, 'present', 180, 2, '2026-11-26 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (38, 7, 6, 'present', 180, 2, '2026-11-24 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (39, 6, 6, 'present', 180, 2, '2026-11-20 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (40, 5, 6, 'present', 180, 2, '2026-11-19 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (41, 4, 6, 'present', 180, 2, '2026-11-17 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (42, 3, 6, 'present', 180, 2, '2026-11-13 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (43, 2, 6, 'present', 180, 2, '2026-11-12 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (44, 1, 6, 'present', 180, 2, '2026-11-10 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (45, 173, 6, 'present', 60, 2, '2026-12-03 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (46, 172, 6, 'present', 60, 2, '2026-11-26 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (47, 171, 6, 'present', 60, 2, '2026-11-19 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (48, 170, 6, 'present', 60, 2, '2026-11-12 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (49, 12, 7, 'present', 180, 2, '2026-12-04 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (50, 11, 7, 'excused', 0, 2, '2026-12-03 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (51, 10, 7, 'present', 180, 2, '2026-12-01 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (52, 9, 7, 'present', 180, 2, '2026-11-27 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (53, 8, 7, 'excused', 0, 2, '2026-11-26 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (54, 7, 7, 'present', 180, 2, '2026-11-24 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (55, 6, 7, 'present', 180, 2, '2026-11-20 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (56, 5, 7, 'present', 180, 2, '2026-11-19 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (57, 4, 7, 'present', 180, 2, '2026-11-17 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (58, 3, 7, 'present', 180, 2, '2026-11-13 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (59, 2, 7, 'present', 180, 2, '2026-11-12 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (60, 1, 7, 'present', 180, 2, '2026-11-10 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (61, 195, 7, 'excused', 0, 2, '2026-12-04 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (62, 194, 7, 'present', 60, 2, '2026-11-27 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (63, 193, 7, 'present', 60, 2, '2026-11-20 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (64, 192, 7, 'present', 60, 2, '2026-11-13 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (65, 12, 8, 'present', 180, 2, '2026-12-04 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (66, 11, 8, 'present', 180, 2, '2026-12-03 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (67, 10, 8, 'excused', 0, 2, '2026-12-01 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (68, 9, 8, 'present', 180, 2, '2026-11-27 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (69, 8, 8, 'present', 180, 2, '2026-11-26 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (70, 7, 8, 'present', 180, 2, '2026-11-24 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (71, 6, 8, 'excused', 0, 2, '2026-11-20 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (72, 5, 8, 'absent', 0, 2, '2026-11-19 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (73, 4, 8, 'present', 180, 2, '2026-11-17 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (74, 3, 8, 'present', 180, 2, '2026-11-13 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (75, 2, 8, 'present', 180, 2, '2026-11-12 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (76, 1, 8, 'present', 180, 2, '2026-11-10 04:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (77, 216, 8, 'late', 30, 2, '2026-11-30 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (78, 215, 8, 'present', 60, 2, '2026-11-23 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (79, 214, 8, 'present', 60, 2, '2026-11-16 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (80, 213, 8, 'excused', 0, 2, '2026-11-09 23:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (81, 76, 9, 'present', 180, 3, '2026-12-04 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (82, 75, 9, 'present', 180, 3, '2026-12-03 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (83, 74, 9, 'present', 180, 3, '2026-12-01 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (84, 73, 9, 'present', 180, 3, '2026-11-27 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (85, 72, 9, 'present', 180, 3, '2026-11-26 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (86, 71, 9, 'present', 180, 3, '2026-11-24 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (87, 70, 9, 'present', 180, 3, '2026-11-20 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (88, 69, 9, 'present', 180, 3, '2026-11-19 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (89, 68, 9, 'present', 180, 3, '2026-11-17 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (90, 67, 9, 'excused', 0, 3, '2026-11-13 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (91, 66, 9, 'present', 180, 3, '2026-11-12 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (92, 65, 9, 'present', 180, 3, '2026-11-10 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (93, 238, 9, 'present', 60, 3, '2026-12-01 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (94, 237, 9, 'late', 30, 3, '2026-11-24 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (95, 236, 9, 'late', 30, 3, '2026-11-17 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (96, 235, 9, 'present', 60, 3, '2026-11-10 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (97, 76, 10, 'excused', 0, 3, '2026-12-04 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (98, 75, 10, 'late', 150, 3, '2026-12-03 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (99, 74, 10, 'present', 180, 3, '2026-12-01 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (100, 73, 10, 'excused', 0, 3, '2026-11-27 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (101, 72, 10, 'present', 180, 3, '2026-11-26 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (102, 71, 10, 'present', 180, 3, '2026-11-24 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (103, 70, 10, 'late', 150, 3, '2026-11-20 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (104, 69, 10, 'present', 180, 3, '2026-11-19 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (105, 68, 10, 'present', 180, 3, '2026-11-17 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (106, 67, 10, 'absent', 0, 3, '2026-11-13 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (107, 66, 10, 'absent', 0, 3, '2026-11-12 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (108, 65, 10, 'late', 150, 3, '2026-11-10 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (109, 260, 10, 'present', 60, 3, '2026-12-02 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (110, 259, 10, 'present', 60, 3, '2026-11-25 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (111, 258, 10, 'present', 60, 3, '2026-11-18 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (112, 257, 10, 'present', 60, 3, '2026-11-11 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (113, 76, 11, 'present', 180, 3, '2026-12-04 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (114, 75, 11, 'present', 180, 3, '2026-12-03 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (115, 74, 11, 'present', 180, 3, '2026-12-01 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (116, 73, 11, 'present', 180, 3, '2026-11-27 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (117, 72, 11, 'present', 180, 3, '2026-11-26 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (118, 71, 11, 'present', 180, 3, '2026-11-24 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (119, 70, 11, 'present', 180, 3, '2026-11-20 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (120, 69, 11, 'absent', 0, 3, '2026-11-19 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (121, 68, 11, 'present', 180, 3, '2026-11-17 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (122, 67, 11, 'late', 150, 3, '2026-11-13 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (123, 66, 11, 'present', 180, 3, '2026-11-12 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (124, 65, 11, 'present', 180, 3, '2026-11-10 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (125, 281, 11, 'present', 60, 3, '2026-12-03 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (126, 280, 11, 'absent', 0, 3, '2026-11-26 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (127, 279, 11, 'present', 60, 3, '2026-11-19 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (128, 278, 11, 'present', 60, 3, '2026-11-12 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (129, 76, 12, 'present', 180, 3, '2026-12-04 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (130, 75, 12, 'present', 180, 3, '2026-12-03 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (131, 74, 12, 'present', 180, 3, '2026-12-01 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (132, 73, 12, 'present', 180, 3, '2026-11-27 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (133, 72, 12, 'absent', 0, 3, '2026-11-26 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (134, 71, 12, 'present', 180, 3, '2026-11-24 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (135, 70, 12, 'present', 180, 3, '2026-11-20 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (136, 69, 12, 'present', 180, 3, '2026-11-19 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (137, 68, 12, 'present', 180, 3, '2026-11-17 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (138, 67, 12, 'present', 180, 3, '2026-11-13 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (139, 66, 12, 'absent', 0, 3, '2026-11-12 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (140, 65, 12, 'late', 150, 3, '2026-11-10 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (141, 302, 12, 'present', 60, 3, '2026-12-04 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (142, 301, 12, 'present', 60, 3, '2026-11-27 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (143, 300, 12, 'present', 60, 3, '2026-11-20 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (144, 299, 12, 'absent', 0, 3, '2026-11-13 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (145, 76, 13, 'late', 150, 3, '2026-12-04 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (146, 75, 13, 'excused', 0, 3, '2026-12-03 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (147, 74, 13, 'present', 180, 3, '2026-12-01 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (148, 73, 13, 'present', 180, 3, '2026-11-27 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (149, 72, 13, 'late', 150, 3, '2026-11-26 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (150, 71, 13, 'present', 180, 3, '2026-11-24 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (151, 70, 13, 'present', 180, 3, '2026-11-20 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (152, 69, 13, 'present', 180, 3, '2026-11-19 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (153, 68, 13, 'present', 180, 3, '2026-11-17 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (154, 67, 13, 'excused', 0, 3, '2026-11-13 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (155, 66, 13, 'present', 180, 3, '2026-11-12 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (156, 65, 13, 'present', 180, 3, '2026-11-10 19:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (157, 324, 13, 'present', 60, 3, '2026-11-30 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (158, 323, 13, 'present', 60, 3, '2026-11-23 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (159, 322, 13, 'present', 60, 3, '2026-11-16 21:00:00+00');
INSERT INTO public.attendance (id, occurrence, client, status, minutes, recorded_by, recorded_at) VALUES (160, 321, 13, 'present', 60, 3, '2026-11-09 21:00:00+00');


--
-- Data for Name: audit_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (1, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:1', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (2, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:2', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (3, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:3', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (4, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:4', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (5, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:5', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (6, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:6', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (7, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:7', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (8, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:8', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (9, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:9', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (10, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:10', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (11, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:11', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (12, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:12', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (13, '2026-12-07 00:13:06.515504+00', NULL, 'account.created', 'account:13', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (14, '2026-12-07 00:13:07.079476+00', NULL, 'program.created', 'program:1', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (15, '2026-12-07 00:13:07.082588+00', NULL, 'track.created', 'track:1', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (16, '2026-12-07 00:13:07.084003+00', NULL, 'track.created', 'track:2', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (17, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:1', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (18, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:2', NULL, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (19, '2026-12-07 00:13:07.150472+00', NULL, 'enrollment.created', 'enrollment:1', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (20, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:3', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (21, '2026-12-07 00:13:07.165138+00', NULL, 'enrollment.created', 'enrollment:2', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (22, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:4', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (23, '2026-12-07 00:13:07.180018+00', NULL, 'enrollment.created', 'enrollment:3', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (24, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:5', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (25, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:6', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (26, '2026-12-07 00:13:07.201197+00', NULL, 'enrollment.created', 'enrollment:4', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (27, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:7', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (28, '2026-12-07 00:13:07.230564+00', NULL, 'enrollment.created', 'enrollment:5', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (29, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:8', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (30, '2026-12-07 00:13:07.25585+00', NULL, 'enrollment.created', 'enrollment:6', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (31, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:9', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (32, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:10', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (33, '2026-12-07 00:13:07.28676+00', NULL, 'enrollment.created', 'enrollment:7', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (34, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:11', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (35, '2026-12-07 00:13:07.306807+00', NULL, 'enrollment.created', 'enrollment:8', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (36, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:12', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (37, '2026-12-07 00:13:07.327056+00', NULL, 'enrollment.created', 'enrollment:9', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (38, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:13', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (39, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:14', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (40, '2026-12-07 00:13:07.354054+00', NULL, 'enrollment.created', 'enrollment:10', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (41, '2026-12-07 00:13:06.515504+00', NULL, 'series.created', 'series:15', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (42, '2026-11-16 03:06:00+00', 4, 'checkin.submitted', 'checkin:11072231-1710-4f53-a7ac-435a7a97c643', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (43, '2026-11-17 03:23:00+00', 4, 'checkin.submitted', 'checkin:43000de0-1b2e-440e-93ad-dccb2c33be0a', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (44, '2026-11-18 03:40:00+00', 4, 'checkin.submitted', 'checkin:e14b0190-d939-46e1-9aca-3c06f5ff0c03', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (45, '2026-11-19 03:30:00+00', 4, 'checkin.submitted', 'checkin:dd905ecf-d160-45d0-af41-2ed6f1cfd992', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (46, '2026-11-20 03:38:00+00', 4, 'checkin.submitted', 'checkin:4e1bcb38-3bb4-4570-a94c-4ea3738d243a', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (47, '2026-11-21 03:41:00+00', 4, 'checkin.submitted', 'checkin:ac7cc4a4-ff4d-4b10-a522-d53857c49391', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (48, '2026-11-22 03:27:00+00', 4, 'checkin.submitted', 'checkin:32decd6b-8efb-4170-a26a-25c852175b7a', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (49, '2026-11-23 03:39:00+00', 4, 'checkin.submitted', 'checkin:2d733dcd-ef40-4f2e-94c0-ce681f44ebd1', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (50, '2026-11-24 03:18:00+00', 4, 'checkin.submitted', 'checkin:52a3b181-04a7-4007-93be-4721f5b9e1f5', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (51, '2026-11-25 03:12:00+00', 4, 'checkin.submitted', 'checkin:61b2ceba-4003-4ad6-a2ed-93874ac034cf', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (52, '2026-11-27 03:50:00+00', 4, 'checkin.submitted', 'checkin:18dbb0c1-924a-4cbe-8a53-583bff478895', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (53, '2026-11-29 03:38:00+00', 4, 'checkin.submitted', 'checkin:8bd5bb71-0a77-4c0c-9b44-baf5264ed787', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (54, '2026-11-30 03:18:00+00', 4, 'checkin.submitted', 'checkin:33445533-fcd7-4d42-a6d0-0e3468c946b0', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (55, '2026-12-01 03:28:00+00', 4, 'checkin.submitted', 'checkin:37396957-d4bf-4115-ad86-b88de3a9312c', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (56, '2026-12-02 03:49:00+00', 4, 'checkin.submitted', 'checkin:53341f5b-2446-4138-82fd-ef77dea5486a', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (57, '2026-12-03 03:05:00+00', 4, 'checkin.submitted', 'checkin:e656cae2-9282-41e0-9fb1-c3cdee0fbdfd', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (58, '2026-12-04 03:33:00+00', 4, 'checkin.submitted', 'checkin:44af3f13-cd15-4d1a-af9b-1084cd285f3b', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (59, '2026-12-06 03:08:00+00', 4, 'checkin.submitted', 'checkin:0f7bd234-db37-435f-aacc-f55d44fa1f36', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (60, '2026-11-16 03:10:00+00', 5, 'checkin.submitted', 'checkin:c50f9b0f-cf53-4b25-a552-0b8f1daaf702', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (61, '2026-11-17 03:21:00+00', 5, 'checkin.submitted', 'checkin:78b4e31e-c8ca-4618-8608-efb18ff79ca3', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (62, '2026-11-18 03:55:00+00', 5, 'checkin.submitted', 'checkin:5cd15df0-0a97-427d-a385-e347c62c4239', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (63, '2026-11-20 03:24:00+00', 5, 'checkin.submitted', 'checkin:3bd3cd5a-637d-4bf4-8fa8-cbd5fa0052fe', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (64, '2026-11-21 03:27:00+00', 5, 'checkin.submitted', 'checkin:1121879a-71b9-4be6-86ce-5b05b61376dd', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (65, '2026-11-22 03:10:00+00', 5, 'checkin.submitted', 'checkin:dc1d4141-7e87-42b3-9399-187b2638fb22', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (66, '2026-11-25 03:38:00+00', 5, 'checkin.submitted', 'checkin:6942e300-3ed5-4ba6-854d-8d3713600c40', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (67, '2026-11-26 03:20:00+00', 5, 'checkin.submitted', 'checkin:e9520b19-c84e-4939-b78f-3a8ce8be2948', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (68, '2026-11-28 03:23:00+00', 5, 'checkin.submitted', 'checkin:1522a8d2-6ef3-4cd1-a21c-fbb2570d1f72', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (69, '2026-11-29 03:23:00+00', 5, 'checkin.submitted', 'checkin:9eeeb766-acca-4dfb-99b6-7dfdcb3cb2ee', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (70, '2026-11-30 03:20:00+00', 5, 'checkin.submitted', 'checkin:052545f0-9a90-40b9-85ee-8f05e21eeb01', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (71, '2026-12-01 03:31:00+00', 5, 'checkin.submitted', 'checkin:c29fde5a-13af-4896-b01a-f969fe159a6d', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (72, '2026-12-02 03:44:00+00', 5, 'checkin.submitted', 'checkin:7d65dfc7-e599-43c4-bcc8-73db995a4ce9', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (73, '2026-12-03 03:25:00+00', 5, 'checkin.submitted', 'checkin:48a53be3-5029-4c45-9147-1c0ef831ff82', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (74, '2026-12-04 03:39:00+00', 5, 'checkin.submitted', 'checkin:9f8bf404-637e-422a-b379-11b8677966ba', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (75, '2026-12-05 03:19:00+00', 5, 'checkin.submitted', 'checkin:38df9418-7bc3-4303-8205-e550c16ca0e3', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (76, '2026-12-06 03:03:00+00', 5, 'checkin.submitted', 'checkin:9ee4509c-ae42-4df4-94f0-c9adca5a6e31', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (77, '2026-12-07 00:08:06.515504+00', 5, 'checkin.submitted', 'checkin:49ff9bb6-a4b1-4c59-be17-7771e0f39e52', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (78, '2026-11-16 03:44:00+00', 6, 'checkin.submitted', 'checkin:2779bdf8-6973-473e-80a7-104827e14aff', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (79, '2026-11-17 03:55:00+00', 6, 'checkin.submitted', 'checkin:aea0c5e6-898f-454d-a42d-c72483cc5736', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (80, '2026-11-18 03:17:00+00', 6, 'checkin.submitted', 'checkin:ca1a5205-f5c8-4f79-8dd2-c99504dd27b6', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (81, '2026-11-19 03:00:00+00', 6, 'checkin.submitted', 'checkin:e2ae25c5-2f62-45e2-8840-cc2cb7f26d90', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (82, '2026-11-20 03:57:00+00', 6, 'checkin.submitted', 'checkin:d4f36f94-a597-4d1b-ae32-a3084e1e3049', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (83, '2026-11-21 03:30:00+00', 6, 'checkin.submitted', 'checkin:1553c650-d58c-4282-8eac-6f1f56d25122', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (84, '2026-11-22 03:22:00+00', 6, 'checkin.submitted', 'checkin:7f8288ed-0b0c-4895-b6a8-93b72d58c1ee', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (85, '2026-11-23 03:04:00+00', 6, 'checkin.submitted', 'checkin:b25b9d01-2348-416e-a890-f8559a0a2dfc', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (86, '2026-11-24 03:39:00+00', 6, 'checkin.submitted', 'checkin:bba7ba7c-e3ff-4bc1-84ad-1028f4579f32', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (87, '2026-11-25 03:56:00+00', 6, 'checkin.submitted', 'checkin:4c520178-fb89-40db-90df-f051584f878f', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (88, '2026-11-26 03:04:00+00', 6, 'checkin.submitted', 'checkin:8f5240e6-4c7c-4262-8249-23d8dcdc3f58', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (89, '2026-11-27 03:30:00+00', 6, 'checkin.submitted', 'checkin:54d37a3d-46a4-465f-b8c4-2f8dee8c9bb3', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (90, '2026-11-28 03:05:00+00', 6, 'checkin.submitted', 'checkin:a439e552-ea1c-4a7a-acfa-72d54982741c', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (91, '2026-11-29 03:59:00+00', 6, 'checkin.submitted', 'checkin:a4624f78-e3fb-4278-b753-aaf9ab33a1e7', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (92, '2026-11-30 03:13:00+00', 6, 'checkin.submitted', 'checkin:18673e93-d7df-4cbd-84e2-3c5d3e815295', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (93, '2026-12-01 03:11:00+00', 6, 'checkin.submitted', 'checkin:c444429a-c184-4bd1-86f7-e0f7bf373098', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (94, '2026-12-02 03:49:00+00', 6, 'checkin.submitted', 'checkin:2990298b-fd77-4d71-bc7d-777e5d41a73c', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (95, '2026-12-03 03:16:00+00', 6, 'checkin.submitted', 'checkin:7e6dc6e4-d7d6-46b6-ab9e-1628ab072bbf', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (96, '2026-12-04 03:23:00+00', 6, 'checkin.submitted', 'checkin:c22e23d4-0945-4198-96a3-037a67e30530', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (97, '2026-12-05 03:36:00+00', 6, 'checkin.submitted', 'checkin:58153bb1-ad6f-465c-9fea-4695f0653347', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (98, '2026-12-06 03:22:00+00', 6, 'checkin.submitted', 'checkin:06e687bd-056d-4084-b66d-a34388d5025b', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (99, '2026-11-16 03:51:00+00', 7, 'checkin.submitted', 'checkin:fec8864a-23bc-44e9-a9ea-8991649031f5', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (100, '2026-11-17 03:28:00+00', 7, 'checkin.submitted', 'checkin:362321e7-6b1d-4466-b75e-0090bb7421d2', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (101, '2026-11-18 03:43:00+00', 7, 'checkin.submitted', 'checkin:3db556d6-9d75-4ea0-95c5-f3282e5cab27', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (102, '2026-11-19 03:51:00+00', 7, 'checkin.submitted', 'checkin:2ed689ca-224c-474f-8aed-3f8d9f23e125', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (103, '2026-11-20 03:22:00+00', 7, 'checkin.submitted', 'checkin:f56e001c-a8cb-49db-8b5a-295cd6363a09', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (104, '2026-11-21 03:23:00+00', 7, 'checkin.submitted', 'checkin:789f25b5-7e8b-4965-b269-95e1da75df78', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (105, '2026-11-23 03:38:00+00', 7, 'checkin.submitted', 'checkin:dfcac60c-58a0-4493-91ee-228a89e7c67b', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (106, '2026-11-24 03:56:00+00', 7, 'checkin.submitted', 'checkin:c2a2a93d-78f4-4847-a482-3c123588124f', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (107, '2026-11-25 03:02:00+00', 7, 'checkin.submitted', 'checkin:5c3d9760-d844-4c64-aad5-c8c8da827343', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (108, '2026-11-26 03:02:00+00', 7, 'checkin.submitted', 'checkin:322af34a-f48e-4049-ad76-149dd88115c1', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (109, '2026-11-29 03:33:00+00', 7, 'checkin.submitted', 'checkin:a3f807b2-85f5-4c8c-97ac-e9e91097f1ee', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (110, '2026-11-30 03:04:00+00', 7, 'checkin.submitted', 'checkin:1aa10c25-e43f-49b0-a2af-d529f6c0e4c3', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (111, '2026-12-01 03:39:00+00', 7, 'checkin.submitted', 'checkin:45b6f485-c485-420b-8b0c-8abb28349c30', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (112, '2026-12-02 03:15:00+00', 7, 'checkin.submitted', 'checkin:7b82574d-fb0a-4e02-abab-f25e73d3621f', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (113, '2026-12-03 03:43:00+00', 7, 'checkin.submitted', 'checkin:73a11803-b278-407c-b47d-86249928f041', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (114, '2026-12-04 03:34:00+00', 7, 'checkin.submitted', 'checkin:dc4207c4-5e54-4093-84e2-30584ac47b66', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (115, '2026-12-05 03:06:00+00', 7, 'checkin.submitted', 'checkin:017060a0-8566-4734-886e-5ccb4f64ad4d', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (116, '2026-12-06 03:41:00+00', 7, 'checkin.submitted', 'checkin:f2d694d1-7103-4a38-a1ee-efa93de66f1b', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (117, '2026-11-18 03:27:00+00', 8, 'checkin.submitted', 'checkin:f98fde72-38ff-4950-8ec6-9b780b55091d', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (118, '2026-11-19 03:48:00+00', 8, 'checkin.submitted', 'checkin:efd4ec7e-5a15-4bcf-bd6b-d1bf36e60e5a', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (119, '2026-11-20 03:28:00+00', 8, 'checkin.submitted', 'checkin:179419ab-06fc-4820-8050-497b35f1edb0', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (120, '2026-11-21 03:56:00+00', 8, 'checkin.submitted', 'checkin:e39f4a98-4f1c-40d1-ab65-467566bdf2f1', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (121, '2026-11-22 03:45:00+00', 8, 'checkin.submitted', 'checkin:9f2a4270-daf5-4482-936a-7f783a36ba2a', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (122, '2026-11-23 03:49:00+00', 8, 'checkin.submitted', 'checkin:9d39bbb9-3cf1-4552-af1d-bedcac3a5c79', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (123, '2026-11-24 03:54:00+00', 8, 'checkin.submitted', 'checkin:0301c91a-f12e-4477-9d98-c2e57e9a2904', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (124, '2026-11-25 03:09:00+00', 8, 'checkin.submitted', 'checkin:ea707266-906d-4f68-b2c6-8c0fb788d071', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (125, '2026-11-26 03:32:00+00', 8, 'checkin.submitted', 'checkin:e65e01d1-f959-48fb-8964-fd21f22e66cb', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (126, '2026-11-27 03:29:00+00', 8, 'checkin.submitted', 'checkin:21e77ab8-4e09-468e-9275-6622deaf915d', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (127, '2026-11-28 03:53:00+00', 8, 'checkin.submitted', 'checkin:0e7351a3-cb53-41d8-861c-6b323b07f2cf', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (128, '2026-11-29 03:51:00+00', 8, 'checkin.submitted', 'checkin:2c8ee69b-29c6-419a-9d31-04698b5e7cc4', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (129, '2026-11-30 03:32:00+00', 8, 'checkin.submitted', 'checkin:67e5e054-92ee-447b-83e7-f1885958f82b', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (130, '2026-12-01 03:16:00+00', 8, 'checkin.submitted', 'checkin:0e7ef3f1-b5e7-4179-a6b1-68c85670bc74', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (131, '2026-12-02 03:24:00+00', 8, 'checkin.submitted', 'checkin:a3ae3daa-c229-4ada-99b8-a020f11484ec', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (132, '2026-12-03 03:06:00+00', 8, 'checkin.submitted', 'checkin:74ab23a0-a168-42a2-ab7a-7e7408dbbd26', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (133, '2026-12-04 03:40:00+00', 8, 'checkin.submitted', 'checkin:65f54bb0-446e-4ab9-81e6-b3bc921cd639', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (134, '2026-12-05 03:12:00+00', 8, 'checkin.submitted', 'checkin:c671d6d9-b121-4ca2-a977-3f50f6490811', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (135, '2026-12-06 03:04:00+00', 8, 'checkin.submitted', 'checkin:07f74a3b-4e65-4800-8fb6-06dd1240b2dc', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (136, '2026-11-16 03:49:00+00', 9, 'checkin.submitted', 'checkin:950268d8-4168-4184-8fbd-a4d71ddd155b', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (137, '2026-11-17 03:38:00+00', 9, 'checkin.submitted', 'checkin:e25e6181-99e2-4d88-bdce-d297bc6f8f6b', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (138, '2026-11-18 03:02:00+00', 9, 'checkin.submitted', 'checkin:7717468d-89d9-4604-ba93-665e3052f26c', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (139, '2026-11-19 03:27:00+00', 9, 'checkin.submitted', 'checkin:fd5214cb-53f2-46de-9d46-c2757302558c', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (140, '2026-11-20 03:16:00+00', 9, 'checkin.submitted', 'checkin:9821dfbf-eb58-4e0a-b805-9f56e6f7a84f', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (141, '2026-11-21 03:34:00+00', 9, 'checkin.submitted', 'checkin:821a6a0a-620f-4804-a88a-877502562a4a', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (142, '2026-11-22 03:40:00+00', 9, 'checkin.submitted', 'checkin:7802649f-30f3-48e8-aafe-dc15885b5ded', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (143, '2026-11-23 03:02:00+00', 9, 'checkin.submitted', 'checkin:e3cf5b80-c748-4213-8e14-0617928e55d7', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (144, '2026-11-24 03:49:00+00', 9, 'checkin.submitted', 'checkin:6b43bedc-66e6-433a-baf5-7712b4940006', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (145, '2026-11-25 03:08:00+00', 9, 'checkin.submitted', 'checkin:c4459bc6-4044-4ed9-bd0d-c87b683369d0', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (146, '2026-11-26 03:11:00+00', 9, 'checkin.submitted', 'checkin:a973a66b-838b-447a-aa85-7c569f9160f7', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (147, '2026-11-27 03:45:00+00', 9, 'checkin.submitted', 'checkin:c43815b8-fa8a-439f-b375-cca5be8c5274', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (148, '2026-11-29 03:51:00+00', 9, 'checkin.submitted', 'checkin:ebdf171d-73a1-4d00-8e43-32a1460b741f', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (149, '2026-11-30 03:55:00+00', 9, 'checkin.submitted', 'checkin:5794d800-6316-462f-82c0-f7ee417fe140', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (150, '2026-12-01 03:15:00+00', 9, 'checkin.submitted', 'checkin:99d845d3-dc45-4865-bed9-cb6719701cef', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (151, '2026-12-02 03:28:00+00', 9, 'checkin.submitted', 'checkin:d9e794c5-ac69-4f51-a9fe-6901f0be7283', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (152, '2026-12-03 03:33:00+00', 9, 'checkin.submitted', 'checkin:b2c4480c-8610-4c89-9c0a-0166babe5259', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (153, '2026-12-04 03:48:00+00', 9, 'checkin.submitted', 'checkin:9ef745bb-c8b1-4f0e-937f-8e140fbd80ef', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (154, '2026-12-05 03:23:00+00', 9, 'checkin.submitted', 'checkin:e6796649-f141-4403-8215-a589fd8890e9', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (155, '2026-12-06 03:25:00+00', 9, 'checkin.submitted', 'checkin:ca5c56d8-487d-4c7b-a466-346a63fe3ebb', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (156, '2026-12-07 00:08:06.515504+00', 9, 'checkin.submitted', 'checkin:f658a0fa-4187-4f3b-9000-8dc328777850', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (157, '2026-11-16 03:08:00+00', 10, 'checkin.submitted', 'checkin:b8575578-297c-43f9-9ed7-cf9a77d4db61', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (158, '2026-11-17 03:29:00+00', 10, 'checkin.submitted', 'checkin:7c191586-b1c7-48ea-9bf8-e5aa80136439', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (159, '2026-11-18 03:19:00+00', 10, 'checkin.submitted', 'checkin:a645a622-b5d6-42e4-9168-0bfecc029d3b', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (160, '2026-11-21 03:34:00+00', 10, 'checkin.submitted', 'checkin:27a54d60-55e2-48ab-8b6d-035399735986', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (161, '2026-11-23 03:19:00+00', 10, 'checkin.submitted', 'checkin:bb254f7f-49d3-492c-ba81-3f8018febe81', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (162, '2026-11-27 03:04:00+00', 10, 'checkin.submitted', 'checkin:2ba9c51b-e287-42ee-a055-4859437cca48', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (163, '2026-11-29 03:32:00+00', 10, 'checkin.submitted', 'checkin:f5a1c459-40c5-4699-9863-a7124a566e58', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (164, '2026-11-30 03:53:00+00', 10, 'checkin.submitted', 'checkin:a5b94bd3-42aa-4ef3-b48b-40e010f9a7f3', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (165, '2026-12-01 03:29:00+00', 10, 'checkin.submitted', 'checkin:bfff43d7-d898-407b-9c91-2e308e20518e', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (166, '2026-12-02 03:18:00+00', 10, 'checkin.submitted', 'checkin:b6852c5a-7d78-4f00-9aba-ace89b133c38', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (167, '2026-12-03 03:06:00+00', 10, 'checkin.submitted', 'checkin:b4bb2d12-432b-4f5f-ab9f-f39bbb51dfd3', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (168, '2026-12-04 03:42:00+00', 10, 'checkin.submitted', 'checkin:b9119438-ce67-4e2d-ac63-39caa93c10f4', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (169, '2026-12-05 03:10:00+00', 10, 'checkin.submitted', 'checkin:44472dc2-110b-458d-aaaa-ede12b5ddfd7', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (170, '2026-12-06 03:29:00+00', 10, 'checkin.submitted', 'checkin:64ef3bc5-e9cd-42ce-9e0b-cccb856ce1b1', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (171, '2026-11-16 03:47:00+00', 11, 'checkin.submitted', 'checkin:d175b46f-3072-4df1-85d2-0cb3314b9cef', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (172, '2026-11-17 03:09:00+00', 11, 'checkin.submitted', 'checkin:429f427a-cf1f-4830-b801-6d1a7e228b5a', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (173, '2026-11-18 03:33:00+00', 11, 'checkin.submitted', 'checkin:65918ed9-c667-4bbf-a97a-bf2277e9dda2', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (174, '2026-11-19 03:04:00+00', 11, 'checkin.submitted', 'checkin:2b04f39e-ed06-4a42-a9fc-60f032b75009', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (175, '2026-11-20 03:48:00+00', 11, 'checkin.submitted', 'checkin:92fd7cd2-a6a7-40b9-b7b0-99055805627c', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (176, '2026-11-21 03:25:00+00', 11, 'checkin.submitted', 'checkin:283aeb1e-f724-443b-90d9-775c6d08f972', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (177, '2026-11-22 03:48:00+00', 11, 'checkin.submitted', 'checkin:ba814266-50ef-4928-af86-f6dd31de6259', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (178, '2026-11-23 03:29:00+00', 11, 'checkin.submitted', 'checkin:c26fdfcc-fa0c-4959-835a-06325c05741c', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (179, '2026-11-24 03:04:00+00', 11, 'checkin.submitted', 'checkin:e0e54eb1-d23c-43e0-9889-f841bc3f3479', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (180, '2026-11-25 03:26:00+00', 11, 'checkin.submitted', 'checkin:dcd9b58c-8bd1-4ae4-bb09-d1b15c916911', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (181, '2026-11-26 03:35:00+00', 11, 'checkin.submitted', 'checkin:44f8b3c4-2280-45fa-9814-5906445aa364', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (182, '2026-11-27 03:00:00+00', 11, 'checkin.submitted', 'checkin:152f8eb7-6c63-49d1-8968-a574e205eb4c', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (183, '2026-11-28 03:59:00+00', 11, 'checkin.submitted', 'checkin:75fb0eeb-ddcc-4cc9-9014-60b6b618555d', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (184, '2026-11-29 03:54:00+00', 11, 'checkin.submitted', 'checkin:e22f616a-a1b1-4254-a387-544ab01fb502', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (185, '2026-11-30 03:38:00+00', 11, 'checkin.submitted', 'checkin:0e5f320a-1d20-4ae2-ac26-b78090920bd6', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (186, '2026-12-01 03:48:00+00', 11, 'checkin.submitted', 'checkin:a3e339d9-7188-420c-b988-e78224480ab1', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (187, '2026-12-02 03:43:00+00', 11, 'checkin.submitted', 'checkin:37b514c7-2f05-4601-b271-396922118b6c', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (188, '2026-12-04 03:40:00+00', 11, 'checkin.submitted', 'checkin:c575b54c-5612-42c6-8b05-44670eb50ce2', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (189, '2026-12-05 03:51:00+00', 11, 'checkin.submitted', 'checkin:c7d8f076-5900-4e89-af02-c57e27eae5ba', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (190, '2026-12-06 03:48:00+00', 11, 'checkin.submitted', 'checkin:6aea8a82-aa8f-4641-bf67-bfbaf3c9e530', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (191, '2026-12-07 00:08:06.515504+00', 11, 'checkin.submitted', 'checkin:75768993-832f-4fbe-8c98-44b15db068c3', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (192, '2026-11-16 03:39:00+00', 12, 'checkin.submitted', 'checkin:4dbb1bac-875a-4fe0-a0fe-d783fec4757a', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (193, '2026-11-17 03:21:00+00', 12, 'checkin.submitted', 'checkin:0fbc4243-a433-4061-be8a-6982cee4d9dc', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (194, '2026-11-18 03:07:00+00', 12, 'checkin.submitted', 'checkin:51d02d47-3cf5-4b37-acda-0e99d1e2e013', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (195, '2026-11-19 03:13:00+00', 12, 'checkin.submitted', 'checkin:8fd5a6dc-ead4-4878-9500-ecd9a1fdf324', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (196, '2026-11-20 03:14:00+00', 12, 'checkin.submitted', 'checkin:c1f3bc91-2d6c-4de6-afd9-88e9098ea876', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (197, '2026-11-21 03:18:00+00', 12, 'checkin.submitted', 'checkin:42d2af58-74ab-4e17-a42d-17d37cd76843', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (198, '2026-11-22 03:54:00+00', 12, 'checkin.submitted', 'checkin:cea49273-9dd8-4ebb-a256-791c13b725a7', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (199, '2026-11-23 03:22:00+00', 12, 'checkin.submitted', 'checkin:97674da8-8bed-4ba7-a5a6-2847a2a85928', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (200, '2026-11-24 03:50:00+00', 12, 'checkin.submitted', 'checkin:66bde9ec-d50a-4bba-b6f9-714fd2d307fb', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (201, '2026-11-25 03:12:00+00', 12, 'checkin.submitted', 'checkin:c27ffcbf-da23-4b28-bab1-2fab0b767c8b', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (202, '2026-11-26 03:27:00+00', 12, 'checkin.submitted', 'checkin:4a229df3-f237-4193-8e08-c008819a38d2', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (203, '2026-11-27 03:56:00+00', 12, 'checkin.submitted', 'checkin:6ed235de-2428-4d5d-b353-8ebfb02b2103', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (204, '2026-11-28 03:53:00+00', 12, 'checkin.submitted', 'checkin:8436ba3d-defc-4cb7-8502-ab31c79dc932', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (205, '2026-11-29 03:47:00+00', 12, 'checkin.submitted', 'checkin:41ee57e3-ecd1-45c0-8389-9ed7a83c17a0', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (206, '2026-11-30 03:27:00+00', 12, 'checkin.submitted', 'checkin:94b0c25f-2493-4bea-aaab-a6cee3eff53b', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (207, '2026-12-02 03:09:00+00', 12, 'checkin.submitted', 'checkin:0e78be9c-642d-4919-8ffd-6401e52c4fc2', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (208, '2026-12-03 03:09:00+00', 12, 'checkin.submitted', 'checkin:1e53b6dc-901a-4d8b-9e0f-619e87a4f148', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (209, '2026-12-05 03:42:00+00', 12, 'checkin.submitted', 'checkin:9ad747af-b924-43f1-97ee-84b7b45e4cf9', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (210, '2026-12-06 03:23:00+00', 12, 'checkin.submitted', 'checkin:95ae8970-1e21-4e3c-bbd8-937b6229a2ef', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (211, '2026-11-16 03:30:00+00', 13, 'checkin.submitted', 'checkin:e27033f3-8999-41ba-ae7e-178af8b5034b', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (212, '2026-11-17 03:04:00+00', 13, 'checkin.submitted', 'checkin:80d37449-21bc-40f8-ac5f-e8c6b741c1c5', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (213, '2026-11-18 03:39:00+00', 13, 'checkin.submitted', 'checkin:8130f54a-709c-4fff-89d2-bc83c34bdf3b', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (214, '2026-11-19 03:45:00+00', 13, 'checkin.submitted', 'checkin:f4d9a52c-fab9-4340-ba43-98ebda76e3d1', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (215, '2026-11-20 03:45:00+00', 13, 'checkin.submitted', 'checkin:52669731-f230-461c-a4f2-2c5cfbd93d59', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (216, '2026-11-21 03:32:00+00', 13, 'checkin.submitted', 'checkin:bf737a40-2894-4d29-8da0-b9571415a94e', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (217, '2026-11-23 03:22:00+00', 13, 'checkin.submitted', 'checkin:68331ba0-a0ff-48ee-a751-c3704e50efdb', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (218, '2026-11-25 03:53:00+00', 13, 'checkin.submitted', 'checkin:48fe3962-3bb8-4ad3-bbe9-5916aa8f2001', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (219, '2026-11-26 03:30:00+00', 13, 'checkin.submitted', 'checkin:d207984d-8e01-424d-b659-5227ad23045a', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (220, '2026-11-27 03:56:00+00', 13, 'checkin.submitted', 'checkin:c46ab128-d2d1-4328-8ff4-cc31bdc0be6c', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (221, '2026-11-28 03:37:00+00', 13, 'checkin.submitted', 'checkin:71784b49-c268-46b0-86c0-6d45d38fdbfc', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (222, '2026-11-29 03:15:00+00', 13, 'checkin.submitted', 'checkin:1b82c9ae-2b26-4a88-860c-196a56ce14d2', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (223, '2026-11-30 03:22:00+00', 13, 'checkin.submitted', 'checkin:71f9fc29-b3c1-40b3-9ce0-3c9feb864633', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (224, '2026-12-01 03:01:00+00', 13, 'checkin.submitted', 'checkin:64720003-1ff6-41d1-8ceb-02e050a86eca', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (225, '2026-12-02 03:19:00+00', 13, 'checkin.submitted', 'checkin:8e367ab4-ce9d-4640-930e-aadd0fc92ca7', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (226, '2026-12-03 03:07:00+00', 13, 'checkin.submitted', 'checkin:4680c96d-3383-420a-9fd1-e0df8ec32a45', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (227, '2026-12-04 03:58:00+00', 13, 'checkin.submitted', 'checkin:b82471e3-cf10-47df-8e5b-90af30d548d6', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (228, '2026-12-05 03:37:00+00', 13, 'checkin.submitted', 'checkin:29b74ab8-e6b0-44b1-9001-b3b8a0fac5d5', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (229, '2026-12-07 00:08:06.515504+00', 13, 'checkin.submitted', 'checkin:645d177f-9042-4c61-96e3-569b4f5e2b4d', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (230, '2026-11-09 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:1', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (231, '2026-11-09 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:2', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (232, '2026-11-10 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:3', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (233, '2026-11-11 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:4', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (234, '2026-11-12 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:5', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (235, '2026-11-13 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:6', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (236, '2026-11-13 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:7', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (237, '2026-11-16 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:8', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (238, '2026-11-17 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:9', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (239, '2026-11-17 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:10', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (240, '2026-11-18 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:11', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (241, '2026-11-18 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:12', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (242, '2026-11-19 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:13', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (243, '2026-11-19 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:14', 8, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (244, '2026-11-23 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:15', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (245, '2026-11-24 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:16', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (246, '2026-11-24 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:17', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (247, '2026-11-24 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:18', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (248, '2026-11-24 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:19', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (249, '2026-11-25 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:20', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (250, '2026-11-26 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:21', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (251, '2026-11-30 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:22', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (252, '2026-12-01 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:23', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (253, '2026-12-01 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:24', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (254, '2026-12-01 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:25', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (255, '2026-12-03 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:26', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (256, '2026-12-04 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:27', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (257, '2026-11-09 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:28', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (258, '2026-11-10 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:29', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (259, '2026-11-11 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:30', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (260, '2026-11-11 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:31', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (261, '2026-11-12 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:32', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (262, '2026-11-12 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:33', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (263, '2026-11-13 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:34', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (264, '2026-11-13 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:35', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (265, '2026-11-16 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:36', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (266, '2026-11-16 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:37', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (267, '2026-11-18 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:38', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (268, '2026-11-18 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:39', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (269, '2026-11-19 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:40', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (270, '2026-11-20 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:41', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (271, '2026-11-23 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:42', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (272, '2026-11-23 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:43', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (273, '2026-11-23 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:44', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (274, '2026-11-23 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:45', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (275, '2026-11-24 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:46', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (276, '2026-11-24 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:47', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (277, '2026-11-24 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:48', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (278, '2026-11-25 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:49', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (279, '2026-11-25 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:50', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (280, '2026-11-25 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:51', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (281, '2026-11-25 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:52', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (282, '2026-11-26 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:53', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (283, '2026-11-27 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:54', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (284, '2026-11-27 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:55', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (285, '2026-11-27 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:56', 13, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (286, '2026-11-30 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:57', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (287, '2026-11-30 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:58', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (288, '2026-12-01 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:59', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (289, '2026-12-02 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:60', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (290, '2026-12-03 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:61', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (291, '2026-12-03 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:62', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (292, '2026-12-04 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:63', 9, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (293, '2026-12-04 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:64', 10, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (294, '2026-12-04 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:65', 11, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (295, '2026-12-04 13:00:00+00', NULL, 'drugtest.selected', 'drug_test:66', 12, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (296, '2026-12-07 00:13:06.515504+00', 2, 'aftercare.changed', 'client:4', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (297, '2026-11-27 00:13:06.515504+00', 4, 'meeting.logged', 'meeting:0ed90475-9531-485d-9d9d-c9f81818e811', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (298, '2026-12-07 00:13:06.515504+00', 2, 'meeting.verified', 'meeting:0ed90475-9531-485d-9d9d-c9f81818e811', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (299, '2026-12-01 00:13:06.515504+00', 4, 'meeting.logged', 'meeting:6b0d549b-6f03-475a-9600-a35a099950d8', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (300, '2026-12-07 00:13:06.515504+00', 2, 'meeting.verified', 'meeting:6b0d549b-6f03-475a-9600-a35a099950d8', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (301, '2026-12-05 00:13:06.515504+00', 4, 'meeting.logged', 'meeting:0f21ddb6-6cad-4a26-8d11-6ece1738f7d9', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (302, '2026-12-06 00:13:06.515504+00', 4, 'meeting.logged', 'meeting:a09f76b5-a170-4338-b926-3059f28c105d', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (303, '2026-12-07 00:13:06.515504+00', 4, 'meeting.logged', 'meeting:0cb1e29c-658c-4a14-95e6-0af593bd04cf', 4, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (304, '2026-12-07 00:13:06.515504+00', 2, 'aftercare.changed', 'client:5', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (305, '2026-11-29 00:13:06.515504+00', 5, 'meeting.logged', 'meeting:92276658-1e27-41c0-8a6a-63ec24ede6a4', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (306, '2026-12-07 00:13:06.515504+00', 2, 'meeting.verified', 'meeting:92276658-1e27-41c0-8a6a-63ec24ede6a4', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (307, '2026-12-03 00:13:06.515504+00', 5, 'meeting.logged', 'meeting:1a61dbe2-2e44-458b-ae97-ba94d0eda82f', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (308, '2026-12-07 00:13:06.515504+00', 2, 'meeting.verified', 'meeting:1a61dbe2-2e44-458b-ae97-ba94d0eda82f', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (309, '2026-12-05 00:13:06.515504+00', 5, 'meeting.logged', 'meeting:b64ce422-8c38-4b29-98f1-35d25f557203', 5, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (310, '2026-12-07 00:13:06.515504+00', 2, 'aftercare.changed', 'client:6', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (311, '2026-11-28 00:13:06.515504+00', 6, 'meeting.logged', 'meeting:7731af10-506b-42ef-86f8-77186d76b07e', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (312, '2026-12-07 00:13:06.515504+00', 2, 'meeting.verified', 'meeting:7731af10-506b-42ef-86f8-77186d76b07e', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (313, '2026-11-30 00:13:06.515504+00', 6, 'meeting.logged', 'meeting:cb5c7427-3f98-4277-8cbd-87ad5c90a958', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (314, '2026-12-07 00:13:06.515504+00', 2, 'meeting.verified', 'meeting:cb5c7427-3f98-4277-8cbd-87ad5c90a958', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (315, '2026-12-04 00:13:06.515504+00', 6, 'meeting.logged', 'meeting:86734721-4cdd-4055-930d-6eaf14f4733f', 6, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (316, '2026-12-07 00:13:06.515504+00', 2, 'aftercare.changed', 'client:7', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (317, '2026-11-26 00:13:06.515504+00', 7, 'meeting.logged', 'meeting:c1d3fcff-2a3a-44d4-ab0a-18e8830e07bc', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (318, '2026-12-07 00:13:06.515504+00', 2, 'meeting.verified', 'meeting:c1d3fcff-2a3a-44d4-ab0a-18e8830e07bc', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (319, '2026-11-28 00:13:06.515504+00', 7, 'meeting.logged', 'meeting:0a097c97-6bf4-4c69-bd2c-af82eeeacbe2', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (320, '2026-12-07 00:13:06.515504+00', 2, 'meeting.verified', 'meeting:0a097c97-6bf4-4c69-bd2c-af82eeeacbe2', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (321, '2026-11-30 00:13:06.515504+00', 7, 'meeting.logged', 'meeting:ca02135e-92b1-43f2-8ede-0d7ac3baea9e', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (322, '2026-12-07 00:13:06.515504+00', 2, 'meeting.verified', 'meeting:ca02135e-92b1-43f2-8ede-0d7ac3baea9e', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (323, '2026-12-03 00:13:06.515504+00', 7, 'meeting.logged', 'meeting:7f26144b-9828-4fcd-99a5-4a7bb1fee08f', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (324, '2026-12-07 00:13:06.515504+00', 2, 'meeting.verified', 'meeting:7f26144b-9828-4fcd-99a5-4a7bb1fee08f', 7, 'ok', NULL);
INSERT INTO public.audit_event (id, at, actor, action, subject, patient, outcome, ip) VALUES (325, '2026-12-06 00:13:06.515504+00', 7, 'meeting.logged', 'meeting:f1d69ed6-17f5-4837-9708-20fe119a72d1', 7, 'ok', NULL);


--
-- Data for Name: auth_session; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: calendar_feed; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: checkin; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('44af3f13-cd15-4d1a-af9b-1084cd285f3b', 4, '2026-12-03', '2026-12-04 03:33:00+00', 4, 3, false, '[]', 'yes', 5, '["conflict"]', 'meeting', false, '', 'normal', 2, 'e3da7cea766e6813440cc6cbad749d907ed4a70dbd74598952c07e7dc221dd2f', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('0f7bd234-db37-435f-aacc-f55d44fa1f36', 4, '2026-12-05', '2026-12-06 03:08:00+00', 3, 3, false, '[]', 'not_prescribed', 7, '["tired","boredom"]', 'meeting', false, '', 'normal', 2, 'b57993f4818e0b1fdc49fa23912f2ad4dfd49c94ab07eb9bccbc8c8fafca7cbb', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('11072231-1710-4f53-a7ac-435a7a97c643', 4, '2026-11-15', '2026-11-16 03:06:00+00', 3, 3, false, '[]', 'not_prescribed', 6.5, '[]', 'meeting', false, '', 'normal', 2, '4329e3e945a771b64676b351f4e51600f35cec4309b001b93043b7b4034eb24d', 2, '2026-11-16 17:06:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('43000de0-1b2e-440e-93ad-dccb2c33be0a', 4, '2026-11-16', '2026-11-17 03:23:00+00', 3, 0, false, '[]', 'not_prescribed', 6.5, '["people"]', 'meeting', false, '', 'normal', 2, 'e054a367a44dd1af12874eaafdd1112ac11f60b56b57e89672563b5db11e127d', 2, '2026-11-17 17:23:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('e14b0190-d939-46e1-9aca-3c06f5ff0c03', 4, '2026-11-17', '2026-11-18 03:40:00+00', 4, 0, false, '[]', 'not_prescribed', 6.5, '["tired","lonely"]', 'meeting', false, '', 'normal', 2, 'b96e4ee476a39c4330d612bcc9c62b68a9bb09765eb3bbbe767bc8e64da69d78', 2, '2026-11-18 17:40:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('dd905ecf-d160-45d0-af41-2ed6f1cfd992', 4, '2026-11-18', '2026-11-19 03:30:00+00', 5, 2, false, '[]', 'yes', 6.5, '["conflict","places"]', 'meeting', false, '', 'normal', 2, '4ff52fc6e33c9990889670ae53df537a2efa7039f38590ba900cbb1a09537f10', 2, '2026-11-19 17:30:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('4e1bcb38-3bb4-4570-a94c-4ea3738d243a', 4, '2026-11-19', '2026-11-20 03:38:00+00', 4, 0, false, '[]', 'yes', 5, '["conflict"]', 'a walk', false, '', 'normal', 2, 'fcbb2932643ee90e660847f2a1e8f4e2089629c34d77524394bf961997c18c69', 2, '2026-11-20 17:38:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('ac7cc4a4-ff4d-4b10-a522-d53857c49391', 4, '2026-11-20', '2026-11-21 03:41:00+00', 3, 0, false, '[]', 'yes', 6, '["conflict","tired"]', 'a walk', false, '', 'normal', 2, '4fd68f20324e15486c4b1db8ac6bc363dc69946bd62bb5287fb598daa3f8526a', 2, '2026-11-21 17:41:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('32decd6b-8efb-4170-a26a-25c852175b7a', 4, '2026-11-21', '2026-11-22 03:27:00+00', 4, 0, false, '[]', 'yes', 8, '[]', 'a walk', false, '', 'normal', 2, 'c4f433f42f02c5019a076a0d56a8dbdd9b97c778d1127195408cbdbd60230189', 2, '2026-11-22 17:27:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('2d733dcd-ef40-4f2e-94c0-ce681f44ebd1', 4, '2026-11-22', '2026-11-23 03:39:00+00', 4, 3, false, '[]', 'yes', 5, '["conflict"]', '', false, '', 'normal', 2, 'cc67f08bfadf6bf1459bebaf813db25087a783e4578729e8fd38e3e8a2c0b78c', 2, '2026-11-23 17:39:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('52a3b181-04a7-4007-93be-4721f5b9e1f5', 4, '2026-11-23', '2026-11-24 03:18:00+00', 4, 2, false, '[]', 'yes', 8, '["boredom"]', '', false, '', 'normal', 2, '3e13a924e4bebd5a8ca0b31b2fd5dc357a4f15ec62c1f7071143672e0503453b', 2, '2026-11-24 17:18:00+00', 'Keep using your plan — call me anytime.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('61b2ceba-4003-4ad6-a2ed-93874ac034cf', 4, '2026-11-24', '2026-11-25 03:12:00+00', 5, 1, false, '[]', 'yes', 7.5, '[]', 'a walk', false, '', 'normal', 2, '73c994c3a4fed953e57d0fc13259fac59ef1c96acf588a45f05920d08027532a', 2, '2026-11-25 17:12:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('18dbb0c1-924a-4cbe-8a53-583bff478895', 4, '2026-11-26', '2026-11-27 03:50:00+00', 4, 1, false, '[]', 'yes', 6, '[]', '', false, '', 'normal', 2, 'cb56fbbe80911f86997cb7acd25a479e59e83aca406bdd8cc05b905e873b0ce8', 2, '2026-11-27 17:50:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('8bd5bb71-0a77-4c0c-9b44-baf5264ed787', 4, '2026-11-28', '2026-11-29 03:38:00+00', 4, 4, false, '[]', 'yes', 6.5, '[]', '', false, '', 'normal', 2, '44da84d686fd0c9a8da6d3abe407e90f4b747a51be7801f3ce8bfdae736b444c', 2, '2026-11-29 17:38:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('33445533-fcd7-4d42-a6d0-0e3468c946b0', 4, '2026-11-29', '2026-11-30 03:18:00+00', 4, 1, false, '[]', 'yes', 7, '["tired"]', '', false, '', 'normal', 2, '28ce67b3ed1c0505d9a2ae7a3eea724746dd1ecf32b8f6b3ca44549ecc54cd8c', 2, '2026-11-30 17:18:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('37396957-d4bf-4115-ad86-b88de3a9312c', 4, '2026-11-30', '2026-12-01 03:28:00+00', 4, 1, false, '[]', 'yes', 5, '["places"]', 'meeting', false, '', 'normal', 2, '02d9a7b59fb33570c66eff36f6c3dafd37c455b04d45a9b66c7fedc68ba67f9e', 2, '2026-12-01 17:28:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('53341f5b-2446-4138-82fd-ef77dea5486a', 4, '2026-12-01', '2026-12-02 03:49:00+00', 3, 2, false, '[]', 'not_prescribed', 5, '["tired","conflict"]', '', false, '', 'normal', 2, '5368c7fa123de727d93918b6f8f0956e95c3880c0fa10c7684c57c08d1004213', 2, '2026-12-02 17:49:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('e656cae2-9282-41e0-9fb1-c3cdee0fbdfd', 4, '2026-12-02', '2026-12-03 03:05:00+00', 3, 2, false, '[]', 'yes', 8, '["boredom"]', 'a walk', false, '', 'normal', 2, 'a995b3157a36dc1fab6ea867adc7bb978f0c0d1f24a2df34ce6d3174caca2b5c', 2, '2026-12-03 17:05:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('9f8bf404-637e-422a-b379-11b8677966ba', 5, '2026-12-03', '2026-12-04 03:39:00+00', 3, 1, false, '[]', 'not_prescribed', 5, '["conflict"]', 'a walk', false, '', 'normal', 2, 'e2bdb8ec83a9b792a25f22b34230996793beeb011a493b5bdffda97c3349f9ff', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('38df9418-7bc3-4303-8205-e550c16ca0e3', 5, '2026-12-04', '2026-12-05 03:19:00+00', 4, 4, false, '[]', 'yes', 6, '[]', '', false, '', 'normal', 2, '3609a60a8725a8897504c4f403d73def8fe56d2bf898f51835dbfc6cfede990a', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('9ee4509c-ae42-4df4-94f0-c9adca5a6e31', 5, '2026-12-05', '2026-12-06 03:03:00+00', 5, 4, false, '[]', 'yes', 5, '["people","boredom"]', '', false, '', 'normal', 2, '8fe0e3f1fcff6836007e95bb5d935d347c251da3089726cf036cc4bc16f0005b', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('49ff9bb6-a4b1-4c59-be17-7771e0f39e52', 5, '2026-12-06', '2026-12-07 00:08:06.515504+00', 1, 10, true, '["alcohol"]', 'yes', 8, '["people"]', '', false, '', 'high', 1, 'a350c02a5c1cce179d0ca6776255c93f4870e1ee032bbf4b68b87063f8062ed2', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c50f9b0f-cf53-4b25-a552-0b8f1daaf702', 5, '2026-11-15', '2026-11-16 03:10:00+00', 2, 8, false, '[]', 'not_prescribed', 5, '[]', 'meeting', false, '', 'high', 1, '34fc0421366adcc4f05531ffa61de926a1b979dbb0dc17879c6648b5f17c5823', 2, '2026-11-16 17:10:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('78b4e31e-c8ca-4618-8608-efb18ff79ca3', 5, '2026-11-16', '2026-11-17 03:21:00+00', 5, 3, false, '[]', 'yes', 5, '[]', '', false, '', 'normal', 2, 'f1eb6d58db658ec871c6fbed5f8c0711fa0aae72ad3d742ecda942fa6cc74ac8', 2, '2026-11-17 17:21:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('5cd15df0-0a97-427d-a385-e347c62c4239', 5, '2026-11-17', '2026-11-18 03:55:00+00', 3, 4, false, '[]', 'yes', 6.5, '["boredom"]', '', false, '', 'normal', 2, 'e361f0683b45f3fa7aae11e8fcf024cdf0cc7cfd2ff524aeb14fe767ca44b50d', 2, '2026-11-18 17:55:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('3bd3cd5a-637d-4bf4-8fa8-cbd5fa0052fe', 5, '2026-11-19', '2026-11-20 03:24:00+00', 4, 3, false, '[]', 'yes', 5, '[]', 'a walk', false, '', 'normal', 2, 'a20375c55566304fb46402e969dcf4541cc88ccb963d7ef42381b85d300d78b7', 2, '2026-11-20 17:24:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('1121879a-71b9-4be6-86ce-5b05b61376dd', 5, '2026-11-20', '2026-11-21 03:27:00+00', 3, 2, false, '[]', 'yes', 7, '[]', 'meeting', false, '', 'normal', 2, 'af797bb33a67431b7e0827ec91fd3c8a4eea021624beefd5b27fc43fe74c6e8e', 2, '2026-11-21 17:27:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('dc1d4141-7e87-42b3-9399-187b2638fb22', 5, '2026-11-21', '2026-11-22 03:10:00+00', 4, 2, false, '[]', 'not_prescribed', 5, '["people","stress"]', 'a walk', false, '', 'normal', 2, 'ed3eb7585f4f065a21ad160124150959fe419d7ae42ead26dc6d8bd80f7038dd', 2, '2026-11-22 17:10:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('6942e300-3ed5-4ba6-854d-8d3713600c40', 5, '2026-11-24', '2026-11-25 03:38:00+00', 4, 2, false, '[]', 'yes', 6, '["stress","conflict"]', '', false, '', 'normal', 2, '88f43f83c6872084dfa212a5a78159bc6fb4307e23ff709b9529ca2863f5d45a', 2, '2026-11-25 17:38:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('e9520b19-c84e-4939-b78f-3a8ce8be2948', 5, '2026-11-25', '2026-11-26 03:20:00+00', 5, 2, false, '[]', 'not_prescribed', 7, '["lonely","tired"]', 'called my sponsor', false, '', 'normal', 2, '6882cbe7c67ce792a380b35d3ca8e0eb578de6bae900531997cb8e5082d30b03', 2, '2026-11-26 17:20:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('1522a8d2-6ef3-4cd1-a21c-fbb2570d1f72', 5, '2026-11-27', '2026-11-28 03:23:00+00', 5, 1, false, '[]', 'not_prescribed', 7.5, '[]', 'a walk', false, '', 'normal', 2, 'd803083c6056ae186267f196df7baabed710615e96c22e19cc5e718e63dc37b1', 2, '2026-11-28 17:23:00+00', 'Keep using your plan — call me anytime.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('9eeeb766-acca-4dfb-99b6-7dfdcb3cb2ee', 5, '2026-11-28', '2026-11-29 03:23:00+00', 3, 0, false, '[]', 'yes', 8, '[]', 'a walk', false, '', 'normal', 2, '6103b0308cf1725365fc764af9b3401dafa66dc857d35ef9ca87d1fe3b3821b4', 2, '2026-11-29 17:23:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('052545f0-9a90-40b9-85ee-8f05e21eeb01', 5, '2026-11-29', '2026-11-30 03:20:00+00', 5, 0, false, '[]', 'yes', 5, '[]', 'meeting', false, '', 'normal', 2, '27935ac45fafad2b22b99afcdcec4647a00acea377764fb51b8f217096fde0c2', 2, '2026-11-30 17:20:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c29fde5a-13af-4896-b01a-f969fe159a6d', 5, '2026-11-30', '2026-12-01 03:31:00+00', 3, 1, false, '[]', 'not_prescribed', 7, '["conflict","people"]', 'a walk', false, '', 'normal', 2, 'f04b1e7420b6bcd35f698e583766ab70b8cf0a2082dbf257c76fe2621211213f', 2, '2026-12-01 17:31:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('7d65dfc7-e599-43c4-bcc8-73db995a4ce9', 5, '2026-12-01', '2026-12-02 03:44:00+00', 3, 2, false, '[]', 'yes', 6, '["places","lonely"]', 'called my sponsor', false, '', 'normal', 2, 'de9e7cd552fcaa39dcbadc8cd95f6e0af5153c36030e456c6caed0a02138e81e', 2, '2026-12-02 17:44:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('48a53be3-5029-4c45-9147-1c0ef831ff82', 5, '2026-12-02', '2026-12-03 03:25:00+00', 4, 3, false, '[]', 'not_prescribed', 5, '["people"]', 'called my sponsor', false, '', 'normal', 2, '60019f7e8211e6820d090c12eb4b5487cdc25187a85a85ea70c2c2e0cd78ded4', 2, '2026-12-03 17:25:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c22e23d4-0945-4198-96a3-037a67e30530', 6, '2026-12-03', '2026-12-04 03:23:00+00', 3, 1, false, '[]', 'yes', 6.5, '[]', 'a walk', false, '', 'normal', 2, 'e777cca8532c40188ab1bc655ebbbf7c26b8d91f63d641a6bb412fefb104aae2', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('58153bb1-ad6f-465c-9fea-4695f0653347', 6, '2026-12-04', '2026-12-05 03:36:00+00', 4, 2, false, '[]', 'not_prescribed', 8, '[]', 'meeting', false, '', 'normal', 2, 'e07ad781475290eaed82be8004b6b7f877c5fb84c886bfd806be6ca2ffe8fd06', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('06e687bd-056d-4084-b66d-a34388d5025b', 6, '2026-12-05', '2026-12-06 03:22:00+00', 3, 1, false, '[]', 'yes', 8, '["places","lonely"]', 'called my sponsor', true, '', 'urgent', 0, '3a5b77ad02e971fd95ef5924aa4dc01220ff0dad02aabb44e6c540ffd6742b51', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('2779bdf8-6973-473e-80a7-104827e14aff', 6, '2026-11-15', '2026-11-16 03:44:00+00', 1, 9, false, '[]', 'yes', 7.5, '[]', 'called my sponsor', false, '', 'high', 1, 'dc67671a004823819af9efb13be154caa0290ee37719f64e21ffb3d968a250ec', 2, '2026-11-16 17:44:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('aea0c5e6-898f-454d-a42d-c72483cc5736', 6, '2026-11-16', '2026-11-17 03:55:00+00', 4, 3, false, '[]', 'yes', 6, '["stress"]', 'called my sponsor', false, '', 'normal', 2, '2e1009923b564f00767c75e7c478b651b945f41f3eeea32d8b85ea9a2a9e7508', 2, '2026-11-17 17:55:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('ca1a5205-f5c8-4f79-8dd2-c99504dd27b6', 6, '2026-11-17', '2026-11-18 03:17:00+00', 3, 0, false, '[]', 'yes', 5, '["boredom","stress"]', 'meeting', false, '', 'normal', 2, '07dbd0d1d0afd4f69cd3331313307482c4643d2b363ce9395e07222dd1ec5700', 2, '2026-11-18 17:17:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('e2ae25c5-2f62-45e2-8840-cc2cb7f26d90', 6, '2026-11-18', '2026-11-19 03:00:00+00', 4, 3, false, '[]', 'yes', 6, '["lonely","people"]', '', false, '', 'normal', 2, '0111f8fd0de209b733c17d990a838bc466dd22331377a14c43ca9fe4f055b8a8', 2, '2026-11-19 17:00:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('d4f36f94-a597-4d1b-ae32-a3084e1e3049', 6, '2026-11-19', '2026-11-20 03:57:00+00', 4, 4, false, '[]', 'not_prescribed', 5, '["people","places"]', 'a walk', false, '', 'normal', 2, '56a1792a5e33b7db2ba966c5dc4c224e5b6be881bcc26bb65cd4fe4ebad276be', 2, '2026-11-20 17:57:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('1553c650-d58c-4282-8eac-6f1f56d25122', 6, '2026-11-20', '2026-11-21 03:30:00+00', 3, 2, false, '[]', 'yes', 8, '["stress","lonely"]', 'a walk', false, '', 'normal', 2, '9289d0729c556d96865d81fffbae4f55f1fce79e1c3c544b70b3baf6d9152d68', 2, '2026-11-21 17:30:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('7f8288ed-0b0c-4895-b6a8-93b72d58c1ee', 6, '2026-11-21', '2026-11-22 03:22:00+00', 5, 4, false, '[]', 'not_prescribed', 8, '[]', '', false, '', 'normal', 2, '2310c0e8fee1c31c4e282b2c8bee660e0ac7d582f159cee28082247f17c7f3cf', 2, '2026-11-22 17:22:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('b25b9d01-2348-416e-a890-f8559a0a2dfc', 6, '2026-11-22', '2026-11-23 03:04:00+00', 4, 0, false, '[]', 'not_prescribed', 7.5, '[]', '', false, '', 'normal', 2, 'ae67eac3604056fcd069bd54bc095a61a5230a09dc4e8f880fb4a36e11c4d971', 2, '2026-11-23 17:04:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('bba7ba7c-e3ff-4bc1-84ad-1028f4579f32', 6, '2026-11-23', '2026-11-24 03:39:00+00', 3, 0, false, '[]', 'yes', 8, '[]', 'meeting', false, '', 'normal', 2, '541fb3443823cf77ac1ee6ef83f0bbd72af751de5f1ffe6aee24ff1db1858e83', 2, '2026-11-24 17:39:00+00', 'Keep using your plan — call me anytime.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('4c520178-fb89-40db-90df-f051584f878f', 6, '2026-11-24', '2026-11-25 03:56:00+00', 4, 4, false, '[]', 'yes', 5, '[]', 'called my sponsor', false, '', 'normal', 2, '6f395c264d7f87d562cb1024c4c1d84e2b35724bc7fbe902e8fac584913a2d12', 2, '2026-11-25 17:56:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('8f5240e6-4c7c-4262-8249-23d8dcdc3f58', 6, '2026-11-25', '2026-11-26 03:04:00+00', 4, 1, false, '[]', 'not_prescribed', 8, '["places"]', 'meeting', false, '', 'normal', 2, 'e3ff9e423c960aca030cb6480b2d9c5bcd2f1c37338eddd9f0cbda3b3da9bcab', 2, '2026-11-26 17:04:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('54d37a3d-46a4-465f-b8c4-2f8dee8c9bb3', 6, '2026-11-26', '2026-11-27 03:30:00+00', 4, 3, false, '[]', 'yes', 7.5, '[]', 'a walk', false, '', 'normal', 2, '264db166fb97bc177b4a7085b9d1b4f0bb2a12ecfc5f9b584c665b11c1e8fc45', 2, '2026-11-27 17:30:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('a439e552-ea1c-4a7a-acfa-72d54982741c', 6, '2026-11-27', '2026-11-28 03:05:00+00', 1, 10, true, '["alcohol"]', 'yes', 5, '[]', '', false, '', 'high', 1, '61ec408c72a758be924d4930b2d8cc01693646f883d80fe22c5145e5010666f8', 2, '2026-11-28 17:05:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('a4624f78-e3fb-4278-b753-aaf9ab33a1e7', 6, '2026-11-28', '2026-11-29 03:59:00+00', 4, 0, false, '[]', 'not_prescribed', 6.5, '[]', 'called my sponsor', false, '', 'normal', 2, 'c9544c311c4433362eb8cb616a94bbdd8757b98259d23e49bf44dcf83a388778', 2, '2026-11-29 17:59:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('18673e93-d7df-4cbd-84e2-3c5d3e815295', 6, '2026-11-29', '2026-11-30 03:13:00+00', 3, 2, false, '[]', 'yes', 7.5, '["conflict","people"]', '', false, '', 'normal', 2, '36d6aa949e6177ecdd98761ed828eeadef02cac6cbcbf1b4aeb17658954e2577', 2, '2026-11-30 17:13:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c444429a-c184-4bd1-86f7-e0f7bf373098', 6, '2026-11-30', '2026-12-01 03:11:00+00', 3, 1, false, '[]', 'yes', 5, '["places","conflict"]', 'a walk', false, '', 'normal', 2, '20363dccfcdadab49b5e97eaa88eee869f3ba498b96c71eb60ed204305cf01bb', 2, '2026-12-01 17:11:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('2990298b-fd77-4d71-bc7d-777e5d41a73c', 6, '2026-12-01', '2026-12-02 03:49:00+00', 3, 1, false, '[]', 'yes', 5, '[]', '', false, '', 'normal', 2, '0785033226fe0d61a03bf1a715efcdbc564f9412c63087a0f8726949dc1a7b7b', 2, '2026-12-02 17:49:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('7e6dc6e4-d7d6-46b6-ab9e-1628ab072bbf', 6, '2026-12-02', '2026-12-03 03:16:00+00', 3, 1, false, '[]', 'yes', 7, '["lonely"]', 'called my sponsor', false, '', 'normal', 2, '6a8d412a0563e5beda1e30bbc67e46fe58bd11172298a94aae00d6702c21e7b3', 2, '2026-12-03 17:16:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('dc4207c4-5e54-4093-84e2-30584ac47b66', 7, '2026-12-03', '2026-12-04 03:34:00+00', 3, 2, false, '[]', 'yes', 6, '["conflict"]', 'meeting', false, '', 'normal', 2, 'fb72736d858b81b25a04032832379c4d44ef1a0e36c3dc85d93c0ef13cd1e0c0', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('017060a0-8566-4734-886e-5ccb4f64ad4d', 7, '2026-12-04', '2026-12-05 03:06:00+00', 3, 0, false, '[]', 'not_prescribed', 8, '["people","boredom"]', 'meeting', false, '', 'normal', 2, '13e7107801be889da41266f81f5eefc48faec59704f4d80223453c06c52d1289', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('f2d694d1-7103-4a38-a1ee-efa93de66f1b', 7, '2026-12-05', '2026-12-06 03:41:00+00', 4, 2, false, '[]', 'not_prescribed', 5, '["boredom"]', '', false, '', 'normal', 2, 'e01af954fcd7f7e420491aa16a6412ade3e9900354d13d2c4501ef142f54432c', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('fec8864a-23bc-44e9-a9ea-8991649031f5', 7, '2026-11-15', '2026-11-16 03:51:00+00', 4, 4, false, '[]', 'yes', 6.5, '["stress"]', 'called my sponsor', false, '', 'normal', 2, 'c8ef4aeb80da7d2886fffe81356f24462a002e74a2497b90250c82fdebf1bd8b', 2, '2026-11-16 17:51:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('362321e7-6b1d-4466-b75e-0090bb7421d2', 7, '2026-11-16', '2026-11-17 03:28:00+00', 1, 9, false, '[]', 'yes', 7.5, '["stress","boredom"]', 'called my sponsor', false, '', 'high', 1, '42bed835bfcccbd6c5ee6e594ff63b8965d7bef92ac7b82cd89064ef59b50974', 2, '2026-11-17 17:28:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('3db556d6-9d75-4ea0-95c5-f3282e5cab27', 7, '2026-11-17', '2026-11-18 03:43:00+00', 5, 2, false, '[]', 'not_prescribed', 5, '["conflict","stress"]', 'called my sponsor', false, '', 'normal', 2, '370ab7268beae6364ca248c415d0cdbd55d65640d48535fd1ffa53ac91e3f7c2', 2, '2026-11-18 17:43:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('2ed689ca-224c-474f-8aed-3f8d9f23e125', 7, '2026-11-18', '2026-11-19 03:51:00+00', 5, 2, false, '[]', 'yes', 7, '["places","lonely"]', 'a walk', false, '', 'normal', 2, '33b3682e325f4461a111045bf2dca00faafe2b8f706de3446e6e5ff8be1ffa19', 2, '2026-11-19 17:51:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('f56e001c-a8cb-49db-8b5a-295cd6363a09', 7, '2026-11-19', '2026-11-20 03:22:00+00', 5, 2, false, '[]', 'yes', 7.5, '["lonely"]', '', false, '', 'normal', 2, '55514924b6594a0e66bbf59a8495a895a281f3fbf44a7bf7b65b252a3040af7e', 2, '2026-11-20 17:22:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('789f25b5-7e8b-4965-b269-95e1da75df78', 7, '2026-11-20', '2026-11-21 03:23:00+00', 3, 0, false, '[]', 'not_prescribed', 7.5, '[]', 'meeting', false, '', 'normal', 2, '6d824a1ba0e0dad8855d9b4b4f4476e5f664a4eae5087537f44971a18d749c6c', 2, '2026-11-21 17:23:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('dfcac60c-58a0-4493-91ee-228a89e7c67b', 7, '2026-11-22', '2026-11-23 03:38:00+00', 3, 0, false, '[]', 'not_prescribed', 6, '["people","places"]', '', false, '', 'normal', 2, '0fff333b7be00d4b1e52ab23043c45bcc1a54ca8bd56548fcb0b1bd9d26c3320', 2, '2026-11-23 17:38:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c2a2a93d-78f4-4847-a482-3c123588124f', 7, '2026-11-23', '2026-11-24 03:56:00+00', 4, 4, false, '[]', 'not_prescribed', 5, '[]', 'a walk', false, '', 'normal', 2, '927971e02338cbab02cc121bae49d194f771e63af4af05ab74c016e71c8030c9', 2, '2026-11-24 17:56:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('5c3d9760-d844-4c64-aad5-c8c8da827343', 7, '2026-11-24', '2026-11-25 03:02:00+00', 1, 8, false, '[]', 'yes', 8, '[]', 'called my sponsor', false, '', 'high', 1, 'ed07df0392662cea7e9d2ae50fe8715ec406e4b58d01eaf1faa2a5c4f82c7b1c', 2, '2026-11-25 17:02:00+00', 'Keep using your plan — call me anytime.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('322af34a-f48e-4049-ad76-149dd88115c1', 7, '2026-11-25', '2026-11-26 03:02:00+00', 3, 1, false, '[]', 'not_prescribed', 8, '[]', '', false, '', 'normal', 2, '6e0a56b6a6b295f8c9f4650bcb0ddaf065dff18f4e7a50c80c053329d5191da3', 2, '2026-11-26 17:02:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('a3f807b2-85f5-4c8c-97ac-e9e91097f1ee', 7, '2026-11-28', '2026-11-29 03:33:00+00', 4, 1, false, '[]', 'not_prescribed', 6, '["conflict","lonely"]', '', false, '', 'normal', 2, '74a9b88b2ff189d17cd6adb6d1f7b6aa0c39b7be1cefef09b7a40b48a1b380ff', 2, '2026-11-29 17:33:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('1aa10c25-e43f-49b0-a2af-d529f6c0e4c3', 7, '2026-11-29', '2026-11-30 03:04:00+00', 5, 2, false, '[]', 'not_prescribed', 6.5, '["places","people"]', '', false, '', 'normal', 2, '71e9ae6fd20130f10ed1ab00bae200bce22125494506287a53526ad231992ee3', 2, '2026-11-30 17:04:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('45b6f485-c485-420b-8b0c-8abb28349c30', 7, '2026-11-30', '2026-12-01 03:39:00+00', 2, 9, false, '[]', 'not_prescribed', 6.5, '[]', 'a walk', false, '', 'high', 1, '175b123fdccd92db693ff6780197026c3c92732ab8843449c657ef3e1c2c6675', 2, '2026-12-01 17:39:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('7b82574d-fb0a-4e02-abab-f25e73d3621f', 7, '2026-12-01', '2026-12-02 03:15:00+00', 5, 4, false, '[]', 'yes', 7.5, '["lonely","people"]', 'a walk', false, '', 'normal', 2, 'eec2ff280b63020558235cb3de742708fe9f443cba085d984861522c52da7d0b', 2, '2026-12-02 17:15:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('73a11803-b278-407c-b47d-86249928f041', 7, '2026-12-02', '2026-12-03 03:43:00+00', 4, 1, false, '[]', 'yes', 6, '["places"]', 'a walk', false, '', 'normal', 2, '616bd33dc578ba4b8ada150b8c4f8188fd73e435d6a0fd671440a20ba75c76e7', 2, '2026-12-03 17:43:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('65f54bb0-446e-4ab9-81e6-b3bc921cd639', 8, '2026-12-03', '2026-12-04 03:40:00+00', 5, 2, false, '[]', 'not_prescribed', 6.5, '["boredom","stress"]', 'meeting', false, '', 'normal', 2, '359cbda320c4339c965f39d97993b1ff816828504e89d39ee917caac0fe67f84', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c671d6d9-b121-4ca2-a977-3f50f6490811', 8, '2026-12-04', '2026-12-05 03:12:00+00', 4, 4, false, '[]', 'yes', 8, '[]', 'meeting', false, '', 'normal', 2, 'f5c1f1a5b0557f80ba3964ca8fa951a80beffa74ff2c98faa09a109c7326430c', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('07f74a3b-4e65-4800-8fb6-06dd1240b2dc', 8, '2026-12-05', '2026-12-06 03:04:00+00', 3, 4, false, '[]', 'yes', 8, '[]', '', false, '', 'normal', 2, 'ad0cfd2ea3ff0238956b8d1d0449b21da7756774f6f41c6de769ca74e15d1603', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('f98fde72-38ff-4950-8ec6-9b780b55091d', 8, '2026-11-17', '2026-11-18 03:27:00+00', 4, 2, false, '[]', 'not_prescribed', 6.5, '["people","stress"]', 'a walk', false, '', 'normal', 2, 'dd1afbe787a14ade72d0d75ed5fc4343412af1b1a647f6c8eff958051f44e21f', 2, '2026-11-18 17:27:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('efd4ec7e-5a15-4bcf-bd6b-d1bf36e60e5a', 8, '2026-11-18', '2026-11-19 03:48:00+00', 5, 3, false, '[]', 'not_prescribed', 8, '[]', 'called my sponsor', false, '', 'normal', 2, 'dca1318af34439c2d48fdbe8755d0a6bedae28626341535fd6ef008a8e21c5bb', 2, '2026-11-19 17:48:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('179419ab-06fc-4820-8050-497b35f1edb0', 8, '2026-11-19', '2026-11-20 03:28:00+00', 4, 0, false, '[]', 'yes', 6, '["tired"]', 'a walk', false, '', 'normal', 2, '0386b3ae1258e22ded02c03cf9d4da30432d6050b64d26824bf04bb31d07f3c4', 2, '2026-11-20 17:28:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('e39f4a98-4f1c-40d1-ab65-467566bdf2f1', 8, '2026-11-20', '2026-11-21 03:56:00+00', 4, 0, false, '[]', 'yes', 7, '["boredom","stress"]', 'called my sponsor', false, '', 'normal', 2, '53e9a2d8742d6dc98cf397d299844332798b4d6dfeb67949e778d2b0a43fd82a', 2, '2026-11-21 17:56:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('9f2a4270-daf5-4482-936a-7f783a36ba2a', 8, '2026-11-21', '2026-11-22 03:45:00+00', 3, 3, false, '[]', 'yes', 5, '["lonely"]', '', false, '', 'normal', 2, '98cedc47fb7ec8df4068a4c2d33bbd1887ba1bc60e153539d57ddfc56c6c6f97', 2, '2026-11-22 17:45:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('9d39bbb9-3cf1-4552-af1d-bedcac3a5c79', 8, '2026-11-22', '2026-11-23 03:49:00+00', 3, 3, false, '[]', 'yes', 7.5, '["tired"]', 'called my sponsor', false, '', 'normal', 2, '0c6ef8f15c5254cfdf021bdccc5725e1750805ac084b9238bf4bae4e2e355e34', 2, '2026-11-23 17:49:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('0301c91a-f12e-4477-9d98-c2e57e9a2904', 8, '2026-11-23', '2026-11-24 03:54:00+00', 4, 2, false, '[]', 'yes', 8, '["places","people"]', 'meeting', false, '', 'normal', 2, 'ab4bd4a940fd24eeea871eb9593eda08fe9975f7c2d4a053b188e98a285173d2', 2, '2026-11-24 17:54:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('ea707266-906d-4f68-b2c6-8c0fb788d071', 8, '2026-11-24', '2026-11-25 03:09:00+00', 4, 4, false, '[]', 'yes', 7, '["conflict"]', 'called my sponsor', false, '', 'normal', 2, '9c37dc780a87917be4c2633ae1734deeba00cc93b5e8defb9a7180392ec363b0', 2, '2026-11-25 17:09:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('e65e01d1-f959-48fb-8964-fd21f22e66cb', 8, '2026-11-25', '2026-11-26 03:32:00+00', 3, 3, false, '[]', 'yes', 7.5, '["conflict","people"]', 'meeting', false, '', 'normal', 2, 'd09a807676428c62d09ff341f40ef9e0ecbef173c0a7109a607e120d71fff918', 2, '2026-11-26 17:32:00+00', 'Keep using your plan — call me anytime.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('21e77ab8-4e09-468e-9275-6622deaf915d', 8, '2026-11-26', '2026-11-27 03:29:00+00', 3, 0, false, '[]', 'yes', 6.5, '[]', 'a walk', false, '', 'normal', 2, '32dd5aac824b892523b0b0c4aab4a0a616d45592533798f20ea7744f517f6736', 2, '2026-11-27 17:29:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('0e7351a3-cb53-41d8-861c-6b323b07f2cf', 8, '2026-11-27', '2026-11-28 03:53:00+00', 3, 0, false, '[]', 'yes', 5, '["conflict","boredom"]', 'meeting', false, '', 'normal', 2, '43677b9d67155d735818ce8bcbda82561ce9a29c2225826e4f0c123278e79a5c', 2, '2026-11-28 17:53:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('2c8ee69b-29c6-419a-9d31-04698b5e7cc4', 8, '2026-11-28', '2026-11-29 03:51:00+00', 3, 0, false, '[]', 'yes', 7.5, '[]', 'meeting', false, '', 'normal', 2, 'b30d7ffa6befec8361b460962aa61f09a35b5ad3600f9cb818b9405f610910f4', 2, '2026-11-29 17:51:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('67e5e054-92ee-447b-83e7-f1885958f82b', 8, '2026-11-29', '2026-11-30 03:32:00+00', 5, 1, false, '[]', 'not_prescribed', 6.5, '["conflict","boredom"]', '', false, '', 'normal', 2, 'c53a0baaa1989d7881bdde80779c86dd88177b8f639f8ebed6f207d0d3913e1d', 2, '2026-11-30 17:32:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('0e7ef3f1-b5e7-4179-a6b1-68c85670bc74', 8, '2026-11-30', '2026-12-01 03:16:00+00', 2, 8, false, '[]', 'yes', 8, '[]', '', false, '', 'high', 1, '6bdaa7f48aaa7fed3fd7dc11e97efc1d45055cd107840951bf6ee2f2deb17684', 2, '2026-12-01 17:16:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('a3ae3daa-c229-4ada-99b8-a020f11484ec', 8, '2026-12-01', '2026-12-02 03:24:00+00', 3, 1, false, '[]', 'not_prescribed', 7, '["conflict","tired"]', 'called my sponsor', false, '', 'normal', 2, '099302cbd17878fa4c7716d02a9f25740326bc2544a3520dd48af87256ff9280', 2, '2026-12-02 17:24:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('74ab23a0-a168-42a2-ab7a-7e7408dbbd26', 8, '2026-12-02', '2026-12-03 03:06:00+00', 5, 4, false, '[]', 'yes', 7, '["lonely"]', 'called my sponsor', false, '', 'normal', 2, '5ae6c724620103dc6996e2acbc12538bb3860bddb8e7348631057fa66dfc5643', 2, '2026-12-03 17:06:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('9ef745bb-c8b1-4f0e-937f-8e140fbd80ef', 9, '2026-12-03', '2026-12-04 03:48:00+00', 4, 2, false, '[]', 'not_prescribed', 6.5, '[]', 'meeting', false, '', 'normal', 2, '823a8190f181c654dec6c844b7c08a9251fe978d9ecf23ed64ccd1ee30c71995', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('e6796649-f141-4403-8215-a589fd8890e9', 9, '2026-12-04', '2026-12-05 03:23:00+00', 4, 3, false, '[]', 'yes', 8, '["lonely"]', 'meeting', false, '', 'normal', 2, 'da97a3e9845a60297966cc68593ab6f0c26fc6e52b0236a64cec098a244ea634', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('ca5c56d8-487d-4c7b-a466-346a63fe3ebb', 9, '2026-12-05', '2026-12-06 03:25:00+00', 4, 1, false, '[]', 'yes', 7, '[]', 'meeting', false, '', 'normal', 2, 'eababa7c60cf96d9426472dea2424d1f1579d915089e0de1a75414b65680febc', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('f658a0fa-4187-4f3b-9000-8dc328777850', 9, '2026-12-06', '2026-12-07 00:08:06.515504+00', 5, 0, false, '[]', 'yes', 6.5, '["places"]', 'a walk', false, '', 'normal', 2, '8f5c61c8cbdb60d857fa021af136ca1104d6618267d1efbb84c583301abc4282', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('950268d8-4168-4184-8fbd-a4d71ddd155b', 9, '2026-11-15', '2026-11-16 03:49:00+00', 4, 2, false, '[]', 'not_prescribed', 6.5, '[]', '', false, '', 'normal', 2, '548890a02ac16cef1a07e8ea3c64d586d2e371123e4fd790b345d7e87ff20cbb', 3, '2026-11-16 17:49:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('e25e6181-99e2-4d88-bdce-d297bc6f8f6b', 9, '2026-11-16', '2026-11-17 03:38:00+00', 4, 1, false, '[]', 'yes', 6, '[]', 'meeting', false, '', 'normal', 2, 'd126db2581f8fc6e927417b5b6c9e1d893684455dc06bc3fbbf248094505ffd7', 3, '2026-11-17 17:38:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('7717468d-89d9-4604-ba93-665e3052f26c', 9, '2026-11-17', '2026-11-18 03:02:00+00', 5, 2, false, '[]', 'yes', 7.5, '[]', 'a walk', false, '', 'normal', 2, '2f100001d12f3b7a1f086cd45a5b4ec8727245b552bdc7d3f6a91c2994302b9a', 3, '2026-11-18 17:02:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('fd5214cb-53f2-46de-9d46-c2757302558c', 9, '2026-11-18', '2026-11-19 03:27:00+00', 3, 3, false, '[]', 'yes', 6.5, '["people"]', '', false, '', 'normal', 2, 'dab999588e3afb8e2330c1ea5d35f6011ad97b9664888794231739bec5674d56', 3, '2026-11-19 17:27:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('9821dfbf-eb58-4e0a-b805-9f56e6f7a84f', 9, '2026-11-19', '2026-11-20 03:16:00+00', 5, 3, false, '[]', 'not_prescribed', 7, '[]', 'a walk', false, '', 'normal', 2, 'b452d0303405195be47ba20b3e83049fe0b205a91bdd2d2f4e6baa13ea94b480', 3, '2026-11-20 17:16:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('821a6a0a-620f-4804-a88a-877502562a4a', 9, '2026-11-20', '2026-11-21 03:34:00+00', 1, 10, true, '["alcohol"]', 'yes', 7, '[]', '', false, '', 'high', 1, '4b2a9ce9b39df582903bd36e272baab29e4a406da66f6d9918b0024d2510aa87', 3, '2026-11-21 17:34:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('7802649f-30f3-48e8-aafe-dc15885b5ded', 9, '2026-11-21', '2026-11-22 03:40:00+00', 4, 2, false, '[]', 'yes', 6.5, '["tired"]', 'meeting', false, '', 'normal', 2, '8751e3fe94417b02e189f0dd09c9fedf39f28e41f00a451cfe727388af054a17', 3, '2026-11-22 17:40:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('e3cf5b80-c748-4213-8e14-0617928e55d7', 9, '2026-11-22', '2026-11-23 03:02:00+00', 5, 1, false, '[]', 'not_prescribed', 5, '["tired","places"]', 'a walk', false, '', 'normal', 2, 'db171ab2a4bf25da65fd0222ea63cd95f9344fe2cb611073ada9c550c8e2fdd2', 3, '2026-11-23 17:02:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('6b43bedc-66e6-433a-baf5-7712b4940006', 9, '2026-11-23', '2026-11-24 03:49:00+00', 2, 8, true, '["alcohol"]', 'yes', 7, '["tired"]', '', false, '', 'high', 1, 'af0845d018b48e2e5eddd42829e19bf37624c8e71a0cf6b26f56cab7ef13f2d0', 3, '2026-11-24 17:49:00+00', 'Keep using your plan — call me anytime.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c4459bc6-4044-4ed9-bd0d-c87b683369d0', 9, '2026-11-24', '2026-11-25 03:08:00+00', 3, 3, false, '[]', 'not_prescribed', 6.5, '["boredom"]', '', false, '', 'normal', 2, '8c6b775dc9f0c2c52fb576540d11001689eb93e3fbe175de948327e6dcdf2c71', 3, '2026-11-25 17:08:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('a973a66b-838b-447a-aa85-7c569f9160f7', 9, '2026-11-25', '2026-11-26 03:11:00+00', 3, 0, false, '[]', 'yes', 8, '["boredom","lonely"]', '', false, '', 'normal', 2, '44533021bf562fe5b4d4793f9ed731b52040f89218c02cbd829c66d31e117db7', 3, '2026-11-26 17:11:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c43815b8-fa8a-439f-b375-cca5be8c5274', 9, '2026-11-26', '2026-11-27 03:45:00+00', 3, 3, false, '[]', 'yes', 6.5, '["people"]', '', false, '', 'normal', 2, '4d361e7183a97bead870cd7166b9c5b27abcd4011d00ba3b2cf5a720e0f41fbc', 3, '2026-11-27 17:45:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('ebdf171d-73a1-4d00-8e43-32a1460b741f', 9, '2026-11-28', '2026-11-29 03:51:00+00', 3, 2, false, '[]', 'yes', 7.5, '["conflict","tired"]', 'meeting', false, '', 'normal', 2, 'ff79f13ab10de2bc46bb23e983e918a44a2432f42b27a36d2a3b3981d3b7e4a5', 3, '2026-11-29 17:51:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('5794d800-6316-462f-82c0-f7ee417fe140', 9, '2026-11-29', '2026-11-30 03:55:00+00', 3, 4, false, '[]', 'not_prescribed', 6, '["boredom"]', 'a walk', false, '', 'normal', 2, 'd6b74fc7baef4304d9943f536664c4085e284574736721c268ca2b5973ac5100', 3, '2026-11-30 17:55:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('99d845d3-dc45-4865-bed9-cb6719701cef', 9, '2026-11-30', '2026-12-01 03:15:00+00', 4, 3, false, '[]', 'not_prescribed', 5, '["tired"]', 'called my sponsor', false, '', 'normal', 2, 'b28b23a99edfcbcfa1021fa2fa0441fd853b3259aed0a4c66b4f558fb3266f74', 3, '2026-12-01 17:15:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('d9e794c5-ac69-4f51-a9fe-6901f0be7283', 9, '2026-12-01', '2026-12-02 03:28:00+00', 4, 4, false, '[]', 'yes', 6.5, '["places"]', '', false, '', 'normal', 2, 'c4ca8d5a677df17de393e1c13a080c02c76a5dedf8d2a21e0cdea7485a00536e', 3, '2026-12-02 17:28:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('b2c4480c-8610-4c89-9c0a-0166babe5259', 9, '2026-12-02', '2026-12-03 03:33:00+00', 3, 2, false, '[]', 'not_prescribed', 8, '["lonely","tired"]', 'a walk', false, '', 'normal', 2, '1a48920e17ec439593e7a8710796e6c114f153eace1d4a533cb0c0edb9f3db72', 3, '2026-12-03 17:33:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('b9119438-ce67-4e2d-ac63-39caa93c10f4', 10, '2026-12-03', '2026-12-04 03:42:00+00', 3, 3, false, '[]', 'yes', 7, '["stress","people"]', 'meeting', false, '', 'normal', 2, '004207d0437d729e71fffefb9d727e56bff3bd67404aacd4edfb943f3c3645d9', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('44472dc2-110b-458d-aaaa-ede12b5ddfd7', 10, '2026-12-04', '2026-12-05 03:10:00+00', 3, 2, false, '[]', 'yes', 6.5, '[]', '', false, '', 'normal', 2, '1c65ab7ebcee3017d2b85f79504ea9f3b7d3416898e5f8b8c6760b4070b0a811', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('64ef3bc5-e9cd-42ce-9e0b-cccb856ce1b1', 10, '2026-12-05', '2026-12-06 03:29:00+00', 3, 0, false, '[]', 'yes', 7, '["conflict"]', 'called my sponsor', false, '', 'normal', 2, 'b7a28520348b0e6cdd97c445ca7f887ba316ab6b71f414f44c92af3a4f67382a', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('b8575578-297c-43f9-9ed7-cf9a77d4db61', 10, '2026-11-15', '2026-11-16 03:08:00+00', 2, 10, false, '[]', 'yes', 5, '["lonely"]', '', false, '', 'high', 1, '2b07d388b8fb5777d0521c5b30e4bc6ddaa08e6050b887206e48a50e61908ffe', 3, '2026-11-16 17:08:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('7c191586-b1c7-48ea-9bf8-e5aa80136439', 10, '2026-11-16', '2026-11-17 03:29:00+00', 3, 1, false, '[]', 'not_prescribed', 8, '["tired"]', 'meeting', false, '', 'normal', 2, '450034562a1079ae8d316b56cb966ddc0c8f4c164e56dff804d5108011716bf0', 3, '2026-11-17 17:29:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('a645a622-b5d6-42e4-9168-0bfecc029d3b', 10, '2026-11-17', '2026-11-18 03:19:00+00', 5, 1, false, '[]', 'yes', 6, '["tired","people"]', 'called my sponsor', false, '', 'normal', 2, '3b9f50991713da240471421bd0af8ca27fa5176dd599a0a51bcdca6befb63e54', 3, '2026-11-18 17:19:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('27a54d60-55e2-48ab-8b6d-035399735986', 10, '2026-11-20', '2026-11-21 03:34:00+00', 5, 1, false, '[]', 'yes', 8, '["conflict"]', '', false, '', 'normal', 2, '44988dd96e9d2881fef7110a5ad79e82b0f776adc1595a3376d5f7c53a2f72d6', 3, '2026-11-21 17:34:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('bb254f7f-49d3-492c-ba81-3f8018febe81', 10, '2026-11-22', '2026-11-23 03:19:00+00', 3, 1, false, '[]', 'not_prescribed', 5, '["conflict","boredom"]', 'a walk', false, '', 'normal', 2, '5fe23879db233633c6f2ba802972d432eb21e25e4e50a15beef3ad843b9a7e18', 3, '2026-11-23 17:19:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('2ba9c51b-e287-42ee-a055-4859437cca48', 10, '2026-11-26', '2026-11-27 03:04:00+00', 3, 2, false, '[]', 'yes', 8, '["tired"]', 'called my sponsor', false, '', 'normal', 2, '2a1a169c5c47015dd68d8734db199ec9832e1fbd5fbf10c5a130544e45d0fd25', 3, '2026-11-27 17:04:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('f5a1c459-40c5-4699-9863-a7124a566e58', 10, '2026-11-28', '2026-11-29 03:32:00+00', 4, 0, false, '[]', 'not_prescribed', 5, '["tired","conflict"]', 'a walk', false, '', 'normal', 2, 'd186fcc1fd5d2d882e818910ae873a871be2064d8391b685eeeb33e65d5e6b2c', 3, '2026-11-29 17:32:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('a5b94bd3-42aa-4ef3-b48b-40e010f9a7f3', 10, '2026-11-29', '2026-11-30 03:53:00+00', 5, 0, false, '[]', 'not_prescribed', 7.5, '["tired","conflict"]', '', false, '', 'normal', 2, 'a7a6ef687900ca67e8aecc232a3723096407f8899c2a135d128f8aa08d047d73', 3, '2026-11-30 17:53:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('bfff43d7-d898-407b-9c91-2e308e20518e', 10, '2026-11-30', '2026-12-01 03:29:00+00', 4, 2, false, '[]', 'not_prescribed', 5, '["people","conflict"]', 'meeting', false, '', 'normal', 2, '884f91e5db154706c9e7730795b5a5f4de31bc014188029a7c8bfb8e1024cf58', 3, '2026-12-01 17:29:00+00', 'Keep using your plan — call me anytime.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('b6852c5a-7d78-4f00-9aba-ace89b133c38', 10, '2026-12-01', '2026-12-02 03:18:00+00', 3, 2, false, '[]', 'yes', 7, '[]', 'called my sponsor', false, '', 'normal', 2, '494ca5b237dec4f7cd13a94aa1e29970b322d4e0baf1d7cb760b46419d9d763d', 3, '2026-12-02 17:18:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('b4bb2d12-432b-4f5f-ab9f-f39bbb51dfd3', 10, '2026-12-02', '2026-12-03 03:06:00+00', 3, 4, false, '[]', 'not_prescribed', 7.5, '["stress"]', 'meeting', false, '', 'normal', 2, 'a931d15baef0f7b3f4669527d197fe80f3f564586aa59dfc3db50ab7292cd70d', 3, '2026-12-03 17:06:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c575b54c-5612-42c6-8b05-44670eb50ce2', 11, '2026-12-03', '2026-12-04 03:40:00+00', 4, 3, false, '[]', 'not_prescribed', 7.5, '["people"]', 'meeting', false, '', 'normal', 2, '4f0ebed20a0d49565b947f08350de95ae448579198535f548d625e068a7dab72', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c7d8f076-5900-4e89-af02-c57e27eae5ba', 11, '2026-12-04', '2026-12-05 03:51:00+00', 5, 4, false, '[]', 'not_prescribed', 6.5, '["boredom"]', 'called my sponsor', false, '', 'normal', 2, '457b3fd66352cca8eaf3d3b0dd9a872f71cc8c7015341233122f426f2f6e210a', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('6aea8a82-aa8f-4641-bf67-bfbaf3c9e530', 11, '2026-12-05', '2026-12-06 03:48:00+00', 3, 1, false, '[]', 'yes', 6, '["people"]', 'a walk', false, '', 'normal', 2, '9abb3f0f127046ff13ae9928421d985f46282221bf323079aac09ff505913ed3', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('75768993-832f-4fbe-8c98-44b15db068c3', 11, '2026-12-06', '2026-12-07 00:08:06.515504+00', 3, 4, false, '[]', 'not_prescribed', 6.5, '["tired","conflict"]', 'meeting', false, '', 'normal', 2, 'fd93d87476cf799bd12c3fc41bb9057f8d3a0fc106789fcd44d9599d13c46241', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('d175b46f-3072-4df1-85d2-0cb3314b9cef', 11, '2026-11-15', '2026-11-16 03:47:00+00', 4, 1, false, '[]', 'not_prescribed', 7.5, '[]', 'called my sponsor', false, '', 'normal', 2, '96513e32b486988682d8c42c54ecce5606c386be7e19ee33fa35bc47c889dd7e', 3, '2026-11-16 17:47:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('429f427a-cf1f-4830-b801-6d1a7e228b5a', 11, '2026-11-16', '2026-11-17 03:09:00+00', 3, 3, false, '[]', 'yes', 7.5, '[]', 'meeting', false, '', 'normal', 2, '130cfb8a62575ea4ae99f3db0e2ec626568849c6415c328661c2073dd838671d', 3, '2026-11-17 17:09:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('65918ed9-c667-4bbf-a97a-bf2277e9dda2', 11, '2026-11-17', '2026-11-18 03:33:00+00', 1, 10, false, '[]', 'not_prescribed', 6.5, '[]', 'meeting', false, '', 'high', 1, '032ca14c1e1eb04a7df83beef2aaa8ce25b2ae9d744e21f655647ba55f3435de', 3, '2026-11-18 17:33:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('2b04f39e-ed06-4a42-a9fc-60f032b75009', 11, '2026-11-18', '2026-11-19 03:04:00+00', 3, 3, false, '[]', 'yes', 6, '[]', 'meeting', false, '', 'normal', 2, '820bbdad5edb2f5927fa6d51284b2ee80d548c4515553042f203cc99b8bfaa92', 3, '2026-11-19 17:04:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('92fd7cd2-a6a7-40b9-b7b0-99055805627c', 11, '2026-11-19', '2026-11-20 03:48:00+00', 4, 2, false, '[]', 'yes', 6.5, '["boredom"]', 'meeting', false, '', 'normal', 2, '21883ae0d0bdf79362925b14cbed9e0738ddbfcd4239ef816b61bdcb26dcb7e7', 3, '2026-11-20 17:48:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('283aeb1e-f724-443b-90d9-775c6d08f972', 11, '2026-11-20', '2026-11-21 03:25:00+00', 4, 0, false, '[]', 'yes', 6, '[]', 'a walk', false, '', 'normal', 2, 'c303b8c266621815cb51585b12feb1594c398c03fab60ba548770dfc06037261', 3, '2026-11-21 17:25:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('ba814266-50ef-4928-af86-f6dd31de6259', 11, '2026-11-21', '2026-11-22 03:48:00+00', 3, 2, false, '[]', 'not_prescribed', 8, '["lonely","boredom"]', '', false, '', 'normal', 2, '39f5e0e02f0d29a5e8c4b6841c40fdd7ee10935691de2a4c8e87979f229faa68', 3, '2026-11-22 17:48:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c26fdfcc-fa0c-4959-835a-06325c05741c', 11, '2026-11-22', '2026-11-23 03:29:00+00', 3, 3, false, '[]', 'not_prescribed', 8, '["conflict"]', 'called my sponsor', false, '', 'normal', 2, '4fc2ff5ef337893c2d4291c1b161e7774127d148ff3cb9e19490b9cf8e33654d', 3, '2026-11-23 17:29:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('e0e54eb1-d23c-43e0-9889-f841bc3f3479', 11, '2026-11-23', '2026-11-24 03:04:00+00', 3, 1, false, '[]', 'yes', 7, '["places","boredom"]', 'meeting', false, '', 'normal', 2, 'e8c3ca373500c208d6e574ca2cf803eb6b7b115a2debd23f0e79fbd718a531f7', 3, '2026-11-24 17:04:00+00', 'Keep using your plan — call me anytime.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('dcd9b58c-8bd1-4ae4-bb09-d1b15c916911', 11, '2026-11-24', '2026-11-25 03:26:00+00', 3, 1, false, '[]', 'yes', 5, '[]', 'a walk', false, '', 'normal', 2, '87b8390ebb8fce74e042478d32461948063270ae43fb482d746f826231fcfecf', 3, '2026-11-25 17:26:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('44f8b3c4-2280-45fa-9814-5906445aa364', 11, '2026-11-25', '2026-11-26 03:35:00+00', 5, 3, false, '[]', 'not_prescribed', 7, '[]', '', false, '', 'normal', 2, '7a816d6dcfe93bd14e11c3349c5878bd94371ac400c51f02456581bc780325e2', 3, '2026-11-26 17:35:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('152f8eb7-6c63-49d1-8968-a574e205eb4c', 11, '2026-11-26', '2026-11-27 03:00:00+00', 1, 8, false, '[]', 'yes', 7, '[]', 'meeting', false, '', 'high', 1, '75ca3577f1bf83c74ec1385455086c748c8ebdee5bf806478731c7961e7b6e07', 3, '2026-11-27 17:00:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('75fb0eeb-ddcc-4cc9-9014-60b6b618555d', 11, '2026-11-27', '2026-11-28 03:59:00+00', 3, 4, false, '[]', 'yes', 7.5, '["tired"]', 'meeting', false, '', 'normal', 2, 'e5489c114d9c72b13c2e1b4967304facf2ab4828ef3306b1824d3f82886711a2', 3, '2026-11-28 17:59:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('e22f616a-a1b1-4254-a387-544ab01fb502', 11, '2026-11-28', '2026-11-29 03:54:00+00', 4, 4, false, '[]', 'yes', 8, '[]', 'a walk', false, '', 'normal', 2, 'e45664e0dbd33eae4f45b2df8c1e814dfa0b37bf38c531a334efb7976343ef25', 3, '2026-11-29 17:54:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('0e5f320a-1d20-4ae2-ac26-b78090920bd6', 11, '2026-11-29', '2026-11-30 03:38:00+00', 3, 2, false, '[]', 'yes', 7.5, '["boredom","lonely"]', 'meeting', false, '', 'normal', 2, '39d99a0832613568072de58c5e7daddf07a52bb56ca8bfcbd62aca8552c96c8d', 3, '2026-11-30 17:38:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('a3e339d9-7188-420c-b988-e78224480ab1', 11, '2026-11-30', '2026-12-01 03:48:00+00', 4, 4, false, '[]', 'yes', 5, '["people"]', 'called my sponsor', false, '', 'normal', 2, '1f6b128fd78c91115bf57a59801e121ce4b1b4d3ab1d86178bd2b3aa85b9afe9', 3, '2026-12-01 17:48:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('37b514c7-2f05-4601-b271-396922118b6c', 11, '2026-12-01', '2026-12-02 03:43:00+00', 3, 3, false, '[]', 'yes', 7, '["places","boredom"]', '', false, '', 'normal', 2, '0ca8da44a8a06ad99961abf20118e5cdf42290d915f4445218cc14507bfcea29', 3, '2026-12-02 17:43:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('9ad747af-b924-43f1-97ee-84b7b45e4cf9', 12, '2026-12-04', '2026-12-05 03:42:00+00', 4, 2, false, '[]', 'yes', 6, '[]', 'meeting', false, '', 'normal', 2, '3a4b36fabb4f117b93a092d7afacb856522d411acaeb99b8c84cb7f199716643', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('95ae8970-1e21-4e3c-bbd8-937b6229a2ef', 12, '2026-12-05', '2026-12-06 03:23:00+00', 3, 3, false, '[]', 'not_prescribed', 7, '["stress"]', 'meeting', false, '', 'normal', 2, 'ef78274106d02910f0243d4b9ee96d929b20ac71c59ad36c2299fab9a5a764ca', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('4dbb1bac-875a-4fe0-a0fe-d783fec4757a', 12, '2026-11-15', '2026-11-16 03:39:00+00', 5, 1, false, '[]', 'yes', 7, '["people","boredom"]', '', false, '', 'normal', 2, '5261d77dd740db3c59e284caa1a7c8cf58d397e948d35e487b3c14cf177d9592', 3, '2026-11-16 17:39:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('0fbc4243-a433-4061-be8a-6982cee4d9dc', 12, '2026-11-16', '2026-11-17 03:21:00+00', 5, 2, false, '[]', 'yes', 7.5, '["tired"]', 'called my sponsor', false, '', 'normal', 2, 'fbdbfd4333a8b31fdeb5255964fb03ef4fd09b411ef6711cd00bc34a558adbdd', 3, '2026-11-17 17:21:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('51d02d47-3cf5-4b37-acda-0e99d1e2e013', 12, '2026-11-17', '2026-11-18 03:07:00+00', 5, 1, false, '[]', 'yes', 7, '["boredom","stress"]', 'a walk', false, '', 'normal', 2, '7943fbbb6ef63ed2903c8210e49e99fd6bc20856582c5dd9a6c18edde23ee3e9', 3, '2026-11-18 17:07:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('8fd5a6dc-ead4-4878-9500-ecd9a1fdf324', 12, '2026-11-18', '2026-11-19 03:13:00+00', 3, 4, false, '[]', 'not_prescribed', 6, '["stress","conflict"]', '', false, '', 'normal', 2, '17a56ef53b6e3a5df60bfd6bfe0c248148d468b7578de0dfa0460eef17bf7011', 3, '2026-11-19 17:13:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c1f3bc91-2d6c-4de6-afd9-88e9098ea876', 12, '2026-11-19', '2026-11-20 03:14:00+00', 5, 2, false, '[]', 'yes', 7.5, '[]', 'called my sponsor', false, '', 'normal', 2, '1f88fe6493a2896b87e08f28f3e4199ab78e1474bf0dfb4b93956c438ba3e6a2', 3, '2026-11-20 17:14:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('42d2af58-74ab-4e17-a42d-17d37cd76843', 12, '2026-11-20', '2026-11-21 03:18:00+00', 3, 3, false, '[]', 'yes', 6.5, '["stress","people"]', 'meeting', false, '', 'normal', 2, '496737c86f60bbdee2139dec7a367a0c929227a3a755f8dc279a54898ae1dd4b', 3, '2026-11-21 17:18:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('cea49273-9dd8-4ebb-a256-791c13b725a7', 12, '2026-11-21', '2026-11-22 03:54:00+00', 3, 0, false, '[]', 'yes', 5, '["conflict","people"]', 'called my sponsor', false, '', 'normal', 2, 'fd79fa5cd63a5f8b9835828344461071b7960269884a1a3ea6aa8ed3118b6e77', 3, '2026-11-22 17:54:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('97674da8-8bed-4ba7-a5a6-2847a2a85928', 12, '2026-11-22', '2026-11-23 03:22:00+00', 3, 3, false, '[]', 'yes', 7, '[]', 'a walk', false, '', 'normal', 2, 'e33bc8221185783ae5c40b04c9fc7d6cf4378e263e703d094e31dfa12e98f64b', 3, '2026-11-23 17:22:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('66bde9ec-d50a-4bba-b6f9-714fd2d307fb', 12, '2026-11-23', '2026-11-24 03:50:00+00', 1, 8, true, '["alcohol"]', 'not_prescribed', 6, '["boredom"]', 'meeting', false, '', 'high', 1, '37dce75468ffba24972c2edc882cae0bd8ccb94d4fa0a0649becf3ebbd59fa8d', 3, '2026-11-24 17:50:00+00', 'Keep using your plan — call me anytime.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c27ffcbf-da23-4b28-bab1-2fab0b767c8b', 12, '2026-11-24', '2026-11-25 03:12:00+00', 5, 0, false, '[]', 'yes', 7, '["tired"]', 'called my sponsor', false, '', 'normal', 2, '09a0b856d77d8cd207aa527cc224e1d0ac5fa4911221b6ad094a9037c4131c35', 3, '2026-11-25 17:12:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('4a229df3-f237-4193-8e08-c008819a38d2', 12, '2026-11-25', '2026-11-26 03:27:00+00', 3, 1, false, '[]', 'yes', 8, '["tired"]', '', false, '', 'normal', 2, 'f557b457bf38f39f6aa4572dd2016e34f51bd08444753d68c9cfbe78372f8f0e', 3, '2026-11-26 17:27:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('6ed235de-2428-4d5d-b353-8ebfb02b2103', 12, '2026-11-26', '2026-11-27 03:56:00+00', 5, 1, false, '[]', 'yes', 6.5, '[]', 'a walk', false, '', 'normal', 2, '885ea613f830725684786f63bd447654438b0d9a57dcb745bc182fb55f7a69f3', 3, '2026-11-27 17:56:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('8436ba3d-defc-4cb7-8502-ab31c79dc932', 12, '2026-11-27', '2026-11-28 03:53:00+00', 3, 0, false, '[]', 'yes', 6.5, '["lonely"]', 'meeting', false, '', 'normal', 2, '8efd367b1790781c695c6c4e8bde2d29874db07ac3d562c91863e66f6b3194ce', 3, '2026-11-28 17:53:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('41ee57e3-ecd1-45c0-8389-9ed7a83c17a0', 12, '2026-11-28', '2026-11-29 03:47:00+00', 4, 4, false, '[]', 'yes', 5, '["conflict","stress"]', 'meeting', false, '', 'normal', 2, '451201e075c283c2476b4698c5e2c39a14bc07c3cc6c4970de92b69cffe29608', 3, '2026-11-29 17:47:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('94b0c25f-2493-4bea-aaab-a6cee3eff53b', 12, '2026-11-29', '2026-11-30 03:27:00+00', 4, 1, false, '[]', 'yes', 6, '[]', 'a walk', false, '', 'normal', 2, '4064f74c34a38368f5480d73a718971a14cc4ff7e45aa4bb1d2743f730932ca2', 3, '2026-11-30 17:27:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('0e78be9c-642d-4919-8ffd-6401e52c4fc2', 12, '2026-12-01', '2026-12-02 03:09:00+00', 5, 1, false, '[]', 'yes', 8, '[]', '', false, '', 'normal', 2, '069b6837c0b3a0cea780a5d5ad61c561c923b63108078e219e6809ba7a8d3e49', 3, '2026-12-02 17:09:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('1e53b6dc-901a-4d8b-9e0f-619e87a4f148', 12, '2026-12-02', '2026-12-03 03:09:00+00', 4, 0, false, '[]', 'yes', 8, '["stress"]', 'called my sponsor', false, '', 'normal', 2, '13fb4c6a0fe5f51c00bc777855deda3e4758871ae9c0595093929c2d7b8788c9', 3, '2026-12-03 17:09:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('b82471e3-cf10-47df-8e5b-90af30d548d6', 13, '2026-12-03', '2026-12-04 03:58:00+00', 3, 1, false, '[]', 'not_prescribed', 5, '["people"]', 'meeting', false, '', 'normal', 2, 'bad24c58239c7b4af4f480a123eb6667160e195607c0c0ed00d20c79afbc80b9', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('29b74ab8-e6b0-44b1-9001-b3b8a0fac5d5', 13, '2026-12-04', '2026-12-05 03:37:00+00', 3, 4, false, '[]', 'yes', 7, '["places","tired"]', 'called my sponsor', false, '', 'normal', 2, '81fd1ccae71e57ca7f07402099556361c8dee7f745a4080f6c2c44d5d9988eaa', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('645d177f-9042-4c61-96e3-569b4f5e2b4d', 13, '2026-12-06', '2026-12-07 00:08:06.515504+00', 4, 4, false, '[]', 'not_prescribed', 8, '["stress","people"]', 'called my sponsor', false, '', 'normal', 2, '8134d83378555314ceb26855d2b355222414e0b334e4bc1fbf3bc414ba55e373', NULL, NULL, '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('e27033f3-8999-41ba-ae7e-178af8b5034b', 13, '2026-11-15', '2026-11-16 03:30:00+00', 3, 1, false, '[]', 'yes', 6, '["boredom"]', '', false, '', 'normal', 2, 'b72c7495467fa7086233b85869bebf4a21acb5a24b3dc4274e7cd1688a9e3bd7', 3, '2026-11-16 17:30:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('80d37449-21bc-40f8-ac5f-e8c6b741c1c5', 13, '2026-11-16', '2026-11-17 03:04:00+00', 4, 3, false, '[]', 'yes', 6, '["tired","places"]', 'meeting', false, '', 'normal', 2, '2fd0fab5b526e295870e89267075637d40e756671bd82fc98e52ffb335b26f62', 3, '2026-11-17 17:04:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('8130f54a-709c-4fff-89d2-bc83c34bdf3b', 13, '2026-11-17', '2026-11-18 03:39:00+00', 3, 4, false, '[]', 'yes', 8, '["places"]', 'meeting', false, '', 'normal', 2, 'b2d2aa57a52791ba3f8dcf3e12c8e9eda0c3195555259f885ad3e08087a41cde', 3, '2026-11-18 17:39:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('f4d9a52c-fab9-4340-ba43-98ebda76e3d1', 13, '2026-11-18', '2026-11-19 03:45:00+00', 3, 4, false, '[]', 'not_prescribed', 6, '["places","stress"]', '', false, '', 'normal', 2, '64fc81aff551a617aaeca1e241c85552caacf1db84d504f1131c930768cb517b', 3, '2026-11-19 17:45:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('52669731-f230-461c-a4f2-2c5cfbd93d59', 13, '2026-11-19', '2026-11-20 03:45:00+00', 5, 4, false, '[]', 'not_prescribed', 5, '["people","places"]', 'a walk', false, '', 'normal', 2, 'b3b14967fd39aae718c80f3df45aab0f847ea85b1f030c29a86ee6005a819e6e', 3, '2026-11-20 17:45:00+00', 'Thanks for being honest about this.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('bf737a40-2894-4d29-8da0-b9571415a94e', 13, '2026-11-20', '2026-11-21 03:32:00+00', 3, 0, false, '[]', 'not_prescribed', 6, '["lonely","places"]', 'called my sponsor', false, '', 'normal', 2, 'f9deff0e6ecded121312e700c115b7d12f5ce8f76848739a0f1b7af674ac0694', 3, '2026-11-21 17:32:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('68331ba0-a0ff-48ee-a751-c3704e50efdb', 13, '2026-11-22', '2026-11-23 03:22:00+00', 3, 1, false, '[]', 'not_prescribed', 6, '[]', '', false, '', 'normal', 2, 'e353ee18ed2386991db2f74f8888d04f4c0464123458d311fbff05f12d3f58b9', 3, '2026-11-23 17:22:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('48fe3962-3bb8-4ad3-bbe9-5916aa8f2001', 13, '2026-11-24', '2026-11-25 03:53:00+00', 1, 8, true, '["alcohol"]', 'yes', 5, '["boredom","stress"]', 'meeting', false, '', 'high', 1, '3799435ed8de2226c8398f7d62aacf731bc6da4b6ce111f61ccb56bcff537cec', 3, '2026-11-25 17:53:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('d207984d-8e01-424d-b659-5227ad23045a', 13, '2026-11-25', '2026-11-26 03:30:00+00', 4, 3, false, '[]', 'not_prescribed', 7.5, '["places","stress"]', 'meeting', false, '', 'normal', 2, 'd59a5bbaf4f8f646d8cd73552cf4fe882f5045b4f07ffac48f55dac0885ef2f6', 3, '2026-11-26 17:30:00+00', 'Keep using your plan — call me anytime.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('c46ab128-d2d1-4328-8ff4-cc31bdc0be6c', 13, '2026-11-26', '2026-11-27 03:56:00+00', 5, 2, false, '[]', 'yes', 6.5, '[]', 'called my sponsor', false, '', 'normal', 2, '3285e625346a09dbeb10fba09985ebbc8a0957682a3ab5e782b439d9faa9db7d', 3, '2026-11-27 17:56:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('71784b49-c268-46b0-86c0-6d45d38fdbfc', 13, '2026-11-27', '2026-11-28 03:37:00+00', 3, 1, false, '[]', 'yes', 7, '[]', 'a walk', false, '', 'normal', 2, 'f777bdb9514beeb04898e62b7bfc3b858e74ff4c7ad123cfad051704b4f6df72', 3, '2026-11-28 17:37:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('1b82c9ae-2b26-4a88-860c-196a56ce14d2', 13, '2026-11-28', '2026-11-29 03:15:00+00', 5, 4, false, '[]', 'yes', 7, '["tired","stress"]', 'meeting', false, '', 'normal', 2, '89a851d35635321b1833b0394c6243f33f14a0f4553f3678aa0b8d861053e5a7', 3, '2026-11-29 17:15:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('71f9fc29-b3c1-40b3-9ce0-3c9feb864633', 13, '2026-11-29', '2026-11-30 03:22:00+00', 5, 3, false, '[]', 'not_prescribed', 7.5, '["tired"]', 'a walk', false, '', 'normal', 2, '353c343f487dbd32deb1db6ffd14c3404c9c4d40cc4fcb01a1edb1fbdb7fa1e0', 3, '2026-11-30 17:22:00+00', 'Good to see you at group.');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('64720003-1ff6-41d1-8ceb-02e050a86eca', 13, '2026-11-30', '2026-12-01 03:01:00+00', 4, 1, false, '[]', 'not_prescribed', 7.5, '["tired","boredom"]', 'called my sponsor', false, '', 'normal', 2, '6b9325ea130de4496aa8b4022bd7507dca5dd72fba7e258b4d3a91cd52806449', 3, '2026-12-01 17:01:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('8e367ab4-ce9d-4640-930e-aadd0fc92ca7', 13, '2026-12-01', '2026-12-02 03:19:00+00', 3, 2, false, '[]', 'yes', 8, '["stress"]', '', false, '', 'normal', 2, 'bb5d8d0be76fddb83551d8bb1123f19cfa979307c4e31ec429158c174ebca479', 3, '2026-12-02 17:19:00+00', '');
INSERT INTO public.checkin (id, client, local_date, submitted_at, mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note, risk, risk_rank, body_hash, reviewed_by, reviewed_at, counselor_note) VALUES ('4680c96d-3383-420a-9fd1-e0df8ec32a45', 13, '2026-12-02', '2026-12-03 03:07:00+00', 2, 10, true, '["alcohol"]', 'not_prescribed', 8, '[]', 'meeting', false, '', 'high', 1, '7d4f5bbd13feedbf0e2cd021ae7185579ae9ed176549722b86e047b952eb012d', 3, '2026-12-03 17:07:00+00', '');


--
-- Data for Name: checkin_policy; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_profile; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.client_profile (id, account, primary_counselor, sobriety_date, coping_plan) VALUES (1, 4, 2, NULL, '');
INSERT INTO public.client_profile (id, account, primary_counselor, sobriety_date, coping_plan) VALUES (2, 5, 2, NULL, '');
INSERT INTO public.client_profile (id, account, primary_counselor, sobriety_date, coping_plan) VALUES (3, 6, 2, NULL, '');
INSERT INTO public.client_profile (id, account, primary_counselor, sobriety_date, coping_plan) VALUES (4, 7, 2, NULL, '');
INSERT INTO public.client_profile (id, account, primary_counselor, sobriety_date, coping_plan) VALUES (5, 8, 2, NULL, '');
INSERT INTO public.client_profile (id, account, primary_counselor, sobriety_date, coping_plan) VALUES (6, 9, 3, NULL, '');
INSERT INTO public.client_profile (id, account, primary_counselor, sobriety_date, coping_plan) VALUES (7, 10, 3, NULL, '');
INSERT INTO public.client_profile (id, account, primary_counselor, sobriety_date, coping_plan) VALUES (8, 11, 3, NULL, '');
INSERT INTO public.client_profile (id, account, primary_counselor, sobriety_date, coping_plan) VALUES (9, 12, 3, NULL, '');
INSERT INTO public.client_profile (id, account, primary_counselor, sobriety_date, coping_plan) VALUES (10, 13, 3, NULL, '');


--
-- Data for Name: drug_test; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (1, 4, 1, 'random', '2026-11-09', '2026-11-09 15:00:00+00', '2026-11-10 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-09 17:00:00+00', '2026-11-09 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (2, 8, 1, 'random', '2026-11-09', '2026-11-09 15:00:00+00', '2026-11-10 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-09 17:00:00+00', '2026-11-09 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (28, 9, 2, 'random', '2026-11-09', '2026-11-09 15:00:00+00', '2026-11-10 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-09 17:00:00+00', '2026-11-09 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (3, 4, 1, 'random', '2026-11-10', '2026-11-10 15:00:00+00', '2026-11-11 00:00:00+00', 'collected', 'dilute', '[]', 'Asked to retest next week.', NULL, 2, '2026-11-10 17:00:00+00', '2026-11-10 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (29, 13, 2, 'random', '2026-11-10', '2026-11-10 15:00:00+00', '2026-11-11 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-10 17:00:00+00', '2026-11-10 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (4, 8, 1, 'random', '2026-11-11', '2026-11-11 15:00:00+00', '2026-11-12 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-11 17:00:00+00', '2026-11-11 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (30, 9, 2, 'random', '2026-11-11', '2026-11-11 15:00:00+00', '2026-11-12 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-11 17:00:00+00', '2026-11-11 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (31, 11, 2, 'random', '2026-11-11', '2026-11-11 15:00:00+00', '2026-11-12 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-11 17:00:00+00', '2026-11-11 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (5, 5, 1, 'random', '2026-11-12', '2026-11-12 15:00:00+00', '2026-11-13 00:00:00+00', 'missed', NULL, '[]', '', NULL, 2, '2026-11-13 00:00:00+00', '2026-11-12 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (32, 10, 2, 'random', '2026-11-12', '2026-11-12 15:00:00+00', '2026-11-13 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-12 17:00:00+00', '2026-11-12 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (33, 11, 2, 'random', '2026-11-12', '2026-11-12 15:00:00+00', '2026-11-13 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-12 17:00:00+00', '2026-11-12 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (6, 6, 1, 'random', '2026-11-13', '2026-11-13 15:00:00+00', '2026-11-14 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-13 17:00:00+00', '2026-11-13 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (7, 7, 1, 'random', '2026-11-13', '2026-11-13 15:00:00+00', '2026-11-14 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-13 17:00:00+00', '2026-11-13 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (34, 9, 2, 'random', '2026-11-13', '2026-11-13 15:00:00+00', '2026-11-14 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-13 17:00:00+00', '2026-11-13 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (35, 11, 2, 'random', '2026-11-13', '2026-11-13 15:00:00+00', '2026-11-14 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-13 17:00:00+00', '2026-11-13 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (8, 8, 1, 'random', '2026-11-16', '2026-11-16 15:00:00+00', '2026-11-17 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-16 17:00:00+00', '2026-11-16 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (36, 12, 2, 'random', '2026-11-16', '2026-11-16 15:00:00+00', '2026-11-17 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-16 17:00:00+00', '2026-11-16 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (37, 13, 2, 'random', '2026-11-16', '2026-11-16 15:00:00+00', '2026-11-17 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-16 17:00:00+00', '2026-11-16 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (9, 4, 1, 'random', '2026-11-17', '2026-11-17 15:00:00+00', '2026-11-18 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-17 17:00:00+00', '2026-11-17 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (10, 6, 1, 'random', '2026-11-17', '2026-11-17 15:00:00+00', '2026-11-18 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-17 17:00:00+00', '2026-11-17 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (11, 6, 1, 'random', '2026-11-18', '2026-11-18 15:00:00+00', '2026-11-19 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-18 17:00:00+00', '2026-11-18 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (12, 8, 1, 'random', '2026-11-18', '2026-11-18 15:00:00+00', '2026-11-19 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-18 17:00:00+00', '2026-11-18 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (38, 9, 2, 'random', '2026-11-18', '2026-11-18 15:00:00+00', '2026-11-19 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-18 17:00:00+00', '2026-11-18 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (39, 10, 2, 'random', '2026-11-18', '2026-11-18 15:00:00+00', '2026-11-19 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-18 17:00:00+00', '2026-11-18 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (13, 5, 1, 'random', '2026-11-19', '2026-11-19 15:00:00+00', '2026-11-20 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-19 17:00:00+00', '2026-11-19 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (14, 8, 1, 'random', '2026-11-19', '2026-11-19 15:00:00+00', '2026-11-20 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-19 17:00:00+00', '2026-11-19 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (40, 10, 2, 'random', '2026-11-19', '2026-11-19 15:00:00+00', '2026-11-20 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-19 17:00:00+00', '2026-11-19 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (41, 10, 2, 'random', '2026-11-20', '2026-11-20 15:00:00+00', '2026-11-21 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-20 17:00:00+00', '2026-11-20 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (15, 4, 1, 'random', '2026-11-23', '2026-11-23 15:00:00+00', '2026-11-24 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-23 17:00:00+00', '2026-11-23 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (42, 9, 2, 'random', '2026-11-23', '2026-11-23 15:00:00+00', '2026-11-24 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-23 17:00:00+00', '2026-11-23 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (43, 10, 2, 'random', '2026-11-23', '2026-11-23 15:00:00+00', '2026-11-24 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-23 17:00:00+00', '2026-11-23 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (44, 11, 2, 'random', '2026-11-23', '2026-11-23 15:00:00+00', '2026-11-24 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-23 17:00:00+00', '2026-11-23 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (45, 13, 2, 'random', '2026-11-23', '2026-11-23 15:00:00+00', '2026-11-24 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-23 17:00:00+00', '2026-11-23 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (16, 4, 1, 'random', '2026-11-24', '2026-11-24 15:00:00+00', '2026-11-25 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-24 17:00:00+00', '2026-11-24 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (17, 5, 1, 'random', '2026-11-24', '2026-11-24 15:00:00+00', '2026-11-25 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-24 17:00:00+00', '2026-11-24 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (18, 6, 1, 'random', '2026-11-24', '2026-11-24 15:00:00+00', '2026-11-25 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-24 17:00:00+00', '2026-11-24 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (19, 7, 1, 'random', '2026-11-24', '2026-11-24 15:00:00+00', '2026-11-25 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-24 17:00:00+00', '2026-11-24 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (46, 9, 2, 'random', '2026-11-24', '2026-11-24 15:00:00+00', '2026-11-25 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-24 17:00:00+00', '2026-11-24 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (47, 10, 2, 'random', '2026-11-24', '2026-11-24 15:00:00+00', '2026-11-25 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-24 17:00:00+00', '2026-11-24 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (48, 12, 2, 'random', '2026-11-24', '2026-11-24 15:00:00+00', '2026-11-25 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-24 17:00:00+00', '2026-11-24 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (20, 5, 1, 'random', '2026-11-25', '2026-11-25 15:00:00+00', '2026-11-26 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-25 17:00:00+00', '2026-11-25 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (49, 9, 2, 'random', '2026-11-25', '2026-11-25 15:00:00+00', '2026-11-26 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-25 17:00:00+00', '2026-11-25 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (50, 10, 2, 'random', '2026-11-25', '2026-11-25 15:00:00+00', '2026-11-26 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-25 17:00:00+00', '2026-11-25 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (51, 11, 2, 'random', '2026-11-25', '2026-11-25 15:00:00+00', '2026-11-26 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-25 17:00:00+00', '2026-11-25 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (52, 12, 2, 'random', '2026-11-25', '2026-11-25 15:00:00+00', '2026-11-26 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-25 17:00:00+00', '2026-11-25 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (21, 4, 1, 'random', '2026-11-26', '2026-11-26 15:00:00+00', '2026-11-27 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-26 17:00:00+00', '2026-11-26 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (53, 11, 2, 'random', '2026-11-26', '2026-11-26 15:00:00+00', '2026-11-27 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-26 17:00:00+00', '2026-11-26 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (54, 9, 2, 'random', '2026-11-27', '2026-11-27 15:00:00+00', '2026-11-28 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-27 17:00:00+00', '2026-11-27 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (55, 12, 2, 'random', '2026-11-27', '2026-11-27 15:00:00+00', '2026-11-28 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-27 17:00:00+00', '2026-11-27 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (56, 13, 2, 'random', '2026-11-27', '2026-11-27 15:00:00+00', '2026-11-28 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-27 17:00:00+00', '2026-11-27 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (22, 4, 1, 'random', '2026-11-30', '2026-11-30 15:00:00+00', '2026-12-01 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-11-30 17:00:00+00', '2026-11-30 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (57, 9, 2, 'random', '2026-11-30', '2026-11-30 15:00:00+00', '2026-12-01 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-30 17:00:00+00', '2026-11-30 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (58, 11, 2, 'random', '2026-11-30', '2026-11-30 15:00:00+00', '2026-12-01 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-11-30 17:00:00+00', '2026-11-30 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (23, 5, 1, 'random', '2026-12-01', '2026-12-01 15:00:00+00', '2026-12-02 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-12-01 17:00:00+00', '2026-12-01 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (24, 6, 1, 'random', '2026-12-01', '2026-12-01 15:00:00+00', '2026-12-02 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-12-01 17:00:00+00', '2026-12-01 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (25, 7, 1, 'random', '2026-12-01', '2026-12-01 15:00:00+00', '2026-12-02 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-12-01 17:00:00+00', '2026-12-01 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (59, 11, 2, 'random', '2026-12-01', '2026-12-01 15:00:00+00', '2026-12-02 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-12-01 17:00:00+00', '2026-12-01 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (60, 9, 2, 'random', '2026-12-02', '2026-12-02 15:00:00+00', '2026-12-03 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-12-02 17:00:00+00', '2026-12-02 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (26, 4, 1, 'random', '2026-12-03', '2026-12-03 15:00:00+00', '2026-12-04 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-12-03 17:00:00+00', '2026-12-03 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (61, 9, 2, 'random', '2026-12-03', '2026-12-03 15:00:00+00', '2026-12-04 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-12-03 17:00:00+00', '2026-12-03 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (62, 11, 2, 'random', '2026-12-03', '2026-12-03 15:00:00+00', '2026-12-04 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-12-03 17:00:00+00', '2026-12-03 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (27, 7, 1, 'random', '2026-12-04', '2026-12-04 15:00:00+00', '2026-12-05 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 2, '2026-12-04 17:00:00+00', '2026-12-04 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (63, 9, 2, 'random', '2026-12-04', '2026-12-04 15:00:00+00', '2026-12-05 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-12-04 17:00:00+00', '2026-12-04 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (64, 10, 2, 'random', '2026-12-04', '2026-12-04 15:00:00+00', '2026-12-05 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-12-04 17:00:00+00', '2026-12-04 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (65, 11, 2, 'random', '2026-12-04', '2026-12-04 15:00:00+00', '2026-12-05 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-12-04 17:00:00+00', '2026-12-04 13:00:00+00');
INSERT INTO public.drug_test (id, client, track, kind, local_date, window_start_at, window_end_at, status, result, substances, note, created_by, recorded_by, recorded_at, created_at) VALUES (66, 12, 2, 'random', '2026-12-04', '2026-12-04 15:00:00+00', '2026-12-05 00:00:00+00', 'collected', 'negative', '[]', '', NULL, 3, '2026-12-04 17:00:00+00', '2026-12-04 13:00:00+00');


--
-- Data for Name: enrollment; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.enrollment (id, client, track, program, starts_on, ends_on, status) VALUES (1, 4, 1, 1, '2026-11-09', NULL, 'active');
INSERT INTO public.enrollment (id, client, track, program, starts_on, ends_on, status) VALUES (2, 5, 1, 1, '2026-11-09', NULL, 'active');
INSERT INTO public.enrollment (id, client, track, program, starts_on, ends_on, status) VALUES (3, 6, 1, 1, '2026-11-09', NULL, 'active');
INSERT INTO public.enrollment (id, client, track, program, starts_on, ends_on, status) VALUES (4, 7, 1, 1, '2026-11-09', NULL, 'active');
INSERT INTO public.enrollment (id, client, track, program, starts_on, ends_on, status) VALUES (5, 8, 1, 1, '2026-11-09', NULL, 'active');
INSERT INTO public.enrollment (id, client, track, program, starts_on, ends_on, status) VALUES (6, 9, 2, 1, '2026-11-09', NULL, 'active');
INSERT INTO public.enrollment (id, client, track, program, starts_on, ends_on, status) VALUES (7, 10, 2, 1, '2026-11-09', NULL, 'active');
INSERT INTO public.enrollment (id, client, track, program, starts_on, ends_on, status) VALUES (8, 11, 2, 1, '2026-11-09', NULL, 'active');
INSERT INTO public.enrollment (id, client, track, program, starts_on, ends_on, status) VALUES (9, 12, 2, 1, '2026-11-09', NULL, 'active');
INSERT INTO public.enrollment (id, client, track, program, starts_on, ends_on, status) VALUES (10, 13, 2, 1, '2026-11-09', NULL, 'active');


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: meeting_directory; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (1, 'sunrise-serenity', 1, '07:00', 420, '08:00', 'Sunrise Serenity', '["O","D"]', 'in_person', 'Capitol Hill Alano Club', '1201 Pennsylvania St', 'Denver', '', 'America/Denver', 'aa', 'sunrise serenity capitol hill alano club denver', '666105a7e5f4e4d483de3a9b0308d6c56aff509699000421f7841e0532329f42', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (2, 'sunrise-serenity', 2, '07:00', 420, '08:00', 'Sunrise Serenity', '["O","D"]', 'in_person', 'Capitol Hill Alano Club', '1201 Pennsylvania St', 'Denver', '', 'America/Denver', 'aa', 'sunrise serenity capitol hill alano club denver', '901f3a5953b4dddd5e1d2f15887f2570039b9ff5b2aa1e06ee3297865f975728', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (3, 'sunrise-serenity', 3, '07:00', 420, '08:00', 'Sunrise Serenity', '["O","D"]', 'in_person', 'Capitol Hill Alano Club', '1201 Pennsylvania St', 'Denver', '', 'America/Denver', 'aa', 'sunrise serenity capitol hill alano club denver', 'f64e229001e899d0a124a1f6baff853361e3767b5ccf67669b4df5903badc766', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (4, 'sunrise-serenity', 4, '07:00', 420, '08:00', 'Sunrise Serenity', '["O","D"]', 'in_person', 'Capitol Hill Alano Club', '1201 Pennsylvania St', 'Denver', '', 'America/Denver', 'aa', 'sunrise serenity capitol hill alano club denver', 'ac2acb10ca58abebf8410a4145815409896b413eb1d669798ce4c8a09cf12d2e', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (5, 'sunrise-serenity', 5, '07:00', 420, '08:00', 'Sunrise Serenity', '["O","D"]', 'in_person', 'Capitol Hill Alano Club', '1201 Pennsylvania St', 'Denver', '', 'America/Denver', 'aa', 'sunrise serenity capitol hill alano club denver', '844021e0c8b2f8333b79e25db01e079f9b9986dd90cfc4f9bb869cd6908722d0', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (6, 'tuesday-night-steps', 2, '19:00', 1140, '', 'Tuesday Night Steps', '["C","ST"]', 'in_person', 'St. Paul''s Church', '1600 Grant St', 'Denver', '', 'America/Denver', 'aa', 'tuesday night steps st. paul''s church denver', 'cc3cab245a9bfcaea867ca14af54522e462e1a7598a057d495f2cccf67e0e447', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (7, 'lodo-big-book', 4, '12:10', 730, '', 'LoDo Big Book', '["O","B"]', 'in_person', 'Union Station Community Room', '1701 Wynkoop St', 'Denver', '', 'America/Denver', 'aa', 'lodo big book union station community room denver', 'ee5a070b5a96b0b1851bd1f85ab77c07dfbe8c8d14d8e27af4c1ce52e1ae4520', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (8, 'mile-high-online', 0, '20:00', 1200, '', 'Mile High Online', '["O","ONL"]', 'online', '', '', '', 'https://zoom.us/j/83012345678', 'America/Denver', 'aa', 'mile high online  ', '7fbdb8449b7ceaf32bda8ac83a95adc642f41e5327326e722fbb936d10525cd8', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (9, 'mile-high-online', 3, '20:00', 1200, '', 'Mile High Online', '["O","ONL"]', 'online', '', '', '', 'https://zoom.us/j/83012345678', 'America/Denver', 'aa', 'mile high online  ', '529a8f5c48d98d5ef757e2476f70fa38f73f99e2f16498749809c6b4dc111ea1', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (10, 'womens-wednesday', 3, '18:30', 1110, '', 'Women''s Wednesday', '["C","W"]', 'hybrid', 'Highlands Church', '3500 W 32nd Ave', 'Denver', 'https://zoom.us/j/84123456789', 'America/Denver', 'aa', 'women''s wednesday highlands church denver', '31283a44b0fb5757b4663b66079fed9c167882a3c3c42ec2849a0e0ef9ee9780', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (11, 'saturday-speaker', 6, '10:00', 600, '', 'Saturday Speaker Meeting', '["O","SP"]', 'in_person', 'Denver Central Library', '10 W 14th Ave Pkwy', 'Denver', '', 'America/Denver', 'aa', 'saturday speaker meeting denver central library denver', '2fa88b299a718bd87abf1cc3e18e281e26a73d0f15ddb8c1533d50470f7f23c5', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (12, 'na-clean-and-serene', 1, '18:00', 1080, '', 'Clean and Serene', '["O","D"]', 'in_person', 'Five Points Rec Center', '2880 Washington St', 'Denver', '', 'America/Denver', 'na', 'clean and serene five points rec center denver', '51118f99217adb62cfafabb926711cf73c4a5e05c2109be1078273286c199bb2', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (13, 'na-clean-and-serene', 4, '18:00', 1080, '', 'Clean and Serene', '["O","D"]', 'in_person', 'Five Points Rec Center', '2880 Washington St', 'Denver', '', 'America/Denver', 'na', 'clean and serene five points rec center denver', '3f62d3ac317bdad0144f761dc5dc8f27a05fca0ee055d2ae2f951d9891d32962', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (14, 'na-just-for-today', 0, '17:00', 1020, '', 'Just For Today', '["O","ONL"]', 'online', '', '', '', 'https://zoom.us/j/85234567890', 'America/Denver', 'na', 'just for today  ', '00367fa668b460c2dbd360666414aca6f6551afee419eebd91bb087356ad3f0f', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (15, 'na-basic-text', 5, '19:30', 1170, '', 'Basic Text Study', '["O","D"]', 'in_person', 'Park Hill Methodist', '5209 Montview Blvd', 'Denver', '', 'America/Denver', 'na', 'basic text study park hill methodist denver', '08dde866c1fb8b1da99fae115546e6835de4b3da39aa9b07dc0c85eaeb724313', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (16, 'smart-denver-downtown', 2, '17:30', 1050, '', 'SMART Recovery Downtown', '[]', 'in_person', 'Recovery Café', '2100 Stout St', 'Denver', '', 'America/Denver', 'smart', 'smart recovery downtown recovery café denver', '4c5dc510f1865fed181646b4da61c0eccc941a45307b105310644ed5e2288b32', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (17, 'smart-online-evening', 4, '19:00', 1140, '', 'SMART Recovery Online', '["ONL"]', 'online', '', '', '', 'https://zoom.us/j/86345678901', 'America/Denver', 'smart', 'smart recovery online  ', '66865de1095600a60833eea2676ca022c4db59ce64b1ca4939d177d6cf4491d3', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_directory (id, slug, day, "time", minute, end_time, name, types, format, location, address, city, conference_url, timezone, fellowship, search, content_hash, updated_at) VALUES (18, 'smart-family', 1, '18:00', 1080, '', 'SMART Family & Friends', '[]', 'hybrid', 'Sloan''s Lake Library', '4500 W 17th Ave', 'Denver', 'https://zoom.us/j/87456789012', 'America/Denver', 'smart', 'smart family & friends sloan''s lake library denver', '2b37f933ad2f1e1ebf5ef77d628a6c3602613aa61a98396f484d743ad530f84e', '2026-12-07 00:13:06.515504+00');


--
-- Data for Name: meeting_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('0ed90475-9531-485d-9d9d-c9f81818e811', 4, 'smart', 'SMART Family & Friends', '2026-11-25 20:13:06.515504+00', 'in_person', '', 18, 'd13f4008a0aae950755cabb81246ae1f5e98c3b7a0c87f662b71ad28852e648b', '2026-11-27 00:13:06.515504+00', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('6b0d549b-6f03-475a-9600-a35a099950d8', 4, 'aa', 'LoDo Big Book', '2026-11-30 00:13:06.515504+00', 'in_person', '', 7, 'c4abba08958ba6110da28f964f010741a7de68f504ba3f72f76176c6af1f3857', '2026-12-01 00:13:06.515504+00', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('0f21ddb6-6cad-4a26-8d11-6ece1738f7d9', 4, 'aa', 'Mile High Online', '2026-12-03 20:13:06.515504+00', 'online', '', 8, '230b428e3cab92be0efceef0aef017977f723614c3f93f498d6d63e28c836c37', '2026-12-05 00:13:06.515504+00', NULL, NULL);
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('a09f76b5-a170-4338-b926-3059f28c105d', 4, 'aa', 'Sunrise Serenity', '2026-12-04 20:13:06.515504+00', 'in_person', '', 4, 'd2b7d79546a04a4a8a5b3ca569ab8dab58ec155883bd1a97203cc992cb140309', '2026-12-06 00:13:06.515504+00', NULL, NULL);
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('0cb1e29c-658c-4a14-95e6-0af593bd04cf', 4, 'aa', 'Sunrise Serenity', '2026-12-05 23:13:06.515504+00', 'in_person', '', 2, '5fc03160702d0b3802641d402730f0ed28e01cfd229c34d28b8d909137b2da2b', '2026-12-07 00:13:06.515504+00', NULL, NULL);
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('92276658-1e27-41c0-8a6a-63ec24ede6a4', 5, 'na', 'Just For Today', '2026-11-27 22:13:06.515504+00', 'online', '', 14, '06326c43d02a087379652885c884483fb1d66beb0ee50861fc96d0b09c062861', '2026-11-29 00:13:06.515504+00', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('1a61dbe2-2e44-458b-ae97-ba94d0eda82f', 5, 'smart', 'SMART Family & Friends', '2026-12-01 20:13:06.515504+00', 'in_person', '', 18, 'b8a84b3d25a9787b4a5b9cc382529a4643d56fd281524deae364d6937be04a1b', '2026-12-03 00:13:06.515504+00', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('b64ce422-8c38-4b29-98f1-35d25f557203', 5, 'aa', 'LoDo Big Book', '2026-12-04 00:13:06.515504+00', 'in_person', '', 7, '22324b986eb6cd1d411ff0506b864f500d4b844e311b4884375da2f12d8d9d13', '2026-12-05 00:13:06.515504+00', NULL, NULL);
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('7731af10-506b-42ef-86f8-77186d76b07e', 6, 'smart', 'SMART Family & Friends', '2026-11-26 20:13:06.515504+00', 'in_person', '', 18, 'e21dc1b350ee1a5f60d3472b5b574ffa9e22cfbb575928eae8f8d573a674228f', '2026-11-28 00:13:06.515504+00', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('cb5c7427-3f98-4277-8cbd-87ad5c90a958', 6, 'na', 'Basic Text Study', '2026-11-28 23:13:06.515504+00', 'in_person', '', 15, 'f11417e32ae6722fe63e1f3055f29675b26736877bdbd188658da17c57fbe146', '2026-11-30 00:13:06.515504+00', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('86734721-4cdd-4055-930d-6eaf14f4733f', 6, 'aa', 'Mile High Online', '2026-12-02 21:13:06.515504+00', 'online', '', 8, 'b22b81156de7920564d2e46a23f89812338033851f071c6c82109b850ed252be', '2026-12-04 00:13:06.515504+00', NULL, NULL);
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('c1d3fcff-2a3a-44d4-ab0a-18e8830e07bc', 7, 'aa', 'Sunrise Serenity', '2026-11-24 22:13:06.515504+00', 'in_person', '', 4, '80ec9def7f0b036e14df7f6a655c81293a913e12a52d1d58eb5e16780e3dbf93', '2026-11-26 00:13:06.515504+00', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('0a097c97-6bf4-4c69-bd2c-af82eeeacbe2', 7, 'aa', 'Sunrise Serenity', '2026-11-26 19:13:06.515504+00', 'in_person', '', 5, 'a7fb11b7af257b52635d51496d81e0a4b588f5402a4c0854328cec81645c483c', '2026-11-28 00:13:06.515504+00', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('ca02135e-92b1-43f2-8ede-0d7ac3baea9e', 7, 'aa', 'Sunrise Serenity', '2026-11-28 22:13:06.515504+00', 'in_person', '', 3, '1663b67bd04b9ce46ec0b8b7c049dd989e0ce73ef6982d66581b87abb6e2063d', '2026-11-30 00:13:06.515504+00', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('7f26144b-9828-4fcd-99a5-4a7bb1fee08f', 7, 'aa', 'Saturday Speaker Meeting', '2026-12-01 20:13:06.515504+00', 'in_person', '', 11, 'dba111eabe4c8020c1e42784ffd4100d5ff57bf8e290ccd90a41cee8c20457d0', '2026-12-03 00:13:06.515504+00', 2, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.meeting_log (id, client, fellowship, name, attended_at, format, note, directory, body_hash, logged_at, verified_by, verified_at) VALUES ('f1d69ed6-17f5-4837-9708-20fe119a72d1', 7, 'na', 'Basic Text Study', '2026-12-04 22:13:06.515504+00', 'in_person', '', 15, '87589158453077fb160ef7c7b29f74746f559fbb2207ba5a52c0637adb4a258b', '2026-12-06 00:13:06.515504+00', NULL, NULL);


--
-- Data for Name: migration; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (1, '2026-11-24T04:45:52:485036', 'accounts', '2026-12-07 00:13:05.31886');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (2, '2026-11-24T04:45:52:855876', 'audit', '2026-12-07 00:13:05.331509');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (3, '2026-11-24T04:46:00:000000', 'audit', '2026-12-07 00:13:05.338126');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (4, '2026-11-24T08:08:54:266476', 'programs', '2026-12-07 00:13:05.404765');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (5, '2026-11-24T08:09:30:000000', 'programs', '2026-12-07 00:13:05.416458');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (6, '2026-11-24T09:42:31:566932', 'programs', '2026-12-07 00:13:05.419767');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (7, '2026-11-24T10:12:04:698896', 'meetings', '2026-12-07 00:13:05.447338');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (8, '2026-11-24T10:12:30:000000', 'meetings', '2026-12-07 00:13:05.454019');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (9, '2026-11-24T11:00:22:673579', 'notifications', '2026-12-07 00:13:05.482512');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (10, '2026-11-24T11:01:00:000000', 'notifications', '2026-12-07 00:13:05.487183');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (11, '2026-11-24T09:13:50:408790', 'checkins', '2026-12-07 00:13:05.505032');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (12, '2026-11-24T09:14:30:000000', 'checkins', '2026-12-07 00:13:05.509549');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (13, '2026-11-24T10:11:17:067343', 'homework', '2026-12-07 00:13:05.534996');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (14, '2026-11-24T10:12:00:000000', 'homework', '2026-12-07 00:13:05.545771');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (15, '2026-11-24T11:01:28:289444', 'testing', '2026-12-07 00:13:05.577376');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (16, '2026-11-24T11:02:00:000000', 'testing', '2026-12-07 00:13:05.587155');
INSERT INTO public.migration (id, name, app_name, ran_on) VALUES (17, '2026-11-24T17:00:00:000000', 'changes', '2026-12-07 00:13:05.614922');


--
-- Data for Name: notification; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: notification_pref; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: program; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.program (id, name, timezone, min_weekly_hours, phone) VALUES (1, 'Front Range IOP', 'America/Denver', 9, '(303) 555-0142');


--
-- Data for Name: push_subscription; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: random_test_policy; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.random_test_policy (id, track, tests_per_week, selection_time, window_start, window_end, days, active, updated_at) VALUES (1, 1, 2, '06:00', '08:00', '17:00', 'MO,TU,WE,TH,FR', true, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.random_test_policy (id, track, tests_per_week, selection_time, window_start, window_end, days, active, updated_at) VALUES (2, 2, 2, '06:00', '08:00', '17:00', 'MO,TU,WE,TH,FR', true, '2026-12-07 00:13:06.515504+00');


--
-- Data for Name: session_occurrence; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (1, 1, 1, NULL, '2026-11-10 01:00:00+00', '2026-11-10 01:00:00+00', '2026-11-10 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (2, 1, 1, NULL, '2026-11-12 01:00:00+00', '2026-11-12 01:00:00+00', '2026-11-12 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (3, 1, 1, NULL, '2026-11-13 01:00:00+00', '2026-11-13 01:00:00+00', '2026-11-13 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (4, 1, 1, NULL, '2026-11-17 01:00:00+00', '2026-11-17 01:00:00+00', '2026-11-17 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (5, 1, 1, NULL, '2026-11-19 01:00:00+00', '2026-11-19 01:00:00+00', '2026-11-19 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (6, 1, 1, NULL, '2026-11-20 01:00:00+00', '2026-11-20 01:00:00+00', '2026-11-20 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (7, 1, 1, NULL, '2026-11-24 01:00:00+00', '2026-11-24 01:00:00+00', '2026-11-24 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (8, 1, 1, NULL, '2026-11-26 01:00:00+00', '2026-11-26 01:00:00+00', '2026-11-26 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (9, 1, 1, NULL, '2026-11-27 01:00:00+00', '2026-11-27 01:00:00+00', '2026-11-27 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (10, 1, 1, NULL, '2026-12-01 01:00:00+00', '2026-12-01 01:00:00+00', '2026-12-01 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (11, 1, 1, NULL, '2026-12-03 01:00:00+00', '2026-12-03 01:00:00+00', '2026-12-03 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (12, 1, 1, NULL, '2026-12-04 01:00:00+00', '2026-12-04 01:00:00+00', '2026-12-04 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (13, 1, 1, NULL, '2026-12-08 01:00:00+00', '2026-12-08 01:00:00+00', '2026-12-08 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (14, 1, 1, NULL, '2026-12-10 01:00:00+00', '2026-12-10 01:00:00+00', '2026-12-10 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (15, 1, 1, NULL, '2026-12-11 01:00:00+00', '2026-12-11 01:00:00+00', '2026-12-11 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (16, 1, 1, NULL, '2026-12-15 01:00:00+00', '2026-12-15 01:00:00+00', '2026-12-15 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (17, 1, 1, NULL, '2026-12-17 01:00:00+00', '2026-12-17 01:00:00+00', '2026-12-17 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (18, 1, 1, NULL, '2026-12-18 01:00:00+00', '2026-12-18 01:00:00+00', '2026-12-18 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (19, 1, 1, NULL, '2026-12-22 01:00:00+00', '2026-12-22 01:00:00+00', '2026-12-22 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (20, 1, 1, NULL, '2026-12-24 01:00:00+00', '2026-12-24 01:00:00+00', '2026-12-24 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (21, 1, 1, NULL, '2026-12-25 01:00:00+00', '2026-12-25 01:00:00+00', '2026-12-25 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (22, 1, 1, NULL, '2026-12-29 01:00:00+00', '2026-12-29 01:00:00+00', '2026-12-29 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (23, 1, 1, NULL, '2026-12-31 01:00:00+00', '2026-12-31 01:00:00+00', '2026-12-31 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (24, 1, 1, NULL, '2027-01-01 01:00:00+00', '2027-01-01 01:00:00+00', '2027-01-01 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (25, 1, 1, NULL, '2027-01-05 01:00:00+00', '2027-01-05 01:00:00+00', '2027-01-05 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (26, 1, 1, NULL, '2027-01-07 01:00:00+00', '2027-01-07 01:00:00+00', '2027-01-07 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (27, 1, 1, NULL, '2027-01-08 01:00:00+00', '2027-01-08 01:00:00+00', '2027-01-08 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (28, 1, 1, NULL, '2027-01-12 01:00:00+00', '2027-01-12 01:00:00+00', '2027-01-12 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (29, 1, 1, NULL, '2027-01-14 01:00:00+00', '2027-01-14 01:00:00+00', '2027-01-14 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (30, 1, 1, NULL, '2027-01-15 01:00:00+00', '2027-01-15 01:00:00+00', '2027-01-15 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (31, 1, 1, NULL, '2027-01-19 01:00:00+00', '2027-01-19 01:00:00+00', '2027-01-19 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (32, 1, 1, NULL, '2027-01-21 01:00:00+00', '2027-01-21 01:00:00+00', '2027-01-21 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (33, 1, 1, NULL, '2027-01-22 01:00:00+00', '2027-01-22 01:00:00+00', '2027-01-22 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (34, 1, 1, NULL, '2027-01-26 01:00:00+00', '2027-01-26 01:00:00+00', '2027-01-26 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (35, 1, 1, NULL, '2027-01-28 01:00:00+00', '2027-01-28 01:00:00+00', '2027-01-28 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (36, 1, 1, NULL, '2027-01-29 01:00:00+00', '2027-01-29 01:00:00+00', '2027-01-29 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (37, 1, 1, NULL, '2027-02-02 01:00:00+00', '2027-02-02 01:00:00+00', '2027-02-02 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (38, 1, 1, NULL, '2027-02-04 01:00:00+00', '2027-02-04 01:00:00+00', '2027-02-04 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (39, 1, 1, NULL, '2027-02-05 01:00:00+00', '2027-02-05 01:00:00+00', '2027-02-05 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (40, 1, 1, NULL, '2027-02-09 01:00:00+00', '2027-02-09 01:00:00+00', '2027-02-09 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (41, 1, 1, NULL, '2027-02-11 01:00:00+00', '2027-02-11 01:00:00+00', '2027-02-11 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (42, 1, 1, NULL, '2027-02-12 01:00:00+00', '2027-02-12 01:00:00+00', '2027-02-12 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (43, 1, 1, NULL, '2027-02-16 01:00:00+00', '2027-02-16 01:00:00+00', '2027-02-16 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (44, 1, 1, NULL, '2027-02-18 01:00:00+00', '2027-02-18 01:00:00+00', '2027-02-18 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (45, 1, 1, NULL, '2027-02-19 01:00:00+00', '2027-02-19 01:00:00+00', '2027-02-19 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (46, 1, 1, NULL, '2027-02-23 01:00:00+00', '2027-02-23 01:00:00+00', '2027-02-23 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (47, 1, 1, NULL, '2027-02-25 01:00:00+00', '2027-02-25 01:00:00+00', '2027-02-25 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (48, 1, 1, NULL, '2027-02-26 01:00:00+00', '2027-02-26 01:00:00+00', '2027-02-26 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (49, 1, 1, NULL, '2027-03-02 01:00:00+00', '2027-03-02 01:00:00+00', '2027-03-02 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (50, 1, 1, NULL, '2027-03-04 01:00:00+00', '2027-03-04 01:00:00+00', '2027-03-04 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (51, 1, 1, NULL, '2027-03-05 01:00:00+00', '2027-03-05 01:00:00+00', '2027-03-05 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (52, 1, 1, NULL, '2027-03-09 01:00:00+00', '2027-03-09 01:00:00+00', '2027-03-09 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (53, 1, 1, NULL, '2027-03-11 01:00:00+00', '2027-03-11 01:00:00+00', '2027-03-11 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (54, 1, 1, NULL, '2027-03-12 01:00:00+00', '2027-03-12 01:00:00+00', '2027-03-12 04:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (55, 1, 1, NULL, '2027-03-16 00:00:00+00', '2027-03-16 00:00:00+00', '2027-03-16 03:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (56, 1, 1, NULL, '2027-03-18 00:00:00+00', '2027-03-18 00:00:00+00', '2027-03-18 03:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (57, 1, 1, NULL, '2027-03-19 00:00:00+00', '2027-03-19 00:00:00+00', '2027-03-19 03:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (58, 1, 1, NULL, '2027-03-23 00:00:00+00', '2027-03-23 00:00:00+00', '2027-03-23 03:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (59, 1, 1, NULL, '2027-03-25 00:00:00+00', '2027-03-25 00:00:00+00', '2027-03-25 03:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (60, 1, 1, NULL, '2027-03-26 00:00:00+00', '2027-03-26 00:00:00+00', '2027-03-26 03:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (61, 1, 1, NULL, '2027-03-30 00:00:00+00', '2027-03-30 00:00:00+00', '2027-03-30 03:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (62, 1, 1, NULL, '2027-04-01 00:00:00+00', '2027-04-01 00:00:00+00', '2027-04-01 03:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (63, 1, 1, NULL, '2027-04-02 00:00:00+00', '2027-04-02 00:00:00+00', '2027-04-02 03:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (64, 1, 1, NULL, '2027-04-06 00:00:00+00', '2027-04-06 00:00:00+00', '2027-04-06 03:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (65, 2, 2, NULL, '2026-11-10 16:00:00+00', '2026-11-10 16:00:00+00', '2026-11-10 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (66, 2, 2, NULL, '2026-11-12 16:00:00+00', '2026-11-12 16:00:00+00', '2026-11-12 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (67, 2, 2, NULL, '2026-11-13 16:00:00+00', '2026-11-13 16:00:00+00', '2026-11-13 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (68, 2, 2, NULL, '2026-11-17 16:00:00+00', '2026-11-17 16:00:00+00', '2026-11-17 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (69, 2, 2, NULL, '2026-11-19 16:00:00+00', '2026-11-19 16:00:00+00', '2026-11-19 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (70, 2, 2, NULL, '2026-11-20 16:00:00+00', '2026-11-20 16:00:00+00', '2026-11-20 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (71, 2, 2, NULL, '2026-11-24 16:00:00+00', '2026-11-24 16:00:00+00', '2026-11-24 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (72, 2, 2, NULL, '2026-11-26 16:00:00+00', '2026-11-26 16:00:00+00', '2026-11-26 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (73, 2, 2, NULL, '2026-11-27 16:00:00+00', '2026-11-27 16:00:00+00', '2026-11-27 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (74, 2, 2, NULL, '2026-12-01 16:00:00+00', '2026-12-01 16:00:00+00', '2026-12-01 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (75, 2, 2, NULL, '2026-12-03 16:00:00+00', '2026-12-03 16:00:00+00', '2026-12-03 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (76, 2, 2, NULL, '2026-12-04 16:00:00+00', '2026-12-04 16:00:00+00', '2026-12-04 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (77, 2, 2, NULL, '2026-12-08 16:00:00+00', '2026-12-08 16:00:00+00', '2026-12-08 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (78, 2, 2, NULL, '2026-12-10 16:00:00+00', '2026-12-10 16:00:00+00', '2026-12-10 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (79, 2, 2, NULL, '2026-12-11 16:00:00+00', '2026-12-11 16:00:00+00', '2026-12-11 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (80, 2, 2, NULL, '2026-12-15 16:00:00+00', '2026-12-15 16:00:00+00', '2026-12-15 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (81, 2, 2, NULL, '2026-12-17 16:00:00+00', '2026-12-17 16:00:00+00', '2026-12-17 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (82, 2, 2, NULL, '2026-12-18 16:00:00+00', '2026-12-18 16:00:00+00', '2026-12-18 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (83, 2, 2, NULL, '2026-12-22 16:00:00+00', '2026-12-22 16:00:00+00', '2026-12-22 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (84, 2, 2, NULL, '2026-12-24 16:00:00+00', '2026-12-24 16:00:00+00', '2026-12-24 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (85, 2, 2, NULL, '2026-12-25 16:00:00+00', '2026-12-25 16:00:00+00', '2026-12-25 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (86, 2, 2, NULL, '2026-12-29 16:00:00+00', '2026-12-29 16:00:00+00', '2026-12-29 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (87, 2, 2, NULL, '2026-12-31 16:00:00+00', '2026-12-31 16:00:00+00', '2026-12-31 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (88, 2, 2, NULL, '2027-01-01 16:00:00+00', '2027-01-01 16:00:00+00', '2027-01-01 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (89, 2, 2, NULL, '2027-01-05 16:00:00+00', '2027-01-05 16:00:00+00', '2027-01-05 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (90, 2, 2, NULL, '2027-01-07 16:00:00+00', '2027-01-07 16:00:00+00', '2027-01-07 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (91, 2, 2, NULL, '2027-01-08 16:00:00+00', '2027-01-08 16:00:00+00', '2027-01-08 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (92, 2, 2, NULL, '2027-01-12 16:00:00+00', '2027-01-12 16:00:00+00', '2027-01-12 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (93, 2, 2, NULL, '2027-01-14 16:00:00+00', '2027-01-14 16:00:00+00', '2027-01-14 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (94, 2, 2, NULL, '2027-01-15 16:00:00+00', '2027-01-15 16:00:00+00', '2027-01-15 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (95, 2, 2, NULL, '2027-01-19 16:00:00+00', '2027-01-19 16:00:00+00', '2027-01-19 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (96, 2, 2, NULL, '2027-01-21 16:00:00+00', '2027-01-21 16:00:00+00', '2027-01-21 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (97, 2, 2, NULL, '2027-01-22 16:00:00+00', '2027-01-22 16:00:00+00', '2027-01-22 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (98, 2, 2, NULL, '2027-01-26 16:00:00+00', '2027-01-26 16:00:00+00', '2027-01-26 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (99, 2, 2, NULL, '2027-01-28 16:00:00+00', '2027-01-28 16:00:00+00', '2027-01-28 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (100, 2, 2, NULL, '2027-01-29 16:00:00+00', '2027-01-29 16:00:00+00', '2027-01-29 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (101, 2, 2, NULL, '2027-02-02 16:00:00+00', '2027-02-02 16:00:00+00', '2027-02-02 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (102, 2, 2, NULL, '2027-02-04 16:00:00+00', '2027-02-04 16:00:00+00', '2027-02-04 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (103, 2, 2, NULL, '2027-02-05 16:00:00+00', '2027-02-05 16:00:00+00', '2027-02-05 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (104, 2, 2, NULL, '2027-02-09 16:00:00+00', '2027-02-09 16:00:00+00', '2027-02-09 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (105, 2, 2, NULL, '2027-02-11 16:00:00+00', '2027-02-11 16:00:00+00', '2027-02-11 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (106, 2, 2, NULL, '2027-02-12 16:00:00+00', '2027-02-12 16:00:00+00', '2027-02-12 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (107, 2, 2, NULL, '2027-02-16 16:00:00+00', '2027-02-16 16:00:00+00', '2027-02-16 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (108, 2, 2, NULL, '2027-02-18 16:00:00+00', '2027-02-18 16:00:00+00', '2027-02-18 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (109, 2, 2, NULL, '2027-02-19 16:00:00+00', '2027-02-19 16:00:00+00', '2027-02-19 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (110, 2, 2, NULL, '2027-02-23 16:00:00+00', '2027-02-23 16:00:00+00', '2027-02-23 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (111, 2, 2, NULL, '2027-02-25 16:00:00+00', '2027-02-25 16:00:00+00', '2027-02-25 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (112, 2, 2, NULL, '2027-02-26 16:00:00+00', '2027-02-26 16:00:00+00', '2027-02-26 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (113, 2, 2, NULL, '2027-03-02 16:00:00+00', '2027-03-02 16:00:00+00', '2027-03-02 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (114, 2, 2, NULL, '2027-03-04 16:00:00+00', '2027-03-04 16:00:00+00', '2027-03-04 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (115, 2, 2, NULL, '2027-03-05 16:00:00+00', '2027-03-05 16:00:00+00', '2027-03-05 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (116, 2, 2, NULL, '2027-03-09 16:00:00+00', '2027-03-09 16:00:00+00', '2027-03-09 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (117, 2, 2, NULL, '2027-03-11 16:00:00+00', '2027-03-11 16:00:00+00', '2027-03-11 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (118, 2, 2, NULL, '2027-03-12 16:00:00+00', '2027-03-12 16:00:00+00', '2027-03-12 19:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (119, 2, 2, NULL, '2027-03-16 15:00:00+00', '2027-03-16 15:00:00+00', '2027-03-16 18:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (120, 2, 2, NULL, '2027-03-18 15:00:00+00', '2027-03-18 15:00:00+00', '2027-03-18 18:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (121, 2, 2, NULL, '2027-03-19 15:00:00+00', '2027-03-19 15:00:00+00', '2027-03-19 18:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (122, 2, 2, NULL, '2027-03-23 15:00:00+00', '2027-03-23 15:00:00+00', '2027-03-23 18:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (123, 2, 2, NULL, '2027-03-25 15:00:00+00', '2027-03-25 15:00:00+00', '2027-03-25 18:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (124, 2, 2, NULL, '2027-03-26 15:00:00+00', '2027-03-26 15:00:00+00', '2027-03-26 18:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (125, 2, 2, NULL, '2027-03-30 15:00:00+00', '2027-03-30 15:00:00+00', '2027-03-30 18:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (126, 2, 2, NULL, '2027-04-01 15:00:00+00', '2027-04-01 15:00:00+00', '2027-04-01 18:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (127, 2, 2, NULL, '2027-04-02 15:00:00+00', '2027-04-02 15:00:00+00', '2027-04-02 18:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (128, 3, NULL, 4, '2026-11-10 22:00:00+00', '2026-11-10 22:00:00+00', '2026-11-10 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (129, 3, NULL, 4, '2026-11-17 22:00:00+00', '2026-11-17 22:00:00+00', '2026-11-17 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (130, 3, NULL, 4, '2026-11-24 22:00:00+00', '2026-11-24 22:00:00+00', '2026-11-24 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (131, 3, NULL, 4, '2026-12-01 22:00:00+00', '2026-12-01 22:00:00+00', '2026-12-01 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (132, 3, NULL, 4, '2026-12-08 22:00:00+00', '2026-12-08 22:00:00+00', '2026-12-08 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (133, 3, NULL, 4, '2026-12-15 22:00:00+00', '2026-12-15 22:00:00+00', '2026-12-15 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (134, 3, NULL, 4, '2026-12-22 22:00:00+00', '2026-12-22 22:00:00+00', '2026-12-22 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (135, 3, NULL, 4, '2026-12-29 22:00:00+00', '2026-12-29 22:00:00+00', '2026-12-29 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (136, 3, NULL, 4, '2027-01-05 22:00:00+00', '2027-01-05 22:00:00+00', '2027-01-05 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (137, 3, NULL, 4, '2027-01-12 22:00:00+00', '2027-01-12 22:00:00+00', '2027-01-12 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (138, 3, NULL, 4, '2027-01-19 22:00:00+00', '2027-01-19 22:00:00+00', '2027-01-19 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (139, 3, NULL, 4, '2027-01-26 22:00:00+00', '2027-01-26 22:00:00+00', '2027-01-26 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (140, 3, NULL, 4, '2027-02-02 22:00:00+00', '2027-02-02 22:00:00+00', '2027-02-02 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (141, 3, NULL, 4, '2027-02-09 22:00:00+00', '2027-02-09 22:00:00+00', '2027-02-09 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (142, 3, NULL, 4, '2027-02-16 22:00:00+00', '2027-02-16 22:00:00+00', '2027-02-16 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (143, 3, NULL, 4, '2027-02-23 22:00:00+00', '2027-02-23 22:00:00+00', '2027-02-23 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (144, 3, NULL, 4, '2027-03-02 22:00:00+00', '2027-03-02 22:00:00+00', '2027-03-02 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (145, 3, NULL, 4, '2027-03-09 22:00:00+00', '2027-03-09 22:00:00+00', '2027-03-09 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (146, 3, NULL, 4, '2027-03-16 21:00:00+00', '2027-03-16 21:00:00+00', '2027-03-16 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (147, 3, NULL, 4, '2027-03-23 21:00:00+00', '2027-03-23 21:00:00+00', '2027-03-23 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (148, 3, NULL, 4, '2027-03-30 21:00:00+00', '2027-03-30 21:00:00+00', '2027-03-30 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (149, 4, NULL, 5, '2026-11-11 22:00:00+00', '2026-11-11 22:00:00+00', '2026-11-11 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (150, 4, NULL, 5, '2026-11-18 22:00:00+00', '2026-11-18 22:00:00+00', '2026-11-18 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (151, 4, NULL, 5, '2026-11-25 22:00:00+00', '2026-11-25 22:00:00+00', '2026-11-25 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (152, 4, NULL, 5, '2026-12-02 22:00:00+00', '2026-12-02 22:00:00+00', '2026-12-02 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (153, 4, NULL, 5, '2026-12-09 22:00:00+00', '2026-12-09 22:00:00+00', '2026-12-09 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (154, 4, NULL, 5, '2026-12-16 22:00:00+00', '2026-12-16 22:00:00+00', '2026-12-16 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (155, 4, NULL, 5, '2026-12-23 22:00:00+00', '2026-12-23 22:00:00+00', '2026-12-23 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (156, 4, NULL, 5, '2026-12-30 22:00:00+00', '2026-12-30 22:00:00+00', '2026-12-30 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (157, 4, NULL, 5, '2027-01-06 22:00:00+00', '2027-01-06 22:00:00+00', '2027-01-06 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (158, 4, NULL, 5, '2027-01-13 22:00:00+00', '2027-01-13 22:00:00+00', '2027-01-13 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (159, 4, NULL, 5, '2027-01-20 22:00:00+00', '2027-01-20 22:00:00+00', '2027-01-20 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (160, 4, NULL, 5, '2027-01-27 22:00:00+00', '2027-01-27 22:00:00+00', '2027-01-27 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (161, 4, NULL, 5, '2027-02-03 22:00:00+00', '2027-02-03 22:00:00+00', '2027-02-03 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (162, 4, NULL, 5, '2027-02-10 22:00:00+00', '2027-02-10 22:00:00+00', '2027-02-10 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (163, 4, NULL, 5, '2027-02-17 22:00:00+00', '2027-02-17 22:00:00+00', '2027-02-17 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (164, 4, NULL, 5, '2027-02-24 22:00:00+00', '2027-02-24 22:00:00+00', '2027-02-24 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (165, 4, NULL, 5, '2027-03-03 22:00:00+00', '2027-03-03 22:00:00+00', '2027-03-03 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (166, 4, NULL, 5, '2027-03-10 22:00:00+00', '2027-03-10 22:00:00+00', '2027-03-10 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (167, 4, NULL, 5, '2027-03-17 21:00:00+00', '2027-03-17 21:00:00+00', '2027-03-17 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (168, 4, NULL, 5, '2027-03-24 21:00:00+00', '2027-03-24 21:00:00+00', '2027-03-24 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (169, 4, NULL, 5, '2027-03-31 21:00:00+00', '2027-03-31 21:00:00+00', '2027-03-31 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (170, 5, NULL, 6, '2026-11-12 22:00:00+00', '2026-11-12 22:00:00+00', '2026-11-12 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (171, 5, NULL, 6, '2026-11-19 22:00:00+00', '2026-11-19 22:00:00+00', '2026-11-19 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (172, 5, NULL, 6, '2026-11-26 22:00:00+00', '2026-11-26 22:00:00+00', '2026-11-26 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (173, 5, NULL, 6, '2026-12-03 22:00:00+00', '2026-12-03 22:00:00+00', '2026-12-03 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (174, 5, NULL, 6, '2026-12-10 22:00:00+00', '2026-12-10 22:00:00+00', '2026-12-10 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (175, 5, NULL, 6, '2026-12-17 22:00:00+00', '2026-12-17 22:00:00+00', '2026-12-17 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (176, 5, NULL, 6, '2026-12-24 22:00:00+00', '2026-12-24 22:00:00+00', '2026-12-24 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (177, 5, NULL, 6, '2026-12-31 22:00:00+00', '2026-12-31 22:00:00+00', '2026-12-31 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (178, 5, NULL, 6, '2027-01-07 22:00:00+00', '2027-01-07 22:00:00+00', '2027-01-07 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (179, 5, NULL, 6, '2027-01-14 22:00:00+00', '2027-01-14 22:00:00+00', '2027-01-14 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (180, 5, NULL, 6, '2027-01-21 22:00:00+00', '2027-01-21 22:00:00+00', '2027-01-21 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (181, 5, NULL, 6, '2027-01-28 22:00:00+00', '2027-01-28 22:00:00+00', '2027-01-28 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (182, 5, NULL, 6, '2027-02-04 22:00:00+00', '2027-02-04 22:00:00+00', '2027-02-04 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (183, 5, NULL, 6, '2027-02-11 22:00:00+00', '2027-02-11 22:00:00+00', '2027-02-11 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (184, 5, NULL, 6, '2027-02-18 22:00:00+00', '2027-02-18 22:00:00+00', '2027-02-18 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (185, 5, NULL, 6, '2027-02-25 22:00:00+00', '2027-02-25 22:00:00+00', '2027-02-25 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (186, 5, NULL, 6, '2027-03-04 22:00:00+00', '2027-03-04 22:00:00+00', '2027-03-04 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (187, 5, NULL, 6, '2027-03-11 22:00:00+00', '2027-03-11 22:00:00+00', '2027-03-11 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (188, 5, NULL, 6, '2027-03-18 21:00:00+00', '2027-03-18 21:00:00+00', '2027-03-18 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (189, 5, NULL, 6, '2027-03-25 21:00:00+00', '2027-03-25 21:00:00+00', '2027-03-25 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (190, 5, NULL, 6, '2027-04-01 21:00:00+00', '2027-04-01 21:00:00+00', '2027-04-01 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (191, 6, NULL, 6, '2026-12-17 00:00:00+00', '2026-12-17 00:00:00+00', '2026-12-17 01:30:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (192, 7, NULL, 7, '2026-11-13 22:00:00+00', '2026-11-13 22:00:00+00', '2026-11-13 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (193, 7, NULL, 7, '2026-11-20 22:00:00+00', '2026-11-20 22:00:00+00', '2026-11-20 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (194, 7, NULL, 7, '2026-11-27 22:00:00+00', '2026-11-27 22:00:00+00', '2026-11-27 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (195, 7, NULL, 7, '2026-12-04 22:00:00+00', '2026-12-04 22:00:00+00', '2026-12-04 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (196, 7, NULL, 7, '2026-12-11 22:00:00+00', '2026-12-11 22:00:00+00', '2026-12-11 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (197, 7, NULL, 7, '2026-12-18 22:00:00+00', '2026-12-18 22:00:00+00', '2026-12-18 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (198, 7, NULL, 7, '2026-12-25 22:00:00+00', '2026-12-25 22:00:00+00', '2026-12-25 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (199, 7, NULL, 7, '2027-01-01 22:00:00+00', '2027-01-01 22:00:00+00', '2027-01-01 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (200, 7, NULL, 7, '2027-01-08 22:00:00+00', '2027-01-08 22:00:00+00', '2027-01-08 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (201, 7, NULL, 7, '2027-01-15 22:00:00+00', '2027-01-15 22:00:00+00', '2027-01-15 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (202, 7, NULL, 7, '2027-01-22 22:00:00+00', '2027-01-22 22:00:00+00', '2027-01-22 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (203, 7, NULL, 7, '2027-01-29 22:00:00+00', '2027-01-29 22:00:00+00', '2027-01-29 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (204, 7, NULL, 7, '2027-02-05 22:00:00+00', '2027-02-05 22:00:00+00', '2027-02-05 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (205, 7, NULL, 7, '2027-02-12 22:00:00+00', '2027-02-12 22:00:00+00', '2027-02-12 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (206, 7, NULL, 7, '2027-02-19 22:00:00+00', '2027-02-19 22:00:00+00', '2027-02-19 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (207, 7, NULL, 7, '2027-02-26 22:00:00+00', '2027-02-26 22:00:00+00', '2027-02-26 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (208, 7, NULL, 7, '2027-03-05 22:00:00+00', '2027-03-05 22:00:00+00', '2027-03-05 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (209, 7, NULL, 7, '2027-03-12 22:00:00+00', '2027-03-12 22:00:00+00', '2027-03-12 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (210, 7, NULL, 7, '2027-03-19 21:00:00+00', '2027-03-19 21:00:00+00', '2027-03-19 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (211, 7, NULL, 7, '2027-03-26 21:00:00+00', '2027-03-26 21:00:00+00', '2027-03-26 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (212, 7, NULL, 7, '2027-04-02 21:00:00+00', '2027-04-02 21:00:00+00', '2027-04-02 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (213, 8, NULL, 8, '2026-11-09 22:00:00+00', '2026-11-09 22:00:00+00', '2026-11-09 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (214, 8, NULL, 8, '2026-11-16 22:00:00+00', '2026-11-16 22:00:00+00', '2026-11-16 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (215, 8, NULL, 8, '2026-11-23 22:00:00+00', '2026-11-23 22:00:00+00', '2026-11-23 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (216, 8, NULL, 8, '2026-11-30 22:00:00+00', '2026-11-30 22:00:00+00', '2026-11-30 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (217, 8, NULL, 8, '2026-12-07 22:00:00+00', '2026-12-07 22:00:00+00', '2026-12-07 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (218, 8, NULL, 8, '2026-12-14 22:00:00+00', '2026-12-14 22:00:00+00', '2026-12-14 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (219, 8, NULL, 8, '2026-12-21 22:00:00+00', '2026-12-21 22:00:00+00', '2026-12-21 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (220, 8, NULL, 8, '2026-12-28 22:00:00+00', '2026-12-28 22:00:00+00', '2026-12-28 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (221, 8, NULL, 8, '2027-01-04 22:00:00+00', '2027-01-04 22:00:00+00', '2027-01-04 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (222, 8, NULL, 8, '2027-01-11 22:00:00+00', '2027-01-11 22:00:00+00', '2027-01-11 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (223, 8, NULL, 8, '2027-01-18 22:00:00+00', '2027-01-18 22:00:00+00', '2027-01-18 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (224, 8, NULL, 8, '2027-01-25 22:00:00+00', '2027-01-25 22:00:00+00', '2027-01-25 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (225, 8, NULL, 8, '2027-02-01 22:00:00+00', '2027-02-01 22:00:00+00', '2027-02-01 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (226, 8, NULL, 8, '2027-02-08 22:00:00+00', '2027-02-08 22:00:00+00', '2027-02-08 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (227, 8, NULL, 8, '2027-02-15 22:00:00+00', '2027-02-15 22:00:00+00', '2027-02-15 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (228, 8, NULL, 8, '2027-02-22 22:00:00+00', '2027-02-22 22:00:00+00', '2027-02-22 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (229, 8, NULL, 8, '2027-03-01 22:00:00+00', '2027-03-01 22:00:00+00', '2027-03-01 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (230, 8, NULL, 8, '2027-03-08 22:00:00+00', '2027-03-08 22:00:00+00', '2027-03-08 23:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (231, 8, NULL, 8, '2027-03-15 21:00:00+00', '2027-03-15 21:00:00+00', '2027-03-15 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (232, 8, NULL, 8, '2027-03-22 21:00:00+00', '2027-03-22 21:00:00+00', '2027-03-22 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (233, 8, NULL, 8, '2027-03-29 21:00:00+00', '2027-03-29 21:00:00+00', '2027-03-29 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (234, 8, NULL, 8, '2027-04-05 21:00:00+00', '2027-04-05 21:00:00+00', '2027-04-05 22:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (235, 9, NULL, 9, '2026-11-10 20:00:00+00', '2026-11-10 20:00:00+00', '2026-11-10 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (236, 9, NULL, 9, '2026-11-17 20:00:00+00', '2026-11-17 20:00:00+00', '2026-11-17 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (237, 9, NULL, 9, '2026-11-24 20:00:00+00', '2026-11-24 20:00:00+00', '2026-11-24 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (238, 9, NULL, 9, '2026-12-01 20:00:00+00', '2026-12-01 20:00:00+00', '2026-12-01 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (239, 9, NULL, 9, '2026-12-08 20:00:00+00', '2026-12-08 20:00:00+00', '2026-12-08 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (240, 9, NULL, 9, '2026-12-15 20:00:00+00', '2026-12-15 20:00:00+00', '2026-12-15 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (241, 9, NULL, 9, '2026-12-22 20:00:00+00', '2026-12-22 20:00:00+00', '2026-12-22 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (242, 9, NULL, 9, '2026-12-29 20:00:00+00', '2026-12-29 20:00:00+00', '2026-12-29 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (243, 9, NULL, 9, '2027-01-05 20:00:00+00', '2027-01-05 20:00:00+00', '2027-01-05 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (244, 9, NULL, 9, '2027-01-12 20:00:00+00', '2027-01-12 20:00:00+00', '2027-01-12 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (245, 9, NULL, 9, '2027-01-19 20:00:00+00', '2027-01-19 20:00:00+00', '2027-01-19 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (246, 9, NULL, 9, '2027-01-26 20:00:00+00', '2027-01-26 20:00:00+00', '2027-01-26 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (247, 9, NULL, 9, '2027-02-02 20:00:00+00', '2027-02-02 20:00:00+00', '2027-02-02 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (248, 9, NULL, 9, '2027-02-09 20:00:00+00', '2027-02-09 20:00:00+00', '2027-02-09 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (249, 9, NULL, 9, '2027-02-16 20:00:00+00', '2027-02-16 20:00:00+00', '2027-02-16 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (250, 9, NULL, 9, '2027-02-23 20:00:00+00', '2027-02-23 20:00:00+00', '2027-02-23 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (251, 9, NULL, 9, '2027-03-02 20:00:00+00', '2027-03-02 20:00:00+00', '2027-03-02 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (252, 9, NULL, 9, '2027-03-09 20:00:00+00', '2027-03-09 20:00:00+00', '2027-03-09 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (253, 9, NULL, 9, '2027-03-16 19:00:00+00', '2027-03-16 19:00:00+00', '2027-03-16 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (254, 9, NULL, 9, '2027-03-23 19:00:00+00', '2027-03-23 19:00:00+00', '2027-03-23 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (255, 9, NULL, 9, '2027-03-30 19:00:00+00', '2027-03-30 19:00:00+00', '2027-03-30 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (256, 10, NULL, 9, '2026-12-17 00:00:00+00', '2026-12-17 00:00:00+00', '2026-12-17 01:30:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (257, 11, NULL, 10, '2026-11-11 20:00:00+00', '2026-11-11 20:00:00+00', '2026-11-11 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (258, 11, NULL, 10, '2026-11-18 20:00:00+00', '2026-11-18 20:00:00+00', '2026-11-18 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (259, 11, NULL, 10, '2026-11-25 20:00:00+00', '2026-11-25 20:00:00+00', '2026-11-25 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (260, 11, NULL, 10, '2026-12-02 20:00:00+00', '2026-12-02 20:00:00+00', '2026-12-02 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (261, 11, NULL, 10, '2026-12-09 20:00:00+00', '2026-12-09 20:00:00+00', '2026-12-09 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (262, 11, NULL, 10, '2026-12-16 20:00:00+00', '2026-12-16 20:00:00+00', '2026-12-16 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (263, 11, NULL, 10, '2026-12-23 20:00:00+00', '2026-12-23 20:00:00+00', '2026-12-23 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (264, 11, NULL, 10, '2026-12-30 20:00:00+00', '2026-12-30 20:00:00+00', '2026-12-30 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (265, 11, NULL, 10, '2027-01-06 20:00:00+00', '2027-01-06 20:00:00+00', '2027-01-06 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (266, 11, NULL, 10, '2027-01-13 20:00:00+00', '2027-01-13 20:00:00+00', '2027-01-13 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (267, 11, NULL, 10, '2027-01-20 20:00:00+00', '2027-01-20 20:00:00+00', '2027-01-20 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (268, 11, NULL, 10, '2027-01-27 20:00:00+00', '2027-01-27 20:00:00+00', '2027-01-27 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (269, 11, NULL, 10, '2027-02-03 20:00:00+00', '2027-02-03 20:00:00+00', '2027-02-03 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (270, 11, NULL, 10, '2027-02-10 20:00:00+00', '2027-02-10 20:00:00+00', '2027-02-10 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (271, 11, NULL, 10, '2027-02-17 20:00:00+00', '2027-02-17 20:00:00+00', '2027-02-17 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (272, 11, NULL, 10, '2027-02-24 20:00:00+00', '2027-02-24 20:00:00+00', '2027-02-24 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (273, 11, NULL, 10, '2027-03-03 20:00:00+00', '2027-03-03 20:00:00+00', '2027-03-03 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (274, 11, NULL, 10, '2027-03-10 20:00:00+00', '2027-03-10 20:00:00+00', '2027-03-10 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (275, 11, NULL, 10, '2027-03-17 19:00:00+00', '2027-03-17 19:00:00+00', '2027-03-17 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (276, 11, NULL, 10, '2027-03-24 19:00:00+00', '2027-03-24 19:00:00+00', '2027-03-24 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (277, 11, NULL, 10, '2027-03-31 19:00:00+00', '2027-03-31 19:00:00+00', '2027-03-31 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (278, 12, NULL, 11, '2026-11-12 20:00:00+00', '2026-11-12 20:00:00+00', '2026-11-12 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (279, 12, NULL, 11, '2026-11-19 20:00:00+00', '2026-11-19 20:00:00+00', '2026-11-19 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (280, 12, NULL, 11, '2026-11-26 20:00:00+00', '2026-11-26 20:00:00+00', '2026-11-26 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (281, 12, NULL, 11, '2026-12-03 20:00:00+00', '2026-12-03 20:00:00+00', '2026-12-03 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (282, 12, NULL, 11, '2026-12-10 20:00:00+00', '2026-12-10 20:00:00+00', '2026-12-10 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (283, 12, NULL, 11, '2026-12-17 20:00:00+00', '2026-12-17 20:00:00+00', '2026-12-17 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (284, 12, NULL, 11, '2026-12-24 20:00:00+00', '2026-12-24 20:00:00+00', '2026-12-24 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (285, 12, NULL, 11, '2026-12-31 20:00:00+00', '2026-12-31 20:00:00+00', '2026-12-31 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (286, 12, NULL, 11, '2027-01-07 20:00:00+00', '2027-01-07 20:00:00+00', '2027-01-07 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (287, 12, NULL, 11, '2027-01-14 20:00:00+00', '2027-01-14 20:00:00+00', '2027-01-14 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (288, 12, NULL, 11, '2027-01-21 20:00:00+00', '2027-01-21 20:00:00+00', '2027-01-21 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (289, 12, NULL, 11, '2027-01-28 20:00:00+00', '2027-01-28 20:00:00+00', '2027-01-28 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (290, 12, NULL, 11, '2027-02-04 20:00:00+00', '2027-02-04 20:00:00+00', '2027-02-04 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (291, 12, NULL, 11, '2027-02-11 20:00:00+00', '2027-02-11 20:00:00+00', '2027-02-11 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (292, 12, NULL, 11, '2027-02-18 20:00:00+00', '2027-02-18 20:00:00+00', '2027-02-18 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (293, 12, NULL, 11, '2027-02-25 20:00:00+00', '2027-02-25 20:00:00+00', '2027-02-25 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (294, 12, NULL, 11, '2027-03-04 20:00:00+00', '2027-03-04 20:00:00+00', '2027-03-04 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (295, 12, NULL, 11, '2027-03-11 20:00:00+00', '2027-03-11 20:00:00+00', '2027-03-11 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (296, 12, NULL, 11, '2027-03-18 19:00:00+00', '2027-03-18 19:00:00+00', '2027-03-18 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (297, 12, NULL, 11, '2027-03-25 19:00:00+00', '2027-03-25 19:00:00+00', '2027-03-25 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (298, 12, NULL, 11, '2027-04-01 19:00:00+00', '2027-04-01 19:00:00+00', '2027-04-01 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (299, 13, NULL, 12, '2026-11-13 20:00:00+00', '2026-11-13 20:00:00+00', '2026-11-13 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (300, 13, NULL, 12, '2026-11-20 20:00:00+00', '2026-11-20 20:00:00+00', '2026-11-20 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (301, 13, NULL, 12, '2026-11-27 20:00:00+00', '2026-11-27 20:00:00+00', '2026-11-27 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (302, 13, NULL, 12, '2026-12-04 20:00:00+00', '2026-12-04 20:00:00+00', '2026-12-04 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (303, 13, NULL, 12, '2026-12-11 20:00:00+00', '2026-12-11 20:00:00+00', '2026-12-11 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (304, 13, NULL, 12, '2026-12-18 20:00:00+00', '2026-12-18 20:00:00+00', '2026-12-18 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (305, 13, NULL, 12, '2026-12-25 20:00:00+00', '2026-12-25 20:00:00+00', '2026-12-25 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (306, 13, NULL, 12, '2027-01-01 20:00:00+00', '2027-01-01 20:00:00+00', '2027-01-01 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (307, 13, NULL, 12, '2027-01-08 20:00:00+00', '2027-01-08 20:00:00+00', '2027-01-08 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (308, 13, NULL, 12, '2027-01-15 20:00:00+00', '2027-01-15 20:00:00+00', '2027-01-15 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (309, 13, NULL, 12, '2027-01-22 20:00:00+00', '2027-01-22 20:00:00+00', '2027-01-22 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (310, 13, NULL, 12, '2027-01-29 20:00:00+00', '2027-01-29 20:00:00+00', '2027-01-29 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (311, 13, NULL, 12, '2027-02-05 20:00:00+00', '2027-02-05 20:00:00+00', '2027-02-05 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (312, 13, NULL, 12, '2027-02-12 20:00:00+00', '2027-02-12 20:00:00+00', '2027-02-12 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (313, 13, NULL, 12, '2027-02-19 20:00:00+00', '2027-02-19 20:00:00+00', '2027-02-19 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (314, 13, NULL, 12, '2027-02-26 20:00:00+00', '2027-02-26 20:00:00+00', '2027-02-26 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (315, 13, NULL, 12, '2027-03-05 20:00:00+00', '2027-03-05 20:00:00+00', '2027-03-05 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (316, 13, NULL, 12, '2027-03-12 20:00:00+00', '2027-03-12 20:00:00+00', '2027-03-12 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (317, 13, NULL, 12, '2027-03-19 19:00:00+00', '2027-03-19 19:00:00+00', '2027-03-19 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (318, 13, NULL, 12, '2027-03-26 19:00:00+00', '2027-03-26 19:00:00+00', '2027-03-26 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (319, 13, NULL, 12, '2027-04-02 19:00:00+00', '2027-04-02 19:00:00+00', '2027-04-02 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (320, 14, NULL, 12, '2026-12-17 00:00:00+00', '2026-12-17 00:00:00+00', '2026-12-17 01:30:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (321, 15, NULL, 13, '2026-11-09 20:00:00+00', '2026-11-09 20:00:00+00', '2026-11-09 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (322, 15, NULL, 13, '2026-11-16 20:00:00+00', '2026-11-16 20:00:00+00', '2026-11-16 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (323, 15, NULL, 13, '2026-11-23 20:00:00+00', '2026-11-23 20:00:00+00', '2026-11-23 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (324, 15, NULL, 13, '2026-11-30 20:00:00+00', '2026-11-30 20:00:00+00', '2026-11-30 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (325, 15, NULL, 13, '2026-12-07 20:00:00+00', '2026-12-07 20:00:00+00', '2026-12-07 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (326, 15, NULL, 13, '2026-12-14 20:00:00+00', '2026-12-14 20:00:00+00', '2026-12-14 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (327, 15, NULL, 13, '2026-12-21 20:00:00+00', '2026-12-21 20:00:00+00', '2026-12-21 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (328, 15, NULL, 13, '2026-12-28 20:00:00+00', '2026-12-28 20:00:00+00', '2026-12-28 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (329, 15, NULL, 13, '2027-01-04 20:00:00+00', '2027-01-04 20:00:00+00', '2027-01-04 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (330, 15, NULL, 13, '2027-01-11 20:00:00+00', '2027-01-11 20:00:00+00', '2027-01-11 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (331, 15, NULL, 13, '2027-01-18 20:00:00+00', '2027-01-18 20:00:00+00', '2027-01-18 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (332, 15, NULL, 13, '2027-01-25 20:00:00+00', '2027-01-25 20:00:00+00', '2027-01-25 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (333, 15, NULL, 13, '2027-02-01 20:00:00+00', '2027-02-01 20:00:00+00', '2027-02-01 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (334, 15, NULL, 13, '2027-02-08 20:00:00+00', '2027-02-08 20:00:00+00', '2027-02-08 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (335, 15, NULL, 13, '2027-02-15 20:00:00+00', '2027-02-15 20:00:00+00', '2027-02-15 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (336, 15, NULL, 13, '2027-02-22 20:00:00+00', '2027-02-22 20:00:00+00', '2027-02-22 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (337, 15, NULL, 13, '2027-03-01 20:00:00+00', '2027-03-01 20:00:00+00', '2027-03-01 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (338, 15, NULL, 13, '2027-03-08 20:00:00+00', '2027-03-08 20:00:00+00', '2027-03-08 21:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (339, 15, NULL, 13, '2027-03-15 19:00:00+00', '2027-03-15 19:00:00+00', '2027-03-15 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (340, 15, NULL, 13, '2027-03-22 19:00:00+00', '2027-03-22 19:00:00+00', '2027-03-22 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (341, 15, NULL, 13, '2027-03-29 19:00:00+00', '2027-03-29 19:00:00+00', '2027-03-29 20:00:00+00', 'scheduled', false, NULL, 0);
INSERT INTO public.session_occurrence (id, series, track, client, original_start, starts_at, ends_at, status, detached, location, sequence) VALUES (342, 15, NULL, 13, '2027-04-05 19:00:00+00', '2027-04-05 19:00:00+00', '2027-04-05 20:00:00+00', 'scheduled', false, NULL, 0);


--
-- Data for Name: session_series; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (1, 1, 1, NULL, 'group', 'Evening IOP group', 'FREQ=WEEKLY;BYDAY=MO,WE,TH', '2026-11-09 18:00:00', 180, 'Suite 200, 1450 Larimer St', '', 2, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (2, 1, 2, NULL, 'group', 'Morning IOP group', 'FREQ=WEEKLY;BYDAY=TU,TH,FR', '2026-11-09 09:00:00', 180, 'Suite 200, 1450 Larimer St', '', 3, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (3, 1, NULL, 4, 'individual', 'Individual session', 'FREQ=WEEKLY;BYDAY=TU', '2026-11-09 15:00:00', 60, '', 'https://meet.example.org/room-101', 2, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (4, 1, NULL, 5, 'individual', 'Individual session', 'FREQ=WEEKLY;BYDAY=WE', '2026-11-09 15:00:00', 60, '', 'https://meet.example.org/room-102', 2, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (5, 1, NULL, 6, 'individual', 'Individual session', 'FREQ=WEEKLY;BYDAY=TH', '2026-11-09 15:00:00', 60, '', 'https://meet.example.org/room-103', 2, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (6, 1, NULL, 6, 'family', 'Family session', '', '2026-12-16 17:00:00', 90, 'Room 3, Suite 200', '', 2, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (7, 1, NULL, 7, 'individual', 'Individual session', 'FREQ=WEEKLY;BYDAY=FR', '2026-11-09 15:00:00', 60, '', 'https://meet.example.org/room-104', 2, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (8, 1, NULL, 8, 'individual', 'Individual session', 'FREQ=WEEKLY;BYDAY=MO', '2026-11-09 15:00:00', 60, '', 'https://meet.example.org/room-105', 2, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (9, 1, NULL, 9, 'individual', 'Individual session', 'FREQ=WEEKLY;BYDAY=TU', '2026-11-09 13:00:00', 60, '', 'https://meet.example.org/room-106', 3, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (10, 1, NULL, 9, 'family', 'Family session', '', '2026-12-16 17:00:00', 90, 'Room 3, Suite 200', '', 3, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (11, 1, NULL, 10, 'individual', 'Individual session', 'FREQ=WEEKLY;BYDAY=WE', '2026-11-09 13:00:00', 60, '', 'https://meet.example.org/room-107', 3, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (12, 1, NULL, 11, 'individual', 'Individual session', 'FREQ=WEEKLY;BYDAY=TH', '2026-11-09 13:00:00', 60, '', 'https://meet.example.org/room-108', 3, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (13, 1, NULL, 12, 'individual', 'Individual session', 'FREQ=WEEKLY;BYDAY=FR', '2026-11-09 13:00:00', 60, '', 'https://meet.example.org/room-109', 3, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (14, 1, NULL, 12, 'family', 'Family session', '', '2026-12-16 17:00:00', 90, 'Room 3, Suite 200', '', 3, false, 0, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.session_series (id, program, track, client, kind, title, rrule, local_start, duration_minutes, location, video_url, facilitator, ended, version, updated_at) VALUES (15, 1, NULL, 13, 'individual', 'Individual session', 'FREQ=WEEKLY;BYDAY=MO', '2026-11-09 13:00:00', 60, '', 'https://meet.example.org/room-110', 3, false, 0, '2026-12-07 00:13:06.515504+00');


--
-- Data for Name: submission; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.submission (id, assignment, client, status, answers, draft_saved_at, submitted_at, revision, feedback, reviewed_by, reviewed_at, updated_at) VALUES (1, 1, 4, 'reviewed', '{"using-good":["It takes the edge off"],"using-bad":["Missed work","Arguments at home"],"change-good":["My kids trust me again"],"change-bad":["Weekends feel long"],"importance":8,"takeaway":"The costs are bigger than I admitted."}', '2026-12-01 21:00:00+00', '2026-12-02 01:00:00+00', 1, 'Honest work. Let''s talk about the weekends.', 2, '2026-12-03 01:00:00+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.submission (id, assignment, client, status, answers, draft_saved_at, submitted_at, revision, feedback, reviewed_by, reviewed_at, updated_at) VALUES (2, 1, 5, 'reviewed', '{"using-good":["It takes the edge off"],"using-bad":["Missed work","Arguments at home"],"change-good":["My kids trust me again"],"change-bad":["Weekends feel long"],"importance":8,"takeaway":"The costs are bigger than I admitted."}', '2026-12-01 21:00:00+00', '2026-12-02 01:00:00+00', 1, 'Honest work. Let''s talk about the weekends.', 2, '2026-12-03 01:00:00+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.submission (id, assignment, client, status, answers, draft_saved_at, submitted_at, revision, feedback, reviewed_by, reviewed_at, updated_at) VALUES (3, 1, 6, 'returned', '{"using-good":["It takes the edge off"],"using-bad":["Missed work","Arguments at home"],"change-good":["My kids trust me again"],"change-bad":["Weekends feel long"],"importance":8,"takeaway":"The costs are bigger than I admitted."}', '2026-12-01 21:00:00+00', '2026-12-02 01:00:00+00', 1, 'Add one more cost of using, please.', 2, '2026-12-03 01:00:00+00', '2026-12-07 00:13:06.515504+00');
INSERT INTO public.submission (id, assignment, client, status, answers, draft_saved_at, submitted_at, revision, feedback, reviewed_by, reviewed_at, updated_at) VALUES (4, 1, 7, 'submitted', '{"using-good":["It takes the edge off"],"using-bad":["Missed work","Arguments at home"],"change-good":["My kids trust me again"],"change-bad":["Weekends feel long"],"importance":8,"takeaway":"The costs are bigger than I admitted."}', '2026-12-01 21:00:00+00', '2026-12-02 01:00:00+00', 1, '', NULL, NULL, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.submission (id, assignment, client, status, answers, draft_saved_at, submitted_at, revision, feedback, reviewed_by, reviewed_at, updated_at) VALUES (5, 1, 8, 'assigned', '{}', NULL, NULL, 0, '', NULL, NULL, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.submission (id, assignment, client, status, answers, draft_saved_at, submitted_at, revision, feedback, reviewed_by, reviewed_at, updated_at) VALUES (6, 2, 9, 'draft', '{"hungry":1,"angry":3,"lonely":4,"tired":2}', '2026-12-06 20:13:06.515504+00', NULL, 0, '', NULL, NULL, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.submission (id, assignment, client, status, answers, draft_saved_at, submitted_at, revision, feedback, reviewed_by, reviewed_at, updated_at) VALUES (7, 2, 10, 'assigned', '{}', NULL, NULL, 0, '', NULL, NULL, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.submission (id, assignment, client, status, answers, draft_saved_at, submitted_at, revision, feedback, reviewed_by, reviewed_at, updated_at) VALUES (8, 2, 11, 'draft', '{"hungry":1,"angry":3,"lonely":4,"tired":2}', '2026-12-06 20:13:06.515504+00', NULL, 0, '', NULL, NULL, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.submission (id, assignment, client, status, answers, draft_saved_at, submitted_at, revision, feedback, reviewed_by, reviewed_at, updated_at) VALUES (9, 2, 12, 'assigned', '{}', NULL, NULL, 0, '', NULL, NULL, '2026-12-07 00:13:06.515504+00');
INSERT INTO public.submission (id, assignment, client, status, answers, draft_saved_at, submitted_at, revision, feedback, reviewed_by, reviewed_at, updated_at) VALUES (10, 2, 13, 'assigned', '{}', NULL, NULL, 0, '', NULL, NULL, '2026-12-07 00:13:06.515504+00');


--
-- Data for Name: test_selection_run; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (1, 1, '2026-11-09', '2026-11-09 13:00:00+00', 5, 2, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (2, 1, '2026-11-10', '2026-11-10 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (3, 1, '2026-11-11', '2026-11-11 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (4, 1, '2026-11-12', '2026-11-12 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (5, 1, '2026-11-13', '2026-11-13 13:00:00+00', 5, 2, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (6, 1, '2026-11-16', '2026-11-16 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (7, 1, '2026-11-17', '2026-11-17 13:00:00+00', 5, 2, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (8, 1, '2026-11-18', '2026-11-18 13:00:00+00', 5, 2, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (9, 1, '2026-11-19', '2026-11-19 13:00:00+00', 5, 2, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (10, 1, '2026-11-20', '2026-11-20 13:00:00+00', 5, 0, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (11, 1, '2026-11-23', '2026-11-23 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (12, 1, '2026-11-24', '2026-11-24 13:00:00+00', 5, 4, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (13, 1, '2026-11-25', '2026-11-25 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (14, 1, '2026-11-26', '2026-11-26 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (15, 1, '2026-11-27', '2026-11-27 13:00:00+00', 5, 0, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (16, 1, '2026-11-30', '2026-11-30 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (17, 1, '2026-12-01', '2026-12-01 13:00:00+00', 5, 3, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (18, 1, '2026-12-02', '2026-12-02 13:00:00+00', 5, 0, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (19, 1, '2026-12-03', '2026-12-03 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (20, 1, '2026-12-04', '2026-12-04 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (21, 2, '2026-11-09', '2026-11-09 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (22, 2, '2026-11-10', '2026-11-10 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (23, 2, '2026-11-11', '2026-11-11 13:00:00+00', 5, 2, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (24, 2, '2026-11-12', '2026-11-12 13:00:00+00', 5, 2, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (25, 2, '2026-11-13', '2026-11-13 13:00:00+00', 5, 2, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (26, 2, '2026-11-16', '2026-11-16 13:00:00+00', 5, 2, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (27, 2, '2026-11-17', '2026-11-17 13:00:00+00', 5, 0, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (28, 2, '2026-11-18', '2026-11-18 13:00:00+00', 5, 2, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (29, 2, '2026-11-19', '2026-11-19 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (30, 2, '2026-11-20', '2026-11-20 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (31, 2, '2026-11-23', '2026-11-23 13:00:00+00', 5, 4, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (32, 2, '2026-11-24', '2026-11-24 13:00:00+00', 5, 3, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (33, 2, '2026-11-25', '2026-11-25 13:00:00+00', 5, 4, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (34, 2, '2026-11-26', '2026-11-26 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (35, 2, '2026-11-27', '2026-11-27 13:00:00+00', 5, 3, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (36, 2, '2026-11-30', '2026-11-30 13:00:00+00', 5, 2, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (37, 2, '2026-12-01', '2026-12-01 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (38, 2, '2026-12-02', '2026-12-02 13:00:00+00', 5, 1, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (39, 2, '2026-12-03', '2026-12-03 13:00:00+00', 5, 2, false);
INSERT INTO public.test_selection_run (id, track, local_date, ran_at, eligible, selected, skipped) VALUES (40, 2, '2026-12-04', '2026-12-04 13:00:00+00', 5, 4, false);


--
-- Data for Name: today_change; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.today_change (client_id, stamp) VALUES (1, 770877110);
INSERT INTO public.today_change (client_id, stamp) VALUES (0, 1675698442);
INSERT INTO public.today_change (client_id, stamp) VALUES (2, 1425730853);
INSERT INTO public.today_change (client_id, stamp) VALUES (3, 2055430997);
INSERT INTO public.today_change (client_id, stamp) VALUES (4, 1523021949);
INSERT INTO public.today_change (client_id, stamp) VALUES (5, 1965522620);
INSERT INTO public.today_change (client_id, stamp) VALUES (6, 595575154);
INSERT INTO public.today_change (client_id, stamp) VALUES (7, 943834671);
INSERT INTO public.today_change (client_id, stamp) VALUES (8, 393334396);
INSERT INTO public.today_change (client_id, stamp) VALUES (9, 945138365);
INSERT INTO public.today_change (client_id, stamp) VALUES (10, 1107830118);
INSERT INTO public.today_change (client_id, stamp) VALUES (11, 1440778350);
INSERT INTO public.today_change (client_id, stamp) VALUES (12, 846046262);
INSERT INTO public.today_change (client_id, stamp) VALUES (13, 596028632);


--
-- Data for Name: track; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.track (id, program, name, active) VALUES (1, 1, 'Evening IOP', true);
INSERT INTO public.track (id, program, name, active) VALUES (2, 1, 'Morning IOP', true);


--
-- Data for Name: worksheet_template; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Name: account_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.account_id_seq', 13, true);


--
-- Name: aftercare_plan_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.aftercare_plan_id_seq', 4, true);


--
-- Name: assignment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.assignment_id_seq', 2, true);


--
-- Name: attendance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attendance_id_seq', 160, true);


--
-- Name: audit_event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_event_id_seq', 325, true);


--
-- Name: calendar_feed_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.calendar_feed_id_seq', 1, false);


--
-- Name: checkin_policy_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.checkin_policy_id_seq', 1, false);


--
-- Name: client_profile_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.client_profile_id_seq', 10, true);


--
-- Name: drug_test_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.drug_test_id_seq', 66, true);


--
-- Name: enrollment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.enrollment_id_seq', 10, true);


--
-- Name: meeting_directory_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.meeting_directory_id_seq', 18, true);


--
-- Name: migration_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.migration_id_seq', 17, true);


--
-- Name: notification_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notification_id_seq', 1, false);


--
-- Name: notification_pref_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notification_pref_id_seq', 1, false);


--
-- Name: program_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.program_id_seq', 1, true);


--
-- Name: push_subscription_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.push_subscription_id_seq', 1, false);


--
-- Name: random_test_policy_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.random_test_policy_id_seq', 2, true);


--
-- Name: session_occurrence_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.session_occurrence_id_seq', 342, true);


--
-- Name: session_series_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.session_series_id_seq', 15, true);


--
-- Name: submission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.submission_id_seq', 10, true);


--
-- Name: test_selection_run_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.test_selection_run_id_seq', 40, true);


--
-- Name: track_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.track_id_seq', 2, true);


--
-- Name: worksheet_template_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.worksheet_template_id_seq', 1, false);


--
-- Name: account account_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_email_key UNIQUE (email);


--
-- Name: account account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_pkey PRIMARY KEY (id);


--
-- Name: aftercare_plan aftercare_plan_client_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare_plan
    ADD CONSTRAINT aftercare_plan_client_key UNIQUE (client);


--
-- Name: aftercare_plan aftercare_plan_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare_plan
    ADD CONSTRAINT aftercare_plan_pkey PRIMARY KEY (id);


--
-- Name: assignment assignment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignment
    ADD CONSTRAINT assignment_pkey PRIMARY KEY (id);


--
-- Name: attendance attendance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_pkey PRIMARY KEY (id);


--
-- Name: audit_event audit_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_event
    ADD CONSTRAINT audit_event_pkey PRIMARY KEY (id);


--
-- Name: auth_session auth_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_session
    ADD CONSTRAINT auth_session_pkey PRIMARY KEY (token_hash);


--
-- Name: calendar_feed calendar_feed_client_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feed
    ADD CONSTRAINT calendar_feed_client_key UNIQUE (client);


--
-- Name: calendar_feed calendar_feed_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feed
    ADD CONSTRAINT calendar_feed_pkey PRIMARY KEY (id);


--
-- Name: calendar_feed calendar_feed_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feed
    ADD CONSTRAINT calendar_feed_token_hash_key UNIQUE (token_hash);


--
-- Name: checkin checkin_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkin
    ADD CONSTRAINT checkin_pkey PRIMARY KEY (id);


--
-- Name: checkin_policy checkin_policy_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkin_policy
    ADD CONSTRAINT checkin_policy_pkey PRIMARY KEY (id);


--
-- Name: checkin_policy checkin_policy_program_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkin_policy
    ADD CONSTRAINT checkin_policy_program_key UNIQUE (program);


--
-- Name: client_profile client_profile_account_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_profile
    ADD CONSTRAINT client_profile_account_key UNIQUE (account);


--
-- Name: client_profile client_profile_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_profile
    ADD CONSTRAINT client_profile_pkey PRIMARY KEY (id);


--
-- Name: drug_test drug_test_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.drug_test
    ADD CONSTRAINT drug_test_pkey PRIMARY KEY (id);


--
-- Name: enrollment enrollment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.enrollment
    ADD CONSTRAINT enrollment_pkey PRIMARY KEY (id);


--
-- Name: login_throttle login_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_throttle
    ADD CONSTRAINT login_throttle_pkey PRIMARY KEY (key);


--
-- Name: meeting_directory meeting_directory_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_directory
    ADD CONSTRAINT meeting_directory_pkey PRIMARY KEY (id);


--
-- Name: meeting_log meeting_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_log
    ADD CONSTRAINT meeting_log_pkey PRIMARY KEY (id);


--
-- Name: migration migration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.migration
    ADD CONSTRAINT migration_pkey PRIMARY KEY (id);


--
-- Name: notification notification_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_pkey PRIMARY KEY (id);


--
-- Name: notification_pref notification_pref_account_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_pref
    ADD CONSTRAINT notification_pref_account_key UNIQUE (account);


--
-- Name: notification_pref notification_pref_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_pref
    ADD CONSTRAINT notification_pref_pkey PRIMARY KEY (id);


--
-- Name: program program_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.program
    ADD CONSTRAINT program_pkey PRIMARY KEY (id);


--
-- Name: push_subscription push_subscription_endpoint_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_subscription
    ADD CONSTRAINT push_subscription_endpoint_key UNIQUE (endpoint);


--
-- Name: push_subscription push_subscription_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_subscription
    ADD CONSTRAINT push_subscription_pkey PRIMARY KEY (id);


--
-- Name: random_test_policy random_test_policy_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.random_test_policy
    ADD CONSTRAINT random_test_policy_pkey PRIMARY KEY (id);


--
-- Name: random_test_policy random_test_policy_track_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.random_test_policy
    ADD CONSTRAINT random_test_policy_track_key UNIQUE (track);


--
-- Name: session_occurrence session_occurrence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_occurrence
    ADD CONSTRAINT session_occurrence_pkey PRIMARY KEY (id);


--
-- Name: session_series session_series_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_series
    ADD CONSTRAINT session_series_pkey PRIMARY KEY (id);


--
-- Name: submission submission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.submission
    ADD CONSTRAINT submission_pkey PRIMARY KEY (id);


--
-- Name: test_selection_run test_selection_run_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.test_selection_run
    ADD CONSTRAINT test_selection_run_pkey PRIMARY KEY (id);


--
-- Name: track track_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.track
    ADD CONSTRAINT track_pkey PRIMARY KEY (id);


--
-- Name: worksheet_template worksheet_template_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.worksheet_template
    ADD CONSTRAINT worksheet_template_pkey PRIMARY KEY (id);


--
-- Name: account_role; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX account_role ON public.account USING btree (role);


--
-- Name: assignment_assigned_by; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assignment_assigned_by ON public.assignment USING btree (assigned_by, assigned_at);


--
-- Name: assignment_occurrence; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assignment_occurrence ON public.assignment USING btree (occurrence);


--
-- Name: attendance_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attendance_client ON public.attendance USING btree (client);


--
-- Name: attendance_occurrence; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attendance_occurrence ON public.attendance USING btree (occurrence);


--
-- Name: attendance_occurrence_client; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX attendance_occurrence_client ON public.attendance USING btree (occurrence, client);


--
-- Name: audit_event_actor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_event_actor ON public.audit_event USING btree (actor);


--
-- Name: audit_event_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_event_at ON public.audit_event USING btree (at);


--
-- Name: audit_event_patient; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_event_patient ON public.audit_event USING btree (patient);


--
-- Name: auth_session_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_session_account ON public.auth_session USING btree (account);


--
-- Name: auth_session_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_session_expires ON public.auth_session USING btree (expires);


--
-- Name: checkin_client_day; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX checkin_client_day ON public.checkin USING btree (client, local_date);


--
-- Name: checkin_unreviewed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX checkin_unreviewed ON public.checkin USING btree (client, risk_rank, submitted_at) WHERE (reviewed_at IS NULL);


--
-- Name: client_profile_primary_counselor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX client_profile_primary_counselor ON public.client_profile USING btree (primary_counselor);


--
-- Name: drug_test_client_day; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX drug_test_client_day ON public.drug_test USING btree (client, local_date);


--
-- Name: drug_test_day; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX drug_test_day ON public.drug_test USING btree (local_date);


--
-- Name: drug_test_waiting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX drug_test_waiting ON public.drug_test USING btree (window_start_at) WHERE ((status)::text = 'selected'::text);


--
-- Name: enrollment_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX enrollment_client ON public.enrollment USING btree (client);


--
-- Name: enrollment_client_program; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX enrollment_client_program ON public.enrollment USING btree (client, program);


--
-- Name: enrollment_track; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX enrollment_track ON public.enrollment USING btree (track);


--
-- Name: meeting_directory_day_minute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_directory_day_minute ON public.meeting_directory USING btree (day, minute);


--
-- Name: meeting_directory_slug_day; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX meeting_directory_slug_day ON public.meeting_directory USING btree (slug, day);


--
-- Name: meeting_log_client_attended; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_log_client_attended ON public.meeting_log USING btree (client, attended_at);


--
-- Name: notification_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX notification_key ON public.notification USING btree (account, kind, subject, due_at);


--
-- Name: notification_waiting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notification_waiting ON public.notification USING btree (next_attempt_at) WHERE ((status)::text = ANY ((ARRAY['pending'::character varying, 'claimed'::character varying])::text[]));


--
-- Name: push_subscription_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX push_subscription_account ON public.push_subscription USING btree (account);


--
-- Name: session_occurrence_client_start; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX session_occurrence_client_start ON public.session_occurrence USING btree (client, starts_at);


--
-- Name: session_occurrence_series_start; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX session_occurrence_series_start ON public.session_occurrence USING btree (series, original_start);


--
-- Name: session_occurrence_starts_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX session_occurrence_starts_at ON public.session_occurrence USING btree (starts_at);


--
-- Name: session_occurrence_track_start; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX session_occurrence_track_start ON public.session_occurrence USING btree (track, starts_at);


--
-- Name: session_series_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX session_series_client ON public.session_series USING btree (client);


--
-- Name: session_series_facilitator; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX session_series_facilitator ON public.session_series USING btree (facilitator);


--
-- Name: session_series_program; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX session_series_program ON public.session_series USING btree (program);


--
-- Name: session_series_track; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX session_series_track ON public.session_series USING btree (track);


--
-- Name: submission_assignment_client; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX submission_assignment_client ON public.submission USING btree (assignment, client);


--
-- Name: submission_client_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX submission_client_status ON public.submission USING btree (client, status);


--
-- Name: submission_waiting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX submission_waiting ON public.submission USING btree (submitted_at) WHERE ((status)::text = 'submitted'::text);


--
-- Name: test_selection_run_track_day; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX test_selection_run_track_day ON public.test_selection_run USING btree (track, local_date);


--
-- Name: today_change_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX today_change_client ON public.today_change USING btree (client_id) INCLUDE (stamp);


--
-- Name: track_program; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX track_program ON public.track USING btree (program);


--
-- Name: worksheet_template_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX worksheet_template_owner ON public.worksheet_template USING btree (owner);


--
-- Name: audit_event audit_event_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_event_append_only BEFORE DELETE OR UPDATE ON public.audit_event FOR EACH ROW EXECUTE FUNCTION public.audit_event_append_only();


--
-- Name: account today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE ON public.account FOR EACH ROW EXECUTE FUNCTION public.today_row_changed('id');


--
-- Name: aftercare_plan today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE ON public.aftercare_plan FOR EACH ROW EXECUTE FUNCTION public.today_row_changed('client');


--
-- Name: assignment today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE ON public.assignment FOR EACH ROW EXECUTE FUNCTION public.today_row_changed('client');


--
-- Name: attendance today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE ON public.attendance FOR EACH ROW EXECUTE FUNCTION public.today_row_changed('client');


--
-- Name: checkin today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE ON public.checkin FOR EACH ROW EXECUTE FUNCTION public.today_row_changed('client');


--
-- Name: checkin_policy today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.checkin_policy FOR EACH STATEMENT EXECUTE FUNCTION public.today_shared_changed();


--
-- Name: client_profile today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE ON public.client_profile FOR EACH ROW EXECUTE FUNCTION public.today_row_changed('account');


--
-- Name: drug_test today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE ON public.drug_test FOR EACH ROW EXECUTE FUNCTION public.today_row_changed('client');


--
-- Name: enrollment today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE ON public.enrollment FOR EACH ROW EXECUTE FUNCTION public.today_row_changed('client');


--
-- Name: meeting_directory today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.meeting_directory FOR EACH STATEMENT EXECUTE FUNCTION public.today_shared_changed();


--
-- Name: meeting_log today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE ON public.meeting_log FOR EACH ROW EXECUTE FUNCTION public.today_row_changed('client');


--
-- Name: program today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.program FOR EACH STATEMENT EXECUTE FUNCTION public.today_shared_changed();


--
-- Name: random_test_policy today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.random_test_policy FOR EACH STATEMENT EXECUTE FUNCTION public.today_shared_changed();


--
-- Name: session_occurrence today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE ON public.session_occurrence FOR EACH ROW EXECUTE FUNCTION public.today_row_changed('client');


--
-- Name: session_series today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE ON public.session_series FOR EACH ROW EXECUTE FUNCTION public.today_row_changed('client');


--
-- Name: submission today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE ON public.submission FOR EACH ROW EXECUTE FUNCTION public.today_row_changed('client');


--
-- Name: test_selection_run today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.test_selection_run FOR EACH STATEMENT EXECUTE FUNCTION public.today_shared_changed();


--
-- Name: track today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.track FOR EACH STATEMENT EXECUTE FUNCTION public.today_shared_changed();


--
-- Name: worksheet_template today_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER today_change AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.worksheet_template FOR EACH STATEMENT EXECUTE FUNCTION public.today_shared_changed();


--
-- Name: aftercare_plan aftercare_plan_client_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare_plan
    ADD CONSTRAINT aftercare_plan_client_fkey FOREIGN KEY (client) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: aftercare_plan aftercare_plan_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare_plan
    ADD CONSTRAINT aftercare_plan_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: assignment assignment_assigned_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignment
    ADD CONSTRAINT assignment_assigned_by_fkey FOREIGN KEY (assigned_by) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: assignment assignment_client_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignment
    ADD CONSTRAINT assignment_client_fkey FOREIGN KEY (client) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: assignment assignment_occurrence_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignment
    ADD CONSTRAINT assignment_occurrence_fkey FOREIGN KEY (occurrence) REFERENCES public.session_occurrence(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: assignment assignment_track_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignment
    ADD CONSTRAINT assignment_track_fkey FOREIGN KEY (track) REFERENCES public.track(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: attendance attendance_client_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_client_fkey FOREIGN KEY (client) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: attendance attendance_occurrence_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_occurrence_fkey FOREIGN KEY (occurrence) REFERENCES public.session_occurrence(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: attendance attendance_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: auth_session auth_session_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_session
    ADD CONSTRAINT auth_session_account_fkey FOREIGN KEY (account) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: calendar_feed calendar_feed_client_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feed
    ADD CONSTRAINT calendar_feed_client_fkey FOREIGN KEY (client) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: checkin checkin_client_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkin
    ADD CONSTRAINT checkin_client_fkey FOREIGN KEY (client) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: checkin_policy checkin_policy_program_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkin_policy
    ADD CONSTRAINT checkin_policy_program_fkey FOREIGN KEY (program) REFERENCES public.program(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: checkin checkin_reviewed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkin
    ADD CONSTRAINT checkin_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: client_profile client_profile_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_profile
    ADD CONSTRAINT client_profile_account_fkey FOREIGN KEY (account) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: client_profile client_profile_primary_counselor_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_profile
    ADD CONSTRAINT client_profile_primary_counselor_fkey FOREIGN KEY (primary_counselor) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: drug_test drug_test_client_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.drug_test
    ADD CONSTRAINT drug_test_client_fkey FOREIGN KEY (client) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: drug_test drug_test_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.drug_test
    ADD CONSTRAINT drug_test_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: drug_test drug_test_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.drug_test
    ADD CONSTRAINT drug_test_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: drug_test drug_test_track_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.drug_test
    ADD CONSTRAINT drug_test_track_fkey FOREIGN KEY (track) REFERENCES public.track(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: enrollment enrollment_client_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.enrollment
    ADD CONSTRAINT enrollment_client_fkey FOREIGN KEY (client) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: enrollment enrollment_program_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.enrollment
    ADD CONSTRAINT enrollment_program_fkey FOREIGN KEY (program) REFERENCES public.program(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: enrollment enrollment_track_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.enrollment
    ADD CONSTRAINT enrollment_track_fkey FOREIGN KEY (track) REFERENCES public.track(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: meeting_log meeting_log_client_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_log
    ADD CONSTRAINT meeting_log_client_fkey FOREIGN KEY (client) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: meeting_log meeting_log_directory_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_log
    ADD CONSTRAINT meeting_log_directory_fkey FOREIGN KEY (directory) REFERENCES public.meeting_directory(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: meeting_log meeting_log_verified_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_log
    ADD CONSTRAINT meeting_log_verified_by_fkey FOREIGN KEY (verified_by) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: notification notification_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_account_fkey FOREIGN KEY (account) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: notification_pref notification_pref_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_pref
    ADD CONSTRAINT notification_pref_account_fkey FOREIGN KEY (account) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: push_subscription push_subscription_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_subscription
    ADD CONSTRAINT push_subscription_account_fkey FOREIGN KEY (account) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: random_test_policy random_test_policy_track_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.random_test_policy
    ADD CONSTRAINT random_test_policy_track_fkey FOREIGN KEY (track) REFERENCES public.track(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: session_occurrence session_occurrence_client_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_occurrence
    ADD CONSTRAINT session_occurrence_client_fkey FOREIGN KEY (client) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: session_occurrence session_occurrence_series_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_occurrence
    ADD CONSTRAINT session_occurrence_series_fkey FOREIGN KEY (series) REFERENCES public.session_series(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: session_occurrence session_occurrence_track_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_occurrence
    ADD CONSTRAINT session_occurrence_track_fkey FOREIGN KEY (track) REFERENCES public.track(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: session_series session_series_client_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_series
    ADD CONSTRAINT session_series_client_fkey FOREIGN KEY (client) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: session_series session_series_facilitator_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_series
    ADD CONSTRAINT session_series_facilitator_fkey FOREIGN KEY (facilitator) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: session_series session_series_program_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_series
    ADD CONSTRAINT session_series_program_fkey FOREIGN KEY (program) REFERENCES public.program(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: session_series session_series_track_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_series
    ADD CONSTRAINT session_series_track_fkey FOREIGN KEY (track) REFERENCES public.track(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: submission submission_assignment_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.submission
    ADD CONSTRAINT submission_assignment_fkey FOREIGN KEY (assignment) REFERENCES public.assignment(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: submission submission_client_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.submission
    ADD CONSTRAINT submission_client_fkey FOREIGN KEY (client) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: submission submission_reviewed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.submission
    ADD CONSTRAINT submission_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: test_selection_run test_selection_run_track_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.test_selection_run
    ADD CONSTRAINT test_selection_run_track_fkey FOREIGN KEY (track) REFERENCES public.track(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: track track_program_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.track
    ADD CONSTRAINT track_program_fkey FOREIGN KEY (program) REFERENCES public.program(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: worksheet_template worksheet_template_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.worksheet_template
    ADD CONSTRAINT worksheet_template_owner_fkey FOREIGN KEY (owner) REFERENCES public.account(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


