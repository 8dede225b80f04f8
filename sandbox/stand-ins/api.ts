// Stand-in for Discourse's `discourse/lib/api`: an api initializer whose
// `initialize` runs the callback with the plugin-api stand-in.
import type * as Api from "discourse/lib/api";
import { withPluginApi } from "./plugin-api.ts";

export const apiInitializer: typeof Api.apiInitializer = (callback) => ({
  name: "sandbox-api-initializer",
  after: "inject-objects",
  initialize() {
    return withPluginApi(callback);
  },
});
