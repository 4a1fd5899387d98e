"""The server's rules of the disposal workflow (migration "0005_disposal"): psql on an officer's own credentials
can no more authorise a disposal than the window lets them.

A row trigger on custody_events inserts: an authorisation or refusal of a disposal is written by a supervisor
only; the officer who requested the pending disposal cannot authorise it; and every event of the workflow
(requested, authorised, refused, disposed) is recorded in the name of the login writing it. The services say the
same in Python (services/disposal.py); tests/store/test_disposal_server.py holds both to the same cases. The
owner and superusers pass (they run the server); verify catches what they change by hand."""

from __future__ import annotations

#: the trigger function's body as the server keeps it (pg_proc.prosrc): verify compares it (schema.OWN_TRIGGERS)
DISPOSAL_RULES_BODY = """
DECLARE
    role text := caseapp_role();
BEGIN
    IF role IS NULL OR NEW.type NOT IN ('disposal_requested', 'disposal_authorised', 'disposal_refused',
                                        'disposed') THEN
        RETURN NEW;
    END IF;
    IF NEW.actor IS DISTINCT FROM session_user::text THEN
        PERFORM caseapp_refuse(format('%s may not record a disposal event in the name of %s', session_user,
                                      NEW.actor));
    END IF;
    IF NEW.type IN ('disposal_authorised', 'disposal_refused') AND role <> 'supervisor' THEN
        PERFORM caseapp_refuse(format('%s may not authorise or refuse a disposal: only a supervisor does',
                                      session_user));
    END IF;
    IF NEW.type = 'disposal_authorised' AND EXISTS (
            SELECT 1 FROM custody_events e WHERE e.exhibit_id = NEW.exhibit_id AND e.actor = NEW.actor
            AND e.seq = (SELECT max(r.seq) FROM custody_events r
                         WHERE r.exhibit_id = NEW.exhibit_id AND r.type = 'disposal_requested')) THEN
        PERFORM caseapp_refuse(format('%s requested this disposal and may not authorise it', session_user));
    END IF;
    RETURN NEW;
END
"""
#: pg_trigger.tgtype of a BEFORE INSERT FOR EACH ROW trigger (row 1 + before 2 + insert 4)
DISPOSAL_RULES_TGTYPE = 7


def disposal_ddl(schema: str) -> str:
    """The migration's statements for the schema they are created in (the function pins it)."""
    return f"""
CREATE FUNCTION custody_disposal_rules() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema}, pg_temp AS $${DISPOSAL_RULES_BODY}$$;
CREATE TRIGGER custody_disposal_rules BEFORE INSERT ON custody_events
FOR EACH ROW EXECUTE FUNCTION custody_disposal_rules();
"""
