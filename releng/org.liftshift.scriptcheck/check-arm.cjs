// Validates ARM deployment templates against the published Data Factory deployment-template schema
// (Azure/azure-resource-manager-schemas, schemas/2018-06-01/Microsoft.DataFactory.json) with a real
// JSON Schema draft-04 validator. Usage: node check-arm.cjs <schema.json> <template.json>...
// Prints one JSON result per template: { file, errors: [ { path, message } ] }.
'use strict';
const fs = require('fs');
const Ajv = require('ajv-draft-04');

// The one definition the Data Factory schema takes from schemas/common/definitions.json: a template
// expression is a string in brackets (and "[[" escapes a literal bracket, which this pattern rejects).
const COMMON = {
  id: 'https://schema.management.azure.com/schemas/common/definitions.json#',
  $schema: 'http://json-schema.org/draft-04/schema#',
  definitions: { expression: { type: 'string', pattern: '^\\[([^\\[].*)?\\]$' } },
};
const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const PARAMETER_TYPES = ['string', 'securestring', 'int', 'bool', 'object', 'secureobject', 'array'];

const [schemaFile, ...files] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
ajv.addSchema(COMMON);
ajv.addSchema(schema);
const base = schema.id.replace(/#$/, '');
const validators = {};
for (const name of Object.keys(schema.resourceDefinitions)) {
  const type = schema.resourceDefinitions[name].properties.type.enum[0];
  validators[type] = ajv.compile({ $ref: base + '#/resourceDefinitions/' + name });
}

const results = [];
for (const file of files) {
  const errors = [];
  let template;
  try {
    template = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    results.push({ file, errors: [{ path: '', message: 'not JSON: ' + e.message }] });
    continue;
  }
  if (template.$schema !== TEMPLATE_SCHEMA) errors.push({ path: '/$schema', message: 'not the deployment template schema' });
  if (!/^(\d+\.){3}\d+$/.test(template.contentVersion || '')) errors.push({ path: '/contentVersion', message: 'missing or not n.n.n.n' });
  for (const [name, parameter] of Object.entries(template.parameters || {})) {
    if (!PARAMETER_TYPES.includes(String(parameter.type).toLowerCase())) {
      errors.push({ path: '/parameters/' + name, message: 'unknown parameter type ' + parameter.type });
    }
  }
  if (!Array.isArray(template.resources) || template.resources.length === 0) {
    errors.push({ path: '/resources', message: 'no resources' });
  }
  (template.resources || []).forEach((resource, i) => {
    const validate = validators[resource.type];
    if (!validate) {
      errors.push({ path: '/resources/' + i, message: 'type ' + resource.type + ' is not in the schema' });
    } else if (!validate(resource)) {
      for (const e of validate.errors) errors.push({ path: '/resources/' + i + e.instancePath, message: e.message });
    }
  });
  results.push({ file, errors, resources: (template.resources || []).length });
}
process.stdout.write(JSON.stringify(results));
