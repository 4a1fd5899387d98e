"""The server's own rules (migration 0002): accounts are server logins, and what each may do is enforced by
the server, so psql on a user's own credentials can do no more than the window.

- Group roles `<database>_officer`, `_supervisor` and `_admin` (NOLOGIN; named for the database, since roles
  belong to the whole cluster). Each account is a login in one of them, made by `caseapp_create_login` from a
  SCRAM verifier computed on the workstation (core.scram): no password reaches the server or its logs.
- Grants narrow the verbs: every group reads what the window shows (not users.password_hash nor key_salt:
  only admins, who verify, read those), officers and supervisors write cases and their children, admins
  write accounts, settings and the catalogue; nobody updates or deletes an audit entry or a ledger row.
- Row triggers (SECURITY DEFINER, pinned search_path) check what a write does against the workflow of
  services/workflow.py, comparing the old row with the new one: who edits a draft, who submits, who approves
  or returns (never one who created, edited or last submitted the case), that an approved case changes only
  by an amendment that sends it back for approval. Row-level security policies cannot compare old and new
  rows, and every role reads every case (analysts search them all), so the rules are triggers.
- The audit chain never forks: the trigger on audit_log takes a lock on its one head row, which no client
  can skip, and refuses an entry that does not follow the head (a writer that raced is told to try again);
  it also refuses an entry whose actor is not the login writing it.
- A session outside the groups (the database's owner, a superuser: the people who run the server) passes the
  triggers; what they change by hand is caught by `verify` against the chain, which reports and backups
  anchor outside the server.

The rules of the workflow are written here a second time, in SQL, because the server cannot run Python; each
refusal names the rule as the service says it, and tests/store/test_server_rules.py holds both to the same
cases."""

from __future__ import annotations

import re

GROUPS = ("officer", "supervisor", "admin")

_CASE_ROLES = "ARRAY['officer', 'supervisor']"

