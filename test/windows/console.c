/* Runs a command in a console of its own and presses Ctrl+C in it, for the tests:
 *   x86_64-w64-mingw32-gcc -municode -O2 -static -o console.exe console.c
 *   console.exe TRIGGER COMMAND-LINE...
 * The command (the rest of this program's command line, as written) shares this console and its
 * stdout/stderr. Once the file TRIGGER exists, GenerateConsoleCtrlEvent(CTRL_C_EVENT, 0) sends a
 * real Ctrl+C to every process of the console, as a key press does; this program survives it (its
 * own handler) and exits with the command's exit code. Without TRIGGER ("-") it only waits. */
#include <windows.h>
#include <stdio.h>

static BOOL WINAPI survive(DWORD type) { (void)type; return TRUE; }

/* The command line after the first two words (this program and TRIGGER), as written. */
static wchar_t *rest(wchar_t *line) {
  for (int word = 0; word < 2; word++) {
    int quoted = 0;
    while (*line && (quoted || (*line != L' ' && *line != L'\t'))) {
      if (*line == L'"') quoted = !quoted;
      line++;
    }
    while (*line == L' ' || *line == L'\t') line++;
  }
  return line;
}

int wmain(int argc, wchar_t **argv) {
  if (argc < 3) return 2;
  /* The files the test gave as stdout and stderr, kept for the command. */
  STARTUPINFOW si = {sizeof si};
  si.dwFlags = STARTF_USESTDHANDLES;
  si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
  si.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
  si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
  /* Wine gives a process started from a Unix pipe a console that takes no control events (its
   * GenerateConsoleCtrlEvent fails): a console of its own does. */
  FreeConsole();
  if (!AllocConsole()) {
    fprintf(stderr, "console.exe: AllocConsole failed (%lu)\n", GetLastError());
    return 4;
  }
  SetConsoleCtrlHandler(survive, TRUE);
  PROCESS_INFORMATION pi;
  wchar_t *command = rest(GetCommandLineW());
  if (!CreateProcessW(NULL, command, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi)) return 3;
  if (wcscmp(argv[1], L"-") != 0) {
    while (GetFileAttributesW(argv[1]) == INVALID_FILE_ATTRIBUTES) {
      if (WaitForSingleObject(pi.hProcess, 100) == WAIT_OBJECT_0) break;
    }
    if (WaitForSingleObject(pi.hProcess, 0) != WAIT_OBJECT_0) {
      if (!GenerateConsoleCtrlEvent(CTRL_C_EVENT, 0))
        fprintf(stderr, "console.exe: GenerateConsoleCtrlEvent failed (%lu)\n", GetLastError());
    }
  }
  WaitForSingleObject(pi.hProcess, INFINITE);
  DWORD code = 1;
  GetExitCodeProcess(pi.hProcess, &code);
  return (int)code;
}
