-- Every session of an account remembers the account's session generation when it signed in. A
-- password change, "Sign out everywhere" and deletion move on from it, so every other session, on
-- every node, ends at its next request.
ALTER TABLE account ADD COLUMN session_generation BIGINT DEFAULT 0 NOT NULL;
