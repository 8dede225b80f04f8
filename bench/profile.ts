// Where the time goes: runs one in-browser benchmark (render or filter)
// under Chrome's sampling profiler (CDP Profiler.start/stop) and prints the
// functions with the most self time, and the most total time, by source
// file. With --timed, only the benchmark's timed windows are profiled (the
// page opens a console profile per window, see page/timing.ts), one report
// per kind of window (components, plain, filter), so that set-up, checks
// and teardown do not hide what the figures measure.
// Usage: tsx bench/profile.ts render|filter [--timed] [--top 40] [--out file.cpuprofile]
import { writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_PATH } from "../test/support/chromium.ts";
import { benchPageUrl, CHROMIUM_ARGS, closeBenchPage } from "./browser.ts";
import type { BenchPage } from "./page/figures.ts";

interface ProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    url: string;
    lineNumber: number;
    columnNumber: number;
  };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const which = args[0] === "filter" ? "filter" : "render";
const topIndex = args.indexOf("--top");
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 40;
const outIndex = args.indexOf("--out");
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
const timedOnly = args.includes("--timed");

function nameOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split("/").pop() ?? "";
  return `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
}

interface Times {
  self: Map<string, number>;
  total: Map<string, number>;
  /** Milliseconds busy (not idle) in all. */
  all: number;
}

function add(times: Times, profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parent.set(child, node.id);
    }
  }
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === "(idle)") {
      return;
    }
    times.all += ms;
    const name = nameOf(node);
    times.self.set(name, (times.self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (
      let at: number | undefined = id;
      at !== undefined;
      at = parent.get(at)
    ) {
      const ancestor = nameOf(byId.get(at)!);
      if (!seen.has(ancestor)) {
        seen.add(ancestor);
        times.total.set(ancestor, (times.total.get(ancestor) ?? 0) + ms);
      }
    }
  });
}

/** Self and total time by function, summed over one or more profiles. */
function report(profiles: readonly Profile[], heading: string) {
  const times: Times = { self: new Map(), total: new Map(), all: 0 };
  for (const profile of profiles) {
    add(times, profile);
  }
  const { self, total, all } = times;
  const perWindow =
    profiles.length > 1
      ? `, ${(all / profiles.length).toFixed(2)} ms per window of ${profiles.length}`
      : "";
  const print = (title: string, table: Map<string, number>) => {
    console.log(
      `\n${heading}${title} (of ${all.toFixed(0)} ms busy${perWindow})`
    );
    [...table.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .forEach(([name, ms]) =>
        console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`)
      );
  };
  print("self time", self);
  print("total time", total);
}

const page = await benchPageUrl();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const tab = await browser.newPage();
  await tab.goto(page.url);
  await tab.waitForFunction(() => window.jobBoardBench !== undefined);
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  const windows = new Map<string, Profile[]>();
  if (timedOnly) {
    cdp.on("Profiler.consoleProfileFinished", (event) => {
      const kind = event.title ?? "window";
      windows.set(kind, [
        ...(windows.get(kind) ?? []),
        event.profile as unknown as Profile,
      ]);
    });
    await tab.evaluate(() => {
      window.jobBoardBenchProfile = true;
    });
  } else {
    await cdp.send("Profiler.start");
  }
  const figures: unknown = await tab.evaluate(
    (kind: string) =>
      kind === "render"
        ? (window.jobBoardBench as BenchPage)
            .render({ rows: 1000, rounds: 8 })
            .then((result) => result as unknown)
        : (window.jobBoardBench as BenchPage)
            .filter({ postings: 1000, changes: 40, collection: "minor" })
            .then((result) => result as unknown),
    which
  );
  console.log(figures);
  if (timedOnly) {
    if (out) {
      writeFileSync(out, JSON.stringify(Object.fromEntries(windows)));
    }
    for (const [kind, profiles] of windows) {
      report(profiles, `${kind}: `);
    }
  } else {
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
      profile: Profile;
    };
    if (out) {
      writeFileSync(out, JSON.stringify(profile));
    }
    report([profile], "");
  }
} finally {
  await browser.close();
  await closeBenchPage(page);
}
