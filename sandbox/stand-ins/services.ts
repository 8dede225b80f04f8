// Stand-ins for core's app-events and composer services and for topics, on
// the path the browser tests take. The composer service saves as core's
// does (frontend/discourse/app/services/composer.js save): it asks the
// `composer-service-cannot-submit-post` transformer first (a refusal sets
// `lastValidatedAt` and triggers `composer-service:last-validated-at-updated`),
// then saves the model, then triggers `composer:saved` and, for an edit,
// `composer:edited-post`, before closing. A topic defines the properties
// plugins track (core: models/topic.js constructor) as tracked.
// Leaves out: drafts, slow mode, form templates, the dialog on a failed
// save, routing after the save; every other topic property.
import { tracked } from "@glimmer/tracking";
import EmberObject from "@ember/object";
import { getOwner } from "@ember/owner";
import Service, { service } from "@ember/service";
import {
  type ComposerTopic,
  createComposer,
  type EditOptions,
  type SandboxComposer,
} from "./composer-model.ts";
import { applyValueTransformer, trackedTopicProperties } from "./plugin-api.ts";

type Listener = (...args: unknown[]) => void;

export class SandboxAppEvents extends Service {
  #listeners = new Map<string, Set<Listener>>();

  on(name: string, listener: Listener) {
    const set = this.#listeners.get(name) ?? new Set();
    set.add(listener);
    this.#listeners.set(name, set);
  }

  trigger(name: string, ...args: unknown[]) {
    this.#listeners.get(name)?.forEach((listener) => listener(...args));
  }
}

export class SandboxComposerService extends Service {
  @service("app-events") declare appEvents: SandboxAppEvents;

  @tracked model: SandboxComposer | null = null;
  // Core sets it with Ember's set(), which templates follow.
  @tracked lastValidatedAt: number | null = null;
  // What core's open() was last asked for (services/composer.js): the
  // stand-in records it and opens nothing, since replies are not stood in.
  lastOpened: Record<string, unknown> | null = null;

  open(opts: Record<string, unknown>): Promise<void> {
    this.lastOpened = opts;
    return Promise.resolve();
  }

  openEdit(opts: EditOptions): SandboxComposer {
    this.model = createComposer(getOwner(this)!);
    this.model.openEdit(opts);
    return this.model;
  }

  async save() {
    const composer = this.model!;
    const blocked = applyValueTransformer(
      "composer-service-cannot-submit-post",
      false,
      { model: composer }
    );
    if (blocked) {
      this.lastValidatedAt = Date.now();
      this.appEvents.trigger("composer-service:last-validated-at-updated", {
        model: composer,
      });
      return;
    }
    await composer.save();
    this.appEvents.trigger("composer:saved");
    if (composer.editingPost) {
      this.appEvents.trigger("composer:edited-post");
    }
    this.model = null;
  }
}

export interface TopicJson {
  id: number;
  slug: string;
  title: string;
  category_id: number | null;
  details: { can_edit: boolean };
  [property: string]: unknown;
}

class SandboxTopic extends EmberObject {
  declare id: number;
  declare slug: string;
  declare category_id: number | null;

  get url() {
    return `/t/${this.slug}/${this.id}`;
  }

  get category() {
    return this.category_id ? { id: this.category_id } : null;
  }
}

/** A topic from its JSON, its plugin-tracked properties tracked. */
export function createTopic(json: TopicJson): ComposerTopic {
  const topic = SandboxTopic.create();
  for (const name of trackedTopicProperties()) {
    Object.defineProperty(
      topic,
      name,
      (tracked as unknown as TrackedDescriptor)(topic, name, {
        enumerable: true,
        configurable: true,
        initializer: () => undefined,
      })
    );
  }
  topic.setProperties(json);
  return topic as unknown as ComposerTopic;
}

type TrackedDescriptor = (
  target: object,
  key: string,
  desc: PropertyDescriptor & { initializer: () => unknown }
) => PropertyDescriptor;
