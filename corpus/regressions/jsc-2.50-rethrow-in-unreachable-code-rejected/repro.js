// JavaScriptCore 2.50: a valid module whose unreachable code holds
// `try ... catch_all ... rethrow 0 ... end` is rejected ("rethrow doesn't
// refer to a catch block"). module.wat is the module below as text.
//
//   jsc repro.js         exits 0 where it is fixed; where the bug is, throws:
//                        the jsc shell exits 3 (its status for an uncaught
//                        exception; `quit(n)` always exits 0)
//   node repro.js / d8 repro.js          PASS (exit 1 on FAIL)
const log = typeof print === 'function' ? print : console.log;
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 11, 1, 9, 0, 0, 6, 64, 25, 9,
  0, 11, 11,
]);
let module;
try {
  module = new WebAssembly.Module(bytes);
} catch (e) {
  log('rejected: ' + e.message);
  throw new Error('FAIL: a valid module was rejected');
}
// Valid, and it traps at its `unreachable` as it should.
try {
  new WebAssembly.Instance(module).exports.f();
} catch (e) {
  log('f() trapped: ' + e.message);
}
log('PASS');
