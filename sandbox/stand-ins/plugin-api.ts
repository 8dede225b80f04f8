// Stand-in for Discourse's `discourse/lib/plugin-api`: `withPluginApi`
// hands its callback an api for the sandbox's owner with the methods the
// plugin calls, each typed as the declarations type it. Any other method
// throws, so nothing the plugin relies on is faked silently. Value
// transformers run in registration order, each given the value the last
// returned, as core's applyValueTransformer does.
// Leaves out: api versions, transformer name checks, the other methods.
import type Owner from "@ember/owner";
import type * as PluginApiModule from "discourse/lib/plugin-api";
import { SandboxComposer } from "./composer-model.ts";
import {
  registerModelAccessor,
  registerModelField,
} from "./model-extensions.ts";

type PluginApi = PluginApiModule.PluginApi;
type Transformer = Parameters<PluginApi["registerValueTransformer"]>[1];

const state = {
  owner: null as Owner | null,
  transformers: new Map<string, Transformer[]>(),
  trackedTopicProperties: new Set<string>(),
  discoveryQueryParams: new Map<string, unknown>(),
  called: new Set<string>(),
};

/** The owner the api's `container` and app events belong to. */
export function usePluginApiOwner(current: Owner | null) {
  state.owner = current;
  state.transformers.clear();
  state.trackedTopicProperties.clear();
  state.discoveryQueryParams.clear();
  state.called.clear();
}

/** The api methods plugins asked for since the owner was set, stood in or not. */
export function calledApiMethods(): ReadonlySet<string> {
  return state.called;
}

/** Core's applyValueTransformer, over what the plugin registered. */
export function applyValueTransformer<T>(
  name: string,
  value: T,
  context: unknown
): T {
  let result = value;
  for (const transform of state.transformers.get(name) ?? []) {
    result = transform({ value: result, context }) as T;
  }
  return result;
}

/** The topic properties plugins asked to be tracked (addTrackedTopicProperties). */
export function trackedTopicProperties(): ReadonlySet<string> {
  return state.trackedTopicProperties;
}

function owner(): Owner {
  if (!state.owner) {
    throw new Error("plugin-api stand-in: no owner; call usePluginApiOwner");
  }
  return state.owner;
}

interface AppEvents {
  on(name: string, callback: (...args: unknown[]) => void): void;
}

function standInApi() {
  const api: Partial<PluginApi> = {
    container: owner(),
    addModelField: (modelName, name, options) =>
      registerModelField(modelName, name, options?.defaultValue),
    addModelGetter: (modelName, name, getter) =>
      registerModelAccessor(modelName, name, { get: getter as never }),
    addModelAccessor: (modelName, name, accessor) =>
      registerModelAccessor(modelName, name, accessor as never),
    serializeToTopic: (fieldName, property) =>
      SandboxComposer.serializeToTopic(fieldName, property),
    serializeOnCreate: (fieldName, property) =>
      SandboxComposer.serializeOnCreate(fieldName, property),
    serializeToDraft: (fieldName, property) =>
      SandboxComposer.serializeToDraft(fieldName, property),
    registerValueTransformer: (name, callback) => {
      const list = state.transformers.get(name) ?? [];
      list.push(callback);
      state.transformers.set(name, list);
      return true;
    },
    onAppEvent: (name, callback) =>
      (owner().lookup("service:app-events") as AppEvents).on(name, callback),
    addTrackedTopicProperties: (...names) =>
      names.forEach((name) => state.trackedTopicProperties.add(name)),
    addDiscoveryQueryParam: (param, options) =>
      state.discoveryQueryParams.set(param, options),
  };
  return new Proxy(api, {
    get(target, property) {
      state.called.add(String(property));
      if (property in target) {
        return target[property as keyof typeof target];
      }
      throw new Error(
        `plugin-api stand-in: ${String(property)} is not stood in`
      );
    },
  }) as PluginApi;
}

export const withPluginApi: typeof PluginApiModule.withPluginApi = (callback) =>
  callback(standInApi(), {});
