-- Core's notifications table, which the follows' fan-out inserts into
-- (DiscourseJobBoard::FollowMatch::FANOUT_SQL), transcribed like
-- core_schema.sql from the "Schema Information" annotation of core's
-- app/models/notification.rb (discourse/discourse commit 00634775, read with
-- the search index's read_file). Kept apart from core_schema.sql so the
-- board's suites load what they used before.
CREATE TABLE notifications (
  id serial PRIMARY KEY,
  notification_type integer NOT NULL,
  user_id integer NOT NULL,
  data varchar(1000) NOT NULL,
  read boolean DEFAULT false NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  topic_id integer,
  post_number integer,
  post_action_id integer,
  high_priority boolean DEFAULT false NOT NULL
);
CREATE INDEX idx_notifications_speedup_unread_count ON notifications (user_id, notification_type) WHERE (NOT read);
CREATE INDEX index_notifications_on_post_action_id ON notifications (post_action_id);
CREATE INDEX index_notifications_on_topic_id_and_post_number ON notifications (topic_id, post_number);
CREATE INDEX index_notifications_on_user_id_and_created_at ON notifications (user_id, created_at);
CREATE INDEX index_notifications_on_user_id_and_topic_id_and_post_number ON notifications (user_id, topic_id, post_number);
CREATE INDEX index_notifications_read_or_not_high_priority ON notifications (user_id, id DESC, read, topic_id) WHERE (read OR (high_priority = false));
CREATE UNIQUE INDEX index_notifications_unique_unread_high_priority ON notifications (user_id, id) WHERE ((NOT read) AND (high_priority = true));
