// Parses PowerShell files with the tree-sitter PowerShell grammar and prints, per file, the syntax
// errors, every command with its parameters and string arguments, and every string literal decoded
// as PowerShell reads it. Usage: node parse-powershell.mjs <file>...
import fs from 'node:fs';
import Parser from 'tree-sitter';
import PowerShell from 'tree-sitter-powershell/bindings/node/index.js';

const parser = new Parser();
parser.setLanguage(PowerShell);
const QUOTES = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);

// Single-quoted strings: of two adjacent quote characters PowerShell keeps the second.
function decodeVerbatim(raw) {
  const body = [...raw].slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    if (QUOTES.has(body[i]) && i + 1 < body.length && QUOTES.has(body[i + 1])) {
      out += body[i + 1];
      i++;
    } else {
      out += body[i];
    }
  }
  return out;
}

function stringValue(node) {
  const verbatim = node.descendantsOfType('verbatim_string_characters')[0];
  if (verbatim && node.type === 'string_literal' && node.namedChildCount === 1) {
    return decodeVerbatim(verbatim.text);
  }
  return null; // expandable strings are reported raw; generated scripts quote customer values verbatim
}

function parse(file) {
  const text = fs.readFileSync(file, 'utf8');
  // the callback form reads inputs of any size
  const tree = parser.parse((index) => text.slice(index, index + 8192));
  const result = { file, errors: [], commands: [], strings: [] };
  const visit = (node) => {
    if (node.type === 'ERROR' || node.isMissing) {
      result.errors.push({ line: node.startPosition.row + 1, column: node.startPosition.column + 1,
        type: node.isMissing ? 'MISSING ' + node.type : 'ERROR', text: node.text.slice(0, 80) });
    }
    if (node.type === 'string_literal') {
      result.strings.push({ line: node.startPosition.row + 1, value: stringValue(node), raw: node.text });
    }
    if (node.type === 'command') {
      const name = node.childForFieldName('command_name');
      const elements = [];
      for (const part of node.descendantsOfType(['command_parameter', 'string_literal', 'variable', 'integer_literal'])) {
        if (part.parent && part.parent.type === 'command' ) continue;
        if (part.type === 'command_parameter') {
          elements.push({ kind: 'parameter', name: part.text.replace(/^-/, '').replace(/:$/, '') });
        } else if (part.type === 'string_literal') {
          elements.push({ kind: 'string', value: stringValue(part), raw: part.text });
        } else {
          elements.push({ kind: part.type, text: part.text });
        }
      }
      result.commands.push({ name: name ? name.text : null, line: node.startPosition.row + 1, elements });
    }
    for (const child of node.children) visit(child);
  };
  visit(tree.rootNode);
  return result;
}

console.log(JSON.stringify(process.argv.slice(2).map(parse)));
