// For tests of our checking scripts (script/check-*.ts): a temporary tree
// of files to check, and a script run as the CLI the test command runs.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * Writes `files` (path relative to the root → text; null leaves the file
 * out) under a new temporary folder, runs `run` on it, then removes it.
 */
export function withTree(
  files: Record<string, string | null>,
  run: (root: string) => void
): void {
  const root = mkdtempSync(join(tmpdir(), "job-board-tree-"));
  try {
    for (const [path, text] of Object.entries(files)) {
      if (text !== null) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
    }
    run(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Runs a TypeScript script in Node (through tsx) on `root`. */
export function runScript(
  script: string,
  root: string
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["--import", "tsx", script, root], {
    encoding: "utf8",
  });
}
