// Default vocabularies (DESIGN.md). Plain data: admins will replace them from
// site settings, so every function takes the vocabularies as an argument.

import type { ContractEntry, RoleEntry, Vocabularies } from "./types.ts";

/** The code every role falls back to; keep it in any edited vocabulary. */
export const FALLBACK_ROLE = "autre";

export const DEFAULT_ROLES: readonly RoleEntry[] = Object.freeze([
  { code: "developpement", fr: "Développement", en: "Software development" },
  { code: "devops", fr: "DevOps / Ops", en: "DevOps / Ops" },
  { code: "data", fr: "Data", en: "Data" },
  { code: "design", fr: "Design", en: "Design" },
  { code: "produit", fr: "Produit", en: "Product" },
  {
    code: "deploiement",
    fr: "Déploiement / Bizdev",
    en: "Deployment / Bizdev",
  },
  { code: "coach", fr: "Coach", en: "Coach" },
  { code: "projet", fr: "Chargé·e de projets", en: "Project officer" },
  { code: "support", fr: "Support & animation", en: "Support & community" },
  { code: "communication", fr: "Communication", en: "Communication" },
  { code: FALLBACK_ROLE, fr: "Autre", en: "Other" },
]);

export const DEFAULT_CONTRACTS: readonly ContractEntry[] = Object.freeze([
  {
    code: "cdi",
    fr: "CDI",
    en: "Permanent contract",
    employmentType: "FULL_TIME",
  },
  {
    code: "cdd",
    fr: "CDD / contractuel·le",
    en: "Fixed-term contract",
    employmentType: "TEMPORARY",
  },
  {
    code: "fonctionnaire",
    fr: "Fonctionnaire / détachement",
    en: "Civil servant / secondment",
    employmentType: "OTHER",
  },
  {
    code: "freelance",
    fr: "Freelance / indépendant·e",
    en: "Freelance",
    employmentType: "CONTRACTOR",
  },
  {
    code: "prestation",
    fr: "Prestation (marché, ESN)",
    en: "Service contract (agency)",
    employmentType: "CONTRACTOR",
  },
  { code: "stage", fr: "Stage", en: "Internship", employmentType: "INTERN" },
  {
    code: "alternance",
    fr: "Alternance",
    en: "Work-study",
    employmentType: "INTERN",
  },
  {
    code: "service_civique",
    fr: "Service civique",
    en: "Civic service",
    employmentType: "VOLUNTEER",
  },
]);

export const DEFAULT_VOCABULARIES: Vocabularies = Object.freeze({
  roles: DEFAULT_ROLES as RoleEntry[],
  contracts: DEFAULT_CONTRACTS as ContractEntry[],
});

export function hasRole(vocabularies: Vocabularies, code: string): boolean {
  return vocabularies.roles.some((entry) => entry.code === code);
}

export function hasContract(vocabularies: Vocabularies, code: string): boolean {
  return vocabularies.contracts.some((entry) => entry.code === code);
}

/** The schema.org employmentType values of contract codes, deduplicated. */
export function employmentTypes(
  codes: readonly string[],
  vocabularies: Vocabularies = DEFAULT_VOCABULARIES
): string[] {
  const types = codes
    .map((code) => vocabularies.contracts.find((entry) => entry.code === code))
    .map((entry) => entry?.employmentType)
    .filter((type): type is string => typeof type === "string");
  return [...new Set(types)];
}
