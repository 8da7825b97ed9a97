// Validate JSON documents against a JSON Schema (draft 2020-12) with ajv in
// strict mode; used by the harness's tests for the reports in reports/.
//   node scripts/tools/validate.mjs [--ref OTHER.schema.json]... SCHEMA.json DOC.json...
// --ref adds a schema that SCHEMA refers to by its $id (report.json embeds
// a compat document: --ref reports/compat.schema.json).
// Exit status: 0 valid, 1 invalid (errors on stderr), 2 usage or a bad schema.
import fs from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";

const args = process.argv.slice(2);
const refs = [];
while (args[0] === "--ref" && args.length > 1) {
  refs.push(args[1]);
  args.splice(0, 2);
}
const [schemaPath, ...docs] = args;
if (!schemaPath || docs.length === 0) {
  console.error("usage: node validate.mjs [--ref OTHER.schema.json]... SCHEMA.json DOC.json...");
  process.exit(2);
}
const ajv = new Ajv2020({ strict: true, allErrors: true });
let validate;
try {
  for (const r of refs) ajv.addSchema(JSON.parse(fs.readFileSync(r, "utf8")));
  validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
} catch (e) {
  console.error(`${schemaPath}: not a valid schema: ${e.message}`);
  process.exit(2);
}
let bad = 0;
for (const doc of docs) {
  if (validate(JSON.parse(fs.readFileSync(doc, "utf8")))) {
    console.log(`${doc}: valid`);
  } else {
    bad++;
    for (const e of validate.errors) console.error(`${doc}: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
process.exit(bad ? 1 : 0);
