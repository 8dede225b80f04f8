// Measures what a first import of a beta.gouv.fr-sized folder costs in
// requests, against the fake Discourse with core's rate limiter on.
//
// The 575 real postings are not in the repository (test/fixtures/postings
// has a sample of 61). The folder is made like theirs: 572 postings
// generated from the samples (./soak-postings.ts: one in four keeping its
// sample's own title, so titles repeat and some are too short), one valid
// posting named like « ….data.product.owner », and two files without front
// matter. The rate is core's (60 requests per window) with the window
// shrunk for the test; the pacer and the limiter share it, so "no 429"
// here is "no 429" at 60 a minute.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { translatorForLanguage } from "../../../cli/i18n.ts";
import { runImport } from "../../../cli/import/run.ts";
import { memoryOutput } from "../../../cli/output.ts";
import { API_KEY, API_USERNAME, FakeDiscourse } from "./fake-discourse.ts";
import { CLI_FIXTURES } from "./harness.ts";
import { writeSoakPostings } from "./soak-postings.ts";
import { seededRandom } from "./soak-random.ts";

/** What the issue measured before: 1,717 requests for 572 files (3 a file). */
export const BASELINE = { requests: 1717, files: 572 };

export interface RequestCount {
  files: number;
  requests: number;
  limited: number;
  topics: number;
  exitCode: number;
  byOperation: Record<string, number>;
  /** A second run with the journal, and one asking the forum about every file. */
  rerun: number;
  recheck: number;
  ms: number;
}

export async function countFirstImport(
  windowMs = 300,
  postings = 572,
  followUps = true
): Promise<RequestCount> {
  const rate = { requests: 60, windowMs };
  const server = await new FakeDiscourse(rate).start();
  const dir = mkdtempSync(join(tmpdir(), "job-board-requests-"));
  const folder = join(dir, "postings");
  try {
    writeSoakPostings(folder, postings, seededRandom(575, "files"));
    cpSync(
      join(
        CLI_FIXTURES,
        "accounting/2020-11-18-chef.fe.de.produit.data.product.owner"
      ),
      join(folder, "2020-11-18-chef.fe.de.produit.data.product.owner")
    );
    writeFileSync(join(folder, "offre-sans-en-tete"), "Offre de poste\n");
    writeFileSync(join(folder, "ancienne-offre.md"), "Développeur·se\n\n…\n");
    const run = async (recheck = false) =>
      runImport(
        {
          paths: [folder],
          url: server.url,
          apiKey: API_KEY,
          apiUsername: API_USERNAME,
          category: "emplois",
          dryRun: false,
          recheck,
          root: null,
          journalPath: join(dir, "journal.json"),
          policy: { maxRetries: 5, baseDelayMs: 5, maxDelayMs: 2000 },
          timeoutMs: 5000,
          today: "2024-06-01",
          translate: translatorForLanguage("en"),
          language: "en",
          rate,
          resumeHint: "",
        },
        memoryOutput()
      );
    const started = Date.now();
    const exitCode = await run();
    const ms = Date.now() - started;
    const requests = server.requests.length;
    const byOperation: Record<string, number> = {};
    for (const entry of server.requests) {
      byOperation[entry.operation] = (byOperation[entry.operation] ?? 0) + 1;
    }
    const limited = server.limited;
    if (followUps) {
      await run();
    }
    const rerun = server.requests.length - requests;
    if (followUps) {
      await run(true);
    }
    return {
      files: postings + 3,
      requests,
      limited,
      topics: server.forum.topics.size,
      exitCode,
      byOperation,
      rerun,
      recheck: server.requests.length - requests - rerun,
      ms,
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
