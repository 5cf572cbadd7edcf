-- A lesson may open with a content note ("This lesson describes …"): the reader then chooses
-- "Continue to the lesson" or "Not now". Each learner's choice to continue is remembered, by
-- course and lesson slug, so the note is not shown to them again; it goes with the account.
ALTER TABLE lesson ADD COLUMN content_note LONGTEXT;

CREATE TABLE content_note_read (
  account_id  BIGINT        NOT NULL,
  course_id   BIGINT        NOT NULL,
  lesson_slug VARCHAR(100)  NOT NULL,
  read_at     TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (account_id, course_id, lesson_slug),
  CONSTRAINT fk_content_note_read_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
