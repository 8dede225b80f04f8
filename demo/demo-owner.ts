// What the demo's components look up in place of Discourse's container:
// the job-board service's vocabularies, which the plugin's role cell reads
// (core: the topic list renders the `topic-list-columns` cells inside the
// app, where `@service jobBoard` resolves), and the follow button's store.
// Nothing else is looked up.
import type { Vocabularies } from "../assets/javascripts/discourse/lib/posting/types.ts";
import { DemoFollows } from "./demo-follows.ts";

export function demoOwner(vocabularies: Vocabularies): object {
  const services: Record<string, unknown> = {
    "service:job-board": { vocabularies },
    // « Suivre ces filtres », kept in localStorage (demo-follows.ts).
    "service:job-board-follows": new DemoFollows(),
  };
  // `@service jobBoard` asks for "service:jobBoard": Ember's resolver
  // dasherizes the name before looking it up, and so does this owner.
  return {
    lookup: (name: string) =>
      services[name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)],
  };
}
