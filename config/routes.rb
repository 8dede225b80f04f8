# frozen_string_literal: true

DiscourseJobBoard::Engine.routes.draw do
  get "/counts" => "counts#show"
  get "/attention" => "attention#index"
  get "/feed.rss" => "feed#show", :format => :rss
  get "/postings/:topic_id" => "postings#show", :constraints => { topic_id: /\d+/ }
  put "/postings/:topic_id" => "postings#update", :constraints => { topic_id: /\d+/ }
  post "/postings/:topic_id/fill" => "postings#fill", :constraints => { topic_id: /\d+/ }
  post "/postings/:topic_id/reopen" => "postings#reopen", :constraints => { topic_id: /\d+/ }
  get "/follows" => "follows#index"
  post "/follows" => "follows#create"
  delete "/follows/:id" => "follows#destroy", :constraints => { id: /\d+/ }
end

Discourse::Application.routes.draw { mount ::DiscourseJobBoard::Engine, at: "job-board" }
