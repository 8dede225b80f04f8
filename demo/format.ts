// The demo's counts are grouped as the plugin's filter bar groups them.
export { formatCount } from "../assets/javascripts/discourse/lib/format-count.ts";
