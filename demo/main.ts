// The demo: the plugin's components on a few real postings, without
// Discourse. `?locale=en` switches to English; `?today=YYYY-MM-DD` sets the
// day the postings are judged on (by default a day in February 2022, when
// several of these postings were still open).
import { renderComponent } from "@ember/renderer";
import "./demo.scss";
import I18n from "discourse-i18n";
import { postingStatus } from "../assets/javascripts/discourse/lib/posting-status.ts";
import DemoPage, { type DemoPosting } from "./demo-page.gts";
import { installIconSprite } from "./icons.ts";
import data from "./postings.json";

const DEFAULT_TODAY = "2022-02-16";

interface FixturePosting {
  id: number;
  title: string;
  team: string | null;
  closes_at: string | null;
  status: "open" | "filled" | "closed" | null;
  topic_closed: boolean;
}

const params = new URLSearchParams(window.location.search);
const locale = params.get("locale") === "en" ? "en" : "fr";
const today = /^\d{4}-\d{2}-\d{2}$/.test(params.get("today") ?? "")
  ? (params.get("today") as string)
  : DEFAULT_TODAY;

I18n.locale = locale;
document.documentElement.lang = locale;

const postings: DemoPosting[] = (data.postings as FixturePosting[]).map(
  (posting) => ({
    id: posting.id,
    title: posting.title,
    team: posting.team,
    closesAt: posting.closes_at,
    status: postingStatus({
      status: posting.status,
      closesAt: posting.closes_at,
      topicClosed: posting.topic_closed,
      today,
    }),
  })
);

const otherLocale = new URLSearchParams(params);
otherLocale.set("locale", locale === "fr" ? "en" : "fr");

installIconSprite(document);
const root = document.createElement("div");
document.body.append(root);
renderComponent(DemoPage, {
  into: root,
  args: {
    postings,
    today: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(
      new Date(`${today}T12:00:00Z`)
    ),
    otherLocaleUrl: `?${otherLocale.toString()}`,
  },
});
