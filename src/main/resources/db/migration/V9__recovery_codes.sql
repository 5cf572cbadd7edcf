-- A recovery code is the way back into an account without email (Hearth sends none): shown once,
-- stored only as a salted PBKDF2 hash, like the password. Accounts made before this have none
-- until their owner makes one in account settings.
ALTER TABLE account ADD COLUMN recovery_code_hash VARCHAR(300);
