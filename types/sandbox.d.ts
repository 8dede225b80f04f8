// What our own test toolchain adds to the types: qunit-dom's assert.dom.
/// <reference types="vite/client" />
import "qunit-dom";
