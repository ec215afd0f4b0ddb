// A real, standards-conformant OpenID Connect provider (panva's oidc-provider) for the site's browser tests.
// Listens on 127.0.0.1:5141 (or PORT) over plain http: the site is told RequireHttpsMetadata=false for it alone.
// Fixed signing key (keys.json), test users with groups (users.json), one disabled. The tests change a user's groups,
// disable one, or make the token endpoint hand out a bad id token through the small /test/ endpoints below, which only
// this test server has.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import Provider from 'oidc-provider';
import { SignJWT, importJWK } from 'jose';

const port = Number(process.env.PORT || 5141);
const issuer = `http://127.0.0.1:${port}`;
const here = new URL('.', import.meta.url);
const keys = JSON.parse(readFileSync(new URL('keys.json', here)));
const initialUsers = () => JSON.parse(readFileSync(new URL('users.json', here)));
let users = initialUsers();

// What the token endpoint does to the id token: nothing, or one of the faults the site must refuse.
let fault = 'none';
const faults = new Set(['none', 'tampered', 'wrong-audience', 'wrong-issuer', 'expired', 'foreign-key']);

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'hcc-performance',
    client_secret: 'hcc-test-secret-not-for-production',
    token_endpoint_auth_method: 'client_secret_post',
    response_types: ['code'],
    grant_types: ['authorization_code'],
    // Any port on the loopback address (the site's test port is chosen at random); see redirectUriAllowed below.
    redirect_uris: ['https://127.0.0.1/signin-oidc'],
    post_logout_redirect_uris: ['https://127.0.0.1/signout-callback-oidc'],
  }],
  jwks: { keys: [keys.signing] },
  cookies: { keys: ['hcc-test-provider-cookie-key'] },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'], email: ['email', 'email_verified'] },
  // Claims in the id token itself, as Entra ID puts groups there.
  conformIdTokenClaims: false,
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      // Entra ID asks too; here the form goes by itself so the test need not press a button on the provider's page.
      logoutSource: async (ctx, form) => {
        ctx.body = `<!DOCTYPE html><html lang="en"><head><title>Signing out</title></head><body>${form}
<p>Signing you out of the council account…</p><script>var f=document.getElementById('op.logoutForm');var i=document.createElement('input');i.type='hidden';i.name='logout';i.value='yes';f.appendChild(i);f.submit();</script></body></html>`;
      },
    },
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, sub) {
    const user = users[sub];
    // A disabled or removed account is no account: the provider issues nothing for it.
    if (!user || user.disabled) return undefined;
    return {
      accountId: sub,
      async claims() {
        return { sub, name: user.name, preferred_username: sub, email: user.email, email_verified: true, groups: user.groups };
      },
    };
  },
  // First-party application: no consent screen (oidc-provider's "skip consent" recipe).
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email');
    await grant.save();
    return grant;
  },
  pkce: { required: () => true },
  ttl: { IdToken: 300, AccessToken: 300, Session: 3600, Interaction: 600, Grant: 3600, AuthorizationCode: 60 },
});

const loopbackAllowed = (registered, value) => {
  try {
    const asked = new URL(value);
    return registered.some((r) => {
      const allowed = new URL(r);
      return asked.protocol === allowed.protocol && asked.hostname === allowed.hostname
        && asked.pathname === allowed.pathname && asked.search === '' && asked.hash === '';
    });
  } catch {
    return false;
  }
};
provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(value) { return loopbackAllowed(this.redirectUris, value); };
provider.Client.prototype.postLogoutRedirectUriAllowed = function postLogoutRedirectUriAllowed(value) {
  return loopbackAllowed(this.postLogoutRedirectUris, value);
};

// The faults: re-signed with changed claims (the signature is good, the claims are not), or the payload changed after signing.
provider.use(async (ctx, next) => {
  await next();
  if (ctx.path !== '/token' || fault === 'none' || !ctx.body?.id_token) return;
  const [, payloadPart] = ctx.body.id_token.split('.');
  const claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString());
  const now = Math.floor(Date.now() / 1000);
  if (fault === 'tampered') {
    claims.groups = ['hcc-administrators'];
    const parts = ctx.body.id_token.split('.');
    parts[1] = Buffer.from(JSON.stringify(claims)).toString('base64url');
    ctx.body = { ...ctx.body, id_token: parts.join('.') };
    return;
  }
  let key = keys.signing;
  if (fault === 'wrong-audience') claims.aud = 'another-application';
  if (fault === 'wrong-issuer') claims.iss = 'http://127.0.0.1:1/not-the-council';
  if (fault === 'expired') { claims.iat = now - 7200; claims.exp = now - 3600; }
  if (fault === 'foreign-key') key = keys.stranger;
  const signed = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' }).sign(await importJWK(key, 'RS256'));
  ctx.body = { ...ctx.body, id_token: signed };
});

const page = (title, body) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const loginForm = (uid, error = '', login = '') => page('Council sign-in (test provider)', `
${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
  <p><label for="login">Council user name</label> <input id="login" name="login" value="${escape(login)}" autocomplete="username"></p>
  <p><label for="password">Council password</label> <input id="password" name="password" type="password" autocomplete="current-password"></p>
  <p><button type="submit">Sign in to the council</button></p>
</form>`);

const readBody = (req) => new Promise((resolve, reject) => {
  let data = '';
  req.on('data', (chunk) => { data += chunk; });
  req.on('end', () => resolve(data));
  req.on('error', reject);
});

const send = (res, status, body, type = 'text/html; charset=utf-8') => {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
};

const callback = provider.callback();
const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, issuer);
    const interaction = url.pathname.match(/^\/interaction\/([^/]+)(\/login)?$/);
    if (interaction && req.method === 'GET' && !interaction[2]) {
      const details = await provider.interactionDetails(req, res);
      return send(res, 200, loginForm(details.uid));
    }

    if (interaction && req.method === 'POST' && interaction[2]) {
      const details = await provider.interactionDetails(req, res);
      const form = new URLSearchParams(await readBody(req));
      const login = form.get('login') || '';
      const user = users[login];
      if (!user || user.password !== form.get('password')) {
        return send(res, 200, loginForm(details.uid, 'The council user name or password is not right.', login));
      }
      if (user.disabled) {
        return send(res, 200, loginForm(details.uid, 'This council account is disabled.', login));
      }
      return provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
    }

    // The tests' own endpoints: change a user, or the token endpoint's fault; reset everything.
    if (url.pathname === '/test/users' && req.method === 'POST') {
      const change = JSON.parse(await readBody(req) || '{}');
      users[change.login] = { ...(users[change.login] || {}), ...change.user };
      return send(res, 200, JSON.stringify(users[change.login]), 'application/json');
    }
    if (url.pathname === '/test/fault' && req.method === 'POST') {
      const wanted = (await readBody(req)).trim() || 'none';
      if (!faults.has(wanted)) return send(res, 400, `unknown fault ${wanted}`, 'text/plain');
      fault = wanted;
      return send(res, 200, fault, 'text/plain');
    }
    if (url.pathname === '/test/reset' && req.method === 'POST') {
      users = initialUsers();
      fault = 'none';
      return send(res, 200, 'reset', 'text/plain');
    }

    return callback(req, res);
  } catch (error) {
    console.error(error);
    return send(res, 500, page('Something went wrong at the test provider', `<pre>${escape(error.message)}</pre>`));
  }
});

server.listen(port, '127.0.0.1', () => console.log(`oidc test provider on ${issuer}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
