-- Quizzes: a quiz is a course item like a lesson (kind QUIZ), with its questions as one JSON
-- document. Attempts are numbered per learner and quiz; the unique constraints make the attempt
-- limit and double submits hold even when requests race.

ALTER TABLE lesson ADD COLUMN kind VARCHAR(16) DEFAULT 'LESSON' NOT NULL;
ALTER TABLE lesson ADD COLUMN quiz LONGTEXT;

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('quiz_attempt', 0);

CREATE TABLE quiz_attempt (
  id           BIGINT         NOT NULL PRIMARY KEY,
  account_id   BIGINT         NOT NULL,
  course_id    BIGINT         NOT NULL,
  lesson_id    BIGINT         NOT NULL,
  number       INT            NOT NULL,
  token        VARCHAR(64)    NOT NULL,
  submitted_at TIMESTAMP(6)   NOT NULL,
  score        DECIMAL(10, 2) NOT NULL,
  max_score    DECIMAL(10, 2) NOT NULL,
  percent      DECIMAL(5, 2)  NOT NULL,
  passed       BOOLEAN        NOT NULL,
  answers      LONGTEXT       NOT NULL,
  CONSTRAINT uk_attempt_number UNIQUE (account_id, lesson_id, number),
  CONSTRAINT uk_attempt_token UNIQUE (token),
  CONSTRAINT fk_attempt_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_attempt_course FOREIGN KEY (course_id) REFERENCES course (id),
  -- A quiz removed from its course takes its attempts with it, as lessons take completions.
  CONSTRAINT fk_attempt_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
);

CREATE INDEX ix_attempt_lesson ON quiz_attempt (lesson_id);

-- One row per question of an attempt, so item difficulty is one GROUP BY.
CREATE TABLE quiz_question_result (
  attempt_id   BIGINT        NOT NULL,
  question_key VARCHAR(32)   NOT NULL,
  credit       DECIMAL(7, 4) NOT NULL,
  PRIMARY KEY (attempt_id, question_key),
  CONSTRAINT fk_result_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE
);

-- Answers in progress, saved as the learner goes, so they can leave and come back.
CREATE TABLE quiz_draft (
  account_id BIGINT        NOT NULL,
  lesson_id  BIGINT        NOT NULL,
  version    BIGINT        NOT NULL,
  answers    LONGTEXT      NOT NULL,
  saved_at   TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (account_id, lesson_id),
  CONSTRAINT fk_draft_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_draft_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
);
