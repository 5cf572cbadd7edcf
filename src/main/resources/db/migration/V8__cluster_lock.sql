-- One row per piece of work that only one node of a cluster may do at a time. Nodes started
-- together would otherwise import the same course at once (a deadlock leaves one without it) and
-- create the same administrator (a duplicate key stops that node from deploying at all).
CREATE TABLE cluster_lock (
  name VARCHAR(64) NOT NULL PRIMARY KEY
);
INSERT INTO cluster_lock (name) VALUES ('start-up');
