// The demo's postings: every sample file bundled in test/fixtures/postings,
// read by the plugin's own parser, as the importer would publish them, with
// start-ups' slugs shown as their names.
import { parse } from "../assets/javascripts/discourse/lib/posting/index.ts";
import type { JobFields } from "../assets/javascripts/discourse/lib/posting-display.ts";
import startupsTable from "./beta-gouv-startups.tsv?raw";
import { startupNames, teamName } from "./teams.ts";

export interface DemoPosting {
  id: number;
  file: string;
  title: string;
  body: string;
  job: JobFields;
  /** Replies are the community's questions; the samples have none, so a fixed made-up number. */
  replies: number;
  topicClosed: boolean;
}

const FILES = import.meta.glob<string>("../test/fixtures/postings/*/*", {
  query: "?raw",
  import: "default",
  eager: true,
});

export function loadPostings(): DemoPosting[] {
  const names = startupNames(startupsTable);
  const postings: DemoPosting[] = [];
  const files = Object.keys(FILES).sort();
  files.forEach((path, index) => {
    const file = path.replace("../test/fixtures/postings/", "");
    const result = parse(FILES[path], { fileName: file });
    if (!result.ok) {
      return;
    }
    const { title, body, ...fields } = result.posting;
    postings.push({
      id: index + 1,
      file,
      title,
      body,
      job: { ...fields, team: teamName(fields.team, names), can_edit: true },
      replies: (index * 7) % 5,
      topicClosed: false,
    });
  });
  // Newest first, as a board lists them.
  return postings.sort((a, b) =>
    (b.job.opens_at ?? "").localeCompare(a.job.opens_at ?? "")
  );
}
