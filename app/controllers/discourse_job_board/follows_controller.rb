# frozen_string_literal: true

module DiscourseJobBoard
  # A member's follows of the board's filters (issue 13, point 1):
  #   GET    /job-board/follows.json      {"follows": [...], "max": 20}
  #   POST   /job-board/follows.json      job_role, job_contract, job_place,
  #                                       job_remote, job_q as on the board's
  #                                       URL: 201 with {"follow": ...}, or
  #                                       200 when the same filters are
  #                                       already followed
  #   DELETE /job-board/follows/:id.json  204; another member's follow: 404
  # Anonymous: 403 (core: ApplicationController#requires_login raises
  # Discourse::NotLoggedIn). A bad value: 400 naming the parameter (core:
  # Discourse::InvalidParameters); past the limit: 422 with a message that
  # says what to do.
  class FollowsController < ::ApplicationController
    requires_plugin PLUGIN_NAME
    requires_login
    before_action :ensure_can_follow

    def index
      render json: { follows: FollowStore.list(current_user.id), max: FollowParams::MAX_PER_USER }
    end

    def create
      filters = FollowParams.from_params(filter_params, Config.vocabulary)
      follow, created = FollowStore.add(current_user.id, filters)
      render json: { follow: follow }, status: created ? :created : :ok
    rescue FollowParams::Invalid => e
      raise Discourse::InvalidParameters.new(e.message)
    rescue FollowStore::LimitReached
      render_json_error(
        I18n.t("discourse_job_board.follow.limit_reached", count: FollowParams::MAX_PER_USER),
        status: :unprocessable_entity,
      )
    end

    def destroy
      raise Discourse::NotFound if !FollowStore.remove(current_user.id, params[:id].to_i)
      head :no_content
    end

    private

    def ensure_can_follow
      guardian.ensure_can_follow_job_board!
    end

    # Strings or lists of strings only: anything else (a hash) is refused
    # here, naming the parameter, rather than read as text.
    def filter_params
      (FollowParams::PARAMS + FollowParams::NOT_FOLLOWED).each_with_object({}) do |key, values|
        value = params[key]
        next if value.nil?
        value = value.to_a if value.is_a?(Array)
        valid = value.is_a?(String) || (value.is_a?(Array) && value.all?(String))
        raise Discourse::InvalidParameters.new("#{key}: text or a list of codes") if !valid
        values[key] = value
      end
    end
  end
end
