// One referral through the API with a client generated from the served OpenAPI document
// (openapi-typescript's schema.d.ts, openapi-fetch). It is type-checked against the generated types
// before it runs, so a schema that does not say what the API answers fails to compile or to assert.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

type Referral = components["schemas"]["ReferralDetails"];
type Problem = components["schemas"]["Problem"];

const baseUrl = process.env.LEDGER_BASE_URL ?? "";
const year = Number(process.env.LEDGER_YEAR);
const today: string = process.env.LEDGER_TODAY ?? "";

function check(condition: boolean, what: string, seen?: unknown): asserts condition {
  if (!condition) {
    throw new Error(`${what}; got ${JSON.stringify(seen)}`);
  }
}

// Tokens come from the Development-only /dev/token, which is not part of the client API.
async function signIn(user: string, role: string) {
  const response = await fetch(`${baseUrl}/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ user, roles: [role], tenant: "nijkerk" }),
  });
  const { token } = (await response.json()) as { token: string };
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
}

function step(name: string, referral: Referral) {
  console.log(`${name}: ${referral.status}`);
}

const anna = await signIn("anna", "consulent");
const bob = await signIn("bob", "financial-officer");

const requested = await anna.POST("/api/v1/referrals", {
  body: { caseReference: `Z-${year}-0101`, scheme: "houd-me-vast", year, motivation: "Eigen Plan en Doorbraakmethode doorlopen" },
});
check(requested.response.status === 201 && requested.data?.status === "Requested", "the request is created", requested.error);
check(requested.response.headers.get("Location")?.endsWith(`/api/v1/referrals/${requested.data.id}`) === true, "Location names the referral");
const id: string = requested.data.id;
const requestedAt: string = requested.data.requestedAt;
step("requested", requested.data);

// A consulent may not approve: the refusal is a typed problem with its code.
const refused = await anna.POST("/api/v1/referrals/{id}/approve", { params: { path: { id } }, body: { reason: "Zelf goedgekeurd" } });
const problem: Problem | undefined = refused.error;
check(refused.response.status === 403 && problem?.code === "forbidden", "a consulent cannot approve", problem);

const approved = await bob.POST("/api/v1/referrals/{id}/approve", { params: { path: { id } }, body: { reason: "Past binnen het beleid" } });
check(approved.data?.status === "Reserved" && approved.data.approvedBy === "bob", "another user approves and a slot is reserved", approved.error);
step("approved", approved.data);

const scheduled = await anna.POST("/api/v1/referrals/{id}/schedule", {
  params: { path: { id } },
  body: { provider: "Praktijk De Brug", startDate: today },
});
check(scheduled.data?.status === "Scheduled" && scheduled.data.startDate === today, "the training is scheduled", scheduled.error);
step("scheduled", scheduled.data);

const completed = await anna.POST("/api/v1/referrals/{id}/complete", { params: { path: { id } }, body: { completedOn: today } });
check(completed.data?.status === "Completed", "the training is completed", completed.error);
step("completed", completed.data);

const read = await bob.GET("/api/v1/referrals/{id}", { params: { path: { id } } });
check(read.data?.status === "Completed" && read.data.completedOn === today && read.data.requestedAt === requestedAt,
  "the referral reads back as completed", read.data ?? read.error);
const version: number = read.data.version;

const trail = await bob.GET("/api/v1/referrals/{id}/events", { params: { path: { id } } });
const types = trail.data?.items.map((e) => e.type) ?? [];
check(types.length >= 4 && trail.data?.total === types.length, "the trail holds every step", trail.data ?? trail.error);

const unknown = await bob.GET("/api/v1/referrals/{id}", { params: { path: { id: "no-such-referral" } } });
check(unknown.response.status === 404 && unknown.error?.code === "not-found", "an unknown referral is not found", unknown.error);

console.log(JSON.stringify({ id, status: read.data.status, version, events: types }));
