// JavaScriptCore 2.50: a JS value thrown from Wasm with `throw $jstag`
// ($jstag = WebAssembly.JSTag) reaches JS as a WebAssembly.Exception that
// wraps it, not as the value. module.wat is the module below as text.
//
//   jsc repro.js     where the bug is, throws: the jsc shell exits 3 (its
//                    status for an uncaught exception; `quit(n)` always exits
//                    0); exits 0 (PASS) where it is fixed
//   node repro.js    (node 22.22.3+, 24.15.0+, 25+: WebAssembly.JSTag) PASS
const log = typeof print === 'function' ? print : console.log;
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0,
  1, 5, 1, 0x60, 1, 0x6f, 0, // type 0: (func (param externref))
  2, 12, 1, 1, 109, 5, 106, 115, 116, 97, 103, 4, 0, 0, // import "m" "jstag" (tag (type 0))
  3, 2, 1, 0,
  7, 15, 1, 11, 116, 104, 114, 111, 119, 95, 106, 115, 116, 97, 103, 0, 0, // export "throw_jstag"
  10, 8, 1, 6, 0, 0x20, 0, 0x08, 0, 0x0b, // local.get 0; throw 0; end
]);
if (typeof WebAssembly.JSTag !== 'object') {
  log('cannot run: WebAssembly.JSTag is undefined here');
  throw new Error('no WebAssembly.JSTag');
}
const imports = { m: { jstag: WebAssembly.JSTag } };
const { throw_jstag } = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports).exports;
const value = { what: 'the value thrown' };
let caught;
try {
  throw_jstag(value);
} catch (e) {
  caught = e;
}
if (caught === value) {
  log('JS caught the very value: PASS');
} else {
  const what = caught instanceof WebAssembly.Exception
    ? 'a WebAssembly.Exception: is(JSTag) ' + caught.is(WebAssembly.JSTag) +
      ', getArg(JSTag, 0) is the value: ' + (caught.getArg(WebAssembly.JSTag, 0) === value)
    : String(caught);
  log('JS caught ' + what);
  throw new Error('FAIL: throw $jstag of a JS value reached JS as something else than the value');
}
