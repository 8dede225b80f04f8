// The board's parts that members see only on board pages, each in a chunk
// of its own so that the forum's other pages do not download them: what
// the list's columns and mobile summary show, the
// filter bar above a board's list (with its empty state, follow button and
// feed link), the posting's card under a topic's title, the member's follows
// in their preferences and a posting's changed fields in its history. One load per
// chunk for the whole session; the connectors render them through
// components/job-board-chunk-loader.gts, except the list's cells and mobile
// summary, drawn empty until theirs arrives (components/job-board-list/
// columns.gts).
import Service from "@ember/service";
import type * as Discovery from "../components/job-board-discovery.gts";
import type * as FollowsPreferences from "../components/job-board-follows-preferences.gts";
import type * as Cells from "../components/job-board-list/cells.gts";
import type * as RevisionChanges from "../components/job-board-revision-changes.gts";
import type * as TopicCard from "../components/job-board-topic-card.gts";
import LazyChunk from "../helpers/lazy-chunk.ts";

export default class JobBoardChunks extends Service {
  listCells = new LazyChunk<typeof Cells>(
    () => import("../components/job-board-list/cells.gts")
  );
  discovery = new LazyChunk<typeof Discovery>(
    () => import("../components/job-board-discovery.gts")
  );
  topicCard = new LazyChunk<typeof TopicCard>(
    () => import("../components/job-board-topic-card.gts")
  );
  followsPreferences = new LazyChunk<typeof FollowsPreferences>(
    () => import("../components/job-board-follows-preferences.gts")
  );
  revisionChanges = new LazyChunk<typeof RevisionChanges>(
    () => import("../components/job-board-revision-changes.gts")
  );
}
