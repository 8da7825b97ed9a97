/* @ts-self-types="./guest.d.ts" */

/**
 * A handle: the instance's handle counter at its creation (1, 2, ...).
 */
class Handle {
    __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        HandleFinalization.unregister(this);
        return ptr;
    }
    free() {
        const ptr = this.__destroy_into_raw();
        __wbg_call_guard();

        try {
            wasm.__wbg_handle_free(ptr, 0);
        } catch(e) {
            __wbg_handle_catch(e);
        }

    }
    /**
     * `CallHandle`: run export `i` through this handle.
     * @param {number} i
     * @returns {number}
     */
    call(i) {
        if (this.__wbg_inst !== undefined && this.__wbg_inst !== __wbg_instance_id) {
            throw new Error('Invalid stale object from previous Wasm instance');
        }
        let ret;
        __wbg_call_guard();
        if (this.__wbg_inst !== undefined && this.__wbg_inst !== __wbg_instance_id) {
            throw new Error('Invalid stale object from previous Wasm instance');
        }
        try {
            ret = wasm.handle_call(this.__wbg_ptr, i);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret;
    }
    /**
     * @returns {number}
     */
    get id() {
        if (this.__wbg_inst !== undefined && this.__wbg_inst !== __wbg_instance_id) {
            throw new Error('Invalid stale object from previous Wasm instance');
        }
        let ret;
        __wbg_call_guard();
        if (this.__wbg_inst !== undefined && this.__wbg_inst !== __wbg_instance_id) {
            throw new Error('Invalid stale object from previous Wasm instance');
        }
        try {
            ret = wasm.handle_id(this.__wbg_ptr);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret;
    }
    constructor() {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.handle_new();
        } catch(e) {
            __wbg_handle_catch(e);
        }
        this.__wbg_ptr = ret;
        Object.defineProperty(this, '__wbg_inst', { value: __wbg_instance_id, writable: true });
        HandleFinalization.register(this, { ptr: ret, instance: __wbg_instance_id }, this);
        return this;
    }
}
if (Symbol.dispose) Handle.prototype[Symbol.dispose] = Handle.prototype.free;
exports.Handle = Handle;

