import QUnit from "qunit";
import { DEFAULT_FILTERS } from "../../assets/javascripts/discourse/lib/board-filters.ts";
import {
  findFollow,
  followedFilters,
  followsNothing,
  sameFilters,
} from "../../assets/javascripts/discourse/lib/board-follow-match.ts";
import {
  followFromJson,
  followToQuery,
} from "../../assets/javascripts/discourse/lib/board-follows.ts";

const { module, test } = QUnit;

module("board-follows", () => {
  test("a follow keeps the filters, not the state nor the order", (assert) => {
    const follow = followedFilters({
      ...DEFAULT_FILTERS,
      role: "design",
      q: "  ux   research ",
      status: "closed",
      sort: "closing",
    });
    assert.deepEqual(follow, {
      roles: ["design"],
      contracts: [],
      place: null,
      remote: null,
      q: "ux research",
    });
    assert.deepEqual(followToQuery(follow), {
      job_role: ["design"],
      job_q: "ux research",
    });
  });

  test("no filter follows every posting and sends nothing", (assert) => {
    const follow = followedFilters(DEFAULT_FILTERS);
    assert.true(followsNothing(follow));
    assert.deepEqual(followToQuery(follow), {});
    assert.false(followsNothing({ ...follow, remote: "full" }));
  });

  test("the same filters match whatever the lists' order and the words' case or accents", (assert) => {
    const saved = followFromJson({
      id: 3,
      job_role: ["data", "coach"],
      job_contract: null,
      job_place: "reg-53",
      job_q: "Développeur",
    });
    const wanted = {
      roles: ["coach", "data"],
      contracts: [],
      place: "reg-53",
      remote: null,
      q: "developpeur",
    };
    assert.true(sameFilters(saved, wanted));
    assert.strictEqual(findFollow([saved], wanted)?.id, 3);
    assert.false(sameFilters(saved, { ...wanted, place: "dep-35" }));
    assert.false(sameFilters(saved, { ...wanted, roles: ["coach"] }));
    assert.strictEqual(findFollow(null, wanted), undefined);
  });
});
