// The composer's posting form, loaded on demand: members never open the
// composer in a board category, so its form, the Markdown import and the
// form's rules wait in a chunk of their own (a LazyChunk, as the board's
// other on-demand parts; see helpers/lazy-chunk.ts). Loaded once, when a
// publisher's composer first shows the form (or tries to save a posting
// before it arrived); a failed load can be tried again.
import Service from "@ember/service";
import type * as ComposerFields from "../components/job-board-composer-fields.gts";
import LazyChunk from "../helpers/lazy-chunk.ts";
import type { FormRules } from "../lib/composer-gate.ts";

export type ComposerFormModule = typeof ComposerFields;

export default class JobBoardComposerForm extends Service {
  #chunk = new LazyChunk<ComposerFormModule>(
    () => import("../components/job-board-composer-fields.gts")
  );

  /** The loaded chunk, once it has arrived. */
  get module(): ComposerFormModule | null {
    return this.#chunk.module;
  }

  /** Why the last load failed (a network error, say), until a retry. */
  get error(): unknown {
    return this.#chunk.error;
  }

  /** The chunk's import; tests stand a failing network in for it. */
  get importModule(): () => Promise<ComposerFormModule> {
    return this.#chunk.importModule;
  }

  set importModule(importModule: () => Promise<ComposerFormModule>) {
    this.#chunk.importModule = importModule;
  }

  /** The form's rules for the save check, null until the chunk is here. */
  get rules(): FormRules | null {
    return this.module?.formIssues ?? null;
  }

  /** Starts loading (once); resolves to the chunk, or null when it failed. */
  load(): Promise<ComposerFormModule | null> {
    return this.#chunk.load();
  }
}
