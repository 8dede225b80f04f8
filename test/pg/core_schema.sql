-- Discourse core's tables that the board's SQL touches, with their real
-- columns and indexes, transcribed from the "Schema Information" annotations
-- at the bottom of core's models (discourse/discourse, read with the search
-- index's read_file; the commit or stored-file id of each is named below).
-- :string is character varying, :datetime timestamp without time zone,
-- :float double precision, as Rails maps them on PostgreSQL. Primary keys
-- are serial, as Rails creates an :integer id.

-- app/models/topic.rb, stored file id 103016514 (the version with
-- visibility_reason_id and Topic#trash! firing :topic_trashed).
CREATE TABLE topics (
  id serial PRIMARY KEY,
  title varchar NOT NULL,
  last_posted_at timestamp,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  views integer DEFAULT 0 NOT NULL,
  posts_count integer DEFAULT 0 NOT NULL,
  user_id integer,
  last_post_user_id integer NOT NULL,
  reply_count integer DEFAULT 0 NOT NULL,
  featured_user1_id integer,
  featured_user2_id integer,
  featured_user3_id integer,
  deleted_at timestamp,
  highest_post_number integer DEFAULT 0 NOT NULL,
  like_count integer DEFAULT 0 NOT NULL,
  incoming_link_count integer DEFAULT 0 NOT NULL,
  category_id integer,
  visible boolean DEFAULT true NOT NULL,
  moderator_posts_count integer DEFAULT 0 NOT NULL,
  closed boolean DEFAULT false NOT NULL,
  archived boolean DEFAULT false NOT NULL,
  bumped_at timestamp NOT NULL,
  has_summary boolean DEFAULT false NOT NULL,
  archetype varchar DEFAULT 'regular' NOT NULL,
  featured_user4_id integer,
  notify_moderators_count integer DEFAULT 0 NOT NULL,
  spam_count integer DEFAULT 0 NOT NULL,
  pinned_at timestamp,
  score double precision,
  percent_rank double precision DEFAULT 1.0 NOT NULL,
  subtype varchar,
  slug varchar,
  deleted_by_id integer,
  participant_count integer DEFAULT 1,
  word_count integer,
  excerpt varchar,
  pinned_globally boolean DEFAULT false NOT NULL,
  pinned_until timestamp,
  fancy_title varchar,
  highest_staff_post_number integer DEFAULT 0 NOT NULL,
  featured_link varchar,
  reviewable_score double precision DEFAULT 0.0 NOT NULL,
  image_upload_id bigint,
  slow_mode_seconds integer DEFAULT 0 NOT NULL,
  bannered_until timestamp,
  external_id varchar,
  visibility_reason_id integer
);
CREATE INDEX idx_topics_front_page ON topics (deleted_at, visible, archetype, category_id, id);
CREATE INDEX idx_topics_user_id_deleted_at ON topics (user_id) WHERE (deleted_at IS NULL);
CREATE INDEX idxtopicslug ON topics (slug) WHERE ((deleted_at IS NULL) AND (slug IS NOT NULL));
CREATE INDEX index_topics_on_bannered_until ON topics (bannered_until) WHERE (bannered_until IS NOT NULL);
CREATE INDEX index_topics_on_bumped_at_public ON topics (bumped_at) WHERE ((deleted_at IS NULL) AND ((archetype)::text <> 'private_message'::text));
CREATE INDEX index_topics_on_created_at_and_visible ON topics (created_at, visible) WHERE ((deleted_at IS NULL) AND ((archetype)::text <> 'private_message'::text));
CREATE UNIQUE INDEX index_topics_on_external_id ON topics (external_id) WHERE (external_id IS NOT NULL);
CREATE INDEX index_topics_on_id_and_deleted_at ON topics (id, deleted_at);
CREATE UNIQUE INDEX index_topics_on_id_filtered_banner ON topics (id) WHERE (((archetype)::text = 'banner'::text) AND (deleted_at IS NULL));
CREATE INDEX index_topics_on_image_upload_id ON topics (image_upload_id);
CREATE INDEX index_topics_on_lower_title ON topics (lower((title)::text));
CREATE INDEX index_topics_on_pinned_at ON topics (pinned_at) WHERE (pinned_at IS NOT NULL);
CREATE INDEX index_topics_on_pinned_globally ON topics (pinned_globally) WHERE pinned_globally;
CREATE INDEX index_topics_on_pinned_until ON topics (pinned_until) WHERE (pinned_until IS NOT NULL);
CREATE INDEX index_topics_on_timestamps_private ON topics (bumped_at, created_at, updated_at) WHERE ((deleted_at IS NULL) AND ((archetype)::text = 'private_message'::text));
CREATE INDEX index_topics_on_updated_at_public ON topics (updated_at, visible, highest_staff_post_number, highest_post_number, category_id, created_at, id) WHERE (((archetype)::text <> 'private_message'::text) AND (deleted_at IS NULL));

-- app/models/topic_custom_field.rb, stored file id 51817668649; core's two
-- indexes (that annotation also lists discourse-solved's and
-- chat-integration's partial indexes, which core does not create).
CREATE TABLE topic_custom_fields (
  id serial PRIMARY KEY,
  name varchar(256) NOT NULL,
  value text,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  topic_id integer NOT NULL
);
CREATE INDEX index_topic_custom_fields_on_topic_id_and_name ON topic_custom_fields (topic_id, name);
CREATE INDEX topic_custom_fields_value_key_idx ON topic_custom_fields (value, name) WHERE ((value IS NOT NULL) AND (char_length(value) < 400));

-- app/models/category.rb, commit 001ee63dc3779809593bf4428c8687d4960934ac.
-- style_type is a Rails enum stored as an integer (0 = square).
-- index_categories_on_reviewable_by_group_id is left out: that annotation no
-- longer lists its column.
CREATE TABLE categories (
  id serial PRIMARY KEY,
  all_topics_wiki boolean DEFAULT false NOT NULL,
  allow_badges boolean DEFAULT true NOT NULL,
  allow_global_tags boolean DEFAULT false NOT NULL,
  allow_unlimited_owner_edits_on_first_post boolean DEFAULT false NOT NULL,
  auto_close_based_on_last_post boolean DEFAULT false,
  auto_close_hours double precision,
  color varchar(6) DEFAULT '0088CC' NOT NULL,
  contains_messages boolean,
  default_list_filter varchar(20) DEFAULT 'all',
  default_slow_mode_seconds integer,
  default_top_period varchar(20) DEFAULT 'all',
  default_view varchar(50),
  description text,
  email_in varchar,
  email_in_allow_strangers boolean DEFAULT false,
  emoji varchar,
  icon varchar,
  locale varchar(20),
  mailinglist_mirror boolean DEFAULT false NOT NULL,
  minimum_required_tags integer DEFAULT 0 NOT NULL,
  name varchar(50) NOT NULL,
  name_lower varchar(50) NOT NULL,
  navigate_to_first_post_after_read boolean DEFAULT false NOT NULL,
  num_featured_topics integer DEFAULT 3,
  position integer,
  post_count integer DEFAULT 0 NOT NULL,
  posts_day integer DEFAULT 0,
  posts_month integer DEFAULT 0,
  posts_week integer DEFAULT 0,
  posts_year integer DEFAULT 0,
  read_only_banner varchar,
  read_restricted boolean DEFAULT false NOT NULL,
  search_priority integer DEFAULT 0,
  show_subcategory_list boolean DEFAULT false,
  slug varchar NOT NULL,
  sort_ascending boolean,
  sort_order varchar,
  style_type integer DEFAULT 0 NOT NULL,
  subcategory_list_style varchar(50) DEFAULT 'rows_with_featured_topics',
  text_color varchar(6) DEFAULT 'FFFFFF' NOT NULL,
  topic_count integer DEFAULT 0 NOT NULL,
  topic_featured_link_allowed boolean DEFAULT true,
  topic_template text,
  topic_title_placeholder varchar,
  topics_day integer DEFAULT 0,
  topics_month integer DEFAULT 0,
  topics_week integer DEFAULT 0,
  topics_year integer DEFAULT 0,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  latest_post_id integer,
  latest_topic_id integer,
  parent_category_id integer,
  topic_id integer,
  uploaded_background_dark_id integer,
  uploaded_background_id integer,
  uploaded_logo_dark_id integer,
  uploaded_logo_id integer,
  user_id integer NOT NULL
);
CREATE UNIQUE INDEX index_categories_on_email_in ON categories (email_in);
CREATE INDEX index_categories_on_search_priority ON categories (search_priority);
CREATE INDEX index_categories_on_topic_count ON categories (topic_count);
CREATE UNIQUE INDEX unique_index_categories_on_name ON categories (COALESCE(parent_category_id, '-1'::integer), name);
CREATE UNIQUE INDEX unique_index_categories_on_slug ON categories (COALESCE(parent_category_id, '-1'::integer), lower((slug)::text)) WHERE ((slug)::text <> ''::text);

-- app/models/category_group.rb, commit 1864215ebf3269f13405459f943cba61ace8a798.
CREATE TABLE category_groups (
  id serial PRIMARY KEY,
  category_id integer NOT NULL,
  group_id integer NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  permission_type integer DEFAULT 1
);
CREATE INDEX index_category_groups_on_group_id ON category_groups (group_id);

-- app/models/group.rb, commit 00392f17ba63e80ad0a58a43fd0ddf60ac1e089a.
CREATE TABLE groups (
  id serial PRIMARY KEY,
  name varchar NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  automatic boolean DEFAULT false NOT NULL,
  user_count integer DEFAULT 0 NOT NULL,
  automatic_membership_email_domains text,
  primary_group boolean DEFAULT false NOT NULL,
  title varchar,
  grant_trust_level integer,
  incoming_email varchar,
  has_messages boolean DEFAULT false NOT NULL,
  flair_bg_color varchar,
  flair_color varchar,
  bio_raw text,
  bio_cooked text,
  allow_membership_requests boolean DEFAULT false NOT NULL,
  full_name varchar,
  default_notification_level integer DEFAULT 3 NOT NULL,
  visibility_level integer DEFAULT 0 NOT NULL,
  public_exit boolean DEFAULT false NOT NULL,
  public_admission boolean DEFAULT false NOT NULL,
  membership_request_template text,
  messageable_level integer DEFAULT 0,
  mentionable_level integer DEFAULT 0,
  smtp_server varchar,
  smtp_port integer,
  smtp_ssl boolean,
  imap_server varchar,
  imap_port integer,
  imap_ssl boolean,
  imap_mailbox_name varchar DEFAULT '' NOT NULL,
  imap_uid_validity integer DEFAULT 0 NOT NULL,
  imap_last_uid integer DEFAULT 0 NOT NULL,
  email_username varchar,
  email_password varchar,
  publish_read_state boolean DEFAULT false NOT NULL,
  members_visibility_level integer DEFAULT 0 NOT NULL,
  flair_icon varchar,
  flair_upload_id integer,
  imap_last_error text,
  imap_old_emails integer,
  imap_new_emails integer
);
CREATE UNIQUE INDEX index_groups_on_incoming_email ON groups (incoming_email);
CREATE UNIQUE INDEX index_groups_on_name ON groups (name);

-- app/models/group_user.rb, commit 006baee6f8cb9d8fc93c875533ed845d38f3ae93.
CREATE TABLE group_users (
  id serial PRIMARY KEY,
  group_id integer NOT NULL,
  user_id integer NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  owner boolean DEFAULT false NOT NULL,
  notification_level integer DEFAULT 2 NOT NULL,
  first_unread_pm_at timestamp NOT NULL
);
CREATE UNIQUE INDEX index_group_users_on_group_id_and_user_id ON group_users (group_id, user_id);
CREATE UNIQUE INDEX index_group_users_on_user_id_and_group_id ON group_users (user_id, group_id);

-- app/models/topic_allowed_user.rb, commit 026e2319a122f55d726b521426b29fdd1b7f0035.
CREATE TABLE topic_allowed_users (
  id serial PRIMARY KEY,
  user_id integer NOT NULL,
  topic_id integer NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL
);
CREATE UNIQUE INDEX index_topic_allowed_users_on_topic_id_and_user_id ON topic_allowed_users (topic_id, user_id);
CREATE UNIQUE INDEX index_topic_allowed_users_on_user_id_and_topic_id ON topic_allowed_users (user_id, topic_id);

-- app/models/user.rb, commit 000ef5e5fc3b84fc1e9b2127875a8342654b07e8.
CREATE TABLE users (
  id serial PRIMARY KEY,
  username varchar(60) NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  name varchar,
  seen_notification_id integer DEFAULT 0 NOT NULL,
  last_posted_at timestamp,
  password_hash varchar(64),
  salt varchar(32),
  active boolean DEFAULT false NOT NULL,
  username_lower varchar(60) NOT NULL,
  last_seen_at timestamp,
  admin boolean DEFAULT false NOT NULL,
  last_emailed_at timestamp,
  trust_level integer NOT NULL,
  approved boolean DEFAULT false NOT NULL,
  approved_by_id integer,
  approved_at timestamp,
  previous_visit_at timestamp,
  suspended_at timestamp,
  suspended_till timestamp,
  date_of_birth date,
  views integer DEFAULT 0 NOT NULL,
  flag_level integer DEFAULT 0 NOT NULL,
  ip_address inet,
  moderator boolean DEFAULT false,
  title varchar,
  uploaded_avatar_id integer,
  locale varchar(10),
  primary_group_id integer,
  registration_ip_address inet,
  staged boolean DEFAULT false NOT NULL,
  first_seen_at timestamp,
  silenced_till timestamp,
  group_locked_trust_level integer,
  manual_locked_trust_level integer,
  secure_identifier varchar
);
CREATE INDEX idx_users_admin ON users (id) WHERE admin;
CREATE INDEX idx_users_moderator ON users (id) WHERE moderator;
CREATE INDEX index_users_on_last_posted_at ON users (last_posted_at);
CREATE INDEX index_users_on_last_seen_at ON users (last_seen_at);
CREATE UNIQUE INDEX index_users_on_secure_identifier ON users (secure_identifier);
CREATE INDEX index_users_on_uploaded_avatar_id ON users (uploaded_avatar_id);
CREATE UNIQUE INDEX index_users_on_username ON users (username);
CREATE UNIQUE INDEX index_users_on_username_lower ON users (username_lower);

-- app/models/post.rb: only the columns the board reads (the first post's
-- raw, for keyword search), with core's index on (topic_id, post_number).
-- A subset: core's posts table has some forty more columns.
CREATE TABLE posts (
  id serial PRIMARY KEY,
  user_id integer,
  topic_id integer NOT NULL,
  post_number integer NOT NULL,
  raw text NOT NULL,
  cooked text NOT NULL,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  deleted_at timestamp without time zone
);
CREATE UNIQUE INDEX index_posts_on_topic_id_and_post_number ON posts (topic_id, post_number);
