;; The module repro.js embeds (its bytes were written by hand to this text).
;; Valid: code after `unreachable` is still validated with its own control
;; frames, and `rethrow 0` names the `try` it is inside, a catch.
(module
  (func (export "f")
    unreachable
    try
    catch_all
      rethrow 0
    end))
