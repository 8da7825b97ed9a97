(module
  (type (;0;) (func))
  (type (;1;) (func (result i32)))
  (type (;2;) (func (param i32 i32 i32)))
  (type (;3;) (func (param i32) (result externref)))
  (type (;4;) (func (param i32)))
  (type (;5;) (func (param externref)))
  (type (;6;) (func (param i32) (result i32)))
  (import "env" "log" (func $log (;0;) (type 2)))
  (import "env" "panic_error" (func $panic_error (;1;) (type 3)))
  (import "env" "schedule_reinit" (func $schedule_reinit (;2;) (type 0)))
  (import "host" "h0" (func $host_h0 (;3;) (type 0)))
  (import "env" "epoch" (global $epoch (;0;) i32))
  (import "env" "jstag" (tag $jstag (;0;) (type 5) (param externref)))
  (import "env" "wrapped" (tag $wrapped (;1;) (type 5) (param externref)))
  (memory (;0;) 1 2)
  (tag $panic (;2;) (type 4) (param i32))
  (global $__instance_terminated (;1;) i32 i32.const 16)
  (export "e0" (func $export_e0))
  (export "e1" (func $export_e1))
  (export "__read_state" (func $read_state))
  (export "__new_handle" (func $new_handle))
  (export "memory" (memory 0))
  (export "__instance_terminated" (global $__instance_terminated))
  (export "__panic_tag" (tag 2))
  (func $body_e0 (;4;) (type 0)
    (local i32)
    i32.const 0
    i32.const 0
    global.get $epoch
    call $log
    call $import_h0
    i32.const 1
    i32.const 0
    global.get $epoch
    call $log
  )
  (func $body_e1 (;5;) (type 0)
    (local i32)
    i32.const 0
    i32.const 1
    global.get $epoch
    call $log
    i32.const 7
    i32.const 2
    global.get $epoch
    call $log
    i32.const 0
    call $overflow
    drop
    i32.const 1
    i32.const 1
    global.get $epoch
    call $log
  )
  (func $export_e0 (;6;) (type 1) (result i32)
    try (result i32) ;; label = @1
      call $body_e0
      i32.const 8
      i32.load
    catch $panic
      call $panic_error
      throw $wrapped
    end
  )
  (func $export_e1 (;7;) (type 1) (result i32)
    try (result i32) ;; label = @1
      call $body_e1
      i32.const 8
      i32.load
    catch $panic
      call $panic_error
      throw $wrapped
    end
  )
  (func $import_h0 (;8;) (type 0)
    try ;; label = @1
      call $host_h0
      i32.const 16
      i32.load
      if ;; label = @2
        unreachable
      end
    catch $jstag
      i32.const 16
      i32.load
      if ;; label = @2
        unreachable
      end
      throw $wrapped
    catch_all
      i32.const 16
      i32.load
      if ;; label = @2
        unreachable
      end
      rethrow 0 (;@1;)
    end
  )
  (func $overflow (;9;) (type 6) (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    i32.const 0
    i32.load
    local.set 1
    i32.const 4
    i32.load
    local.set 2
    i32.const 8
    i32.load
    local.set 3
    i32.const 12
    i32.load
    local.set 4
    i32.const 16
    i32.load
    local.set 5
    i32.const 20
    i32.load
    local.set 6
    i32.const 24
    i32.load
    local.set 7
    i32.const 28
    i32.load
    local.set 8
    i32.const 32
    i32.load
    local.set 9
    i32.const 36
    i32.load
    local.set 10
    i32.const 40
    i32.load
    local.set 11
    i32.const 44
    i32.load
    local.set 12
    i32.const 48
    i32.load
    local.set 13
    i32.const 52
    i32.load
    local.set 14
    i32.const 56
    i32.load
    local.set 15
    i32.const 60
    i32.load
    local.set 16
    i32.const 64
    i32.load
    local.set 17
    i32.const 68
    i32.load
    local.set 18
    i32.const 72
    i32.load
    local.set 19
    i32.const 76
    i32.load
    local.set 20
    i32.const 80
    i32.load
    local.set 21
    i32.const 84
    i32.load
    local.set 22
    i32.const 88
    i32.load
    local.set 23
    i32.const 92
    i32.load
    local.set 24
    i32.const 96
    i32.load
    local.set 25
    i32.const 100
    i32.load
    local.set 26
    i32.const 104
    i32.load
    local.set 27
    i32.const 108
    i32.load
    local.set 28
    i32.const 112
    i32.load
    local.set 29
    i32.const 116
    i32.load
    local.set 30
    i32.const 120
    i32.load
    local.set 31
    i32.const 124
    i32.load
    local.set 32
    i32.const 128
    i32.load
    local.set 33
    i32.const 132
    i32.load
    local.set 34
    i32.const 136
    i32.load
    local.set 35
    i32.const 140
    i32.load
    local.set 36
    i32.const 144
    i32.load
    local.set 37
    i32.const 148
    i32.load
    local.set 38
    i32.const 152
    i32.load
    local.set 39
    i32.const 156
    i32.load
    local.set 40
    i32.const 160
    i32.load
    local.set 41
    i32.const 164
    i32.load
    local.set 42
    i32.const 168
    i32.load
    local.set 43
    i32.const 172
    i32.load
    local.set 44
    i32.const 176
    i32.load
    local.set 45
    i32.const 180
    i32.load
    local.set 46
    i32.const 184
    i32.load
    local.set 47
    i32.const 188
    i32.load
    local.set 48
    i32.const 192
    i32.load
    local.set 49
    i32.const 196
    i32.load
    local.set 50
    i32.const 200
    i32.load
    local.set 51
    i32.const 204
    i32.load
    local.set 52
    i32.const 208
    i32.load
    local.set 53
    i32.const 212
    i32.load
    local.set 54
    i32.const 216
    i32.load
    local.set 55
    i32.const 220
    i32.load
    local.set 56
    i32.const 224
    i32.load
    local.set 57
    i32.const 228
    i32.load
    local.set 58
    i32.const 232
    i32.load
    local.set 59
    i32.const 236
    i32.load
    local.set 60
    i32.const 240
    i32.load
    local.set 61
    i32.const 244
    i32.load
    local.set 62
    i32.const 248
    i32.load
    local.set 63
    i32.const 252
    i32.load
    local.set 64
    local.get 0
    i32.const 1
    i32.add
    call $overflow
    local.get 0
    i32.add
    local.get 1
    i32.add
    local.get 2
    i32.add
    local.get 3
    i32.add
    local.get 4
    i32.add
    local.get 5
    i32.add
    local.get 6
    i32.add
    local.get 7
    i32.add
    local.get 8
    i32.add
    local.get 9
    i32.add
    local.get 10
    i32.add
    local.get 11
    i32.add
    local.get 12
    i32.add
    local.get 13
    i32.add
    local.get 14
    i32.add
    local.get 15
    i32.add
    local.get 16
    i32.add
    local.get 17
    i32.add
    local.get 18
    i32.add
    local.get 19
    i32.add
    local.get 20
    i32.add
    local.get 21
    i32.add
    local.get 22
    i32.add
    local.get 23
    i32.add
    local.get 24
    i32.add
    local.get 25
    i32.add
    local.get 26
    i32.add
    local.get 27
    i32.add
    local.get 28
    i32.add
    local.get 29
    i32.add
    local.get 30
    i32.add
    local.get 31
    i32.add
    local.get 32
    i32.add
    local.get 33
    i32.add
    local.get 34
    i32.add
    local.get 35
    i32.add
    local.get 36
    i32.add
    local.get 37
    i32.add
    local.get 38
    i32.add
    local.get 39
    i32.add
    local.get 40
    i32.add
    local.get 41
    i32.add
    local.get 42
    i32.add
    local.get 43
    i32.add
    local.get 44
    i32.add
    local.get 45
    i32.add
    local.get 46
    i32.add
    local.get 47
    i32.add
    local.get 48
    i32.add
    local.get 49
    i32.add
    local.get 50
    i32.add
    local.get 51
    i32.add
    local.get 52
    i32.add
    local.get 53
    i32.add
    local.get 54
    i32.add
    local.get 55
    i32.add
    local.get 56
    i32.add
    local.get 57
    i32.add
    local.get 58
    i32.add
    local.get 59
    i32.add
    local.get 60
    i32.add
    local.get 61
    i32.add
    local.get 62
    i32.add
    local.get 63
    i32.add
    local.get 64
    i32.add
  )
  (func $read_state (;10;) (type 1) (result i32)
    i32.const 8
    i32.load
  )
  (func $new_handle (;11;) (type 1) (result i32)
    i32.const 12
    i32.const 12
    i32.load
    i32.const 1
    i32.add
    i32.store
    i32.const 12
    i32.load
  )
  (data (;0;) (i32.const 8) "\00\00\00\00")
)
