#ifndef DOSSIER_NCURSES_SHIM_H
#define DOSSIER_NCURSES_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE; without this the wide-character API is hidden.
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <locale.h>
#include <signal.h>
#include <poll.h>
#include <stdio.h>
#include <wchar.h>
#include <string.h>

// glibc declares wcwidth only under _XOPEN_SOURCE.
extern int wcwidth(wchar_t);

// Attributes are macros Swift cannot import.
static inline attr_t dossier_attr_bold(void) { return A_BOLD; }
static inline attr_t dossier_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t dossier_attr_reverse(void) { return A_REVERSE; }
static inline attr_t dossier_attr_italic(void) { return A_ITALIC; }
static inline attr_t dossier_attr_dim(void) { return A_DIM; }
static inline attr_t dossier_attr_normal(void) { return A_NORMAL; }

// stdscr, LINES and COLS are mutable globals that Swift 6 rejects; read them through functions.
static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline int dossier_lines(void) { return LINES; }
static inline int dossier_cols(void) { return COLS; }
static inline int dossier_colors(void) { return COLORS; }
static inline int dossier_color_pairs(void) { return COLOR_PAIRS; }

// stdin and stdout are mutable globals too.
static inline SCREEN *dossier_newterm(const char *type) { return newterm(type, stdout, stdin); }

#include <langinfo.h>
static inline int dossier_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

static inline int dossier_put_cell(int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

// The mouse: presses of the first button and the wheel, reported at once (no click timing:
// Dossier tells a double click itself). Returns whether the terminal can report the mouse.
static inline int dossier_mouse_enable(void) {
    mmask_t wanted = BUTTON1_PRESSED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    wanted |= BUTTON5_PRESSED;
#endif
    mouseinterval(0);
    return mousemask(wanted, NULL) != 0;
}

// A control sequence of Dossier's own, straight to the terminal (ncurses has no call for it).
static inline void dossier_write_terminal(const char *sequence) {
    fputs(sequence, stdout);
    fflush(stdout);
}

// After KEY_MOUSE: 1 for a press of the first button, 4 for the wheel up, 5 for the wheel down,
// 0 for anything else; and where.
static inline int dossier_mouse_read(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 4;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 5;
#endif
    return 0;
}

// Signals only set a flag here; the reader's loop notices it and shuts down cleanly.
static volatile sig_atomic_t dossier_pending_signal = 0;
static inline void dossier_signal_flag(int signal_number) { dossier_pending_signal = signal_number; }
static inline void dossier_install_signal_flags(void) {
    struct sigaction action;
    action.sa_handler = dossier_signal_flag;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking read returns so the flag is seen at once
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
}
/// Whether the terminal on standard input has hung up (its other end closed, no SIGHUP reaching
/// us because the shell that started us got it and died): every read then returns end-of-file
/// at once, and a reader that only waited for keys would spin on them forever.
static inline int dossier_input_hung_up(void) {
    struct pollfd input = { .fd = 0, .events = POLLIN, .revents = 0 };
    if (poll(&input, 1, 0) <= 0) return 0;
    return (input.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
static inline int dossier_take_signal(void) {
    int signal_number = dossier_pending_signal;
    dossier_pending_signal = 0;
    return signal_number;
}

#endif
