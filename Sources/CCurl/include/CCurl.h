// libcurl, loaded when the first request is made rather than when Dossier starts: linking it
// brings 35 more libraries whose relocations cost every command 8 ms (DECISIONS.md). Only what
// Dossier calls is here; option and info numbers are libcurl's, stable across its versions.
#ifndef DOSSIER_CCURL_H
#define DOSSIER_CCURL_H

#include <stddef.h>

/// Loads libcurl once; 1 when it can be used, 0 with the reason in `dossier_curl_problem()`.
int dossier_curl_load(void);
const char *dossier_curl_problem(void);

void *dossier_curl_easy_init(void);
void dossier_curl_easy_cleanup(void *handle);
int dossier_curl_easy_perform(void *handle);
const char *dossier_curl_easy_strerror(int code);

int dossier_curl_setopt_long(void *handle, int option, long value);
int dossier_curl_setopt_pointer(void *handle, int option, const void *value);
typedef size_t (*dossier_curl_data_callback)(char *bytes, size_t size, size_t count, void *context);
int dossier_curl_setopt_callback(void *handle, int option, dossier_curl_data_callback callback);

int dossier_curl_getinfo_long(void *handle, int info, long *value);
int dossier_curl_getinfo_string(void *handle, int info, const char **value);

void *dossier_curl_slist_append(void *list, const char *text);
void dossier_curl_slist_free_all(void *list);

#endif
