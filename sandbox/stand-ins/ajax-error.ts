// Stand-in for Discourse's `discourse/lib/ajax-error`: `popupAjaxError`
// shows core's error dialog; here the errors are kept so a test can say
// the user was told. Leaves out: the dialog and its message extraction.
import type * as AjaxError from "discourse/lib/ajax-error";

const shown: unknown[] = [];

export function shownAjaxErrors(): readonly unknown[] {
  return shown;
}

export function resetAjaxErrors() {
  shown.length = 0;
}

export const popupAjaxError: typeof AjaxError.popupAjaxError = (error) => {
  shown.push(error);
};
