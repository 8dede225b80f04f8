// The demo: the plugin's components on the bundled sample postings, in a
// page laid out like a Discourse category, without Discourse. All its state
// is in the URL query (see url-state.ts).
import { renderComponent } from "@ember/renderer";
import "./demo.scss";
import I18n, { i18n } from "discourse-i18n";
import { DEFAULT_VOCABULARIES } from "../assets/javascripts/discourse/lib/posting/vocabularies.ts";
import { loadPostings } from "./data.ts";
import DemoApp from "./demo-app.gts";
import { demoOwner } from "./demo-owner.ts";
import { installIconSprite } from "./icons.ts";
import { readState } from "./url-state.ts";

const { locale } = readState(window.location.search, DEFAULT_VOCABULARIES);
I18n.locale = locale;
document.documentElement.lang = locale;
document.title = i18n("discourse_job_board.demo.title");

installIconSprite(document);
const root = document.createElement("div");
document.body.append(root);
renderComponent(DemoApp, {
  into: root,
  owner: demoOwner(DEFAULT_VOCABULARIES),
  args: { postings: loadPostings(), vocabularies: DEFAULT_VOCABULARIES },
});
