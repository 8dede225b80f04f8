# frozen_string_literal: true

module DiscourseJobBoard
  # GET /job-board/counts.json?category_id=…&job_role=…&job_contract=…&job_status=…
  #   &job_place=…&job_remote=…&job_q=…
  # answers {"counts": {"roles": {...}, "contracts": {...}, "states": {"open", "closing_soon",
  # "upcoming", "expired", "filled", "closed", "all"}, "places": {"reg-11": n, …, "abroad": n},
  # "remote": {"none", "partial", "full"}, "total": n}}.
  class CountsController < ::ApplicationController
    requires_plugin PLUGIN_NAME

    def show
      category = find_category
      filter =
        ListFilters.parse(
          params.permit(*ListFilter::PARAMS).to_h,
          hide_upcoming: ListFilters.hide_upcoming?(guardian),
        )
      counts = FacetCounts.new(category: category, guardian: guardian, filter: filter).call
      render json: { counts: counts }
    end

    private

    # One category id, in digits: `category_id[]=1` or `category_id[a]=1` is a
    # 400 naming the parameter (core: Discourse::InvalidParameters), not a 500.
    def find_category
      id = params.require(:category_id)
      if !id.is_a?(String) || !id.match?(/\A\d+\z/)
        raise Discourse::InvalidParameters.new(:category_id)
      end
      category = Category.find_by(id: id.to_i)
      Visibility.ensure_can_see!(guardian, category)
      raise Discourse::NotFound if !Config.board_category?(category.id)
      category
    end
  end
end
