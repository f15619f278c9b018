// Idempotent: a second run finds the set initiated and the users present.
const ns = process.env.NAMESPACE;
const host = (i) => `mongodb-${i}.mongodb.${ns}.svc.cluster.local:27017`;
const password = process.env.MONGO_ADMIN_PASSWORD;

// Member 0, directly: initiate rs0 with the three members unless it already is.
const first = new Mongo(`mongodb://${host(0)}/admin?directConnection=true`).getDB('admin');
first.auth('admin', password);
const status = first.runCommand({ replSetGetStatus: 1 });
if (status.code === 94 /* NotYetInitialized */) {
  const result = first.runCommand({
    replSetInitiate: { _id: 'rs0', members: [0, 1, 2].map((i) => ({ _id: i, host: host(i) })) },
  });
  if (!result.ok) {
    throw new Error('replSetInitiate: ' + result.errmsg);
  }
}

// Then the primary, once elected: one user per service, readWrite on its own database only.
let admin;
for (let attempt = 0; attempt < 60 && !admin; attempt++) {
  try {
    const db = new Mongo(`mongodb://${host(0)},${host(1)},${host(2)}/admin?replicaSet=rs0`).getDB('admin');
    db.auth('admin', password);
    if (db.hello().isWritablePrimary) {
      admin = db;
    }
  } catch (e) {
    // no primary yet
  }
  if (!admin) {
    sleep(2000);
  }
}
if (!admin) {
  throw new Error('rs0 elected no primary within 120 s');
}
for (const [db, secret] of [['registry', 'REGISTRY_PASSWORD'], ['inspection', 'INSPECTION_PASSWORD'],
  ['scoring', 'SCORING_PASSWORD'], ['evidence', 'EVIDENCE_PASSWORD']]) {
  const target = admin.getSiblingDB(db);
  if (target.getUser(db) === null) {
    target.createUser({ user: db, pwd: process.env[secret], roles: [{ role: 'readWrite', db }] });
  }
}
print('rs0 initiated; service users present');
