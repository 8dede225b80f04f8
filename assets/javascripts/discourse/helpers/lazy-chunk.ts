import { tracked } from "@glimmer/tracking";
import { waitForPromise } from "@ember/test-waiters";

/**
 * A chunk of the plugin fetched with import() when first needed (core
 * splits it off because about.json sets frontend.staticModules; see
 * bench/size.ts), as tracked state: templates show it once it arrived. One
 * load at a time; a failed load (the network dropped) can be tried again.
 * Test waiters follow the load, so settled() waits for it.
 */
export default class LazyChunk<M> {
  /** The loaded module, once it has arrived. */
  @tracked module: M | null = null;
  /** Why the last load failed, until a retry. */
  @tracked error: unknown = null;

  /** The chunk's import; tests stand a failing network in for it. */
  importModule: () => Promise<M>;
  #pending: Promise<M | null> | null = null;

  constructor(importModule: () => Promise<M>) {
    this.importModule = importModule;
  }

  /** Starts loading (once); resolves to the module, or null when it failed. */
  load(): Promise<M | null> {
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