RULES = r"""
CREATE TABLE audit_head (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    id bigint NOT NULL,
    hash text NOT NULL
);
INSERT INTO audit_head (id, hash)
SELECT coalesce(max(id), 0), coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), repeat('0', 64))
FROM audit_log;

-- transactions amending an approved case: its children may then be rewritten (no login writes this table)
CREATE TABLE amending (txid bigint NOT NULL, case_id bigint NOT NULL, PRIMARY KEY (txid, case_id));

DO $$
DECLARE
    g text;
    db text := current_database();
BEGIN
    FOREACH g IN ARRAY ARRAY['officer', 'supervisor', 'admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = db || '_' || g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', db || '_' || g);
        END IF;
    END LOOP;
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', db);
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I, %I, %I', db,
                   db || '_officer', db || '_supervisor', db || '_admin');
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I, %I', current_schema(),
                   db || '_officer', db || '_supervisor', db || '_admin');
END $$;

-- the caseapp group of the session's login: NULL for the owner, a superuser or any other role
CREATE FUNCTION caseapp_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN r.rolsuper THEN NULL ELSE (
        SELECT substr(g.rolname, length(current_database()) + 2) FROM pg_roles g
        WHERE g.rolname IN (current_database() || '_admin', current_database() || '_supervisor',
                            current_database() || '_officer')
          AND pg_has_role(session_user, g.oid, 'MEMBER')
        ORDER BY CASE substr(g.rolname, length(current_database()) + 2)
                 WHEN 'admin' THEN 1 WHEN 'supervisor' THEN 2 ELSE 3 END
        LIMIT 1) END
    FROM pg_roles r WHERE r.rolname = session_user
$$;

CREATE FUNCTION caseapp_refuse(message text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', message USING ERRCODE = 'insufficient_privilege';
END $$;

-- the write lock every change takes first (services' transaction): logins may not LOCK the table themselves
CREATE FUNCTION caseapp_write_lock() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE;
END $$;

CREATE FUNCTION audit_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    head audit_head%ROWTYPE;
BEGIN
    SELECT * INTO head FROM audit_head FOR UPDATE;
    IF NEW.id <> head.id + 1 OR NEW.prev_hash <> head.hash THEN
        RAISE EXCEPTION 'the audit chain moved on meanwhile (entry % does not follow entry %): try again',
            NEW.id, head.id USING ERRCODE = 'serialization_failure';
    END IF;
    IF caseapp_role() IS NOT NULL AND NEW.actor IS DISTINCT FROM session_user::text THEN
        PERFORM caseapp_refuse(format('%s may not write an audit entry in the name of %s', session_user,
                                      coalesce(NEW.actor, 'nobody')));
    END IF;
    UPDATE audit_head SET id = NEW.id, hash = NEW.hash;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_chain();

-- ledger rows belong to the entry being written (the next one): none is added to an entry already in the chain
CREATE FUNCTION audit_rows_inserted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    IF caseapp_role() IS NOT NULL AND EXISTS (
            SELECT 1 FROM new_rows n WHERE n.audit_id <> (SELECT h.id + 1 FROM audit_head h)) THEN
        PERFORM caseapp_refuse(format('%s may not add ledger rows to an audit entry already written',
                                      session_user));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER audit_rows_inserted AFTER INSERT ON audit_rows REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION audit_rows_inserted();

-- whether `who` created, imported or changed the case's content (services.workflow.Workflow.editors)
CREATE FUNCTION caseapp_edited(case_id bigint, number text, who text) RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND (c.created_by = who OR c.updated_by = who))
        OR EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'case' AND a.entity_id = number AND a.actor = who
                   AND a.action IN ('create', 'update', 'amend'))
        OR EXISTS (SELECT 1 FROM audit_rows r JOIN audit_log a ON a.id = r.audit_id
                   WHERE r.tbl = 'cases' AND r.row_id = case_id AND a.actor = who
                   AND a.action IN ('create', 'update', 'amend', 'import'))
$$;

CREATE FUNCTION cases_rules() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    role text := caseapp_role();
    me text := session_user;
    submitter text;
BEGIN
    IF role IS NULL THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF role <> ALL (ARRAY['officer', 'supervisor']) THEN
        PERFORM caseapp_refuse(format('%s is an %s: admins manage users, not cases', me, role));
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM caseapp_refuse(format('case %s: cases are never deleted', OLD.case_number));
    END IF;
    IF NEW.id <> OLD.id OR NEW.case_number <> OLD.case_number OR NEW.created_by IS DISTINCT FROM OLD.created_by
            OR NEW.created_at <> OLD.created_at THEN
        PERFORM caseapp_refuse(format('case %s: its number, id and creation are never changed', OLD.case_number));
    END IF;
    IF OLD.status IN ('draft', 'returned') THEN
        IF NEW.status = OLD.status THEN
            IF OLD.created_by IS DISTINCT FROM me THEN
                PERFORM caseapp_refuse(format('only %s edits this %s case', OLD.created_by, OLD.status));
            END IF;
        ELSIF NEW.status = 'submitted' THEN
            IF OLD.status = 'draft' AND OLD.created_by IS DISTINCT FROM me AND role <> 'supervisor' THEN
                PERFORM caseapp_refuse(format('only %s or a supervisor submits this case', OLD.created_by));
            END IF;
            IF OLD.status = 'returned' AND NOT caseapp_edited(OLD.id, OLD.case_number, me) THEN
                PERFORM caseapp_refuse(format('a returned case goes back to its officer: only %s (or whoever '
                                              'edited it) resubmits case %s', OLD.created_by, OLD.case_number));
            END IF;
        ELSE
            PERFORM caseapp_refuse(format('case %s is %s: it is submitted before it is reviewed',
                                          OLD.case_number, OLD.status));
        END IF;
    ELSIF OLD.status = 'submitted' THEN
        IF NEW.status NOT IN ('approved', 'returned') THEN
            PERFORM caseapp_refuse(format('case %s is submitted: it waits for approval or return', OLD.case_number));
        END IF;
        IF role <> 'supervisor' THEN
            PERFORM caseapp_refuse(format('%s is an officer: only a supervisor approves or returns a case', me));
        END IF;
        IF caseapp_edited(OLD.id, OLD.case_number, me) THEN
            PERFORM caseapp_refuse(format('%s created or edited case %s and cannot review it', me, OLD.case_number));
        END IF;
        IF NEW.status = 'approved' THEN
            SELECT a.actor INTO submitter FROM audit_log a WHERE a.entity = 'case' AND a.entity_id = OLD.case_number
                AND a.action IN ('submit', 'amend') ORDER BY a.id DESC LIMIT 1;
            IF submitter = me THEN
                PERFORM caseapp_refuse(format('%s submitted case %s: another supervisor approves it', me,
                                              OLD.case_number));
            END IF;
            IF NEW.approved_by IS DISTINCT FROM me THEN
                PERFORM caseapp_refuse(format('case %s is approved in the name of the supervisor approving it',
                                              OLD.case_number));
            END IF;
        END IF;
        IF to_jsonb(NEW) - ARRAY['status', 'approved_by', 'approved_at', 'version']
                <> to_jsonb(OLD) - ARRAY['status', 'approved_by', 'approved_at', 'version'] THEN
            PERFORM caseapp_refuse(format('case %s: a review changes its status, not its content', OLD.case_number));
        END IF;
    ELSIF OLD.status = 'approved' THEN
        IF NEW.status <> 'submitted' THEN
            PERFORM caseapp_refuse(format('case %s is approved: a change is an amendment with a reason, which '
                                          'sends it back for approval', OLD.case_number));
        END IF;
        IF OLD.created_by IS DISTINCT FROM me AND role <> 'supervisor' THEN
            PERFORM caseapp_refuse('an amendment is made by the case''s officer or a supervisor');
        END IF;
        DELETE FROM amending WHERE txid < txid_snapshot_xmin(txid_current_snapshot());
        INSERT INTO amending (txid, case_id) VALUES (txid_current(), OLD.id) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER cases_rules BEFORE UPDATE OR DELETE ON cases
FOR EACH ROW EXECUTE FUNCTION cases_rules();

-- new cases, a statement at a time (an import writes thousands): drafts, but for a supervisor's import of
-- cases reviewed elsewhere, whose children this transaction may then write
CREATE FUNCTION cases_inserted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    role text := caseapp_role();
    refused text;
BEGIN
    IF role IS NULL THEN
        RETURN NULL;
    END IF;
    IF role <> ALL (ARRAY['officer', 'supervisor']) THEN
        PERFORM caseapp_refuse(format('%s is an %s: admins manage users, not cases', session_user, role));
    END IF;
    IF role <> 'supervisor' THEN
        SELECT format('case %s: only a supervisor brings in a case marked %s', n.case_number, n.status)
        INTO refused FROM new_rows n WHERE n.status <> 'draft' LIMIT 1;
        IF refused IS NOT NULL THEN
            PERFORM caseapp_refuse(refused);
        END IF;
    END IF;
    SELECT format('case %s is recorded in the name of %s, not of %s who records it', n.case_number,
                  n.created_by, session_user)
    INTO refused FROM new_rows n WHERE n.created_by IS DISTINCT FROM session_user::text LIMIT 1;
    IF refused IS NOT NULL THEN
        PERFORM caseapp_refuse(refused);
    END IF;
    DELETE FROM amending WHERE txid < txid_snapshot_xmin(txid_current_snapshot());
    INSERT INTO amending (txid, case_id) SELECT txid_current(), n.id FROM new_rows n WHERE n.status <> 'draft'
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER cases_inserted AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION cases_inserted();

-- whether the session's login may change the content of case `case_id` now (its children and index rows)
CREATE FUNCTION caseapp_may_edit(case_id bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.status IN ('draft', 'returned')
                   AND c.created_by = session_user)
        OR EXISTS (SELECT 1 FROM amending m WHERE m.txid = txid_current() AND m.case_id = case_id)
$$;

@CHILDREN@
CREATE FUNCTION attachments_rules() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    role text := caseapp_role();
BEGIN
    IF role IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.added_by IS DISTINCT FROM session_user::text THEN
            PERFORM caseapp_refuse('an attachment is added in the name of who adds it');
        END IF;
        RETURN NEW;
    END IF;
    IF row(NEW.id, NEW.case_id, NEW.exhibit_id, NEW.file_name, NEW.media_type, NEW.size, NEW.sha256, NEW.caption,
           NEW.added_by, NEW.added_at, NEW.content)
       IS DISTINCT FROM row(OLD.id, OLD.case_id, OLD.exhibit_id, OLD.file_name, OLD.media_type, OLD.size, OLD.sha256,
           OLD.caption, OLD.added_by, OLD.added_at, OLD.content) OR OLD.removed_at IS NOT NULL
       OR NEW.removed_by IS DISTINCT FROM session_user::text THEN
        PERFORM caseapp_refuse('an attachment is never changed: it is only marked removed, once, by who removes it');
    END IF;
    IF OLD.added_by IS DISTINCT FROM session_user::text AND role <> 'supervisor' THEN
        PERFORM caseapp_refuse(format('only %s or a supervisor removes this attachment', OLD.added_by));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER attachments_rules BEFORE INSERT OR UPDATE ON attachments
FOR EACH ROW EXECUTE FUNCTION attachments_rules();

-- a caseapp login of this database (a member of one of its groups), or an error: the functions below never
-- touch another role of the cluster
CREATE FUNCTION caseapp_login_of(login text) RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r pg_roles%ROWTYPE;
BEGIN
    SELECT * INTO r FROM pg_roles WHERE rolname = login;
    IF NOT FOUND OR r.rolsuper OR NOT EXISTS (
            SELECT 1 FROM pg_roles g WHERE g.rolname IN (current_database() || '_officer',
                current_database() || '_supervisor', current_database() || '_admin')
            AND pg_has_role(r.oid, g.oid, 'MEMBER')) THEN
        PERFORM @SCHEMA@.caseapp_refuse(format('%s is not a login of this caseapp database', login));
    END IF;
    RETURN login;
END $$;

CREATE FUNCTION caseapp_require_admin() RETURNS void LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    IF caseapp_role() IS DISTINCT FROM 'admin' AND caseapp_role() IS NOT NULL THEN
        PERFORM caseapp_refuse(format('%s is not an admin: admins manage logins', session_user));
    END IF;
END $$;

CREATE FUNCTION caseapp_create_login(login text, verifier text, role text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    PERFORM caseapp_require_admin();
    IF role <> ALL (ARRAY['officer', 'supervisor', 'admin']) THEN
        PERFORM caseapp_refuse(format('%s is not a role', role));
    END IF;
    IF verifier IS NOT NULL AND verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        PERFORM caseapp_refuse('a login''s password is given as a SCRAM-SHA-256 verifier');
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        PERFORM caseapp_refuse(format('a server login named %s exists already (on this server, for this or '
                                      'another database): choose another login name', login));
    END IF;
    IF verifier IS NULL THEN  -- an account copied from a file: it signs in once an admin sets its password
        EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE %I', login, current_database() || '_' || role);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, verifier,
                       current_database() || '_' || role);
    END IF;
END $$;

CREATE FUNCTION caseapp_set_password(login text, verifier text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    PERFORM caseapp_login_of(login);
    IF login IS DISTINCT FROM session_user::text THEN
        PERFORM caseapp_require_admin();
    END IF;
    IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        PERFORM caseapp_refuse('a login''s password is given as a SCRAM-SHA-256 verifier');
    END IF;
    -- a deactivated account stays unable to sign in, whatever its new password (a copied account, active,
    -- may sign in from its first password on)
    EXECUTE format('ALTER ROLE %I %s PASSWORD %L', login,
                   CASE WHEN EXISTS (SELECT 1 FROM users u WHERE u.login = caseapp_set_password.login AND u.active = 1)
                        THEN 'LOGIN' ELSE 'NOLOGIN' END, verifier);
END $$;

CREATE FUNCTION caseapp_set_login_enabled(login text, enabled boolean) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    PERFORM caseapp_require_admin();
    PERFORM caseapp_login_of(login);
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
END $$;

-- the signing key's salt of the session's own account (logins do not read others')
CREATE FUNCTION caseapp_own_key_salt() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT key_salt FROM users WHERE login = session_user::text
$$;

-- the users rows a session may read whole (the ledger hashes whole rows): all for an admin or the owner, else
-- the session's own
CREATE FUNCTION caseapp_users_rows() RETURNS SETOF users LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT * FROM users WHERE caseapp_role() IS NULL OR caseapp_role() = 'admin' OR login = session_user::text
$$;

-- a login's own new password: its new signing key's public half and salt (the verifier is the server's)
CREATE FUNCTION caseapp_update_own_account(public_key text, key_salt text, at text) RETURNS void LANGUAGE sql
SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
    UPDATE users u SET password_hash = '', failed_logins = 0, locked_until = NULL, public_key = $1,
        key_salt = $2, updated_at = $3
    WHERE u.login = session_user::text
$$;

DO $$
DECLARE
    db text := current_database();
    o text := quote_ident(db || '_officer');
    s text := quote_ident(db || '_supervisor');
    a text := quote_ident(db || '_admin');
    everyone text := o || ', ' || s || ', ' || a;
    f text;
BEGIN
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM PUBLIC', current_schema());
    EXECUTE format('GRANT SELECT ON cases, persons, exhibits, exhibit_terms, exhibit_words, audit_log, audit_rows, '
                   'custody_events, local_substances, attachments, settings, case_number_counters, '
                   'schema_migrations, audit_head TO %s', everyone);
    EXECUTE format('GRANT SELECT (id, login, display_name, badge, role, active, failed_logins, locked_until, '
                   'created_at, updated_at, public_key) ON users TO %s, %s', o, s);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON users TO %s', a);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON cases, persons, exhibits, exhibit_terms, exhibit_words '
                   'TO %s, %s', o, s);
    EXECUTE format('GRANT UPDATE ON exhibits, exhibit_terms TO %s', a);
    EXECUTE format('GRANT INSERT, DELETE ON exhibit_terms TO %s', a);
    EXECUTE format('GRANT INSERT, UPDATE ON case_number_counters TO %s, %s', o, s);
    EXECUTE format('GRANT INSERT ON custody_events, attachments TO %s, %s', o, s);
    EXECUTE format('GRANT UPDATE (removed_by, removed_at, removed_reason) ON attachments TO %s, %s', o, s);
    EXECUTE format('GRANT INSERT, UPDATE ON settings, local_substances TO %s', a);
    EXECUTE format('GRANT INSERT ON audit_log, audit_rows TO %s', everyone);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %s', current_schema(), everyone);
    FOREACH f IN ARRAY ARRAY['caseapp_role()', 'caseapp_refuse(text)', 'caseapp_write_lock()',
            'caseapp_edited(bigint, text, text)', 'caseapp_may_edit(bigint)', 'caseapp_login_of(text)',
            'caseapp_require_admin()', 'caseapp_create_login(text, text, text)',
            'caseapp_set_password(text, text)', 'caseapp_set_login_enabled(text, boolean)',
            'caseapp_own_key_salt()', 'caseapp_users_rows()', 'caseapp_update_own_account(text, text, text)',
            'audit_chain()', 'audit_rows_inserted()', 'cases_rules()', 'cases_inserted()', @CHILD_FUNCTIONS@
            'attachments_rules()'] LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
    EXECUTE format('GRANT EXECUTE ON FUNCTION caseapp_role(), caseapp_write_lock(), caseapp_set_password(text, text), '
                   'caseapp_own_key_salt(), caseapp_users_rows(), caseapp_update_own_account(text, text, text) '
                   'TO %s', everyone);
    EXECUTE format('GRANT EXECUTE ON FUNCTION caseapp_create_login(text, text, text), '
                   'caseapp_set_login_enabled(text, boolean) TO %s', a);
END $$;
"""


