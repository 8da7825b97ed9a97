/* @ts-self-types="./wbg_probe.d.ts" */

/**
 * A value with a destructor, as a class: `Thing.new(id)`, `.id`, `.free()`.
 */
class Thing {
    __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        ThingFinalization.unregister(this);
        return ptr;
    }
    free() {
        if (this.__wbg_inst !== undefined && this.__wbg_inst !== __wbg_instance_id) { throw new Error('Invalid stale object from previous Wasm instance'); }
        __wbg_call_guard();
        if (this.__wbg_inst !== undefined && this.__wbg_inst !== __wbg_instance_id) { throw new Error('Invalid stale object from previous Wasm instance'); }
        const ptr = this.__destroy_into_raw();
        __wbg_call_guard();

        try {
            wasm.__wbg_thing_free(ptr, 0);
        } catch(e) {
            __wbg_handle_catch(e);
        }

    }
    /**
     * @returns {number}
     */
    get id() {
        if (this.__wbg_inst !== undefined && this.__wbg_inst !== __wbg_instance_id) {
            throw new Error('Invalid stale object from previous Wasm instance');
        }
        __wbg_call_guard();
        let ret;
        __wbg_call_guard();
        if (this.__wbg_inst !== undefined && this.__wbg_inst !== __wbg_instance_id) {
            throw new Error('Invalid stale object from previous Wasm instance');
        }
        try {
            ret = wasm.thing_id(this.__wbg_ptr);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret >>> 0;
    }
    /**
     * @param {number} id
     */
    constructor(id) {
        __wbg_call_guard();
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.thing_new(id);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        this.__wbg_ptr = ret;
        Object.defineProperty(this, '__wbg_inst', { value: __wbg_instance_id, writable: true });
        ThingFinalization.register(this, { ptr: ret, instance: __wbg_instance_id }, this);
        return this;
    }
}
if (Symbol.dispose) Thing.prototype[Symbol.dispose] = Thing.prototype.free;
exports.Thing = Thing;

function __wbg_reset_state () {
    __wbg_instance_id++;
    cachedInt32ArrayMemory0 = null;
    cachedUint8ArrayMemory0 = null;
    if (typeof numBytesDecoded !== 'undefined') numBytesDecoded = 0;
    if (typeof WASM_VECTOR_LEN !== 'undefined') WASM_VECTOR_LEN = 0;
    __wbg_called_abort = false;
    __wbg_reinit_scheduled = false;
    wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
    wasm = wasmInstance.exports;
    wasm.__wbindgen_start();
}
exports.__wbg_reset_state = __wbg_reset_state;

function abort_now() {
    __wbg_call_guard();
    __wbg_call_guard();
    try {
        wasm.abort_now();
    } catch(e) {
        __wbg_handle_catch(e);
    }
}
exports.abort_now = abort_now;

/**
 * A hook that calls two imports: only the first completes (the catch
 * wrapper's guard traps on its return, the glue swallows the trap).
 */
function arm_noting_hook() {
    __wbg_call_guard();
    __wbg_call_guard();
    try {
        wasm.arm_noting_hook();
    } catch(e) {
        __wbg_handle_catch(e);
    }
}
exports.arm_noting_hook = arm_noting_hook;

function arm_reinit_hook() {
    __wbg_call_guard();
    __wbg_call_guard();
    try {
        wasm.arm_reinit_hook();
    } catch(e) {
        __wbg_handle_catch(e);
    }
}
exports.arm_reinit_hook = arm_reinit_hook;

/**
 * An argument marshalled by the glue before the call guard.
 * @param {Uint8Array | number[]} s
 * @returns {number}
 */
