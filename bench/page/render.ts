// render: the board's rows for 1,000 postings built with the plugin's
// components, against plain DOM code building the same rows, in the same
// page, rounds alternating which goes first. Each round times from the
// start until the rows are painted (the script, then style, layout and
// paint of the new rows, read as in filter.ts), as a reader waits for them
// and as js-framework-benchmark times its "create 1,000 rows"; the script's
// part alone is reported too.
import { renderComponent } from "@ember/renderer";
import BoardList from "../../demo/board-list.gts";
import type { BoardPosting } from "../../demo/board-postings.ts";
import { demoOwner } from "../../demo/demo-owner.ts";
import { median } from "../lib/stats.ts";
import type { RenderFigures } from "./figures.ts";
import { plainRows } from "./plain-rows.ts";
import { boardRows, manyPostings, postingHref, VOCABULARIES } from "./rows.ts";
import { canonical } from "./same-dom.ts";
import { afterNextPaint, profileWindow, quiet, settle } from "./timing.ts";

const WARM_UP_ROUNDS = 3;

const follow = (event: MouseEvent) => event.preventDefault();

interface Rendered {
  /** Until the rows are in the document: the script's own work. */
  scriptMs: number;
  /** Until they are painted: what a reader waits for. */
  paintedMs: number;
  host: HTMLElement;
  destroy: () => void;
}

// One owner for every round, as one page has one renderer: its set-up is
// not part of rendering rows.
const owner = demoOwner(VOCABULARIES);

// Both ways build the rows in an element outside the document and then
// insert it, so that they pay the same for putting rows in a live page.
async function timed(
  kind: "components" | "plain",
  build: (into: HTMLElement) => () => void
): Promise<Rendered> {
  const host = document.createElement("div");
  await quiet();
  const endWindow = profileWindow(kind);
  const start = performance.now();
  const destroy = build(host);
  document.body.append(host);
  const scriptMs = performance.now() - start;
  const paintedMs = (await afterNextPaint()) - start;
  endWindow();
  return { scriptMs, paintedMs, host, destroy };
}

const withComponents = (rows: BoardPosting[]) =>
  timed("components", (into) => {
    const result = renderComponent(BoardList, {
      into,
      owner,
      args: {
        postings: rows,
        vocabularies: VOCABULARIES,
        postingLink: postingHref,
        mobileView: false,
        onFollow: follow,
      },
    });
    return () => result.destroy();
  });

const withPlainDom = (rows: BoardPosting[]) =>
  timed("plain", (into) => {
    into.append(plainRows(rows, VOCABULARIES, follow));
    return () => {};
  });

function check(rendered: Rendered, count: number, kind: string) {
  const rows = rendered.host.querySelectorAll("tr.job-board-demo-row").length;
  if (rows !== count) {
    throw new Error(`${kind}: ${rows} rows rendered instead of ${count}`);
  }
}

async function discard(rendered: Rendered) {
  rendered.destroy();
  rendered.host.remove();
  await settle();
}

export async function benchRender(options: {
  rows: number;
  rounds: number;
}): Promise<RenderFigures> {
  const rows = boardRows(manyPostings(options.rows));
  const times = {
    components: { script: [] as number[], painted: [] as number[] },
    plain: { script: [] as number[], painted: [] as number[] },
  };

  for (let round = 0; round < WARM_UP_ROUNDS + options.rounds; round++) {
    const order: Array<"components" | "plain"> =
      round % 2 === 0 ? ["components", "plain"] : ["plain", "components"];
    const results: Partial<Record<"components" | "plain", Rendered>> = {};
    for (const kind of order) {
      const rendered = await (kind === "components"
        ? withComponents(rows)
        : withPlainDom(rows));
      check(rendered, rows.length, kind);
      results[kind] = rendered;
      if (round >= WARM_UP_ROUNDS) {
        times[kind].script.push(rendered.scriptMs);
        times[kind].painted.push(rendered.paintedMs);
      }
    }
    const { components, plain } = results as Record<
      "components" | "plain",
      Rendered
    >;
    if (round === 0 && canonical(components.host) !== canonical(plain.host)) {
      throw new Error("the plain DOM rows differ from the components' rows");
    }
    await discard(components);
    await discard(plain);
  }
  return {
    componentsMs: median(times.components.painted),
    plainMs: median(times.plain.painted),
    componentsScriptMs: median(times.components.script),
    plainScriptMs: median(times.plain.script),
    rounds: options.rounds,
    rows: rows.length,
  };
}
