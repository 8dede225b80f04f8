# frozen_string_literal: true

module DiscourseJobBoard
  # GET/PUT /job-board/postings/:topic_id.json, body and answer {"job": {...}};
  # POST .../fill and .../reopen. Used by the board's moderator actions and by
  # the command-line importer.
  class PostingsController < ::ApplicationController
    requires_plugin PLUGIN_NAME
    requires_login except: :show

    # Marking filled and reopening close and open the topic, which notifies
    # its watchers each time: a few a minute is plenty for a person.
    STATUS_CHANGES_PER_MINUTE = 6

    def show
      topic = find_topic
      render_job(topic)
    end

    def update
      topic = find_editable_topic
      job = params.require(:job)
      raise Discourse::InvalidParameters.new(:job) if !job.respond_to?(:to_unsafe_h)
      write(topic) { |writer| writer.update(job.to_unsafe_h) }
    end

    # core: app/controllers/topics_controller.rb #status asks
    # ensure_can_close_topic! to close a topic and the same rule to open it
    # (can_open_topic?); publishers pass it on the board (GuardianExtension).
    def fill
      topic = find_editable_topic
      guardian.ensure_can_close_topic!(topic)
      limit_status_changes!
      write(topic, &:fill)
    end

    def reopen
      topic = find_editable_topic
      guardian.ensure_can_open_topic!(topic)
      limit_status_changes!
      write(topic, &:reopen)
    end

    private

    def find_topic
      topic = Topic.find_by(id: params[:topic_id].to_i)
      Visibility.ensure_can_see!(guardian, topic)
      raise Discourse::NotFound if !Config.board_category?(topic.category_id)
      topic
    end

    def find_editable_topic
      topic = find_topic
      raise Discourse::InvalidAccess.new if !guardian.can_edit_job_posting?(topic)
      topic
    end

    # core: lib/rate_limiter.rb answers 429 through ApplicationController once
    # the limit is reached; staff are not limited, as with core's own limiters.
    def limit_status_changes!
      RateLimiter.new(
        current_user,
        "job-board-status-change",
        STATUS_CHANGES_PER_MINUTE,
        1.minute,
      ).performed!
    end

    def write(topic)
      result = yield PostingWriter.new(topic, current_user)
      if result.errors.any?
        messages = result.errors.map { |error| ErrorMessages.message(error) }
        render json: failed_json.merge(
                 errors: messages,
                 job_errors: ErrorMessages.as_json(result.errors),
               ),
               status: :unprocessable_entity
      elsif result.messages.any?
        render_json_error(result.messages.join("\n"), status: :unprocessable_entity)
      else
        render_job(topic.reload)
      end
    rescue PostingParams::UnknownField => e
      raise Discourse::InvalidParameters.new(e.message)
    end

    def render_job(topic)
      render json: { job: Posting.as_json(topic, guardian) }
    end
  end
end