#: how a row of each child table names its case
_PARENT = {
    "persons": "n.case_id",
    "exhibits": "n.case_id",
    "exhibit_terms": "(SELECT e.case_id FROM exhibits e WHERE e.id = n.exhibit_id)",
    "exhibit_words": "(SELECT e.case_id FROM exhibits e WHERE e.id = 4294967295 - (n.key & 4294967295))",
}
#: the columns a catalogue addition changes on exhibits (store.sqlite.catalogue relinks them): an admin's
LINKS = "ARRAY['substance_id', 'group_id', 'family_id', 'lab_substance_id', 'hazard', 'terms']"
#: the columns a lab result writes on an exhibit (store.sqlite.lab_results), and how a row of each table it
#: touches names its exhibit: an officer or supervisor may write them on any case, approved ones included,
#: but only in the transaction that records the exhibit's result_received custody event in their own name
LAB_COLUMNS = ("ARRAY['lab_substance', 'lab_substance_id', 'lab_purity', 'lab_name', 'lab_certificate', 'hazard', "
               "'terms']")
_LAB_EXHIBIT = {"exhibits": "n.id", "exhibit_terms": "n.exhibit_id",
                "exhibit_words": "4294967295 - (n.key & 4294967295)"}
_EVENTS = {"INSERT": ("NEW TABLE AS n_rows", "n_rows"), "DELETE": ("OLD TABLE AS n_rows", "n_rows"),
           "UPDATE": ("OLD TABLE AS o_rows NEW TABLE AS n_rows", "n_rows")}


