#include "CCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char problem[512];

static int (*global_init)(long flags);
static void *(*easy_init)(void);
static void (*easy_cleanup)(void *handle);
static int (*easy_perform)(void *handle);
static const char *(*easy_strerror)(int code);
// Both are variadic in libcurl and are called here with their real prototypes, one type of
// argument per wrapper, as C's variadic calling convention requires.
static int (*easy_setopt)(void *handle, int option, ...);
static int (*easy_getinfo)(void *handle, int info, ...);
static void *(*slist_append)(void *list, const char *text);
static void (*slist_free_all)(void *list);

static void *symbol(void *library, const char *name) {
    void *found = dlsym(library, name);
    if (found == NULL && problem[0] == 0) {
        snprintf(problem, sizeof problem, "the libcurl found has no %s", name);
    }
    return found;
}

static void load(void) {
    static const char *const names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so", "libcurl.4.dylib", NULL};
    void *library = NULL;
    for (int index = 0; names[index] != NULL && library == NULL; index++) {
        library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        snprintf(problem, sizeof problem, "libcurl is not installed (libcurl.so.4 could not be loaded)");
        return;
    }
    *(void **)&global_init = symbol(library, "curl_global_init");
    *(void **)&easy_init = symbol(library, "curl_easy_init");
    *(void **)&easy_cleanup = symbol(library, "curl_easy_cleanup");
    *(void **)&easy_perform = symbol(library, "curl_easy_perform");
    *(void **)&easy_strerror = symbol(library, "curl_easy_strerror");
    *(void **)&easy_setopt = symbol(library, "curl_easy_setopt");
    *(void **)&easy_getinfo = symbol(library, "curl_easy_getinfo");
    *(void **)&slist_append = symbol(library, "curl_slist_append");
    *(void **)&slist_free_all = symbol(library, "curl_slist_free_all");
    // CURL_GLOBAL_DEFAULT; once, before any thread makes a handle (it is not thread-safe).
    if (problem[0] == 0 && global_init(3) != 0) {
        snprintf(problem, sizeof problem, "libcurl could not be started");
    }
}

int dossier_curl_load(void) {
    pthread_once(&once, load);
    return problem[0] == 0;
}

const char *dossier_curl_problem(void) { return problem; }

void *dossier_curl_easy_init(void) { return easy_init(); }
void dossier_curl_easy_cleanup(void *handle) { easy_cleanup(handle); }
int dossier_curl_easy_perform(void *handle) { return easy_perform(handle); }
const char *dossier_curl_easy_strerror(int code) { return easy_strerror(code); }

int dossier_curl_setopt_long(void *handle, int option, long value) { return easy_setopt(handle, option, value); }
int dossier_curl_setopt_pointer(void *handle, int option, const void *value) { return easy_setopt(handle, option, value); }
int dossier_curl_setopt_callback(void *handle, int option, dossier_curl_data_callback callback) {
    return easy_setopt(handle, option, callback);
}

int dossier_curl_getinfo_long(void *handle, int info, long *value) { return easy_getinfo(handle, info, value); }
int dossier_curl_getinfo_string(void *handle, int info, const char **value) { return easy_getinfo(handle, info, value); }

void *dossier_curl_slist_append(void *list, const char *text) { return slist_append(list, text); }
void dossier_curl_slist_free_all(void *list) { slist_free_all(list); }
