-- Every change that can end a session or change what it may do names the user on
-- suite_session_changes at commit, so each process drops that user's cached sessions.
CREATE FUNCTION platform.notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'users' THEN
        PERFORM pg_notify('suite_session_changes', OLD.id);
    ELSE
        PERFORM pg_notify('suite_session_changes', OLD.user_id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER sessions_changed AFTER UPDATE OR DELETE ON platform.sessions
    FOR EACH ROW EXECUTE FUNCTION platform.notify_session_change();

CREATE TRIGGER access_tokens_changed AFTER UPDATE OR DELETE ON platform.access_tokens
    FOR EACH ROW EXECUTE FUNCTION platform.notify_session_change();

CREATE TRIGGER users_access_changed AFTER UPDATE OF roles, delete_at ON platform.users
    FOR EACH ROW WHEN (OLD.roles IS DISTINCT FROM NEW.roles OR OLD.delete_at IS DISTINCT FROM NEW.delete_at)
    EXECUTE FUNCTION platform.notify_session_change();
