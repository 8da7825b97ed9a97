;; repro.js embeds this module's bytes.
(module
  (import "m" "jstag" (tag $jstag (param externref)))
  (func (export "throw_jstag") (param externref)
    local.get 0
    throw $jstag))
