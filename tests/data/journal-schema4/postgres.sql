-- The DDL of a journal at schema version 4, as the landed version (before schema 5)
-- created it: journal/Journal.cpp and journal/Approvals.cpp at dfeba56^, each
-- statement on its own, separated by a line holding only ";".
CREATE TABLE entries ( id BIGSERIAL PRIMARY KEY, created TEXT NOT NULL, updated TEXT NOT NULL, session TEXT NOT NULL, profile TEXT NOT NULL, operation TEXT NOT NULL, order_no TEXT NOT NULL DEFAULT '', amount TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL DEFAULT '', masked_pan TEXT NOT NULL DEFAULT '', request TEXT NOT NULL, state TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT '', response TEXT NOT NULL DEFAULT '', refund_of TEXT NOT NULL DEFAULT '')
;
CREATE INDEX entries_order ON entries(order_no)
;
CREATE INDEX entries_refund ON entries(profile, refund_of)
;
CREATE TABLE journal_schema (version INTEGER NOT NULL)
;
ALTER TABLE entries ADD COLUMN kind TEXT NOT NULL DEFAULT 'read'
;
ALTER TABLE entries ADD COLUMN entry_id BIGINT
;
ALTER TABLE entries ADD COLUMN operator TEXT NOT NULL DEFAULT ''
;
ALTER TABLE entries ADD COLUMN merchant TEXT NOT NULL DEFAULT ''
;
ALTER TABLE entries ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''
;
ALTER TABLE entries ADD COLUMN hash TEXT NOT NULL DEFAULT ''
;
CREATE UNIQUE INDEX entries_once ON entries(merchant, operation, order_no) WHERE kind = 'post'
;
CREATE INDEX entries_entry ON entries(entry_id)
;
ALTER TABLE entries ADD CONSTRAINT entries_operator_is_role CHECK (operator = current_user)
;
CREATE INDEX IF NOT EXISTS entries_state ON entries(state)
;
CREATE TABLE approval_secrets (request_id BIGINT PRIMARY KEY, nonce TEXT NOT NULL, ciphertext TEXT NOT NULL)
;
CREATE UNIQUE INDEX entries_decided_once ON entries(entry_id) WHERE kind = 'decision'
;
CREATE UNIQUE INDEX entries_request_once ON entries(merchant, operation, order_no) WHERE kind = 'request'
;
CREATE INDEX entries_kind ON entries(kind, id)
;
CREATE INDEX entries_payouts ON entries(operator, created) WHERE kind = 'post' AND operation = 'withdrawal'
;
CREATE INDEX entries_latest_outcome ON entries(entry_id, id) WHERE kind = 'outcome'
;
CREATE OR REPLACE FUNCTION journal_payout_rule(p_who text, p_amount text) RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog, public AS $f$ DECLARE pol jsonb; a numeric; spent numeric; BEGIN  SELECT request::jsonb INTO pol FROM entries WHERE kind = 'policy'   ORDER BY id DESC LIMIT 1;  IF pol IS NULL THEN RETURN NULL; END IF;  IF p_amount !~ '^[0-9]{1,15}([.][0-9]{1,2}0*)?$' THEN RETURN 'the amount is not a decimal number'; END IF;  a := p_amount::numeric;  IF a > (pol ->> 'approval_above')::numeric THEN   RETURN format('%s is above the approval limit %s', p_amount,    pol ->> 'approval_above'); END IF;  IF COALESCE(pol ->> 'daily_limit', '') = '' THEN RETURN NULL; END IF;  SELECT COALESCE(SUM(p.amount::numeric), 0) INTO spent FROM entries p   WHERE p.kind = 'post' AND p.operation = 'withdrawal' AND p.operator = p_who   AND p.created >= to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')   AND p.amount ~ '^[0-9]{1,15}([.][0-9]{1,2}0*)?$'   AND COALESCE((SELECT o.state FROM entries o WHERE o.entry_id = p.id    AND o.kind = 'outcome' ORDER BY o.id DESC LIMIT 1), p.state)    IN ('sent', 'ok', 'unknown')   AND NOT EXISTS (SELECT 1 FROM entries d JOIN entries q ON q.id = d.entry_id AND q.kind = 'request' WHERE d.kind = 'decision' AND d.state = 'approved' AND d.operator = p.operator AND q.merchant = p.merchant AND q.order_no = p.order_no AND q.amount = p.amount);  IF spent + a > (pol ->> 'daily_limit')::numeric THEN   RETURN format('%s paid out today plus %s is above the daily limit %s', spent,    p_amount, pol ->> 'daily_limit'); END IF;  RETURN NULL; END $f$
;
CREATE OR REPLACE FUNCTION journal_guard() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public AS $f$ DECLARE r record; why text; owner text; BEGIN  IF (NEW.kind IN ('policy', 'request', 'decision') OR (NEW.kind = 'post'   AND NEW.operation = 'withdrawal')) AND (NEW.created !~ '^[0-9]{4}-'   OR abs(extract(epoch FROM NEW.created::timestamptz - now())) > 600) THEN   RAISE EXCEPTION 'the entry''s time % is not the server''s time %',    NEW.created, now() USING ERRCODE = 'insufficient_privilege'; END IF;  IF NEW.kind = 'policy' THEN   SELECT pg_get_userbyid(c.relowner)::text INTO owner FROM pg_class c    WHERE c.oid = 'public.entries'::regclass;   IF NEW.operator IS DISTINCT FROM owner THEN    RAISE EXCEPTION 'policy refused: only the journal''s owner (%) may change the approval policy', owner USING ERRCODE = 'insufficient_privilege'; END IF;  ELSIF NEW.kind = 'request' THEN   IF NEW.state <> 'awaiting' OR NEW.operation <> 'withdrawal' THEN    RAISE EXCEPTION 'a request is a withdrawal awaiting approval'; END IF;  ELSIF NEW.kind = 'decision' THEN   SELECT * INTO r FROM entries WHERE id = NEW.entry_id AND kind = 'request';   IF NOT FOUND THEN RAISE EXCEPTION 'no approval request %', NEW.entry_id;   END IF;   IF NEW.state NOT IN ('approved', 'rejected') THEN    RAISE EXCEPTION 'a decision approves or rejects'; END IF;   IF NEW.state = 'approved' AND NEW.operator = r.operator THEN    RAISE EXCEPTION 'approval refused: % requested % and cannot approve it',     r.operator, r.id USING ERRCODE = 'insufficient_privilege'; END IF;   IF r.created::timestamptz < now() - interval '86400 seconds' THEN    RAISE EXCEPTION 'request % expired', r.id; END IF;  ELSIF NEW.kind = 'post' AND NEW.operation = 'withdrawal' THEN   PERFORM pg_advisory_xact_lock(21747559644353102);   why := journal_payout_rule(NEW.operator, NEW.amount);   IF why IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entries d JOIN entries q ON q.id = d.entry_id AND q.kind = 'request' WHERE d.kind = 'decision' AND d.state = 'approved' AND d.operator = NEW.operator AND q.merchant = NEW.merchant AND q.order_no = NEW.order_no AND q.amount = NEW.amount) THEN    RAISE EXCEPTION 'withdrawal of order % needs another operator''s approval: %',     NEW.order_no, why USING ERRCODE = 'insufficient_privilege'; END IF;  END IF;  RETURN NEW; END $f$
;
CREATE TRIGGER entries_guard BEFORE INSERT ON entries FOR EACH ROW EXECUTE FUNCTION journal_guard()
;
CREATE OR REPLACE FUNCTION journal_guard_secret() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public AS $f$ BEGIN  IF NOT EXISTS (SELECT 1 FROM entries WHERE id = NEW.request_id   AND kind = 'request' AND operator = current_user::text) THEN   RAISE EXCEPTION 'a sealed card number belongs to a request of its requester';  END IF; RETURN NEW; END $f$
;
CREATE TRIGGER approval_secrets_guard BEFORE INSERT ON approval_secrets FOR EACH ROW EXECUTE FUNCTION journal_guard_secret()
;
CREATE OR REPLACE FUNCTION journal_erase_settled() RETURNS integer LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $f$ WITH gone AS (DELETE FROM approval_secrets s WHERE NOT EXISTS (SELECT 1 FROM entries r WHERE r.id = s.request_id AND r.kind = 'request' AND r.created >= to_char((now() - interval '24 hours') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AND NOT EXISTS (SELECT 1 FROM entries d WHERE d.entry_id = r.id AND d.kind = 'decision' AND d.state = 'rejected') AND NOT EXISTS (SELECT 1 FROM entries p WHERE p.kind = 'post' AND p.merchant = r.merchant AND p.operation = r.operation AND p.order_no = r.order_no)) RETURNING 1) SELECT count(*)::integer FROM gone $f$
;
REVOKE ALL ON FUNCTION journal_erase_settled() FROM PUBLIC
;
DO $d$ DECLARE g record; BEGIN FOR g IN SELECT DISTINCT grantee FROM information_schema.role_table_grants  WHERE table_name = 'entries' AND privilege_type = 'INSERT'  AND grantee NOT IN ('PUBLIC', current_user) LOOP  EXECUTE format('GRANT SELECT, INSERT ON approval_secrets TO %I', g.grantee);  EXECUTE format('GRANT EXECUTE ON FUNCTION journal_erase_settled() TO %I',   g.grantee); END LOOP; END $d$
;
INSERT INTO journal_schema (version) VALUES (4)
;
