// Stand-in for Discourse's `discourse/ui-kit/helpers/d-icon`: as in core,
// the icon library's markup, trusted.
import { trustHTML } from "@ember/template";
import type discourseIcon from "discourse/ui-kit/helpers/d-icon";
import { iconHTML } from "./icon-library.ts";

const icon: typeof discourseIcon = (id: string, options = {}) =>
  trustHTML(iconHTML(id, options));

export default icon;
