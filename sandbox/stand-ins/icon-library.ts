// Stand-in for Discourse's `discourse/lib/icon-library`: its default
// (Font Awesome) renderer, as markup for `iconHTML` (what the d-icon helper
// renders) and as an SVG element for `iconElement`. Both draw a <use> of the
// icon's symbol in the sprite, hidden from assistive technology, with
// core's classes.
import type * as IconLibrary from "discourse/lib/icon-library";

export const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

const SAFE_ID = /^[a-z0-9-]+$/;

interface IconParams {
  class?: string;
}

function classesOf(id: string, params: IconParams | undefined): string {
  if (!SAFE_ID.test(id)) {
    throw new Error(`icon-library stand-in: unexpected icon id ${id}`);
  }
  const extra = params?.class ? ` ${params.class}` : "";
  return `fa d-icon d-icon-${id} svg-icon fa-width-auto${extra}`;
}

export const iconHTML: typeof IconLibrary.iconHTML = (
  id: string,
  params?: IconParams
) =>
  `<svg class="${classesOf(id, params)} svg-string" width="1em" height="1em" aria-hidden="true" xmlns="${SVG_NAMESPACE}"><use href="#${id}"></use></svg>`;

export const iconElement: typeof IconLibrary.iconElement = (
  id: string,
  params?: IconParams
): SVGSVGElement => {
  const svg = document.createElementNS(SVG_NAMESPACE, "svg");
  svg.setAttribute("class", `${classesOf(id, params)} svg-node`);
  svg.setAttribute("width", "1em");
  svg.setAttribute("height", "1em");
  svg.setAttribute("aria-hidden", "true");
  const use = document.createElementNS(SVG_NAMESPACE, "use");
  use.setAttribute("href", `#${id}`);
  svg.append(use);
  return svg;
};
