// Runs the importer against a FakeDiscourse, in-process (fast, for most
// tests) or as a child process (for kills and Ctrl-C), with short retry
// waits and a journal in a temporary folder.

import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { translatorForLanguage } from "../../../cli/i18n.ts";
import { type ImportOptions, runImport } from "../../../cli/import/run.ts";
import { memoryOutput } from "../../../cli/output.ts";
import { API_KEY, API_USERNAME, FakeDiscourse } from "./fake-discourse.ts";

export const REPO = fileURLToPath(new URL("../../../", import.meta.url));
/**
 * Core's limit, 60 requests, in a shorter "minute" so tests do not wait
 * for real minutes: the fake server's limiter and the importer's pacer
 * (DISCOURSE_JOB_BOARD_RATE_WINDOW_MS for the command line) share it.
 */
export const TEST_RATE = { requests: 60, windowMs: 2000 };
export const CLI_FIXTURES = join(REPO, "test/fixtures/cli");

export interface Workspace {
  dir: string;
  postings: string;
  journal: string;
  cleanup(): void;
}

/** A temporary copy of a fixture folder, so tests may edit postings. */
export function workspace(fixture = join(CLI_FIXTURES, "postings")): Workspace {
  const dir = mkdtempSync(join(tmpdir(), "job-board-cli-"));
  const postings = join(dir, "postings");
  cpSync(fixture, postings, { recursive: true });
  return {
    dir,
    postings,
    journal: join(dir, "journal.json"),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

type Hooks = NestedHooks; // eslint-disable-line no-undef -- a QUnit type
type Checks = Assert; // eslint-disable-line no-undef -- a QUnit type

/**
 * A fresh FakeDiscourse and workspace for each test of a module, handed to
 * `use`. After each test the server must have seen only requests that match
 * Discourse's OpenAPI spec with the API headers, then `check` adds the
 * module's own assertions, and the server and workspace are cleaned up.
 */
export function freshForumForEachTest(
  hooks: Hooks,
  use: (fresh: { server: FakeDiscourse; space: Workspace }) => void,
  check?: (assert: Checks) => void
): void {
  let server: FakeDiscourse;
  let space: Workspace;
  hooks.beforeEach(async () => {
    server = await new FakeDiscourse(TEST_RATE).start();
    space = workspace();
    use({ server, space });
  });
  hooks.afterEach(async (assert) => {
    assert.deepEqual(
      server.violations,
      [],
      "every request matched Discourse's OpenAPI spec and carried the API headers"
    );
    check?.(assert);
    await server.stop();
    space.cleanup();
  });
}

export async function importInProcess(
  server: FakeDiscourse,
  space: Workspace,
  overrides: Partial<ImportOptions> = {},
  signal?: AbortSignal
) {
  const output = memoryOutput();
  const options: ImportOptions = {
    paths: [space.postings],
    url: server.url,
    apiKey: API_KEY,
    apiUsername: API_USERNAME,
    category: "emplois",
    dryRun: false,
    recheck: false,
    root: null,
    journalPath: space.journal,
    policy: { maxRetries: 5, baseDelayMs: 5, maxDelayMs: 2000 },
    timeoutMs: 2000,
    today: "2024-01-15",
    translate: translatorForLanguage("en"),
    language: "en",
    rate: TEST_RATE,
    resumeHint: "discourse-job-board import …",
    ...overrides,
  };
  const code = await runImport(options, output, signal);
  return { code, out: output.lines.join("\n"), err: output.errors.join("\n") };
}

export interface ChildRun {
  code: number | null;
  signal: string | null;
  out: string;
  err: string;
}

/** Starts the real CLI; `control` may kill it or send it signals. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  control?: (child: ReturnType<typeof spawn>) => void
): Promise<ChildRun> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(REPO, "cli/main.ts"), ...args],
    {
      cwd: REPO,
      env: {
        ...process.env,
        DISCOURSE_JOB_BOARD_RETRY_BASE_MS: "5",
        DISCOURSE_JOB_BOARD_RATE_WINDOW_MS: String(TEST_RATE.windowMs),
        LANG: "C.UTF-8",
        LC_ALL: "",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    }
  );
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  control?.(child);
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err });
    });
  });
}

export function importArgs(
  server: FakeDiscourse,
  space: Pick<Workspace, "journal" | "postings">,
  extra: string[] = []
): string[] {
  return [
    "import",
    "--url",
    server.url,
    "--api-username",
    API_USERNAME,
    "--category",
    "emplois",
    "--state",
    space.journal,
    ...extra,
    space.postings,
  ];
}
