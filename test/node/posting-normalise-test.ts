import QUnit from "qunit";
import {
  DEFAULT_VOCABULARIES,
  employmentTypes,
  guessLocation,
  guessRemote,
  normaliseContracts,
  normaliseRole,
  normaliseTitle,
  type Vocabularies,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";
import {
  FULL_REMOTE,
  LOCATION_HINT,
  LOCATION_PATTERNS,
  PARTIAL_REMOTE,
  REMOTE_WORDS,
} from "../../assets/javascripts/discourse/lib/posting/normalise-place.ts";

const role = (
  text: string,
  vocabularies: Vocabularies = DEFAULT_VOCABULARIES
) => normaliseRole(text, vocabularies).code;
const contracts = (text: string) =>
  normaliseContracts(text, DEFAULT_VOCABULARIES);

QUnit.module("posting | role families", () => {
  const cases: Array<[string, string]> = [
    ["chargé·e de développement", "deploiement"],
    ["Chargé de développement de l'atelier numérique", "deploiement"],
    ["Chargée ou chargé de déploiement", "deploiement"],
    ["Chargé(e) de déploiement", "deploiement"],
    ["chargé-e de projets", "projet"],
    ["Chargé.e de communication", "communication"],
    ["un·e développeur·se", "developpement"],
    ["Un ou une développeur.se", "developpement"],
    ["Développeur·se·s Python / JS", "developpement"],
    ["DÉVELOPPEUSE FULL-STACK", "developpement"],
    ["Lead dev", "developpement"],
    ["CTO", "developpement"],
    ["développeur·se et DevOps", "developpement"],
    ["DevOps et développeur·se", "devops"],
    ["SRE", "devops"],
    ["Administrateur·ice système", "devops"],
    ["un·e responsable d'exploitation", "devops"],
    ["Data scientist", "data"],
    ["Product designer", "design"],
    ["Designer (UX/UI)", "design"],
    ["Recherche utilisateur", "design"],
    ["Product owner", "produit"],
    ["Product Manager", "produit"],
    ["Chef·fe de produit", "produit"],
    ["Intrapreneur·e", "produit"],
    ["Business développeur.se", "deploiement"],
    ["Bizdev", "deploiement"],
    ["Growth hacker", "deploiement"],
    ["Coach Mesure d'impact", "coach"],
    ["Responsable de portefeuille", "projet"],
    ["Chargé·e de mission", "projet"],
    ["Community manager", "support"],
    ["Opérateur‧rice de validation", "support"],
    ["Full-Stack Product Développeur·euse", "developpement"],
    ["Test de fiche de poste", "autre"],
    ["", "autre"],
  ];
  for (const [text, code] of cases) {
    QUnit.test(`« ${text} » → ${code}`, (assert) => {
      assert.strictEqual(role(text), code);
    });
  }

  QUnit.test("a code is itself", (assert) => {
    assert.strictEqual(role("coach"), "coach");
  });

  QUnit.test("a code an admin adds is found by its label", (assert) => {
    const vocabularies = {
      ...DEFAULT_VOCABULARIES,
      roles: [
        ...DEFAULT_VOCABULARIES.roles,
        { code: "juridique", fr: "Juriste", en: "Lawyer" },
      ],
    };
    assert.strictEqual(
      role("Un·e juriste numérique", vocabularies),
      "juridique"
    );
    assert.strictEqual(role("Un·e juriste numérique"), "autre");
  });

  QUnit.test(
    "a role family removed from the vocabulary is never returned",
    (assert) => {
      const vocabularies = {
        ...DEFAULT_VOCABULARIES,
        roles: DEFAULT_VOCABULARIES.roles.filter(
          (entry) => entry.code !== "coach"
        ),
      };
      assert.strictEqual(role("Coach", vocabularies), "autre");
    }
  );
});

QUnit.module("posting | contracts", () => {
  const cases: Array<[string, string[]]> = [
    ["indépendant/freelance", ["freelance"]],
    ["indépendent", ["freelance"]],
    ["Indépendant", ["freelance"]],
    ["préstataire", ["prestation"]],
    ["CDD 3 ans", ["cdd"]],
    ["contractuel (CDD 3 ans)", ["cdd"]],
    ["Fonctionaire A/A+ ou CDD 3 ans", ["fonctionnaire", "cdd"]],
    ["Freelance ou CDD", ["freelance", "cdd"]],
    ["CDI", ["cdi"]],
    ["stagiaire", ["stage"]],
    ["Alternance / apprentissage", ["alternance"]],
    ["Service civique", ["service_civique"]],
    ["détachement", ["fonctionnaire"]],
    ["à voir", []],
  ];
  for (const [text, codes] of cases) {
    QUnit.test(`« ${text} » → [${codes.join(", ")}]`, (assert) => {
      assert.deepEqual(contracts(text), codes);
    });
  }

  QUnit.test("schema.org employment types", (assert) => {
    assert.deepEqual(employmentTypes(["freelance", "prestation", "cdd"]), [
      "CONTRACTOR",
      "TEMPORARY",
    ]);
  });
});

QUnit.module("posting | titles", () => {
  const cases: Array<[string, string]> = [
    ["un·e développeur·se", "Développeur·se"],
    ["un.e chargé.e de projets", "Chargé.e de projets"],
    ["Un-e coach", "Coach"],
    ["un(e) designer", "Designer"],
    ["Une ou un Designer UX / UI", "Designer UX / UI"],
    [
      "Un développeur ou une développeuse full stack JS",
      "Développeur ou développeuse full stack JS",
    ],
    ["🚀 Un·e dev 🎉", "Dev"],
    ["Mobilic recherche un.e bizdev /", "Mobilic recherche un.e bizdev"],
    [
      "beta.gouv recherche : un·e responsable",
      "beta.gouv recherche : un·e responsable",
    ],
    ["Unité de soins", "Unité de soins"],
  ];
  for (const [raw, title] of cases) {
    QUnit.test(`« ${raw} »`, (assert) => {
      assert.strictEqual(normaliseTitle(raw), title);
      assert.strictEqual(normaliseTitle(title), title, "stable");
    });
  }
});

QUnit.module("posting | location and remote from the body", () => {
  const remote = (text: string) => guessRemote(text)?.value ?? null;
  const location = (text: string) => guessLocation(text)?.value ?? null;

  QUnit.test("remote", (assert) => {
    assert.strictEqual(
      remote("* Possibilité de 100% remote / bureaux à Paris 15e"),
      "full"
    );
    assert.strictEqual(
      remote(
        "**Localisation** : En télétravail avec des réunions à La Défense"
      ),
      "full"
    );
    assert.strictEqual(remote("- Télétravail partiel bienvenu"), "partial");
    assert.strictEqual(
      remote("- Basé à Paris (avec 2 jours de télétravail)"),
      "partial"
    );
    assert.strictEqual(remote("Nous aimons le travail d'équipe."), null);
  });

  QUnit.test("location", (assert) => {
    assert.strictEqual(location("Lieu : Paris"), "Paris");
    assert.strictEqual(location("- Lieu : à Lyon, dans nos locaux"), "Lyon");
    assert.strictEqual(
      location(
        "* Idéalement, poste basé à Marseille. Poste 100% en télétravail"
      ),
      "Marseille"
    );
    assert.strictEqual(
      location("- Poste basé chez beta.gouv.fr, à Paris, avec déplacements"),
      "Paris"
    );
    assert.strictEqual(
      location("- Localisation à Paris (20 avenue de Ségur)"),
      "Paris"
    );
    assert.strictEqual(
      location(
        "**Localisation** : En télétravail avec des réunions à La Défense"
      ),
      null
    );
    assert.strictEqual(
      location("Raphaëlle : coach basée à Paris"),
      null,
      "a team member's city is not the post's"
    );
    assert.strictEqual(
      location(
        "Lieu d'affectation (sans géolocalisation) : Ministère de la Culture"
      ),
      null
    );
  });

  QUnit.test(
    "the quick pre-checks let every line a pattern could match through",
    (assert) => {
      for (const pattern of [...FULL_REMOTE, ...PARTIAL_REMOTE]) {
        assert.true(
          REMOTE_WORDS.some((word) => pattern.source.includes(word)),
          `${pattern.source} names one of ${REMOTE_WORDS.join(", ")}`
        );
      }
      for (const pattern of LOCATION_PATTERNS) {
        assert.true(
          /ieu|ocalisation|as\[ée\]/.test(pattern.source),
          `${pattern.source} holds what LOCATION_HINT looks for`
        );
      }
      assert.true(LOCATION_HINT.test("Poste basée à Lyon"));
      assert.false(LOCATION_HINT.test("Nous aimons le travail d'équipe."));
    }
  );
});
