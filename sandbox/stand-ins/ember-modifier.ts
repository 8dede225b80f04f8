// Stand-in for `ember-modifier`'s function-based `modifier()`, which
// Discourse provides to plugins at run time (loader-shims.js) but which is
// not an npm dependency here. Built on Ember's public modifier manager API
// (@ember/modifier: setModifierManager, capabilities), as ember-modifier's
// own FunctionBasedModifierManager is: the function runs when the element
// is inserted and again when its arguments change, after the previous
// run's teardown; the teardown also runs when the element goes away.
// Leaves out: class-based modifiers and the `{ eager }` option.
import { capabilities, setModifierManager } from "@ember/modifier";
import type { modifier as emberModifier } from "ember-modifier";

type Teardown = (() => void) | void;
type Run = (
  element: Element,
  positional: unknown[],
  named: Record<string, unknown>
) => Teardown;

interface State {
  element: Element | null;
  teardown: Teardown;
}

function manage(run: Run) {
  const run_ = (
    state: State,
    args: { positional: unknown[]; named: Record<string, unknown> }
  ) => {
    if (typeof state.teardown === "function") {
      state.teardown();
    }
    state.teardown = run(state.element!, args.positional, args.named);
  };
  return {
    capabilities: capabilities("3.22"),
    createModifier: (): State => ({ element: null, teardown: undefined }),
    installModifier(
      state: State,
      element: Element,
      args: { positional: unknown[]; named: Record<string, unknown> }
    ) {
      state.element = element;
      run_(state, args);
    },
    updateModifier: run_,
    destroyModifier(state: State) {
      if (typeof state.teardown === "function") {
        state.teardown();
      }
    },
  };
}

export const modifier = ((run: Run) =>
  setModifierManager(
    () => manage(run),
    run
  )) as unknown as typeof emberModifier;

export default modifier;
