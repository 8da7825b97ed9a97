;; The module repro.js embeds (its bytes were written by hand to this text).
(module
  (type $v (func))
  (tag $t)
  (table 1 funcref)
  (elem (i32.const 0) $thrower)
  (func $thrower (type $v)
    throw $t)
  ;; 1 where JavaScriptCore 2.50's IPInt lets the exception escape
  (func (export "indirect") (result i32) (local i32)
    try
      i32.const 0
      call_indirect (type $v)
    catch_all
      i32.const 1
      local.set 0
    end
    local.get 0)
  ;; the same with a direct call: caught everywhere
  (func (export "direct") (result i32) (local i32)
    try
      call $thrower
    catch_all
      i32.const 1
      local.set 0
    end
    local.get 0))
