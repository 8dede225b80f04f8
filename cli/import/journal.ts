// The import journal: what earlier runs already did, so a re-run after a
// crash or Ctrl-C need not ask Discourse about every file again.
//
// It only speeds things up. Discourse's external_id is the source of truth:
// a file the journal does not know is looked up there before anything is
// created, so a lost or stale journal can cost requests, never a duplicate.
// An entry is written once a file is fully in step with the forum, with a
// hash of exactly what was sent; an unchanged file with a matching entry is
// skipped. Written after every file, atomically (temporary file in the same
// folder, fsync, rename), so a kill at any moment leaves the old or the new
// journal, never half of one. One journal belongs to one site and category.

import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

export const DEFAULT_JOURNAL_NAME = ".discourse-job-board-import.json";
const VERSION = 1;

export interface JournalEntry {
  file: string;
  topic_id: number;
  /** SHA-256 of what was last sent in full; null while only created. */
  hash: string | null;
  synced_at: string;
}

interface JournalFile {
  version: number;
  site: string;
  category: string;
  entries: Record<string, JournalEntry>;
}

export class Journal {
  /** Reads the journal at `path`; one for another site or category, or unreadable, starts empty. */
  static open(
    path: string,
    site: string,
    category: string
  ): { journal: Journal; note: "elsewhere" | "unreadable" | null } {
    const empty: JournalFile = {
      version: VERSION,
      site,
      category,
      entries: {},
    };
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      return { journal: new Journal(path, empty), note: null };
    }
    try {
      const data = JSON.parse(text) as JournalFile;
      if (
        data.version === VERSION &&
        data.site === site &&
        data.category === category &&
        data.entries
      ) {
        return { journal: new Journal(path, data), note: null };
      }
      return {
        journal: new Journal(path, empty),
        note: "elsewhere",
      };
    } catch {
      return {
        journal: new Journal(path, empty),
        note: "unreadable",
      };
    }
  }

  readonly #path: string;
  readonly #data: JournalFile;
  #dirty = false;

  private constructor(path: string, data: JournalFile) {
    this.#path = path;
    this.#data = data;
  }

  get path(): string {
    return this.#path;
  }

  get(externalId: string): JournalEntry | undefined {
    return this.#data.entries[externalId];
  }

  record(externalId: string, entry: Omit<JournalEntry, "synced_at">): void {
    this.#data.entries[externalId] = {
      ...entry,
      synced_at: new Date().toISOString(),
    };
    this.#dirty = true;
  }

  /** Writes the journal if it changed: temporary file, fsync, rename. */
  save(): void {
    if (!this.#dirty) {
      return;
    }
    const temporary = join(
      dirname(this.#path),
      `.${basename(this.#path)}.${process.pid}.tmp`
    );
    const descriptor = openSync(temporary, "w", 0o600);
    try {
      writeSync(descriptor, `${JSON.stringify(this.#data, null, 2)}\n`);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, this.#path);
    this.#dirty = false;
  }
}
