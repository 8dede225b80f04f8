// Where the commands write, so tests can run them in-process and read what
// a user would see.

import type { Writable } from "node:stream";

export interface Output {
  out(line: string): void;
  error(line: string): void;
  /** Whether stdout is a terminal (progress bars only then). */
  isTTY: boolean;
  /** The raw stream for cli-progress, which redraws in place. */
  stream?: Writable;
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
  isTTY: Boolean(process.stdout.isTTY),
  stream: process.stdout,
};

export function memoryOutput(
  isTTY = false
): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    isTTY,
    out: (line) => lines.push(...line.split("\n")),
    error: (line) => errors.push(...line.split("\n")),
  };
}
