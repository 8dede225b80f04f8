// Shows the run going: a cli-progress bar on a terminal, one plain line per
// file otherwise (CI logs and pipes keep a readable record, no escape codes).

import { Presets, SingleBar } from "cli-progress";
import type { Writable } from "node:stream";
import type { Output } from "../output.ts";

export interface Progress {
  start(total: number): void;
  /** A file is done; `status` is its label (created, would be created, …); warnings follow it. */
  fileDone(
    file: string,
    status: string,
    detail?: string,
    warnings?: string[]
  ): void;
  /** A request waits before trying again. */
  waiting(message: string): void;
  stop(): void;
}

/** With `toStderr` (import --json) stdout keeps only the JSON lines. */
export function createProgress(output: Output, toStderr = false): Progress {
  if (output.isTTY && output.stream && !toStderr) {
    return barProgress(output.stream, output);
  }
  const write = toStderr ? output.error : output.out;
  let done = 0;
  let total = 0;
  return {
    start: (count) => {
      total = count;
    },
    fileDone: (file, status, detail, warnings = []) => {
      done += 1;
      write(
        `[${done}/${total}] ${status.padEnd(9)} ${file}${detail ? ` (${detail})` : ""}`
      );
      for (const warning of warnings) {
        write(`    ! ${warning}`);
      }
    },
    waiting: (message) => output.error(message),
    stop: () => {},
  };
}

function barProgress(stream: Writable, output: Output): Progress {
  const bar = new SingleBar(
    {
      stream: stream as Writable & { isTTY: boolean },
      format: "{bar} {value}/{total} {note}",
      hideCursor: true,
      clearOnComplete: false,
    },
    Presets.shades_classic
  );
  return {
    start: (total) => bar.start(total, 0, { note: "" }),
    fileDone: (file, status, _detail, warnings = []) => {
      if (warnings.length > 0) {
        // Above the bar, which redraws itself below.
        bar.stop();
        output.error([file, ...warnings.map((w) => `    ! ${w}`)].join("\n"));
        bar.start(bar.getTotal(), bar.getProgress() * bar.getTotal());
      }
      bar.increment(1, { note: `${status}: ${file}`.slice(0, 70) });
    },
    waiting: (message) => bar.update({ note: message.slice(0, 70) }),
    stop: () => bar.stop(),
  };
}
