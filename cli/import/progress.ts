// Shows the run going: a cli-progress bar on a terminal, one plain line per
// file otherwise (CI logs and pipes keep a readable record, no escape codes).

import { Presets, SingleBar } from "cli-progress";
import type { Writable } from "node:stream";
import type { Output } from "../output.ts";

export interface Progress {
  start(total: number): void;
  /** A file is done; `status` is a short word (created, failed, …). */
  fileDone(file: string, status: string, detail?: string): void;
  /** A request waits before trying again. */
  waiting(message: string): void;
  stop(): void;
}

export function createProgress(output: Output): Progress {
  if (output.isTTY && output.stream) {
    return barProgress(output.stream);
  }
  let done = 0;
  let total = 0;
  return {
    start: (count) => {
      total = count;
    },
    fileDone: (file, status, detail) => {
      done += 1;
      output.out(
        `[${done}/${total}] ${status.padEnd(9)} ${file}${detail ? ` (${detail})` : ""}`
      );
    },
    waiting: (message) => output.error(message),
    stop: () => {},
  };
}

function barProgress(stream: Writable): Progress {
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
    fileDone: (file, status) =>
      bar.increment(1, { note: `${status}: ${file}`.slice(0, 70) }),
    waiting: (message) => bar.update({ note: message.slice(0, 70) }),
    stop: () => bar.stop(),
  };
}
