// Where the time goes: runs one in-browser benchmark (render or filter)
// under Chrome's sampling profiler (CDP Profiler.start/stop) and prints the
// functions with the most self time, and the most total time, by source
// file. Usage: tsx bench/profile.ts render|filter [--top 40] [--out file.cpuprofile]
import { writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
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

function nameOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split("/").pop() ?? "";
  return `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
}

function report(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parent.set(child, node.id);
    }
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === "(idle)") {
      return;
    }
    all += ms;
    const name = nameOf(node);
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (
      let at: number | undefined = id;
      at !== undefined;
      at = parent.get(at)
    ) {
      const ancestor = nameOf(byId.get(at)!);
      if (!seen.has(ancestor)) {
        seen.add(ancestor);
        total.set(ancestor, (total.get(ancestor) ?? 0) + ms);
      }
    }
  });
  const print = (title: string, table: Map<string, number>) => {
    console.log(`\n${title} (of ${all.toFixed(0)} ms busy)`);
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
  executablePath: "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
try {
  const tab = await browser.newPage();
  await tab.goto(page.url);
  await tab.waitForFunction(() => window.jobBoardBench !== undefined);
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const figures: unknown = await tab.evaluate(
    (kind: string) =>
      kind === "render"
        ? (window.jobBoardBench as BenchPage)
            .render({ rows: 1000, rounds: 8 })
            .then((result) => result as unknown)
        : (window.jobBoardBench as BenchPage)
            .filter({ postings: 1000, changes: 40 })
            .then((result) => result as unknown),
    which
  );
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
    profile: Profile;
  };
  console.log(figures);
  if (out) {
    writeFileSync(out, JSON.stringify(profile));
  }
  report(profile);
} finally {
  await browser.close();
  await closeBenchPage(page);
}
