/* A Windows program for the tests (the .wine.ts files here), built with mingw:
 *   x86_64-w64-mingw32-gcc -municode -O2 -static -o probe.exe probe.c -lws2_32
 * It stands in for a backend: it records what it was given (its PID, its command line as
 * Windows holds it, its argv as the C runtime split it, its working folder and a few variables,
 * each as hex of UTF-8) to the file named by PROBE_RECORD ("{port}" in it becomes PORT), writes
 * "안녕 서버" in CP949 to stdout when PROBE_SAY_CP949 is set (as Windows Python writes to a pipe
 * on Korean Windows), exits with PROBE_EXIT when set, else listens on PORT (each connection gets
 * "probe\n"), and on Ctrl+C appends "ctrl-c" to the record and exits with code 42. */
#include <winsock2.h>
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

static wchar_t record[4096];

static void hex(FILE *f, const char *label, const wchar_t *text) {
  char utf8[65536];
  int n = text ? WideCharToMultiByte(CP_UTF8, 0, text, -1, utf8, sizeof utf8, NULL, NULL) : 0;
  fprintf(f, "%s ", label);
  for (int i = 0; i + 1 < n; i++) fprintf(f, "%02x", (unsigned char)utf8[i]);
  fprintf(f, "\n");
}

static void note(const char *line) {
  FILE *f = _wfopen(record, L"ab");
  if (!f) return;
  fprintf(f, "%s\n", line);
  fclose(f);
}

static BOOL WINAPI on_ctrl(DWORD type) {
  if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT) {
    note(type == CTRL_C_EVENT ? "ctrl-c" : "ctrl-break");
    ExitProcess(42);
  }
  return FALSE;
}

int wmain(int argc, wchar_t **argv) {
  wchar_t pattern[4096], port[16] = L"";
  if (!GetEnvironmentVariableW(L"PROBE_RECORD", pattern, 4096)) return 3;
  GetEnvironmentVariableW(L"PORT", port, 16);
  wchar_t *at = wcsstr(pattern, L"{port}");
  if (at) {
    *at = 0;
    _snwprintf(record, 4096, L"%ls%ls%ls", pattern, port, at + 6);
  } else {
    wcscpy(record, pattern);
  }
  SetConsoleCtrlHandler(on_ctrl, TRUE);
  FILE *f = _wfopen(record, L"wb");
  if (!f) return 4;
  fprintf(f, "pid %lu\n", GetCurrentProcessId());
  hex(f, "cmdline", GetCommandLineW());
  fprintf(f, "argc %d\n", argc);
  for (int i = 0; i < argc; i++) hex(f, "arg", argv[i]);
  wchar_t cwd[4096];
  GetCurrentDirectoryW(4096, cwd);
  hex(f, "cwd", cwd);
  const wchar_t *names[] = {L"PORT", L"API_PORT", L"USERNAME", L"PROBE_VALUE"};
  for (int i = 0; i < 4; i++) {
    wchar_t value[4096];
    char label[64];
    snprintf(label, sizeof label, "env:%ls", names[i]);
    hex(f, label, GetEnvironmentVariableW(names[i], value, 4096) ? value : L"");
  }
  fclose(f);
  note("started");

  wchar_t say[8];
  if (GetEnvironmentVariableW(L"PROBE_SAY_CP949", say, 8)) {
    /* "안녕 서버" in CP949, as a Korean Windows program writes to a pipe. */
    static const unsigned char bytes[] = {0xbe, 0xc8, 0xb3, 0xe7, 0x20, 0xbc, 0xad, 0xb9, 0xf6, '\r', '\n'};
    fwrite(bytes, 1, sizeof bytes, stdout);
    fflush(stdout);
  }

  wchar_t code[16];
  if (GetEnvironmentVariableW(L"PROBE_EXIT", code, 16)) return _wtoi(code);
  if (!port[0]) {
    Sleep(INFINITE);
    return 0;
  }
  WSADATA wsa;
  WSAStartup(MAKEWORD(2, 2), &wsa);
  SOCKET s = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in addr = {0};
  addr.sin_family = AF_INET;
  addr.sin_port = htons((unsigned short)_wtoi(port));
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(s, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(s, 16) != 0) {
    note("bind failed");
    return 5;
  }
  note("listening");
  for (;;) {
    SOCKET c = accept(s, NULL, NULL);
    if (c == INVALID_SOCKET) continue;
    send(c, "probe\n", 6, 0);
    closesocket(c);
  }
}
