// Which front-matter key feeds which posting field. Both schemas, the
// canonical one serialise() writes, and the variants real files hold.

import { trimEdges } from "./bounds.ts";
import { fold } from "./text.ts";

/** What a key is read as. Several keys may feed one field; order is precedence. */
export const KEY_ALIASES = {
  title: ["title", "titre"],
  role: ["role", "roles"],
  contracts: ["contracts", "contrat", "contrats", "contract"],
  team: ["team", "equipe", "startup", "friend"],
  location: ["location", "lieu", "localisation"],
  place: ["place"],
  remote: ["remote", "teletravail"],
  opens_at: ["opens_at", "poste_ouvert", "post_ouvert", "date"],
  closes_at: ["closes_at", "poste_ferme", "depublication_date", "date_limite"],
  status: ["status"],
  open: ["open"],
  filled: ["poste_pourvu", "pourvu", "filled"],
  contact: ["contact", "contacts", "email", "e_mail", "mail"],
  apply_url: ["apply_url", "externalurl", "external_url", "url", "lien"],
  junior: ["junior"],
  pay_min: ["pay_min", "salaire_min", "remuneration_min", "salary_min"],
  pay_max: ["pay_max", "salaire_max", "remuneration_max", "salary_max"],
  pay_period: ["pay_period", "periode", "salary_period"],
  /** Pay as one line of text (« 45-55 k€ brut annuel »), read as a body line is. */
  pay: ["pay", "salaire", "remuneration", "salary"],
  /** A freelance day rate (« 500 », « 450-650 € »). */
  tjm: ["tjm"],
} as const;

export type KeyTarget = keyof typeof KEY_ALIASES;

/** Keys that real files carry and that a posting has no use for. */
export const IGNORED_KEYS = new Set([
  "type",
  "techno",
  "domaines",
  "domaine",
  "airtable_formulaire",
  "layout",
  "tags",
]);

const SCHEMA_HINTS = {
  incubateur: [
    "equipe",
    "contrat",
    "poste_ouvert",
    "post_ouvert",
    "poste_ferme",
    "poste_pourvu",
  ],
  beta: [
    "roles",
    "open",
    "startup",
    "date",
    "depublication_date",
    "techno",
    "domaines",
  ],
  canonical: ["contracts", "opens_at", "closes_at", "apply_url", "team"],
};

const ALIAS_TARGET = new Map<string, KeyTarget>(
  (Object.entries(KEY_ALIASES) as [KeyTarget, readonly string[]][]).flatMap(
    ([target, aliases]) =>
      aliases.map((alias) => [alias, target] as [string, KeyTarget])
  )
);

/**
 * Longer keys are no posting's: they are read as unknown (and named in the
 * warning cut to this length) without any pattern running over them.
 */
export const MAX_KEY_LENGTH = 100;

/** `External URL ` → `external_url`; `externalURL` → `externalurl`. */
export function canonicalKey(key: string): string {
  if (key.length > MAX_KEY_LENGTH) {
    return "";
  }
  const snake = fold(key)
    .replace(/[\s\-.]+/g, "_")
    .replace(/[^a-z0-9_]/g, "");
  return trimEdges(snake, /_/);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) {
    return false;
  }
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) {
      return false;
    }
    if (a.length > b.length) {
      i++;
    } else if (a.length < b.length) {
      j++;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export interface KeyReading {
  target: KeyTarget | null;
  /** The alias a typo was read as, when the key itself is not one. */
  guessedFrom?: string;
  ignored: boolean;
}

/** What a key means; typos one letter away from a known key of 5+ letters count. */
export function readKey(key: string): KeyReading {
  const canonical = canonicalKey(key);
  const target =
    ALIAS_TARGET.get(canonical) ??
    ALIAS_TARGET.get(canonical.replace(/_/g, ""));
  if (target) {
    return { target, ignored: false };
  }
  if (IGNORED_KEYS.has(canonical)) {
    return { target: null, ignored: true };
  }
  if (canonical.length >= 5) {
    for (const [alias, aliasTarget] of ALIAS_TARGET) {
      if (alias.length >= 5 && editDistanceAtMostOne(canonical, alias)) {
        return { target: aliasTarget, guessedFrom: alias, ignored: false };
      }
    }
  }
  return { target: null, ignored: false };
}

export function detectSchema(
  keys: string[]
): "incubateur" | "beta.gouv.fr" | "canonical" | "mixed" | "unknown" {
  const canonical = new Set(keys.map(canonicalKey));
  const has = (hints: string[]) => hints.some((hint) => canonical.has(hint));
  if (
    has(SCHEMA_HINTS.canonical) &&
    !has(SCHEMA_HINTS.incubateur) &&
    !has(SCHEMA_HINTS.beta)
  ) {
    return "canonical";
  }
  const incubateur = has(SCHEMA_HINTS.incubateur);
  const beta = has(SCHEMA_HINTS.beta);
  if (incubateur && beta) {
    return "mixed";
  }
  return incubateur ? "incubateur" : beta ? "beta.gouv.fr" : "unknown";
}
