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
];
