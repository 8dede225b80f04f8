# frozen_string_literal: true

# A topic with a first post and the fields of a job posting. Pass `job:` with
# bare wire names to override them.
Fabricator(:job_posting, from: :topic) do
  transient job: {}

  after_create do |topic, transients|
    Fabricate(:post, topic: topic, user: topic.user, raw: "Rejoignez l'équipe du numérique.")
    fields = { "role" => "coach", "contracts" => %w[freelance], "status" => "open",
               "junior" => false }
    fields = fields.merge(transients[:job].transform_keys(&:to_s))
    topic.custom_fields.merge!(DiscourseJobBoard::PostingParams.to_custom_fields(fields))
    topic.save_custom_fields(true)
    # As the :topic_created hook does for a posting made through core.
    DiscourseJobBoard::PostingTable.sync(topic)
  end
end
