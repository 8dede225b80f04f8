// The composer's posting form, loaded on demand: members never open the
// composer in a board category, so its form, the Markdown import and the
// form's rules wait in a chunk of their own (core splits it off because
// about.json sets frontend.staticModules; see bench/size.ts). Loaded once,
// when a publisher's composer first shows the form (or tries to save a
// posting before it arrived); a failed load can be tried again.
import { tracked } from "@glimmer/tracking";
import Service from "@ember/service";
import { waitForPromise } from "@ember/test-waiters";
import type * as ComposerFields from "../components/job-board-composer-fields.gts";
import type { FormRules } from "../lib/composer-gate.ts";

export type ComposerFormModule = typeof ComposerFields;

export default class JobBoardComposerForm extends Service {
  /** The loaded chunk, once it has arrived. */
  @tracked module: ComposerFormModule | null = null;
  /** Why the last load failed (a network error, say), until a retry. */
  @tracked error: unknown = null;

  /** The chunk's import; tests stand a failing network in for it. */
  importModule = (): Promise<ComposerFormModule> =>
    import("../components/job-board-composer-fields.gts");
  #pending: Promise<ComposerFormModule | null> | null = null;

  /** The form's rules for the save check, null until the chunk is here. */
  get rules(): FormRules | null {
    return this.module?.formIssues ?? null;
  }

  /** Starts loading (once); resolves to the chunk, or null when it failed. */
  load(): Promise<ComposerFormModule | null> {
    if (this.module) {
      return Promise.resolve(this.module);
    }
    this.#pending ??= waitForPromise(
      this.importModule().then(
        (module) => {
          this.module = module;
          this.error = null;
          return module;
        },
        (error: unknown) => {
          this.error = error;
          this.#pending = null;
          return null;
        }
      )
    );
    return this.#pending;
  }
}
