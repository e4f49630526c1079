/**
 * The one schema, run by both stores (PGlite embedded and a PostgreSQL server), so the
 * embedded default and a deployment run the same SQL. Append migrations; never edit one.
 */
export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE SEQUENCE IF NOT EXISTS case_number_seq;
CREATE TABLE cases (
  id text PRIMARY KEY,
  conversation text NOT NULL,
  lang text NOT NULL,
  question text NOT NULL,
  recent_turns jsonb NOT NULL DEFAULT '[]'::jsonb,
  reason text NOT NULL,
  general_rule text,
  answer_id text,
  status text NOT NULL CHECK (status IN ('open', 'claimed', 'answered', 'resolved')),
  assignee text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  first_reply_at timestamptz,
  resolved_at timestamptz
);
CREATE INDEX cases_status ON cases (status, created_at);
CREATE TABLE case_events (
  id bigserial PRIMARY KEY,
  case_id text NOT NULL REFERENCES cases (id),
  kind text NOT NULL,
  actor text,
  text text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_events_case ON case_events (case_id, id);
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  case_id text REFERENCES cases (id),
  conversation text,
  payload jsonb NOT NULL,
  idempotency_key text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX outbox_pending ON outbox (status, next_attempt_at, id);
CREATE TABLE conversation_turns (
  id bigserial PRIMARY KEY,
  conversation text NOT NULL,
  role text NOT NULL,
  text text NOT NULL,
  partner_query jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_turns_conversation ON conversation_turns (conversation, id);
CREATE TABLE processed_events (
  event_id text PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE answers (
  id text PRIMARY KEY,
  conversation text NOT NULL,
  lang text NOT NULL,
  route text NOT NULL,
  handover_reason text,
  case_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE feedback (
  answer_id text PRIMARY KEY REFERENCES answers (id),
  helpful boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);`,
  },
  {
    version: 2,
    sql: `
CREATE TABLE case_cards (
  case_id text NOT NULL REFERENCES cases (id),
  platform text NOT NULL,
  channel text NOT NULL,
  message_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, platform)
);
CREATE UNIQUE INDEX case_cards_message ON case_cards (platform, channel, message_id);`,
  },
  {
    // The staff console (src/staff/console): accounts, sessions, the audit log, saved replies, notes.
    version: 3,
    sql: `
CREATE TABLE staff_accounts (
  email text PRIMARY KEY,
  password_hash text,
  lang text NOT NULL DEFAULT 'ja' CHECK (lang IN ('ja', 'en')),
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  invite_hash text UNIQUE,
  invite_expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at timestamptz
);
CREATE TABLE staff_sessions (
  token_hash text PRIMARY KEY,
  email text NOT NULL REFERENCES staff_accounts (email) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_sessions_email ON staff_sessions (email);
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  actor text NOT NULL,
  action text NOT NULL,
  target text,
  detail jsonb,
  address text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE TABLE saved_replies (
  id bigserial PRIMARY KEY,
  lang text NOT NULL CHECK (lang IN ('ja', 'en')),
  title text NOT NULL,
  body text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE case_notes (
  id bigserial PRIMARY KEY,
  case_id text NOT NULL REFERENCES cases (id),
  author text NOT NULL,
  text text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_notes_case ON case_notes (case_id, id);`,
  },
  {
    // Nothing lost (issue 15): the durable inbox (a student's message is recorded before it is
    // acknowledged, done once its answer is queued), outbox claims (a send started before a
    // crash is looked for on the platform before it is sent again), one case per answer.
    version: 4,
    sql: `
CREATE TABLE inbox (
  event_id text PRIMARY KEY,
  platform text NOT NULL,
  message jsonb NOT NULL,
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'done')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  received_at timestamptz NOT NULL DEFAULT now(),
  done_at timestamptz
);
CREATE INDEX inbox_unfinished ON inbox (platform, status, next_attempt_at);
ALTER TABLE outbox ADD COLUMN claimed_at timestamptz;
ALTER TABLE outbox ADD COLUMN sends integer NOT NULL DEFAULT 0;
CREATE INDEX cases_answer ON cases (answer_id);`,
  },
];