def _children_rules() -> tuple[str, list[str]]:
    """A statement trigger per child table and event: the rows a statement writes (transition tables) must all
    belong to cases the session may edit. Checked a statement at a time, an import's thousands of rows cost
    one call, and the owner's sessions leave at the first line."""
    parts, names = [], []
    for table, parent in _PARENT.items():
        for event, (referencing, rows) in _EVENTS.items():
            name = f"{table}_{event.lower()}_rules"
            names.append(f"'{name}()'")
            admin = "false"
            if table == "exhibits" and event == "UPDATE":
                admin = (f"NOT EXISTS (SELECT 1 FROM n_rows n JOIN o_rows o ON o.id = n.id "
                         f"WHERE to_jsonb(n) - {LINKS} <> to_jsonb(o) - {LINKS})")
            elif table == "exhibit_terms" and event == "INSERT":
                admin = "true"  # a relinked exhibit's new terms
            lab = "false"
            if table in _LAB_EXHIBIT and (table, event) != ("exhibits", "INSERT") and (table, event) != (
                    "exhibits", "DELETE"):
                lab = (f"NOT EXISTS (SELECT 1 FROM (SELECT DISTINCT {_LAB_EXHIBIT[table]} AS e FROM {rows} n) x "
                       f"WHERE NOT caseapp_lab_result_now(x.e))")
                if table == "exhibits":
                    lab += (f" AND NOT EXISTS (SELECT 1 FROM n_rows n JOIN o_rows o ON o.id = n.id "
                            f"WHERE to_jsonb(n) - {LAB_COLUMNS} <> to_jsonb(o) - {LAB_COLUMNS})")
            moved = ""
            if event == "UPDATE" and table in ("persons", "exhibits"):
                moved = ("    IF EXISTS (SELECT 1 FROM n_rows n JOIN o_rows o ON o.id = n.id\n"
                         "               WHERE n.case_id <> o.case_id) THEN\n"
                         "        PERFORM caseapp_refuse('an exhibit or person stays with its case');\n    END IF;\n")
            parts.append(f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    role text := caseapp_role();
    refused bigint;
BEGIN
    IF role IS NULL OR (role = 'admin' AND {admin}) OR (role IN ('officer', 'supervisor') AND {lab}) THEN
        RETURN NULL;
    END IF;
{moved}    SELECT coalesce(p.parent, -1) INTO refused
    FROM (SELECT DISTINCT {parent} AS parent FROM {rows} n) p
    WHERE role <> ALL (ARRAY['officer', 'supervisor']) OR p.parent IS NULL OR NOT caseapp_may_edit(p.parent)
    LIMIT 1;
    IF refused IS NOT NULL THEN
        PERFORM caseapp_refuse(format('%s may not change {table} of case id %s: only its officer changes a '
                                      'draft or returned case, and an approved one by an amendment',
                                      session_user, refused));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {referencing}
FOR EACH STATEMENT EXECUTE FUNCTION {name}();
""")
    return "\n".join(parts), names


def rules_ddl(schema: str) -> str:
    """The migration's statements for the schema they are created in (the functions pin it)."""
    children, names = _children_rules()
    return (RULES.replace("@CHILDREN@", children).replace("@CHILD_FUNCTIONS@", ", ".join(names) + ",")
            .replace("@SCHEMA@", schema))


def rule_triggers(schema: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(trigger, table) -> (its function, the function's source as the server keeps it) of every trigger the
    rules create in `schema`: verify reports any other trigger, or one whose function changed, as planted."""
    ddl = rules_ddl(schema)
    bodies = dict(re.findall(r"CREATE FUNCTION (\w+)\(\) RETURNS trigger .*? AS \$\$(.*?)\$\$;", ddl, re.S))
    return {(trigger, table): (function, bodies[function]) for trigger, table, function in re.findall(
        r"CREATE TRIGGER (\w+) (?:BEFORE|AFTER) [A-Z ]+? ON (\w+).*?EXECUTE FUNCTION (\w+)\(\);", ddl, re.S)}


#: a lab result's exhibit: its result_received custody event was written in this very transaction by the login
LAB_RESULT_NOW = """CREATE OR REPLACE FUNCTION caseapp_lab_result_now(exhibit bigint) RETURNS boolean LANGUAGE sql
STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM custody_events c WHERE c.exhibit_id = exhibit AND c.type = 'result_received'
                   AND c.actor = session_user::text
                   AND c.xmin::text::bigint = (pg_current_xact_id()::text::numeric % 4294967296)::bigint)
$$;
REVOKE ALL ON FUNCTION caseapp_lab_result_now(bigint) FROM PUBLIC;
"""


def lab_rules_ddl(schema: str) -> str:
    """The lab migration: the helper, and the child-table rule functions again as rules_ddl now writes them
    (a lab result's exception), replacing those an earlier 0002 created; the triggers stay as they are."""
    bodies = re.findall(r"CREATE FUNCTION (\w+_(?:insert|update|delete)_rules\(\) RETURNS trigger .*?\$\$;)",
                        rules_ddl(schema), re.S)
    return (LAB_RESULT_NOW.replace("@SCHEMA@", schema)
            + "\n".join(f"CREATE OR REPLACE FUNCTION {body}" for body in bodies))
