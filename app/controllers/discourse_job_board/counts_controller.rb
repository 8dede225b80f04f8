# frozen_string_literal: true

module DiscourseJobBoard
  # GET /job-board/counts.json?category_id=…&job_role=…&job_contract=…&job_status=…
  # answers {"counts": {"roles": {...}, "contracts": {...}, "states": {...}, "total": n}}.
  class CountsController < ::ApplicationController
    requires_plugin PLUGIN_NAME

    def show
      category = Category.find_by(id: params.require(:category_id).to_i)
      raise Discourse::NotFound if category.nil? || !Config.board_category?(category.id)
      guardian.ensure_can_see!(category)

      filter = ListFilters.parse(params.permit(*ListFilter::PARAMS).to_h)
      counts = FacetCounts.new(category: category, guardian: guardian, filter: filter).call
      render json: { counts: counts }
    end
  end
end
