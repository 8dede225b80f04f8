// Stand-in for core's model extensions (frontend/discourse/app/lib/
// model-extensions.js), which the plugin API's addModelField, addModelGetter
// and addModelAccessor fill: a field is a tracked property of each
// instance, set to its default when the instance is made; a getter or
// accessor is defined on a subclass's prototype, observable by classic
// `get` (dependentKeyCompat). Only the composer model is stood in.
// Leaves out: field types (array, object, set), resettable fields, methods,
// save properties and lifecycle callbacks.
import { tracked } from "@glimmer/tracking";
import type EmberObject from "@ember/object";
import { dependentKeyCompat } from "@ember/object/compat";
import { setOwner } from "@ember/owner";

interface Accessor {
  get?: (this: never) => unknown;
  set?: (this: never, value: unknown) => void;
}

const fields = new Map<string, unknown>();
const accessors = new Map<string, Accessor>();

export function resetModelExtensions() {
  fields.clear();
  accessors.clear();
}

function composerOnly(modelName: string) {
  if (modelName !== "composer") {
    throw new Error(`model-extensions stand-in: no ${modelName} model here`);
  }
}

export function registerModelField(
  modelName: string,
  name: string,
  defaultValue: unknown
) {
  composerOnly(modelName);
  fields.set(name, defaultValue);
}

export function registerModelAccessor(
  modelName: string,
  name: string,
  accessor: Accessor
) {
  composerOnly(modelName);
  accessors.set(name, accessor);
}

type TrackedDescriptor = (
  target: object,
  key: string,
  desc: PropertyDescriptor & { initializer: () => unknown }
) => PropertyDescriptor;

type CompatDescriptor = (
  target: object,
  key: string,
  desc: PropertyDescriptor
) => PropertyDescriptor;

/** An instance of `Base` with the registered extensions, owned by `owner`. */
export function composerExtensionsTo(
  Base: typeof EmberObject,
  owner: object
): EmberObject {
  const Extended = class extends Base {};
  for (const [name, accessor] of accessors) {
    Object.defineProperty(Extended.prototype, name, {
      configurable: true,
      ...(dependentKeyCompat as unknown as CompatDescriptor)(
        Extended.prototype,
        name,
        accessor as PropertyDescriptor
      ),
    });
  }
  const instance = Extended.create();
  setOwner(instance, owner as never);
  for (const [name, value] of fields) {
    Object.defineProperty(
      instance,
      name,
      (tracked as unknown as TrackedDescriptor)(instance, name, {
        enumerable: true,
        configurable: true,
        initializer: () => value,
      })
    );
  }
  return instance;
}
