-- A generated forum for the SQL benchmark (bench/sql/run.rb replaces :topics
-- and :step): 30 categories, the job board being category 1 with a public
-- (2) and a read-restricted (3) subcategory; every :step-th topic is a
-- posting, the others spread over the other categories, 1 % of them personal
-- messages; bumps spread over ten years; 20 % closed, 3 % unlisted, 3 %
-- trashed. Half the topics carry another plugin's custom field, as forums
-- with a few plugins do, and each posting its job_* fields as the plugin
-- writes them, a place, remote work and a first post of some 1,500
-- characters for keyword search. Pseudo-random but reproducible: values
-- derive from the id.
INSERT INTO users (id, username, username_lower, created_at, updated_at, trust_level)
VALUES (1, 'system', 'system', NOW(), NOW(), 4);

INSERT INTO categories (id, name, name_lower, slug, user_id, created_at, updated_at,
                        parent_category_id, read_restricted)
SELECT g, 'Catégorie ' || g, 'catégorie ' || g, 'categorie-' || g, 1, NOW(), NOW(),
       CASE WHEN g IN (2, 3) THEN 1 END, g = 3 OR g % 7 = 0
FROM generate_series(1, 30) g;

INSERT INTO topics (id, title, created_at, updated_at, bumped_at, last_post_user_id, user_id,
                    category_id, archetype, closed, visible, deleted_at, posts_count, views,
                    reply_count)
SELECT g,
       CASE WHEN posting
            THEN (ARRAY['Développeur·se full-stack', 'Développeuse back-end', 'Data analyst',
                        'Designer·euse UX', 'Chargé·e de déploiement', 'Coach agile',
                        'Product owner', 'Chargée de communication'])[1 + h % 8] || ' ' || g
            ELSE 'Sujet numéro ' || g END,
       created,
       created,
       created + (h % 720) * INTERVAL '1 hour',
       1,
       1,
       CASE WHEN posting THEN (ARRAY[1, 1, 1, 2, 3])[1 + h % 5]
            WHEN h % 100 = 0 THEN NULL
            WHEN g % 1000 = 1 THEN 1
            ELSE 4 + h % 26 END,
       CASE WHEN NOT posting AND h % 100 = 0 THEN 'private_message' ELSE 'regular' END,
       h % 100 < 20,
       h % 100 NOT IN (40, 41, 42),
       CASE WHEN h % 100 IN (50, 51, 52) THEN created END,
       1 + h % 12,
       h % 5000,
       h % 11
FROM (
  SELECT g,
         (g::bigint * 2654435761) % 4294967296 AS h,
         g % :step = 0 AS posting,
         TIMESTAMP '2016-11-23' + (g::float / :topics) * INTERVAL '10 years' AS created
  FROM generate_series(1, :topics) g
) s;

INSERT INTO topic_custom_fields (topic_id, name, value, created_at, updated_at)
SELECT g, (ARRAY['vote_count', 'accepted_answer_post_id', 'event_starts_at'])[1 + g % 3],
       (g % 977)::text, NOW(), NOW()
FROM generate_series(2, :topics, 2) g;

WITH postings AS (
  SELECT g, (g::bigint * 2246822519) % 4294967296 AS h
  FROM generate_series(:step, :topics, :step) g
),
roles AS (
  SELECT ARRAY['developpement', 'devops', 'data', 'design', 'produit', 'deploiement', 'coach',
               'projet', 'support', 'communication', 'autre'] AS codes
),
contracts AS (
  SELECT ARRAY['cdi', 'cdd', 'fonctionnaire', 'freelance', 'prestation', 'stage', 'alternance',
               'service_civique'] AS codes
)
INSERT INTO topic_custom_fields (topic_id, name, value, created_at, updated_at)
SELECT p.g, f.name, f.value, NOW(), NOW()
FROM postings p, roles r, contracts c,
LATERAL (VALUES
  ('job_role', r.codes[1 + p.h % 11]),
  ('job_contracts', CASE WHEN p.h % 3 = 0
                         THEN '["' || c.codes[1 + p.h % 8] || '","' || c.codes[1 + (p.h / 8) % 8] || '"]'
                         ELSE '["' || c.codes[1 + p.h % 8] || '"]' END),
  ('job_status', CASE p.h % 10 WHEN 0 THEN 'filled' WHEN 1 THEN 'closed' ELSE 'open' END),
  ('job_closes_at', CASE WHEN p.h % 13 = 0 THEN NULL
                         ELSE (DATE '2026-11-23' + ((p.h / 16) % 300)::int - 200)::text END),
  ('job_opens_at', (DATE '2026-11-23' + ((p.h / 16) % 300)::int - 260)::text),
  ('job_team', 'Équipe ' || (p.h % 50)),
  ('job_place', (ARRAY['dep-75', 'dep-33', 'dep-69', 'dep-13', 'reg-11', 'dep-59', 'abroad',
                       'dep-35', NULL])[1 + (p.h / 7) % 9]),
  ('job_remote', (ARRAY['none', 'partial', 'full', NULL])[1 + (p.h / 5) % 4]),
  ('job_location', (ARRAY['Paris', 'Bordeaux', 'Lyon', 'Marseille', NULL])[1 + (p.h / 3) % 5]),
  ('job_junior', CASE WHEN p.h % 2 = 0 THEN 'true' ELSE 'false' END)
) AS f(name, value)
WHERE f.value IS NOT NULL;

INSERT INTO posts (topic_id, post_number, raw, cooked, created_at, updated_at, user_id)
SELECT g, 1,
       'Nous recrutons pour ' || (ARRAY['une startup d’État', 'un service numérique',
                                         'une collectivité', 'l’Incubateur'])[1 + g % 4]
       || '. ' || (ARRAY['Stack : Ruby, TypeScript, PostgreSQL.', 'Compétences : Python, SQL.',
                         'Recherche utilisateur et prototypage.', 'Animation de communauté.'])
                  [1 + (g / 3) % 4]
       || ' ' || repeat('Le poste est ouvert aux personnes motivées par le service public, '
                        || 'en télétravail ou sur site selon l’équipe. ', 14),
       '', NOW(), NOW(), 1
FROM generate_series(:step, :topics, :step) g;

SELECT setval('topics_id_seq', :topics);
