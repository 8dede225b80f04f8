// The role family of a free-text role or title. Every pattern is searched
// and the match that starts first wins, so a title naming two roles takes
// the first one, and « chargé·e de développement » (business development)
// beats the « développement » inside it. Text is folded first (no accents,
// inclusive writing joined up: « développeur·se » → « developpeurse »).

import { MAX_PATTERN_TEXT } from "./bounds.ts";
import { foldInclusive } from "./text.ts";
import type { Vocabularies } from "./types.ts";
import { FALLBACK_ROLE } from "./vocabularies.ts";

/** « chargé·e », « chargée ou chargé », then « de »/« d' »/« du ». */
const CHARGE = String.raw`\bcharge\w*(?: ou charge\w*)? (?:de la |de l'|des |de |du |d')?`;

/** In order: on a tie at the same position, the earlier pattern wins. */
export const ROLE_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  // « chargé·e de déploiement de portefeuille » follows a portfolio of projects.
  [
    new RegExp(
      CHARGE + String.raw`(?:deploiement|suivi) (?:de |d'|du )?portefeuilles?\b`
    ),
    "projet",
  ],
  [
    new RegExp(
      CHARGE +
        String.raw`(?:developpement|deploiement|business|affaires|operations)`
    ),
    "deploiement",
  ],
  [
    new RegExp(CHARGE + String.raw`(?:projets?|mission|portefeuilles?)\b`),
    "projet",
  ],
  [
    new RegExp(CHARGE + String.raw`(?:communication|contenus?|redaction)`),
    "communication",
  ],
  [
    new RegExp(CHARGE + String.raw`(?:support|animation|accompagnement)`),
    "support",
  ],
  [
    /\bbusiness ?dev\w*|\bbiz ?dev\w*|\bgrowth\b|\bdeploiement\b|\bdeveloppement commercial/,
    "deploiement",
  ],
  [
    /\bchef\w* de (?:projets?|mission)\b|\bproject manager|\bportefeuilles?\b|\bresponsables? de (?:projets?|mission)\b/,
    "projet",
  ],
  [
    /\bproduct ?(?:manager|owner|lead)\b|\bchef\w* de produit|\bresponsables? (?:de |du )?produit|\bintrapreneu\w*|\bpm\b|\bpo\b/,
    "produit",
  ],
  [/\bcoach\w*/, "coach"],
  [
    /\bdesign\w*|\bux\b|\bui\b|\bux ?ui\b|\brecherche utilisat\w*|\buser ?research\w*|\bergonom\w*/,
    "design",
  ],
  [
    /\bdevops\b|\bsre\b|\bops\b|\bsysadmin\w*|\badministrat\w* (?:systemes?|reseaux?)\b|\bexploitation\b|\binfrastructure engineer/,
    "devops",
  ],
  [
    /\bdata\b|\bdonnees\b|\bdatascien\w*|\bdata ?(?:analyst|engineer|scientist)/,
    "data",
  ],
  [
    /\bdevelop\w*|\bdev\b|\bfull ?stack\b|\bfront ?end\b|\bback ?end\b|\btech ?lead\b|\blead dev\w*|\bcto\b|\bresponsables? techniques?\b|\bprogramm\w*|\bingenieu\w* (?:logiciel|developpement|web)\b/,
    "developpement",
  ],
  [
    /\bsupport\b|\bcommunity ?manag\w*|\banimat\w*|\boperat\w* de validation\b|\bhelp ?desk\b/,
    "support",
  ],
  [/\bcommunication\b|\bcontenus?\b|\bredact\w*/, "communication"],
];

export interface RoleReading {
  code: string;
  /** False when nothing in the text named a role family. */
  recognised: boolean;
}

function firstMatch(
  folded: string,
  patterns: ReadonlyArray<readonly [RegExp, string]>
): string | null {
  let best: { index: number; code: string } | null = null;
  for (const [pattern, code] of patterns) {
    const match = pattern.exec(folded);
    if (match && (best === null || match.index < best.index)) {
      best = { index: match.index, code };
    }
  }
  return best?.code ?? null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Patterns from the vocabulary itself, so codes an admin adds are found by their labels. */
function labelPatterns(
  vocabularies: Vocabularies
): Array<readonly [RegExp, string]> {
  return vocabularies.roles
    .filter((entry) => entry.code !== FALLBACK_ROLE)
    .flatMap((entry) =>
      [entry.fr, entry.en]
        .map((label) => foldInclusive(label))
        .filter((label) => label.length >= 3)
        .map(
          (label) =>
            [new RegExp(`\\b${escapeRegExp(label)}\\b`), entry.code] as const
        )
    );
}

export function fallbackRole(vocabularies: Vocabularies): string {
  const codes = vocabularies.roles.map((entry) => entry.code);
  return codes.includes(FALLBACK_ROLE)
    ? FALLBACK_ROLE
    : (codes[codes.length - 1] ?? FALLBACK_ROLE);
}

export function normaliseRole(
  text: string,
  vocabularies: Vocabularies
): RoleReading {
  if (text.length > MAX_PATTERN_TEXT) {
    return { code: fallbackRole(vocabularies), recognised: false };
  }
  const folded = foldInclusive(text);
  const known = new Set(vocabularies.roles.map((entry) => entry.code));
  const exact = vocabularies.roles.find((entry) => entry.code === text.trim());
  if (exact) {
    return { code: exact.code, recognised: true };
  }
  const builtIn = firstMatch(
    folded,
    ROLE_PATTERNS.filter(([, code]) => known.has(code))
  );
  const code = builtIn ?? firstMatch(folded, labelPatterns(vocabularies));
  return code
    ? { code, recognised: true }
    : { code: fallbackRole(vocabularies), recognised: false };
}
