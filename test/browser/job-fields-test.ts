// What counts as a change of a posting's field, for an edit's PUT /t/:id.
import { module, test } from "qunit";
import { changedTopicFields } from "discourse/plugins/discourse-job-board/discourse/lib/job-fields";
import { postingJob } from "./support/discourse.ts";

module("Browser | job fields | changedTopicFields", function () {
  test("compares fields as the server stores them", function (assert) {
    const stored = postingJob({ location: null, contracts: ["cdd"] });
    assert.deepEqual(
      changedTopicFields(stored, {
        ...stored,
        location: "  ",
        team: " ANCT ",
        contracts: ["cdd", ""],
      }),
      {},
      "blank text is no text; surrounding spaces and empty contracts are dropped"
    );
    assert.deepEqual(
      changedTopicFields(stored, {
        ...stored,
        contracts: ["freelance", "cdd"],
        junior: true,
        closes_at: null,
      }),
      {
        job_contracts: ["freelance", "cdd"],
        job_closes_at: null,
        job_junior: true,
      }
    );
  });
});
