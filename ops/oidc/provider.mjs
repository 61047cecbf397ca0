// A certified OpenID provider (the npm package oidc-provider) on loopback, standing in for a
// municipality's identity provider in the tests: authorization code with PKCE, dynamic client
// registration (each test host registers its own redirect addresses), JWT access tokens for the
// ledger's API through resource indicators, and RP-initiated logout.
//
//   node ops/oidc/provider.mjs <folder holding node_modules/oidc-provider> [port]
//
// Without a port (or with 0) it takes a free one; either way it prints "OpenID provider at <issuer>".
// Its sign-in page is the provider's own development form: any password, and the login name picks
// one of the accounts below. Tests change the directory as its administrator would: PUT
// /directory/<user> with {"role": [...], "tenant": "..."} adds or changes a user, DELETE removes one.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const [modules, wanted = '0'] = process.argv.slice(2);
const require = createRequire(`${modules}/`);
const { default: Provider, errors } = await import(pathToFileURL(require.resolve('oidc-provider')).href);

const server = createServer();
await new Promise((listening) => server.listen(Number(wanted), '127.0.0.1', listening));
const issuer = `http://127.0.0.1:${server.address().port}`;

// Users as the municipality's directory knows them: the ledger reads `role` and `tenant`.
const accounts = {
  anna: { role: ['consulent'], tenant: 'nijkerk' },
  bob: { role: ['financial-officer'], tenant: 'nijkerk' },
  carla: { role: ['controller'], tenant: 'nijkerk' },
  dirk: { role: ['admin'], tenant: 'nijkerk' },
  erik: { role: ['financial-officer'], tenant: 'ede' },
  // In the directory, but given no role in the ledger.
  mallory: { role: [], tenant: 'nijkerk' },
};

// Resource indicators the ledger's tests ask tokens for: the API itself, the API with a lifetime of
// one second (to see expiry), and another service (a token the ledger must refuse).
const resources = {
  'urn:nijkerk-vergoedingen:api': { audience: 'nijkerk-vergoedingen', ttl: 600 },
  'urn:nijkerk-vergoedingen:short-lived': { audience: 'nijkerk-vergoedingen', ttl: 1 },
  'urn:another-service:api': { audience: 'another-service', ttl: 600 },
};

const signing = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

const provider = new Provider(issuer, {
  clients: [],
  jwks: { keys: [{ ...signing, kid: `test-${randomBytes(4).toString('hex')}`, use: 'sig', alg: 'RS256' }] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  scopes: ['openid', 'ledger'],
  claims: { openid: ['sub'], ledger: ['role', 'tenant'] },
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
    return account && { accountId: id, claims: () => ({ sub: id, ...account }) };
  },
  async extraTokenClaims(_ctx, token) {
    const account = accounts[token.accountId];
    return account && { role: account.role, tenant: account.tenant };
  },
});

const directory = /^\/directory\/([A-Za-z0-9_-]+)$/;
const callback = provider.callback();
server.on('request', (req, res) => {
  const user = directory.exec(req.url ?? '')?.[1];
  if (!user) {
    callback(req, res);
    return;
  }
  if (req.method === 'DELETE') {
    delete accounts[user];
    res.writeHead(204).end();
    return;
  }
  let body = '';
  req.on('data', (chunk) => { body += chunk; }).on('end', () => {
    const { role = [], tenant = 'nijkerk' } = JSON.parse(body || '{}');
    accounts[user] = { role, tenant };
    res.writeHead(204).end();
  });
});
console.log(`OpenID provider at ${issuer}`);
