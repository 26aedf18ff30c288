// The 24-hour cap counts from a lease file's birth time, which its owner cannot renew. Where the
// file system keeps none (ramfs here, as NFS), a folder others may write to is not shared: the
// change time its owner renews at will would let a planted lease hold a port for ever. Runs on a
// private host (test/private-host.ts) with a ramfs mounted as the shared folder.
// This file's ports: 29260-29269 (in private network namespaces).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facts, inPrivateHost, makeUsers, missing, type Users } from './private-host.js';

let users: (Users & { drop: () => void }) | undefined;

beforeAll(() => {
  const why = missing(['groupadd']);
  if (why) throw new Error(why);
  users = makeUsers();
});

afterAll(() => users?.drop());

describe('a shared folder without birth times', () => {
  it('is not used: root warns and keeps its leases in its own folder; named explicitly, it is bad input', async () => {
    const outcome = await inPrivateHost(
      users as Users,
      `
      mkdir /tmp/udo-port && mount -t ramfs -o mode=1777 udo-ram /tmp/udo-port
      as_attacker touch /tmp/udo-port/probe
      echo "birth=$(stat -c %W /tmp/udo-port/probe)"
      echo "find=$(res $UP find --cwd / --port 29260)"
      echo "own=$(find /tmp/.root-cache -name '*.json' -printf '%f')"
      echo "shared=$(ls /tmp/udo-port)"
      echo "explicit=$(res env UDO_PORT_LEASE_DIR=/tmp/udo-port $UP find --cwd / --port 29261)"
      mkdir -m 700 /tmp/udo-port/mine
      echo "private=$(res env UDO_PORT_LEASE_DIR=/tmp/udo-port/mine $UP find --cwd / --port 29262)"
    `,
    );
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(seen.birth).toBe('0'); // ramfs: no birth time, the premise of the test
    expect(seen.find).toMatch(
      /the shared lease folder \/tmp\/udo-port is not used: its file system keeps no birth time, so a lease another user plants there could be renewed past the 24-hour cap\. Leases go to \/tmp\/\.root-cache\/(\.cache\/)?udo-port\/leases.*\|29260 #0$/,
    );
    expect(seen.own).toBe('29260.json');
    expect(seen.shared).toBe('probe');
    expect(seen.explicit).toMatch(
      /^udo-port: UDO_PORT_LEASE_DIR: "\/tmp\/udo-port" cannot be used: its file system keeps no birth time.* #2$/,
    );
    // A folder of one's own there needs no cap against others.
    expect(seen.private).toBe('29262 #0');
  });
});
