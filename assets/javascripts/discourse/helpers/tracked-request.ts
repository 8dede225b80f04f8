import { tracked } from "@glimmer/tracking";

/**
 * A request's result as tracked state, so a template shows it when it
 * arrives without a component storing it by hand. Make one per request in a
 * cached getter: a new request replaces it when its inputs change.
 */
export default class TrackedRequest<T> {
  @tracked value: T | null = null;
  @tracked isPending = true;
  @tracked failed = false;

  constructor(promise: Promise<T>) {
    promise.then(
      (value) => {
        this.value = value;
        this.isPending = false;
      },
      () => {
        this.failed = true;
        this.isPending = false;
      }
    );
  }
}
