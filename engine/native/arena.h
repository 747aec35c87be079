/* Bump allocator over one caller-provided block: the core never calls malloc, so it runs unchanged in
 * WebAssembly and is safe in several threads (each call owns its workspace). */
#ifndef ST_ARENA_H
#define ST_ARENA_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
  uint8_t *base;
  size_t capacity;
  size_t used;
} st_arena;

#define ST_ARENA_ALIGN 16

static inline st_arena st_arena_init(void *base, size_t capacity) {
  st_arena a = {(uint8_t *)base, capacity, 0};
  uintptr_t misalign = (uintptr_t)base % ST_ARENA_ALIGN;
  if (misalign) a.used = ST_ARENA_ALIGN - misalign;
  return a;
}

/* NULL when the block is exhausted; callers map that to ST_E_NO_MEMORY. */
static inline void *st_arena_alloc(st_arena *a, size_t bytes) {
  size_t rounded = (bytes + ST_ARENA_ALIGN - 1) & ~(size_t)(ST_ARENA_ALIGN - 1);
  if (a->used > a->capacity || rounded > a->capacity - a->used) return 0;
  void *p = a->base + a->used;
  a->used += rounded;
  return p;
}

#endif
