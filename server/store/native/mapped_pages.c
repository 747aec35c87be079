/*
 * Node-API addon for the store: hands a file's memory-mapped pages back to the page cache.
 *
 * LMDB reads through a shared, read-only memory map, so every audit page it ever wrote and read back stays mapped
 * into the process and counts in its RSS, growing with the audit log. madvise(MADV_DONTNEED) on a *shared* file
 * mapping only drops this process's page-table entries: the data stays in the file and the page cache, and the next
 * read faults it back in. Private mappings are never touched (there it would discard copy-on-write changes).
 */
#define _GNU_SOURCE
#include <node_api.h>
#include <stdio.h>
#include <string.h>

#ifdef __linux__
#include <sys/mman.h>

/* Mappings of `path` released; -1 when /proc/self/maps cannot be read. */
static int release_file_mappings(const char *path, double *bytes) {
  FILE *maps = fopen("/proc/self/maps", "r");
  if (maps == NULL) return -1;
  char line[4096 + 256];
  int released = 0;
  while (fgets(line, sizeof line, maps) != NULL) {
    unsigned long start, end;
    char perms[8];
    int name_at = 0;
    /* start-end perms offset dev inode pathname */
    if (sscanf(line, "%lx-%lx %7s %*s %*s %*s %n", &start, &end, perms, &name_at) < 3 || name_at == 0) continue;
    if (perms[3] != 's') continue;
    char *name = line + name_at;
    name[strcspn(name, "\n")] = '\0';
    if (strcmp(name, path) != 0) continue;
    if (madvise((void *)start, end - start, MADV_DONTNEED) == 0) {
      released++;
      *bytes += (double)(end - start);
    }
  }
  fclose(maps);
  return released;
}
#else
static int release_file_mappings(const char *path, double *bytes) {
  (void)path;
  (void)bytes;
  return 0;
}
#endif

/* releaseFileMappings(absolutePath) -> bytes of address space released (0 if none or unsupported). */
static napi_value release_file_mappings_js(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1) {
    napi_throw_type_error(env, NULL, "releaseFileMappings(path): path is required");
    return NULL;
  }
  char path[4096];
  size_t length = 0;
  if (napi_get_value_string_utf8(env, argv[0], path, sizeof path, &length) != napi_ok) {
    napi_throw_type_error(env, NULL, "releaseFileMappings(path): path must be a string");
    return NULL;
  }
  if (length == 0 || length >= sizeof path - 1) {
    napi_throw_range_error(env, NULL, "releaseFileMappings(path): path is empty or too long");
    return NULL;
  }
  double bytes = 0;
  if (release_file_mappings(path, &bytes) < 0) bytes = 0;
  napi_value result;
  napi_create_double(env, bytes, &result);
  return result;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "releaseFileMappings", NAPI_AUTO_LENGTH, release_file_mappings_js, NULL, &fn);
  napi_set_named_property(env, exports, "releaseFileMappings", fn);
  return exports;
}
