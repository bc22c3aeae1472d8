#include <signal.h>
#include <string.h>
#include "ncurses_shim.h"
#include <term.h>

int shim_terminal_known(void) {
  int status = 0;
  if (setupterm(NULL, 1, &status) != OK) return 0;
  del_curterm(cur_term);
  return 1;
}

int shim_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
  cchar_t cell;
  if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
  return mvadd_wch(y, x, &cell);
}

static volatile sig_atomic_t pending_signal = 0;

static void record_signal(int number) { pending_signal = number; }

void shim_install_signal_handlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = record_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  // Started under nohup (SIGHUP ignored): keep it ignored, as nohup asks. A dropped connection is then noticed by
  // the terminal's input failing again and again, and the screen leaves after saving.
  struct sigaction inherited;
  if (sigaction(SIGHUP, NULL, &inherited) != 0 || inherited.sa_handler != SIG_IGN) sigaction(SIGHUP, &action, NULL);
  // A parent may hand us these blocked (some process launchers do); then Ctrl-C and resizes would never arrive.
  sigset_t wanted;
  sigemptyset(&wanted);
  sigaddset(&wanted, SIGINT);
  sigaddset(&wanted, SIGTERM);
  sigaddset(&wanted, SIGHUP);
  sigaddset(&wanted, SIGWINCH);
  sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

int shim_take_signal(void) {
  int number = pending_signal;
  pending_signal = 0;
  return number;
}

static void restore_and_die(int number) {
  // Not strictly async-signal-safe, but the process is dying either way: leave the user a working terminal.
  endwin();
  signal(number, SIG_DFL);
  raise(number);
}

void shim_install_crash_handlers(void) {
  int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = restore_and_die;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(fatal[i], &action, NULL);
  }
}
