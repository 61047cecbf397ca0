// A certified OpenID provider (the npm package oidc-provider) on loopback, standing in for the
// municipalities' identity providers in the tests: authorization code with PKCE, dynamic client
// registration (each test host registers its own redirect addresses), JWT access tokens for the
// ledger's API through resource indicators, and RP-initiated logout.
//
//   node ops/oidc/provider.mjs <folder holding node_modules/oidc-provider> [port]
//
// Without a port (or with 0) it takes a free one; either way it prints "OpenID provider at <issuer>".
// That issuer speaks the ledger's own claim names (`sub`, `role`, `tenant`). Under the same address two
// more issuers, each with its own keys and directory, shape their tokens as municipalities' providers do:
// <issuer>/entra as Entra ID (the immutable `oid`, the organisation `tid`, a `roles` array, no `tenant`)
// and <issuer>/keycloak as Keycloak (`sub`, `preferred_username`, roles in `realm_access.roles`).
// Their sign-in page is the provider's own development form: any password, and the login name picks
// one of the accounts below. Tests change a directory as its administrator would: PUT
// <issuer>/directory/<user> with {"role": [...], "tenant": "..."} (at /entra and /keycloak: the user's
// claims as that provider puts them in its tokens) adds or changes a user, DELETE removes one.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const [modules, wanted = '0'] = process.argv.slice(2);
const require = createRequire(`${modules}/`);
const { default: Provider, errors } = await import(pathToFileURL(require.resolve('oidc-provider')).href);

const server = createServer();
await new Promise((listening) => server.listen(Number(wanted), '127.0.0.1', listening));
const origin = `http://127.0.0.1:${server.address().port}`;

// The organisation (`tid`) of Nijkerk's Entra tenant and of another municipality's.
const nijkerkTenant = '3f0c1a52-7d4e-4b1a-9c55-0a1b2c3d4e01';

const issuers = {
  // Users as the municipality's directory knows them: the ledger reads `role` and `tenant`.
  '': {
    accounts: {
      anna: { role: ['consulent'], tenant: 'nijkerk' },
      bob: { role: ['financial-officer'], tenant: 'nijkerk' },
      carla: { role: ['controller'], tenant: 'nijkerk' },
      dirk: { role: ['admin'], tenant: 'nijkerk' },
      erik: { role: ['financial-officer'], tenant: 'ede' },
      // In the directory, but given no role in the ledger.
      mallory: { role: [], tenant: 'nijkerk' },
    },
    released: ['role', 'tenant'],
    claims: (account) => ({ role: account.role, tenant: account.tenant }),
    entered: ({ role = [], tenant = 'nijkerk' }) => ({ role, tenant }),
  },
  // Entra ID: `sub` differs per application, `oid` is the person's id across the organisation.
  '/entra': {
    accounts: {
      anna: { oid: '0b7e2f4a-1c3d-4e5f-8a9b-000000000a11', tid: nijkerkTenant, roles: ['consulent'] },
      bob: { oid: '0b7e2f4a-1c3d-4e5f-8a9b-000000000b0b', tid: nijkerkTenant, roles: ['financial-officer'] },
    },
    released: ['oid', 'tid', 'roles'],
    claims: (account) => account,
    entered: (claims) => claims,
  },
  '/keycloak': {
    accounts: {
      anna: { preferred_username: 'anna.devries', realm_access: { roles: ['consulent', 'offline_access'] } },
      bob: { preferred_username: 'bob.jansen', realm_access: { roles: ['financial-officer'] } },
    },
    released: ['preferred_username', 'realm_access'],
    claims: (account) => account,
    entered: (claims) => claims,
  },
};

// Resource indicators the ledger's tests ask tokens for: the API itself, the API with a lifetime of
// one second (to see expiry), and another service (a token the ledger must refuse).
const resources = {
  'urn:nijkerk-vergoedingen:api': { audience: 'nijkerk-vergoedingen', ttl: 600 },
  'urn:nijkerk-vergoedingen:short-lived': { audience: 'nijkerk-vergoedingen', ttl: 1 },
  'urn:another-service:api': { audience: 'another-service', ttl: 600 },
};

function provide(path, { accounts, released, claims }) {
  const signing = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  return new Provider(`${origin}${path}`, {
    clients: [],
    jwks: { keys: [{ ...signing, kid: `test-${randomBytes(4).toString('hex')}`, use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    scopes: ['openid', 'ledger'],
    claims: { openid: ['sub'], ledger: released },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // A municipality's provider gives the screens a refresh token to ask about their user again; this one
    // gives it to every client allowed the grant, bound to the provider's session (no offline_access).
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    features: {
      devInteractions: { enabled: true },
      registration: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          const resource = resources[indicator];
          if (!resource) throw new errors.InvalidTarget();
          return {
            scope: 'ledger',
            audience: resource.audience,
            accessTokenTTL: resource.ttl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    async findAccount(_ctx, id) {
      const account = accounts[id];
      return account && { accountId: id, claims: () => ({ sub: id, ...claims(account) }) };
    },
    async extraTokenClaims(_ctx, token) {
      const account = accounts[token.accountId];
      return account && claims(account);
    },
  });
}

// Longest prefix first, so that /entra is not taken for the default issuer's path.
const mounted = Object.entries(issuers)
  .sort(([a], [b]) => b.length - a.length)
  .map(([path, issuer]) => ({ path, issuer, callback: provide(path, issuer).callback() }));

const directory = /^\/directory\/([A-Za-z0-9_-]+)$/;
server.on('request', (req, res) => {
  const url = req.url ?? '/';
  const { path, issuer, callback } = mounted.find((m) => m.path === '' || url === m.path || url.startsWith(`${m.path}/`) || url.startsWith(`${m.path}?`));
  const rest = url.slice(path.length) || '/';
  const user = directory.exec(rest)?.[1];
  if (!user) {
    // As a framework mounting it under a path would: the provider reads its prefix from originalUrl.
    req.originalUrl = url;
    req.url = rest;
    callback(req, res);
    return;
  }
  if (req.method === 'DELETE') {
    delete issuer.accounts[user];
    res.writeHead(204).end();
    return;
  }
  let body = '';
  req.on('data', (chunk) => { body += chunk; }).on('end', () => {
    issuer.accounts[user] = issuer.entered(JSON.parse(body || '{}'));
    res.writeHead(204).end();
  });
});
console.log(`OpenID provider at ${origin}`);
