// The benchmark page: the demo's styles, icons and locale, and the two
// in-browser benchmarks, which bench/browser.ts calls one per fresh page.
import "../../demo/demo.scss";
import I18n from "discourse-i18n";
import { installIconSprite } from "../../demo/icons.ts";
import type { BenchPage } from "./figures.ts";
import { benchFilter } from "./filter.ts";
import { benchRender } from "./render.ts";

declare global {
  interface Window {
    jobBoardBench?: BenchPage;
  }
}

I18n.locale = "fr";
installIconSprite(document);
window.jobBoardBench = { render: benchRender, filter: benchFilter };
