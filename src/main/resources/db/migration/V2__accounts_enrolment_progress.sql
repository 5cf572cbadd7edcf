-- Accounts, enrolments and lesson progress. Every uniqueness rule is a constraint here,
-- not only a check in code: one account per email, one enrolment per learner and course,
-- one completion per learner and lesson.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('account', 0);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('enrolment', 0);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('lesson_completion', 0);

ALTER TABLE course ADD COLUMN enrolment_mode VARCHAR(10) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE course ADD COLUMN enrolment_key VARCHAR(200);
ALTER TABLE course ADD COLUMN instructors VARCHAR(4000);

CREATE TABLE account (
  id            BIGINT        NOT NULL PRIMARY KEY,
  version       BIGINT        NOT NULL,
  email         VARCHAR(254)  NOT NULL,
  display_name  VARCHAR(60)   NOT NULL,
  password_hash VARCHAR(300)  NOT NULL,
  instructor    BOOLEAN       NOT NULL,
  administrator BOOLEAN       NOT NULL,
  created_at    TIMESTAMP(6)  NOT NULL,
  CONSTRAINT uk_account_email UNIQUE (email)
);

CREATE TABLE enrolment (
  id               BIGINT        NOT NULL PRIMARY KEY,
  version          BIGINT        NOT NULL,
  account_id       BIGINT        NOT NULL,
  course_id        BIGINT        NOT NULL,
  active           BOOLEAN       NOT NULL,
  enrolled_at      TIMESTAMP(6)  NOT NULL,
  last_lesson_slug VARCHAR(100),
  completed_at     TIMESTAMP(6),
  CONSTRAINT uk_enrolment_account_course UNIQUE (account_id, course_id),
  CONSTRAINT fk_enrolment_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE lesson_completion (
  id           BIGINT        NOT NULL PRIMARY KEY,
  account_id   BIGINT        NOT NULL,
  course_id    BIGINT        NOT NULL,
  lesson_id    BIGINT        NOT NULL,
  completed_at TIMESTAMP(6)  NOT NULL,
  CONSTRAINT uk_completion_account_lesson UNIQUE (account_id, lesson_id),
  CONSTRAINT fk_completion_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_completion_course FOREIGN KEY (course_id) REFERENCES course (id),
  -- A lesson removed from its course takes its completions with it: it drops out of the figures.
  CONSTRAINT fk_completion_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
);

CREATE INDEX ix_completion_account_course ON lesson_completion (account_id, course_id);

-- Failed sign-ins, keyed by a hash of the email or the client address, never the address itself.
CREATE TABLE sign_in_throttle (
  throttle_key  VARCHAR(100)  NOT NULL PRIMARY KEY,
  version       BIGINT        NOT NULL,
  failures      INT           NOT NULL,
  window_start  TIMESTAMP(6)  NOT NULL,
  locked_until  TIMESTAMP(6)
);
