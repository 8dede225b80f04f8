// Small readers for single values: booleans, status words, e-mail, URL,
// remote mode. Each returns null when the value says nothing usable.

import type { PostingStatus } from "../posting-status.ts";
import { fold, scalarText } from "./text.ts";
import type { RemoteMode } from "./types.ts";
import { EMAIL_SYNTAX, isHttpUrl } from "./wire-text.ts";

// The front end reads the address and link rules from here too.
export { EMAIL_SYNTAX, isHttpUrl };

const TRUE_WORDS = new Set(["true", "yes", "oui", "vrai", "1", "y", "o"]);
const FALSE_WORDS = new Set(["false", "no", "non", "faux", "0", "n"]);

export function readBoolean(value: unknown): boolean | null {
  if (typeof value === "boolean") {
    return value;
  }
  const text = scalarText(value);
  if (text === null) {
    return null;
  }
  const folded = fold(text);
  return TRUE_WORDS.has(folded) ? true : FALSE_WORDS.has(folded) ? false : null;
}

const STATUS_WORDS: Record<string, PostingStatus> = {
  open: "open",
  opened: "open",
  ouvert: "open",
  ouverte: "open",
  active: "open",
  filled: "filled",
  pourvu: "filled",
  pourvue: "filled",
  closed: "closed",
  close: "closed",
  clos: "closed",
  ferme: "closed",
  fermee: "closed",
  cloture: "closed",
  cloturee: "closed",
  archived: "closed",
  archive: "closed",
};

export function readStatus(value: unknown): PostingStatus | null {
  const text = scalarText(value);
  return text === null ? null : (STATUS_WORDS[fold(text)] ?? null);
}

const REMOTE_WORDS: Record<string, RemoteMode> = {
  none: "none",
  non: "none",
  aucun: "none",
  no: "none",
  false: "none",
  presentiel: "none",
  partial: "partial",
  partiel: "partial",
  hybride: "partial",
  hybrid: "partial",
  full: "full",
  total: "full",
  complet: "full",
  true: "full",
  oui: "full",
  yes: "full",
};

export function readRemote(value: unknown): RemoteMode | null {
  const text = scalarText(value);
  return text === null ? null : (REMOTE_WORDS[fold(text)] ?? null);
}

// What ends an address inside text, for readEmail: it stops at anything
// invisible too.
const EMAIL_DELIMITER = /[\s\p{Cc}\p{Cf}@<>()[\]\\,;:"']/u;
/** RFC 5321's limit on a whole address bounds each side of an "@". */
const MAX_ADDRESS_LENGTH = 254;

// The address around the "@" at `at`, read outwards to the first delimiter.
// Each "@" costs at most twice the address limit, so a long contact value
// with no address in it is read in linear time (an unanchored regular
// expression took seconds on 50,000 characters).
function addressAround(text: string, at: number): string {
  let start = at;
  while (
    start > 0 &&
    at - start < MAX_ADDRESS_LENGTH &&
    !EMAIL_DELIMITER.test(text[start - 1])
  ) {
    start--;
  }
  let end = at + 1;
  while (
    end < text.length &&
    end - at < MAX_ADDRESS_LENGTH &&
    !EMAIL_DELIMITER.test(text[end])
  ) {
    end++;
  }
  return text
    .slice(start, end)
    .replace(/^mailto:/i, "")
    .replace(/\.+$/, "");
}

/** The e-mail address in a contact value (« Nom <a@b.fr> », « mailto:a@b.fr »). */
export function readEmail(value: unknown): string | null {
  const text = scalarText(value);
  if (text === null) {
    return null;
  }
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    const candidate = addressAround(text, at);
    if (EMAIL_SYNTAX.test(candidate)) {
      return candidate;
    }
  }
  return null;
}

export function readUrl(value: unknown): string | null {
  const text = scalarText(value);
  return text !== null && isHttpUrl(text) ? text : null;
}
