// Compares the fake forum with the files a soak published: each file's
// topic, found by the external_id the importer derives from its path, must
// hold one of the file's titles (its own, or a more specific one when
// Discourse's title rules ask for it: cli/import/titles.ts), its body,
// category and fields.

import { jobFieldsOf } from "../../../cli/import/compare.ts";
import { externalIdFor, importKey } from "../../../cli/import/external-id.ts";
import { CORE_TITLE_RULES } from "../../../cli/import/title-rules.ts";
import { titleFits, titleLadder } from "../../../cli/import/titles.ts";
import type { Forum } from "./fake-forum.ts";
import type { SoakFile } from "./soak-postings.ts";

const JOB_BOARD_CATEGORY_ID = 7;

/** Fields as text with sorted keys, so key order never counts as a difference. */
function canonical(fields: object): string {
  return JSON.stringify(
    Object.entries(fields).sort(([a], [b]) => a.localeCompare(b))
  );
}

/** One line per file whose topic is missing or differs from it. */
export function forumDifferences(
  forum: Forum,
  files: SoakFile[],
  root: string
): string[] {
  const byExternalId = new Map(
    [...forum.topics.values()].map((topic) => [topic.external_id, topic])
  );
  return files.flatMap(({ path, posting }) => {
    const externalId = externalIdFor(importKey(path, root));
    const topic = byExternalId.get(externalId);
    if (!topic) {
      return [`${path}: no topic`];
    }
    const problems: string[] = [];
    const ladder = titleLadder(posting, externalId, CORE_TITLE_RULES);
    if (!titleFits(topic.title, ladder)) {
      problems.push(`title ${JSON.stringify(topic.title)}`);
    }
    if (topic.raw !== posting.body) {
      problems.push("body");
    }
    if (topic.category_id !== JOB_BOARD_CATEGORY_ID) {
      problems.push(`category ${topic.category_id}`);
    }
    if (canonical(topic.job) !== canonical(jobFieldsOf(posting))) {
      problems.push(`fields ${JSON.stringify(topic.job)}`);
    }
    return problems.length > 0 ? [`${path}: ${problems.join(", ")}`] : [];
  });
}
