// The composer's place choices, from the small list derived from
// @etalab/decoupage-administratif (posting/places-data.ts): not specified,
// then each région as a group holding the région itself and its
// départements, then abroad. Pure: Node tests cover it, the form renders it.

import type { Translate } from "./posting/messages.ts";
import { placeEntry, placeMenu } from "./posting/places.ts";
import type { FormOption } from "./posting-form.ts";

export interface PlaceOptionGroup {
  /** The région's official name, as the group's label. */
  label: string;
  options: FormOption[];
}

export interface PlaceOptions {
  /** « Non précisé », and a chosen code the list does not know (shown as itself, not lost). */
  before: FormOption[];
  groups: PlaceOptionGroup[];
  /** « À l’étranger ». */
  after: FormOption[];
}

const SCOPE = "discourse_job_board.composer.fields.place";

export function placeOptions(
  current: string | null,
  translate: Translate
): PlaceOptions {
  const chosen = current ?? "";
  const option = (value: string, label: string): FormOption => ({
    value,
    label,
    selected: value === chosen,
  });
  const before = [option("", translate(`${SCOPE}.unset`))];
  if (chosen !== "" && !placeEntry(chosen)) {
    before.push(option(chosen, chosen));
  }
  const groups: PlaceOptionGroup[] = [];
  for (const entry of placeMenu()) {
    if (entry.kind === "region") {
      groups.push({
        label: entry.name,
        options: [
          option(
            entry.code,
            translate(`${SCOPE}.whole_region`, { region: entry.name })
          ),
        ],
      });
    } else {
      const number = entry.code.slice("dep-".length);
      groups
        .at(-1)
        ?.options.push(option(entry.code, `${entry.name} (${number})`));
    }
  }
  return {
    before,
    groups,
    after: [option("abroad", translate(`${SCOPE}.abroad`))],
  };
}
