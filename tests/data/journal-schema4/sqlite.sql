-- The DDL of a journal at schema version 4, as the landed version (before schema 5)
-- created it: journal/Journal.cpp and journal/Approvals.cpp at dfeba56^, each
-- statement on its own, separated by a line holding only ";".
CREATE TABLE entries ( id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL, updated TEXT NOT NULL, session TEXT NOT NULL, profile TEXT NOT NULL, operation TEXT NOT NULL, order_no TEXT NOT NULL DEFAULT '', amount TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL DEFAULT '', masked_pan TEXT NOT NULL DEFAULT '', request TEXT NOT NULL, state TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT '', response TEXT NOT NULL DEFAULT '', refund_of TEXT NOT NULL DEFAULT '')
;
CREATE INDEX entries_order ON entries(order_no)
;
CREATE INDEX entries_refund ON entries(profile, refund_of)
;
CREATE TABLE journal_schema (version INTEGER NOT NULL)
;
ALTER TABLE entries ADD COLUMN kind TEXT NOT NULL DEFAULT 'read'
;
ALTER TABLE entries ADD COLUMN entry_id INTEGER
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
CREATE INDEX IF NOT EXISTS entries_state ON entries(state)
;
CREATE TABLE approval_secrets (request_id INTEGER PRIMARY KEY, nonce TEXT NOT NULL, ciphertext TEXT NOT NULL)
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
CREATE TRIGGER entries_guard_decision BEFORE INSERT ON entries WHEN NEW.kind = 'decision' BEGIN SELECT RAISE(ABORT, 'no such approval request') WHERE NOT EXISTS  (SELECT 1 FROM entries WHERE id = NEW.entry_id AND kind = 'request'); SELECT RAISE(ABORT, 'approval refused: the requester cannot approve their own request') WHERE NEW.state = 'approved'  AND NEW.operator = (SELECT operator FROM entries WHERE id = NEW.entry_id); SELECT RAISE(ABORT, 'the request expired') WHERE  (SELECT created FROM entries WHERE id = NEW.entry_id) < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day'); END
;
INSERT INTO journal_schema (version) VALUES (4)
;
