// The sandbox's Ember application: no routes or services of its own, it only
// hosts rendering tests and the demo's components.
import EmberApp from "ember-strict-application-resolver";

export default class SandboxApp extends EmberApp {
  modules = {};
}
