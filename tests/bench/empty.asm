; Benchmark guest that does nothing: it only ends the run. run-bench times
; it to measure an emulator's start-up and exit, which it subtracts from
; wall times measured around a whole process (QEMU, Bochs).
%include "workload.inc"
bits 16
org 0
start:
    cli
    GUEST_EXIT 16
    RESET_VECTOR