function __wbg_reset_state () {
    __wbg_instance_id++;
    cachedDataViewMemory0 = null;
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

/**
 * Run export `i`; its state on success.
 * @param {number} i
 * @returns {number}
 */
function call(i) {
    let ret;
    __wbg_call_guard();
    try {
        ret = wasm.call(i);
    } catch(e) {
        __wbg_handle_catch(e);
    }
    return ret;
}
exports.call = call;

/**
 * @returns {number}
 */
function read_state() {
    let ret;
    __wbg_call_guard();
    try {
        ret = wasm.read_state();
    } catch(e) {
        __wbg_handle_catch(e);
    }
    return ret;
}
exports.read_state = read_state;

/**
 * The host's `ScheduleReinit` step.
 */
function schedule_reinit() {
    __wbg_call_guard();
    try {
        wasm.schedule_reinit();
    } catch(e) {
        __wbg_handle_catch(e);
    }
}
exports.schedule_reinit = schedule_reinit;

/**
 * `spawn e<i>` as task `t`: an async export, run by wasm-bindgen-futures.
 * A panic escaping the body becomes the `PanicError` of the task's promise.
 * @param {number} i
 * @param {number} t
 * @returns {Promise<number>}
 */
function spawn(i, t) {
    let ret;
    __wbg_call_guard();
    try {
        ret = wasm.spawn(i, t);
    } catch(e) {
        __wbg_handle_catch(e);
    }
    return ret;
}
exports.spawn = spawn;

function start() {
    __wbg_call_guard();
    try {
        wasm.start();
    } catch(e) {
        __wbg_handle_catch(e);
    }
}
exports.start = start;
function __wbg_get_imports(memory) {
    const import0 = {
        __proto__: null,
        __wbg_Error_208446807d0d1e30: function() { return wrapError(function (arg0, arg1) {
            const ret = Error(getStringFromWasm0(arg0, arg1));
            return ret;
        }, arguments); },
        __wbg___wbindgen_is_function_741ff2bb612836f5: function() { return wrapError(function (arg0) {
            const ret = typeof(arg0) === 'function';
            return ret;
        }, arguments); },
        __wbg___wbindgen_is_undefined_be5b34249ff1fc15: function() { return wrapError(function (arg0) {
            const ret = arg0 === undefined;
            return ret;
        }, arguments); },
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
        __wbg__wbg_cb_unref_09736879a3f67559: function() { return wrapError(function (arg0) {
            arg0._wbg_cb_unref();
        }, arguments); },
        __wbg_await_task_973dd0b938a1d928: function() { return wrapError(function (arg0) {
            const ret = __reentry_wbg.await_task(arg0);
            return ret;
        }, arguments); },
        __wbg_boot_780a2aa20e6c8715: function() { return wrapError(function (arg0, arg1, arg2, arg3) {
            const ret = __reentry_wbg.boot(arg1, arg2 >>> 0, arg3 >>> 0);
            const ptr1 = passArray8ToWasm0(ret, wasm.__wbindgen_malloc);
            const len1 = WASM_VECTOR_LEN;
            getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 1, len1, true);
            getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 0, ptr1, true);
        }, arguments); },
        __wbg_call_a410eb4b59ed5965: function() { return wrapError(function (arg0, arg1, arg2) {
            const ret = arg0.call(arg1, arg2);
            return ret;
        }, arguments); },
        __wbg_closure_new_6110d63e860181fb: function() { return wrapError(function (arg0, arg1, arg2) {
            __reentry_wbg.closure_new(arg0 >>> 0, arg1, arg2);
        }, arguments); },
        __wbg_closure_new_86c260fef4fa11f1: function() { return wrapError(function (arg0, arg1, arg2) {
            __reentry_wbg.closure_new(arg0 >>> 0, arg1, arg2);
        }, arguments); },
        __wbg_host_call_2c87962f1eb61641: function() { return wrapError(function (arg0) {
            __reentry_wbg.host_call(arg0);
        }, arguments); },
        __wbg_host_call_6585493c3b018d12: function() { return wrapError(function (arg0) {
            __reentry_wbg.host_call(arg0);
        }, arguments); },
        __wbg_host_call_with_c85aa857c013080b: function() { return wrapError(function (arg0, arg1, arg2, arg3) {
            try {
                var state0 = {a: arg2, b: arg3};
                var cb0 = () => {
                    const a = state0.a;
                    state0.a = 0;
                    try {
                        return wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__true_(a, state0.b, );
                    } finally {
                        state0.a = a;
                    }
                };
                __reentry_wbg.host_call_with(arg0, arg1 >>> 0, cb0);
            } finally {
                state0.a = 0;
            }
        }, arguments); },
        __wbg_host_call_with_c91e75812095886e: function() { return wrapError(function (arg0, arg1, arg2, arg3) {
            try {
                var state0 = {a: arg2, b: arg3};
                var cb0 = () => wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__true__1_(state0.a, state0.b, );
                __reentry_wbg.host_call_with(arg0, arg1 >>> 0, cb0);
            } finally {
                state0.a = 0;
            }
        }, arguments); },
        __wbg_log_cb9d964e25654b04: function() { return wrapError(function (arg0, arg1, arg2) {
            __reentry_wbg.log(arg0, arg1, arg2);
        }, arguments); },
        __wbg_new_ba40181b3f24ac80: function() { return wrapError(function (arg0, arg1) {
            try {
                var state0 = {a: arg0, b: arg1};
                var cb0 = (arg0, arg1) => {
                    const a = state0.a;
                    state0.a = 0;
                    try {
                        return wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___js_sys_145d9c40350eb58f___Function_fn_wasm_bindgen_11ae00ec2ee006a2___JsValue_____wasm_bindgen_11ae00ec2ee006a2___sys__Undefined___js_sys_145d9c40350eb58f___Function_fn_wasm_bindgen_11ae00ec2ee006a2___JsValue_____wasm_bindgen_11ae00ec2ee006a2___sys__Undefined_______true_(a, state0.b, arg0, arg1);
                    } finally {
                        state0.a = a;
                    }
                };
                const ret = new Promise(cb0);
                return ret;
            } finally {
                state0.a = 0;
            }
        }, arguments); },
        __wbg_queueMicrotask_1e8503a8a690f0a3: function() { return wrapError(function (arg0) {
            const ret = arg0.queueMicrotask;
            return ret;
        }, arguments); },
        __wbg_queueMicrotask_4a1a4d8dd332373b: function() { return wrapError(function (arg0) {
            queueMicrotask(arg0);
        }, arguments); },
        __wbg_resolve_dbf78ab4942478b0: function() { return wrapError(function (arg0) {
            const ret = Promise.resolve(arg0);
            return ret;
        }, arguments); },
        __wbg_rethrow_5e38e0ee2010acb2: function() { return wrapError(function (arg0) {
            __reentry_wbg.rethrow(arg0);
        }, arguments); },
        __wbg_static_accessor_GLOBAL_THIS_003ee833af9699fc: function() { return wrapError(function () {
            const ret = typeof globalThis === 'undefined' ? undefined : globalThis;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        }, arguments); },
        __wbg_static_accessor_GLOBAL_e4293fb22cbe77da: function() { return wrapError(function () {
            const ret = typeof global === 'undefined' ? undefined : global;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        }, arguments); },
        __wbg_static_accessor_SELF_53bb20457401453d: function() { return wrapError(function () {
            const ret = typeof self === 'undefined' ? undefined : self;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        }, arguments); },
        __wbg_static_accessor_WINDOW_b5e0810bfecb7feb: function() { return wrapError(function () {
            const ret = typeof window === 'undefined' ? undefined : window;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        }, arguments); },
        __wbg_then_656f253a5dd7d8ea: function() { return wrapError(function (arg0, arg1, arg2) {
            const ret = arg0.then(arg1, arg2);
            return ret;
        }, arguments); },
        __wbg_then_e3f7f2d365708be8: function() { return wrapError(function (arg0, arg1) {
            const ret = arg0.then(arg1);
            return ret;
        }, arguments); },
        __wbindgen_generic_0000000000000001: function() { return wrapError(function (arg0, arg1) {
            var state0 = {a: arg0, b: arg1};
            var cb0 = () => wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__false__1_(state0.a, state0.b, );
            cb0._wbg_cb_unref = () => state0.a = 0;
            // Cast intrinsic for `Closure(Closure { owned: false, function: Function { arguments: [], shim_idx: 2, ret: I32, inner_ret: Some(I32) }, mutable: false }) -> Externref`.
            const ret = cb0;
            return ret;
        }, arguments); },
        __wbindgen_generic_0000000000000002: function() { return wrapError(function (arg0, arg1) {
            var state0 = {a: arg0, b: arg1};
            var cb0 = () => wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__true__1_(state0.a, state0.b, );
            cb0._wbg_cb_unref = () => state0.a = 0;
            // Cast intrinsic for `Closure(Closure { owned: false, function: Function { arguments: [], shim_idx: 4, ret: I32, inner_ret: Some(I32) }, mutable: false }) -> Externref`.
            const ret = cb0;
            return ret;
        }, arguments); },
        __wbindgen_generic_0000000000000003: function() { return wrapError(function (arg0, arg1) {
            var state0 = {a: arg0, b: arg1};
            var cb0 = () => {
                const a = state0.a;
                state0.a = 0;
                try {
                    return wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__false_(a, state0.b, );
                } finally {
                    state0.a = a;
                }
            };
            cb0._wbg_cb_unref = () => state0.a = 0;
            // Cast intrinsic for `Closure(Closure { owned: false, function: Function { arguments: [], shim_idx: 6, ret: I32, inner_ret: Some(I32) }, mutable: true }) -> Externref`.
            const ret = cb0;
            return ret;
        }, arguments); },
        __wbindgen_generic_0000000000000004: function() { return wrapError(function (arg0, arg1) {
            var state0 = {a: arg0, b: arg1};
            var cb0 = () => {
                const a = state0.a;
                state0.a = 0;
                try {
                    return wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__true_(a, state0.b, );
                } finally {
                    state0.a = a;
                }
            };
            cb0._wbg_cb_unref = () => state0.a = 0;
            // Cast intrinsic for `Closure(Closure { owned: false, function: Function { arguments: [], shim_idx: 8, ret: I32, inner_ret: Some(I32) }, mutable: true }) -> Externref`.
            const ret = cb0;
            return ret;
        }, arguments); },
        __wbindgen_generic_0000000000000005: function() { return wrapError(function (arg0, arg1) {
            // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [Externref], shim_idx: 23, ret: Result(Unit), inner_ret: Some(Result(Unit)) }, mutable: true }) -> Externref`.
            const ret = makeMutClosure(arg0, arg1, wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___wasm_bindgen_11ae00ec2ee006a2___JsValue__core_ce7f3088e136db___result__Result_____wasm_bindgen_11ae00ec2ee006a2___JsError___true_);
            return ret;
        }, arguments); },
        __wbindgen_generic_0000000000000006: function() { return wrapError(function (arg0, arg1) {
            // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [], shim_idx: 2, ret: I32, inner_ret: Some(I32) }, mutable: false }) -> Externref`.
            const ret = makeClosure(arg0, arg1, wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__false__1_);
            return ret;
        }, arguments); },
        __wbindgen_generic_0000000000000007: function() { return wrapError(function (arg0, arg1) {
            // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [], shim_idx: 4, ret: I32, inner_ret: Some(I32) }, mutable: false }) -> Externref`.
            const ret = makeClosure(arg0, arg1, wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__true__1_);
            return ret;
        }, arguments); },
        __wbindgen_generic_0000000000000008: function() { return wrapError(function (arg0, arg1) {
            // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [], shim_idx: 6, ret: I32, inner_ret: Some(I32) }, mutable: true }) -> Externref`.
            const ret = makeMutClosure(arg0, arg1, wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__false_);
            return ret;
        }, arguments); },
        __wbindgen_generic_0000000000000009: function() { return wrapError(function (arg0, arg1) {
            // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [], shim_idx: 8, ret: I32, inner_ret: Some(I32) }, mutable: true }) -> Externref`.
            const ret = makeMutClosure(arg0, arg1, wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__true_);
            return ret;
        }, arguments); },
        __wbindgen_generic_000000000000000a: function() { return wrapError(function (arg0) {
            // Cast intrinsic for `F64 -> Externref`.
            const ret = arg0;
            return ret;
        }, arguments); },
        __wbindgen_generic_000000000000000b: function() { return wrapError(function (arg0, arg1) {
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
        memory: memory || new WebAssembly.Memory({initial:2,maximum:64}),
    };
    return {
        __proto__: null,
        "./guest_bg.js": import0,
    };
}

const __wbindgen_jstag_polyfill = new WebAssembly.Tag({ parameters: ['externref'] });


const __wbindgen_wrapped_jstag = new WebAssembly.Tag({ parameters: ['externref'] });


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
function wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__true__1_(arg0, arg1) {
    let ret;
    __wbg_call_guard();
    try {
        ret = wasm.wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__true__1_(arg0, arg1);
    } catch(e) {
        __wbg_handle_catch(e);
    }
    return ret;
}

function wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__true_(arg0, arg1) {
    let ret;
    __wbg_call_guard();
    try {
        ret = wasm.wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__true_(arg0, arg1);
    } catch(e) {
        __wbg_handle_catch(e);
    }
    return ret;
}

function wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__false__1_(arg0, arg1) {
    let ret;
    __wbg_call_guard();
    try {
        ret = wasm.wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__false__1_(arg0, arg1);
    } catch(e) {
        __wbg_handle_catch(e);
    }
    return ret;
}

function wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__false_(arg0, arg1) {
    let ret;
    __wbg_call_guard();
    try {
        ret = wasm.wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___i32__false_(arg0, arg1);
    } catch(e) {
        __wbg_handle_catch(e);
    }
    return ret;
}

function wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___wasm_bindgen_11ae00ec2ee006a2___JsValue__core_ce7f3088e136db___result__Result_____wasm_bindgen_11ae00ec2ee006a2___JsError___true_(arg0, arg1, arg2) {
    let ret;
    __wbg_call_guard();
    try {
        ret = wasm.wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___wasm_bindgen_11ae00ec2ee006a2___JsValue__core_ce7f3088e136db___result__Result_____wasm_bindgen_11ae00ec2ee006a2___JsError___true_(arg0, arg1, arg2);
    } catch(e) {
        __wbg_handle_catch(e);
    }
    if (ret[1]) {
        throw takeFromExternrefTable0(ret[0]);
    }
}

function wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___js_sys_145d9c40350eb58f___Function_fn_wasm_bindgen_11ae00ec2ee006a2___JsValue_____wasm_bindgen_11ae00ec2ee006a2___sys__Undefined___js_sys_145d9c40350eb58f___Function_fn_wasm_bindgen_11ae00ec2ee006a2___JsValue_____wasm_bindgen_11ae00ec2ee006a2___sys__Undefined_______true_(arg0, arg1, arg2, arg3) {
    __wbg_call_guard();
    try {
        wasm.wasm_bindgen_11ae00ec2ee006a2___convert__closures_____invoke___js_sys_145d9c40350eb58f___Function_fn_wasm_bindgen_11ae00ec2ee006a2___JsValue_____wasm_bindgen_11ae00ec2ee006a2___sys__Undefined___js_sys_145d9c40350eb58f___Function_fn_wasm_bindgen_11ae00ec2ee006a2___JsValue_____wasm_bindgen_11ae00ec2ee006a2___sys__Undefined_______true_(arg0, arg1, arg2, arg3);
    } catch(e) {
        __wbg_handle_catch(e);
    }
}


let __wbg_instance_id = 0;
const HandleFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(({ ptr, instance }) => {
    if (instance === __wbg_instance_id) wasm.__wbg_handle_free(ptr, 1);
});

function addToExternrefTable0(obj) {
    const idx = wasm.__externref_table_alloc();
    wasm.__wbindgen_externrefs.set(idx, obj);
    return idx;
}

const CLOSURE_DTORS = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(state => {
    if (state.instance === __wbg_instance_id) {
        wasm.__wbindgen_destroy_closure(state.a, state.b);
    }
});

let cachedDataViewMemory0 = null;
function getDataViewMemory0() {
    if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || (cachedDataViewMemory0.buffer.detached === undefined && cachedDataViewMemory0.buffer !== wasm.memory.buffer)) {
        cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
    }
    return cachedDataViewMemory0;
}

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

function isLikeNone(x) {
    return x === undefined || x === null;
}

function makeClosure(arg0, arg1, f) {
    const state = { a: arg0, b: arg1, cnt: 1, instance: __wbg_instance_id };
    const real = (...args) => {

        if (state.instance !== __wbg_instance_id) {
            throw new Error('Cannot invoke closure from previous WASM instance');
        }
        __wbg_call_guard();
        if (state.instance !== __wbg_instance_id) {
            throw new Error('Cannot invoke closure from previous WASM instance');
        }

        // First up with a closure we increment the internal reference
        // count. This ensures that the Rust closure environment won't
        // be deallocated while we're invoking it.
        state.cnt++;
        try {
            return f(state.a, state.b, ...args);
        } finally {
            real._wbg_cb_unref();
        }
    };
    real._wbg_cb_unref = () => {
        if (--state.cnt === 0) {
            wasm.__wbindgen_destroy_closure(state.a, state.b);
            state.a = 0;
            CLOSURE_DTORS.unregister(state);
        }
    };
    CLOSURE_DTORS.register(real, state, state);
    return real;
}

function makeMutClosure(arg0, arg1, f) {
    const state = { a: arg0, b: arg1, cnt: 1, instance: __wbg_instance_id };
    const real = (...args) => {

        if (state.instance !== __wbg_instance_id) {
            throw new Error('Cannot invoke closure from previous WASM instance');
        }
        __wbg_call_guard();
        if (state.instance !== __wbg_instance_id) {
            throw new Error('Cannot invoke closure from previous WASM instance');
        }

        // First up with a closure we increment the internal reference
        // count. This ensures that the Rust closure environment won't
        // be deallocated while we're invoking it.
        state.cnt++;
        const a = state.a;
        state.a = 0;
        try {
            return f(a, state.b, ...args);
        } finally {
            state.a = a;
            real._wbg_cb_unref();
        }
    };
    real._wbg_cb_unref = () => {
        if (--state.cnt === 0) {
            wasm.__wbindgen_destroy_closure(state.a, state.b);
            state.a = 0;
            CLOSURE_DTORS.unregister(state);
        }
    };
    CLOSURE_DTORS.register(real, state, state);
    return real;
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

function takeFromExternrefTable0(idx) {
    const value = wasm.__wbindgen_externrefs.get(idx);
    wasm.__externref_table_dealloc(idx);
    return value;
}

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

const wasmPath = `${__dirname}/guest_bg.wasm`;
const wasmBytes = require('fs').readFileSync(wasmPath);
const wasmModule = new WebAssembly.Module(wasmBytes);
let wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
let wasm = wasmInstance.exports;
wasm.__wbindgen_start();
