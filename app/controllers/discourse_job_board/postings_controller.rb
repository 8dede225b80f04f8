# frozen_string_literal: true

module DiscourseJobBoard
  # GET/PUT /job-board/postings/:topic_id.json, body and answer {"job": {...}};
  # POST .../fill and .../reopen. Used by the board's moderator actions and by
  # the command-line importer.
  class PostingsController < ::ApplicationController
    requires_plugin PLUGIN_NAME
    requires_login except: :show

    def show
      topic = find_topic
      guardian.ensure_can_see!(topic)
      render_job(topic)
    end

    def update
      topic = find_editable_topic
      job = params.require(:job)
      raise Discourse::InvalidParameters.new(:job) if !job.respond_to?(:to_unsafe_h)
      write(topic) { |writer| writer.update(job.to_unsafe_h) }
    end

    def fill
      topic = find_editable_topic
      write(topic, &:fill)
    end

    def reopen
      topic = find_editable_topic
      write(topic, &:reopen)
    end

    private

    def find_topic
      topic = Topic.find_by(id: params[:topic_id].to_i)
      raise Discourse::NotFound if topic.nil? || !Config.board_category?(topic.category_id)
      topic
    end

    def find_editable_topic
      topic = find_topic
      guardian.ensure_can_see!(topic)
      raise Discourse::InvalidAccess.new if !guardian.can_edit_job_posting?(topic)
      topic
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