function byte_sum(s) {
    __wbg_call_guard();
    const ptr0 = passArray8ToWasm0(s, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    let ret;
    __wbg_call_guard();
    try {
        ret = wasm.byte_sum(ptr0, len0);
    } catch(e) {
        __wbg_handle_catch(e);
    }
    return ret >>> 0;
}
exports.byte_sum = byte_sum;

/**
 * A return value freed by the glue in a `finally` after the call.
 * @param {boolean} abort
 * @returns {string}
 */
function greeting(abort) {
    let deferred1_0;
    let deferred1_1;
    try {
        __wbg_call_guard();
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.greeting(abort);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        deferred1_0 = ret[0];
        deferred1_1 = ret[1];
        return getStringFromWasm0(ret[0], ret[1]);
    } finally {
        if (deferred1_0 !== undefined) { try { wasm.__wbindgen_free(deferred1_0, deferred1_1, 1); } catch(e) { __wbg_handle_catch(e); } }
    }
}
exports.greeting = greeting;

/**
 * This instance's memory (to look at an aborted instance from JS).
 * @returns {any}
 */
function mem() {
    __wbg_call_guard();
    let ret;
    __wbg_call_guard();
    try {
        ret = wasm.mem();
    } catch(e) {
        __wbg_handle_catch(e);
    }
    return ret;
}
exports.mem = mem;

/**
 * @param {number} id
 */
function outer(id) {
    __wbg_call_guard();
    __wbg_call_guard();
    try {
        wasm.outer(id);
    } catch(e) {
        __wbg_handle_catch(e);
    }
}
exports.outer = outer;

/**
 * @param {number} id
 */
function outer2(id) {
    __wbg_call_guard();
    __wbg_call_guard();
    try {
        wasm.outer2(id);
    } catch(e) {
        __wbg_handle_catch(e);
    }
}
exports.outer2 = outer2;

function schedule() {
    __wbg_call_guard();
    __wbg_call_guard();
    try {
        wasm.schedule();
    } catch(e) {
        __wbg_handle_catch(e);
    }
}
exports.schedule = schedule;
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg___wbindgen_memory_17a1178bc3328ea3: function() { return wrapError(function () {
            const ret = wasm.memory;
            return ret;
        }, arguments); },
        __wbg___wbindgen_panic_error_0057a448c5707437: function() { return wrapError(function (arg0) {
            const ret = new PanicError(arg0);
            return ret;
        }, arguments); },
        __wbg___wbindgen_reinit_2fe0d0b9c1cc3c21: function() { return wrapError(function () {
            __wbg_reinit_scheduled = true;
        }, arguments); },
        __wbg___wbindgen_rethrow_d953c34c2e20677f: function() { return wrapError(function (arg0) {
            throw new WebAssembly.Exception(__wbindgen_wrapped_jstag, [arg0]);
        }, arguments); },
        __wbg___wbindgen_throw_4c88d8bf264fd984: function() { return wrapError(function (arg0, arg1) {
            throw new WebAssembly.Exception(__wbindgen_wrapped_jstag, [new Error(getStringFromWasm0(arg0, arg1))]);
        }, arguments); },
        __wbg_note_81a7ce4f678d1763: function() { return wrapError(function (arg0, arg1) {
            note(arg0 >>> 0, arg1 >>> 0);
        }, arguments); },
        __wbg_reenter_71bd7f00380e8236: function() { return wrapError(function () {
            reenter();
        }, arguments); },
        __wbindgen_generic_0000000000000001: function() { return wrapError(function (arg0, arg1) {
            // Cast intrinsic for `Ref(String) -> Externref`.
            const ret = getStringFromWasm0(arg0, arg1);
            return ret;
        }, arguments); },
        __wbindgen_init_externref_table: function() { return wrapError(function () {
            const table = wasm.__wbindgen_externrefs;
            table.set(0, undefined);
            table.set(1024, undefined);
            table.set(1025, null);
            table.set(1026, true);
            table.set(1027, false);
        }, arguments); },
        __wbindgen_jstag: __wbindgen_jstag_polyfill,
        __wbindgen_wrapped_jstag: __wbindgen_wrapped_jstag,
    };
    return {
        __proto__: null,
        "./wbg_probe_bg.js": import0,
    };
}

const __wbindgen_jstag_polyfill = new WebAssembly.Tag({ parameters: ['externref'] });


const __wbindgen_wrapped_jstag = new WebAssembly.Tag({ parameters: ['externref'] });


function __wbg_live() {
    return !getInt32ArrayMemory0()[wasm.__instance_terminated.value / 4];
}
let __wbg_terminated_addr;
let __wbg_called_abort = false;
function __wbg_call_abort_hook() {
    __wbg_called_abort = true;
    try {
        const idx = getInt32ArrayMemory0()[wasm.__abort_handler.value / 4];
        if (idx) wasm.__wbindgen_export.get(idx)();
    } catch(_) {}
}

function __wbg_handle_catch(e) {
    if (e instanceof WebAssembly.Exception && e.is(__wbindgen_wrapped_jstag)) {
        throw e.getArg(__wbindgen_wrapped_jstag, 0);
    }
    getInt32ArrayMemory0()[__wbg_terminated_addr] = 1;
    __wbg_call_abort_hook();
    throw e;
}


function __wbg_call_guard() {
    __wbg_terminated_addr ??= wasm.__instance_terminated.value / 4;
    const flag = getInt32ArrayMemory0()[__wbg_terminated_addr];
    if (flag) {
        if (!__wbg_called_abort) {
            __wbg_call_abort_hook();
        }
        if (__wbg_reinit_scheduled) {
            __wbg_reset_state();
            return;
        }throw new Error('Module terminated');

    } else if (__wbg_reinit_scheduled) {
        __wbg_reset_state();
    }
}


let __wbg_instance_id = 0;
const ThingFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(({ ptr, instance }) => {
    if (instance === __wbg_instance_id && __wbg_live()) wasm.__wbg_thing_free(ptr, 1);
});

let cachedInt32ArrayMemory0 = null;
function getInt32ArrayMemory0() {
    if (cachedInt32ArrayMemory0 === null || cachedInt32ArrayMemory0.byteLength === 0) {
        cachedInt32ArrayMemory0 = new Int32Array(wasm.memory.buffer);
    }
    return cachedInt32ArrayMemory0;
}

function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}

let cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

class PanicError extends Error {}
Object.defineProperty(PanicError.prototype, 'name', {
    value: 'PanicError',
});

function passArray8ToWasm0(arg, malloc) {
    const ptr = malloc(arg.length * 1, 1) >>> 0;
    getUint8ArrayMemory0().set(arg, ptr / 1);
    WASM_VECTOR_LEN = arg.length;
    return ptr;
}

let __wbg_reinit_scheduled = false;

let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
cachedTextDecoder.decode();
function decodeText(bytes) {
    return cachedTextDecoder.decode(bytes);
}

let WASM_VECTOR_LEN = 0;

function wrapError(f, args) {
    try {
        return f.apply(this, args);
    } catch (e) {
        if (e instanceof WebAssembly.Exception) throw e;
        throw new WebAssembly.Exception(__wbindgen_jstag_polyfill, [e], { traceStack: true });
    }
}

const wasmPath = `${__dirname}/wbg_probe_bg.wasm`;
const wasmBytes = require('fs').readFileSync(wasmPath);
const wasmModule = new WebAssembly.Module(wasmBytes);
let wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
let wasm = wasmInstance.exports;
wasm.__wbindgen_start();
