// Contract codes from free text: « indépendant/freelance », « préstataire »,
// « contractuel (CDD 3 ans) », « Fonctionaire A/A+ ou CDD 3 ans » (two codes).
// Codes come out in the order the text names them, without duplicates.

import { MAX_PATTERN_TEXT } from "./bounds.ts";
import { plain } from "./normalise-place.ts";
import { fold, foldLines } from "./text.ts";
import type { Vocabularies } from "./types.ts";

export const CONTRACT_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcdi\b|\bcontrat a duree indeterminee/g, "cdi"],
  [/\bcdd\b|\bcontractuel\w*|\bcontrat a duree determinee/g, "cdd"],
  [/\bfonctionn?aires?\b|\bdetachement\b|\btitulaires?\b/g, "fonctionnaire"],
  [
    /\bfree ?-?lances?\b|\bind[eé]p[ae]nd[ae]nt\w*|\bauto ?-?entrepreneu\w*|\bportage\b/g,
    "freelance",
  ],
  [
    /\bpr[eé]?stat\w*|\besn\b|\bmarche public\b|\bsous ?-?trait\w*/g,
    "prestation",
  ],
  [/\bstag\w*/g, "stage"],
  [/\balternan\w*|\bapprenti\w*/g, "alternance"],
  [/\bservice civique\b/g, "service_civique"],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Codes an admin added are found by their code and labels. */
function vocabularyPatterns(
  vocabularies: Vocabularies
): Array<readonly [RegExp, string]> {
  return vocabularies.contracts.flatMap((entry) =>
    [entry.code.replace(/_/g, " "), entry.fr, entry.en]
      .map((label) => fold(label))
      .filter((label) => label.length >= 3)
      .map(
        (label) =>
          [new RegExp(`\\b${escapeRegExp(label)}\\b`, "g"), entry.code] as const
      )
  );
}

type ContractPatterns = ReadonlyArray<readonly [RegExp, string]>;

// Built once per contract list: folding the labels and compiling their
// patterns cost more than running them, and every file of an import run
// reads its contracts against the same vocabularies.
const PATTERNS_BY_CONTRACTS = new WeakMap<
  Vocabularies["contracts"],
  ContractPatterns
>();

function contractPatterns(vocabularies: Vocabularies): ContractPatterns {
  const { contracts } = vocabularies;
  let patterns = PATTERNS_BY_CONTRACTS.get(contracts);
  if (!patterns) {
    const known = new Set(contracts.map((entry) => entry.code));
    patterns = [
      ...CONTRACT_PATTERNS,
      ...vocabularyPatterns(vocabularies),
    ].filter(([, code]) => known.has(code));
    PATTERNS_BY_CONTRACTS.set(contracts, patterns);
  }
  return patterns;
}

function findContracts(text: string, patterns: ContractPatterns): string[] {
  if (text.length > MAX_PATTERN_TEXT) {
    return [];
  }
  return findInFolded(fold(text), patterns);
}

/** findContracts on text fold() already gave (the body's lines are). */
function findInFolded(folded: string, patterns: ContractPatterns): string[] {
  const spaced = folded.replace(/_/g, " ");
  const found: Array<{ index: number; code: string }> = [];
  for (const [pattern, code] of patterns) {
    pattern.lastIndex = 0;
    const match = pattern.exec(spaced);
    if (match) {
      found.push({ index: match.index, code });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((entry) => entry.code))];
}

export function normaliseContracts(
  text: string,
  vocabularies: Vocabularies
): string[] {
  return findContracts(text, contractPatterns(vocabularies));
}

/** A list of codes (the canonical schema) or free text (the Incubateur's). */
export function normaliseContractValue(
  value: unknown,
  vocabularies: Vocabularies
): string[] {
  if (Array.isArray(value)) {
    const codes = value.flatMap((item) => {
      if (typeof item !== "string") {
        return [];
      }
      const exact = vocabularies.contracts.find(
        (entry) => entry.code === item.trim()
      );
      return exact ? [exact.code] : normaliseContracts(item, vocabularies);
    });
    return [...new Set(codes)];
  }
  return typeof value === "string"
    ? normaliseContracts(value, vocabularies)
    : [];
}

const BODY_CONTRACT_LINE = new RegExp(
  [
    String.raw`^\W*(?:type de )?(?:contrat|statut)\W*:`,
    String.raw`^\W*(?:freelance|cdd|cdi|stage|alternance|independant)`,
    String.raw`\bposte (?:ouvert|reserve)\w* (?:pour|aux?)\b`,
    String.raw`\bcontrat (?:en |d'|de |freelance|a duree)`,
    String.raw`\bstatut (?:de |d')`,
    String.raw`\bsous forme (?:de |d')`,
    String.raw`\ben (?:freelance|cdd|cdi|stage|alternance)\b`,
  ].join("|")
);

/**
 * Contract codes from the lines of a body that plainly state the contract
 * (« Statut : freelance », « Poste ouvert pour un·e indépendant·e »).
 */
export function contractsFromBody(
  body: string,
  vocabularies: Vocabularies,
  lines: readonly string[] = foldLines(plain(body))
): { codes: string[]; line: number | null } {
  const codes: string[] = [];
  let first: number | null = null;
  lines.forEach((folded, index) => {
    if (folded.length < 400 && BODY_CONTRACT_LINE.test(folded)) {
      const found = findInFolded(folded, contractPatterns(vocabularies));
      if (found.length > 0 && first === null) {
        first = index;
      }
      codes.push(...found);
    }
  });
  return { codes: [...new Set(codes)], line: first };
}
