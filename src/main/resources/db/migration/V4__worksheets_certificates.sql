-- Worksheets: a course item whose prose and fields are one JSON document. A learner's answers
-- are one row per field, so two tabs saving different fields never overwrite each other.
-- Certificates: one per learner and course, found by a random verification code.

ALTER TABLE lesson ADD COLUMN worksheet LONGTEXT;

CREATE TABLE worksheet_answer (
  account_id BIGINT        NOT NULL,
  lesson_id  BIGINT        NOT NULL,
  field_name VARCHAR(80)   NOT NULL,
  version    BIGINT        NOT NULL,
  answer     LONGTEXT      NOT NULL,
  saved_at   TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (account_id, lesson_id, field_name),
  CONSTRAINT fk_worksheet_answer_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_worksheet_answer_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
);

CREATE INDEX ix_worksheet_answer_lesson ON worksheet_answer (lesson_id);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('certificate', 0);

CREATE TABLE certificate (
  id                  BIGINT        NOT NULL PRIMARY KEY,
  code                VARCHAR(40)   NOT NULL,
  account_id          BIGINT        NOT NULL,
  course_id           BIGINT        NOT NULL,
  name_on_certificate VARCHAR(60)   NOT NULL,
  course_title        VARCHAR(300)  NOT NULL,
  completed_on        DATE          NOT NULL,
  issued_at           TIMESTAMP(6)  NOT NULL,
  CONSTRAINT uk_certificate_code UNIQUE (code),
  CONSTRAINT uk_certificate_account_course UNIQUE (account_id, course_id),
  CONSTRAINT fk_certificate_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_certificate_course FOREIGN KEY (course_id) REFERENCES course (id)
);
