// Stand-in for Discourse's `discourse/ui-kit/helpers/d-icon`: the same SVG
// markup (a <use> of the icon's symbol, hidden from assistive technology),
// as trusted HTML.
import { trustHTML } from "@ember/template";
import type discourseIcon from "discourse/ui-kit/helpers/d-icon";

const SAFE_ID = /^[a-z0-9-]+$/;

const icon: typeof discourseIcon = (id: string) => {
  if (!SAFE_ID.test(id)) {
    throw new Error(`d-icon stand-in: unexpected icon id ${id}`);
  }
  return trustHTML(
    `<svg class="fa d-icon d-icon-${id} svg-icon svg-string" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><use href="#${id}"></use></svg>`
  );
};

export default icon;
