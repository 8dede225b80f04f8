// Titles Discourse accepts, the same on every run.
//
// With core's defaults a title must be unique on the forum and at least 15
// characters long (./title-rules.ts). Many real postings are called
// « Développeur·se » or « Chef·fe de produit ». Each file gets a ladder of
// titles, each more specific than the last: its own title, then the team,
// then the place, then the opening month, and last a short reference from
// its external_id, which no other file shares. Every file whose title is
// too short or shared with another file of the run climbs the ladder until
// its title stands alone. The ladder depends only on the file, and the
// choice only on the files given, so a re-run picks the same titles; and a
// topic whose title is any rung of its file's ladder is left as it is, so
// a title chosen on an earlier run (when other files were given) is never
// "updated" back and forth.

import type { Posting } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { cleanTitle, titleProblem, type TitleRules } from "./title-rules.ts";

export type TitleReason = "short" | "entropy" | "duplicate";

export interface TitleChoice {
  /** The title to send, as Discourse will store it. */
  title: string;
  /** Every title this file may carry, from the plainest. */
  ladder: string[];
  /** Why the file's own title was not kept; null when it was. */
  reason: TitleReason | null;
}

// The forum is French: the words added to titles are French whatever --lang.
const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

function mentions(title: string, part: string): boolean {
  return title.toLowerCase().includes(part.toLowerCase());
}

function monthOf(day: string | null): string | null {
  const match = day ? /^(\d{4})-(\d{2})/.exec(day) : null;
  return match ? `${MONTHS[Number(match[2]) - 1]} ${match[1]}` : null;
}

/** Cuts the title so that it and the suffix fit in maxLength characters. */
function fit(title: string, suffix: string, maxLength: number): string {
  const room = maxLength - [...suffix].length;
  const chars = [...title];
  return chars.length <= room
    ? title + suffix
    : `${chars
        .slice(0, Math.max(1, room - 1))
        .join("")
        .trimEnd()}…${suffix}`;
}

/** The file's titles, from its own to the one made unique by its external_id. */
export function titleLadder(
  posting: Posting,
  externalId: string,
  rules: TitleRules
): string[] {
  const base = posting.title;
  const place =
    posting.location ?? (posting.remote === "full" ? "à distance" : null);
  const additions: string[] = [];
  let suffix = "";
  if (posting.team && !mentions(base, posting.team)) {
    suffix += ` — ${posting.team}`;
    additions.push(suffix);
  }
  if (place && !mentions(base, place)) {
    suffix += `${suffix ? "," : " —"} ${place}`;
    additions.push(suffix);
  }
  const month = monthOf(posting.opens_at);
  if (month) {
    suffix += ` (${month})`;
    additions.push(suffix);
  }
  additions.push(`${suffix} · réf. ${externalId.slice(-6)}`);
  const ladder = [base, ...additions.map((added) => base + added)].map(
    (title, index) =>
      cleanTitle(
        index === 0
          ? title
          : fit(base, title.slice(base.length), rules.maxLength),
        rules
      )
  );
  return [...new Set(ladder)];
}

const key = (title: string) => title.normalize("NFC").toLowerCase();

export interface TitleCandidate {
  posting: Posting;
  externalId: string;
}

/** One title per file, in the files' order; see the file comment for the rule. */
export function chooseTitles(
  files: TitleCandidate[],
  rules: TitleRules
): TitleChoice[] {
  const ladders = files.map((file) =>
    titleLadder(file.posting, file.externalId, rules)
  );
  const chosen: Array<string | null> = files.map(() => null);
  const taken = new Set<string>();
  const depth = Math.max(0, ...ladders.map((ladder) => ladder.length));
  for (let level = 0; level < depth; level++) {
    const rung = (index: number) =>
      ladders[index][Math.min(level, ladders[index].length - 1)];
    const open = files.map((_, index) => index).filter((i) => !chosen[i]);
    const counts = new Map<string, number>();
    for (const index of open) {
      counts.set(key(rung(index)), (counts.get(key(rung(index))) ?? 0) + 1);
    }
    for (const index of open) {
      const title = rung(index);
      const last = level >= ladders[index].length - 1;
      const alone =
        !rules.unique ||
        (counts.get(key(title)) === 1 && !taken.has(key(title)));
      if (last || (alone && titleProblem(title, rules) === null)) {
        chosen[index] = title;
        taken.add(key(title));
      }
    }
  }
  return files.map((_, index) => {
    const title = chosen[index] ?? ladders[index][0];
    const own = ladders[index][0];
    return {
      title,
      ladder: ladders[index],
      reason: title === own ? null : (titleProblem(own, rules) ?? "duplicate"),
    };
  });
}

/** Whether a topic's title is one this file may carry (so it needs no update). */
export function titleFits(forumTitle: string, ladder: string[]): boolean {
  const canonical = (text: string) => key(text.trim().replace(/\s+/g, " "));
  return ladder.some((title) => canonical(title) === canonical(forumTitle));
}
