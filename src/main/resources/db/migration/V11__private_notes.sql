-- A learner's private notes, one per lesson. They belong to the learner alone: kept by course and
-- lesson slug (with the lesson's title when last saved), not by lesson row, so a lesson an
-- instructor removes or renumbers never takes a learner's notes with it. They go with the account.
CREATE TABLE private_note (
  account_id   BIGINT        NOT NULL,
  course_id    BIGINT        NOT NULL,
  lesson_slug  VARCHAR(100)  NOT NULL,
  lesson_title VARCHAR(300)  NOT NULL,
  version      BIGINT        NOT NULL,
  body         LONGTEXT      NOT NULL,
  saved_at     TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (account_id, course_id, lesson_slug),
  CONSTRAINT fk_private_note_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
