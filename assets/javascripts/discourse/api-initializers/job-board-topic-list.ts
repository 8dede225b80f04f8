// The board in Discourse's own topic list: its filters travel as query
// params to the server, job columns replace views and likes in board
// categories, and postings that are not open are muted.
import { apiInitializer } from "discourse/lib/api";
import type { PluginApi } from "discourse/lib/plugin-api";
import {
  ClosesCell,
  ClosesHeader,
  PublishedCell,
  PublishedHeader,
  QuestionsHeader,
  RoleCell,
  RoleHeader,
  TeamCell,
  TeamHeader,
} from "../components/job-board-list/columns.gts";
import { QUERY_PARAMS } from "../lib/board-query.ts";
import { statusOfJob, todayInParis } from "../lib/posting-status.ts";
import type JobBoard from "../services/job-board.ts";
import type { JobTopic } from "../services/job-board.ts";
import type JobBoardChunks from "../services/job-board-chunks.ts";

interface ColumnsDag {
  add(key: string, value: object, position?: object): boolean;
  delete(key: string): void;
  replace(key: string, value: object): void;
  has(key: string): boolean;
}

function jobBoard(api: PluginApi): JobBoard {
  return api.container.lookup("service:job-board") as JobBoard;
}

function registerFilterParams(api: PluginApi) {
  // Every filter, the search and the order (job_q … job_sort); replace:
  // false, so the back button walks through them.
  for (const param of Object.values(QUERY_PARAMS)) {
    api.addDiscoveryQueryParam(param, { replace: false, refreshModel: true });
  }
}

function addJobColumns(api: PluginApi) {
  api.registerValueTransformer(
    "topic-list-columns",
    ({
      value,
      context,
    }: {
      value: ColumnsDag;
      context: { category?: { id: number } | null; listContext?: string };
    }) => {
      // The context's category is the tracking state's filter category,
      // which outlives the board's page: suggested topics under a posting
      // would get the columns too. Only the list discovery shows is the
      // board (core: frontend/discourse/app/components/topic-list/list.gjs
      // builds the context; discovery/topics.gjs passes @listContext
      // "discovery", suggested-topics.gjs "suggested").
      if (
        context.listContext !== "discovery" ||
        !jobBoard(api).isBoardCategory(context.category)
      ) {
        return value;
      }
      // What the cells show comes in a chunk: asked for now, while core
      // still builds the list, so that the rows rarely wait for it.
      const chunks = api.container.lookup(
        "service:job-board-chunks"
      ) as JobBoardChunks;
      void chunks.listCells.load();
      value.add(
        "job-role",
        { header: RoleHeader, item: RoleCell },
        { after: "topic" }
      );
      value.add(
        "job-team",
        { header: TeamHeader, item: TeamCell },
        { after: "job-role" }
      );
      value.add(
        "job-published",
        { header: PublishedHeader, item: PublishedCell },
        { after: "job-team" }
      );
      value.add(
        "job-closes-at",
        { header: ClosesHeader, item: ClosesCell },
        { after: "job-published" }
      );
      for (const key of ["views", "likes", "op-likes", "posters"]) {
        if (value.has(key)) {
          value.delete(key);
        }
      }
      if (value.has("replies")) {
        value.replace("replies", { header: QuestionsHeader });
      }
      return value;
    }
  );
}

function muteClosedPostings(api: PluginApi) {
  api.registerValueTransformer(
    "topic-list-item-class",
    ({ value, context }: { value: string[]; context: { topic: JobTopic } }) => {
      const { topic } = context;
      if (topic.job) {
        const status = statusOfJob(
          topic.job,
          Boolean(topic.closed),
          todayInParis()
        );
        if (status.state !== "open") {
          value.push("--job-not-open");
        }
      }
      return value;
    }
  );
}

export default apiInitializer((api: PluginApi) => {
  registerFilterParams(api);
  addJobColumns(api);
  muteClosedPostings(api);
  // The card and badge follow a posting being marked filled or reopened.
  api.addTrackedTopicProperties("job");
});
