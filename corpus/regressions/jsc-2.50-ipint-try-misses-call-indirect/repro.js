// JavaScriptCore 2.50 (IPInt): a legacy `try` whose body ends with
// `call_indirect` does not catch what the callee throws. module.wat is the
// module below as text.
//
//   jsc repro.js         exits 0 where it is fixed; where the bug is, throws:
//                        the jsc shell exits 3 (its status for an uncaught
//                        exception; `quit(n)` always exits 0)
//   jsc --useWasmIPInt=false repro.js    the old interpreter: PASS
//   node repro.js / d8 repro.js          PASS (exit 1 on FAIL)
const log = typeof print === 'function' ? print : console.log;
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 2, 96, 0, 0, 96, 0, 1, 127, 3, 4, 3, 0, 1, 1, 4, 4, 1, 112, 0, 1, 13, 3, 1, 0, 0,
  7, 21, 2, 8, 105, 110, 100, 105, 114, 101, 99, 116, 0, 1, 6, 100, 105, 114, 101, 99, 116, 0, 2, 9, 7, 1, 0, 65, 0,
  11, 1, 0, 10, 43, 3, 4, 0, 8, 0, 11, 19, 1, 1, 127, 6, 64, 65, 0, 17, 0, 0, 25, 65, 1, 33, 0, 11, 32, 0, 11, 16, 1,
  1, 127, 6, 64, 16, 0, 25, 65, 1, 33, 0, 11, 32, 0, 11,
]);
const x = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
const result = (f) => {
  try {
    return String(f());
  } catch (e) {
    return 'the exception escaped the try (' + e + ')';
  }
};
// Each returns 1 when its catch_all ran.
const direct = result(x.direct);
const indirect = result(x.indirect);
log('try { call $thrower } catch_all:          ' + direct + ' (expected 1)');
log('try { call_indirect $thrower } catch_all: ' + indirect + ' (expected 1)');
if (direct !== '1' || indirect !== '1') throw new Error('FAIL: a catch_all did not catch');
log('PASS');
