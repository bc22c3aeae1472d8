#ifndef BREAKOUT_NCURSESW_UMBRELLA_H
#define BREAKOUT_NCURSESW_UMBRELLA_H
// The wide-character API (wget_wch, mvadd_wch, cchar_t) needs these before the header.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <ncurses.h>
#endif
