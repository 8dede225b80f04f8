// The demo's SVG sprite: Discourse ships Font Awesome symbols in the page and
// its icon helper refers to them with <use href="#name">; the demo does the
// same with the icons the plugin uses.
const SOURCES = import.meta.glob<string>(
  "../node_modules/@fortawesome/fontawesome-free/svgs/solid/{door-open,hourglass-half,calendar-day,calendar-xmark,user-check,lock,arrow-up-right-from-square,envelope,circle-info,circle-exclamation,seedling,unlock,arrow-rotate-left,magnifying-glass,file-import,triangle-exclamation,check,plus,rss,bell,xmark,angle-down,sliders}.svg",
  { query: "?raw", import: "default", eager: true }
);

export function installIconSprite(document: Document): void {
  const parser = new DOMParser();
  const sprite = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  sprite.setAttribute("aria-hidden", "true");
  sprite.style.display = "none";

  for (const [path, source] of Object.entries(SOURCES)) {
    const id = path.replace(/^.*\/|\.svg$/g, "");
    const svg = parser.parseFromString(source, "image/svg+xml").documentElement;
    const symbol = document.createElementNS(
      "http://www.w3.org/2000/svg",
      "symbol"
    );
    symbol.id = id;
    symbol.setAttribute("viewBox", svg.getAttribute("viewBox") ?? "");
    symbol.append(...Array.from(svg.querySelectorAll("path")));
    sprite.append(symbol);
  }
  document.body.prepend(sprite);
}
