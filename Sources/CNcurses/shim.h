// Shim for the wide-character ncursesw. Swift cannot import macros that cast or
// compute, nor read ncurses' mutable globals under Swift 6; the inline functions
// below expose what the terminal layer needs.
#ifndef READER_CNCURSES_SHIM_H
#define READER_CNCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline attr_t reader_a_normal(void)    { return A_NORMAL; }
static inline attr_t reader_a_bold(void)      { return A_BOLD; }
static inline attr_t reader_a_reverse(void)   { return A_REVERSE; }
static inline attr_t reader_a_underline(void) { return A_UNDERLINE; }
static inline attr_t reader_a_dim(void)       { return A_DIM; }
static inline attr_t reader_a_italic(void)    { return A_ITALIC; }

static inline WINDOW *reader_stdscr(void) { return stdscr; }
static inline int reader_lines(void) { return LINES; }
static inline int reader_cols(void) { return COLS; }

/// Draws one wide character with attributes and a colour pair at (y, x).
static inline int reader_put_cell(WINDOW *win, int y, int x, wchar_t ch, attr_t attrs, short pair) {
    wchar_t text[2] = { ch, 0 };
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

/// Draws a character with its combining marks (a NUL-terminated wide string).
static inline int reader_put_cells(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

/// Reads back the character at (y, x): used by the terminal smoke test.
static inline wchar_t reader_cell_char(WINDOW *win, int y, int x) {
    cchar_t cell;
    wchar_t text[CCHARW_MAX + 1];
    attr_t attrs; short pair;
    if (mvwin_wch(win, y, x, &cell) == ERR) return 0;
    if (getcchar(&cell, text, &attrs, &pair, NULL) == ERR) return 0;
    return text[0];
}

static inline const char *reader_codeset(void) { return nl_langinfo(CODESET); }

#endif
