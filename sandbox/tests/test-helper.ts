import { setApplication } from "@ember/test-helpers";
import { setupEmberOnerrorValidation, start } from "ember-qunit";
import * as QUnit from "qunit";
import { setup } from "qunit-dom";
import SandboxApp from "../app.ts";

setApplication(
  SandboxApp.create({ autoboot: false, rootElement: "#ember-testing" })
);
setup(QUnit.assert);
setupEmberOnerrorValidation();

import.meta.glob("../../test/browser/**/*-test.{ts,gts}", { eager: true });

start();
