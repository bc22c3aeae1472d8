#ifndef BREAKOUT_NCURSES_SHIM_H
#define BREAKOUT_NCURSES_SHIM_H
#include "../../CNCursesw/ncursesw_umbrella.h"
#include <wchar.h>

static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int shim_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline int shim_key_resize(void) { return KEY_RESIZE; }
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_key_mouse(void) { return KEY_MOUSE; }
/// Clicks and the wheel, for --mouse.
static inline void shim_enable_mouse(void) {
  mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
  mouseinterval(0);
}
/// Reads the pending mouse event: 1 click, 2 wheel up, 3 wheel down, 0 other; x and y are set for a click.
static inline int shim_read_mouse(int *x, int *y) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  *x = event.x;
  *y = event.y;
  if (event.bstate & BUTTON4_PRESSED) return 2;
  if (event.bstate & BUTTON5_PRESSED) return 3;
  if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 1;
  return 0;
}

/// Draws one grapheme (up to a few code points) with attributes and colour pair at y, x.
int shim_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair);

/// Whether the terminal named by TERM is in the terminfo database (initscr would print its own message and exit).
int shim_terminal_known(void);

/// Installs SIGINT, SIGTERM and SIGHUP handlers that only record the signal, so the main loop can save and
/// restore the terminal before it exits (nothing unsafe runs inside the handler).
void shim_install_signal_handlers(void);
/// On a crash (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP) the terminal is restored before the process dies.
void shim_install_crash_handlers(void);
/// The signal received since the last call, or 0.
int shim_take_signal(void);
#endif
