import { WorkerEntrypoint } from "cloudflare:workers";
import * as exports from "./index.js";

Error.stackTraceLimit = 100;
const initState = exports.__worker_init_state();

function checkReinitialize() {
  if (initState.criticalError) {
    console.log("Reinitializing Wasm application");
    exports.__wbg_reset_state();
    initState.criticalError = false;
    initState.instanceId++;
  }
}

addEventListener('error', (e) => {
  handleMaybeCritical(e.error);
});

function handleMaybeCritical(e) {
  if (e instanceof WebAssembly.RuntimeError) {
    console.error('Critical', e);
    initState.criticalError = true;
    failObjectCalls(e);
  }
}

// A trap in a Durable Object method's future (its poll) leaves the method's
// promise pending forever: the future, and with it the promise's resolve and
// reject, is dropped when the trap unwinds out of the executor. workerd
// cancels a hung request of a stateless Worker, but never one of a Durable
// Object (its requests may settle each other's promises), so the call, and
// the request that made it, would never be answered. Every method call
// through the class proxy (the entrypoint's and every object's) is raced
// against the instance's abort instead.
const objectCalls = new Set();

function failOnAbort(ret) {
  if (!(ret instanceof Promise)) return ret;
  let fail;
  const aborted = new Promise((_, reject) => { fail = reject; });
  objectCalls.add(fail);
  return Promise.race([ret, aborted]).finally(() => objectCalls.delete(fail));
}

function failObjectCalls(e) {
  const stranded = [...objectCalls];
  objectCalls.clear();
  for (const fail of stranded) fail(new Error("Wasm instance aborted while this call was in flight", { cause: e }));
}

class Entrypoint extends WorkerEntrypoint {}

Entrypoint.prototype.fetch = function fetch (arg) {
  return exports.fetch.call(this, arg, this.env, this.ctx);
}


const instanceProxyHooks = {
  set: (target, prop, value, receiver) => Reflect.set(target.instance, prop, value, receiver),
  has: (target, prop) => Reflect.has(target.instance, prop),
  deleteProperty: (target, prop) => Reflect.deleteProperty(target.instance, prop),
  apply: (target, thisArg, args) => Reflect.apply(target.instance, thisArg, args),
  construct: (target, args, newTarget) => Reflect.construct(target.instance, args, newTarget),
  getPrototypeOf: (target) => Reflect.getPrototypeOf(target.instance),
  setPrototypeOf: (target, proto) => Reflect.setPrototypeOf(target.instance, proto),
  isExtensible: (target) => Reflect.isExtensible(target.instance),
  preventExtensions: (target) => Reflect.preventExtensions(target.instance),
  getOwnPropertyDescriptor: (target, prop) => Reflect.getOwnPropertyDescriptor(target.instance, prop),
  defineProperty: (target, prop, descriptor) => Reflect.defineProperty(target.instance, prop, descriptor),
  ownKeys: (target) => Reflect.ownKeys(target.instance),
};

const classProxyHooks = {
  construct(ctor, args, newTarget) {
    try {
      checkReinitialize();
      const instance = {
        instance: Reflect.construct(ctor, args, newTarget),
        instanceId: initState.instanceId,
        ctor,
        args,
        newTarget
      };
      return new Proxy(instance, {
        ...instanceProxyHooks,
        get(target, prop, receiver) {
          if (target.instanceId !== initState.instanceId) {
            target.instance = Reflect.construct(target.ctor, target.args, target.newTarget);
            target.instanceId = initState.instanceId;
          }
          const original = Reflect.get(target.instance, prop, receiver);
          if (typeof original !== 'function') return original;
          if (original.constructor === Function) {
            return new Proxy(original, {
              apply(target, thisArg, argArray) {
                checkReinitialize();
                try {
                  return failOnAbort(target.apply(thisArg, argArray));
                } catch (e) {
                  handleMaybeCritical(e);
                  throw e;
                }
              }
            });
          } else {
            return new Proxy(original, {
              async apply(target, thisArg, argArray) {
                checkReinitialize();
                try {
                  return await failOnAbort(target.apply(thisArg, argArray));
                } catch (e) {
                  handleMaybeCritical(e);
                  throw e;
                }
              }
            });
          }
        }
      });
    } catch (e) {
      initState.criticalError = true;
      throw e;
    }
  }
};

export default new Proxy(Entrypoint, classProxyHooks);
export const ContainerStartupOptions = new Proxy(exports.ContainerStartupOptions, classProxyHooks);
export const Handle = new Proxy(exports.Handle, classProxyHooks);
export const MinifyConfig = new Proxy(exports.MinifyConfig, classProxyHooks);
export const R2Range = new Proxy(exports.R2Range, classProxyHooks);
